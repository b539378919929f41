import type { Tables } from '../shared/i18n.js';

export interface PartsLibraryTexts {
  title: string;
  newPart: string;
  searchLabel: string;
  searchPlaceholder: string;
  sortLabel: string;
  sorts: { name: string; articleNumber: string; unitPrice: string; newest: string };
  total: (n: number) => string;
  empty: string;
  noMatch: (q: string) => string;
  preview: (name: string) => string;
  articleNumber: string;
  noArticleNumber: string;
  material: string;
  unitPrice: string;
  cutLength: string;
  weight: string;
  quantity: (name: string) => string;
  addToBasket: string;
  added: (quantity: number, name: string) => string;
  download: string;
  downloadLabel: (name: string) => string;
  actionsFor: (name: string) => string;
  editTitle: (name: string) => string;
  name: string;
  thickness: string;
  parameters: string;
  saved: (price: string) => string;
  priceAt: (quantity: number, price: string) => string;
  copied: (name: string) => string;
  deleteTitle: string;
  deleteText: (name: string) => string;
  deleted: (name: string) => string;
  loadingCatalog: string;
  pageOf: (page: number, pages: number) => string;
  pagination: string;
  warnings: (n: number) => string;
}

const en: PartsLibraryTexts = {
  title: 'Parts library',
  newPart: 'New part',
  searchLabel: 'Search parts',
  searchPlaceholder: 'Name, article number or material',
  sortLabel: 'Sort by',
  sorts: { name: 'Name', articleNumber: 'Article number', unitPrice: 'Price', newest: 'Newest first' },
  total: (n) => (n === 1 ? '1 part' : `${n} parts`),
  empty: 'No parts yet — upload a drawing or use a template.',
  noMatch: (q) => `No parts match “${q}”.`,
  preview: (name) => `Contour of ${name}`,
  articleNumber: 'Article number',
  noArticleNumber: 'no article number',
  material: 'Material',
  unitPrice: 'Unit price',
  cutLength: 'Cut length',
  weight: 'Weight',
  quantity: (name) => `Quantity of ${name}`,
  addToBasket: 'Add to basket',
  added: (q, name) => `${q} × ${name} added to the basket.`,
  download: 'Drawing (DXF)',
  downloadLabel: (name) => `Download the drawing of ${name}`,
  actionsFor: (name) => `Actions for ${name}`,
  editTitle: (name) => `Edit ${name}`,
  name: 'Name',
  thickness: 'Thickness',
  parameters: 'Dimensions',
  saved: (price) => `Saved. The unit price is now ${price}.`,
  priceAt: (q, price) => `${price} each at ${q} pieces`,
  copied: (name) => `Copied as “${name}”.`,
  deleteTitle: 'Delete part',
  deleteText: (name) => `Delete “${name}” from the library? Orders already placed keep their lines.`,
  deleted: (name) => `“${name}” was deleted.`,
  loadingCatalog: 'Loading materials…',
  pageOf: (p, n) => `Page ${p} of ${n}`,
  pagination: 'Pages',
  warnings: (n) => (n === 1 ? '1 note on the drawing' : `${n} notes on the drawing`),
};

const de: PartsLibraryTexts = {
  title: 'Teilebibliothek',
  newPart: 'Neues Teil',
  searchLabel: 'Teile suchen',
  searchPlaceholder: 'Bezeichnung, Artikelnummer oder Werkstoff',
  sortLabel: 'Sortieren nach',
  sorts: { name: 'Bezeichnung', articleNumber: 'Artikelnummer', unitPrice: 'Preis', newest: 'Neueste zuerst' },
  total: (n) => (n === 1 ? '1 Teil' : `${n} Teile`),
  empty: 'Noch keine Teile – laden Sie eine Zeichnung hoch oder nutzen Sie eine Vorlage.',
  noMatch: (q) => `Keine Teile passen zu „${q}“.`,
  preview: (name) => `Kontur von ${name}`,
  articleNumber: 'Artikelnummer',
  noArticleNumber: 'ohne Artikelnummer',
  material: 'Werkstoff',
  unitPrice: 'Stückpreis',
  cutLength: 'Schnittlänge',
  weight: 'Gewicht',
  quantity: (name) => `Menge von ${name}`,
  addToBasket: 'In den Warenkorb',
  added: (q, name) => `${q} × ${name} in den Warenkorb gelegt.`,
  download: 'Zeichnung (DXF)',
  downloadLabel: (name) => `Zeichnung von ${name} herunterladen`,
  actionsFor: (name) => `Aktionen für ${name}`,
  editTitle: (name) => `${name} bearbeiten`,
  name: 'Bezeichnung',
  thickness: 'Dicke',
  parameters: 'Maße',
  saved: (price) => `Gespeichert. Der Stückpreis beträgt jetzt ${price}.`,
  priceAt: (q, price) => `${price} je Stück bei ${q} Stück`,
  copied: (name) => `Kopiert als „${name}“.`,
  deleteTitle: 'Teil löschen',
  deleteText: (name) => `„${name}“ aus der Bibliothek löschen? Bereits erteilte Bestellungen behalten ihre Positionen.`,
  deleted: (name) => `„${name}“ wurde gelöscht.`,
  loadingCatalog: 'Werkstoffe werden geladen …',
  pageOf: (p, n) => `Seite ${p} von ${n}`,
  pagination: 'Seiten',
  warnings: (n) => (n === 1 ? '1 Hinweis zur Zeichnung' : `${n} Hinweise zur Zeichnung`),
};

const fr: PartsLibraryTexts = {
  title: 'Bibliothèque de pièces',
  newPart: 'Nouvelle pièce',
  searchLabel: 'Rechercher des pièces',
  searchPlaceholder: 'Nom, référence ou matière',
  sortLabel: 'Trier par',
  sorts: { name: 'Nom', articleNumber: 'Référence', unitPrice: 'Prix', newest: 'Plus récentes d’abord' },
  total: (n) => (n <= 1 ? `${n} pièce` : `${n} pièces`),
  empty: 'Aucune pièce pour l’instant — importez un plan ou utilisez un modèle.',
  noMatch: (q) => `Aucune pièce ne correspond à « ${q} ».`,
  preview: (name) => `Contour de ${name}`,
  articleNumber: 'Référence',
  noArticleNumber: 'sans référence',
  material: 'Matière',
  unitPrice: 'Prix unitaire',
  cutLength: 'Longueur de coupe',
  weight: 'Poids',
  quantity: (name) => `Quantité de ${name}`,
  addToBasket: 'Ajouter au panier',
  added: (q, name) => `${q} × ${name} ajouté(s) au panier.`,
  download: 'Plan (DXF)',
  downloadLabel: (name) => `Télécharger le plan de ${name}`,
  actionsFor: (name) => `Actions pour ${name}`,
  editTitle: (name) => `Modifier ${name}`,
  name: 'Nom',
  thickness: 'Épaisseur',
  parameters: 'Dimensions',
  saved: (price) => `Enregistré. Le prix unitaire est désormais de ${price}.`,
  priceAt: (q, price) => `${price} l’unité pour ${q} pièces`,
  copied: (name) => `Copiée sous le nom « ${name} ».`,
  deleteTitle: 'Supprimer la pièce',
  deleteText: (name) => `Supprimer « ${name} » de la bibliothèque ? Les commandes déjà passées conservent leurs lignes.`,
  deleted: (name) => `« ${name} » a été supprimée.`,
  loadingCatalog: 'Chargement des matières…',
  pageOf: (p, n) => `Page ${p} sur ${n}`,
  pagination: 'Pages',
  warnings: (n) => (n <= 1 ? `${n} remarque sur le plan` : `${n} remarques sur le plan`),
};

export const TEXTS: Tables<PartsLibraryTexts> = { en, de, fr };
