import type { Tables } from '../shared/i18n.js';
import type { ImportRowStatus } from '../../sdk/client/types.js';

export type ImportColumn =
  | 'row' | 'articleNumber' | 'name' | 'material' | 'thickness' | 'quantity' | 'drawing' | 'status'
  | 'cutLength' | 'pierces' | 'weight' | 'unitPrice' | 'messages';

export interface ImportTexts {
  title: string;
  intro: string;
  template: string;
  templateHint: string;
  dropHint: string;
  choose: string;
  sheet: string;
  drawings: string;
  noSheet: string;
  noDrawings: string;
  remove: (name: string) => string;
  leftOut: (name: string) => string;
  replaced: (name: string) => string;
  uploadSize: (files: number, size: string) => string;
  tooLarge: (size: string) => string;
  start: string;
  uploading: (size: string) => string;
  uploadFailed: string;
  loadFailed: string;
  pollFailed: string;
  progressLabel: string;
  progressText: (done: string, total: string) => string;
  processingNote: string;
  sheetName: (name: string) => string;
  rowsTitle: string;
  filterLabel: string;
  filters: { all: (n: string) => string; ok: (n: string) => string; error: (n: string) => string };
  columns: Record<ImportColumn, string>;
  rowStatus: Record<ImportRowStatus, string>;
  fieldFor: (field: string, row: number) => string;
  chooseValue: string;
  unknownValue: (v: string) => string;
  uploadDrawing: string;
  uploadDrawingFor: (row: number) => string;
  rowOk: (row: number) => string;
  rowStillBad: (row: number, reason: string) => string;
  noRows: string;
  noRowsAtAll: string;
  errorsDownload: string;
  skippedTitle: string;
  commit: (n: number) => string;
  committing: string;
  nothingOk: string;
  committed: (n: number) => string;
  committedAt: (n: number, date: string) => string;
  toLibrary: string;
  newImport: string;
  failed: string;
  noRight: string;
  fixHint: string;
}

const en: ImportTexts = {
  title: 'Import parts',
  intro: 'Bring many parts into your library at once: a sheet with one part per row, plus the drawings it names.',
  template: 'Download the template sheet (Excel)',
  templateHint: 'Columns: article number, name, material, thickness, quantity, drawing (the DXF file name). The header row may be in English or German, in any order.',
  dropHint: 'Drop the sheet (.xlsx or .csv) and its drawings (.dxf files or one .zip) here, or',
  choose: 'Choose files',
  sheet: 'Sheet',
  drawings: 'Drawings',
  noSheet: 'No sheet chosen yet.',
  noDrawings: 'No drawings chosen yet.',
  remove: (name) => `Remove ${name}`,
  leftOut: (name) => `${name} is not a sheet, a DXF or a ZIP and was left out.`,
  replaced: (name) => `${name} replaces the sheet chosen before.`,
  uploadSize: (files, size) => `${files === 1 ? '1 file' : `${files} files`}, ${size} to upload`,
  tooLarge: (size) => `The upload is ${size}; at most 200 MB can be imported at once. Split the sheet or the drawings into several imports.`,
  start: 'Upload and calculate',
  uploading: (size) => `Uploading ${size}…`,
  uploadFailed: 'The upload did not succeed.',
  loadFailed: 'The import could not be loaded.',
  pollFailed: 'The progress of the import could not be read.',
  progressLabel: 'Rows calculated',
  progressText: (done, total) => `${done} of ${total} rows calculated`,
  processingNote: 'You may leave this page: the import continues, and it is shown again when you come back.',
  sheetName: (name) => `Sheet: ${name}`,
  rowsTitle: 'Rows',
  filterLabel: 'Show rows',
  filters: { all: (n) => `All (${n})`, ok: (n) => `Ready (${n})`, error: (n) => `With errors (${n})` },
  columns: {
    row: 'Row', articleNumber: 'Article number', name: 'Name', material: 'Material', thickness: 'Thickness', quantity: 'Quantity',
    drawing: 'Drawing', status: 'Status', cutLength: 'Cut length', pierces: 'Pierces', weight: 'Weight', unitPrice: 'Unit price', messages: 'Messages',
  },
  rowStatus: { pending: 'Calculating…', ok: 'Ready', error: 'Error', committed: 'In the library' },
  fieldFor: (field, row) => `${field}, row ${row}`,
  chooseValue: 'Choose…',
  unknownValue: (v) => `${v} (not available)`,
  uploadDrawing: 'Upload drawing',
  uploadDrawingFor: (row) => `Upload the drawing of row ${row}`,
  rowOk: (row) => `Row ${row} is ready now.`,
  rowStillBad: (row, reason) => `Row ${row} still has an error: ${reason}`,
  noRows: 'No row matches this filter.',
  noRowsAtAll: 'The sheet has no rows yet.',
  errorsDownload: 'Download the rows with errors (Excel)',
  skippedTitle: 'Not taken from the ZIP',
  commit: (n) => (n === 1 ? 'Take 1 part into the library' : `Take ${n} parts into the library`),
  committing: 'Taking the parts into the library…',
  nothingOk: 'No row is ready yet. Fix the rows with errors here, or download them, correct the sheet and import it again.',
  committed: (n) => (n === 1 ? '1 part was taken into the library.' : `${n} parts were taken into the library.`),
  committedAt: (n, date) => `${n === 1 ? '1 part was' : `${n} parts were`} taken into the library on ${date}.`,
  toLibrary: 'Open the parts library',
  newImport: 'Start a new import',
  failed: 'The import failed.',
  noRight: 'You may not import parts. Your company administrator can give your group the “import” right.',
  fixHint: 'Rows with errors are not taken. Fix them here: choose the material and thickness, correct the quantity or name, or upload the drawing.',
};

const de: ImportTexts = {
  title: 'Teile importieren',
  intro: 'Übernehmen Sie viele Teile auf einmal in Ihre Bibliothek: eine Tabelle mit einem Teil je Zeile und die darin genannten Zeichnungen.',
  template: 'Vorlage herunterladen (Excel)',
  templateHint: 'Spalten: Artikelnummer, Bezeichnung, Werkstoff, Dicke, Menge, Zeichnung (der Dateiname der DXF). Die Kopfzeile darf deutsch oder englisch sein, in beliebiger Reihenfolge.',
  dropHint: 'Legen Sie die Tabelle (.xlsx oder .csv) und ihre Zeichnungen (.dxf-Dateien oder ein .zip) hier ab, oder',
  choose: 'Dateien auswählen',
  sheet: 'Tabelle',
  drawings: 'Zeichnungen',
  noSheet: 'Noch keine Tabelle ausgewählt.',
  noDrawings: 'Noch keine Zeichnungen ausgewählt.',
  remove: (name) => `${name} entfernen`,
  leftOut: (name) => `${name} ist weder Tabelle noch DXF oder ZIP und wurde weggelassen.`,
  replaced: (name) => `${name} ersetzt die zuvor gewählte Tabelle.`,
  uploadSize: (files, size) => `${files === 1 ? '1 Datei' : `${files} Dateien`}, ${size} zum Hochladen`,
  tooLarge: (size) => `Der Upload umfasst ${size}; höchstens 200 MB können auf einmal importiert werden. Teilen Sie Tabelle oder Zeichnungen auf mehrere Importe auf.`,
  start: 'Hochladen und kalkulieren',
  uploading: (size) => `${size} werden hochgeladen …`,
  uploadFailed: 'Das Hochladen ist nicht gelungen.',
  loadFailed: 'Der Import konnte nicht geladen werden.',
  pollFailed: 'Der Fortschritt des Imports konnte nicht abgefragt werden.',
  progressLabel: 'Kalkulierte Zeilen',
  progressText: (done, total) => `${done} von ${total} Zeilen kalkuliert`,
  processingNote: 'Sie können diese Seite verlassen: Der Import läuft weiter und wird wieder angezeigt, wenn Sie zurückkommen.',
  sheetName: (name) => `Tabelle: ${name}`,
  rowsTitle: 'Zeilen',
  filterLabel: 'Zeilen anzeigen',
  filters: { all: (n) => `Alle (${n})`, ok: (n) => `Bereit (${n})`, error: (n) => `Mit Fehlern (${n})` },
  columns: {
    row: 'Zeile', articleNumber: 'Artikelnummer', name: 'Bezeichnung', material: 'Werkstoff', thickness: 'Dicke', quantity: 'Menge',
    drawing: 'Zeichnung', status: 'Status', cutLength: 'Schnittlänge', pierces: 'Einstiche', weight: 'Gewicht', unitPrice: 'Stückpreis', messages: 'Hinweise',
  },
  rowStatus: { pending: 'Wird kalkuliert …', ok: 'Bereit', error: 'Fehler', committed: 'In der Bibliothek' },
  fieldFor: (field, row) => `${field}, Zeile ${row}`,
  chooseValue: 'Bitte wählen …',
  unknownValue: (v) => `${v} (nicht verfügbar)`,
  uploadDrawing: 'Zeichnung hochladen',
  uploadDrawingFor: (row) => `Zeichnung für Zeile ${row} hochladen`,
  rowOk: (row) => `Zeile ${row} ist jetzt bereit.`,
  rowStillBad: (row, reason) => `Zeile ${row} hat noch einen Fehler: ${reason}`,
  noRows: 'Keine Zeile passt zu diesem Filter.',
  noRowsAtAll: 'Die Tabelle enthält noch keine Zeilen.',
  errorsDownload: 'Zeilen mit Fehlern herunterladen (Excel)',
  skippedTitle: 'Nicht aus dem ZIP übernommen',
  commit: (n) => (n === 1 ? '1 Teil in die Bibliothek übernehmen' : `${n} Teile in die Bibliothek übernehmen`),
  committing: 'Die Teile werden in die Bibliothek übernommen …',
  nothingOk: 'Noch ist keine Zeile bereit. Korrigieren Sie die fehlerhaften Zeilen hier, oder laden Sie sie herunter, berichtigen die Tabelle und importieren sie erneut.',
  committed: (n) => (n === 1 ? '1 Teil wurde in die Bibliothek übernommen.' : `${n} Teile wurden in die Bibliothek übernommen.`),
  committedAt: (n, date) => `${n === 1 ? '1 Teil wurde' : `${n} Teile wurden`} am ${date} in die Bibliothek übernommen.`,
  toLibrary: 'Zur Teilebibliothek',
  newImport: 'Neuen Import beginnen',
  failed: 'Der Import ist fehlgeschlagen.',
  noRight: 'Sie dürfen keine Teile importieren. Die Administration Ihres Unternehmens kann Ihrer Gruppe das Recht „Importieren“ geben.',
  fixHint: 'Zeilen mit Fehlern werden nicht übernommen. Korrigieren Sie sie hier: Werkstoff und Dicke wählen, Menge oder Bezeichnung berichtigen oder die Zeichnung hochladen.',
};

const fr: ImportTexts = {
  title: 'Importer des pièces',
  intro: 'Ajoutez d’un coup de nombreuses pièces à votre bibliothèque : un tableur avec une pièce par ligne, et les plans qu’il cite.',
  template: 'Télécharger le modèle de tableur (Excel)',
  templateHint: 'Colonnes : référence, nom, matière, épaisseur, quantité, plan (le nom du fichier DXF). La ligne d’en-tête peut être en anglais ou en allemand, dans n’importe quel ordre.',
  dropHint: 'Déposez ici le tableur (.xlsx ou .csv) et ses plans (fichiers .dxf ou un .zip), ou',
  choose: 'Choisir des fichiers',
  sheet: 'Tableur',
  drawings: 'Plans',
  noSheet: 'Aucun tableur choisi pour l’instant.',
  noDrawings: 'Aucun plan choisi pour l’instant.',
  remove: (name) => `Retirer ${name}`,
  leftOut: (name) => `${name} n’est ni un tableur, ni un DXF, ni un ZIP : il a été écarté.`,
  replaced: (name) => `${name} remplace le tableur choisi auparavant.`,
  uploadSize: (files, size) => `${files === 1 ? '1 fichier' : `${files} fichiers`}, ${size} à envoyer`,
  tooLarge: (size) => `L’envoi fait ${size} ; 200 Mo au plus peuvent être importés en une fois. Répartissez le tableur ou les plans sur plusieurs imports.`,
  start: 'Envoyer et chiffrer',
  uploading: (size) => `Envoi de ${size}…`,
  uploadFailed: 'L’envoi n’a pas abouti.',
  loadFailed: 'L’import n’a pas pu être chargé.',
  pollFailed: 'La progression de l’import n’a pas pu être lue.',
  progressLabel: 'Lignes chiffrées',
  progressText: (done, total) => `${done} lignes chiffrées sur ${total}`,
  processingNote: 'Vous pouvez quitter cette page : l’import continue et s’affichera de nouveau à votre retour.',
  sheetName: (name) => `Tableur : ${name}`,
  rowsTitle: 'Lignes',
  filterLabel: 'Afficher les lignes',
  filters: { all: (n) => `Toutes (${n})`, ok: (n) => `Prêtes (${n})`, error: (n) => `En erreur (${n})` },
  columns: {
    row: 'Ligne', articleNumber: 'Référence', name: 'Nom', material: 'Matière', thickness: 'Épaisseur', quantity: 'Quantité',
    drawing: 'Plan', status: 'État', cutLength: 'Longueur de coupe', pierces: 'Amorçages', weight: 'Poids', unitPrice: 'Prix unitaire', messages: 'Messages',
  },
  rowStatus: { pending: 'Chiffrage…', ok: 'Prête', error: 'Erreur', committed: 'Dans la bibliothèque' },
  fieldFor: (field, row) => `${field}, ligne ${row}`,
  chooseValue: 'Choisir…',
  unknownValue: (v) => `${v} (non disponible)`,
  uploadDrawing: 'Envoyer le plan',
  uploadDrawingFor: (row) => `Envoyer le plan de la ligne ${row}`,
  rowOk: (row) => `La ligne ${row} est prête.`,
  rowStillBad: (row, reason) => `La ligne ${row} a encore une erreur : ${reason}`,
  noRows: 'Aucune ligne ne correspond à ce filtre.',
  noRowsAtAll: 'Le tableur n’a pas encore de lignes.',
  errorsDownload: 'Télécharger les lignes en erreur (Excel)',
  skippedTitle: 'Non repris du ZIP',
  commit: (n) => (n === 1 ? 'Ajouter 1 pièce à la bibliothèque' : `Ajouter ${n} pièces à la bibliothèque`),
  committing: 'Ajout des pièces à la bibliothèque…',
  nothingOk: 'Aucune ligne n’est encore prête. Corrigez ici les lignes en erreur, ou téléchargez-les, corrigez le tableur et importez-le de nouveau.',
  committed: (n) => (n === 1 ? '1 pièce a été ajoutée à la bibliothèque.' : `${n} pièces ont été ajoutées à la bibliothèque.`),
  committedAt: (n, date) => `${n === 1 ? '1 pièce a été ajoutée' : `${n} pièces ont été ajoutées`} à la bibliothèque le ${date}.`,
  toLibrary: 'Ouvrir la bibliothèque de pièces',
  newImport: 'Commencer un nouvel import',
  failed: 'L’import a échoué.',
  noRight: 'Vous n’êtes pas autorisé à importer des pièces. L’administrateur de votre entreprise peut donner à votre groupe le droit « importer ».',
  fixHint: 'Les lignes en erreur ne sont pas reprises. Corrigez-les ici : choisissez la matière et l’épaisseur, corrigez la quantité ou le nom, ou envoyez le plan.',
};

export const TEXTS: Tables<ImportTexts> = { en, de, fr };
