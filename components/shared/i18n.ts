/**
 * Localization as typed tables (STYLE.md 13): each component keeps one table per language in its
 * folder, the same keys in each (a missing key is a compile error); numbers, money and dates go
 * through Intl in the element's language.
 */
export const LANGS = ['en', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** The element's language: its `lang` attribute, else the closest ancestor's, else the page's. */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const l = node.getAttribute('lang')?.slice(0, 2).toLowerCase();
    if (isLang(l)) return l;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language?.slice(0, 2) : undefined;
  return isLang(nav) ? nav : 'en';
}

/** A component's tables: `table.en` is the shape, `de` and `fr` must match it. */
export type Tables<T> = { en: T; de: T; fr: T };

const LOCALES: Record<Lang, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], opts)));
  return f;
}

/** Formatters for one language. */
export function formats(lang: Lang) {
  return {
    locale: LOCALES[lang],
    /** Integer cents → "1.234,56 €". */
    money: (cents: number | null | undefined, currency = 'EUR') =>
      cents === null || cents === undefined ? '—' : nf(lang, { style: 'currency', currency }).format(cents / 100),
    number: (v: number, digits = 0) => nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v),
    mm: (v: number) => `${nf(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v)} mm`,
    mm2: (v: number) => `${nf(lang, { maximumFractionDigits: 0 }).format(v)} mm²`,
    kg: (v: number) => `${nf(lang, { maximumFractionDigits: v < 10 ? 3 : 1 }).format(v)} kg`,
    percent: (v: number) => nf(lang, { style: 'percent', maximumFractionDigits: 0 }).format(v),
    /** `YYYY-MM-DD` or epoch ms → a date in the language's style. */
    date: (v: string | number | null | undefined) => {
      if (v === null || v === undefined || v === '') return '—';
      const d = typeof v === 'number' ? new Date(v) : new Date(`${v}T12:00:00Z`);
      return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(d);
    },
    dateTime: (v: number) => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(v)),
  };
}
export type Formats = ReturnType<typeof formats>;
