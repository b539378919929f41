// Renders the command line's output on two sample drawings to docs/cli.png with headless
// Chromium (Debian's /usr/bin/chromium), for the README.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (file) => execFileSync(process.execPath, ['bin/kerf.mjs', 'analyze', file], { cwd: root, encoding: 'utf8' });
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const out = ['demo/drawings/bracket.dxf', 'demo/drawings/messy-export.dxf']
  .map((f) => `<span class="p">$</span> node bin/kerf.mjs analyze ${f}\n${esc(run(f))}`).join('\n');
const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#1e1f24}
pre{margin:0;padding:18px 22px;font:13px/1.45 "DejaVu Sans Mono",monospace;color:#d8dee9;white-space:pre-wrap;width:1050px}
.p{color:#8fbcbb}
</style><pre>${out}</pre>`;
const dir = mkdtempSync(join(tmpdir(), 'kerf-shot-'));
writeFileSync(join(dir, 'cli.html'), html);
execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  `--user-data-dir=${join(dir, 'profile')}`, '--hide-scrollbars', '--window-size=1100,520',
  `--screenshot=${join(root, 'docs/cli.png')}`, `file://${join(dir, 'cli.html')}`,
], { stdio: 'ignore' });
console.log('wrote docs/cli.png');
