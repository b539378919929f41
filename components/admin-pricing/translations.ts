import type { Tables } from '../shared/i18n.js';

export interface AdminPricingTexts {
  title: string; frozenNote: string; materials: string;
  density: string; pricePerKg: string; materialName: string;
  thickness: string; speed: string; pierce: string; minHole: string; remove: string; removeRow: (m: string, t: string) => string;
  addThickness: string; newThickness: string;
  profile: string; machineRate: string; setupCost: string; materialMarkup: string; cuttingMarkup: string; minimumOrderValue: string;
  roundingStep: string; partSpacing: string; materialModel: string; scrapFactor: string;
  models: Record<'sheet-share' | 'bounding-box' | 'net-weight', string>;
  breaks: string; minQuantity: string; discount: string; addBreak: string; removeBreak: (n: number) => string;
  save: string; saved: string; reset: string; unsaved: string;
  refused: (what: string) => string; catalog: string; profileWord: string; version: (n: string) => string;
}

const en: AdminPricingTexts = {
  title: 'Materials and pricing',
  frozenNote: 'Changes apply to new quotes, parts and baskets. Orders already placed keep their frozen prices.',
  materials: 'Materials',
  density: 'Density (kg/m³)', pricePerKg: 'Price per kg (€)', materialName: 'Name',
  thickness: 'Thickness (mm)', speed: 'Cutting speed (m/min)', pierce: 'Pierce time (s)', minHole: 'Smallest hole (mm)', remove: 'Remove',
  removeRow: (m, t) => `Remove ${t} mm of ${m}`,
  addThickness: 'Add thickness', newThickness: 'New thickness (mm)',
  profile: 'Default pricing profile', machineRate: 'Machine rate (€/h)', setupCost: 'Setup cost per line (€)', materialMarkup: 'Material markup (%)',
  cuttingMarkup: 'Cutting markup (%)', minimumOrderValue: 'Minimum order value (€)', roundingStep: 'Round unit prices up to (cents)',
  partSpacing: 'Part spacing (mm)', materialModel: 'Material charged by', scrapFactor: 'Scrap allowance (%)',
  models: { 'sheet-share': 'Share of the sheet', 'bounding-box': 'Bounding box', 'net-weight': 'Net weight plus scrap' },
  breaks: 'Quantity breaks', minQuantity: 'From quantity', discount: 'Discount (%)', addBreak: 'Add a break', removeBreak: (n) => `Remove break ${n}`,
  save: 'Save prices', saved: 'Saved. New quotes use these figures.', reset: 'Discard changes', unsaved: 'Unsaved changes',
  refused: (w) => `The server did not accept the ${w}:`, catalog: 'materials catalog', profileWord: 'pricing profile',
  version: (n) => `Catalog last changed ${n}`,
};

const de: AdminPricingTexts = {
  title: 'Werkstoffe und Preise',
  frozenNote: 'Änderungen gelten für neue Angebote, Teile und Warenkörbe. Bereits erteilte Aufträge behalten ihre festgeschriebenen Preise.',
  materials: 'Werkstoffe',
  density: 'Dichte (kg/m³)', pricePerKg: 'Preis je kg (€)', materialName: 'Bezeichnung',
  thickness: 'Dicke (mm)', speed: 'Schneidgeschwindigkeit (m/min)', pierce: 'Einstechzeit (s)', minHole: 'Kleinstes Loch (mm)', remove: 'Entfernen',
  removeRow: (m, t) => `${t} mm von ${m} entfernen`,
  addThickness: 'Dicke hinzufügen', newThickness: 'Neue Dicke (mm)',
  profile: 'Standard-Preisprofil', machineRate: 'Maschinenstundensatz (€/h)', setupCost: 'Rüstkosten je Position (€)', materialMarkup: 'Materialaufschlag (%)',
  cuttingMarkup: 'Schneidaufschlag (%)', minimumOrderValue: 'Mindestbestellwert (€)', roundingStep: 'Stückpreise aufrunden auf (Cent)',
  partSpacing: 'Teileabstand (mm)', materialModel: 'Material berechnet nach', scrapFactor: 'Verschnittzuschlag (%)',
  models: { 'sheet-share': 'Anteil an der Tafel', 'bounding-box': 'Umschließendes Rechteck', 'net-weight': 'Nettogewicht plus Verschnitt' },
  breaks: 'Mengenstaffel', minQuantity: 'Ab Menge', discount: 'Rabatt (%)', addBreak: 'Staffel hinzufügen', removeBreak: (n) => `Staffel ${n} entfernen`,
  save: 'Preise speichern', saved: 'Gespeichert. Neue Angebote rechnen mit diesen Werten.', reset: 'Änderungen verwerfen', unsaved: 'Ungespeicherte Änderungen',
  refused: (w) => `Der Server hat das ${w} nicht angenommen:`, catalog: 'Werkstoffverzeichnis', profileWord: 'Preisprofil',
  version: (n) => `Katalog zuletzt geändert am ${n}`,
};

const fr: AdminPricingTexts = {
  title: 'Matières et tarifs',
  frozenNote: 'Les modifications s’appliquent aux nouveaux devis, pièces et paniers. Les commandes déjà passées conservent leurs prix figés.',
  materials: 'Matières',
  density: 'Densité (kg/m³)', pricePerKg: 'Prix au kg (€)', materialName: 'Nom',
  thickness: 'Épaisseur (mm)', speed: 'Vitesse de coupe (m/min)', pierce: 'Temps de perçage (s)', minHole: 'Plus petit trou (mm)', remove: 'Supprimer',
  removeRow: (m, t) => `Supprimer ${t} mm de ${m}`,
  addThickness: 'Ajouter une épaisseur', newThickness: 'Nouvelle épaisseur (mm)',
  profile: 'Profil tarifaire par défaut', machineRate: 'Taux horaire machine (€/h)', setupCost: 'Frais de préparation par ligne (€)', materialMarkup: 'Majoration matière (%)',
  cuttingMarkup: 'Majoration découpe (%)', minimumOrderValue: 'Montant minimum de commande (€)', roundingStep: 'Arrondir les prix unitaires à (centimes)',
  partSpacing: 'Espacement des pièces (mm)', materialModel: 'Matière facturée selon', scrapFactor: 'Supplément de chute (%)',
  models: { 'sheet-share': 'Part de la tôle', 'bounding-box': 'Rectangle englobant', 'net-weight': 'Poids net plus chute' },
  breaks: 'Remises par quantité', minQuantity: 'À partir de', discount: 'Remise (%)', addBreak: 'Ajouter un palier', removeBreak: (n) => `Supprimer le palier ${n}`,
  save: 'Enregistrer les tarifs', saved: 'Enregistré. Les nouveaux devis utilisent ces valeurs.', reset: 'Annuler les modifications', unsaved: 'Modifications non enregistrées',
  refused: (w) => `Le serveur n’a pas accepté le ${w} :`, catalog: 'catalogue des matières', profileWord: 'profil tarifaire',
  version: (n) => `Catalogue modifié le ${n}`,
};

export const TEXTS: Tables<AdminPricingTexts> = { en, de, fr };
