import type { Tables } from '../shared/i18n.js';

/** What the preview found: the counts its accessible name and legend speak of. */
export interface PreviewCounts { outer: number; hole: number; open: number; gap: number }

export interface PreviewTexts {
  /** The accessible name: "Preview of the part: 2 holes, 1 open contour". */
  name: (label: string, c: PreviewCounts) => string;
  empty: string;
  invalid: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  zoomLevel: (percent: string) => string;
  controls: string;
  instructions: string;
  legend: string;
  outer: string;
  hole: string;
  open: string;
  gap: string;
  /** The rings of `marks` (tap-drill holes found for a finishing). */
  mark: string;
  /** The toggle that shows the cut sequence (order, lead-ins, rapid moves). */
  sequence: string;
}

const list = (items: string[], and: string) => items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

const en: PreviewTexts = {
  name: (label, c) => {
    const found = [
      c.hole ? `${c.hole} ${c.hole === 1 ? 'hole' : 'holes'}` : '',
      c.open ? `${c.open} open ${c.open === 1 ? 'contour' : 'contours'}` : '',
      c.gap ? `${c.gap} healed ${c.gap === 1 ? 'gap' : 'gaps'}` : '',
    ].filter(Boolean);
    return `Preview of ${label || 'the part'}: ${found.length ? list(found, 'and') : 'no holes'}`;
  },
  empty: 'No drawing to show yet.',
  invalid: 'This preview cannot be shown.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Fit to view',
  zoomLevel: (p) => `Zoom ${p}`,
  controls: 'Preview controls',
  instructions: 'Drag or use the arrow keys to move, the mouse wheel or + and − to zoom, 0 to fit.',
  legend: 'Legend',
  outer: 'Outline',
  hole: 'Hole',
  open: 'Open contour (dashed)',
  gap: 'Healed gap (circle)',
  mark: 'Hole for a thread (ring)',
  sequence: 'Cut order',
};

const de: PreviewTexts = {
  name: (label, c) => {
    const found = [
      c.hole ? `${c.hole} ${c.hole === 1 ? 'Loch' : 'Löcher'}` : '',
      c.open ? `${c.open} ${c.open === 1 ? 'offene Kontur' : 'offene Konturen'}` : '',
      c.gap ? `${c.gap} ${c.gap === 1 ? 'geschlossene Lücke' : 'geschlossene Lücken'}` : '',
    ].filter(Boolean);
    return `Vorschau ${label ? `von ${label}` : 'des Teils'}: ${found.length ? list(found, 'und') : 'keine Löcher'}`;
  },
  empty: 'Noch keine Zeichnung.',
  invalid: 'Diese Vorschau kann nicht angezeigt werden.',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  reset: 'Einpassen',
  zoomLevel: (p) => `Zoom ${p}`,
  controls: 'Steuerung der Vorschau',
  instructions: 'Zum Verschieben ziehen oder die Pfeiltasten verwenden, zum Zoomen das Mausrad oder + und −, 0 passt die Ansicht ein.',
  legend: 'Legende',
  outer: 'Außenkontur',
  hole: 'Loch',
  open: 'Offene Kontur (gestrichelt)',
  gap: 'Geschlossene Lücke (Kreis)',
  mark: 'Loch für ein Gewinde (Ring)',
  sequence: 'Schneidfolge',
};

const fr: PreviewTexts = {
  name: (label, c) => {
    const found = [
      c.hole ? `${c.hole} ${c.hole === 1 ? 'trou' : 'trous'}` : '',
      c.open ? `${c.open} ${c.open === 1 ? 'contour ouvert' : 'contours ouverts'}` : '',
      c.gap ? `${c.gap} ${c.gap === 1 ? 'jour refermé' : 'jours refermés'}` : '',
    ].filter(Boolean);
    return `Aperçu ${label ? `de ${label}` : 'de la pièce'} : ${found.length ? list(found, 'et') : 'aucun trou'}`;
  },
  empty: 'Aucun dessin pour l’instant.',
  invalid: 'Cet aperçu ne peut pas être affiché.',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  reset: 'Ajuster à la vue',
  zoomLevel: (p) => `Zoom ${p}`,
  controls: 'Commandes de l’aperçu',
  instructions: 'Faites glisser ou utilisez les flèches pour déplacer, la molette ou + et − pour zoomer, 0 pour ajuster.',
  legend: 'Légende',
  outer: 'Contour extérieur',
  hole: 'Trou',
  open: 'Contour ouvert (pointillé)',
  gap: 'Jour refermé (cercle)',
  mark: 'Trou à tarauder (anneau)',
  sequence: 'Ordre de découpe',
};

export const translations: Tables<PreviewTexts> = { en, de, fr };
