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
  delivery: string; leadLabel: string; workingDays: string; adjustment: string; leadCodes: Record<'standard' | 'express' | 'economy', string>;
  quoteValidity: string; holidays: string; holidaysHint: string; finishing: string; finishingHint: string; finishingBadJson: string;
  nesting: string; nestMethods: Record<'true-shape' | 'box', string>; rotationStep: string; mirror: string; nestingHint: string;
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
  delivery: 'Delivery options and quotes', leadLabel: 'Shown as', workingDays: 'Working days', adjustment: 'Surcharge (+) or discount (−) %',
  leadCodes: { standard: 'Standard', express: 'Express', economy: 'Economy' },
  quoteValidity: 'Quotes valid for (days)', holidays: 'Holidays (one date YYYY-MM-DD per line)',
  holidaysHint: 'Skipped like weekends when delivery dates are counted.',
  finishing: 'Finishing prices (JSON)',
  finishingHint: 'Deburring per metre, tapping per hole and thread, countersinking, bending per bend by thickness and size, coating per m² with colours; amounts in cents, times in seconds. What is left out is not offered.',
  finishingBadJson: 'This is not valid JSON; it was not taken.',
  nesting: 'Basket nested by', nestMethods: { 'true-shape': 'True shapes', box: 'Bounding boxes' }, rotationStep: 'Turns in steps of (°)',
  mirror: 'Parts may be mirrored',
  nestingHint: 'With "Share of the sheet", a basket\'s parts of one material are nested together and each line pays its share of the sheets, never more than the part alone.',
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
  delivery: 'Lieferoptionen und Angebote', leadLabel: 'Angezeigt als', workingDays: 'Arbeitstage', adjustment: 'Zuschlag (+) oder Rabatt (−) %',
  leadCodes: { standard: 'Standard', express: 'Express', economy: 'Economy' },
  quoteValidity: 'Angebote gültig für (Tage)', holidays: 'Feiertage (ein Datum JJJJ-MM-TT je Zeile)',
  holidaysHint: 'Werden beim Zählen der Liefertage wie Wochenenden übersprungen.',
  finishing: 'Preise der Weiterbearbeitung (JSON)',
  finishingHint: 'Entgraten je Meter, Gewinde je Loch und Größe, Senken, Kanten je Biegung nach Dicke und Größe, Beschichten je m² mit Farben; Beträge in Cent, Zeiten in Sekunden. Was fehlt, wird nicht angeboten.',
  finishingBadJson: 'Das ist kein gültiges JSON; es wurde nicht übernommen.',
  nesting: 'Verschachtelung des Warenkorbs', nestMethods: { 'true-shape': 'Echte Kontur', box: 'Umschließendes Rechteck' }, rotationStep: 'Drehen in Schritten von (°)',
  mirror: 'Teile dürfen gespiegelt werden',
  nestingHint: 'Mit „Anteil an der Tafel“ werden die Teile eines Warenkorbs je Material gemeinsam verschachtelt; jede Position zahlt ihren Anteil an den Tafeln, nie mehr als das Teil allein.',
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
  delivery: 'Délais de livraison et devis', leadLabel: 'Affiché comme', workingDays: 'Jours ouvrés', adjustment: 'Supplément (+) ou remise (−) %',
  leadCodes: { standard: 'Standard', express: 'Express', economy: 'Économique' },
  quoteValidity: 'Devis valables (jours)', holidays: 'Jours fériés (une date AAAA-MM-JJ par ligne)',
  holidaysHint: 'Sautés comme les week-ends dans le calcul des dates de livraison.',
  finishing: 'Prix des finitions (JSON)',
  finishingHint: 'Ébavurage au mètre, taraudage par trou et filetage, fraisage, pliage par pli selon épaisseur et taille, revêtement au m² avec ses couleurs ; montants en centimes, temps en secondes. Ce qui manque n’est pas proposé.',
  finishingBadJson: 'Ce n’est pas du JSON valide ; il n’a pas été repris.',
  nesting: 'Imbrication du panier par', nestMethods: { 'true-shape': 'Contour réel', box: 'Rectangle englobant' }, rotationStep: 'Rotation par pas de (°)',
  mirror: 'Les pièces peuvent être retournées',
  nestingHint: 'Avec « Part de la tôle », les pièces d’un panier sont imbriquées ensemble par matière ; chaque ligne paie sa part des tôles, jamais plus que la pièce seule.',
};

export const TEXTS: Tables<AdminPricingTexts> = { en, de, fr };
