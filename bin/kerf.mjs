#!/usr/bin/env node
// Kerf command line. `node bin/kerf.mjs help` lists the commands; API.md fixes their contract.
import { readFileSync, statSync } from 'node:fs';
import { analyzeDxfSync, KerfError, isKerfError, DEFAULT_MAX_BYTES } from '../dist/sdk/index.js';

const USAGE = `Kerf: instant quoting for laser-cut sheet metal

Usage:
  kerf analyze <file.dxf> [--json] [--gap-tolerance MM] [--units auto|mm|cm|m|in|ft]

Options:
  --json              print one JSON document on stdout
  --gap-tolerance MM  join segment ends closer than this (default 0.01 mm)
  --units U           read the drawing in these units instead of its $INSUNITS
`;

/** Parse argv into positionals and --flags (a flag takes the next word as value unless boolean). */
function parseArgs(argv, booleans) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[name] = a.slice(eq + 1);
      else if (booleans.has(name)) flags[name] = true;
      else {
        if (i + 1 >= argv.length) throw new KerfError('INVALID_OPTION', `--${name} needs a value.`);
        flags[name] = argv[++i];
      }
    } else positional.push(a);
  }
  return { positional, flags };
}

function fail(err, json) {
  const e = isKerfError(err) ? err : new KerfError('INTERNAL_ERROR', 'Unexpected internal error.');
  process.stdout.write(JSON.stringify({ error: { code: e.code, message: e.message } }) + '\n');
  process.stderr.write(`kerf: ${e.code}: ${e.message}\n`);
  process.exitCode = e.code === 'INTERNAL_ERROR' ? 1 : 2;
  void json;
}

function readDrawing(file, maxBytes) {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new KerfError('FILE_NOT_FOUND', `No such file: ${file}`);
  }
  if (!st.isFile()) throw new KerfError('FILE_NOT_FOUND', `Not a file: ${file}`);
  if (st.size > maxBytes) {
    throw new KerfError('FILE_TOO_LARGE', `The drawing is ${(st.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB.`);
  }
  return readFileSync(file, 'utf8');
}

function number(flags, name) {
  if (flags[name] === undefined) return undefined;
  const v = Number(flags[name]);
  if (!Number.isFinite(v)) throw new KerfError('INVALID_OPTION', `--${name} must be a number (got "${flags[name]}").`);
  return v;
}

const f2 = (v) => v.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function printAnalysis(file, r) {
  const lines = [
    `${file}  (${r.sourceUnits === 'unitless' ? 'no units, read as mm' : `${r.sourceUnits} → mm`})`,
    `  cut length   ${f2(r.cutLength)} mm`,
    `  pierces      ${r.pierces} (${r.closedContours} closed, ${r.openContours} open)`,
    `  gross area   ${f2(r.grossArea)} mm²`,
    `  net area     ${f2(r.netArea)} mm²`,
    `  size         ${f2(r.bbox.width)} x ${f2(r.bbox.height)} mm`,
  ];
  if (r.warnings.length) {
    lines.push('  warnings');
    for (const w of r.warnings) lines.push(`    ${w.code}: ${w.message}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

function analyzeCommand(args) {
  const { positional, flags } = parseArgs(args, new Set(['json']));
  const json = flags.json === true;
  try {
    if (positional.length !== 1) throw new KerfError('INVALID_OPTION', 'analyze needs exactly one DXF file.');
    const units = flags.units === undefined ? 'auto' : String(flags.units);
    const text = readDrawing(positional[0], DEFAULT_MAX_BYTES);
    const result = analyzeDxfSync(text, { gapTolerance: number(flags, 'gap-tolerance'), units });
    if (json) process.stdout.write(JSON.stringify(result) + '\n');
    else printAnalysis(positional[0], result);
  } catch (err) {
    fail(err, json);
  }
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'analyze':
    analyzeCommand(rest);
    break;
  case undefined:
  case 'help':
  case '--help':
  case '-h':
    process.stdout.write(USAGE);
    break;
  default:
    process.stderr.write(`kerf: unknown command "${command}"\n\n${USAGE}`);
    process.exitCode = 2;
}
