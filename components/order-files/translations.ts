import type { Tables } from '../shared/i18n.js';

export interface OrderFilesTexts {
  title: string;
  empty: string;
  name: string;
  size: string;
  by: string;
  when: string;
  sides: Record<'customer' | 'shop', string>;
  choose: string;
  hint: string;
  upload: string;
  uploading: string;
  uploaded: (name: string) => string;
  download: (name: string) => string;
  errors: Record<'UNSUPPORTED_FILE_TYPE' | 'FILE_TOO_LARGE' | 'EMPTY_FILE', string>;
}

const en: OrderFilesTexts = {
  title: 'Files',
  empty: 'No files yet.',
  name: 'File', size: 'Size', by: 'Added by', when: 'When',
  sides: { customer: 'customer', shop: 'shop' },
  choose: 'Add a file',
  hint: 'PDF, images (PNG, JPEG, GIF, WebP) or DXF drawings, at most 20 MB each.',
  upload: 'Upload',
  uploading: 'Uploading…',
  uploaded: (n) => `${n} was added.`,
  download: (n) => `Download ${n}`,
  errors: {
    UNSUPPORTED_FILE_TYPE: 'This file is not a PDF, an image (PNG, JPEG, GIF, WebP) or a DXF drawing.',
    FILE_TOO_LARGE: 'This file is larger than 20 MB.',
    EMPTY_FILE: 'This file is empty.',
  },
};
const de: OrderFilesTexts = {
  title: 'Dateien',
  empty: 'Noch keine Dateien.',
  name: 'Datei', size: 'Größe', by: 'Hinzugefügt von', when: 'Wann',
  sides: { customer: 'Kunde', shop: 'Lieferant' },
  choose: 'Datei hinzufügen',
  hint: 'PDF, Bilder (PNG, JPEG, GIF, WebP) oder DXF-Zeichnungen, je höchstens 20 MB.',
  upload: 'Hochladen',
  uploading: 'Wird hochgeladen …',
  uploaded: (n) => `${n} wurde hinzugefügt.`,
  download: (n) => `${n} herunterladen`,
  errors: {
    UNSUPPORTED_FILE_TYPE: 'Diese Datei ist weder ein PDF noch ein Bild (PNG, JPEG, GIF, WebP) noch eine DXF-Zeichnung.',
    FILE_TOO_LARGE: 'Diese Datei ist größer als 20 MB.',
    EMPTY_FILE: 'Diese Datei ist leer.',
  },
};
const fr: OrderFilesTexts = {
  title: 'Fichiers',
  empty: 'Aucun fichier pour l’instant.',
  name: 'Fichier', size: 'Taille', by: 'Ajouté par', when: 'Quand',
  sides: { customer: 'client', shop: 'fournisseur' },
  choose: 'Ajouter un fichier',
  hint: 'PDF, images (PNG, JPEG, GIF, WebP) ou plans DXF, 20\u00a0Mo au maximum chacun.',
  upload: 'Envoyer',
  uploading: 'Envoi…',
  uploaded: (n) => `${n} a été ajouté.`,
  download: (n) => `Télécharger ${n}`,
  errors: {
    UNSUPPORTED_FILE_TYPE: 'Ce fichier n’est ni un PDF, ni une image (PNG, JPEG, GIF, WebP), ni un plan DXF.',
    FILE_TOO_LARGE: 'Ce fichier dépasse 20\u00a0Mo.',
    EMPTY_FILE: 'Ce fichier est vide.',
  },
};

export const ORDER_FILES_TEXTS: Tables<OrderFilesTexts> = { en, de, fr };
