// Layer roles (issue [6]): what a layer's geometry is for. Only `cut` geometry reaches the core;
// `engrave` and `bend` geometry is measured on the side, `ignore` geometry is left out.

import { KerfError } from '../errors.js';
import { KIND_ARC, KIND_ELLIPSE, KIND_LINE, KIND_SPLINE } from '../geometry/buffer.js';
import { SplineEval } from '../preview/contour-paths.js';

/** What the geometry on a layer is for. */
export type LayerRole = 'cut' | 'engrave' | 'bend' | 'ignore';

/** Why a layer was left out of the cut (LAYER_IGNORED). */
export type LayerIgnoreReason = 'frozen' | 'off' | 'name' | 'option';

/** The roles, in the order a UI offers them. */
export const LAYER_ROLES: readonly LayerRole[] = ['cut', 'engrave', 'bend', 'ignore'];

/** A layer table record's state, from either reader. */
export interface LayerState {
  name: string;
  /** Flag 1 of group 70. */
  frozen: boolean;
  /** A negative colour number (group 62). */
  off: boolean;
}

/**
 * Words in layer names that give the layer a role (English, German, French). A name is split
 * into words at anything that is not a letter or digit and between letters and digits
 * (`BEND_1`, `Biege-Linien`, `Layer 3 Text`), upper-cased (`Maß` → `MASS`); a word matches a
 * keyword when it is the keyword itself or the keyword with one of {@link SUFFIXES}
 * (`DIMENSIONS`, `BIEGELINIEN`, `CENTERLINE`). The first word that matches decides; a name
 * without one is `cut`.
 *
 * | role      | keywords |
 * |-----------|----------|
 * | `bend`    | BEND, BIEGE, BIEGUNG, KANT, KANTUNG, PLI, PLIAGE |
 * | `engrave` | ENGRAVE, ENGRAVING, GRAVUR, GRAVURE, MARK, MARKING, MARQUAGE, BESCHRIFTUNG, TEXT, TEXTE |
 * | `ignore`  | DIM, DIMENSION, BEMASSUNG, COTATION, COTE, MASS, TITLE, TITLEBLOCK, SCHRIFTFELD, CARTOUCHE, RAHMEN, FRAME, BORDER, CONSTRUCTION, KONSTRUKTION, HILFSLINIE, HILFSLINIEN, AXIS, AXES, AXE, ACHSE, CENTER, CENTRE, MITTELLINIE, DEFPOINTS |
 */
export const LAYER_KEYWORDS: Readonly<Record<Exclude<LayerRole, 'cut'>, readonly string[]>> = {
  bend: ['BEND', 'BIEGE', 'BIEGUNG', 'KANT', 'KANTUNG', 'PLI', 'PLIAGE'],
  engrave: ['ENGRAVE', 'ENGRAVING', 'GRAVUR', 'GRAVURE', 'MARK', 'MARKING', 'MARQUAGE', 'BESCHRIFTUNG', 'TEXT', 'TEXTE'],
  ignore: [
    'DIM', 'DIMENSION', 'BEMASSUNG', 'COTATION', 'COTE', 'MASS', 'TITLE', 'TITLEBLOCK', 'SCHRIFTFELD', 'CARTOUCHE', 'RAHMEN',
    'FRAME', 'BORDER', 'CONSTRUCTION', 'KONSTRUKTION', 'HILFSLINIE', 'HILFSLINIEN', 'AXIS', 'AXES', 'AXE', 'ACHSE', 'CENTER',
    'CENTRE', 'MITTELLINIE', 'DEFPOINTS',
  ],
};

/** Endings a keyword may carry and still match (plurals, "…line"): `BENDS`, `BIEGELINIE`, `KANTEN`. */
export const SUFFIXES = ['', 'S', 'E', 'EN', 'ES', 'N', 'LINE', 'LINES', 'LINIE', 'LINIEN', 'ZEILE', 'ZEILEN'];

const KEYWORD_ROLE = new Map<string, LayerRole>();
for (const role of ['bend', 'engrave', 'ignore'] as const) {
  for (const k of LAYER_KEYWORDS[role]) for (const s of SUFFIXES) if (!KEYWORD_ROLE.has(k + s)) KEYWORD_ROLE.set(k + s, role);
}

/**
 * The role a layer's name suggests.
 * @example roleFromName('Biegelinien') // 'bend'
 * @example roleFromName('DIMENSIONS') // 'ignore'
 * @example roleFromName('Kontur') // 'cut'
 */
export function roleFromName(name: string): LayerRole {
  const words = name.toUpperCase().split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u);
  for (const w of words) {
    const role = w && KEYWORD_ROLE.get(w);
    if (role) return role;
  }
  return 'cut';
}

/** A layer's role and, when it is left out, why. */
export interface LayerDecision {
  role: LayerRole;
  reason?: LayerIgnoreReason;
}

/** Check `AnalyzeOptions.layers`: every value one of the four roles. */
export function checkLayerOverrides(layers: unknown): Record<string, LayerRole> | undefined {
  if (layers === undefined || layers === null) return undefined;
  if (typeof layers !== 'object' || Array.isArray(layers)) {
    throw new KerfError('INVALID_OPTION', 'The layers option must map layer names to cut, engrave, bend or ignore.');
  }
  const out: Record<string, LayerRole> = Object.create(null) as Record<string, LayerRole>;
  for (const [name, role] of Object.entries(layers as Record<string, unknown>)) {
    if (!LAYER_ROLES.includes(role as LayerRole)) {
      throw new KerfError('INVALID_OPTION', `Layer "${name}": the role must be cut, engrave, bend or ignore (got ${JSON.stringify(role)}).`);
    }
    out[name] = role as LayerRole;
  }
  return out;
}

/**
 * Decides each layer's role once: an override of the call first (by exact name, then ignoring
 * case), then a frozen or off state in the layer table, then the name.
 */
export class LayerRoles {
  private readonly decided = new Map<string, LayerDecision>();
  private readonly states = new Map<string, LayerState>();
  private readonly upper = new Map<string, LayerRole>();

  constructor(table: readonly LayerState[], private readonly overrides: Record<string, LayerRole> = {}) {
    for (const s of table) {
      // the last record of a name wins, as in CAD programs reading a duplicated table entry
      this.states.set(s.name, s);
      this.states.set(s.name.toUpperCase(), s);
    }
    for (const [name, role] of Object.entries(overrides)) this.upper.set(name.toUpperCase(), role);
  }

  decide(name: string): LayerDecision {
    let d = this.decided.get(name);
    if (d) return d;
    const forced = Object.prototype.hasOwnProperty.call(this.overrides, name) ? this.overrides[name] : this.upper.get(name.toUpperCase());
    if (forced) d = forced === 'ignore' ? { role: 'ignore', reason: 'option' } : { role: forced };
    else {
      // DXF layer names are case-insensitive
      const s = this.states.get(name) ?? this.states.get(name.toUpperCase());
      if (s?.frozen) d = { role: 'ignore', reason: 'frozen' };
      else if (s?.off) d = { role: 'ignore', reason: 'off' };
      else {
        const role = roleFromName(name);
        d = role === 'ignore' ? { role, reason: 'name' } : { role };
      }
    }
    this.decided.set(name, d);
    return d;
  }
}

/** Where the packed record at `r` ends (the next record's offset); `to` ends the walk on an unknown kind. */
export function recordEnd(d: Float64Array, r: number, to: number): number {
  switch (d[r]) {
    case KIND_LINE: return r + 5;
    case KIND_ARC: return r + 10;
    case KIND_ELLIPSE: return r + 9;
    case KIND_SPLINE: return r + 4 + d[r + 3] + 3 * d[r + 2];
    default: return to;
  }
}

/** Each record's length from `from` to `to`, appended to `out` (bend lines: one length per bend). */
export function recordLengths(d: Float64Array, from: number, to: number, out: number[]): void {
  for (let r = from; r < to;) {
    const next = recordEnd(d, r, to);
    out.push(recordsLength(d, r, next));
    r = next;
  }
}

/** Pieces an ellipse or spline span is measured in (chords; relative error about 1e-5 on smooth curves). */
const PIECES = 64;

/**
 * Length of the records of a packed buffer from `from` to `to` (mm): lines and arcs exact,
 * ellipses and splines as a polyline of {@link PIECES} chords per span. Duplicates are not
 * merged (the core does that only for cut geometry).
 */
export function recordsLength(d: Float64Array, from: number, to: number): number {
  let len = 0;
  for (let r = from; r < to;) {
    switch (d[r]) {
      case KIND_LINE:
        len += Math.hypot(d[r + 3] - d[r + 1], d[r + 4] - d[r + 2]);
        r += 5;
        break;
      case KIND_ARC:
        len += Math.abs(d[r + 3] * d[r + 5]);
        r += 10;
        break;
      case KIND_ELLIPSE: {
        const cx = d[r + 1], cy = d[r + 2], ux = d[r + 3], uy = d[r + 4], vx = d[r + 5], vy = d[r + 6], t0 = d[r + 7], t1 = d[r + 8];
        let px = cx + ux * Math.cos(t0) + vx * Math.sin(t0), py = cy + uy * Math.cos(t0) + vy * Math.sin(t0);
        const n = PIECES * Math.max(1, Math.ceil((t1 - t0) / (Math.PI / 2)));
        for (let i = 1; i <= n; i++) {
          const t = t0 + ((t1 - t0) * i) / n, c = Math.cos(t), s = Math.sin(t);
          const x = cx + ux * c + vx * s, y = cy + uy * c + vy * s;
          len += Math.hypot(x - px, y - py);
          px = x; py = y;
        }
        r += 9;
        break;
      }
      case KIND_SPLINE: {
        const deg = d[r + 1], nc = d[r + 2], nk = d[r + 3];
        const ev = new SplineEval(d, deg, nc, r + 4, r + 4 + nk);
        const k0 = d[r + 4 + deg], k1 = d[r + 4 + nc];
        const n = PIECES * Math.max(1, nc - deg);
        ev.at(k0);
        let px = ev.x, py = ev.y;
        for (let i = 1; i <= n; i++) {
          ev.at(k0 + ((k1 - k0) * i) / n);
          const l = Math.hypot(ev.x - px, ev.y - py);
          if (Number.isFinite(l)) len += l;
          px = ev.x; py = ev.y;
        }
        r += 4 + nk + 3 * nc;
        break;
      }
      default:
        return len;
    }
  }
  return len;
}
