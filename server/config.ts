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
}

/** @throws Error with every invalid variable named */
export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const r = EnvSchema.safeParse(env);
  if (!r.success) {
    throw new Error('Invalid environment: ' + r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return r.data;
}
