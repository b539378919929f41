import type { Tables } from '../shared/i18n.js';

export interface CatalogTexts {
  title: string;
  searchLabel: string;
  searchPlaceholder: string;
  categoryLabel: string;
  allCategories: string;
  categoryOption: (name: string, n: number) => string;
  favoritesOnly: string;
  sortLabel: string;
  sorts: { category: string; number: string; name: string; price: string; '-price': string };
  total: (n: number) => string;
  empty: string;
  noMatch: string;
  noFavorites: string;
  showAll: string;
  image: (name: string) => string;
  yourReference: string;
  price: string;
  listPrice: string;
  perUnit: (price: string, unit: string) => string;
  discount: (percent: string) => string;
  yourPrice: string;
  breaks: (name: string) => string;
  fromQuantity: (quantity: string, unit: string) => string;
  inStock: (n: string, unit: string) => string;
  outOfStock: string;
  outsideAssortment: string;
  favorite: (name: string) => string;
  favoriteText: string;
  favoriteAdded: (name: string) => string;
  favoriteRemoved: (name: string) => string;
  quantity: (name: string) => string;
  lineTotal: (total: string, each: string) => string;
  addToBasket: string;
  added: (quantity: string, unit: string, name: string) => string;
  badQuantity: string;
  pageOf: (page: number, pages: number) => string;
  pagination: string;
  /** Units as the shop writes them (`pc`, `box`, `h`); an unknown unit is shown as it is. */
  units: Record<string, string>;
}

const en: CatalogTexts = {
  title: 'Catalog',
  searchLabel: 'Search the catalog',
  searchPlaceholder: 'Article number, name or your own number',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  categoryOption: (name, n) => `${name} (${n})`,
  favoritesOnly: 'Only my favourites',
  sortLabel: 'Sort by',
  sorts: { category: 'Category', number: 'Article number', name: 'Name', price: 'Price, lowest first', '-price': 'Price, highest first' },
  total: (n) => (n === 1 ? '1 article' : `${n} articles`),
  empty: 'No articles are offered to your company yet. Your sales representative can tell you more.',
  noMatch: 'No articles match the search and filters.',
  noFavorites: 'You have no favourites here yet: mark articles with the star to find them again quickly.',
  showAll: 'Show all articles',
  image: (name) => `Picture of ${name}`,
  yourReference: 'Your reference',
  price: 'Price',
  listPrice: 'List price',
  perUnit: (price, unit) => `${price} / ${unit}`,
  discount: (p) => `${p} off`,
  yourPrice: 'Your price',
  breaks: (name) => `Quantity prices of ${name}`,
  fromQuantity: (q, unit) => `from ${q} ${unit}`,
  inStock: (n, unit) => `${n} ${unit} in stock`,
  outOfStock: 'Out of stock',
  outsideAssortment: 'Not in your assortment: an order of it may need approval.',
  favorite: (name) => `Favourite: ${name}`,
  favoriteText: 'Favourite',
  favoriteAdded: (name) => `${name} is now among your favourites.`,
  favoriteRemoved: (name) => `${name} was taken off your favourites.`,
  quantity: (name) => `Quantity of ${name}`,
  lineTotal: (total, each) => `${total} (${each} each)`,
  addToBasket: 'Add to basket',
  added: (q, unit, name) => `${q} ${unit} × ${name} added to the basket.`,
  badQuantity: 'Enter a whole number of at least 1.',
  pageOf: (p, n) => `Page ${p} of ${n}`,
  pagination: 'Pages',
  units: { pc: 'pc', box: 'box', h: 'h', m: 'm', kg: 'kg', set: 'set' },
};

const de: CatalogTexts = {
  title: 'Katalog',
  searchLabel: 'Katalog durchsuchen',
  searchPlaceholder: 'Artikelnummer, Bezeichnung oder Ihre eigene Nummer',
  categoryLabel: 'Kategorie',
  allCategories: 'Alle Kategorien',
  categoryOption: (name, n) => `${name} (${n})`,
  favoritesOnly: 'Nur meine Favoriten',
  sortLabel: 'Sortieren nach',
  sorts: { category: 'Kategorie', number: 'Artikelnummer', name: 'Bezeichnung', price: 'Preis aufsteigend', '-price': 'Preis absteigend' },
  total: (n) => (n === 1 ? '1 Artikel' : `${n} Artikel`),
  empty: 'Ihrer Firma sind noch keine Artikel freigegeben. Ihr Ansprechpartner im Vertrieb hilft Ihnen gern weiter.',
  noMatch: 'Keine Artikel passen zu Suche und Filtern.',
  noFavorites: 'Hier haben Sie noch keine Favoriten: Markieren Sie Artikel mit dem Stern, um sie schnell wiederzufinden.',
  showAll: 'Alle Artikel zeigen',
  image: (name) => `Bild von ${name}`,
  yourReference: 'Ihre Referenz',
  price: 'Preis',
  listPrice: 'Listenpreis',
  perUnit: (price, unit) => `${price} / ${unit}`,
  discount: (p) => `${p} Rabatt`,
  yourPrice: 'Ihr Preis',
  breaks: (name) => `Staffelpreise von ${name}`,
  fromQuantity: (q, unit) => `ab ${q} ${unit}`,
  inStock: (n, unit) => `${n} ${unit} auf Lager`,
  outOfStock: 'Nicht auf Lager',
  outsideAssortment: 'Nicht in Ihrem Sortiment: eine Bestellung braucht womöglich eine Freigabe.',
  favorite: (name) => `Favorit: ${name}`,
  favoriteText: 'Favorit',
  favoriteAdded: (name) => `${name} ist jetzt unter Ihren Favoriten.`,
  favoriteRemoved: (name) => `${name} ist nicht mehr unter Ihren Favoriten.`,
  quantity: (name) => `Menge von ${name}`,
  lineTotal: (total, each) => `${total} (je ${each})`,
  addToBasket: 'In den Warenkorb',
  added: (q, unit, name) => `${q} ${unit} × ${name} in den Warenkorb gelegt.`,
  badQuantity: 'Bitte eine ganze Zahl ab 1 eingeben.',
  pageOf: (p, n) => `Seite ${p} von ${n}`,
  pagination: 'Seiten',
  units: { pc: 'Stk.', box: 'Pck.', h: 'Std.', m: 'm', kg: 'kg', set: 'Satz' },
};

const fr: CatalogTexts = {
  title: 'Catalogue',
  searchLabel: 'Rechercher dans le catalogue',
  searchPlaceholder: 'Référence, désignation ou votre propre référence',
  categoryLabel: 'Catégorie',
  allCategories: 'Toutes les catégories',
  categoryOption: (name, n) => `${name} (${n})`,
  favoritesOnly: 'Seulement mes favoris',
  sortLabel: 'Trier par',
  sorts: { category: 'Catégorie', number: 'Référence', name: 'Désignation', price: 'Prix croissant', '-price': 'Prix décroissant' },
  total: (n) => (n <= 1 ? `${n} article` : `${n} articles`),
  empty: 'Aucun article n’est encore proposé à votre entreprise. Votre commercial vous renseignera volontiers.',
  noMatch: 'Aucun article ne correspond à la recherche et aux filtres.',
  noFavorites: 'Vous n’avez pas encore de favoris ici : marquez des articles d’une étoile pour les retrouver rapidement.',
  showAll: 'Afficher tous les articles',
  image: (name) => `Image de ${name}`,
  yourReference: 'Votre référence',
  price: 'Prix',
  listPrice: 'Prix catalogue',
  perUnit: (price, unit) => `${price} / ${unit}`,
  discount: (p) => `${p} de remise`,
  yourPrice: 'Votre prix',
  breaks: (name) => `Prix dégressifs de ${name}`,
  fromQuantity: (q, unit) => `à partir de ${q} ${unit}`,
  inStock: (n, unit) => `${n} ${unit} en stock`,
  outOfStock: 'En rupture de stock',
  outsideAssortment: 'Hors de votre assortiment : une commande pourra demander une approbation.',
  favorite: (name) => `Favori : ${name}`,
  favoriteText: 'Favori',
  favoriteAdded: (name) => `${name} fait désormais partie de vos favoris.`,
  favoriteRemoved: (name) => `${name} ne fait plus partie de vos favoris.`,
  quantity: (name) => `Quantité de ${name}`,
  lineTotal: (total, each) => `${total} (${each} l’unité)`,
  addToBasket: 'Ajouter au panier',
  added: (q, unit, name) => `${q} ${unit} × ${name} ajouté(s) au panier.`,
  badQuantity: 'Saisissez un nombre entier d’au moins 1.',
  pageOf: (p, n) => `Page ${p} sur ${n}`,
  pagination: 'Pages',
  units: { pc: 'pce', box: 'boîte', h: 'h', m: 'm', kg: 'kg', set: 'jeu' },
};

export const TEXTS: Tables<CatalogTexts> = { en, de, fr };
