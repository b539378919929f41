import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../../shared/corpus');
const present = existsSync(corpus);
if (!present) console.warn(`corpus test: ${corpus} is absent (CI has it beside the checkout); the real-file walk did not run.`);

interface Line {
  file: string;
  started?: boolean;
  ok?: boolean;
  code?: string;
  message?: string;
  crash?: string;
  ms?: number;
  cutLength?: number;
  pierces?: number;
  closed?: number;
  open?: number;
  grossArea?: number;
  netArea?: number;
  bbox?: Record<string, number>;
}

const KNOWN_CODES = ['DXF_PARSE_ERROR', 'NO_CUT_GEOMETRY', 'FILE_TOO_LARGE', 'UNSUPPORTED_UNITS', 'INVALID_COORDINATES', 'INVALID_GEOMETRY', 'DRAWING_TOO_COMPLEX'];

describe.skipIf(!present)('the real-file corpus (../shared/corpus)', () => {
  // one child process walks every file; its timeout catches a hang and names the file
  const run = present
    ? spawnSync(process.execPath, ['--import', 'tsx', resolve(here, '../helpers/corpus-runner.ts'), corpus], {
      encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20,
    })
    : undefined;
  const lines: Line[] = (run?.stdout ?? '').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  const done = lines.filter((l) => !l.started);

  it('walks every file without a crash, hang or timeout', () => {
    const last = lines.at(-1);
    expect(run?.error, `the walk stopped at ${last?.file}`).toBeUndefined();
    expect(run?.status, run?.stderr).toBe(0);
    expect(done.length).toBeGreaterThan(50);
    expect(done.filter((l) => l.crash)).toEqual([]);
  });

  it('analyzes each file to finite metrics or refuses it with a known error code', () => {
    for (const l of done) {
      if (l.ok) {
        for (const v of [l.cutLength, l.grossArea, l.netArea, l.bbox?.width, l.bbox?.height]) expect(Number.isFinite(v), l.file).toBe(true);
        expect(l.pierces, l.file).toBe((l.closed ?? 0) + (l.open ?? 0));
        expect(l.cutLength, l.file).toBeGreaterThan(0);
      } else {
        expect(KNOWN_CODES, `${l.file}: ${l.crash ?? l.message}`).toContain(l.code);
        expect(l.message, l.file).not.toMatch(/\n\s+at /);
      }
    }
  });

  it('takes under 2 s for every file', () => {
    const slow = done.filter((l) => (l.ms ?? 0) >= 2000).map((l) => `${l.file}: ${l.ms} ms`);
    expect(slow).toEqual([]);
  });

  it('reads the drawings most files hold (at least 40 of them analyze)', () => {
    expect(done.filter((l) => l.ok).length).toBeGreaterThanOrEqual(40);
  });

  it('measures known parts of the corpus exactly', () => {
    const byName = new Map(done.map((l) => [l.file, l]));
    // a 10 x 10 square with a circle of radius 5 (dxf-js test resource)
    const sq = byName.get('dxf-js/squareandcircle.dxf');
    expect(sq?.ok).toBe(true);
    expect(sq?.cutLength).toBeCloseTo(40 + 10 * Math.PI, 9);
    expect(sq?.netArea).toBeCloseTo(100 - 25 * Math.PI, 9);
    expect(sq?.pierces).toBe(2);
    // only text in it: nothing to cut
    expect(byName.get('dxf-js/texts.dxf')?.code).toBe('NO_CUT_GEOMETRY');
  });
});
