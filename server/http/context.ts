/** What every request carries through the app: dependencies, the signed-in user, a request id. */
import type { Db } from '../db/client.js';
import type { AppConfig } from '../config.js';
import type { Membership, Right, User } from '../db/schema.js';
import type { Mailer } from '../mail/mailer.js';

export interface Deps {
  db: Db;
  mailer: Mailer;
  /** Epoch ms; tests move it. */
  clock: () => number;
  config: AppConfig;
}

export interface Auth {
  user: User;
  tokenHash: string;
  /** The active customer company; null for operator staff. */
  companyId: number | null;
  membership: Membership | null;
  rights: ReadonlySet<Right>;
  staffRole: 'admin' | 'sales' | null;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    auth: Auth | null;
    requestId: string;
  };
}
