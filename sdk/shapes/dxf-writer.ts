/**
 * A minimal, plain ASCII DXF writer for generated parts: a HEADER with `$ACADVER`, `$INSUNITS 4`
 * (millimetres), `$MEASUREMENT 1` (metric) and the extents, then an ENTITIES section with closed
 * polylines (bulges for arcs) and circles, all on layer `0`. Nothing else: no handles, tables or
 * objects, which is what readers of minimal DXF files (dxf-parser, LibreCAD, QCAD, most CAM
 * software) accept.
 *
 * No Node imports: runs in browsers too.
 */

/** A closed polyline; each vertex's bulge applies to the segment to the next vertex (tan(angle/4), positive = counter-clockwise). */
export interface DxfPolyline {
  kind: 'polyline';
  vertices: { x: number; y: number; bulge: number }[];
}

/** A full circle. */
export interface DxfCircle {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export type DxfShape = DxfPolyline | DxfCircle;

/**
 * Which DXF flavour to write. `R2000` (default): `$ACADVER AC1015` with LWPOLYLINE entities.
 * `R12`: `$ACADVER AC1009` with POLYLINE / VERTEX / SEQEND, for very old or strict readers.
 */
export type DxfVersion = 'R2000' | 'R12';

/**
 * A number as DXF text: the shortest form that reads back to exactly the same double, never in
 * exponent notation (some CAD readers do not accept `1e-7`).
 */
export function formatDxfNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return '0';
  const s = String(x);
  if (!/e/i.test(s)) return s;
  // |x| < 1e-6 or >= 1e21: fixed notation; tiny values lose digits far below any cutting tolerance
  return Math.abs(x) < 1 ? x.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : BigInt(Math.round(x)).toString();
}

function g(code: number, value: string | number): string {
  return `${code}\n${typeof value === 'number' ? formatDxfNumber(value) : value}\n`;
}

/** The extents of the shapes (all closed, so the vertices and circle boxes bound them; bulge arcs are handled by the caller's own bbox). */
function extents(shapes: DxfShape[], bbox?: { minX: number; minY: number; maxX: number; maxY: number }) {
  if (bbox) return bbox;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const s of shapes) {
    if (s.kind === 'circle') {
      minX = Math.min(minX, s.cx - s.r); maxX = Math.max(maxX, s.cx + s.r);
      minY = Math.min(minY, s.cy - s.r); maxY = Math.max(maxY, s.cy + s.r);
    } else {
      for (const v of s.vertices) {
        minX = Math.min(minX, v.x); maxX = Math.max(maxX, v.x);
        minY = Math.min(minY, v.y); maxY = Math.max(maxY, v.y);
      }
    }
  }
  return shapes.length ? { minX, minY, maxX, maxY } : { minX: 0, minY: 0, maxX: 0, maxY: 0 };
}

/**
 * Write shapes (in millimetres) as a DXF document.
 *
 * @example
 * const dxf = writeDxf([{ kind: 'circle', cx: 50, cy: 50, r: 50 }]);
 * analyzeDxfSync(dxf).cutLength; // 314.159…
 */
export function writeDxf(
  shapes: DxfShape[],
  options: { version?: DxfVersion; bbox?: { minX: number; minY: number; maxX: number; maxY: number } } = {},
): string {
  const r12 = options.version === 'R12';
  const ext = extents(shapes, options.bbox);
  let s = g(0, 'SECTION') + g(2, 'HEADER')
    + g(9, '$ACADVER') + g(1, r12 ? 'AC1009' : 'AC1015')
    + g(9, '$INSUNITS') + g(70, 4)
    + g(9, '$MEASUREMENT') + g(70, 1)
    + g(9, '$EXTMIN') + g(10, ext.minX) + g(20, ext.minY) + g(30, 0)
    + g(9, '$EXTMAX') + g(10, ext.maxX) + g(20, ext.maxY) + g(30, 0)
    + g(0, 'ENDSEC')
    + g(0, 'SECTION') + g(2, 'ENTITIES');
  for (const sh of shapes) {
    if (sh.kind === 'circle') {
      s += g(0, 'CIRCLE') + g(8, '0') + g(10, sh.cx) + g(20, sh.cy) + g(30, 0) + g(40, sh.r);
    } else if (r12) {
      s += g(0, 'POLYLINE') + g(8, '0') + g(66, 1) + g(10, 0) + g(20, 0) + g(30, 0) + g(70, 1);
      for (const v of sh.vertices) {
        s += g(0, 'VERTEX') + g(8, '0') + g(10, v.x) + g(20, v.y) + g(30, 0);
        if (v.bulge !== 0) s += g(42, v.bulge);
      }
      s += g(0, 'SEQEND') + g(8, '0');
    } else {
      s += g(0, 'LWPOLYLINE') + g(100, 'AcDbEntity') + g(8, '0') + g(100, 'AcDbPolyline')
        + g(90, sh.vertices.length) + g(70, 1);
      for (const v of sh.vertices) {
        s += g(10, v.x) + g(20, v.y);
        if (v.bulge !== 0) s += g(42, v.bulge);
      }
    }
  }
  return s + g(0, 'ENDSEC') + g(0, 'EOF');
}
