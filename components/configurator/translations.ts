import type { Tables } from '../shared/i18n.js';

/** A finding or a failure in plain words, with what to do about it. */
export interface Advice { text: string; fix: string }

/** What a warning's text may use: its count, the entity kind, the largest gap, the smallest hole, the layers left out. */
export interface WarningFacts { count: number; entity?: string; gap?: string; minHole?: string; layers?: string }

/** A layer's role (sdk LayerRole). */
export type RoleCode = 'cut' | 'engrave' | 'bend' | 'ignore';

export type WarningCode = 'OPEN_CONTOUR' | 'DUPLICATE_GEOMETRY' | 'GAP_HEALED' | 'IGNORED_ENTITY' | 'UNITLESS_DRAWING'
  | 'DEGENERATE_GEOMETRY' | 'SKIPPED_ENTITY' | 'SPLINE_FROM_FIT_POINTS' | 'SMALL_FEATURE' | 'LAYER_IGNORED' | 'CROSSING_CONTOURS';

export type ErrorCode = 'DXF_PARSE_ERROR' | 'NO_CUT_GEOMETRY' | 'FILE_TOO_LARGE' | 'PAYLOAD_TOO_LARGE' | 'PART_TOO_LARGE'
  | 'UNAVAILABLE_THICKNESS' | 'UNKNOWN_MATERIAL' | 'INVALID_QUANTITY' | 'DRAWING_TOO_COMPLEX' | 'INVALID_GEOMETRY'
  | 'INVALID_COORDINATES' | 'UNSUPPORTED_UNITS' | 'INVALID_CATALOG' | 'INVALID_PROFILE' | 'UNKNOWN_TEMPLATE' | 'INVALID_PARAMETER'
  | 'INVALID_FINISHING' | 'UNKNOWN_LEAD_TIME';

/** Stages of an analysis (sdk AnalyzeProgress). */
export type ProgressStage = 'read' | 'pack' | 'measure' | 'result' | 'done';

export type LineCode = 'material' | 'cutting' | 'engraving' | 'setup' | 'quantity_discount' | 'surcharge' | 'minimum_order' | 'rounding'
  | 'deburring' | 'tapping' | 'countersinking' | 'bending' | 'coating' | 'lead_time';

export interface ConfiguratorTexts {
  heading: string;
  source: string;
  fromFile: string;
  fromTemplate: string;
  dropTitle: string;
  chooseFile: string;
  chooseOther: string;
  fileHint: string;
  fileChosen: (name: string, size: string) => string;
  readError: string;
  shape: string;
  loadingShapes: string;
  range: (min: string, max: string) => string;
  required: string;
  notNumber: string;
  atLeast: (v: string) => string;
  atMost: (v: string) => string;
  whole: string;
  /** A cross-check between parameters failed; `limit` from the SDK's message when it names one. */
  crossCheck: (limit: { kind: 'max' | 'min'; value: string } | null) => string;
  options: string;
  material: string;
  thickness: string;
  quantity: string;
  quantityError: string;
  loadingCatalog: string;
  catalogError: string;
  priceHeading: string;
  unitPrice: string;
  total: (quantity: string, n: number) => string;
  calculating: string;
  pricePrompt: string;
  fixFields: string;
  priceNote: string;
  previewHeading: string;
  /** The button that downloads the drawing as Kerf cuts it. */
  downloadHealed: string;
  downloadHealedHint: string;
  metricsHeading: string;
  cutLength: string;
  pierces: string;
  grossArea: string;
  netArea: string;
  weight: string;
  weightValue: (one: string, all: string) => string;
  size: string;
  cuttingTime: string;
  seconds: (v: string) => string;
  /** The rapid moves between contours (the cut sequence), included in the cutting time. */
  travel: string;
  travelValue: (distance: string, seconds: string) => string;
  sheetUsage: string;
  sheetFormat: string;
  partsPerSheet: string;
  sheets: string;
  utilization: string;
  breakdownHeading: string;
  item: string;
  amount: string;
  lines: Record<LineCode, string>;
  warningsHeading: (n: number) => string;
  fix: string;
  warnings: Record<WarningCode, (f: WarningFacts) => Advice>;
  errors: Record<ErrorCode, Advice>;
  /** NO_CUT_GEOMETRY when the drawing's geometry is all on layers that are not cut. */
  noCutLayers: Advice;
  otherErrorFix: string;
  unitsQuestion: string;
  /** The switch per layer. */
  layersHeading: string;
  layersHint: string;
  roles: Record<RoleCode, string>;
  layerLength: (length: string) => string;
  /** Metrics of engrave and bend layers. */
  engraveLength: string;
  bends: string;
  bendsValue: (count: string, n: number, length: string) => string;
  /** The progress bar while a big drawing is analysed: its name, and what is being done. */
  progressLabel: string;
  /** File sizes with their unit (French writes octets: Ko, Mo). */
  kilobytes: (v: string) => string;
  megabytes: (v: string) => string;
  /** `read`: the MB read so far (a number), `total`: the size with its unit, `count`: entities or segments. */
  progressStage: Record<ProgressStage, (f: { read: string; total: string; count: string }) => string>;
  unitsUnitless: string;
  unitsInches: string;
  unitsTiny: (size: string) => string;
  millimetres: string;
  inches: string;
  readAs: (unit: string) => string;
  orderHeading: string;
  partName: string;
  save: string;
  saving: string;
  saved: (name: string, price: string) => string;
  addToBasket: string;
  adding: string;
  added: (quantity: string, name: string) => string;
  signInToOrder: string;
  signInHint: string;
  noRight: string;
  retry: string;
  /** The finishing section (issue [7]): what the shop offers for the part as drawn. */
  finishingHeading: string;
  deburring: string;
  tapping: string;
  /** One tap-drill size: "4 holes of 6.8 mm → M8". */
  tapHoles: (count: string, n: number, diameter: string, thread: string) => string;
  tapCount: (thread: string) => string;
  atMostHoles: (max: string) => string;
  noTapHoles: string;
  tapNotOffered: (count: string, n: number, diameter: string, thread: string) => string;
  countersinking: (count: string, n: number) => string;
  countersinkCount: string;
  bending: string;
  bendFromDrawing: (count: string, n: number) => string;
  bendNotPossible: string;
  bendCount: string;
  coating: string;
  noCoating: string;
  coatingKinds: Record<'powder' | 'anodize', string>;
  colour: string;
  finishingError: string;
  fixFinishing: string;
  /** Delivery: "Express — 3 working days, delivered Mon 7 Dec, +30 %". */
  deliveryHeading: string;
  deliveryOption: (o: { label: string; days: string; n: number; date: string; adjustment: string }) => string;
  leadTimes: Record<'standard' | 'express' | 'economy', string>;
  coatingDays: (count: string, n: number) => string;
  /** Details of the breakdown's finishing and delivery lines. */
  metres: (v: string) => string;
  holeCount: (count: string, n: number) => string;
  bendCountValue: (count: string, n: number) => string;
  workingDays: (count: string, n: number) => string;
  /** After adding to the basket with another delivery option: the basket's delivery is now that. */
  basketDelivery: (label: string) => string;
}

const en: ConfiguratorTexts = {
  heading: 'Instant quote',
  source: 'Your part',
  fromFile: 'DXF drawing',
  fromTemplate: 'Standard shape',
  dropTitle: 'Drop a DXF drawing here',
  chooseFile: 'Choose a DXF file',
  chooseOther: 'Choose another file',
  fileHint: 'From any CAD program, in millimetres or inches. Your drawing stays in your browser until you save it.',
  fileChosen: (name, size) => `${name} (${size})`,
  readError: 'The file could not be read. Please choose it again.',
  shape: 'Shape',
  loadingShapes: 'Loading shapes…',
  range: (min, max) => `${min} to ${max}`,
  required: 'Please enter a value.',
  notNumber: 'Please enter a number.',
  atLeast: (v) => `Must be at least ${v}.`,
  atMost: (v) => `Must be at most ${v}.`,
  whole: 'Please enter a whole number.',
  crossCheck: (limit) => limit
    ? `Does not fit with the other dimensions: ${limit.kind === 'max' ? 'at most' : 'at least'} ${limit.value} here.`
    : 'Does not fit with the other dimensions; please adjust it.',
  options: 'Material and quantity',
  material: 'Material',
  thickness: 'Thickness',
  quantity: 'Quantity',
  quantityError: 'Please enter a whole number from 1 to 1,000,000.',
  loadingCatalog: 'Loading materials…',
  catalogError: 'The materials could not be loaded.',
  priceHeading: 'Price',
  unitPrice: 'Unit price',
  total: (q, n) => n === 1 ? 'Total for 1 piece' : `Total for ${q} pieces`,
  calculating: 'Calculating…',
  pricePrompt: 'Drop a drawing or choose a standard shape to see the price.',
  fixFields: 'Please correct the marked field to see the price.',
  priceNote: 'Excluding VAT and shipping. The price is checked again when the part is saved.',
  previewHeading: 'Preview',
  downloadHealed: 'Download healed DXF',
  downloadHealedHint: 'The drawing as it will be cut: in millimetres, gaps closed, duplicates removed, text and dimensions left out, one layer each for cutting, engraving and bend lines.',
  metricsHeading: 'Part details',
  cutLength: 'Cut length',
  travel: 'Rapid travel',
  travelValue: (d, s) => `${d}, ${s} s (in the cutting time)`,
  pierces: 'Pierces',
  grossArea: 'Area (outline)',
  netArea: 'Area (net, without holes)',
  weight: 'Weight',
  weightValue: (one, all) => `${one} each, ${all} in total`,
  size: 'Size',
  cuttingTime: 'Machine time per part',
  seconds: (v) => `${v} s`,
  sheetUsage: 'Sheet usage',
  sheetFormat: 'Sheet format',
  partsPerSheet: 'Parts per sheet',
  sheets: 'Sheets',
  utilization: 'Utilization',
  breakdownHeading: 'How the price is made up',
  item: 'Item',
  amount: 'Amount',
  lines: {
    material: 'Material', cutting: 'Laser cutting', setup: 'Setup', quantity_discount: 'Quantity discount',
    surcharge: 'Surcharge', minimum_order: 'Minimum order value', rounding: 'Rounding',
 engraving: 'Engraving',
    deburring: 'Deburring', tapping: 'Tapping', countersinking: 'Countersinking', bending: 'Bending', coating: 'Coating', lead_time: 'Delivery',
  },
  warningsHeading: (n) => `${n} ${n === 1 ? 'thing' : 'things'} to check`,
  fix: 'What to do:',
  warnings: {
    OPEN_CONTOUR: ({ count }) => ({
      text: `${count} ${count === 1 ? 'contour is' : 'contours are'} open (dashed in the preview): the laser cuts along ${count === 1 ? 'it' : 'them'}, but no closed shape comes out.`,
      fix: 'Join the ends in your CAD program, or check for a missing line, then upload again.',
    }),
    DUPLICATE_GEOMETRY: ({ count }) => ({
      text: `${count} ${count === 1 ? 'line was' : 'lines were'} drawn twice on top of each other; each is priced and cut once.`,
      fix: 'Delete the duplicates in CAD (for example with OVERKILL) to be sure.',
    }),
    GAP_HEALED: ({ count, gap }) => ({
      text: `${count} small ${count === 1 ? 'gap' : 'gaps'} between line ends (up to ${gap}) ${count === 1 ? 'was' : 'were'} closed (circled in the preview).`,
      fix: 'Check the marked places; snap the ends together in CAD so the outline is exactly as intended.',
    }),
    IGNORED_ENTITY: ({ count, entity }) => ({
      text: `${count} ${entity ?? ''} ${count === 1 ? 'element is' : 'elements are'} not cut (texts, dimensions, hatches and the like).`,
      fix: 'Nothing to do if they are labels. If they should be cut, explode them into lines in CAD.',
    }),
    LAYER_IGNORED: ({ count, layers }) => ({
      text: `${count} ${count === 1 ? 'element is' : 'elements are'} on layers that are not cut: ${layers ?? ''} (hidden, dimensions, title block and the like).`,
      fix: 'Nothing to do if they are not part of the part. If a layer should be cut, set it to "Cut" under Layers.',
    }),
    UNITLESS_DRAWING: () => ({
      text: 'The drawing does not say which units it uses; it was read in millimetres.',
      fix: 'Answer the question about the units, or set the units in your CAD program ($INSUNITS).',
    }),
    DEGENERATE_GEOMETRY: ({ count }) => ({
      text: `${count} ${count === 1 ? 'element has' : 'elements have'} no length (zero-length lines or zero-radius arcs) and ${count === 1 ? 'was' : 'were'} left out.`,
      fix: 'Usually nothing; clean them up in CAD if the part looks incomplete.',
    }),
    SKIPPED_ENTITY: ({ count, entity }) => ({
      text: `${count} ${entity ?? ''} ${count === 1 ? 'element' : 'elements'} could not be read and ${count === 1 ? 'was' : 'were'} left out.`,
      fix: 'Check them in CAD: explode or redraw them, then export the DXF again.',
    }),
    SPLINE_FROM_FIT_POINTS: ({ count }) => ({
      text: `${count} ${count === 1 ? 'curve is' : 'curves are'} given only by points they pass through and ${count === 1 ? 'was' : 'were'} interpolated; lengths may differ slightly from your CAD.`,
      fix: 'Export splines with control points, or as polylines, for exact lengths.',
    }),
    SMALL_FEATURE: ({ count, minHole }) => ({
      text: `${count} ${count === 1 ? 'hole is' : 'holes are'} smaller than ${minHole}, the smallest that can be cut cleanly in this material and thickness.`,
      fix: 'Enlarge the holes, choose a thinner sheet, or plan to drill them afterwards.',
    }),
    CROSSING_CONTOURS: ({ count }) => ({
      text: `${count} closed ${count === 1 ? 'outline crosses itself' : 'outlines cross each other or themselves'}: the part's area is taken as the region they enclose, material where an odd number of outlines overlap.`,
      fix: 'Redraw the outlines in CAD so they do not cross, or join crossing outlines into one, then upload again.',
    }),
  },
  errors: {
    DXF_PARSE_ERROR: { text: 'This file could not be read as a DXF drawing.', fix: 'Export the part again from your CAD program as DXF (ASCII) and choose the new file.' },
    NO_CUT_GEOMETRY: { text: 'The drawing has nothing to cut: no lines, arcs or circles.', fix: 'Check that the part is drawn in model space and is not only text, dimensions or hatches.' },
    FILE_TOO_LARGE: { text: 'The file is too large.', fix: 'Remove title blocks, hatches and other parts, and send one part per file.' },
    PAYLOAD_TOO_LARGE: { text: 'The file is too large to save.', fix: 'Remove title blocks, hatches and other parts, and send one part per file.' },
    PART_TOO_LARGE: { text: 'The part does not fit on the largest sheet of this material.', fix: 'Check the units (a drawing in inches read as millimetres is 25 times too small, one in millimetres read as inches 25 times too large), or split the part.' },
    UNAVAILABLE_THICKNESS: { text: 'This material is not available in this thickness.', fix: 'Choose one of the thicknesses in the list.' },
    UNKNOWN_MATERIAL: { text: 'This material is not offered.', fix: 'Choose another material from the list.' },
    INVALID_QUANTITY: { text: 'The quantity is not valid.', fix: 'Enter a whole number from 1 to 1,000,000.' },
    DRAWING_TOO_COMPLEX: { text: 'The drawing is too complex for an instant quote.', fix: 'Remove hatches, texts and other parts, or send it to us for a quote.' },
    INVALID_GEOMETRY: { text: 'The drawing holds geometry that cannot be cut.', fix: 'Look for stray objects far from the part or broken curves, delete them and export again.' },
    INVALID_COORDINATES: { text: 'The drawing holds coordinates that are out of range.', fix: 'Look for stray objects far from the part, delete them and export again.' },
    UNSUPPORTED_UNITS: { text: 'The drawing uses units that cannot be converted.', fix: 'Save it in millimetres or inches and export again.' },
    INVALID_CATALOG: { text: 'The price list on this page is not set up correctly.', fix: 'Please tell the shop; you cannot fix this yourself.' },
    INVALID_PROFILE: { text: 'The price list on this page is not set up correctly.', fix: 'Please tell the shop; you cannot fix this yourself.' },
    UNKNOWN_TEMPLATE: { text: 'This standard shape is not offered.', fix: 'Choose another shape from the list.' },
    INVALID_PARAMETER: { text: 'A dimension is not valid.', fix: 'Correct the marked field.' },
    INVALID_FINISHING: { text: 'The shop cannot do this finishing on this part.', fix: 'Change the finishing and try again.' },
    UNKNOWN_LEAD_TIME: { text: 'This delivery option is not offered.', fix: 'Choose another delivery option.' },
  },
  otherErrorFix: 'Please try again in a moment.',
  noCutLayers: {
    text: 'Everything in the drawing is on layers that are not cut (bend lines, engraving or left out).',
    fix: 'Under Layers, set the layer the part is drawn on to Cut.',
  },
  unitsQuestion: 'Is this drawing in millimetres or inches?',
  layersHeading: 'Layers',
  layersHint: 'What each layer of the drawing is: cut, engraved, bend lines, or left out.',
  roles: { cut: 'Cut', engrave: 'Engrave', bend: 'Bend line', ignore: 'Ignore' },
  layerLength: (length) => `${length} of lines`,
  engraveLength: 'Engraving length',
  bends: 'Bend lines',
  bendsValue: (count, n, length) => n === 1 ? `1 bend, ${length}` : `${count} bends, ${length} in all`,
  progressLabel: 'Progress of the analysis',
  kilobytes: (v) => `${v} KB`,
  megabytes: (v) => `${v} MB`,
  progressStage: {
    read: (f) => `Reading the drawing: ${f.read} of ${f.total}`,
    pack: (f) => `Preparing ${f.count} entities…`,
    measure: (f) => `Measuring ${f.count} segments…`,
    result: () => 'Putting the result together…',
    done: () => 'Calculating the price…',
  },
  unitsUnitless: 'The file does not say which units it uses.',
  unitsInches: 'The file says it is drawn in inches.',
  unitsTiny: (size) => `Read in millimetres the part is only ${size}: it may be drawn in inches.`,
  millimetres: 'Millimetres',
  inches: 'Inches',
  readAs: (unit) => `Read in ${unit}.`,
  orderHeading: 'Order',
  partName: 'Part name',
  save: 'Save to library',
  saving: 'Saving…',
  saved: (name, price) => `Saved to your library as “${name}”, ${price} per piece.`,
  addToBasket: 'Add to basket',
  adding: 'Adding…',
  added: (q, name) => `${q} × “${name}” added to your basket.`,
  signInToOrder: 'Sign in to order',
  signInHint: 'Customers of the shop sign in to save parts and order.',
  noRight: 'Your account may not save parts or order in this company.',
  retry: 'Try again',
  finishingHeading: 'Finishing',
  deburring: 'Deburring (priced by cut length)',
  tapping: 'Threads',
  tapHoles: (count, n, d, thread) => `${count} ${n === 1 ? 'hole' : 'holes'} of ${d} → ${thread}`,
  tapCount: (thread) => `Holes to tap ${thread}`,
  atMostHoles: (max) => `At most ${max} (the holes in the drawing).`,
  noTapHoles: 'No holes in the drawing are tap drills for a metric thread (M3–M20).',
  tapNotOffered: (count, n, d, thread) => `${count} ${n === 1 ? 'hole' : 'holes'} of ${d} (${thread}): this thread is not offered.`,
  countersinking: (count, n) => `Countersinking (${count} round ${n === 1 ? 'hole' : 'holes'} in the drawing)`,
  countersinkCount: 'Holes to countersink',
  bending: 'Bending',
  bendFromDrawing: (count, n) => `Bending: ${count} ${n === 1 ? 'bend' : 'bends'} from the drawing's bend lines`,
  bendNotPossible: 'Bending is not offered for a part of this size in this thickness.',
  bendCount: 'Number of bends',
  coating: 'Coating',
  noCoating: 'None',
  coatingKinds: { powder: 'Powder coating', anodize: 'Anodizing' },
  colour: 'Colour',
  finishingError: 'This finishing cannot be done as chosen.',
  fixFinishing: 'Please change the finishing to see the price.',
  deliveryHeading: 'Delivery',
  deliveryOption: ({ label, days, n, date, adjustment }) => `${label} — ${days} working ${n === 1 ? 'day' : 'days'}, delivered ${date}${adjustment ? `, ${adjustment}` : ''}`,
  leadTimes: { standard: 'Standard', express: 'Express', economy: 'Economy' },
  coatingDays: (count, n) => `Including ${count} working ${n === 1 ? 'day' : 'days'} for the coating.`,
  metres: (v) => `${v} m`,
  holeCount: (count, n) => `${count} ${n === 1 ? 'hole' : 'holes'}`,
  bendCountValue: (count, n) => `${count} ${n === 1 ? 'bend' : 'bends'}`,
  workingDays: (count, n) => `${count} working ${n === 1 ? 'day' : 'days'}`,
  basketDelivery: (label) => `Delivery for the whole basket: ${label}.`,
};

const de: ConfiguratorTexts = {
  heading: 'Sofortpreis',
  source: 'Ihr Teil',
  fromFile: 'DXF-Zeichnung',
  fromTemplate: 'Standardform',
  dropTitle: 'DXF-Zeichnung hier ablegen',
  chooseFile: 'DXF-Datei auswählen',
  chooseOther: 'Andere Datei auswählen',
  fileHint: 'Aus jedem CAD-Programm, in Millimetern oder Zoll. Ihre Zeichnung bleibt in Ihrem Browser, bis Sie sie speichern.',
  fileChosen: (name, size) => `${name} (${size})`,
  readError: 'Die Datei konnte nicht gelesen werden. Bitte wählen Sie sie erneut aus.',
  shape: 'Form',
  loadingShapes: 'Formen werden geladen …',
  range: (min, max) => `${min} bis ${max}`,
  required: 'Bitte geben Sie einen Wert ein.',
  notNumber: 'Bitte geben Sie eine Zahl ein.',
  atLeast: (v) => `Mindestens ${v}.`,
  atMost: (v) => `Höchstens ${v}.`,
  whole: 'Bitte geben Sie eine ganze Zahl ein.',
  crossCheck: (limit) => limit
    ? `Passt nicht zu den übrigen Maßen: hier ${limit.kind === 'max' ? 'höchstens' : 'mindestens'} ${limit.value}.`
    : 'Passt nicht zu den übrigen Maßen; bitte passen Sie den Wert an.',
  options: 'Werkstoff und Menge',
  material: 'Werkstoff',
  thickness: 'Blechdicke',
  quantity: 'Stückzahl',
  quantityError: 'Bitte geben Sie eine ganze Zahl von 1 bis 1.000.000 ein.',
  loadingCatalog: 'Werkstoffe werden geladen …',
  catalogError: 'Die Werkstoffe konnten nicht geladen werden.',
  priceHeading: 'Preis',
  unitPrice: 'Stückpreis',
  total: (q, n) => n === 1 ? 'Gesamt für 1 Stück' : `Gesamt für ${q} Stück`,
  calculating: 'Wird berechnet …',
  pricePrompt: 'Legen Sie eine Zeichnung ab oder wählen Sie eine Standardform, um den Preis zu sehen.',
  fixFields: 'Bitte korrigieren Sie das markierte Feld, um den Preis zu sehen.',
  priceNote: 'Zzgl. MwSt. und Versand. Der Preis wird beim Speichern des Teils erneut geprüft.',
  previewHeading: 'Vorschau',
  downloadHealed: 'Bereinigte DXF herunterladen',
  downloadHealedHint: 'Die Zeichnung so, wie sie geschnitten wird: in Millimetern, Lücken geschlossen, Doppeltes entfernt, ohne Text und Bemaßung, je ein Layer für Schnitt, Gravur und Biegelinien.',
  metricsHeading: 'Angaben zum Teil',
  cutLength: 'Schnittlänge',
  travel: 'Leerfahrt',
  travelValue: (d, s) => `${d}, ${s} s (in der Schneidzeit)`,
  pierces: 'Einstiche',
  grossArea: 'Fläche (Außenkontur)',
  netArea: 'Fläche (netto, ohne Löcher)',
  weight: 'Gewicht',
  weightValue: (one, all) => `${one} je Stück, ${all} gesamt`,
  size: 'Abmessungen',
  cuttingTime: 'Maschinenzeit je Teil',
  seconds: (v) => `${v} s`,
  sheetUsage: 'Blechausnutzung',
  sheetFormat: 'Tafelformat',
  partsPerSheet: 'Teile je Tafel',
  sheets: 'Tafeln',
  utilization: 'Ausnutzung',
  breakdownHeading: 'So setzt sich der Preis zusammen',
  item: 'Posten',
  amount: 'Betrag',
  lines: {
    material: 'Material', cutting: 'Laserschneiden', setup: 'Rüsten', quantity_discount: 'Mengenrabatt',
    surcharge: 'Zuschlag', minimum_order: 'Mindestbestellwert', rounding: 'Rundung',
 engraving: 'Gravur',
    deburring: 'Entgraten', tapping: 'Gewindeschneiden', countersinking: 'Senken', bending: 'Kanten', coating: 'Beschichtung', lead_time: 'Lieferung',
  },
  warningsHeading: (n) => `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'} zur Zeichnung`,
  fix: 'Was Sie tun können:',
  warnings: {
    OPEN_CONTOUR: ({ count }) => ({
      text: `${count} ${count === 1 ? 'Kontur ist' : 'Konturen sind'} offen (in der Vorschau gestrichelt): Der Laser schneidet daran entlang, es entsteht aber keine geschlossene Form.`,
      fix: 'Verbinden Sie die Enden in Ihrem CAD-Programm oder prüfen Sie, ob eine Linie fehlt, und laden Sie die Datei erneut hoch.',
    }),
    DUPLICATE_GEOMETRY: ({ count }) => ({
      text: `${count} ${count === 1 ? 'Linie wurde' : 'Linien wurden'} doppelt übereinander gezeichnet; jede wird nur einmal berechnet und geschnitten.`,
      fix: 'Löschen Sie die Doppelungen im CAD (zum Beispiel mit OVERKILL), um sicherzugehen.',
    }),
    GAP_HEALED: ({ count, gap }) => ({
      text: `${count} ${count === 1 ? 'kleine Lücke' : 'kleine Lücken'} zwischen Linienenden (bis ${gap}) ${count === 1 ? 'wurde' : 'wurden'} geschlossen (in der Vorschau eingekreist).`,
      fix: 'Prüfen Sie die markierten Stellen und fangen Sie die Enden im CAD aneinander, damit die Kontur genau stimmt.',
    }),
    IGNORED_ENTITY: ({ count, entity }) => ({
      text: `${count} ${entity ?? ''}-${count === 1 ? 'Element wird' : 'Elemente werden'} nicht geschnitten (Texte, Bemaßungen, Schraffuren und Ähnliches).`,
      fix: 'Nichts zu tun, wenn es Beschriftungen sind. Sollen sie geschnitten werden, lösen Sie sie im CAD in Linien auf.',
    }),
    LAYER_IGNORED: ({ count, layers }) => ({
      text: `${count} ${count === 1 ? 'Element liegt' : 'Elemente liegen'} auf Layern, die nicht geschnitten werden: ${layers ?? ''} (ausgeblendet, Bemaßung, Schriftfeld und Ähnliches).`,
      fix: 'Nichts zu tun, wenn sie nicht zum Teil gehören. Soll ein Layer geschnitten werden, stellen Sie ihn unter „Layer“ auf „Schneiden“.',
    }),
    UNITLESS_DRAWING: () => ({
      text: 'Die Zeichnung gibt keine Einheit an; sie wurde in Millimetern gelesen.',
      fix: 'Beantworten Sie die Frage nach der Einheit oder stellen Sie die Einheit in Ihrem CAD-Programm ein ($INSUNITS).',
    }),
    DEGENERATE_GEOMETRY: ({ count }) => ({
      text: `${count} ${count === 1 ? 'Element hat' : 'Elemente haben'} keine Länge (Linien der Länge null oder Bögen mit Radius null) und ${count === 1 ? 'wurde' : 'wurden'} weggelassen.`,
      fix: 'Meist nichts; bereinigen Sie sie im CAD, falls das Teil unvollständig aussieht.',
    }),
    SKIPPED_ENTITY: ({ count, entity }) => ({
      text: `${count} ${entity ?? ''}-${count === 1 ? 'Element konnte' : 'Elemente konnten'} nicht gelesen werden und ${count === 1 ? 'wurde' : 'wurden'} weggelassen.`,
      fix: 'Prüfen Sie sie im CAD: lösen Sie sie auf oder zeichnen Sie sie neu und exportieren Sie die DXF erneut.',
    }),
    SPLINE_FROM_FIT_POINTS: ({ count }) => ({
      text: `${count} ${count === 1 ? 'Kurve ist' : 'Kurven sind'} nur durch Punkte gegeben, durch die sie verlaufen, und ${count === 1 ? 'wurde' : 'wurden'} interpoliert; Längen können leicht von Ihrem CAD abweichen.`,
      fix: 'Exportieren Sie Splines mit Kontrollpunkten oder als Polylinien, um genaue Längen zu erhalten.',
    }),
    SMALL_FEATURE: ({ count, minHole }) => ({
      text: `${count} ${count === 1 ? 'Loch ist' : 'Löcher sind'} kleiner als ${minHole}, das kleinste Maß, das in diesem Werkstoff und dieser Dicke sauber geschnitten werden kann.`,
      fix: 'Vergrößern Sie die Löcher, wählen Sie ein dünneres Blech oder planen Sie, sie nachträglich zu bohren.',
    }),
    CROSSING_CONTOURS: ({ count }) => ({
      text: `${count} geschlossene ${count === 1 ? 'Kontur schneidet sich selbst' : 'Konturen schneiden einander oder sich selbst'}: als Fläche des Teils gilt der umschlossene Bereich, Material ist, wo sich eine ungerade Zahl von Konturen überlagert.`,
      fix: 'Zeichnen Sie die Konturen im CAD so, dass sie sich nicht schneiden, oder vereinen Sie sich schneidende Konturen zu einer, und laden Sie die Zeichnung erneut hoch.',
    }),
  },
  errors: {
    DXF_PARSE_ERROR: { text: 'Diese Datei konnte nicht als DXF-Zeichnung gelesen werden.', fix: 'Exportieren Sie das Teil erneut aus Ihrem CAD-Programm als DXF (ASCII) und wählen Sie die neue Datei.' },
    NO_CUT_GEOMETRY: { text: 'Die Zeichnung enthält nichts zu schneiden: keine Linien, Bögen oder Kreise.', fix: 'Prüfen Sie, ob das Teil im Modellbereich gezeichnet ist und nicht nur aus Text, Bemaßung oder Schraffur besteht.' },
    FILE_TOO_LARGE: { text: 'Die Datei ist zu groß.', fix: 'Entfernen Sie Schriftfelder, Schraffuren und andere Teile und senden Sie ein Teil je Datei.' },
    PAYLOAD_TOO_LARGE: { text: 'Die Datei ist zum Speichern zu groß.', fix: 'Entfernen Sie Schriftfelder, Schraffuren und andere Teile und senden Sie ein Teil je Datei.' },
    PART_TOO_LARGE: { text: 'Das Teil passt nicht auf die größte Tafel dieses Werkstoffs.', fix: 'Prüfen Sie die Einheit (eine Zeichnung in Millimetern, als Zoll gelesen, ist 25-mal zu groß) oder teilen Sie das Teil.' },
    UNAVAILABLE_THICKNESS: { text: 'Diesen Werkstoff gibt es nicht in dieser Dicke.', fix: 'Wählen Sie eine der aufgeführten Dicken.' },
    UNKNOWN_MATERIAL: { text: 'Dieser Werkstoff wird nicht angeboten.', fix: 'Wählen Sie einen anderen Werkstoff aus der Liste.' },
    INVALID_QUANTITY: { text: 'Die Stückzahl ist ungültig.', fix: 'Geben Sie eine ganze Zahl von 1 bis 1.000.000 ein.' },
    DRAWING_TOO_COMPLEX: { text: 'Die Zeichnung ist für einen Sofortpreis zu umfangreich.', fix: 'Entfernen Sie Schraffuren, Texte und andere Teile oder senden Sie sie uns für ein Angebot.' },
    INVALID_GEOMETRY: { text: 'Die Zeichnung enthält Geometrie, die nicht geschnitten werden kann.', fix: 'Suchen Sie nach verirrten Objekten weit vom Teil entfernt oder defekten Kurven, löschen Sie sie und exportieren Sie erneut.' },
    INVALID_COORDINATES: { text: 'Die Zeichnung enthält Koordinaten außerhalb des gültigen Bereichs.', fix: 'Suchen Sie nach verirrten Objekten weit vom Teil entfernt, löschen Sie sie und exportieren Sie erneut.' },
    UNSUPPORTED_UNITS: { text: 'Die Einheit der Zeichnung kann nicht umgerechnet werden.', fix: 'Speichern Sie sie in Millimetern oder Zoll und exportieren Sie erneut.' },
    INVALID_CATALOG: { text: 'Die Preisliste dieser Seite ist nicht richtig eingerichtet.', fix: 'Bitte geben Sie dem Betrieb Bescheid; Sie selbst können das nicht beheben.' },
    INVALID_PROFILE: { text: 'Die Preisliste dieser Seite ist nicht richtig eingerichtet.', fix: 'Bitte geben Sie dem Betrieb Bescheid; Sie selbst können das nicht beheben.' },
    UNKNOWN_TEMPLATE: { text: 'Diese Standardform wird nicht angeboten.', fix: 'Wählen Sie eine andere Form aus der Liste.' },
    INVALID_PARAMETER: { text: 'Ein Maß ist ungültig.', fix: 'Korrigieren Sie das markierte Feld.' },
    INVALID_FINISHING: { text: 'Diese Bearbeitung ist an diesem Teil nicht möglich.', fix: 'Ändern Sie die Bearbeitung und versuchen Sie es erneut.' },
    UNKNOWN_LEAD_TIME: { text: 'Diese Lieferoption wird nicht angeboten.', fix: 'Wählen Sie eine andere Lieferoption.' },
  },
  otherErrorFix: 'Bitte versuchen Sie es gleich noch einmal.',
  noCutLayers: {
    text: 'Alles in der Zeichnung liegt auf Layern, die nicht geschnitten werden (Biegelinien, Gravur oder ignoriert).',
    fix: 'Stellen Sie unter Layer den Layer, auf dem das Teil gezeichnet ist, auf Schneiden.',
  },
  unitsQuestion: 'Ist diese Zeichnung in Millimetern oder in Zoll?',
  layersHeading: 'Layer',
  layersHint: 'Was jeder Layer der Zeichnung ist: geschnitten, graviert, Biegelinien oder weggelassen.',
  roles: { cut: 'Schneiden', engrave: 'Gravieren', bend: 'Biegelinie', ignore: 'Ignorieren' },
  layerLength: (length) => `${length} Linien`,
  engraveLength: 'Gravurlänge',
  bends: 'Biegelinien',
  bendsValue: (count, n, length) => n === 1 ? `1 Biegung, ${length}` : `${count} Biegungen, zusammen ${length}`,
  progressLabel: 'Fortschritt der Analyse',
  kilobytes: (v) => `${v} KB`,
  megabytes: (v) => `${v} MB`,
  progressStage: {
    read: (f) => `Zeichnung wird gelesen: ${f.read} von ${f.total}`,
    pack: (f) => `${f.count} Elemente werden aufbereitet…`,
    measure: (f) => `${f.count} Segmente werden vermessen…`,
    result: () => 'Ergebnis wird zusammengestellt…',
    done: () => 'Preis wird berechnet…',
  },
  unitsUnitless: 'Die Datei gibt keine Einheit an.',
  unitsInches: 'Laut Datei ist sie in Zoll gezeichnet.',
  unitsTiny: (size) => `In Millimetern gelesen ist das Teil nur ${size} groß: Es könnte in Zoll gezeichnet sein.`,
  millimetres: 'Millimeter',
  inches: 'Zoll',
  readAs: (unit) => `Gelesen in ${unit}.`,
  orderHeading: 'Bestellen',
  partName: 'Teilename',
  save: 'In der Teilebibliothek speichern',
  saving: 'Wird gespeichert …',
  saved: (name, price) => `In Ihrer Teilebibliothek als „${name}“ gespeichert, ${price} je Stück.`,
  addToBasket: 'In den Warenkorb',
  adding: 'Wird hinzugefügt …',
  added: (q, name) => `${q} × „${name}“ in Ihren Warenkorb gelegt.`,
  signInToOrder: 'Zum Bestellen anmelden',
  signInHint: 'Kunden des Betriebs melden sich an, um Teile zu speichern und zu bestellen.',
  noRight: 'Ihr Konto darf in dieser Firma keine Teile speichern oder bestellen.',
  retry: 'Erneut versuchen',
  finishingHeading: 'Oberflächen und Bearbeitung',
  deburring: 'Entgraten (nach Schnittlänge)',
  tapping: 'Gewinde',
  tapHoles: (count, n, d, thread) => `${count} ${n === 1 ? 'Loch' : 'Löcher'} mit ${d} → ${thread}`,
  tapCount: (thread) => `Löcher mit Gewinde ${thread}`,
  atMostHoles: (max) => `Höchstens ${max} (die Löcher der Zeichnung).`,
  noTapHoles: 'Kein Loch der Zeichnung ist ein Kernloch für ein metrisches Gewinde (M3–M20).',
  tapNotOffered: (count, n, d, thread) => `${count} ${n === 1 ? 'Loch' : 'Löcher'} mit ${d} (${thread}): dieses Gewinde wird nicht angeboten.`,
  countersinking: (count, n) => `Senken (${count} ${n === 1 ? 'rundes Loch' : 'runde Löcher'} in der Zeichnung)`,
  countersinkCount: 'Zu senkende Löcher',
  bending: 'Kanten',
  bendFromDrawing: (count, n) => `Kanten: ${count} ${n === 1 ? 'Biegung' : 'Biegungen'} aus den Biegelinien der Zeichnung`,
  bendNotPossible: 'Kanten wird für ein Teil dieser Größe in dieser Dicke nicht angeboten.',
  bendCount: 'Anzahl der Biegungen',
  coating: 'Beschichtung',
  noCoating: 'Keine',
  coatingKinds: { powder: 'Pulverbeschichtung', anodize: 'Eloxieren' },
  colour: 'Farbe',
  finishingError: 'Diese Bearbeitung ist so nicht möglich.',
  fixFinishing: 'Bitte ändern Sie die Bearbeitung, um den Preis zu sehen.',
  deliveryHeading: 'Lieferung',
  deliveryOption: ({ label, days, n, date, adjustment }) => `${label} — ${days} ${n === 1 ? 'Arbeitstag' : 'Arbeitstage'}, Lieferung ${date}${adjustment ? `, ${adjustment}` : ''}`,
  leadTimes: { standard: 'Standard', express: 'Express', economy: 'Economy' },
  coatingDays: (count, n) => `Einschließlich ${count} ${n === 1 ? 'Arbeitstag' : 'Arbeitstage'} für die Beschichtung.`,
  metres: (v) => `${v} m`,
  holeCount: (count, n) => `${count} ${n === 1 ? 'Loch' : 'Löcher'}`,
  bendCountValue: (count, n) => `${count} ${n === 1 ? 'Biegung' : 'Biegungen'}`,
  workingDays: (count, n) => `${count} ${n === 1 ? 'Arbeitstag' : 'Arbeitstage'}`,
  basketDelivery: (label) => `Lieferung für den ganzen Warenkorb: ${label}.`,
};

const fr: ConfiguratorTexts = {
  heading: 'Prix immédiat',
  source: 'Votre pièce',
  fromFile: 'Dessin DXF',
  fromTemplate: 'Forme standard',
  dropTitle: 'Déposez un dessin DXF ici',
  chooseFile: 'Choisir un fichier DXF',
  chooseOther: 'Choisir un autre fichier',
  fileHint: 'Depuis n’importe quel logiciel de CAO, en millimètres ou en pouces. Votre dessin reste dans votre navigateur jusqu’à ce que vous l’enregistriez.',
  fileChosen: (name, size) => `${name} (${size})`,
  readError: 'Le fichier n’a pas pu être lu. Veuillez le choisir à nouveau.',
  shape: 'Forme',
  loadingShapes: 'Chargement des formes…',
  range: (min, max) => `de ${min} à ${max}`,
  required: 'Veuillez saisir une valeur.',
  notNumber: 'Veuillez saisir un nombre.',
  atLeast: (v) => `Au moins ${v}.`,
  atMost: (v) => `Au plus ${v}.`,
  whole: 'Veuillez saisir un nombre entier.',
  crossCheck: (limit) => limit
    ? `Incompatible avec les autres cotes : ici ${limit.kind === 'max' ? 'au plus' : 'au moins'} ${limit.value}.`
    : 'Incompatible avec les autres cotes ; veuillez l’ajuster.',
  options: 'Matière et quantité',
  material: 'Matière',
  thickness: 'Épaisseur',
  quantity: 'Quantité',
  quantityError: 'Veuillez saisir un nombre entier de 1 à 1 000 000.',
  loadingCatalog: 'Chargement des matières…',
  catalogError: 'Les matières n’ont pas pu être chargées.',
  priceHeading: 'Prix',
  unitPrice: 'Prix unitaire',
  total: (q, n) => n === 1 ? 'Total pour 1 pièce' : `Total pour ${q} pièces`,
  calculating: 'Calcul en cours…',
  pricePrompt: 'Déposez un dessin ou choisissez une forme standard pour voir le prix.',
  fixFields: 'Veuillez corriger le champ signalé pour voir le prix.',
  priceNote: 'Hors TVA et livraison. Le prix est vérifié à nouveau lors de l’enregistrement de la pièce.',
  previewHeading: 'Aperçu',
  downloadHealed: 'Télécharger le DXF corrigé',
  downloadHealedHint: 'Le dessin tel qu\'il sera découpé : en millimètres, interstices fermés, doublons supprimés, sans textes ni cotes, un calque pour la découpe, un pour la gravure, un pour les lignes de pliage.',
  metricsHeading: 'Détails de la pièce',
  cutLength: 'Longueur de découpe',
  travel: 'Déplacements rapides',
  travelValue: (d, s) => `${d}, ${s} s (dans le temps de découpe)`,
  pierces: 'Amorçages',
  grossArea: 'Surface (contour)',
  netArea: 'Surface (nette, sans trous)',
  weight: 'Poids',
  weightValue: (one, all) => `${one} par pièce, ${all} au total`,
  size: 'Dimensions',
  cuttingTime: 'Temps machine par pièce',
  seconds: (v) => `${v} s`,
  sheetUsage: 'Utilisation des tôles',
  sheetFormat: 'Format de tôle',
  partsPerSheet: 'Pièces par tôle',
  sheets: 'Tôles',
  utilization: 'Taux d’utilisation',
  breakdownHeading: 'Détail du prix',
  item: 'Poste',
  amount: 'Montant',
  lines: {
    material: 'Matière', cutting: 'Découpe laser', setup: 'Mise en route', quantity_discount: 'Remise sur quantité',
    surcharge: 'Supplément', minimum_order: 'Minimum de commande', rounding: 'Arrondi',
 engraving: 'Gravure',
    deburring: 'Ébavurage', tapping: 'Taraudage', countersinking: 'Fraisage', bending: 'Pliage', coating: 'Revêtement', lead_time: 'Livraison',
  },
  warningsHeading: (n) => `${n} ${n === 1 ? 'point' : 'points'} à vérifier`,
  fix: 'Que faire :',
  warnings: {
    OPEN_CONTOUR: ({ count }) => ({
      text: `${count} ${count === 1 ? 'contour est ouvert' : 'contours sont ouverts'} (en pointillé dans l’aperçu) : le laser ${count === 1 ? 'le' : 'les'} suit, mais aucune forme fermée n’en sort.`,
      fix: 'Reliez les extrémités dans votre logiciel de CAO ou vérifiez qu’il ne manque pas une ligne, puis téléversez à nouveau.',
    }),
    DUPLICATE_GEOMETRY: ({ count }) => ({
      text: `${count} ${count === 1 ? 'ligne a été dessinée' : 'lignes ont été dessinées'} deux fois l’une sur l’autre ; chacune n’est comptée et découpée qu’une fois.`,
      fix: 'Supprimez les doublons dans la CAO (par exemple avec OVERKILL) pour en être sûr.',
    }),
    GAP_HEALED: ({ count, gap }) => ({
      text: `${count} ${count === 1 ? 'petit jour' : 'petits jours'} entre des extrémités de lignes (jusqu’à ${gap}) ${count === 1 ? 'a été refermé' : 'ont été refermés'} (entourés dans l’aperçu).`,
      fix: 'Vérifiez les endroits signalés et accrochez les extrémités dans la CAO pour que le contour soit exact.',
    }),
    IGNORED_ENTITY: ({ count, entity }) => ({
      text: `${count} ${count === 1 ? 'élément' : 'éléments'} ${entity ?? ''} ne ${count === 1 ? 'sera' : 'seront'} pas découpé${count === 1 ? '' : 's'} (textes, cotes, hachures, etc.).`,
      fix: 'Rien à faire s’il s’agit d’annotations. S’ils doivent être découpés, décomposez-les en lignes dans la CAO.',
    }),
    LAYER_IGNORED: ({ count, layers }) => ({
      text: `${count} ${count === 1 ? 'élément est' : 'éléments sont'} sur des calques qui ne sont pas découpés : ${layers ?? ''} (masqués, cotation, cartouche, etc.).`,
      fix: 'Rien à faire s\'ils ne font pas partie de la pièce. Si un calque doit être découpé, réglez-le sur « Découper » sous Calques.',
    }),
    UNITLESS_DRAWING: () => ({
      text: 'Le dessin n’indique pas son unité ; il a été lu en millimètres.',
      fix: 'Répondez à la question sur l’unité, ou réglez l’unité dans votre logiciel de CAO ($INSUNITS).',
    }),
    DEGENERATE_GEOMETRY: ({ count }) => ({
      text: `${count} ${count === 1 ? 'élément n’a' : 'éléments n’ont'} aucune longueur (lignes nulles ou arcs de rayon nul) et ${count === 1 ? 'a été ignoré' : 'ont été ignorés'}.`,
      fix: 'En général rien ; nettoyez-les dans la CAO si la pièce semble incomplète.',
    }),
    SKIPPED_ENTITY: ({ count, entity }) => ({
      text: `${count} ${count === 1 ? 'élément' : 'éléments'} ${entity ?? ''} n’${count === 1 ? 'a' : 'ont'} pas pu être ${count === 1 ? 'lu et a été omis' : 'lus et ont été omis'}.`,
      fix: 'Vérifiez-les dans la CAO : décomposez-les ou redessinez-les, puis exportez à nouveau le DXF.',
    }),
    SPLINE_FROM_FIT_POINTS: ({ count }) => ({
      text: `${count} ${count === 1 ? 'courbe n’est définie' : 'courbes ne sont définies'} que par des points de passage et ${count === 1 ? 'a été interpolée' : 'ont été interpolées'} ; les longueurs peuvent différer légèrement de votre CAO.`,
      fix: 'Exportez les splines avec leurs points de contrôle, ou en polylignes, pour des longueurs exactes.',
    }),
    SMALL_FEATURE: ({ count, minHole }) => ({
      text: `${count} ${count === 1 ? 'trou est plus petit' : 'trous sont plus petits'} que ${minHole}, le minimum découpable proprement dans cette matière et cette épaisseur.`,
      fix: 'Agrandissez les trous, choisissez une tôle plus fine ou prévoyez de les percer ensuite.',
    }),
    CROSSING_CONTOURS: ({ count }) => ({
      text: `${count} ${count === 1 ? 'contour fermé se croise lui-même' : 'contours fermés se croisent entre eux ou eux-mêmes'} : la surface de la pièce est celle de la région qu’ils entourent, la matière là où un nombre impair de contours se superposent.`,
      fix: 'Redessinez les contours dans la CAO pour qu’ils ne se croisent pas, ou réunissez les contours qui se croisent en un seul, puis envoyez à nouveau le dessin.',
    }),
  },
  errors: {
    DXF_PARSE_ERROR: { text: 'Ce fichier n’a pas pu être lu comme un dessin DXF.', fix: 'Exportez à nouveau la pièce depuis votre logiciel de CAO au format DXF (ASCII) et choisissez le nouveau fichier.' },
    NO_CUT_GEOMETRY: { text: 'Le dessin ne contient rien à découper : ni lignes, ni arcs, ni cercles.', fix: 'Vérifiez que la pièce est dessinée dans l’espace objet et ne se compose pas seulement de textes, de cotes ou de hachures.' },
    FILE_TOO_LARGE: { text: 'Le fichier est trop volumineux.', fix: 'Retirez cartouches, hachures et autres pièces, et envoyez une pièce par fichier.' },
    PAYLOAD_TOO_LARGE: { text: 'Le fichier est trop volumineux pour être enregistré.', fix: 'Retirez cartouches, hachures et autres pièces, et envoyez une pièce par fichier.' },
    PART_TOO_LARGE: { text: 'La pièce ne tient pas sur la plus grande tôle de cette matière.', fix: 'Vérifiez l’unité (un dessin en millimètres lu en pouces est 25 fois trop grand) ou divisez la pièce.' },
    UNAVAILABLE_THICKNESS: { text: 'Cette matière n’existe pas dans cette épaisseur.', fix: 'Choisissez l’une des épaisseurs de la liste.' },
    UNKNOWN_MATERIAL: { text: 'Cette matière n’est pas proposée.', fix: 'Choisissez une autre matière dans la liste.' },
    INVALID_QUANTITY: { text: 'La quantité n’est pas valable.', fix: 'Saisissez un nombre entier de 1 à 1 000 000.' },
    DRAWING_TOO_COMPLEX: { text: 'Le dessin est trop complexe pour un prix immédiat.', fix: 'Retirez hachures, textes et autres pièces, ou envoyez-le-nous pour un devis.' },
    INVALID_GEOMETRY: { text: 'Le dessin contient une géométrie impossible à découper.', fix: 'Cherchez des objets isolés loin de la pièce ou des courbes défectueuses, supprimez-les et exportez à nouveau.' },
    INVALID_COORDINATES: { text: 'Le dessin contient des coordonnées hors limites.', fix: 'Cherchez des objets isolés loin de la pièce, supprimez-les et exportez à nouveau.' },
    UNSUPPORTED_UNITS: { text: 'L’unité du dessin ne peut pas être convertie.', fix: 'Enregistrez-le en millimètres ou en pouces et exportez à nouveau.' },
    INVALID_CATALOG: { text: 'La liste de prix de cette page est mal configurée.', fix: 'Veuillez prévenir l’atelier ; vous ne pouvez pas corriger cela vous-même.' },
    INVALID_PROFILE: { text: 'La liste de prix de cette page est mal configurée.', fix: 'Veuillez prévenir l’atelier ; vous ne pouvez pas corriger cela vous-même.' },
    UNKNOWN_TEMPLATE: { text: 'Cette forme standard n’est pas proposée.', fix: 'Choisissez une autre forme dans la liste.' },
    INVALID_PARAMETER: { text: 'Une cote n’est pas valable.', fix: 'Corrigez le champ signalé.' },
    INVALID_FINISHING: { text: 'Cette finition n’est pas possible sur cette pièce.', fix: 'Modifiez la finition puis réessayez.' },
    UNKNOWN_LEAD_TIME: { text: 'Cette option de livraison n’est pas proposée.', fix: 'Choisissez une autre option de livraison.' },
  },
  otherErrorFix: 'Veuillez réessayer dans un instant.',
  noCutLayers: {
    text: 'Tout le dessin se trouve sur des calques qui ne sont pas découpés (lignes de pliage, gravure ou ignorés).',
    fix: 'Sous Calques, réglez le calque sur lequel la pièce est dessinée sur Découper.',
  },
  unitsQuestion: 'Ce dessin est-il en millimètres ou en pouces ?',
  layersHeading: 'Calques',
  layersHint: "Ce qu'est chaque calque du dessin : découpé, gravé, lignes de pliage ou ignoré.",
  roles: { cut: 'Découper', engrave: 'Graver', bend: 'Ligne de pliage', ignore: 'Ignorer' },
  layerLength: (length) => `${length} de lignes`,
  engraveLength: 'Longueur de gravure',
  bends: 'Lignes de pliage',
  bendsValue: (count, n, length) => n === 1 ? `1 pli, ${length}` : `${count} plis, ${length} au total`,
  progressLabel: "Progression de l'analyse",
  kilobytes: (v) => `${v} Ko`,
  megabytes: (v) => `${v} Mo`,
  progressStage: {
    read: (f) => `Lecture du dessin : ${f.read} sur ${f.total}`,
    pack: (f) => `Préparation de ${f.count} entités…`,
    measure: (f) => `Mesure de ${f.count} segments…`,
    result: () => 'Assemblage du résultat…',
    done: () => 'Calcul du prix…',
  },
  unitsUnitless: 'Le fichier n’indique pas son unité.',
  unitsInches: 'Le fichier indique qu’il est dessiné en pouces.',
  unitsTiny: (size) => `Lue en millimètres, la pièce ne mesure que ${size} : elle est peut-être dessinée en pouces.`,
  millimetres: 'Millimètres',
  inches: 'Pouces',
  readAs: (unit) => `Lu en ${unit.toLowerCase()}.`,
  orderHeading: 'Commander',
  partName: 'Nom de la pièce',
  save: 'Enregistrer dans la bibliothèque',
  saving: 'Enregistrement…',
  saved: (name, price) => `Enregistrée dans votre bibliothèque sous « ${name} », ${price} par pièce.`,
  addToBasket: 'Ajouter au panier',
  adding: 'Ajout…',
  added: (q, name) => `${q} × « ${name} » ajouté à votre panier.`,
  signInToOrder: 'Se connecter pour commander',
  signInHint: 'Les clients de l’atelier se connectent pour enregistrer des pièces et commander.',
  noRight: 'Votre compte ne peut ni enregistrer de pièces ni commander dans cette entreprise.',
  retry: 'Réessayer',
  finishingHeading: 'Finitions',
  deburring: 'Ébavurage (selon la longueur de coupe)',
  tapping: 'Taraudages',
  tapHoles: (count, n, d, thread) => `${count} ${n === 1 ? 'trou' : 'trous'} de ${d} → ${thread}`,
  tapCount: (thread) => `Trous à tarauder en ${thread}`,
  atMostHoles: (max) => `${max} au plus (les trous du dessin).`,
  noTapHoles: 'Aucun trou du dessin n’est un avant-trou de taraudage métrique (M3–M20).',
  tapNotOffered: (count, n, d, thread) => `${count} ${n === 1 ? 'trou' : 'trous'} de ${d} (${thread}) : ce filetage n’est pas proposé.`,
  countersinking: (count, n) => `Fraisage (${count} ${n === 1 ? 'trou rond' : 'trous ronds'} dans le dessin)`,
  countersinkCount: 'Trous à fraiser',
  bending: 'Pliage',
  bendFromDrawing: (count, n) => `Pliage : ${count} ${n === 1 ? 'pli' : 'plis'} d’après les lignes de pliage du dessin`,
  bendNotPossible: 'Le pliage n’est pas proposé pour une pièce de cette taille dans cette épaisseur.',
  bendCount: 'Nombre de plis',
  coating: 'Revêtement',
  noCoating: 'Aucun',
  coatingKinds: { powder: 'Thermolaquage', anodize: 'Anodisation' },
  colour: 'Couleur',
  finishingError: 'Cette finition n’est pas possible telle quelle.',
  fixFinishing: 'Modifiez la finition pour voir le prix.',
  deliveryHeading: 'Livraison',
  deliveryOption: ({ label, days, n, date, adjustment }) => `${label} — ${days} ${n === 1 ? 'jour ouvré' : 'jours ouvrés'}, livraison le ${date}${adjustment ? `, ${adjustment}` : ''}`,
  leadTimes: { standard: 'Standard', express: 'Express', economy: 'Économique' },
  coatingDays: (count, n) => `Dont ${count} ${n === 1 ? 'jour ouvré' : 'jours ouvrés'} pour le revêtement.`,
  metres: (v) => `${v} m`,
  holeCount: (count, n) => `${count} ${n === 1 ? 'trou' : 'trous'}`,
  bendCountValue: (count, n) => `${count} ${n === 1 ? 'pli' : 'plis'}`,
  workingDays: (count, n) => `${count} ${n === 1 ? 'jour ouvré' : 'jours ouvrés'}`,
  basketDelivery: (label) => `Livraison de tout le panier : ${label}.`,
};

export const translations: Tables<ConfiguratorTexts> = { en, de, fr };
