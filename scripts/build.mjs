// npm run build: the WASM core (build:wasm), the TypeScript in dist/ (build:ts) and the component
// bundle (build:components), in that order. A step whose inputs are byte for byte the ones it last
// built from, and whose outputs are there, is skipped: `npm ci` builds (prepare) and `npm test`
// builds again, and CI paid for the whole build twice. The inputs' hash is kept in build/stamps/.
// `npm run build -- --force` (or KERF_BUILD_FORCE=1) builds every step.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamps = join(root, 'build/stamps');
const force = process.argv.includes('--force') || process.env.KERF_BUILD_FORCE === '1';

// package-lock.json: the compilers' and bundled libraries' versions are inputs too
const steps = [
  {
    script: 'build:wasm',
    inputs: ['assembly', 'asconfig.json', 'scripts/embed-wasm.mjs', 'package.json', 'package-lock.json'],
    outputs: ['build/kerf.wasm', 'sdk/core/wasm-binary.ts'],
  },
  {
    script: 'build:ts',
    inputs: ['sdk', 'server', 'tsconfig.json', 'package.json', 'package-lock.json'],
    outputs: ['dist/sdk/index.js', 'dist/server/app.js', 'dist/server/main.js'],
  },
  {
    script: 'build:components',
    inputs: ['components', 'sdk', 'tsconfig.json', 'scripts/build-components.mjs', 'custom-elements-manifest.config.mjs', 'package.json', 'package-lock.json'],
    outputs: ['dist/kerf/kerf.js', 'dist/kerf/classes.js', 'dist/kerf/worker.js', 'custom-elements.json'],
  },
];

/** Every file under the given paths (files or folders), sorted; node_modules and databases left out. */
function files(paths) {
  const out = [];
  const walk = (p) => {
    const abs = join(root, p);
    if (!existsSync(abs)) return;
    if (!statSync(abs).isDirectory()) { out.push(p); return; }
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.DS_Store' || /\.db(-.*)?$/.test(e.name)) continue;
      if (e.isDirectory() || e.isFile()) walk(join(p, e.name));
    }
  };
  paths.forEach(walk);
  return out.sort();
}

function hash(step) {
  const h = createHash('sha256');
  h.update(`${step.script}\n${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts[step.script]}\n`);
  for (const f of files(step.inputs)) h.update(`${f}\n`).update(readFileSync(join(root, f)));
  return h.digest('hex');
}

mkdirSync(stamps, { recursive: true });
for (const step of steps) {
  const stamp = join(stamps, `${step.script.replace(':', '-')}.txt`);
  const before = hash(step);
  const fresh = !force && existsSync(stamp) && readFileSync(stamp, 'utf8') === before && step.outputs.every((o) => existsSync(join(root, o)));
  if (fresh) {
    console.log(`${step.script}: up to date (its inputs have not changed since it last ran)`);
    continue;
  }
  rmSync(stamp, { force: true });
  const r = spawnSync('npm', ['run', step.script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, before);
}
