// A small DXF writer for tests: drawings whose truth is known analytically.

export type Ent = string;

function g(code: number, value: string | number): string {
  return `${code}\n${value}\n`;
}

/** A complete ASCII DXF (R2000-style sections) with the given entities and blocks. */
export function dxf(entities: Ent[], opts: { insunits?: number; blocks?: { name: string; x?: number; y?: number; entities: Ent[] }[] } = {}): string {
  let s = g(0, 'SECTION') + g(2, 'HEADER');
  if (opts.insunits !== undefined) s += g(9, '$INSUNITS') + g(70, opts.insunits);
  s += g(0, 'ENDSEC');
  if (opts.blocks?.length) {
    s += g(0, 'SECTION') + g(2, 'BLOCKS');
    for (const b of opts.blocks) {
      s += g(0, 'BLOCK') + g(8, '0') + g(2, b.name) + g(70, 0) + g(10, b.x ?? 0) + g(20, b.y ?? 0) + g(30, 0) + g(3, b.name);
      s += b.entities.join('');
      s += g(0, 'ENDBLK');
    }
    s += g(0, 'ENDSEC');
  }
  s += g(0, 'SECTION') + g(2, 'ENTITIES') + entities.join('') + g(0, 'ENDSEC') + g(0, 'EOF');
  return s;
}

type Extrusion = { extrusion?: [number, number, number] };

function ext(o?: Extrusion): string {
  return o?.extrusion ? g(210, o.extrusion[0]) + g(220, o.extrusion[1]) + g(230, o.extrusion[2]) : '';
}

export function line(x1: number, y1: number, x2: number, y2: number): Ent {
  return g(0, 'LINE') + g(8, '0') + g(10, x1) + g(20, y1) + g(30, 0) + g(11, x2) + g(21, y2) + g(31, 0);
}

export function circle(cx: number, cy: number, r: number, o?: Extrusion): Ent {
  return g(0, 'CIRCLE') + g(8, '0') + g(10, cx) + g(20, cy) + g(30, 0) + g(40, r) + ext(o);
}

/** Angles in degrees, counter-clockwise from start to end (in the OCS). */
export function arc(cx: number, cy: number, r: number, start: number, end: number, o?: Extrusion): Ent {
  return g(0, 'ARC') + g(8, '0') + g(10, cx) + g(20, cy) + g(30, 0) + g(40, r) + g(50, start) + g(51, end) + ext(o);
}

/** Vertices [x, y, bulge?]. */
export function lwpolyline(vertices: [number, number, number?][], closed: boolean, o?: Extrusion): Ent {
  let s = g(0, 'LWPOLYLINE') + g(8, '0') + g(90, vertices.length) + g(70, closed ? 1 : 0);
  for (const [x, y, b] of vertices) {
    s += g(10, x) + g(20, y);
    if (b) s += g(42, b);
  }
  return s + ext(o);
}

/** R12 POLYLINE with VERTEX / SEQEND. */
export function polyline(vertices: [number, number, number?][], closed: boolean): Ent {
  let s = g(0, 'POLYLINE') + g(8, '0') + g(66, 1) + g(10, 0) + g(20, 0) + g(30, 0) + g(70, closed ? 1 : 0);
  for (const [x, y, b] of vertices) {
    s += g(0, 'VERTEX') + g(8, '0') + g(10, x) + g(20, y) + g(30, 0);
    if (b) s += g(42, b);
  }
  return s + g(0, 'SEQEND') + g(8, '0');
}

/** Full or partial ellipse: major axis end point relative to the centre, params in radians. */
export function ellipse(cx: number, cy: number, mx: number, my: number, ratio: number, start = 0, end = 2 * Math.PI, o?: Extrusion): Ent {
  return g(0, 'ELLIPSE') + g(8, '0') + g(10, cx) + g(20, cy) + g(30, 0) + g(11, mx) + g(21, my) + g(31, 0)
    + g(40, ratio) + g(41, start) + g(42, end) + ext(o);
}

/** B-spline by control points (x, y, weight?) and knots. */
export function spline(degree: number, knots: number[], ctrl: [number, number, number?][], flags = 8): Ent {
  const rational = ctrl.some((c) => c[2] !== undefined && c[2] !== 1);
  let s = g(0, 'SPLINE') + g(8, '0') + g(70, flags | (rational ? 4 : 0)) + g(71, degree) + g(72, knots.length) + g(73, ctrl.length) + g(74, 0);
  for (const k of knots) s += g(40, k);
  for (const [x, y, w] of ctrl) {
    s += g(10, x) + g(20, y) + g(30, 0);
    if (rational) s += g(41, w ?? 1);
  }
  return s;
}

/** Spline by fit points only. */
export function fitSpline(points: [number, number][]): Ent {
  let s = g(0, 'SPLINE') + g(8, '0') + g(70, 8) + g(71, 3) + g(72, 0) + g(73, 0) + g(74, points.length);
  for (const [x, y] of points) s += g(11, x) + g(21, y) + g(31, 0);
  return s;
}

export function insert(name: string, x: number, y: number, o: { sx?: number; sy?: number; rotation?: number; cols?: number; rows?: number; colSpacing?: number; rowSpacing?: number } & Extrusion = {}): Ent {
  let s = g(0, 'INSERT') + g(8, '0') + g(2, name) + g(10, x) + g(20, y) + g(30, 0);
  if (o.sx !== undefined) s += g(41, o.sx);
  if (o.sy !== undefined) s += g(42, o.sy);
  if (o.rotation !== undefined) s += g(50, o.rotation);
  if (o.cols !== undefined) s += g(70, o.cols);
  if (o.rows !== undefined) s += g(71, o.rows);
  if (o.colSpacing !== undefined) s += g(44, o.colSpacing);
  if (o.rowSpacing !== undefined) s += g(45, o.rowSpacing);
  return s + ext(o);
}

export function text(x: number, y: number, value: string): Ent {
  return g(0, 'TEXT') + g(8, '0') + g(10, x) + g(20, y) + g(30, 0) + g(40, 2.5) + g(1, value);
}

/**
 * A sheet of plates (100 × 60 mm outline, four holes each, 40 to a row) at least `minBytes` long,
 * for big-file tests: every plate adds 5 entities, 4 closed holes inside 1 closed outline.
 * @example const { text, plates } = plateSheet(6 << 20); // about 6 MB, plates × 5 entities
 */
export function plateSheet(minBytes: number): { text: string; plates: number } {
  const parts: Ent[] = [];
  let bytes = 0, plates = 0;
  while (bytes < minBytes) {
    const x = (plates % 40) * 120.25, y = Math.floor(plates / 40) * 80.5;
    const plate = [
      lwpolyline([[x, y], [x + 100, y], [x + 100, y + 60], [x, y + 60]], true),
      circle(x + 15.5, y + 15.5, 5.25), circle(x + 84.5, y + 15.5, 5.25), circle(x + 84.5, y + 44.5, 5.25), circle(x + 15.5, y + 44.5, 5.25),
    ];
    for (const e of plate) bytes += e.length;
    parts.push(...plate);
    plates++;
  }
  return { text: dxf(parts, { insunits: 4 }), plates };
}

/**
 * One perforated plate (2,900 × 1,450 mm, holes of 2.5 mm on a 6 mm pitch, row by row) at least
 * `minBytes` long (at most about 5.5 MB): a big drawing that is still one part fitting a sheet.
 * @example const { text, holes } = perforatedPlate(3 << 20);
 */
export function perforatedPlate(minBytes: number): { text: string; holes: number } {
  const parts: Ent[] = [lwpolyline([[0, 0], [2900, 0], [2900, 1450], [0, 1450]], true)];
  let bytes = parts[0].length, holes = 0;
  for (let y = 10; y < 1440 && bytes < minBytes; y += 6) {
    for (let x = 10; x < 2890; x += 6) {
      const e = circle(x, y, 1.25);
      parts.push(e);
      bytes += e.length;
      holes++;
    }
  }
  if (bytes < minBytes) throw new Error(`perforatedPlate: at most ${bytes} bytes`);
  return { text: dxf(parts, { insunits: 4 }), holes };
}
