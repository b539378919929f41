// Kerf benchmark, nesting (issue [9]): the true-shape nest beside the box nest of issue [2], in one
// run, on sets of non-rectangular parts (L-brackets, discs, rings, triangles, flanges, a mix of the
// corpus drawings that analyze without open contours) of 100 and 1,000 parts on 3000 x 1500 with
// 8 mm spacing. Sheets and utilization are deterministic (greedy passes without a time limit: one,
// and the best of eight); times are medians, measured in the worker (round trip included).
// Asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sdk = await import(pathToFileURL(`${root}dist/sdk/index.js`).href);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const pct = (u) => `${(u * 100).toFixed(1)} %`;

const outlineOf = (text) => sdk.nestOutline(sdk.analyzeDxfSync(text, { healed: true }));
const template = (name, params) => outlineOf(sdk.generateTemplate(name, params).dxf);
function lBracket(w, h, leg) {
  const v = [[0, 0], [w, 0], [w, leg], [leg, leg], [leg, h], [0, h]].map(([x, y]) => ({ x, y, bulge: 0 }));
  return outlineOf(sdk.writeDxf([{ kind: 'polyline', vertices: v }]));
}

// the corpus drawings that nest as true shapes: closed contours only, between 20 mm and 1 m,
// and not mostly empty (a few test drawings are lone outlines of large boxes)
const corpusDir = `${root}../shared/corpus`;
const corpus = [];
for (const sub of readdirSync(corpusDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(`${corpusDir}/${sub.name}`).filter((n) => n.endsWith('.dxf')).sort()) {
    try {
      const r = sdk.analyzeDxfSync(readFileSync(`${corpusDir}/${sub.name}/${f}`), { healed: true });
      const side = Math.max(r.bbox.width, r.bbox.height);
      if (r.openContours > 0 || side < 20 || side > 1000 || r.netArea < 0.1 * r.bbox.width * r.bbox.height) continue;
      corpus.push(sdk.nestOutline(r));
    } catch { /* drawings the analyzer refuses are no parts */ }
  }
}

// three sizes per set, so that 100 parts take a few sheets (a set that fits one sheet either way
// shows its gain only in the sheet length used, the last column); smaller rings and flanges fit
// the bores of larger ones
const demoL = () => outlineOf(readFileSync(`${root}demo/drawings/l-bracket.dxf`));
const sets = [
  ['L-brackets', () => [lBracket(600, 600, 150), lBracket(400, 300, 100), demoL()]],
  ['discs', () => [400, 280, 180].map((d) => template('disc', { diameter: d }))],
  ['rings', () => [[500, 400], [380, 280], [250, 150]].map(([D, d]) => template('ring', { outerDiameter: D, innerDiameter: d }))],
  ['triangles', () => [600, 450, 300].map((d) => template('polygon', { sides: 3, diameter: d }))],
  ['flanges', () => [[400, 200, 300, 8, 22], [300, 150, 230, 6, 18], [200, 80, 145, 4, 13]].map(([D, d, bcd, n, hd]) =>
    template('flange', { outerDiameter: D, innerDiameter: d, boltCircleDiameter: bcd, holeCount: n, holeDiameter: hd }))],
  [`corpus mix (${corpus.length} drawings)`, () => corpus],
  ['L-brackets + discs Ø 280 (the demo basket)', () => [demoL(), template('disc', { diameter: 280 })]],
];

/** n copies spread evenly over the kinds (the first kinds get the remainder). */
function itemsOf(outlines, n) {
  return outlines.map((outline, i) => ({ outline, quantity: Math.floor(n / outlines.length) + (i < n % outlines.length ? 1 : 0) }));
}

const options = { sheets: [{ format: [3000, 1500] }], spacing: 8 };
const PASSES = 8;
/** Sheets used as lengths of sheet: the full ones and the used length of the last one. */
const lengths = (l) => (l.sheetCount - 1 + l.sheets.at(-1).usedLength / l.sheets.at(-1).format[0]).toFixed(2);
const worker = await sdk.createKerfWorker();
const rows = [];
for (const [name, make] of sets) {
  const outlines = make();
  for (const n of [100, 1000]) {
    const items = itemsOf(outlines, n);
    const box = sdk.nest(items, { ...options, method: 'box' });
    const timed = async (opts, runs) => {
      await worker.nest(items, opts); // warm-up
      const ts = [];
      let layout;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        layout = await worker.nest(items, opts);
        ts.push(performance.now() - t);
      }
      return { layout, ms: median(ts) };
    };
    const one = await timed(options, n >= 1000 ? 3 : 7);
    const best = await timed({ ...options, maxAttempts: PASSES }, n >= 1000 ? 3 : 5);
    const delta = (best.layout.utilization - box.utilization) * 100;
    rows.push([name, n, box.sheetCount, pct(box.utilization), one.layout.sheetCount, pct(one.layout.utilization), fmt(one.ms),
      best.layout.sheetCount, pct(best.layout.utilization), fmt(best.ms), `${delta >= 0 ? '+' : ''}${delta.toFixed(1)}`,
      `${lengths(box)} → ${lengths(best.layout)}`]);
    console.error(`nest: ${name} × ${n} done`);
  }
}
await worker.terminate();

console.log(`\n| Nesting on 3000 × 1500, 8 mm spacing | parts | box sheets (baseline) | box utilization | true-shape sheets, 1 pass | utilization | ms in the worker | true-shape sheets, best of ${PASSES} | utilization | ms in the worker | Δ points (best vs box) | sheet lengths used, box → true-shape |`);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\nTrue-shape cells: ${sdk.nestCellSize(options.sheets).toFixed(2)} mm; times are medians, round trip to the worker included.`);
console.log('Targets (issue [9]): fewer sheets or at least 10 points more utilization on the non-rectangular sets; 100 parts in under 1 s and 1,000 in under 10 s in the worker.');
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores).`);
