// Child process for tests/sdk/corpus.test.ts: analyzes every corpus file in turn and prints one
// JSON line per file (started before the work, done after), so a hang is caught by the parent's
// timeout and named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDxfSync, isKerfError, loadReferenceReader } from '../../sdk/index.js';

const root = process.argv[2];
// an optional second argument names the reader (kerf or dxf-parser): then the files go in as bytes
// and each line also carries the warnings' counts and kinds (tests/sdk/reader-differential.test.ts)
const reader = process.argv[3] as 'kerf' | 'dxf-parser' | undefined;
if (reader === 'dxf-parser') await loadReferenceReader();
for (const dir of readdirSync(root).sort()) {
  const full = join(root, dir);
  if (!statSync(full).isDirectory()) continue;
  for (const name of readdirSync(full).sort()) {
    if (!name.toLowerCase().endsWith('.dxf')) continue;
    const file = `${dir}/${name}`;
    process.stdout.write(JSON.stringify({ file, started: true }) + '\n');
    const t = performance.now();
    let line: Record<string, unknown>;
    try {
      const r = reader
        ? analyzeDxfSync(new Uint8Array(readFileSync(join(full, name))), { reader })
        : analyzeDxfSync(readFileSync(join(full, name), 'utf8'));
      line = { file, ok: true, cutLength: r.cutLength, pierces: r.pierces, closed: r.closedContours, open: r.openContours, grossArea: r.grossArea, netArea: r.netArea, bbox: r.bbox, warnings: r.warnings.map((w) => w.code) };
      if (reader) line.detail = r.warnings.map((w) => `${w.code}:${w.count ?? ''}:${w.entity ?? ''}`);
    } catch (e) {
      line = isKerfError(e)
        ? { file, ok: false, code: e.code, message: e.message }
        : { file, ok: false, crash: String(e instanceof Error ? e.stack : e) };
    }
    line.ms = performance.now() - t;
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}
