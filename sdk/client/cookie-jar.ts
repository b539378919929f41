/**
 * Cookies for clients that have no browser: Node scripts, tests, server-to-server calls. A
 * browser keeps the session cookie itself (and hides Set-Cookie from scripts), so a page needs no
 * jar; in Node, `fetch` keeps no cookies, so without a jar every call would be signed out.
 */

/**
 * Where a client keeps cookies between calls: it hands over each answer's Set-Cookie lines and
 * asks for the Cookie header of each request. Plug in your own (a file, tough-cookie, …) or use
 * {@link MemoryCookieJar}.
 * @example
 * const jar: CookieJar = new MemoryCookieJar();
 * const client = createKerfClient({ baseUrl: 'https://portal.example', cookies: jar });
 */
export interface CookieJar {
  /** The `Cookie` header for a request to `url`, or undefined when no cookie applies. */
  cookieHeader(url: string): string | undefined;
  /** Keep the cookies of an answer from `url` (one Set-Cookie line each). */
  store(url: string, setCookies: readonly string[]): void;
}

interface StoredCookie {
  name: string;
  value: string;
  host: string;
  /** Domain attribute given: sent to subdomains too. */
  domainMatch: boolean;
  path: string;
  secure: boolean;
  /** Epoch ms, or Infinity for a session cookie. */
  expires: number;
}

function defaultPath(pathname: string): string {
  const i = pathname.lastIndexOf('/');
  return i <= 0 ? '/' : pathname.slice(0, i);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/**
 * Split a `Set-Cookie` header that a runtime joined with commas (when `getSetCookie()` is
 * missing): a comma starts a new cookie only where `name=` follows, not inside an Expires date.
 * @example
 * splitSetCookie('a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=2') // ['a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT', 'b=2']
 */
export function splitSetCookie(joined: string): string[] {
  return joined.split(/,(?=\s*[^;,=\s]+=)/).map((s) => s.trim()).filter(Boolean);
}

/**
 * A cookie jar in memory, enough for a session cookie: it honours Path, Domain, Secure, Max-Age
 * and Expires, and forgets a cookie that is cleared (Max-Age=0). One jar per signed-in user.
 * @example
 * const client = createKerfClient({ baseUrl: 'http://localhost:8787', cookies: new MemoryCookieJar() });
 * await client.auth.login({ customerNumber: '10001', email: 'buyer@acme.example', password: 'kerf-demo-2026' });
 * await client.parts.list(); // sends the session cookie
 */
export class MemoryCookieJar implements CookieJar {
  private cookies: StoredCookie[] = [];

  /** @param now the clock that decides expiry (epoch ms; tests move it). */
  constructor(private readonly now: () => number = Date.now) {}

  cookieHeader(url: string): string | undefined {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    const secureOk = u.protocol === 'https:' || host === 'localhost' || host === '127.0.0.1';
    const now = this.now();
    this.cookies = this.cookies.filter((c) => c.expires > now);
    const sent = this.cookies
      .filter((c) => (c.domainMatch ? host === c.host || host.endsWith('.' + c.host) : host === c.host))
      .filter((c) => pathMatches(u.pathname, c.path) && (!c.secure || secureOk))
      // longer paths first (RFC 6265 5.4)
      .sort((a, b) => b.path.length - a.path.length);
    return sent.length ? sent.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
  }

  store(url: string, setCookies: readonly string[]): void {
    const u = new URL(url);
    const now = this.now();
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const cookie: StoredCookie = {
        name: pair.slice(0, eq).trim(),
        value: pair.slice(eq + 1).trim(),
        host: u.hostname.toLowerCase(),
        domainMatch: false,
        path: defaultPath(u.pathname),
        secure: false,
        expires: Infinity,
      };
      let maxAge: number | undefined;
      for (const attr of attrs) {
        const i = attr.indexOf('=');
        const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
        const val = i < 0 ? '' : attr.slice(i + 1).trim();
        if (key === 'max-age' && /^-?\d+$/.test(val)) maxAge = Number(val);
        else if (key === 'expires') {
          const t = Date.parse(val);
          if (!Number.isNaN(t)) cookie.expires = t;
        } else if (key === 'path' && val.startsWith('/')) cookie.path = val;
        else if (key === 'domain' && val) {
          const d = val.replace(/^\./, '').toLowerCase();
          // a server may only set cookies for its own domain (or a parent of it)
          if (cookie.host !== d && !cookie.host.endsWith('.' + d)) continue;
          cookie.host = d;
          cookie.domainMatch = true;
        } else if (key === 'secure') cookie.secure = true;
      }
      if (maxAge !== undefined) cookie.expires = maxAge <= 0 ? 0 : now + maxAge * 1000; // Max-Age wins over Expires
      this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.host === cookie.host && c.path === cookie.path));
      if (cookie.expires > now) this.cookies.push(cookie);
    }
  }

  /** Forget every cookie (sign out locally). */
  clear(): void {
    this.cookies = [];
  }
}
