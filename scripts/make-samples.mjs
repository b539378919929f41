// Writes the sample drawings in demo/drawings/ (committed; re-run to regenerate).
import { writeFileSync } from 'node:fs';

const g = (code, value) => `${code}\n${value}\n`;
const doc = (entities, { insunits = 4, blocks = [] } = {}) =>
  g(0, 'SECTION') + g(2, 'HEADER') + g(9, '$ACADVER') + g(1, 'AC1015') + g(9, '$INSUNITS') + g(70, insunits) + g(0, 'ENDSEC')
  + g(0, 'SECTION') + g(2, 'BLOCKS')
  + blocks.map((b) => g(0, 'BLOCK') + g(8, '0') + g(2, b.name) + g(70, 0) + g(10, 0) + g(20, 0) + g(30, 0) + g(3, b.name) + b.entities.join('') + g(0, 'ENDBLK')).join('')
  + g(0, 'ENDSEC')
  + g(0, 'SECTION') + g(2, 'ENTITIES') + entities.join('') + g(0, 'ENDSEC') + g(0, 'EOF');
const layer = (name) => g(8, name);
const line = (x1, y1, x2, y2, l = 'CUT') => g(0, 'LINE') + layer(l) + g(10, x1) + g(20, y1) + g(30, 0) + g(11, x2) + g(21, y2) + g(31, 0);
const circle = (x, y, r, l = 'CUT') => g(0, 'CIRCLE') + layer(l) + g(10, x) + g(20, y) + g(30, 0) + g(40, r);
const arc = (x, y, r, a0, a1, extra = '') => g(0, 'ARC') + layer('CUT') + g(10, x) + g(20, y) + g(30, 0) + g(40, r) + g(50, a0) + g(51, a1) + extra;
const lwpoly = (pts, closed = true) => g(0, 'LWPOLYLINE') + layer('CUT') + g(90, pts.length) + g(70, closed ? 1 : 0)
  + pts.map(([x, y, b]) => g(10, x) + g(20, y) + (b ? g(42, b) : '')).join('');
const text = (x, y, s) => g(0, 'TEXT') + layer('TEXT') + g(10, x) + g(20, y) + g(30, 0) + g(40, 3.5) + g(1, s);
const ellipse = (x, y, mx, my, ratio) => g(0, 'ELLIPSE') + layer('CUT') + g(10, x) + g(20, y) + g(30, 0) + g(11, mx) + g(21, my) + g(31, 0) + g(40, ratio) + g(41, 0) + g(42, 2 * Math.PI);
const insert = (name, x, y, sx = 1, sy = 1, rot = 0) => g(0, 'INSERT') + layer('CUT') + g(2, name) + g(10, x) + g(20, y) + g(30, 0) + g(41, sx) + g(42, sy) + g(50, rot);
const k = Math.tan(Math.PI / 8); // bulge of a quarter circle

// 1. A bracket: 120 x 80 plate with R10 corners, four 8.5 mm holes and a 30 x 10 slot of loose lines and arcs
const bracket = doc([
  lwpoly([[10, 0, 0], [110, 0, k], [120, 10, 0], [120, 70, k], [110, 80, 0], [10, 80, k], [0, 70, 0], [0, 10, k]]),
  circle(15, 15, 4.25), circle(105, 15, 4.25), circle(15, 65, 4.25), circle(105, 65, 4.25),
  line(50, 35, 70, 35), arc(70, 40, 5, 270, 90), line(70, 45, 50, 45), arc(50, 40, 5, 90, 270),
  text(40, 60, 'BRACKET-01'),
]);

// 2. A flange drawn in inches: 6" outside, 3" bore, six 1/2" bolt holes on a 4.5" circle
const holes = [];
for (let i = 0; i < 6; i++) {
  const a = (i * Math.PI) / 3;
  holes.push(circle(2.25 * Math.cos(a), 2.25 * Math.sin(a), 0.25));
}
const flange = doc([circle(0, 0, 3), circle(0, 0, 1.5), ...holes], { insunits: 1 });

// 3. A cover plate with a mirrored block of cut-outs, an elliptical window and an arc written
//    with extrusion (0,0,-1) as mirrored CAD output does
const cutouts = { name: 'CUTOUTS', entities: [circle(10, 10, 3), lwpoly([[20, 5], [35, 5], [35, 15], [20, 15]])] };
const cover = doc([
  lwpoly([[0, 0], [200, 0], [200, 100], [0, 100]]),
  insert('CUTOUTS', 0, 0),
  insert('CUTOUTS', 200, 0, -1, 1), // mirrored to the right-hand edge
  ellipse(100, 60, 30, 0, 0.5),
  // a 180° arc whose OCS is mirrored: centre (-100, 20) in the OCS lies at (100, 20) in the world
  arc(-100, 20, 10, 0, 180, g(210, 0) + g(220, 0) + g(230, -1)),
  line(90, 20, 110, 20),
], { blocks: [cutouts] });

// 4. A messy export: a tiny gap, an edge drawn twice, an open sketch line and a title
const messy = doc([
  line(0, 0, 60, 0), line(60, 0.004, 60, 40), line(60, 40, 0, 40), line(0, 40, 0, 0),
  line(60, 40, 0, 40),
  circle(30, 20, 8),
  line(70, 0, 90, 20),
  text(0, 50, 'SKETCH - NOT FOR PRODUCTION'),
]);

const out = new URL('../demo/drawings/', import.meta.url);
writeFileSync(new URL('bracket.dxf', out), bracket);
writeFileSync(new URL('flange-inch.dxf', out), flange);
writeFileSync(new URL('cover-mirrored.dxf', out), cover);
writeFileSync(new URL('messy-export.dxf', out), messy);
