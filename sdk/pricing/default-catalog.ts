import type { CatalogInput } from './catalog.js';

/** Cutting data per thickness: [thickness mm, speed m/min, pierce time s]. */
type Row = [number, number, number];

function thicknesses(rows: Row[], minHoleFactor: number) {
  return rows.map(([thickness, mPerMin, pierceTime]) => ({
    thickness,
    cuttingSpeed: mPerMin * 1000,
    pierceTime,
    // the smallest hole a shop cuts cleanly is about the sheet thickness (never below 1 mm)
    minHoleDiameter: Math.max(1, Math.round(thickness * minHoleFactor * 10) / 10),
  }));
}

/**
 * The demo catalog (API.md's materials), with public figures of a ~6 kW fibre laser (DOMAIN.md):
 * mild steel 35 m/min at 1 mm down to 0.8 m/min at 20 mm; stainless and aluminium faster when thin
 * and falling off faster with thickness; pierce times from tenths of a second to seconds.
 * Prices per kg in cents. The operator replaces all of it with real figures.
 */
export const DEFAULT_CATALOG: CatalogInput = {
  currency: 'EUR',
  sheetFormats: [[3000, 1500]],
  materials: [
    {
      id: 'S235',
      name: { en: 'Structural steel S235', de: 'Baustahl S235', fr: 'Acier de construction S235' },
      density: 7850,
      pricePerKg: 130,
      thicknesses: thicknesses([
        [1, 35, 0.2], [1.5, 20, 0.25], [2, 7.5, 0.3], [2.5, 6.2, 0.35], [3, 5.2, 0.4], [4, 4.2, 0.6], [5, 3.8, 0.8],
        [6, 3.4, 1.0], [8, 2.8, 1.5], [10, 2.4, 2.0], [12, 2.0, 3.0], [15, 1.4, 4.0], [20, 0.8, 6.0],
      ], 1),
    },
    {
      id: '1.4301',
      name: { en: 'Stainless steel 1.4301', de: 'Edelstahl 1.4301', fr: 'Acier inoxydable 1.4301' },
      density: 7900,
      pricePerKg: 450,
      thicknesses: thicknesses([
        [1, 40, 0.2], [1.5, 30, 0.25], [2, 20, 0.3], [3, 10, 0.5], [4, 6, 0.8], [5, 4, 1.0], [6, 3, 1.4], [8, 1.6, 2.0],
        [10, 1.0, 2.5],
      ], 1),
    },
    {
      id: 'AlMg3',
      name: { en: 'Aluminium AlMg3', de: 'Aluminium AlMg3', fr: 'Aluminium AlMg3' },
      density: 2660,
      pricePerKg: 520,
      thicknesses: thicknesses([
        [1, 45, 0.2], [1.5, 35, 0.25], [2, 25, 0.3], [3, 14, 0.5], [4, 9, 0.7], [5, 6, 0.9], [6, 4.5, 1.2], [8, 2.5, 1.6],
        [10, 1.5, 2.0],
      ], 1),
    },
  ],
};
