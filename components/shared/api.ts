/**
 * How components reach the portal API. In the portal, `kerf-portal` provides one client and the
 * session through `@lit/context`; a component embedded on its own builds a client from its `api`
 * (and `embed-key`) attributes.
 */
import { consume, createContext } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { createKerfClient, type KerfClient } from '../../sdk/client/client.js';
import type { Session } from '../../sdk/client/types.js';
import { KerfElement } from './kerf-element.js';

export interface ApiHandle {
  client: KerfClient;
  /** The signed-in user, companies and rights; null when signed out. */
  session: Session | null;
  /** Reload the session (after sign-in, company switch, sign-out). */
  refresh(): Promise<void>;
  /** The portal's base URL ('' = this page's origin). */
  base: string;
}

export const apiContext = createContext<ApiHandle | undefined>(Symbol('kerf-api'));

const clients = new Map<string, KerfClient>();
/** One client per base URL and key, shared by every element on the page. */
export function sharedClient(base: string, embedKey?: string): KerfClient {
  const key = `${base}|${embedKey ?? ''}`;
  let c = clients.get(key);
  if (!c) clients.set(key, (c = createKerfClient({ baseUrl: base || globalThis.location?.origin || '', embedKey: embedKey || undefined, credentials: 'include' })));
  return c;
}

/** A Kerf element that talks to the API. */
export class ApiElement extends KerfElement {
  /** Base URL of the Kerf portal (`https://portal.example.com`); empty = this page's origin. */
  @property({ reflect: true }) api?: string;
  /** Key of the shop's public site for anonymous quotes (`X-Kerf-Key`). */
  @property({ attribute: 'embed-key' }) embedKey?: string;

  /** Provided by `kerf-portal`. */
  @consume({ context: apiContext, subscribe: true })
  @state()
  protected handle?: ApiHandle;

  /** The client: the portal's, or one of this element's own. */
  protected get client(): KerfClient {
    return this.handle?.client ?? sharedClient(this.api ?? '', this.embedKey);
  }

  /** The session this element loaded itself when no portal shares one (see ensureSession). */
  @state() protected ownSession: Session | null = null;

  /** The session: the portal's, or the one this element loaded on its own. */
  protected get session(): Session | null {
    return this.handle?.session ?? this.ownSession;
  }

  /** Outside a portal, load the session once (its rights decide what the element offers). */
  protected async ensureSession(signal?: AbortSignal): Promise<void> {
    if (!this.handle && !this.ownSession) this.ownSession = await this.client.auth.me({ signal });
  }

  protected hasRight(right: string): boolean {
    return !!this.session?.rights.includes(right as never);
  }
}
