import type { PricingProfile } from './profile.js';

/** The operator's default profile (demo figures, DOMAIN.md: laser hours 100–200 €/h). */
export const DEFAULT_PROFILE: PricingProfile = {
  currency: 'EUR',
  machineRatePerHour: 14000,
  setupCostPerLine: 1500,
  materialMarkup: 0.1,
  cuttingMarkup: 0,
  quantityBreaks: [
    { minQuantity: 10, discount: 0.05 },
    { minQuantity: 50, discount: 0.1 },
    { minQuantity: 250, discount: 0.15 },
    { minQuantity: 1000, discount: 0.2 },
  ],
  surcharges: [],
  minimumOrderValue: 2500,
  roundingStep: 1,
  partSpacing: 8,
  materialModel: 'sheet-share',
  scrapFactor: 0.25,
  finishing: {
    deburring: { perMetre: 60, secondsPerMetre: 6 },
    tapping: [
      { thread: 'M3', perHole: 60, secondsPerHole: 15 },
      { thread: 'M4', perHole: 60, secondsPerHole: 15 },
      { thread: 'M5', perHole: 70, secondsPerHole: 18 },
      { thread: 'M6', perHole: 80, secondsPerHole: 20 },
      { thread: 'M8', perHole: 100, secondsPerHole: 25 },
      { thread: 'M10', perHole: 130, secondsPerHole: 30 },
      { thread: 'M12', perHole: 160, secondsPerHole: 35 },
      { thread: 'M16', perHole: 220, secondsPerHole: 45 },
      { thread: 'M20', perHole: 300, secondsPerHole: 60 },
    ],
    countersinking: { perHole: 80, secondsPerHole: 20 },
    bending: [
      { maxThickness: 3, maxLength: 1000, perBend: 250, secondsPerBend: 40 },
      { maxThickness: 6, maxLength: 2000, perBend: 450, secondsPerBend: 60 },
      { maxThickness: 10, maxLength: 3000, perBend: 900, secondsPerBend: 90 },
    ],
    coating: [
      { kind: 'powder', label: 'Powder coating', perSquareMetre: 2400, minimumPerLine: 3500, colours: ['RAL 9005', 'RAL 9010', 'RAL 7016', 'RAL 3000', 'RAL 5010'], extraDays: 3 },
      { kind: 'anodize', label: 'Anodizing', perSquareMetre: 3200, minimumPerLine: 5000, colours: ['E6/EV1 natural', 'E6/C35 black'], extraDays: 5 },
    ],
  },
  leadTimes: [
    { code: 'standard', label: 'Standard', workingDays: 7, adjustment: 0 },
    { code: 'express', label: 'Express', workingDays: 3, adjustment: 0.3 },
    { code: 'economy', label: 'Economy', workingDays: 12, adjustment: -0.05 },
  ],
  holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-24', '2027-12-25', '2027-12-26', '2027-12-31'],
  quoteValidityDays: 30,
};
