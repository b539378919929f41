/**
 * What the bulk import says to the person who imported the sheet, in their language (typed
 * tables like the mail translations: a text missing in `de` or `fr` is a compile error).
 * Messages are written when a row is calculated, in the language stored on the import.
 */
import type { Language } from '../db/schema.js';

/** The sheet's columns, in the order of the template. */
export const IMPORT_COLUMNS = ['articleNumber', 'name', 'material', 'thickness', 'quantity', 'drawing'] as const;
/**
 * Columns the reader also knows but the template leaves out: `layers`, a row's layer roles
 * (`ENGRAVE=cut; BEND=ignore`, or the JSON object), over the import's `layers` field.
 */
export const OPTIONAL_COLUMNS = ['layers'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export interface ImportTexts {
  /** Column headers of the template and the error sheet (the sheet reader accepts every language's). */
  headers: Record<ImportColumn, string>;
  rowHeader: string;
  reasonHeader: string;
  sheetName: string;
  errorSheetName: string;
  materialsSheetName: string;
  materialsHeaders: { id: string; name: string; thicknesses: string };
  example: { articleNumber: string; name: string; drawing: string };
  missingName: string;
  missingDrawing: string;
  drawingNotFound: (name: string) => string;
  unknownMaterial: (material: string, available: string) => string;
  materialNotAgreed: (material: string, available: string) => string;
  missingMaterial: (available: string) => string;
  unavailableThickness: (material: string, thickness: string, available: string) => string;
  invalidThickness: (value: string) => string;
  missingThickness: string;
  invalidQuantity: (value: string) => string;
  invalidLayers: (value: string) => string;
  duplicateInSheet: (articleNumber: string, row: number) => string;
  duplicateInLibrary: (articleNumber: string) => string;
  /** The analyzer's and pricing's codes; English falls back to the analyzer's own sentence. */
  analyzer: Partial<Record<string, string>>;
  analyzerFallback: (code: string) => string;
  /** Findings on rows that are taken anyway. */
  warnings: Partial<Record<string, string>>;
  skipped: {
    absolutePath: string;
    parentPath: string;
    notDxf: string;
    tooLarge: (mb: number) => string;
    duplicateName: string;
    systemFile: string;
    unsupported: string;
  };
}

const en: ImportTexts = {
  headers: { articleNumber: 'articleNumber', name: 'name', material: 'material', thickness: 'thickness', quantity: 'quantity', drawing: 'drawing', layers: 'layers' },
  rowHeader: 'row',
  reasonHeader: 'reason',
  sheetName: 'Parts',
  errorSheetName: 'Rows not taken',
  materialsSheetName: 'Materials',
  materialsHeaders: { id: 'material', name: 'description', thicknesses: 'thicknesses (mm)' },
  example: { articleNumber: 'ART-1001', name: 'Mounting plate', drawing: 'mounting-plate.dxf' },
  missingName: 'The row has no name.',
  missingDrawing: 'The row names no drawing (column drawing).',
  drawingNotFound: (n) => `The drawing "${n}" was not uploaded; upload it for this row.`,
  unknownMaterial: (m, a) => `Unknown material "${m}"; available: ${a}.`,
  materialNotAgreed: (m, a) => `Material "${m}" is not among your company's materials; available: ${a}.`,
  missingMaterial: (a) => `The row names no material; available: ${a}.`,
  unavailableThickness: (m, t, a) => `${m} is not available in ${t} mm; available: ${a} mm.`,
  invalidThickness: (v) => `The thickness "${v}" is not a number of millimetres.`,
  missingThickness: 'The row gives no thickness.',
  invalidQuantity: (v) => `The quantity "${v}" is not a whole number from 1 to 1,000,000.`,
  invalidLayers: (v) => `The layers "${v}" cannot be read; write layer=role pairs such as ENGRAVE=cut; BEND=ignore (roles: cut, engrave, bend, ignore).`,
  duplicateInSheet: (a, r) => `Article number ${a} is already used in row ${r} of this sheet.`,
  duplicateInLibrary: (a) => `Article number ${a} is already in your parts library.`,
  analyzer: {},
  analyzerFallback: (code) => `The drawing cannot be used (${code}).`,
  warnings: {},
  skipped: {
    absolutePath: 'skipped: an absolute path in the zip',
    parentPath: 'skipped: ".." in the path in the zip',
    notDxf: 'skipped: not a .dxf file',
    tooLarge: (mb) => `skipped: larger than ${mb} MB`,
    duplicateName: 'skipped: a drawing of the same name came first',
    systemFile: 'skipped: a file of the operating system, not a drawing',
    unsupported: 'skipped: compressed with a method other than deflate',
  },
};

const de: ImportTexts = {
  headers: { articleNumber: 'Artikelnummer', name: 'Bezeichnung', material: 'Werkstoff', thickness: 'Dicke', quantity: 'Menge', drawing: 'Zeichnung', layers: 'Layer' },
  rowHeader: 'Zeile',
  reasonHeader: 'Grund',
  sheetName: 'Teile',
  errorSheetName: 'Nicht übernommen',
  materialsSheetName: 'Werkstoffe',
  materialsHeaders: { id: 'Werkstoff', name: 'Beschreibung', thicknesses: 'Dicken (mm)' },
  example: { articleNumber: 'ART-1001', name: 'Montageplatte', drawing: 'montageplatte.dxf' },
  missingName: 'Die Zeile hat keine Bezeichnung.',
  missingDrawing: 'Die Zeile nennt keine Zeichnung (Spalte Zeichnung).',
  drawingNotFound: (n) => `Die Zeichnung „${n}“ wurde nicht hochgeladen; laden Sie sie für diese Zeile hoch.`,
  unknownMaterial: (m, a) => `Unbekannter Werkstoff „${m}“; verfügbar: ${a}.`,
  materialNotAgreed: (m, a) => `Werkstoff „${m}“ ist für Ihre Firma nicht freigegeben; verfügbar: ${a}.`,
  missingMaterial: (a) => `Die Zeile nennt keinen Werkstoff; verfügbar: ${a}.`,
  unavailableThickness: (m, t, a) => `${m} gibt es nicht in ${t} mm; verfügbar: ${a} mm.`,
  invalidThickness: (v) => `Die Dicke „${v}“ ist keine Zahl in Millimetern.`,
  missingThickness: 'Die Zeile nennt keine Dicke.',
  invalidQuantity: (v) => `Die Menge „${v}“ ist keine ganze Zahl von 1 bis 1.000.000.`,
  invalidLayers: (v) => `Die Layer „${v}“ sind nicht lesbar; schreiben Sie Layer=Rolle-Paare wie GRAVUR=cut; BIEGE=ignore (Rollen: cut, engrave, bend, ignore).`,
  duplicateInSheet: (a, r) => `Die Artikelnummer ${a} steht schon in Zeile ${r} dieser Tabelle.`,
  duplicateInLibrary: (a) => `Die Artikelnummer ${a} gibt es schon in Ihrer Teilebibliothek.`,
  analyzer: {
    DXF_PARSE_ERROR: 'Die Zeichnung ist keine lesbare DXF-Datei.',
    NO_CUT_GEOMETRY: 'Die Zeichnung enthält keine Kontur, die geschnitten werden kann.',
    FILE_TOO_LARGE: 'Die Zeichnung ist zu groß.',
    UNSUPPORTED_UNITS: 'Die Einheit der Zeichnung wird nicht unterstützt.',
    INVALID_COORDINATES: 'Die Zeichnung enthält ungültige Koordinaten.',
    INVALID_GEOMETRY: 'Die Geometrie der Zeichnung ist ungültig.',
    DRAWING_TOO_COMPLEX: 'Die Zeichnung ist zu komplex, um sie zu berechnen.',
    PART_TOO_LARGE: 'Das Teil passt auf keine Blechtafel dieses Werkstoffs.',
  },
  analyzerFallback: (code) => `Die Zeichnung kann nicht verwendet werden (${code}).`,
  warnings: {
    OPEN_CONTOUR: 'Die Zeichnung enthält offene Konturen.',
    DUPLICATE_GEOMETRY: 'Doppelte Linien werden nur einmal geschnitten.',
    GAP_HEALED: 'Kleine Lücken in Konturen wurden geschlossen.',
    IGNORED_ENTITY: 'Text und andere Elemente werden nicht geschnitten.',
    UNITLESS_DRAWING: 'Die Zeichnung nennt keine Einheit; Millimeter angenommen.',
    SMALL_FEATURE: 'Manche Löcher sind kleiner, als dieser Werkstoff sauber geschnitten werden kann.',
    CROSSING_CONTOURS: 'Geschlossene Konturen schneiden sich; die Flächen gelten für den umschlossenen Bereich.',
  },
  skipped: {
    absolutePath: 'übersprungen: absoluter Pfad in der ZIP-Datei',
    parentPath: 'übersprungen: „..“ im Pfad in der ZIP-Datei',
    notDxf: 'übersprungen: keine .dxf-Datei',
    tooLarge: (mb) => `übersprungen: größer als ${mb} MB`,
    duplicateName: 'übersprungen: eine Zeichnung gleichen Namens kam zuerst',
    systemFile: 'übersprungen: eine Datei des Betriebssystems, keine Zeichnung',
    unsupported: 'übersprungen: mit einem anderen Verfahren als Deflate gepackt',
  },
};

const fr: ImportTexts = {
  headers: { articleNumber: 'Référence', name: 'Désignation', material: 'Matériau', thickness: 'Épaisseur', quantity: 'Quantité', drawing: 'Dessin', layers: 'Calques' },
  rowHeader: 'Ligne',
  reasonHeader: 'Motif',
  sheetName: 'Pièces',
  errorSheetName: 'Lignes non reprises',
  materialsSheetName: 'Matériaux',
  materialsHeaders: { id: 'Matériau', name: 'Description', thicknesses: 'Épaisseurs (mm)' },
  example: { articleNumber: 'ART-1001', name: 'Plaque de montage', drawing: 'plaque-de-montage.dxf' },
  missingName: 'La ligne n’a pas de désignation.',
  missingDrawing: 'La ligne ne nomme aucun dessin (colonne Dessin).',
  drawingNotFound: (n) => `Le dessin « ${n} » n’a pas été envoyé ; envoyez-le pour cette ligne.`,
  unknownMaterial: (m, a) => `Matériau inconnu « ${m} » ; disponibles : ${a}.`,
  materialNotAgreed: (m, a) => `Le matériau « ${m} » n’est pas ouvert à votre société ; disponibles : ${a}.`,
  missingMaterial: (a) => `La ligne ne nomme aucun matériau ; disponibles : ${a}.`,
  unavailableThickness: (m, t, a) => `${m} n’existe pas en ${t} mm ; disponibles : ${a} mm.`,
  invalidThickness: (v) => `L’épaisseur « ${v} » n’est pas un nombre de millimètres.`,
  missingThickness: 'La ligne n’indique pas d’épaisseur.',
  invalidQuantity: (v) => `La quantité « ${v} » n’est pas un nombre entier de 1 à 1 000 000.`,
  invalidLayers: (v) => `Les calques « ${v} » sont illisibles ; écrivez des paires calque=rôle comme GRAVURE=cut; PLI=ignore (rôles : cut, engrave, bend, ignore).`,
  duplicateInSheet: (a, r) => `La référence ${a} est déjà utilisée à la ligne ${r} de ce tableau.`,
  duplicateInLibrary: (a) => `La référence ${a} existe déjà dans votre bibliothèque de pièces.`,
  analyzer: {
    DXF_PARSE_ERROR: 'Le dessin n’est pas un fichier DXF lisible.',
    NO_CUT_GEOMETRY: 'Le dessin ne contient aucun contour à découper.',
    FILE_TOO_LARGE: 'Le dessin est trop volumineux.',
    UNSUPPORTED_UNITS: 'L’unité du dessin n’est pas prise en charge.',
    INVALID_COORDINATES: 'Le dessin contient des coordonnées invalides.',
    INVALID_GEOMETRY: 'La géométrie du dessin est invalide.',
    DRAWING_TOO_COMPLEX: 'Le dessin est trop complexe pour être calculé.',
    PART_TOO_LARGE: 'La pièce ne tient sur aucune tôle de ce matériau.',
  },
  analyzerFallback: (code) => `Le dessin ne peut pas être utilisé (${code}).`,
  warnings: {
    OPEN_CONTOUR: 'Le dessin contient des contours ouverts.',
    DUPLICATE_GEOMETRY: 'Les lignes en double ne sont découpées qu’une fois.',
    GAP_HEALED: 'De petits écarts dans les contours ont été refermés.',
    IGNORED_ENTITY: 'Les textes et autres éléments ne sont pas découpés.',
    UNITLESS_DRAWING: 'Le dessin n’indique pas d’unité ; millimètres supposés.',
    SMALL_FEATURE: 'Certains trous sont plus petits que ce que ce matériau permet de découper proprement.',
    CROSSING_CONTOURS: 'Des contours fermés se croisent ; les surfaces sont celles de la région qu’ils entourent.',
  },
  skipped: {
    absolutePath: 'ignoré : chemin absolu dans le zip',
    parentPath: 'ignoré : « .. » dans le chemin dans le zip',
    notDxf: 'ignoré : pas un fichier .dxf',
    tooLarge: (mb) => `ignoré : plus de ${mb} Mo`,
    duplicateName: 'ignoré : un dessin du même nom est venu avant',
    systemFile: 'ignoré : un fichier du système, pas un dessin',
    unsupported: 'ignoré : compressé avec une autre méthode que deflate',
  },
};

const TEXTS: Record<Language, ImportTexts> = { en, de, fr };

/** The import's texts in a language (English for anything unknown). */
export function importTexts(language: string | null | undefined): ImportTexts {
  return TEXTS[(language ?? 'en') as Language] ?? en;
}

/** Every language's headers, for recognising a sheet's columns. */
export const ALL_HEADERS: Record<ImportColumn, string[]> = Object.fromEntries(
  [...IMPORT_COLUMNS, ...OPTIONAL_COLUMNS].map((c) => [c, Object.values(TEXTS).map((t) => t.headers[c])]),
) as Record<ImportColumn, string[]>;
