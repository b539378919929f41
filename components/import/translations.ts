import type { Tables } from '../shared/i18n.js';

export interface ImportTexts {
  title: string;
  intro: string;
  steps: string[];
  notYet: string;
  back: string;
}

const en: ImportTexts = {
  title: 'Import parts',
  intro: 'Bulk import will bring many parts into your library at once, from a spreadsheet and the drawings it names.',
  steps: [
    'Upload an Excel or CSV sheet with article number, name, material, thickness, quantity and drawing file name, plus the DXF files (or one ZIP).',
    'Every row is calculated at once; rows with broken drawings or unknown materials are listed for correction.',
    'The good rows are taken into the library with one click.',
  ],
  notYet: 'Import is not available yet. Until then, add parts one at a time from a drawing or a template.',
  back: 'Back to the parts library',
};

const de: ImportTexts = {
  title: 'Teile importieren',
  intro: 'Der Sammelimport übernimmt viele Teile auf einmal in Ihre Bibliothek – aus einer Tabelle und den darin genannten Zeichnungen.',
  steps: [
    'Sie laden eine Excel- oder CSV-Tabelle mit Artikelnummer, Bezeichnung, Werkstoff, Dicke, Menge und Dateiname der Zeichnung hoch, dazu die DXF-Dateien (oder ein ZIP).',
    'Jede Zeile wird sofort kalkuliert; Zeilen mit fehlerhaften Zeichnungen oder unbekannten Werkstoffen werden zur Korrektur aufgelistet.',
    'Die fehlerfreien Zeilen übernehmen Sie mit einem Klick in die Bibliothek.',
  ],
  notYet: 'Der Import ist noch nicht verfügbar. Bis dahin legen Sie Teile einzeln aus einer Zeichnung oder einer Vorlage an.',
  back: 'Zurück zur Teilebibliothek',
};

const fr: ImportTexts = {
  title: 'Importer des pièces',
  intro: 'L’import en masse ajoutera d’un coup de nombreuses pièces à votre bibliothèque, à partir d’un tableur et des plans qu’il cite.',
  steps: [
    'Vous déposez un fichier Excel ou CSV avec référence, nom, matière, épaisseur, quantité et nom du fichier de plan, ainsi que les fichiers DXF (ou un ZIP).',
    'Chaque ligne est chiffrée aussitôt ; les lignes aux plans défectueux ou aux matières inconnues sont listées pour correction.',
    'Les lignes correctes entrent dans la bibliothèque en un clic.',
  ],
  notYet: 'L’import n’est pas encore disponible. En attendant, ajoutez les pièces une à une à partir d’un plan ou d’un modèle.',
  back: 'Retour à la bibliothèque de pièces',
};

export const TEXTS: Tables<ImportTexts> = { en, de, fr };
