import type { Tables } from '../shared/i18n.js';

/** The figures of a material group's heading, already formatted in the language. */
export interface GroupFigures {
  /** "S235 3 mm" */
  label: string;
  sheets: number;
  /** The box nest's sheet count, when the true-shape nest made the sheets (null when the box nest did). */
  boxSheets: number | null;
  /** "62%" / "62 %" */
  used: string;
}

/** One sheet's figures, formatted. */
export interface SheetFigures {
  index: number;
  count: number;
  /** "3000 × 1500 mm" */
  size: string;
  used: string;
  parts: number;
  /** "2100 mm" */
  length: string;
}

export interface NestViewTexts {
  /** "S235 3 mm: 2 sheets (box nest: 3) · 62% used" */
  group: (g: GroupFigures) => string;
  /** The accessible name of a sheet's drawing. */
  sheetName: (s: SheetFigures) => string;
  /** The caption below a sheet. */
  sheetCaption: (s: SheetFigures) => string;
  showAll: (n: number) => string;
  showFewer: (n: number) => string;
  legend: string;
  /** A line of the legend: "50 × L-bracket". */
  line: (name: string, quantity: string) => string;
  /** After a line nested as its bounding box (its drawing has open contours). */
  boxed: string;
  usedLength: string;
  empty: string;
  /** The element's `src` is not one it knows. */
  badSource: (src: string) => string;
}

const en: NestViewTexts = {
  group: (g) => `${g.label}: ${g.sheets} ${g.sheets === 1 ? 'sheet' : 'sheets'} (${g.boxSheets === null ? 'box nest' : `box nest: ${g.boxSheets}`}) · ${g.used} used`,
  sheetName: (s) => `Sheet ${s.index} of ${s.count}, ${s.size}, ${s.used} used, ${s.parts} ${s.parts === 1 ? 'part' : 'parts'}`,
  sheetCaption: (s) => `Sheet ${s.index} · ${s.used} used · ${s.parts} ${s.parts === 1 ? 'part' : 'parts'} · used length ${s.length}`,
  showAll: (n) => `Show all ${n} sheets`,
  showFewer: (n) => `Show the first ${n} only`,
  legend: 'Parts on the sheets',
  line: (name, q) => `${q} × ${name}`,
  boxed: '(as its box: the drawing has open contours)',
  usedLength: 'Used length (dashed)',
  empty: 'No parts here are cut from sheet.',
  badSource: (src) => `Unknown source “${src}”: use basket, order:<id> or admin-order:<id>.`,
};

const de: NestViewTexts = {
  group: (g) => `${g.label}: ${g.sheets} ${g.sheets === 1 ? 'Tafel' : 'Tafeln'} (${g.boxSheets === null ? 'Rechteck-Schachtelung' : `Rechteck-Schachtelung: ${g.boxSheets}`}) · ${g.used} genutzt`,
  sheetName: (s) => `Tafel ${s.index} von ${s.count}, ${s.size}, ${s.used} genutzt, ${s.parts} ${s.parts === 1 ? 'Teil' : 'Teile'}`,
  sheetCaption: (s) => `Tafel ${s.index} · ${s.used} genutzt · ${s.parts} ${s.parts === 1 ? 'Teil' : 'Teile'} · genutzte Länge ${s.length}`,
  showAll: (n) => `Alle ${n} Tafeln zeigen`,
  showFewer: (n) => `Nur die ersten ${n} zeigen`,
  legend: 'Teile auf den Tafeln',
  line: (name, q) => `${q} × ${name}`,
  boxed: '(als Rechteck: die Zeichnung hat offene Konturen)',
  usedLength: 'Genutzte Länge (gestrichelt)',
  empty: 'Hier wird kein Teil aus Tafeln geschnitten.',
  badSource: (src) => `Unbekannte Quelle „${src}“: basket, order:<id> oder admin-order:<id> angeben.`,
};

const fr: NestViewTexts = {
  group: (g) => `${g.label} : ${g.sheets} ${g.sheets === 1 ? 'tôle' : 'tôles'} (${g.boxSheets === null ? 'imbrication rectangulaire' : `imbrication rectangulaire : ${g.boxSheets}`}) · ${g.used} utilisés`,
  sheetName: (s) => `Tôle ${s.index} sur ${s.count}, ${s.size}, ${s.used} utilisés, ${s.parts} ${s.parts === 1 ? 'pièce' : 'pièces'}`,
  sheetCaption: (s) => `Tôle ${s.index} · ${s.used} utilisés · ${s.parts} ${s.parts === 1 ? 'pièce' : 'pièces'} · longueur utilisée ${s.length}`,
  showAll: (n) => `Afficher les ${n} tôles`,
  showFewer: (n) => `N’afficher que les ${n} premières`,
  legend: 'Pièces sur les tôles',
  line: (name, q) => `${q} × ${name}`,
  boxed: '(en rectangle : le dessin a des contours ouverts)',
  usedLength: 'Longueur utilisée (tirets)',
  empty: 'Aucune pièce n’est découpée dans une tôle ici.',
  badSource: (src) => `Source inconnue « ${src} » : indiquer basket, order:<id> ou admin-order:<id>.`,
};

export const TEXTS: Tables<NestViewTexts> = { en, de, fr };
