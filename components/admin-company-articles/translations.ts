import type { Tables } from '../shared/i18n.js';

export type PriceKind = 'base' | 'fixed' | 'discount';

export interface AdminCompanyArticlesTexts {
  title: string; intro: string; visibleCount: (visible: number, all: number) => string;
  categories: string; category: string; published: string; discount: string; save: string;
  categoryPublished: (name: string) => string; categoryDiscount: (name: string) => string; saveCategory: (name: string) => string;
  articles: string; filter: string; show: string; showAll: string; showVisible: string; shown: (n: number, of: number) => string; noMatch: string;
  article: string; publication: string; publicationOf: (n: string) => string; publish: Record<'inherit' | 'true' | 'false', string>;
  price: string; priceKindOf: (n: string) => string; kinds: Record<PriceKind, string>;
  amountOf: (n: string, kind: PriceKind, currency: string) => string; fixedIn: (currency: string) => string; discountPct: string;
  customerNumber: string; customerName: string; customerNumberOf: (n: string) => string; customerNameOf: (n: string) => string;
  companyPrice: string; listPrice: (p: string) => string; viaCategory: (d: string) => string; visible: string; notVisible: string; inactive: string;
  saveArticle: (n: string) => string; saved: (what: string) => string;
  notAmount: string; notPercent: string;
}

const en: AdminCompanyArticlesTexts = {
  title: 'Catalog articles', intro: 'Publish whole categories (with a discount) or single articles (at a fixed price or a discount); the company sees them at its price, with its own number and name beside the shop’s.',
  visibleCount: (v, a) => `${v} of ${a} articles are visible to this company.`,
  categories: 'Categories', category: 'Category', published: 'Published', discount: 'Discount (%)', save: 'Save',
  categoryPublished: (n) => `${n}: published`, categoryDiscount: (n) => `${n}: discount (%)`, saveCategory: (n) => `Save the category ${n}`,
  articles: 'Articles', filter: 'Filter by number or name', show: 'Show', showAll: 'All articles', showVisible: 'Visible to the company',
  shown: (n, of) => `Showing ${n} of ${of}; filter to narrow.`, noMatch: 'No article matches.',
  article: 'Article', publication: 'Published', publicationOf: (n) => `${n}: published`,
  publish: { inherit: 'As its category', true: 'Published', false: 'Hidden' },
  price: 'Price', priceKindOf: (n) => `${n}: price`, kinds: { base: 'List price', fixed: 'Fixed price', discount: 'Discount' },
  amountOf: (n, k, c) => `${n}: ${k === 'fixed' ? `fixed price (${c})` : k === 'discount' ? 'discount (%)' : 'amount'}`, fixedIn: (c) => `Fixed price (${c})`, discountPct: 'Discount (%)',
  customerNumber: 'Customer’s number', customerName: 'Customer’s name', customerNumberOf: (n) => `${n}: customer’s number`, customerNameOf: (n) => `${n}: customer’s name`,
  companyPrice: 'Company’s price', listPrice: (p) => `List ${p}`, viaCategory: (d) => `category −${d} %`, visible: 'Visible', notVisible: 'Not visible', inactive: 'Inactive',
  saveArticle: (n) => `Save ${n}`, saved: (w) => `${w} saved.`,
  notAmount: 'Enter an amount, e.g. 6.90.', notPercent: 'Enter a percentage from 0 to 100.',
};

const de: AdminCompanyArticlesTexts = {
  title: 'Katalogartikel', intro: 'Geben Sie ganze Kategorien (mit Rabatt) oder einzelne Artikel (zum Festpreis oder mit Rabatt) frei; die Firma sieht sie zu ihrem Preis, mit ihrer eigenen Nummer und Bezeichnung neben denen des Betriebs.',
  visibleCount: (v, a) => `${v} von ${a} Artikeln sind für diese Firma sichtbar.`,
  categories: 'Kategorien', category: 'Kategorie', published: 'Freigegeben', discount: 'Rabatt (%)', save: 'Speichern',
  categoryPublished: (n) => `${n}: freigegeben`, categoryDiscount: (n) => `${n}: Rabatt (%)`, saveCategory: (n) => `Kategorie ${n} speichern`,
  articles: 'Artikel', filter: 'Nach Nummer oder Bezeichnung filtern', show: 'Anzeigen', showAll: 'Alle Artikel', showVisible: 'Für die Firma sichtbare',
  shown: (n, of) => `${n} von ${of} angezeigt; filtern Sie, um einzugrenzen.`, noMatch: 'Kein Artikel passt.',
  article: 'Artikel', publication: 'Freigabe', publicationOf: (n) => `${n}: Freigabe`,
  publish: { inherit: 'Wie die Kategorie', true: 'Freigegeben', false: 'Ausgeblendet' },
  price: 'Preis', priceKindOf: (n) => `${n}: Preis`, kinds: { base: 'Listenpreis', fixed: 'Festpreis', discount: 'Rabatt' },
  amountOf: (n, k, c) => `${n}: ${k === 'fixed' ? `Festpreis (${c})` : k === 'discount' ? 'Rabatt (%)' : 'Betrag'}`, fixedIn: (c) => `Festpreis (${c})`, discountPct: 'Rabatt (%)',
  customerNumber: 'Nummer des Kunden', customerName: 'Bezeichnung des Kunden', customerNumberOf: (n) => `${n}: Nummer des Kunden`, customerNameOf: (n) => `${n}: Bezeichnung des Kunden`,
  companyPrice: 'Preis der Firma', listPrice: (p) => `Liste ${p}`, viaCategory: (d) => `Kategorie −${d} %`, visible: 'Sichtbar', notVisible: 'Nicht sichtbar', inactive: 'Inaktiv',
  saveArticle: (n) => `${n} speichern`, saved: (w) => `${w} gespeichert.`,
  notAmount: 'Geben Sie einen Betrag ein, z. B. 6,90.', notPercent: 'Geben Sie einen Prozentsatz von 0 bis 100 ein.',
};

const fr: AdminCompanyArticlesTexts = {
  title: 'Articles du catalogue', intro: 'Publiez des catégories entières (avec une remise) ou des articles (à prix fixe ou avec une remise) ; l’entreprise les voit à son prix, avec sa propre référence et sa désignation à côté de celles de l’atelier.',
  visibleCount: (v, a) => `${v} articles sur ${a} sont visibles pour cette entreprise.`,
  categories: 'Catégories', category: 'Catégorie', published: 'Publiée', discount: 'Remise (%)', save: 'Enregistrer',
  categoryPublished: (n) => `${n} : publiée`, categoryDiscount: (n) => `${n} : remise (%)`, saveCategory: (n) => `Enregistrer la catégorie ${n}`,
  articles: 'Articles', filter: 'Filtrer par référence ou désignation', show: 'Afficher', showAll: 'Tous les articles', showVisible: 'Visibles pour l’entreprise',
  shown: (n, of) => `${n} sur ${of} affichés ; filtrez pour réduire.`, noMatch: 'Aucun article ne correspond.',
  article: 'Article', publication: 'Publication', publicationOf: (n) => `${n} : publication`,
  publish: { inherit: 'Selon sa catégorie', true: 'Publié', false: 'Masqué' },
  price: 'Prix', priceKindOf: (n) => `${n} : prix`, kinds: { base: 'Prix catalogue', fixed: 'Prix fixe', discount: 'Remise' },
  amountOf: (n, k, c) => `${n} : ${k === 'fixed' ? `prix fixe (${c})` : k === 'discount' ? 'remise (%)' : 'montant'}`, fixedIn: (c) => `Prix fixe (${c})`, discountPct: 'Remise (%)',
  customerNumber: 'Référence du client', customerName: 'Désignation du client', customerNumberOf: (n) => `${n} : référence du client`, customerNameOf: (n) => `${n} : désignation du client`,
  companyPrice: 'Prix de l’entreprise', listPrice: (p) => `Catalogue ${p}`, viaCategory: (d) => `catégorie −${d} %`, visible: 'Visible', notVisible: 'Non visible', inactive: 'Inactif',
  saveArticle: (n) => `Enregistrer ${n}`, saved: (w) => `${w} enregistré.`,
  notAmount: 'Saisissez un montant, p. ex. 6,90.', notPercent: 'Saisissez un pourcentage de 0 à 100.',
};

export const TEXTS: Tables<AdminCompanyArticlesTexts> = { en, de, fr };
