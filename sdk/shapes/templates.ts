/**
 * The parametric parts: schema, cross-checks, geometry and analytic metrics of each template.
 * Every part is drawn with its bounding box starting at (0, 0), outline counter-clockwise.
 * No Node imports: runs in browsers too.
 */
import { KerfError } from '../errors.js';
import type { AnalyzeResult, BoundingBox } from '../types.js';
import type { DxfShape } from './dxf-writer.js';

/** A label in the three languages Kerf ships. */
export interface Labels { en: string; de: string; fr: string }

/** One parameter of a template. Lengths are millimetres. */
export interface TemplateParamSchema {
  name: string;
  /** `number`: any finite value; `integer`: whole numbers only. */
  type: 'number' | 'integer';
  /** `mm` for lengths, `count` for numbers of things. */
  unit: 'mm' | 'count';
  min: number;
  max: number;
  default: number;
  labels: Labels;
}

/** Metrics of a generated part, computed from its formulas (the fields of `analyze` they share). */
export type TemplateMetrics = Pick<AnalyzeResult, 'cutLength' | 'pierces' | 'closedContours' | 'openContours' | 'grossArea' | 'netArea' | 'bbox'>;

export type TemplateParams = Record<string, number>;

export interface TemplateDefinition {
  name: string;
  labels: Labels;
  params: TemplateParamSchema[];
  /** Cross-checks between parameters; throws KerfError('INVALID_PARAMETER'). */
  check(p: TemplateParams): void;
  shapes(p: TemplateParams): DxfShape[];
  metrics(p: TemplateParams): TemplateMetrics;
}

/** Least material left between two cut contours (hole to hole, hole to edge), mm. */
export const MIN_WEB = 1;

const PI = Math.PI;
/** Bulge of a 90° counter-clockwise arc. */
const QUARTER = Math.tan(PI / 8);

/** A number for a message: at most 6 significant digits, no trailing zeros. */
export function fmt(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function invalid(template: string, message: string): KerfError {
  return new KerfError('INVALID_PARAMETER', `${template}: ${message}`);
}

function box(width: number, height: number): BoundingBox {
  return { minX: 0, minY: 0, maxX: width, maxY: height, width, height };
}

function len(name: string, def: number, min: number, max: number, labels: Labels): TemplateParamSchema {
  return { name, type: 'number', unit: 'mm', min, max, default: def, labels };
}

function count(name: string, def: number, min: number, max: number, labels: Labels): TemplateParamSchema {
  return { name, type: 'integer', unit: 'count', min, max, default: def, labels };
}

const L = {
  width: { en: 'Width', de: 'Breite', fr: 'Largeur' },
  height: { en: 'Height', de: 'Höhe', fr: 'Hauteur' },
  cornerRadius: { en: 'Corner radius', de: 'Eckenradius', fr: "Rayon d'angle" },
  diameter: { en: 'Diameter', de: 'Durchmesser', fr: 'Diamètre' },
  outerDiameter: { en: 'Outer diameter', de: 'Außendurchmesser', fr: 'Diamètre extérieur' },
  innerDiameter: { en: 'Inner diameter', de: 'Innendurchmesser', fr: 'Diamètre intérieur' },
  boltCircleDiameter: { en: 'Bolt circle diameter', de: 'Lochkreisdurchmesser', fr: 'Diamètre du cercle de perçage' },
  holeCount: { en: 'Number of holes', de: 'Anzahl Bohrungen', fr: 'Nombre de trous' },
  holeDiameter: { en: 'Hole diameter', de: 'Lochdurchmesser', fr: 'Diamètre des trous' },
  rows: { en: 'Rows of holes', de: 'Lochreihen', fr: 'Rangées de trous' },
  columns: { en: 'Columns of holes', de: 'Lochspalten', fr: 'Colonnes de trous' },
  margin: { en: 'Edge margin (edge to hole)', de: 'Randabstand (Kante bis Loch)', fr: 'Marge (bord au trou)' },
  length: { en: 'Length', de: 'Länge', fr: 'Longueur' },
  oblongWidth: { en: 'Width (end diameter)', de: 'Breite (Rundungsdurchmesser)', fr: 'Largeur (diamètre des extrémités)' },
  sides: { en: 'Number of sides', de: 'Anzahl Ecken', fr: 'Nombre de côtés' },
  polygonDiameter: { en: 'Diameter across corners', de: 'Umkreisdurchmesser', fr: 'Diamètre sur les angles' },
} satisfies Record<string, Labels>;

/** Closed polyline through [x, y, bulge] triples; a straight segment of zero length is dropped. */
function poly(pts: [number, number, number][]): DxfShape {
  const vertices: { x: number; y: number; bulge: number }[] = [];
  for (let i = 0; i < pts.length; i++) {
    const [x, y, bulge] = pts[i];
    const [nx, ny] = pts[(i + 1) % pts.length];
    if (bulge === 0 && x === nx && y === ny) continue;
    vertices.push({ x, y, bulge });
  }
  return { kind: 'polyline', vertices };
}

function circle(cx: number, cy: number, d: number): DxfShape {
  return { kind: 'circle', cx, cy, r: d / 2 };
}

function circleMetrics(outer: number, holes: number[], bbox: BoundingBox, outerLength?: number, outerArea?: number): TemplateMetrics {
  const oLen = outerLength ?? PI * outer;
  const oArea = outerArea ?? (PI * outer * outer) / 4;
  let cut = oLen, holeArea = 0;
  for (const d of holes) { cut += PI * d; holeArea += (PI * d * d) / 4; }
  const n = 1 + holes.length;
  return { cutLength: cut, pierces: n, closedContours: n, openContours: 0, grossArea: oArea, netArea: oArea - holeArea, bbox };
}

/** Largest n ≥ 1 for which `fits(n)` holds, assuming fits is monotone (true then false); 0 if none up to `max`. */
function largest(max: number, fits: (n: number) => boolean): number {
  let best = 0;
  for (let n = 1; n <= max; n++) { if (fits(n)) best = n; else break; }
  return best;
}

const rectangle: TemplateDefinition = {
  name: 'rectangle',
  labels: { en: 'Rectangle', de: 'Rechteck', fr: 'Rectangle' },
  params: [
    len('width', 100, 1, 3000, L.width),
    len('height', 50, 1, 3000, L.height),
    len('cornerRadius', 0, 0, 1500, L.cornerRadius),
  ],
  check({ width, height, cornerRadius }) {
    const limit = Math.min(width, height) / 2;
    if (cornerRadius > limit) {
      throw invalid('rectangle', `cornerRadius ${fmt(cornerRadius)} mm is too large: it may be at most half the shorter side, ${fmt(limit)} mm.`);
    }
  },
  shapes({ width: w, height: h, cornerRadius: r }) {
    if (r === 0) return [poly([[0, 0, 0], [w, 0, 0], [w, h, 0], [0, h, 0]])];
    return [poly([
      [r, 0, 0], [w - r, 0, QUARTER], [w, r, 0], [w, h - r, QUARTER],
      [w - r, h, 0], [r, h, QUARTER], [0, h - r, 0], [0, r, QUARTER],
    ])];
  },
  metrics({ width: w, height: h, cornerRadius: r }) {
    const area = w * h - (4 - PI) * r * r;
    return {
      cutLength: 2 * (w + h) - 8 * r + 2 * PI * r, pierces: 1, closedContours: 1, openContours: 0,
      grossArea: area, netArea: area, bbox: box(w, h),
    };
  },
};

const disc: TemplateDefinition = {
  name: 'disc',
  labels: { en: 'Disc', de: 'Ronde', fr: 'Disque' },
  params: [len('diameter', 100, 1, 3000, L.diameter)],
  check() {},
  shapes({ diameter: d }) { return [circle(d / 2, d / 2, d)]; },
  metrics({ diameter: d }) { return circleMetrics(d, [], box(d, d)); },
};

function checkBore(template: string, outer: number, inner: number): void {
  const limit = outer - 2 * MIN_WEB;
  if (inner > limit) {
    throw invalid(template, `innerDiameter ${fmt(inner)} mm must be smaller than outerDiameter ${fmt(outer)} mm, leaving at least ${MIN_WEB} mm of material on each side: at most ${fmt(limit)} mm.`);
  }
}

const ring: TemplateDefinition = {
  name: 'ring',
  labels: { en: 'Ring / washer', de: 'Ring / Scheibe', fr: 'Anneau / rondelle' },
  params: [
    len('outerDiameter', 100, 3, 3000, L.outerDiameter),
    len('innerDiameter', 50, 1, 2998, L.innerDiameter),
  ],
  check({ outerDiameter, innerDiameter }) { checkBore('ring', outerDiameter, innerDiameter); },
  shapes({ outerDiameter: D, innerDiameter: d }) { return [circle(D / 2, D / 2, D), circle(D / 2, D / 2, d)]; },
  metrics({ outerDiameter: D, innerDiameter: d }) { return circleMetrics(D, [d], box(D, D)); },
};

/** Centre of bolt hole i (the first at angle 0, on the +x axis), relative to the flange centre. */
function boltCentre(bcd: number, n: number, i: number): [number, number] {
  const a = (2 * PI * i) / n;
  return [(bcd / 2) * Math.cos(a), (bcd / 2) * Math.sin(a)];
}

const flange: TemplateDefinition = {
  name: 'flange',
  labels: { en: 'Flange with bolt circle', de: 'Flansch mit Lochkreis', fr: 'Bride avec cercle de perçage' },
  params: [
    len('outerDiameter', 200, 5, 3000, L.outerDiameter),
    len('innerDiameter', 100, 1, 2998, L.innerDiameter),
    len('boltCircleDiameter', 160, 3, 2999, L.boltCircleDiameter),
    count('holeCount', 8, 2, 64, L.holeCount),
    len('holeDiameter', 14, 1, 1000, L.holeDiameter),
  ],
  check({ outerDiameter: D, innerDiameter: d, boltCircleDiameter: bcd, holeCount: n, holeDiameter: hd }) {
    checkBore('flange', D, d);
    const maxBcd = D - hd - 2 * MIN_WEB;
    if (bcd > maxBcd) {
      throw invalid('flange', `boltCircleDiameter ${fmt(bcd)} mm is too large: holes of ${fmt(hd)} mm would reach the outer edge (outerDiameter ${fmt(D)} mm). With at least ${MIN_WEB} mm of material outside the holes it may be at most ${fmt(maxBcd)} mm.`);
    }
    const minBcd = d + hd + 2 * MIN_WEB;
    if (bcd < minBcd) {
      throw invalid('flange', `boltCircleDiameter ${fmt(bcd)} mm is too small: holes of ${fmt(hd)} mm would reach the inner bore (innerDiameter ${fmt(d)} mm). With at least ${MIN_WEB} mm of material inside the holes it must be at least ${fmt(minBcd)} mm.`);
    }
    const fits = (k: number) => k < 2 || bcd * Math.sin(PI / k) - hd >= MIN_WEB;
    if (!fits(n)) {
      const most = largest(64, fits);
      throw invalid('flange', `holeCount ${n} is too many: ${n} holes of ${fmt(hd)} mm on a ${fmt(bcd)} mm bolt circle are less than ${MIN_WEB} mm apart; at most ${most} holes fit.`);
    }
  },
  shapes({ outerDiameter: D, innerDiameter: d, boltCircleDiameter: bcd, holeCount: n, holeDiameter: hd }) {
    const c = D / 2;
    const out = [circle(c, c, D), circle(c, c, d)];
    for (let i = 0; i < n; i++) {
      const [x, y] = boltCentre(bcd, n, i);
      out.push(circle(c + x, c + y, hd));
    }
    return out;
  },
  metrics({ outerDiameter: D, innerDiameter: d, holeCount: n, holeDiameter: hd }) {
    return circleMetrics(D, [d, ...Array<number>(n).fill(hd)], box(D, D));
  },
};

/** Hole centres along one side: evenly spread between the margins, a single hole centred. */
function holePositions(side: number, margin: number, hd: number, k: number): number[] {
  if (k === 1) return [side / 2];
  const first = margin + hd / 2, last = side - margin - hd / 2;
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(i === k - 1 ? last : first + ((last - first) * i) / (k - 1));
  return out;
}

const holePlate: TemplateDefinition = {
  name: 'hole-plate',
  labels: { en: 'Plate with hole pattern', de: 'Platte mit Lochbild', fr: 'Plaque avec motif de trous' },
  params: [
    len('width', 200, 3, 3000, L.width),
    len('height', 100, 3, 3000, L.height),
    count('rows', 2, 1, 50, L.rows),
    count('columns', 4, 1, 50, L.columns),
    len('holeDiameter', 10, 1, 1000, L.holeDiameter),
    len('margin', 15, MIN_WEB, 1500, L.margin),
  ],
  check({ width, height, rows, columns, holeDiameter: hd, margin }) {
    const need = (k: number) => k * hd + (k - 1) * MIN_WEB;
    for (const [countName, k, sideName, side] of [['columns', columns, 'width', width], ['rows', rows, 'height', height]] as const) {
      const room = side - 2 * margin;
      if (need(k) > room) {
        const most = largest(50, (j) => need(j) <= room);
        const hint = most > 0
          ? `at most ${most} ${countName} fit`
          : `not even one hole fits; make holeDiameter at most ${fmt(Math.max(room, 0))} mm or reduce margin`;
        throw invalid('hole-plate', `${countName} ${k}: ${k} holes of ${fmt(hd)} mm at least ${MIN_WEB} mm apart need ${fmt(need(k))} mm, but ${sideName} ${fmt(side)} mm minus twice the margin of ${fmt(margin)} mm leaves ${fmt(room)} mm; ${hint}.`);
      }
    }
  },
  shapes({ width, height, rows, columns, holeDiameter: hd, margin }) {
    const out = [poly([[0, 0, 0], [width, 0, 0], [width, height, 0], [0, height, 0]])];
    for (const y of holePositions(height, margin, hd, rows)) {
      for (const x of holePositions(width, margin, hd, columns)) out.push(circle(x, y, hd));
    }
    return out;
  },
  metrics({ width, height, rows, columns, holeDiameter: hd }) {
    const n = rows * columns, gross = width * height;
    return {
      cutLength: 2 * (width + height) + n * PI * hd, pierces: 1 + n, closedContours: 1 + n, openContours: 0,
      grossArea: gross, netArea: gross - (n * PI * hd * hd) / 4, bbox: box(width, height),
    };
  },
};

const oblong: TemplateDefinition = {
  name: 'oblong',
  labels: { en: 'Oblong (slot shape)', de: 'Langrund', fr: 'Oblong' },
  params: [
    len('length', 100, 2, 3000, L.length),
    len('width', 40, 1, 2999, L.oblongWidth),
  ],
  check({ length, width }) {
    if (!(width < length)) {
      throw invalid('oblong', `width ${fmt(width)} mm must be smaller than length ${fmt(length)} mm (for equal values use a disc).`);
    }
  },
  shapes({ length: l, width: w }) {
    const r = w / 2;
    return [poly([[r, 0, 0], [l - r, 0, 1], [l - r, w, 0], [r, w, 1]])];
  },
  metrics({ length: l, width: w }) {
    const area = (l - w) * w + (PI * w * w) / 4;
    return {
      cutLength: 2 * (l - w) + PI * w, pierces: 1, closedContours: 1, openContours: 0,
      grossArea: area, netArea: area, bbox: box(l, w),
    };
  },
};

/** Vertex angles of a regular n-gon with a horizontal bottom edge. */
function polygonAngles(n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(-PI / 2 - PI / n + (2 * PI * k) / n);
  return out;
}

function polygonExtent(n: number, d: number) {
  const a = polygonAngles(n), r = d / 2;
  const xs = a.map((t) => r * Math.cos(t)), ys = a.map((t) => r * Math.sin(t));
  return { xs, ys, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

const polygon: TemplateDefinition = {
  name: 'polygon',
  labels: { en: 'Regular polygon', de: 'Regelmäßiges Vieleck', fr: 'Polygone régulier' },
  params: [
    count('sides', 6, 3, 64, L.sides),
    len('diameter', 100, 1, 3000, L.polygonDiameter),
  ],
  check() {},
  shapes({ sides: n, diameter: d }) {
    const e = polygonExtent(n, d);
    return [poly(e.xs.map((x, i) => [x - e.minX, e.ys[i] - e.minY, 0]))];
  },
  metrics({ sides: n, diameter: d }) {
    const r = d / 2, e = polygonExtent(n, d);
    const area = (n / 2) * r * r * Math.sin((2 * PI) / n);
    return {
      cutLength: n * d * Math.sin(PI / n), pierces: 1, closedContours: 1, openContours: 0,
      grossArea: area, netArea: area, bbox: box(e.maxX - e.minX, e.maxY - e.minY),
    };
  },
};

/** All templates, in the order a configurator shows them. */
export const TEMPLATES: readonly TemplateDefinition[] = [rectangle, disc, ring, flange, holePlate, oblong, polygon];
