import type { Tables } from '../shared/i18n.js';

export interface DemandPlanTexts {
  title: string; intro: string;
  item: string; number: string; stock: string; stockAt: (date: string) => string; neverReported: string; total: string;
  quantityFor: (item: string, month: string) => string; stockFor: (item: string) => string;
  add: string; addLabel: string; choose: string; parts: string; articles: string;
  save: string; saving: string; saved: (n: number) => string; unsaved: (n: number) => string; nothingChanged: string; empty: string;
  importTitle: string; importIntro: string; sheet: string; check: string; doImport: string; download: string;
  checked: (ok: number, errors: number) => string; imported: (n: number) => string; row: string; status: string; messages: string;
  ok: string; error: string;
  stockTitle: string; stockIntro: string; note: string; report: string; reported: (n: number) => string; noStockLines: string;
  history: string; reportedBy: (name: string, date: string) => string; lines: (n: number) => string; noReports: string;
}

const en: DemandPlanTexts = {
  title: 'Demand plan', intro: 'Planned quantities per part or article for the coming months. The shop buys sheet metal for them.',
  item: 'Part or article', number: 'Number', stock: 'Stock', stockAt: (d) => `reported ${d}`, neverReported: 'not reported', total: 'Total',
  quantityFor: (i, m) => `${i}, ${m}`, stockFor: (i) => `Stock of ${i}`,
  add: 'Add to the plan', addLabel: 'Part or article to add', choose: 'Choose…', parts: 'Parts', articles: 'Articles',
  save: 'Save plan', saving: 'Saving…', saved: (n) => `${n} ${n === 1 ? 'quantity' : 'quantities'} saved.`, unsaved: (n) => `${n} unsaved ${n === 1 ? 'change' : 'changes'}`,
  nothingChanged: 'Nothing changed.', empty: 'No plan yet: add a part or article, or import a sheet.',
  importTitle: 'Import from a sheet', importIntro: 'An .xlsx or .csv with the article number (or the part name) and one column per month, e.g. 2027-01 or Jan 2027. Check it first: nothing is written until you import.',
  sheet: 'Sheet', check: 'Check', doImport: 'Import', download: 'Download the plan (.xlsx)',
  checked: (ok, e) => `${ok} ${ok === 1 ? 'row' : 'rows'} ready, ${e} with errors.`, imported: (n) => `Imported: ${n} quantities written.`,
  row: 'Row', status: 'Status', messages: 'Messages', ok: 'Ready', error: 'Error',
  stockTitle: 'Report stock', stockIntro: 'How many of each item you hold now. Leave a field empty to leave it out.', note: 'Note',
  report: 'Report stock', reported: (n) => `Stock of ${n} ${n === 1 ? 'item' : 'items'} reported.`, noStockLines: 'Enter at least one quantity.',
  history: 'Earlier reports', reportedBy: (n, d) => `${d}, ${n}`, lines: (n) => `${n} ${n === 1 ? 'item' : 'items'}`, noReports: 'No stock reported yet.',
};

const de: DemandPlanTexts = {
  title: 'Bedarfsplan', intro: 'Geplante Mengen je Teil oder Artikel für die kommenden Monate. Der Betrieb kauft das Blech dafür ein.',
  item: 'Teil oder Artikel', number: 'Nummer', stock: 'Bestand', stockAt: (d) => `gemeldet ${d}`, neverReported: 'nicht gemeldet', total: 'Summe',
  quantityFor: (i, m) => `${i}, ${m}`, stockFor: (i) => `Bestand von ${i}`,
  add: 'Zum Plan hinzufügen', addLabel: 'Teil oder Artikel hinzufügen', choose: 'Auswählen…', parts: 'Teile', articles: 'Artikel',
  save: 'Plan speichern', saving: 'Wird gespeichert…', saved: (n) => `${n} ${n === 1 ? 'Menge' : 'Mengen'} gespeichert.`, unsaved: (n) => `${n} ungespeicherte ${n === 1 ? 'Änderung' : 'Änderungen'}`,
  nothingChanged: 'Nichts geändert.', empty: 'Noch kein Plan: Fügen Sie ein Teil oder einen Artikel hinzu oder importieren Sie eine Tabelle.',
  importTitle: 'Aus einer Tabelle importieren', importIntro: 'Eine .xlsx oder .csv mit der Artikelnummer (oder dem Teilenamen) und einer Spalte je Monat, z. B. 2027-01 oder Jän 2027. Erst prüfen: Geschrieben wird erst beim Import.',
  sheet: 'Tabelle', check: 'Prüfen', doImport: 'Importieren', download: 'Plan herunterladen (.xlsx)',
  checked: (ok, e) => `${ok} ${ok === 1 ? 'Zeile' : 'Zeilen'} bereit, ${e} mit Fehlern.`, imported: (n) => `Importiert: ${n} Mengen geschrieben.`,
  row: 'Zeile', status: 'Status', messages: 'Hinweise', ok: 'Bereit', error: 'Fehler',
  stockTitle: 'Bestand melden', stockIntro: 'Wie viele Sie von jedem Teil oder Artikel gerade haben. Leere Felder bleiben weg.', note: 'Bemerkung',
  report: 'Bestand melden', reported: (n) => `Bestand von ${n} ${n === 1 ? 'Position' : 'Positionen'} gemeldet.`, noStockLines: 'Geben Sie mindestens eine Menge ein.',
  history: 'Frühere Meldungen', reportedBy: (n, d) => `${d}, ${n}`, lines: (n) => `${n} ${n === 1 ? 'Position' : 'Positionen'}`, noReports: 'Noch kein Bestand gemeldet.',
};

const fr: DemandPlanTexts = {
  title: 'Plan de besoins', intro: 'Quantités prévues par pièce ou article pour les mois à venir. L’atelier achète la tôle en conséquence.',
  item: 'Pièce ou article', number: 'Référence', stock: 'Stock', stockAt: (d) => `déclaré le ${d}`, neverReported: 'non déclaré', total: 'Total',
  quantityFor: (i, m) => `${i}, ${m}`, stockFor: (i) => `Stock de ${i}`,
  add: 'Ajouter au plan', addLabel: 'Pièce ou article à ajouter', choose: 'Choisir…', parts: 'Pièces', articles: 'Articles',
  save: 'Enregistrer le plan', saving: 'Enregistrement…', saved: (n) => `${n} ${n === 1 ? 'quantité enregistrée' : 'quantités enregistrées'}.`, unsaved: (n) => `${n} ${n === 1 ? 'modification non enregistrée' : 'modifications non enregistrées'}`,
  nothingChanged: 'Rien n’a changé.', empty: 'Pas encore de plan : ajoutez une pièce ou un article, ou importez un tableau.',
  importTitle: 'Importer un tableau', importIntro: 'Un .xlsx ou .csv avec la référence (ou le nom de la pièce) et une colonne par mois, p. ex. 2027-01 ou janv. 2027. Vérifiez d’abord : rien n’est écrit avant l’import.',
  sheet: 'Tableau', check: 'Vérifier', doImport: 'Importer', download: 'Télécharger le plan (.xlsx)',
  checked: (ok, e) => `${ok} ${ok === 1 ? 'ligne prête' : 'lignes prêtes'}, ${e} avec erreurs.`, imported: (n) => `Importé : ${n} quantités écrites.`,
  row: 'Ligne', status: 'Statut', messages: 'Messages', ok: 'Prête', error: 'Erreur',
  stockTitle: 'Déclarer le stock', stockIntro: 'Combien vous en avez de chaque pièce ou article. Un champ vide est laissé de côté.', note: 'Remarque',
  report: 'Déclarer le stock', reported: (n) => `Stock de ${n} ${n === 1 ? 'position déclaré' : 'positions déclaré'}.`, noStockLines: 'Saisissez au moins une quantité.',
  history: 'Déclarations précédentes', reportedBy: (n, d) => `${d}, ${n}`, lines: (n) => `${n} ${n === 1 ? 'position' : 'positions'}`, noReports: 'Aucun stock déclaré pour l’instant.',
};

export const TEXTS: Tables<DemandPlanTexts> = { en, de, fr };
