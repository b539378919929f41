// `npm start` until the portal server exists: analyze each sample drawing with the command line.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../demo/drawings/', import.meta.url));
const bin = fileURLToPath(new URL('../bin/kerf.mjs', import.meta.url));
for (const name of readdirSync(dir).filter((f) => f.endsWith('.dxf')).sort()) {
  spawnSync(process.execPath, [bin, 'analyze', `demo/drawings/${name}`], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  process.stdout.write('\n');
}
const root = fileURLToPath(new URL('..', import.meta.url));
spawnSync(process.execPath, [bin, 'quote', 'demo/drawings/bracket.dxf', '--material', 'S235', '--thickness', '3', '--quantity', '50'], { stdio: 'inherit', cwd: root });
process.stdout.write('\nAnalyze your own drawing:  node bin/kerf.mjs analyze path/to/part.dxf [--json]\n');
process.stdout.write('Price it:                  node bin/kerf.mjs quote path/to/part.dxf --material S235 --thickness 3 --quantity 50\n');
