// Entity handlers registered with dxf-parser in place of (or beside) its own. They read every
// group the geometry needs that the stock handlers drop (extrusion of circles and ellipses,
// spline weights, paper-space flags), never loop without advancing the scanner, and read
// annotations only far enough to count them.

/** The part of dxf-parser's scanner a handler uses. */
export interface Scanner {
  next(): { code: number; value: unknown };
  isEOF(): boolean;
}

interface Group {
  code: number;
  value: unknown;
}

/** Common entity fields. */
export interface BaseEntity {
  type: string;
  layer?: string;
  inPaperSpace?: boolean;
}

export interface LineEntity extends BaseEntity { type: 'LINE'; x1: number; y1: number; x2: number; y2: number }
export interface CircleEntity extends BaseEntity { type: 'CIRCLE'; cx: number; cy: number; r: number; nx?: number; ny?: number; nz?: number }
export interface ArcEntity extends BaseEntity {
  type: 'ARC'; cx: number; cy: number; r: number; start: number; end: number; nx?: number; ny?: number; nz?: number;
}
export interface EllipseEntity extends BaseEntity {
  type: 'ELLIPSE'; cx: number; cy: number; mx: number; my: number; mz: number; ratio: number; start: number; end: number;
  nx?: number; ny?: number; nz?: number;
}
export interface PolyVertex { x: number; y: number; bulge: number; flags: number }
export interface LwPolylineEntity extends BaseEntity {
  type: 'LWPOLYLINE'; closed: boolean; vertices: PolyVertex[]; nx?: number; ny?: number; nz?: number;
}
export interface PolylineEntity extends BaseEntity {
  type: 'POLYLINE'; flags: number; vertices: PolyVertex[]; nx?: number; ny?: number; nz?: number;
}
export interface SplineEntity extends BaseEntity {
  type: 'SPLINE'; degree: number; flags: number; knots: number[]; ctrl: number[]; weights: number[]; fit: number[];
  startTangent?: [number, number]; endTangent?: [number, number];
}
export interface InsertEntity extends BaseEntity {
  type: 'INSERT'; name: string; x: number; y: number; sx: number; sy: number; rotation: number;
  columns: number; rows: number; columnSpacing: number; rowSpacing: number; nx?: number; ny?: number; nz?: number;
}

export type CutEntity = LineEntity | CircleEntity | ArcEntity | EllipseEntity | LwPolylineEntity | PolylineEntity
  | SplineEntity | InsertEntity;

/** Annotation and 3D kinds that are read only to be counted as "not cut". */
export const IGNORED_KINDS = [
  'TEXT', 'MTEXT', 'DIMENSION', 'ARC_DIMENSION', 'LARGE_RADIAL_DIMENSION', 'HATCH', 'MPOLYGON', 'POINT',
  'SOLID', 'TRACE', '3DFACE', 'VIEWPORT', 'ATTDEF', 'ATTRIB', 'LEADER', 'MLEADER', 'MULTILEADER', 'TOLERANCE',
  '3DSOLID', 'REGION', 'BODY', 'SURFACE', 'PLANESURFACE', 'EXTRUDEDSURFACE', 'MESH', 'POLYFACE', 'IMAGE',
  'WIPEOUT', 'OLE2FRAME', 'OLEFRAME', 'ACAD_TABLE', 'SHAPE', 'RAY', 'XLINE', 'MLINE', 'HELIX', 'LIGHT',
  'PDFUNDERLAY', 'DWFUNDERLAY', 'DGNUNDERLAY', 'ACAD_PROXY_ENTITY', 'ARCALIGNEDTEXT', 'RTEXT',
] as const;

type Visit = (g: Group) => void;

/** Read groups up to the next 0 group, handing each to visit. Leaves the 0 group as the last read. */
function readGroups(scanner: Scanner, entity: BaseEntity, visit: Visit): void {
  let g = scanner.next();
  while (!scanner.isEOF() && g.code !== 0) {
    if (g.code === 8) entity.layer = String(g.value);
    else if (g.code === 67) entity.inPaperSpace = g.value !== 0;
    else visit(g);
    g = scanner.next();
  }
}

/** Layer and paper-space flag, the common groups the analyzer reads. */
function common(e: BaseEntity, g: Group): void {
  if (g.code === 8) e.layer = String(g.value);
  else if (g.code === 67) e.inPaperSpace = g.value !== 0;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

type Handler = { ForEntityName: string; parseEntity(scanner: Scanner, curr: Group): BaseEntity };

function handler(name: string, parse: (scanner: Scanner, type: string) => BaseEntity): new () => Handler {
  return class {
    ForEntityName = name;
    parseEntity(scanner: Scanner): BaseEntity {
      return parse(scanner, name);
    }
  };
}

// The frequent kinds (LINE, CIRCLE, ARC, LWPOLYLINE, annotations) read their groups in a plain
// loop rather than through readGroups' callback: no closure per entity on the parse's hot path.

const line = handler('LINE', (scanner) => {
  const e: LineEntity = { type: 'LINE', x1: 0, y1: 0, x2: 0, y2: 0 };
  let g = scanner.next();
  while (!scanner.isEOF() && g.code !== 0) {
    switch (g.code) {
      case 10: e.x1 = num(g.value); break;
      case 20: e.y1 = num(g.value); break;
      case 11: e.x2 = num(g.value); break;
      case 21: e.y2 = num(g.value); break;
      default: common(e, g);
    }
    g = scanner.next();
  }
  return e;
});

function extrusion(e: { nx?: number; ny?: number; nz?: number }, g: Group): boolean {
  switch (g.code) {
    case 210: e.nx = num(g.value); return true;
    case 220: e.ny = num(g.value); return true;
    case 230: e.nz = num(g.value); return true;
  }
  return false;
}

const circle = handler('CIRCLE', (scanner) => {
  const e: CircleEntity = { type: 'CIRCLE', cx: 0, cy: 0, r: 0 };
  let g = scanner.next();
  while (!scanner.isEOF() && g.code !== 0) {
    switch (g.code) {
      case 10: e.cx = num(g.value); break;
      case 20: e.cy = num(g.value); break;
      case 40: e.r = num(g.value); break;
      default: if (!extrusion(e, g)) common(e, g);
    }
    g = scanner.next();
  }
  return e;
});

const arc = handler('ARC', (scanner) => {
  const e: ArcEntity = { type: 'ARC', cx: 0, cy: 0, r: 0, start: 0, end: 360 };
  let g = scanner.next();
  while (!scanner.isEOF() && g.code !== 0) {
    switch (g.code) {
      case 10: e.cx = num(g.value); break;
      case 20: e.cy = num(g.value); break;
      case 40: e.r = num(g.value); break;
      case 50: e.start = num(g.value); break;
      case 51: e.end = num(g.value); break;
      default: if (!extrusion(e, g)) common(e, g);
    }
    g = scanner.next();
  }
  return e;
});

const ellipse = handler('ELLIPSE', (scanner) => {
  const e: EllipseEntity = { type: 'ELLIPSE', cx: 0, cy: 0, mx: 1, my: 0, mz: 0, ratio: 1, start: 0, end: 2 * Math.PI };
  readGroups(scanner, e, (g) => {
    switch (g.code) {
      case 10: e.cx = num(g.value); break;
      case 20: e.cy = num(g.value); break;
      case 11: e.mx = num(g.value); break;
      case 21: e.my = num(g.value); break;
      case 31: e.mz = num(g.value); break;
      case 40: e.ratio = num(g.value); break;
      case 41: e.start = num(g.value); break;
      case 42: e.end = num(g.value); break;
      default: extrusion(e, g);
    }
  });
  return e;
});

const lwpolyline = handler('LWPOLYLINE', (scanner) => {
  const e: LwPolylineEntity = { type: 'LWPOLYLINE', closed: false, vertices: [] };
  let v: PolyVertex | undefined;
  let g = scanner.next();
  while (!scanner.isEOF() && g.code !== 0) {
    switch (g.code) {
      case 70: e.closed = (num(g.value) & 1) === 1; break;
      case 10: v = { x: num(g.value), y: 0, bulge: 0, flags: 0 }; e.vertices.push(v); break;
      case 20: if (v) v.y = num(g.value); break;
      case 42: if (v) v.bulge = num(g.value); break;
      default: if (!extrusion(e, g)) common(e, g);
    }
    g = scanner.next();
  }
  return e;
});

const polyline = handler('POLYLINE', (scanner) => {
  const e: PolylineEntity = { type: 'POLYLINE', flags: 0, vertices: [] };
  let g = scanner.next();
  while (!scanner.isEOF() && g.code !== 0) {
    if (g.code === 70) e.flags = num(g.value);
    else if (g.code === 8) e.layer = String(g.value);
    else if (g.code === 67) e.inPaperSpace = g.value !== 0;
    else extrusion(e, g);
    g = scanner.next();
  }
  // VERTEX … SEQEND. A missing SEQEND ends the polyline at the next other entity instead of
  // looping forever (dxf-parser's own handler never advances in that case).
  while (!scanner.isEOF() && g.code === 0 && g.value === 'VERTEX') {
    const v: PolyVertex = { x: 0, y: 0, bulge: 0, flags: 0 };
    g = scanner.next();
    while (!scanner.isEOF() && g.code !== 0) {
      switch (g.code) {
        case 10: v.x = num(g.value); break;
        case 20: v.y = num(g.value); break;
        case 42: v.bulge = num(g.value); break;
        case 70: v.flags = num(g.value); break;
      }
      g = scanner.next();
    }
    e.vertices.push(v);
  }
  if (!scanner.isEOF() && g.code === 0 && g.value === 'SEQEND') {
    g = scanner.next();
    while (!scanner.isEOF() && g.code !== 0) g = scanner.next();
  }
  return e;
});

const spline = handler('SPLINE', (scanner) => {
  const e: SplineEntity = { type: 'SPLINE', degree: 3, flags: 0, knots: [], ctrl: [], weights: [], fit: [] };
  let tangent: 'start' | 'end' | undefined;
  readGroups(scanner, e, (g) => {
    switch (g.code) {
      case 70: e.flags = num(g.value); break;
      case 71: e.degree = num(g.value); break;
      case 40: e.knots.push(num(g.value)); break;
      case 41: e.weights.push(num(g.value)); break;
      case 10: e.ctrl.push(num(g.value), 0); break;
      case 20: e.ctrl[e.ctrl.length - 1] = num(g.value); break;
      case 11: e.fit.push(num(g.value), 0); break;
      case 21: e.fit[e.fit.length - 1] = num(g.value); break;
      case 12: e.startTangent = [num(g.value), 0]; tangent = 'start'; break;
      case 13: e.endTangent = [num(g.value), 0]; tangent = 'end'; break;
      case 22: if (tangent === 'start' && e.startTangent) e.startTangent[1] = num(g.value); break;
      case 23: if (tangent === 'end' && e.endTangent) e.endTangent[1] = num(g.value); break;
    }
  });
  return e;
});

const insert = handler('INSERT', (scanner) => {
  const e: InsertEntity = {
    type: 'INSERT', name: '', x: 0, y: 0, sx: 1, sy: 1, rotation: 0, columns: 1, rows: 1, columnSpacing: 0, rowSpacing: 0,
  };
  readGroups(scanner, e, (g) => {
    switch (g.code) {
      case 2: e.name = String(g.value); break;
      case 10: e.x = num(g.value); break;
      case 20: e.y = num(g.value); break;
      case 41: e.sx = num(g.value); break;
      case 42: e.sy = num(g.value); break;
      case 50: e.rotation = num(g.value); break;
      case 70: e.columns = num(g.value); break;
      case 71: e.rows = num(g.value); break;
      case 44: e.columnSpacing = num(g.value); break;
      case 45: e.rowSpacing = num(g.value); break;
      default: extrusion(e, g);
    }
  });
  return e;
});

function ignored(name: string) {
  return handler(name, (scanner, type) => {
    const e: BaseEntity = { type };
    let g = scanner.next();
    while (!scanner.isEOF() && g.code !== 0) {
      if (g.code === 67) e.inPaperSpace = g.value !== 0;
      g = scanner.next();
    }
    return e;
  });
}

/** Reads an entity of a kind nobody registered, keeping only its name, so it can be counted. */
export const UNKNOWN_HANDLER: Handler = {
  ForEntityName: '*',
  parseEntity(scanner: Scanner, curr: Group): BaseEntity {
    const e: BaseEntity = { type: String(curr.value) };
    readGroups(scanner, e, () => {});
    return e;
  },
};

/** Every handler Kerf registers with dxf-parser. */
export const HANDLERS: (new () => Handler)[] = [
  line, circle, arc, ellipse, lwpolyline, polyline, spline, insert, ...IGNORED_KINDS.map(ignored),
];
