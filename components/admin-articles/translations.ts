import type { Tables } from '../shared/i18n.js';

type L = 'en' | 'de' | 'fr';

export interface AdminArticlesTexts {
  title: string; newArticle: string; editTitle: (number: string) => string; newTitle: string; back: string; export: string;
  search: string; category: string; allCategories: string; noCategory: string; state: string; all: string; onlyActive: string; onlyInactive: string;
  number: string; name: string; unit: string; basePrice: string; stock: string; active: string; inactive: string;
  empty: string; noMatch: string; count: (n: number) => string;
  master: string; nameIn: Record<L, string>; descriptionIn: Record<L, string>; languages: Record<L, string>;
  pricing: string; basePriceIn: (currency: string) => string; breaks: string; breaksHint: string; fromQuantity: string; unitPriceIn: (currency: string) => string;
  addBreak: string; removeBreak: (n: number) => string;
  stockTitle: string; stockHint: string; showStock: string; activeLabel: string; publishedToAll: string; publishedToAllHint: string;
  image: string; imageHint: string; imageAlt: (name: string) => string; removeImage: string; chosenImage: string;
  create: string; saved: string; created: (number: string) => string; deleteArticle: string; confirmDelete: (number: string) => string; deleted: (number: string) => string;
  categories: string; categoriesHint: string; articlesIn: (n: number) => string; rename: string; addCategory: string; newCategory: string;
  categoryField: (name: string, lang: string) => string; renameLabel: (name: string) => string; deleteCategory: (name: string) => string;
  confirmDeleteCategory: (name: string) => string; categorySaved: (name: string) => string; categoryAdded: (name: string) => string; categoryDeleted: (name: string) => string;
  importTitle: string; importHint: string; sheet: string; check: string; apply: string; checkFirst: string;
  dryRunSummary: (created: number, updated: number, unchanged: number, errors: number) => string;
  doneSummary: (created: number, updated: number, unchanged: number, errors: number) => string;
  newCategories: (names: string) => string; row: string; messages: string; rowStatus: Record<'created' | 'updated' | 'unchanged' | 'error', string>;
  required: string; notAmount: string; notWhole: string; fileTooLarge: string; notImage: string;
  errors: Record<string, string>;
}

const en: AdminArticlesTexts = {
  title: 'Articles', newArticle: 'New article', editTitle: (n) => `Article ${n}`, newTitle: 'New article', back: 'All articles', export: 'Export (.xlsx)',
  search: 'Search number or name', category: 'Category', allCategories: 'All categories', noCategory: 'No category', state: 'State', all: 'All', onlyActive: 'Active', onlyInactive: 'Inactive',
  number: 'Article number', name: 'Name', unit: 'Unit', basePrice: 'Base price', stock: 'Stock', active: 'Active', inactive: 'Inactive',
  empty: 'No articles yet.', noMatch: 'No article matches.', count: (n) => `${n} ${n === 1 ? 'article' : 'articles'}`,
  master: 'Article', nameIn: { en: 'Name (English)', de: 'Name (German)', fr: 'Name (French)' },
  descriptionIn: { en: 'Description (English)', de: 'Description (German)', fr: 'Description (French)' },
  languages: { en: 'English', de: 'German', fr: 'French' },
  pricing: 'Price', basePriceIn: (c) => `Base price per unit (${c})`, breaks: 'Quantity breaks', breaksHint: 'From a quantity on, each unit costs the price given.',
  fromQuantity: 'From quantity', unitPriceIn: (c) => `Unit price (${c})`, addBreak: 'Add a break', removeBreak: (n) => `Remove break ${n}`,
  stockTitle: 'Stock and visibility', stockHint: 'Leave the stock empty when it is not counted.', showStock: 'Show the stock to customers', activeLabel: 'Active (can be ordered)',
  publishedToAll: 'Shown to every company', publishedToAllHint: 'Outside their assortments, unless published to them.',
  image: 'Image', imageHint: 'PNG, JPEG or WebP, at most 2 MB.', imageAlt: (n) => `Image of ${n}`, removeImage: 'Remove image', chosenImage: 'Uploaded when you save.',
  create: 'Create article', saved: 'Saved.', created: (n) => `Article ${n} was created.`, deleteArticle: 'Delete article',
  confirmDelete: (n) => `Delete article ${n}? Orders keep their lines; to keep it for later, set it inactive instead.`, deleted: (n) => `Article ${n} was deleted.`,
  categories: 'Categories', categoriesHint: 'Deleting a category keeps its articles, without a category.', articlesIn: (n) => `${n} ${n === 1 ? 'article' : 'articles'}`,
  rename: 'Rename', addCategory: 'Add category', newCategory: 'New category',
  categoryField: (n, l) => `${n}: name in ${l}`, renameLabel: (n) => `Rename ${n}`, deleteCategory: (n) => `Delete the category ${n}`,
  confirmDeleteCategory: (n) => `Delete the category ${n}? Its articles stay, without a category.`,
  categorySaved: (n) => `${n} was renamed.`, categoryAdded: (n) => `${n} was added.`, categoryDeleted: (n) => `${n} was deleted.`,
  importTitle: 'Import from a sheet', importHint: 'Rows are matched by article number: new ones are created, known ones updated with the cells that are filled. Check the sheet first; rows with an error are left out.',
  sheet: 'Sheet (.xlsx or .csv)', check: 'Check the sheet', apply: 'Import', checkFirst: 'Choose a sheet and check it first.',
  dryRunSummary: (c, u, s, e) => `Check: ${c} would be created, ${u} updated, ${s} unchanged; ${e} ${e === 1 ? 'row has an error' : 'rows have errors'}.`,
  doneSummary: (c, u, s, e) => `Imported: ${c} created, ${u} updated, ${s} unchanged; ${e} ${e === 1 ? 'row was' : 'rows were'} left out.`,
  newCategories: (n) => `New categories: ${n}`, row: 'Row', messages: 'What is wrong',
  rowStatus: { created: 'New', updated: 'Updated', unchanged: 'Unchanged', error: 'Error' },
  required: 'Please fill this in.', notAmount: 'Enter an amount, e.g. 6.90.', notWhole: 'Enter a whole number.', fileTooLarge: 'The image is larger than 2 MB.',
  notImage: 'Choose a PNG, JPEG or WebP image.',
  errors: {
    ARTICLE_NUMBER_TAKEN: 'Another article already has this number.',
    UNSUPPORTED_IMAGE: 'The file is not a PNG, JPEG or WebP image.',
    FILE_TOO_LARGE: 'The file is too large.',
    INVALID_SHEET: 'The sheet cannot be read; use .xlsx or .csv with a header row.',
    TOO_MANY_ROWS: 'The sheet has too many rows (at most 5,000).',
  },
};

const de: AdminArticlesTexts = {
  title: 'Artikel', newArticle: 'Neuer Artikel', editTitle: (n) => `Artikel ${n}`, newTitle: 'Neuer Artikel', back: 'Alle Artikel', export: 'Exportieren (.xlsx)',
  search: 'Nummer oder Bezeichnung suchen', category: 'Kategorie', allCategories: 'Alle Kategorien', noCategory: 'Keine Kategorie', state: 'Status', all: 'Alle', onlyActive: 'Aktiv', onlyInactive: 'Inaktiv',
  number: 'Artikelnummer', name: 'Bezeichnung', unit: 'Einheit', basePrice: 'Grundpreis', stock: 'Bestand', active: 'Aktiv', inactive: 'Inaktiv',
  empty: 'Noch keine Artikel.', noMatch: 'Kein Artikel passt.', count: (n) => `${n} Artikel`,
  master: 'Artikel', nameIn: { en: 'Bezeichnung (Englisch)', de: 'Bezeichnung (Deutsch)', fr: 'Bezeichnung (Französisch)' },
  descriptionIn: { en: 'Beschreibung (Englisch)', de: 'Beschreibung (Deutsch)', fr: 'Beschreibung (Französisch)' },
  languages: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
  pricing: 'Preis', basePriceIn: (c) => `Grundpreis je Einheit (${c})`, breaks: 'Mengenstaffel', breaksHint: 'Ab einer Menge kostet jede Einheit den angegebenen Preis.',
  fromQuantity: 'Ab Menge', unitPriceIn: (c) => `Stückpreis (${c})`, addBreak: 'Staffel hinzufügen', removeBreak: (n) => `Staffel ${n} entfernen`,
  stockTitle: 'Bestand und Sichtbarkeit', stockHint: 'Lassen Sie den Bestand leer, wenn er nicht gezählt wird.', showStock: 'Bestand den Kunden zeigen', activeLabel: 'Aktiv (bestellbar)',
  publishedToAll: 'Allen Firmen zeigen', publishedToAllHint: 'Außerhalb ihres Sortiments, sofern nicht für sie freigegeben.',
  image: 'Bild', imageHint: 'PNG, JPEG oder WebP, höchstens 2 MB.', imageAlt: (n) => `Bild von ${n}`, removeImage: 'Bild entfernen', chosenImage: 'Wird beim Speichern hochgeladen.',
  create: 'Artikel anlegen', saved: 'Gespeichert.', created: (n) => `Artikel ${n} wurde angelegt.`, deleteArticle: 'Artikel löschen',
  confirmDelete: (n) => `Artikel ${n} löschen? Aufträge behalten ihre Positionen; um ihn aufzuheben, setzen Sie ihn besser inaktiv.`, deleted: (n) => `Artikel ${n} wurde gelöscht.`,
  categories: 'Kategorien', categoriesHint: 'Wird eine Kategorie gelöscht, bleiben ihre Artikel ohne Kategorie erhalten.', articlesIn: (n) => `${n} Artikel`,
  rename: 'Umbenennen', addCategory: 'Kategorie anlegen', newCategory: 'Neue Kategorie',
  categoryField: (n, l) => `${n}: Bezeichnung auf ${l}`, renameLabel: (n) => `${n} umbenennen`, deleteCategory: (n) => `Kategorie ${n} löschen`,
  confirmDeleteCategory: (n) => `Kategorie ${n} löschen? Ihre Artikel bleiben ohne Kategorie erhalten.`,
  categorySaved: (n) => `${n} wurde umbenannt.`, categoryAdded: (n) => `${n} wurde angelegt.`, categoryDeleted: (n) => `${n} wurde gelöscht.`,
  importTitle: 'Aus einer Tabelle importieren', importHint: 'Zeilen werden über die Artikelnummer zugeordnet: neue werden angelegt, bekannte mit den gefüllten Zellen geändert. Prüfen Sie die Tabelle zuerst; fehlerhafte Zeilen werden ausgelassen.',
  sheet: 'Tabelle (.xlsx oder .csv)', check: 'Tabelle prüfen', apply: 'Importieren', checkFirst: 'Wählen Sie eine Tabelle und prüfen Sie sie zuerst.',
  dryRunSummary: (c, u, s, e) => `Prüfung: ${c} würden angelegt, ${u} geändert, ${s} unverändert; ${e} ${e === 1 ? 'Zeile hat einen Fehler' : 'Zeilen haben Fehler'}.`,
  doneSummary: (c, u, s, e) => `Importiert: ${c} angelegt, ${u} geändert, ${s} unverändert; ${e} ${e === 1 ? 'Zeile wurde' : 'Zeilen wurden'} ausgelassen.`,
  newCategories: (n) => `Neue Kategorien: ${n}`, row: 'Zeile', messages: 'Was nicht stimmt',
  rowStatus: { created: 'Neu', updated: 'Geändert', unchanged: 'Unverändert', error: 'Fehler' },
  required: 'Bitte ausfüllen.', notAmount: 'Geben Sie einen Betrag ein, z. B. 6,90.', notWhole: 'Geben Sie eine ganze Zahl ein.', fileTooLarge: 'Das Bild ist größer als 2 MB.',
  notImage: 'Wählen Sie ein PNG-, JPEG- oder WebP-Bild.',
  errors: {
    ARTICLE_NUMBER_TAKEN: 'Ein anderer Artikel hat bereits diese Nummer.',
    UNSUPPORTED_IMAGE: 'Die Datei ist kein PNG-, JPEG- oder WebP-Bild.',
    FILE_TOO_LARGE: 'Die Datei ist zu groß.',
    INVALID_SHEET: 'Die Tabelle kann nicht gelesen werden; verwenden Sie .xlsx oder .csv mit einer Kopfzeile.',
    TOO_MANY_ROWS: 'Die Tabelle hat zu viele Zeilen (höchstens 5.000).',
  },
};

const fr: AdminArticlesTexts = {
  title: 'Articles', newArticle: 'Nouvel article', editTitle: (n) => `Article ${n}`, newTitle: 'Nouvel article', back: 'Tous les articles', export: 'Exporter (.xlsx)',
  search: 'Rechercher une référence ou un nom', category: 'Catégorie', allCategories: 'Toutes les catégories', noCategory: 'Sans catégorie', state: 'État', all: 'Tous', onlyActive: 'Actifs', onlyInactive: 'Inactifs',
  number: 'Référence', name: 'Désignation', unit: 'Unité', basePrice: 'Prix de base', stock: 'Stock', active: 'Actif', inactive: 'Inactif',
  empty: 'Aucun article pour l’instant.', noMatch: 'Aucun article ne correspond.', count: (n) => `${n} article${n > 1 ? 's' : ''}`,
  master: 'Article', nameIn: { en: 'Désignation (anglais)', de: 'Désignation (allemand)', fr: 'Désignation (français)' },
  descriptionIn: { en: 'Description (anglais)', de: 'Description (allemand)', fr: 'Description (français)' },
  languages: { en: 'anglais', de: 'allemand', fr: 'français' },
  pricing: 'Prix', basePriceIn: (c) => `Prix de base par unité (${c})`, breaks: 'Prix dégressifs', breaksHint: 'À partir d’une quantité, chaque unité coûte le prix indiqué.',
  fromQuantity: 'À partir de', unitPriceIn: (c) => `Prix unitaire (${c})`, addBreak: 'Ajouter un palier', removeBreak: (n) => `Supprimer le palier ${n}`,
  stockTitle: 'Stock et visibilité', stockHint: 'Laissez le stock vide s’il n’est pas compté.', showStock: 'Montrer le stock aux clients', activeLabel: 'Actif (peut être commandé)',
  publishedToAll: 'Visible par toutes les entreprises', publishedToAllHint: 'Hors de leur assortiment, sauf s’il leur est publié.',
  image: 'Image', imageHint: 'PNG, JPEG ou WebP, 2 Mo au plus.', imageAlt: (n) => `Image de ${n}`, removeImage: 'Retirer l’image', chosenImage: 'Envoyée à l’enregistrement.',
  create: 'Créer l’article', saved: 'Enregistré.', created: (n) => `L’article ${n} a été créé.`, deleteArticle: 'Supprimer l’article',
  confirmDelete: (n) => `Supprimer l’article ${n} ? Les commandes gardent leurs lignes ; pour le garder, rendez-le plutôt inactif.`, deleted: (n) => `L’article ${n} a été supprimé.`,
  categories: 'Catégories', categoriesHint: 'Supprimer une catégorie garde ses articles, sans catégorie.', articlesIn: (n) => `${n} article${n > 1 ? 's' : ''}`,
  rename: 'Renommer', addCategory: 'Ajouter la catégorie', newCategory: 'Nouvelle catégorie',
  categoryField: (n, l) => `${n} : nom en ${l}`, renameLabel: (n) => `Renommer ${n}`, deleteCategory: (n) => `Supprimer la catégorie ${n}`,
  confirmDeleteCategory: (n) => `Supprimer la catégorie ${n} ? Ses articles restent, sans catégorie.`,
  categorySaved: (n) => `${n} a été renommée.`, categoryAdded: (n) => `${n} a été ajoutée.`, categoryDeleted: (n) => `${n} a été supprimée.`,
  importTitle: 'Importer un tableau', importHint: 'Les lignes sont rapprochées par référence : les nouvelles sont créées, les connues mises à jour avec les cellules remplies. Vérifiez d’abord le tableau ; les lignes en erreur sont ignorées.',
  sheet: 'Tableau (.xlsx ou .csv)', check: 'Vérifier le tableau', apply: 'Importer', checkFirst: 'Choisissez un tableau et vérifiez-le d’abord.',
  dryRunSummary: (c, u, s, e) => `Vérification : ${c} à créer, ${u} à mettre à jour, ${s} inchangés ; ${e} ligne${e > 1 ? 's' : ''} en erreur.`,
  doneSummary: (c, u, s, e) => `Importé : ${c} créés, ${u} mis à jour, ${s} inchangés ; ${e} ligne${e > 1 ? 's ignorées' : ' ignorée'}.`,
  newCategories: (n) => `Nouvelles catégories : ${n}`, row: 'Ligne', messages: 'Ce qui ne va pas',
  rowStatus: { created: 'Nouveau', updated: 'Mis à jour', unchanged: 'Inchangé', error: 'Erreur' },
  required: 'Veuillez remplir ce champ.', notAmount: 'Saisissez un montant, p. ex. 6,90.', notWhole: 'Saisissez un nombre entier.', fileTooLarge: 'L’image dépasse 2 Mo.',
  notImage: 'Choisissez une image PNG, JPEG ou WebP.',
  errors: {
    ARTICLE_NUMBER_TAKEN: 'Un autre article porte déjà cette référence.',
    UNSUPPORTED_IMAGE: 'Le fichier n’est pas une image PNG, JPEG ou WebP.',
    FILE_TOO_LARGE: 'Le fichier est trop volumineux.',
    INVALID_SHEET: 'Le tableau est illisible ; utilisez un .xlsx ou un .csv avec une ligne d’en-tête.',
    TOO_MANY_ROWS: 'Le tableau a trop de lignes (5 000 au plus).',
  },
};

export const TEXTS: Tables<AdminArticlesTexts> = { en, de, fr };
