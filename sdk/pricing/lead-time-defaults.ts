// The delivery options a shop offers when its profile names none, in a module of their own so
// that pages showing them do not load the profile's schemas.
import type { LeadTime } from './lead-time.js';

export const DEFAULT_LEAD_TIMES: LeadTime[] = [
  { code: 'standard', label: 'Standard', workingDays: 7, adjustment: 0 },
  { code: 'express', label: 'Express', workingDays: 3, adjustment: 0.3 },
  { code: 'economy', label: 'Economy', workingDays: 12, adjustment: -0.05 },
];
