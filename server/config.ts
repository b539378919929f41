/**
 * The server's settings, read from the environment once at boot and checked with zod: a typo in
 * a variable stops the start with a plain message instead of surfacing at the first request.
 */
import { z } from 'zod';

const bool = z.enum(['0', '1', 'true', 'false', 'yes', 'no', '']).transform((v) => v === '1' || v === 'true' || v === 'yes');

export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  KERF_DB_URL: z.string().min(1).default('file:kerf.db'),
  KERF_DB_TOKEN: z.string().optional(),
  KERF_DEMO: bool.default(false),
  KERF_PUBLIC_URL: z.string().url().optional(),
  KERF_SMTP_URL: z.string().optional(),
  KERF_MAIL_FROM: z.string().default('Kerf <portal@kerf.example>'),
  /** Trust X-Forwarded-For for the client address (behind a load balancer). */
  KERF_TRUST_PROXY: bool.default(false),
  KERF_LOG: z.enum(['requests', 'silent']).default('requests'),
  /** Other sites (origins, comma-separated) that embed the signed-in portal: CORS with credentials. */
  /** The letterhead of quotes and order confirmations (issue [7]); demo values when not set. */
  KERF_SHOP_NAME: z.string().optional(),
  /** Address lines separated by `;` (`Industriestraße 12; 70565 Stuttgart; Germany`). */
  KERF_SHOP_ADDRESS: z.string().optional(),
  KERF_SHOP_EMAIL: z.string().optional(),
  KERF_SHOP_PHONE: z.string().optional(),
  KERF_SHOP_VAT_ID: z.string().optional(),
  KERF_SHOP_BANK: z.string().optional(),
  /** VAT on quotes and confirmations, percent (default 19). */
  KERF_VAT_PERCENT: z.coerce.number().min(0).max(100).optional(),
  /** Days from an invoice to its due date when the shop gives none (default 30). */
  KERF_PAYMENT_TERMS_DAYS: z.coerce.number().int().min(0).max(365).optional(),
  KERF_PORTAL_ORIGINS: z.string().default('').transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean).map((o) => new URL(o).origin)),
});

export type Env = z.output<typeof EnvSchema>;

/** The settings createApp needs (tests pass them directly). */
export interface AppConfig {
  /** Where links in mails point and which origin may send state-changing requests. */
  publicUrl: string;
  trustProxy: boolean;
  /** Log one line per request to stdout. */
  logRequests: boolean;
  /**
   * Other origins that embed the signed-in portal (`<kerf-portal api=…>` on the shop's own site):
   * CORS with credentials for them, and the session cookie becomes SameSite=None; Secure.
   */
  portalOrigins: string[];
  /** The shop's letterhead on quotes and order confirmations (default: the demo shop's, DEMO_SHOP). */
  shop?: ShopLetterhead;
  /** VAT rate on quotes and confirmations: 0.19 = 19 % (default). */
  vatRate?: number;
  /** Days from an invoice's date to its due date when none is given (default 30). */
  paymentTermsDays?: number;
}

/** Who the shop is, as its documents print it. */
export interface ShopLetterhead {
  name: string;
  address: string[];
  email?: string;
  phone?: string;
  vatId?: string;
  bank?: string;
}

/** The demo shop's letterhead: what a quote shows until the operator sets KERF_SHOP_*. */
export const DEMO_SHOP: ShopLetterhead = {
  name: 'Kerf Laser GmbH',
  address: ['Industriestraße 12', '70565 Stuttgart', 'Germany'],
  email: 'quotes@kerf.example',
  phone: '+49 711 000000',
  vatId: 'DE123456789',
  bank: 'IBAN DE02 1203 0000 0000 2020 51',
};

/** The letterhead from the environment, each field the demo's where not set; undefined when no KERF_SHOP_* is set. */
export function shopFromEnv(env: Env): ShopLetterhead | undefined {
  if (!env.KERF_SHOP_NAME && !env.KERF_SHOP_ADDRESS && !env.KERF_SHOP_EMAIL && !env.KERF_SHOP_PHONE && !env.KERF_SHOP_VAT_ID && !env.KERF_SHOP_BANK) return undefined;
  return {
    name: env.KERF_SHOP_NAME || DEMO_SHOP.name,
    address: env.KERF_SHOP_ADDRESS ? env.KERF_SHOP_ADDRESS.split(';').map((l) => l.trim()).filter(Boolean) : DEMO_SHOP.address,
    email: env.KERF_SHOP_EMAIL || undefined,
    phone: env.KERF_SHOP_PHONE || undefined,
    vatId: env.KERF_SHOP_VAT_ID || undefined,
    bank: env.KERF_SHOP_BANK || undefined,
  };
}

/** @throws Error with every invalid variable named */
export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const r = EnvSchema.safeParse(env);
  if (!r.success) {
    throw new Error('Invalid environment: ' + r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return r.data;
}
