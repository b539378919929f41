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
};
