#!/usr/bin/env node
// Kerf command line. `node bin/kerf.mjs help` lists the commands; API.md fixes their contract.
import { readFileSync, statSync } from 'node:fs';
// `analyze` loads only the analysis (reader, packing, core); pricing, templates and their zod
// schemas are loaded by the commands that use them, so `kerf analyze` starts faster.
import { analyzeDxfSync, DEFAULT_MAX_BYTES } from '../dist/sdk/analyze.js';
import { KerfError, isKerfError } from '../dist/sdk/errors.js';

/** @type {typeof import('../dist/sdk/index.js')} */
let sdk;
import { writeFileSync } from 'node:fs';

const USAGE = `Kerf: instant quoting for laser-cut sheet metal

Usage:
  kerf analyze <file.dxf> [--json] [--gap-tolerance MM] [--units auto|mm|cm|m|in|ft]
  kerf quote (<file.dxf> | --template NAME --param key=value …) --material ID --thickness MM --quantity N
             [--deburr] [--tap M8:4 …] [--countersink N] [--bends N|auto] [--coat powder|anodize:COLOUR]
             [--lead-time standard|express|economy] [--order-date YYYY-MM-DD] [--profile FILE] [--json]
  kerf template <NAME> --param key=value … [--out FILE.dxf] [--json]
  kerf heal <file.dxf> [-o FILE.dxf] [--json] [--gap-tolerance MM] [--units U]
                                 the healed drawing: cut contours in mm, gaps closed, duplicates
                                 gone, layers CUT / ENGRAVE / BEND (to stdout without -o)
  kerf template --list [--json]
  kerf nest (<file.dxf>[:QUANTITY] | --template NAME --param key=value … [--quantity N]) …
            [--sheet 3000x1500[:COUNT] …] [--spacing MM] [--margin MM] [--method box|true-shape]
            [--rotation-step DEG] [--mirror] [--attempts N] [--time-limit MS] [--svg FILE.svg] [--json]
                                 nest the parts on sheets by their true shapes (default) or boxes
  kerf serve                     start the portal (PORT, KERF_DB_URL, KERF_DEMO, … see README)
  kerf backup <FILE>             write a consistent copy of the database KERF_DB_URL to FILE

Options:
  --json              print one JSON document on stdout
  --gap-tolerance MM  join segment ends closer than this (default 0.01 mm)
  --units U           read the drawing in these units instead of its $INSUNITS
  --deburr, --tap, --countersink, --bends, --coat
                      finishing priced from the drawing: --tap M8:4 taps four 6.8 mm holes (no more
                      than the drawing has), --bends auto counts the drawing's bend lines,
                      --coat "powder:RAL 9005"
  --lead-time CODE    delivery option (its surcharge or discount, and its date from --order-date)
  --profile FILE      JSON pricing overrides merged over the default profile; a "catalog" key
                      in it replaces the materials catalog
  --sheet WxH[:N]     nest: a sheet format, N of them (remnants) or unlimited; several are used in
                      the order given (default: the catalog's first format); --spacing and
                      --margin default to the profile's part spacing; --time-limit MS improves the
                      layout until then (without it the layout is deterministic); --svg writes the
                      sheets as SVG
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
      let value;
      if (eq > 0) value = a.slice(eq + 1);
      else if (booleans.has(name)) value = true;
      else {
        if (i + 1 >= argv.length) throw new KerfError('INVALID_OPTION', `--${name} needs a value.`);
        value = argv[++i];
      }
      // --param and --tap may be given many times
      if (name === 'param' || name === 'tap') (flags[name] ??= []).push(value);
      else flags[name] = value;
    } else positional.push(a);
  }
  return { positional, flags };
}

function fail(err) {
  const e = isKerfError(err) ? err : new KerfError('INTERNAL_ERROR', 'Unexpected internal error.');
  process.stdout.write(JSON.stringify({ error: { code: e.code, message: e.message } }) + '\n');
  process.stderr.write(`kerf: ${e.code}: ${e.message}\n`);
  process.exitCode = e.code === 'INTERNAL_ERROR' ? 1 : 2;
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
  // bytes: the analyzer's own reader works on them directly (no UTF-8 decoding pass)
  return readFileSync(file);
}

function number(flags, name) {
  if (flags[name] === undefined) return undefined;
  const v = Number(flags[name]);
  if (!Number.isFinite(v)) throw new KerfError('INVALID_OPTION', `--${name} must be a number (got "${flags[name]}").`);
  return v;
}

/** 1234.5 → "1,234.50" (as toLocaleString('en') writes it, without loading Intl: 15 ms at start-up). */
const f2 = (v) => {
  const [int, dec] = Math.abs(v).toFixed(2).split('.');
  return `${v < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
};

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
    fail(err);
  }
}

/** `heal`: the healed drawing of a DXF (writeHealedDxf), to a file or stdout. */
function healCommand(args) {
  const { positional, flags } = parseArgs(args.map((a) => (a === '-o' ? '--out' : a)), new Set(['json']));
  const json = flags.json === true;
  try {
    if (positional.length !== 1) throw new KerfError('INVALID_OPTION', 'heal needs exactly one DXF file.');
    const units = flags.units === undefined ? 'auto' : String(flags.units);
    const bytes = readDrawing(positional[0], DEFAULT_MAX_BYTES);
    const before = analyzeDxfSync(bytes, { gapTolerance: number(flags, 'gap-tolerance'), units, healed: true });
    const dxf = sdk.writeHealedDxf(before);
    const out = flags.out === undefined ? undefined : String(flags.out);
    if (out !== undefined) writeFileSync(out, dxf);
    const after = analyzeDxfSync(dxf);
    const fixed = before.warnings.map((w) => w.code).filter((c) => !after.warnings.some((w) => w.code === c));
    if (json) {
      const { healed: _, ...metrics } = after;
      process.stdout.write(JSON.stringify({ out, fixed, metrics, ...(out === undefined ? { dxf } : {}) }) + '\n');
    } else if (out === undefined) process.stdout.write(dxf);
    else {
      process.stdout.write(`${positional[0]}: wrote ${out} (${f2(after.cutLength)} mm cut, ${after.pierces} pierces${fixed.length ? `; fixed ${fixed.join(', ')}` : ''})\n`);
    }
  } catch (err) {
    fail(err);
  }
}

function readJson(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new KerfError('FILE_NOT_FOUND', `No such file: ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new KerfError('INVALID_PROFILE', `${file} is not valid JSON.`);
  }
}

const money = (cents, currency) => (cents / 100).toLocaleString('en', { style: 'currency', currency });

function printQuote(label, q) {
  const lines = [
    `${label}: ${q.quantity} × ${q.material.id} ${q.material.thickness} mm`,
    `  unit price   ${money(q.unitPrice, q.currency)}`,
    `  total        ${money(q.total, q.currency)}`,
    ...q.breakdown.map((l) => `    ${l.label.padEnd(22)} ${money(l.amount, q.currency).padStart(12)}${l.detail ? `  ${l.detail}` : ''}`),
    `  sheets       ${q.sheets.sheetCount} × ${q.sheets.format[0]} x ${q.sheets.format[1]} mm, ${q.sheets.partsPerSheet} parts per sheet`,
    `  per part     ${f2(q.metrics.cutLength)} mm cut, ${q.metrics.pierces} pierces, ${q.cuttingTime.toFixed(1)} s, ${q.weight.toFixed(3)} kg`
      + (q.finishingTime > 0 ? `, finishing ${q.finishingTime.toFixed(0)} s` : ''),
    ...(q.travel ? [`  travel       ${f2(q.travel.distance)} mm rapid moves, ${q.travel.seconds.toFixed(1)} s (in the cutting time)`] : []),
    `  delivery     ${q.delivery.label}, ${q.delivery.workingDays} working days${q.delivery.extraDays ? ` + ${q.delivery.extraDays} for the finishing` : ''}: ${q.delivery.date}`,
  ];
  for (const w of [...q.metrics.warnings, ...q.warnings]) lines.push(`  ${w.code}: ${w.message}`);
  process.stdout.write(lines.join('\n') + '\n');
}

/** --param key=value … as an object (values stay strings; the template checks them). */
function templateParams(flags) {
  const params = {};
  for (const p of flags.param ?? []) {
    const eq = String(p).indexOf('=');
    if (eq <= 0) throw new KerfError('INVALID_PARAMETER', `--param needs key=value (got "${p}").`);
    params[String(p).slice(0, eq)] = String(p).slice(eq + 1);
  }
  return params;
}

function templateCommand(args) {
  let parsed;
  try {
    parsed = parseArgs(args, new Set(['json', 'list']));
    const { positional, flags } = parsed;
    if (flags.list === true) {
      const list = sdk.listTemplates();
      if (flags.json === true) process.stdout.write(JSON.stringify(list) + '\n');
      else {
        for (const t of list) {
          const ps = t.params.map((p) => `${p.name}=${p.default}${p.unit === 'mm' ? ' mm' : ''}`).join(', ');
          process.stdout.write(`${t.name.padEnd(11)} ${t.labels.en}: ${ps}\n`);
        }
      }
      return;
    }
    if (positional.length !== 1) throw new KerfError('INVALID_OPTION', 'template needs a template name (see kerf template --list).');
    const t = sdk.generateTemplate(positional[0], templateParams(flags));
    if (flags.out !== undefined) writeFileSync(String(flags.out), t.dxf);
    if (flags.json === true) process.stdout.write(JSON.stringify({ name: t.name, params: t.params, metrics: t.metrics, out: flags.out }) + '\n');
    else if (flags.out !== undefined) process.stdout.write(`${t.name}: wrote ${flags.out} (${f2(t.metrics.cutLength)} mm cut, ${t.metrics.pierces} pierces)\n`);
    else process.stdout.write(t.dxf);
  } catch (err) {
    fail(err);
  }
}

/** --deburr, --tap M8:4, --countersink N, --bends N|auto, --coat KIND:COLOUR as a FinishingChoice. */
function finishingFlags(flags) {
  const finishing = {};
  if (flags.deburr === true) finishing.deburring = true;
  if (flags.tap) {
    finishing.tapping = flags.tap.map((t) => {
      const m = /^(M\d+):(\d+)$/i.exec(String(t));
      if (!m) throw new KerfError('INVALID_OPTION', `--tap needs THREAD:COUNT, for instance M8:4 (got "${t}").`);
      return { thread: m[1].toUpperCase(), count: Number(m[2]) };
    });
  }
  if (flags.countersink !== undefined) finishing.countersinking = number(flags, 'countersink');
  if (flags.bends !== undefined) finishing.bending = flags.bends === 'auto' ? true : number(flags, 'bends');
  if (flags.coat !== undefined) {
    const [kind, ...colour] = String(flags.coat).split(':');
    if ((kind !== 'powder' && kind !== 'anodize') || !colour.length) {
      throw new KerfError('INVALID_OPTION', `--coat needs powder:COLOUR or anodize:COLOUR (got "${flags.coat}").`);
    }
    finishing.coating = { kind, colour: colour.join(':') };
  }
  return Object.keys(finishing).length ? { finishing } : {};
}

function quoteCommand(args) {
  const { positional, flags } = parseArgs(args, new Set(['json', 'deburr']));
  try {
    if (flags.template === undefined && positional.length !== 1) {
      throw new KerfError('INVALID_OPTION', 'quote needs one DXF file, or --template NAME with --param key=value.');
    }
    for (const f of ['material', 'thickness', 'quantity']) {
      if (flags[f] === undefined) throw new KerfError('INVALID_OPTION', `quote needs --${f}.`);
    }
    const request = {
      material: String(flags.material), thickness: number(flags, 'thickness'), quantity: number(flags, 'quantity'),
      ...finishingFlags(flags),
      ...(flags['lead-time'] !== undefined ? { leadTime: String(flags['lead-time']) } : {}),
      ...(flags['order-date'] !== undefined ? { orderDate: String(flags['order-date']) } : {}),
    };
    let catalog = sdk.DEFAULT_CATALOG;
    let profile = sdk.DEFAULT_PROFILE;
    if (flags.profile !== undefined) {
      const { catalog: own, ...overrides } = readJson(String(flags.profile));
      if (own !== undefined) catalog = own;
      profile = sdk.mergeProfile(sdk.DEFAULT_PROFILE, overrides);
    }
    // a template is priced from the analysis of the DXF it writes: the same path as an upload
    const text = flags.template !== undefined
      ? sdk.generateTemplate(String(flags.template), templateParams(flags)).dxf
      : readDrawing(positional[0], DEFAULT_MAX_BYTES);
    const metrics = analyzeDxfSync(text, { gapTolerance: number(flags, 'gap-tolerance'), units: flags.units === undefined ? 'auto' : String(flags.units) });
    const q = sdk.quote(metrics, request, sdk.loadCatalog(catalog), profile);
    if (flags.json === true) process.stdout.write(JSON.stringify(q) + '\n');
    else printQuote(flags.template !== undefined ? `template ${flags.template}` : positional[0], q);
  } catch (err) {
    fail(err);
  }
}

/**
 * The inputs of `nest` in command-line order: `file.dxf[:QUANTITY]`, or `--template NAME` with its
 * `--param key=value` and `--quantity N` (a --quantity after a file sets that file's quantity).
 */
function nestInputs(argv) {
  const inputs = [];
  const flags = {};
  const booleans = new Set(['json', 'mirror']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      let file = a, quantity = 1;
      const m = /^(.*):(\d+)$/.exec(a);
      // a file whose own name ends in :digits is taken as it is
      if (m) {
        let exists = false;
        try { exists = statSync(a).isFile(); } catch { /* not a file */ }
        if (!exists) { file = m[1]; quantity = Number(m[2]); }
      }
      inputs.push({ file, quantity });
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    let value = true;
    if (eq > 0) value = a.slice(eq + 1);
    else if (!booleans.has(name)) {
      if (i + 1 >= argv.length) throw new KerfError('INVALID_OPTION', `--${name} needs a value.`);
      value = argv[++i];
    }
    if (name === 'template') inputs.push({ template: String(value), params: [], quantity: 1 });
    else if (name === 'param') {
      const last = inputs.at(-1);
      if (!last || last.template === undefined) throw new KerfError('INVALID_OPTION', '--param belongs to a --template NAME given before it.');
      last.params.push(value);
    } else if (name === 'quantity') {
      const last = inputs.at(-1);
      if (!last) throw new KerfError('INVALID_OPTION', '--quantity belongs to a part (a DXF file or --template) given before it.');
      last.quantity = Number(value);
    } else if (name === 'sheet') (flags.sheet ??= []).push(String(value));
    else flags[name] = value;
  }
  return { inputs, flags };
}

/** `--sheet 3000x1500` or `--sheet 1200x800:2` (two remnants) as a NestSheetFormat. */
function sheetFormat(text) {
  const m = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(?::(\d+))?$/i.exec(text);
  if (!m) throw new KerfError('INVALID_OPTION', `--sheet needs WIDTHxHEIGHT in mm, maybe :COUNT, for instance 3000x1500 (got "${text}").`);
  return { format: [Number(m[1]), Number(m[2])], ...(m[3] !== undefined ? { count: Number(m[3]) } : {}) };
}

/** The sheets of a layout as one SVG document (mm, y up inside each sheet, sheets one above the other). */
function nestSvg(layout, items) {
  const gapMm = 100;
  const width = Math.max(...layout.sheets.map((s) => s.format[0]));
  const height = layout.sheets.reduce((h, s) => h + s.format[1] + gapMm, 0) - gapMm;
  const colours = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  const paths = items.map((it) => it.outline.rings.map((r) => {
    let d = '';
    for (let i = 0; i < r.length; i += 2) d += `${i ? 'L' : 'M'}${+r[i].toFixed(3)} ${+r[i + 1].toFixed(3)}`;
    return d + 'Z';
  }).join(''));
  let top = 0;
  let body = '';
  for (const s of layout.sheets) {
    const [W, H] = s.format;
    // y up: flip each sheet about its own middle
    body += `<g transform="translate(0 ${top + H}) scale(1 -1)"><rect width="${W}" height="${H}" fill="#f4f4f4" stroke="#888" stroke-width="2"/>`;
    for (const p of s.placements) {
      const t = `translate(${p.x} ${p.y}) rotate(${p.rotation})${p.mirrored ? ' scale(-1 1)' : ''}`;
      body += `<path transform="${t}" d="${paths[p.item]}" fill="${colours[p.item % colours.length]}" fill-rule="evenodd" stroke="#222" stroke-width="0.5"/>`;
    }
    body += '</g>';
    top += H + gapMm;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width / 5}" height="${height / 5}">${body}</svg>\n`;
}

function nestCommand(args) {
  try {
    const { inputs, flags } = nestInputs(args);
    if (!inputs.length) throw new KerfError('INVALID_OPTION', 'nest needs at least one part: a DXF file (file.dxf:QUANTITY) or --template NAME --param key=value.');
    const units = flags.units === undefined ? 'auto' : String(flags.units);
    const gapTolerance = number(flags, 'gap-tolerance');
    const parts = inputs.map((inp) => {
      if (!Number.isInteger(inp.quantity) || inp.quantity < 0) throw new KerfError('INVALID_QUANTITY', `The quantity of ${inp.file ?? `template ${inp.template}`} must be a whole number of 0 or more.`);
      const text = inp.template !== undefined
        ? sdk.generateTemplate(inp.template, templateParams({ param: inp.params })).dxf
        : readDrawing(inp.file, DEFAULT_MAX_BYTES);
      const result = analyzeDxfSync(text, { gapTolerance, units, healed: true });
      return { name: inp.file ?? `template ${inp.template}`, quantity: inp.quantity, outline: sdk.nestOutline(result) };
    });
    const method = flags.method === undefined ? 'true-shape' : String(flags.method);
    if (method !== 'true-shape' && method !== 'box') throw new KerfError('INVALID_OPTION', `--method must be box or true-shape (got "${method}").`);
    const spacing = number(flags, 'spacing') ?? sdk.DEFAULT_PROFILE.partSpacing;
    const options = {
      sheets: flags.sheet ? flags.sheet.map(sheetFormat) : [{ format: sdk.DEFAULT_CATALOG.sheetFormats[0] }],
      spacing,
      margin: number(flags, 'margin') ?? spacing,
      method,
      ...(flags['rotation-step'] !== undefined ? { rotationStep: number(flags, 'rotation-step') } : {}),
      ...(flags.mirror === true ? { mirror: true } : {}),
      ...(flags['time-limit'] !== undefined ? { timeLimitMs: number(flags, 'time-limit') } : {}),
      ...(flags.attempts !== undefined ? { maxAttempts: number(flags, 'attempts') } : {}),
    };
    const items = parts.map((p) => ({ outline: p.outline, quantity: p.quantity }));
    const layout = sdk.nest(items, options);
    if (flags.svg !== undefined) writeFileSync(String(flags.svg), nestSvg(layout, items));
    if (flags.json === true) {
      const out = {
        method: layout.method,
        sheetCount: layout.sheetCount,
        utilization: layout.utilization,
        sheets: layout.sheets.map((s) => ({
          format: s.format,
          utilization: s.utilization,
          usedLength: s.usedLength,
          placements: s.placements.map((p) => ({ part: p.item, x: p.x, y: p.y, rotation: p.rotation, mirrored: p.mirrored })),
        })),
        parts: parts.map((p) => ({ name: p.name, quantity: p.quantity, exact: p.outline.exact, area: p.outline.area })),
        fallback: layout.fallback,
        attempts: layout.attempts,
        elapsedMs: layout.elapsedMs,
        ...(layout.cellSize !== undefined ? { cellSize: layout.cellSize } : {}),
        ...(flags.svg !== undefined ? { svg: String(flags.svg) } : {}),
      };
      process.stdout.write(JSON.stringify(out) + '\n');
      return;
    }
    const pct = (v) => `${(v * 100).toFixed(1)} %`;
    const lines = [
      `${layout.method} nest: ${layout.sheetCount} sheet${layout.sheetCount === 1 ? '' : 's'}, utilization ${pct(layout.utilization)}`
        + ` (${layout.attempts} pass${layout.attempts === 1 ? '' : 'es'}, ${layout.elapsedMs.toFixed(0)} ms${layout.cellSize ? `, ${layout.cellSize.toFixed(2)} mm cells` : ''})`,
      ...layout.sheets.map((s, i) => `  sheet ${String(i + 1).padStart(3)}  ${s.format[0]} x ${s.format[1]} mm  ${String(s.placements.length).padStart(4)} parts`
        + `  used ${f2(s.usedLength).padStart(9)} mm  utilization ${pct(s.utilization)}`),
      ...parts.map((p, i) => `  part ${i}: ${p.name} × ${p.quantity}${p.outline.exact ? '' : ' (open contours: nested as its box)'}`),
    ];
    if (flags.svg !== undefined) lines.push(`  wrote ${flags.svg}`);
    process.stdout.write(lines.join('\n') + '\n');
  } catch (err) {
    fail(err);
  }
}

/** `VACUUM INTO` a new file: a consistent copy of a database that may be serving requests. */
async function backupCommand(argv) {
  const target = argv[0];
  if (!target) {
    process.stderr.write('kerf: backup needs a target file: kerf backup backups/kerf-2026-11-27.db\n');
    process.exitCode = 2;
    return;
  }
  const { backupDatabase } = await import('../dist/server/backup.js');
  try {
    const r = await backupDatabase(process.env.KERF_DB_URL || 'file:kerf.db', target, process.env.KERF_DB_TOKEN);
    process.stdout.write(`Backed up ${r.source} to ${r.target} (${(r.bytes / 1048576).toFixed(1)} MB)\n`);
  } catch (e) {
    process.stderr.write(`kerf: backup failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'analyze':
    analyzeCommand(rest);
    break;
  case 'quote':
    sdk = await import('../dist/sdk/index.js');
    quoteCommand(rest);
    break;
  case 'template':
    sdk = await import('../dist/sdk/index.js');
    templateCommand(rest);
    break;
  case 'heal':
    sdk = await import('../dist/sdk/index.js');
    healCommand(rest);
    break;
  case 'nest':
    sdk = await import('../dist/sdk/index.js');
    nestCommand(rest);
    break;
  case 'serve': {
    const { runFromCli } = await import('../dist/server/main.js');
    await runFromCli();
    break;
  }
  case 'backup':
    await backupCommand(rest);
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
