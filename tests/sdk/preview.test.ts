// The SVG preview: contour geometry from the analysis (`geometry: true`) and previewSvg().
// The paths are checked against the drawings' known shapes: arc commands are turned back into
// centres and sweeps (SVG's endpoint-to-centre conversion) and the enclosed area is recomputed
// from the path alone.
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync, isKerfError, previewSvg, previewSvgFromDxf } from '../../sdk/index.js';
import type { AnalyzeResult } from '../../sdk/index.js';
import { arc, circle, dxf, ellipse, insert, line, lwpolyline, spline, type Ent } from '../helpers/dxf.js';

const PI = Math.PI;
const MM = 4; // $INSUNITS millimetres

function mm(entities: Ent[], blocks?: { name: string; entities: Ent[] }[], options: { gapTolerance?: number; flattenTolerance?: number } = {}): AnalyzeResult {
  return analyzeDxfSync(dxf(entities, { insunits: MM, blocks }), { ...options, geometry: true });
}

function rect(x0: number, y0: number, x1: number, y1: number): Ent {
  return lwpolyline([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], true);
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKerfError(e) ? e.code : `not a KerfError: ${String(e)}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// reading SVG back

/** The `<path>` / `<circle>` elements of one class, as attribute maps. */
function elements(svg: string, cls: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(/<(path|circle)\b([^>]*)\/>/g)) {
    const attrs: Record<string, string> = { tag: m[1] };
    for (const a of m[2].matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    if (attrs.class === cls) out.push(attrs);
  }
  return out;
}

function viewBox(svg: string): number[] {
  const m = /<svg\b[^>]*\bviewBox="([^"]*)"/.exec(svg);
  if (!m) throw new Error('no viewBox');
  return m[1].split(/[\s,]+/).map(Number);
}

type Cmd = { c: string; a: number[] };

/** M, L, A and Z commands (absolute, as Kerf writes them). */
function parsePath(d: string): Cmd[] {
  const cmds: Cmd[] = [];
  for (const m of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const a = m[2].trim() ? m[2].trim().split(/[\s,]+/).map(Number) : [];
    expect(['M', 'L', 'A', 'Z']).toContain(m[1]);
    expect(a.every(Number.isFinite)).toBe(true);
    expect(a.length).toBe({ M: 2, L: 2, A: 7, Z: 0 }[m[1]]);
    cmds.push({ c: m[1], a });
  }
  return cmds;
}

/** Centre and signed sweep of a circular SVG arc from (x1, y1) (SVG 1.1 F.6.5, rx = ry, no rotation). */
function arcCentre(x1: number, y1: number, r: number, large: number, sweep: number, x2: number, y2: number): { cx: number; cy: number; dtheta: number } {
  const mx = (x1 - x2) / 2, my = (y1 - y2) / 2;
  const lambda = (mx * mx + my * my) / (r * r);
  if (lambda > 1) r *= Math.sqrt(lambda); // radii scaled up as a renderer does
  const k = Math.sqrt(Math.max(0, (r * r - mx * mx - my * my) / (mx * mx + my * my))) * (large === sweep ? -1 : 1);
  const cx = k * my + (x1 + x2) / 2, cy = -k * mx + (y1 + y2) / 2;
  const a1 = Math.atan2(y1 - cy, x1 - cx), a2 = Math.atan2(y2 - cy, x2 - cx);
  let dtheta = a2 - a1;
  if (sweep === 1 && dtheta < 0) dtheta += 2 * PI;
  if (sweep === 0 && dtheta > 0) dtheta -= 2 * PI;
  return { cx, cy, dtheta };
}

interface Walked {
  /** Signed area enclosed (counter-clockwise positive), lines and arcs exact. */
  area: number;
  /** Length along the path, arcs exact. */
  length: number;
  points: [number, number][];
  arcs: { r: number; cx: number; cy: number; dtheta: number; from: [number, number]; to: [number, number] }[];
  subpaths: number;
  closed: boolean;
}

/** Walks a path: ∮ x dy − y dx over lines and arcs, lengths, vertices and arc centres. */
function walk(d: string): Walked {
  let x = 0, y = 0, sx = 0, sy = 0;
  let twice = 0, length = 0, subpaths = 0, closed = false;
  const points: [number, number][] = [];
  const arcs: Walked['arcs'] = [];
  const lineTo = (nx: number, ny: number) => {
    twice += x * ny - nx * y;
    length += Math.hypot(nx - x, ny - y);
    x = nx; y = ny;
  };
  for (const { c, a } of parsePath(d)) {
    if (c === 'M') { x = sx = a[0]; y = sy = a[1]; subpaths++; closed = false; points.push([x, y]); }
    else if (c === 'L') { lineTo(a[0], a[1]); points.push([x, y]); }
    else if (c === 'Z') { lineTo(sx, sy); closed = true; }
    else {
      const [rx, ry, rot, large, sweep, nx, ny] = a;
      expect(rx).toBe(ry);
      expect(rot).toBe(0);
      const { cx, cy, dtheta } = arcCentre(x, y, rx, large, sweep, nx, ny);
      twice += rx * rx * dtheta + cx * (ny - y) - cy * (nx - x);
      length += rx * Math.abs(dtheta);
      arcs.push({ r: rx, cx, cy, dtheta, from: [x, y], to: [nx, ny] });
      x = nx; y = ny;
      points.push([x, y]);
    }
  }
  return { area: twice / 2, length, points, arcs, subpaths, closed };
}

/**
 * A small XML 1.0 well-formedness check (no DOMParser in Node and no dependency for one): one
 * root, tags nested and closed, attributes quoted and unique, `&` only in entity references, no
 * `<` in text or attribute values, only characters XML allows.
 */
function expectWellFormedXml(xml: string): void {
  // eslint-disable-next-line no-control-regex
  expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml), 'illegal character').toBe(false);
  const ref = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (s: string, where: string) => {
    for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
      ref.lastIndex = i;
      expect(ref.test(s), `bare & in ${where}: ${s.slice(i, i + 12)}`).toBe(true);
    }
    expect(s.includes('<'), `< in ${where}`).toBe(false);
  };
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0) expect(text.trim(), 'text outside the root').toBe('');
    else checkText(text, 'text');
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    expect(gt, 'unterminated tag').toBeGreaterThan(lt);
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      expect(stack.pop(), `closing ${tag}`).toBe(tag.slice(1).trim());
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = /^([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*$/.exec(body);
      expect(m, `malformed tag <${tag}>`).not.toBeNull();
      const names = new Set<string>();
      for (const a of m![2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        expect(names.has(a[1]), `duplicate attribute ${a[1]}`).toBe(false);
        names.add(a[1]);
        checkText(a[2] ?? a[3], `attribute ${a[1]}`);
      }
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(m![1]);
    }
    i = gt + 1;
  }
  expect(stack, 'unclosed elements').toEqual([]);
  expect(roots).toBe(1);
}

// ---------------------------------------------------------------------------------------------

describe('analyze with geometry', () => {
  describe('when the option is not given', () => {
    const text = dxf([rect(0, 0, 100, 50), circle(50, 25, 5)], { insunits: MM });

    it('keeps the JSON shape of API.md: no path on any contour', () => {
      const r = analyzeDxfSync(text);
      for (const c of r.contours) expect(Object.keys(c)).toEqual(['closed', 'length', 'area', 'depth', 'bbox', 'segments']);
      expect(JSON.stringify(r)).not.toContain('path');
    });

    it('gives the same metrics as with it, plus a path per contour', () => {
      const plain = analyzeDxfSync(text);
      const withGeometry = analyzeDxfSync(text, { geometry: true });
      for (const c of withGeometry.contours) expect(typeof c.path).toBe('string');
      const stripped = { ...withGeometry, contours: withGeometry.contours.map(({ path: _path, ...c }) => c) };
      expect(stripped).toEqual(plain);
    });

    it('makes previewSvg ask for the option', () => {
      expect(codeOf(() => previewSvg(analyzeDxfSync(text)))).toBe('INVALID_OPTION');
    });
  });

  describe('when a plate has a round hole', () => {
    const r = mm([rect(0, 0, 100, 50), circle(50, 25, 5)]);
    const outer = r.contours.find((c) => c.depth === 0)!;
    const hole = r.contours.find((c) => c.depth === 1)!;

    it('draws the hole as arcs of its exact radius around its centre, a full turn, closed', () => {
      const w = walk(hole.path!);
      expect(w.subpaths).toBe(1);
      expect(w.closed).toBe(true);
      expect(w.arcs.length).toBe(2); // a full circle cannot be one A command
      for (const a of w.arcs) {
        expect(a.r).toBe(5);
        expect(a.cx).toBeCloseTo(50, 6);
        expect(a.cy).toBeCloseTo(25, 6);
        for (const [x, y] of [a.from, a.to]) expect(Math.hypot(x - 50, y - 25)).toBeCloseTo(5, 6);
      }
      expect(Math.abs(w.arcs.reduce((s, a) => s + a.dtheta, 0))).toBeCloseTo(2 * PI, 9);
      expect(Math.abs(w.area)).toBeCloseTo(hole.area, 6);
      expect(w.length).toBeCloseTo(hole.length, 6);
    });

    it('draws the outline through its four corners and encloses its area', () => {
      const w = walk(outer.path!);
      expect(w.closed).toBe(true);
      expect([...new Set(w.points.map(([x, y]) => `${x},${y}`))].sort()).toEqual(['0,0', '0,50', '100,0', '100,50']);
      expect(Math.abs(w.area)).toBeCloseTo(5000, 9);
      expect(w.length).toBeCloseTo(300, 9);
    });
  });

  describe('when contours mix lines and arcs walked in either direction', () => {
    // obround slot from loose LINEs and ARCs (ARC entities always run counter-clockwise, so the
    // walk takes one of them backwards), a rounded rectangle from bulges, clockwise
    const slot = [line(20, 0, 60, 0), line(60, 10, 20, 10), arc(60, 5, 5, 270, 90), arc(20, 5, 5, 90, 270)];
    const b = -Math.tan(PI / 8);
    const rounded = lwpolyline([[45, 100, b], [50, 95], [50, 75, b], [45, 70], [5, 70, b], [0, 75], [0, 95, b], [5, 100]], true);

    it('gives every arc its drawn centre and encloses the measured area', () => {
      const r = mm([...slot, rounded]);
      expect(r.closedContours).toBe(2);
      for (const c of r.contours) {
        const w = walk(c.path!);
        expect(Math.abs(w.area)).toBeCloseTo(c.area, 6);
        expect(w.length).toBeCloseTo(c.length, 6);
        for (const a of w.arcs) {
          // every arc is a quarter or a half circle about one of the drawn centres
          const centres = [[60, 5], [20, 5], [5, 95], [5, 75], [45, 75], [45, 95]];
          expect(centres.some(([x, y]) => Math.hypot(a.cx - x, a.cy - y) < 1e-6), `centre ${a.cx},${a.cy}`).toBe(true);
        }
      }
    });

    it('keeps an arc over a half turn exact by drawing it in two halves', () => {
      // a teardrop: a 270° arc of radius 10 about (2s, 0), closed by two tangent lines through 0,0
      const s = Math.SQRT1_2 * 10;
      const r = mm([lwpolyline([[0, 0], [s, -s, Math.tan((3 * PI) / 8)], [s, s]], true)]);
      const w = walk(r.contours[0].path!);
      expect(w.arcs.length).toBe(2);
      for (const a of w.arcs) {
        expect(a.r).toBeCloseTo(10, 9);
        expect(a.cx).toBeCloseTo(2 * s, 6);
        expect(a.cy).toBeCloseTo(0, 6);
      }
      expect(w.arcs[0].dtheta + w.arcs[1].dtheta).toBeCloseTo(1.5 * PI, 6);
      // the triangle to the chord (s²) plus the 270° circle segment r²/2 (θ − sin θ)
      const want = s * s + 50 * (1.5 * PI + 1);
      expect(r.contours[0].area).toBeCloseTo(want, 6);
      // from the path's coordinates, rounded to 1e-6 mm, the centres move by about as much
      expect(Math.abs(w.area)).toBeCloseTo(want, 3);
    });

    it('draws a mirrored arc from a block where the analyzer measured it', () => {
      const dBlock = { name: 'D', entities: [line(0, -5, 0, 5), arc(0, 0, 5, -90, 90)] };
      const r = mm([insert('D', 100, 100, { sx: -2, sy: 2, rotation: 90 })], [dBlock]);
      const w = walk(r.contours[0].path!);
      expect(Math.abs(w.area)).toBeCloseTo(r.contours[0].area, 6);
      expect(w.arcs[0].cx).toBeCloseTo(100, 6);
      expect(w.arcs[0].cy).toBeCloseTo(100, 6);
      expect(w.arcs[0].r).toBeCloseTo(10, 9);
    });
  });

  describe('when a gap was healed', () => {
    it('bridges it with a straight piece, as the area does', () => {
      const r = mm([line(0, 0, 100, 0), line(100, 0.009, 100, 50), line(100, 50, 0, 50), line(0, 50, 0, 0)]);
      const w = walk(r.contours[0].path!);
      expect(w.closed).toBe(true);
      expect(w.points.length).toBe(6); // M, four L ends and the bridge
      expect(Math.abs(w.area)).toBeCloseTo(r.contours[0].area, 6);
    });
  });

  describe('when contours hold ellipses and splines', () => {
    it('flattens an ellipse to points on it, within the tolerance', () => {
      const a = 40, b = 15, tol = 0.01;
      const r = mm([ellipse(0, 0, a, 0, b / a)], undefined, { flattenTolerance: tol });
      const w = walk(r.contours[0].path!);
      const onEllipse = ([x, y]: [number, number]) => Math.abs(Math.hypot(x / a, y / b) - 1);
      for (const p of w.points) expect(onEllipse(p)).toBeLessThan(1e-6);
      // chord midpoints stay within the tolerance (distance ≈ level-set gap × the smaller half axis)
      for (let k = 1; k < w.points.length; k++) {
        const [x0, y0] = w.points[k - 1], [x1, y1] = w.points[k];
        expect(onEllipse([(x0 + x1) / 2, (y0 + y1) / 2]) * b).toBeLessThanOrEqual(tol);
      }
      expect(Math.abs(w.area - PI * a * b)).toBeLessThan(w.length * tol);
      expect(w.length).toBeLessThanOrEqual(r.contours[0].length);
      expect(w.length).toBeGreaterThan(r.contours[0].length * (1 - 1e-4));
    });

    it('uses fewer points for a coarser tolerance', () => {
      const fine = walk(mm([ellipse(0, 0, 40, 0, 0.5)], undefined, { flattenTolerance: 0.001 }).contours[0].path!);
      const coarse = walk(mm([ellipse(0, 0, 40, 0, 0.5)], undefined, { flattenTolerance: 0.5 }).contours[0].path!);
      expect(coarse.points.length).toBeLessThan(fine.points.length / 10);
    });

    it('flattens a spline outline close to its measured length and area, drawn either way', () => {
      // a D shape: clamped cubic spline bulging upwards, closed by a line
      const knots = [0, 0, 0, 0, 0.5, 1, 1, 1, 1];
      const ctrl: [number, number][] = [[0, 0], [0, 30], [25, 45], [50, 30], [50, 0]];
      for (const ents of [[spline(3, knots, ctrl), line(50, 0, 0, 0)], [spline(3, knots, [...ctrl].reverse()), line(0, 0, 50, 0)]]) {
        const c = mm(ents).contours[0];
        expect(c.closed).toBe(true);
        const w = walk(c.path!);
        expect(Math.abs(Math.abs(w.area) - c.area)).toBeLessThan(c.length * 0.01);
        expect(w.length).toBeLessThanOrEqual(c.length + 1e-9);
        expect(w.length).toBeGreaterThan(c.length * (1 - 1e-4));
      }
    });

    it('walks a half ellipse closed by a line in either direction', () => {
      for (const ents of [[ellipse(0, 0, 30, 0, 0.5, 0, PI), line(-30, 0, 30, 0)], [ellipse(0, 0, -30, 0, 0.5, 0, PI), line(-30, 0, 30, 0)]]) {
        const c = mm(ents).contours[0];
        expect(c.closed).toBe(true);
        const w = walk(c.path!);
        expect(Math.abs(Math.abs(w.area) - PI * 30 * 15 / 2)).toBeLessThan(c.length * 0.01);
        expect(w.length).toBeGreaterThan(c.length * (1 - 1e-4));
      }
    });

    it('refuses a flatten tolerance that is not a positive number', () => {
      for (const t of [0, -1, NaN, 1000]) {
        expect(codeOf(() => mm([circle(0, 0, 5)], undefined, { flattenTolerance: t }))).toBe('INVALID_OPTION');
      }
    });
  });
});

describe('previewSvg', () => {
  describe('when a plate has a hole', () => {
    const r = mm([rect(0, 0, 100, 50), circle(80, 40, 5)]);
    const svg = previewSvg(r);

    it('draws one kerf-outer and one kerf-hole path, and the material even-odd under them', () => {
      expect(elements(svg, 'kerf-outer')).toHaveLength(1);
      expect(elements(svg, 'kerf-hole')).toHaveLength(1);
      expect(elements(svg, 'kerf-open')).toHaveLength(0);
      expect(elements(svg, 'kerf-gap')).toHaveLength(0);
      const material = elements(svg, 'kerf-material');
      expect(material).toHaveLength(1);
      expect(material[0]['fill-rule']).toBe('evenodd');
      expect(walk(material[0].d).subpaths).toBe(2);
      expect(svg.indexOf('kerf-material" ')).toBeLessThan(svg.indexOf('class="kerf-outer"'));
    });

    it('fits the viewBox to the bounding box plus 5 % of its larger side, y flipped', () => {
      const m = 5; // 5 % of 100
      expect(viewBox(svg)).toEqual([0 - m, -(50 + m), 100 + 2 * m, 50 + 2 * m]);
    });

    it('takes the margin from the options', () => {
      expect(viewBox(previewSvg(r, { margin: 2 }))).toEqual([-2, -52, 104, 54]);
      expect(viewBox(previewSvg(r, { margin: 0 }))).toEqual([0, -50, 100, 50]);
    });

    it('flips y so that a point high in the drawing ends up near the top', () => {
      expect(svg).toContain('<g transform="scale(1,-1)">');
      const [, vy, , vh] = viewBox(svg);
      const topOf = (d: string) => Math.min(...walk(d).points.map(([, y]) => -y)); // after scale(1,-1)
      const bottomOf = (d: string) => Math.max(...walk(d).points.map(([, y]) => -y));
      // the hole's arcs start and end at y = 40: 15 below the top of a 60 high box (50 + 2 × 5)
      const hole = elements(svg, 'kerf-hole')[0].d;
      expect((topOf(hole) - vy) / vh).toBeCloseTo(0.25, 9);
      expect((bottomOf(hole) - vy) / vh).toBeCloseTo(0.25, 9);
      const outer = elements(svg, 'kerf-outer')[0].d;
      expect(topOf(outer) - vy).toBeCloseTo(5, 9); // y = 50 at the margin below the top edge
      expect(vy + vh - bottomOf(outer)).toBeCloseTo(5, 9); // y = 0 at the margin above the bottom
    });

    it('styles every class in an embedded stylesheet with non-scaling strokes a page can override', () => {
      const style = /<style>([^<]*)<\/style>/.exec(svg)![1];
      for (const cls of ['kerf-material', 'kerf-outer', 'kerf-hole', 'kerf-open', 'kerf-gap']) expect(style).toContain(`.${cls}`);
      expect(style).toContain('vector-effect:non-scaling-stroke');
      expect(style).toContain('var(--kerf-preview-stroke-width');
      expect(style).toContain('var(--kerf-preview-hole');
    });

    it('is well-formed XML with the SVG namespace', () => {
      expectWellFormedXml(svg);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    });
  });

  describe('when a contour is open', () => {
    it('draws it as kerf-open and leaves it out of the material', () => {
      const r = mm([rect(0, 0, 100, 50), line(10, 10, 90, 10), line(90, 10, 90, 40)]);
      const svg = previewSvg(r);
      const open = elements(svg, 'kerf-open');
      expect(open).toHaveLength(1);
      expect(walk(open[0].d).closed).toBe(false);
      expect(walk(open[0].d).length).toBeCloseTo(110, 9);
      expect(elements(svg, 'kerf-outer')).toHaveLength(1);
      expect(walk(elements(svg, 'kerf-material')[0].d).subpaths).toBe(1);
      expectWellFormedXml(svg);
    });
  });

  describe('when a gap was healed', () => {
    it('marks it with a kerf-gap circle at the reported location', () => {
      const r = mm([line(0, 0, 100, 0), line(100, 0.009, 100, 50), line(100, 50, 0, 50), line(0, 50, 0, 0)]);
      const loc = r.warnings.find((w) => w.code === 'GAP_HEALED')!.locations!;
      expect(loc).toHaveLength(1);
      const svg = previewSvg(r, { gapMarkerRadius: 2 });
      const gaps = elements(svg, 'kerf-gap');
      expect(gaps).toHaveLength(1);
      expect(gaps[0].tag).toBe('circle');
      expect(Number(gaps[0].cx)).toBeCloseTo(loc[0].x, 6);
      expect(Number(gaps[0].cy)).toBeCloseTo(loc[0].y, 6);
      expect(gaps[0].r).toBe('2');
      expect(Number(elements(previewSvg(r), 'kerf-gap')[0].r)).toBeCloseTo(1.5, 9); // 1.5 % of 100
      expectWellFormedXml(svg);
    });
  });

  describe('when given a title and a size', () => {
    const r = mm([rect(0, 0, 10, 10)]);

    it('escapes a hostile title', () => {
      const svg = previewSvg(r, { title: `<script>alert(1)</script>"'&` });
      expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</title>');
      expect(svg).not.toContain('<script');
      expectWellFormedXml(svg);
    });

    it('drops characters XML cannot hold, so the SVG still parses', () => {
      const svg = previewSvg(r, { title: 'a\u0000b\u0007c\ud800d\tok' });
      expect(svg).toContain('<title>abcd\tok</title>');
      expectWellFormedXml(svg);
    });

    it('has no title element without a title', () => {
      expect(previewSvg(r)).not.toContain('<title>');
    });

    it('writes width and height, numbers or CSS lengths', () => {
      const svg = previewSvg(r, { width: 400, height: '50%' });
      expect(svg).toMatch(/<svg [^>]*width="400"/);
      expect(svg).toMatch(/<svg [^>]*height="50%"/);
      expect(previewSvg(r)).not.toMatch(/<svg [^>]*width=/);
    });

    it('refuses a size or margin that is not one', () => {
      expect(codeOf(() => previewSvg(r, { width: '100" onload="alert(1)' }))).toBe('INVALID_OPTION');
      expect(codeOf(() => previewSvg(r, { height: -1 }))).toBe('INVALID_OPTION');
      expect(codeOf(() => previewSvg(r, { margin: NaN }))).toBe('INVALID_OPTION');
    });
  });

  describe('when the result was tampered with', () => {
    it('escapes a path and refuses numbers that are not numbers', () => {
      const r = mm([rect(0, 0, 10, 10)]);
      const bad = { ...r, contours: [{ ...r.contours[0], path: 'M0 0"/><script>alert(1)</script><path d="' }] };
      const svg = previewSvg(bad);
      expect(svg).not.toContain('<script');
      expectWellFormedXml(svg);
      const badBox = { ...r, bbox: { ...r.bbox, minX: '0" onload="alert(1)' as unknown as number } };
      expect(codeOf(() => previewSvg(badBox))).toBe('INVALID_OPTION');
    });
  });

  describe('when a plate has 1,000 holes', () => {
    const holes: Ent[] = [];
    for (let i = 0; i < 40; i++) for (let j = 0; j < 25; j++) holes.push(circle(10 + i * 10, 10 + j * 10, 3));
    const text = dxf([rect(0, 0, 410, 260), ...holes], { insunits: MM });

    it('analyzes and renders in reasonable time', () => {
      previewSvgFromDxf(text); // warm-up
      let t = performance.now();
      const r = analyzeDxfSync(text, { geometry: true });
      const analyzeMs = performance.now() - t;
      t = performance.now();
      const svg = previewSvg(r, { title: 'plate' });
      const renderMs = performance.now() - t;
      expect(analyzeMs).toBeLessThan(1000);
      expect(renderMs).toBeLessThan(100);
      expect(elements(svg, 'kerf-hole')).toHaveLength(1000);
      expect(elements(svg, 'kerf-outer')).toHaveLength(1);
      expectWellFormedXml(svg);
    });
  });
});

describe('previewSvgFromDxf', () => {
  it('analyzes with geometry and renders, with both sets of options', () => {
    const text = dxf([rect(0, 0, 100, 50), circle(50, 25, 5)], { insunits: MM });
    const svg = previewSvgFromDxf(text, { gapTolerance: 0.05 }, { title: 'T', margin: 1 });
    expect(svg).toBe(previewSvg(analyzeDxfSync(text, { gapTolerance: 0.05, geometry: true }), { title: 'T', margin: 1 }));
    expect(viewBox(svg)).toEqual([-1, -51, 102, 52]);
  });

  it('passes the analyzer\'s errors on', () => {
    expect(codeOf(() => previewSvgFromDxf('not a drawing'))).toBe('DXF_PARSE_ERROR');
  });
});
