import { KerfError } from '../errors.js';
import type { LengthUnit } from '../types.js';

/** Millimetres per unit, by `$INSUNITS` code. Astronomical and unknown codes are refused. */
const INSUNITS: Record<number, [LengthUnit, number]> = {
  1: ['in', 25.4],
  2: ['ft', 304.8],
  3: ['mi', 1609344],
  4: ['mm', 1],
  5: ['cm', 10],
  6: ['m', 1000],
  7: ['km', 1e6],
  8: ['uin', 25.4e-6],
  9: ['mil', 0.0254],
  10: ['yd', 914.4],
  11: ['angstrom', 1e-7],
  12: ['nm', 1e-6],
  13: ['um', 1e-3],
  14: ['dm', 100],
  15: ['dam', 1e4],
  16: ['hm', 1e5],
  21: ['us-ft', 1200000 / 3937],
};

/** Units a user may force with `--units` / `options.units`. */
export const OVERRIDE_UNITS: Record<string, number> = { mm: 1, cm: 10, m: 1000, in: 25.4, ft: 304.8 };

export interface ResolvedUnits {
  sourceUnits: LengthUnit | 'unitless';
  /** Millimetres per drawing unit. */
  factor: number;
  unitless: boolean;
}

/**
 * Decide the drawing's units: an explicit override wins; else `$INSUNITS`; a drawing without
 * units is read as millimetres and flagged.
 */
export function resolveUnits(insunits: unknown, override: string | undefined): ResolvedUnits {
  if (override !== undefined && override !== 'auto') {
    const factor = Object.hasOwn(OVERRIDE_UNITS, override) ? OVERRIDE_UNITS[override] : undefined;
    if (factor === undefined) {
      throw new KerfError('UNSUPPORTED_UNITS', `Unknown units "${override}": use auto, mm, cm, m, in or ft.`);
    }
    return { sourceUnits: override as LengthUnit, factor, unitless: false };
  }
  const code = typeof insunits === 'number' ? insunits : insunits === undefined ? 0 : Number(insunits);
  if (!code) return { sourceUnits: 'unitless', factor: 1, unitless: true };
  const known = Object.hasOwn(INSUNITS, code) ? INSUNITS[code] : undefined;
  if (!known) {
    throw new KerfError(
      'UNSUPPORTED_UNITS',
      `The drawing's units ($INSUNITS ${code}) cannot be converted to millimetres: save it in mm or inches, or pass units explicitly.`,
    );
  }
  return { sourceUnits: known[0], factor: known[1], unitless: false };
}
