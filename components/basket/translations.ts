import type { Tables } from '../shared/i18n.js';

export interface BasketTexts {
  title: string;
  notAllowed: string;
  empty: string;
  toLibrary: string;
  part: string;
  quantity: string;
  quantityOf: (name: string) => string;
  unitPrice: string;
  lineTotal: string;
  remove: string;
  removeLine: (name: string) => string;
  cannotOrder: string;
  total: string;
  lines: (n: number) => string;
  goToBasket: string;
  details: string;
  deliveryAddress: string;
  billingAddress: string;
  otherAddress: string;
  noAddress: string;
  address: { name: string; street: string; zip: string; city: string; country: string };
  addressIncomplete: string;
  deliveryMethod: string;
  methods: { delivery: string; pickup: string; express: string };
  leadTime: string;
  leadOption: (label: string, days: string, date: string, adjustment: string) => string;
  desiredDate: string;
  dateInPast: string;
  commission: string;
  note: string;
  saving: string;
  saved: string;
  submit: string;
  submitting: string;
  fixLines: string;
  placed: (number: string) => string;
  awaitsApproval: (approver: string | null) => string;
  released: string;
  showOrder: string;
  /** The collapsible section with the nested sheets (issue [9]). */
  sheets: string;
  errors: Record<string, string>;
}

const en: BasketTexts = {
  title: 'Basket',
  notAllowed: 'Your group may not place orders. Ask your company administrator for the right to order.',
  empty: 'Your basket is empty.',
  toLibrary: 'Choose parts in the library',
  part: 'Part',
  quantity: 'Quantity',
  quantityOf: (name) => `Quantity of ${name}`,
  unitPrice: 'Unit price',
  lineTotal: 'Line total',
  remove: 'Remove',
  removeLine: (name) => `Remove ${name} from the basket`,
  cannotOrder: 'Cannot be ordered',
  total: 'Total',
  lines: (n) => (n === 1 ? '1 line' : `${n} lines`),
  goToBasket: 'Go to basket',
  details: 'Delivery and order details',
  deliveryAddress: 'Delivery address',
  billingAddress: 'Billing address',
  otherAddress: 'Other address…',
  noAddress: 'Choose an address',
  address: { name: 'Name', street: 'Street', zip: 'Postcode', city: 'City', country: 'Country' },
  addressIncomplete: 'Fill in every field of the address; it is saved once complete.',
  deliveryMethod: 'Delivery method',
  methods: { delivery: 'Delivery', pickup: 'Pick-up', express: 'Express delivery' },
  leadTime: 'Delivery time',
  leadOption: (label, days, date, adj) => `${label}: ${days} working days, delivered ${date}${adj ? `, ${adj}` : ''}`,
  desiredDate: 'Desired delivery date',
  dateInPast: 'The date cannot be in the past.',
  commission: 'Commission (your reference)',
  note: 'Note to the shop',
  saving: 'Saving…',
  saved: 'Saved',
  submit: 'Place order',
  submitting: 'Placing the order…',
  fixLines: 'Remove or change the highlighted lines before ordering.',
  placed: (n) => `Order ${n} placed.`,
  awaitsApproval: (a) => (a ? `It awaits approval by ${a}; you will be told when it goes to the shop.` : 'It awaits approval; you will be told when it goes to the shop.'),
  released: 'It went straight to the shop.',
  showOrder: 'Show the order',
  sheets: 'Sheets: how the parts are nested',
  errors: {
    BASKET_EMPTY: 'The basket is empty (or was just ordered).',
    NO_APPROVER: 'This order needs approval, but nobody in your company may approve it. Ask your company administrator to name an approver.',
  },
};

const de: BasketTexts = {
  title: 'Warenkorb',
  notAllowed: 'Ihre Gruppe darf nicht bestellen. Bitten Sie Ihre Firmenadministration um das Recht zu bestellen.',
  empty: 'Ihr Warenkorb ist leer.',
  toLibrary: 'Teile in der Bibliothek auswählen',
  part: 'Teil',
  quantity: 'Menge',
  quantityOf: (name) => `Menge von ${name}`,
  unitPrice: 'Stückpreis',
  lineTotal: 'Positionssumme',
  remove: 'Entfernen',
  removeLine: (name) => `${name} aus dem Warenkorb entfernen`,
  cannotOrder: 'Nicht bestellbar',
  total: 'Gesamt',
  lines: (n) => (n === 1 ? '1 Position' : `${n} Positionen`),
  goToBasket: 'Zum Warenkorb',
  details: 'Lieferung und Bestellangaben',
  deliveryAddress: 'Lieferadresse',
  billingAddress: 'Rechnungsadresse',
  otherAddress: 'Andere Adresse …',
  noAddress: 'Adresse wählen',
  address: { name: 'Name', street: 'Straße', zip: 'PLZ', city: 'Ort', country: 'Land' },
  addressIncomplete: 'Bitte füllen Sie alle Felder der Adresse aus; sie wird gespeichert, sobald sie vollständig ist.',
  deliveryMethod: 'Versandart',
  methods: { delivery: 'Lieferung', pickup: 'Abholung', express: 'Expresslieferung' },
  leadTime: 'Lieferzeit',
  leadOption: (label, days, date, adj) => `${label}: ${days} Arbeitstage, Lieferung am ${date}${adj ? `, ${adj}` : ''}`,
  desiredDate: 'Wunschliefertermin',
  dateInPast: 'Das Datum darf nicht in der Vergangenheit liegen.',
  commission: 'Kommission (Ihr Zeichen)',
  note: 'Hinweis an den Lieferanten',
  saving: 'Wird gespeichert …',
  saved: 'Gespeichert',
  submit: 'Bestellung absenden',
  submitting: 'Bestellung wird gesendet …',
  fixLines: 'Bitte entfernen oder ändern Sie die markierten Positionen, bevor Sie bestellen.',
  placed: (n) => `Bestellung ${n} wurde aufgegeben.`,
  awaitsApproval: (a) => (a ? `Sie wartet auf die Freigabe durch ${a}; Sie erhalten Bescheid, sobald sie an den Lieferanten geht.` : 'Sie wartet auf Freigabe; Sie erhalten Bescheid, sobald sie an den Lieferanten geht.'),
  released: 'Sie ging direkt an den Lieferanten.',
  showOrder: 'Bestellung anzeigen',
  sheets: 'Tafeln: wie die Teile geschachtelt werden',
  errors: {
    BASKET_EMPTY: 'Der Warenkorb ist leer (oder wurde gerade bestellt).',
    NO_APPROVER: 'Diese Bestellung muss freigegeben werden, aber niemand in Ihrer Firma darf freigeben. Bitten Sie Ihre Firmenadministration, eine freigebende Person zu benennen.',
  },
};

const fr: BasketTexts = {
  title: 'Panier',
  notAllowed: 'Votre groupe n’a pas le droit de commander. Demandez ce droit à l’administrateur de votre entreprise.',
  empty: 'Votre panier est vide.',
  toLibrary: 'Choisir des pièces dans la bibliothèque',
  part: 'Pièce',
  quantity: 'Quantité',
  quantityOf: (name) => `Quantité de ${name}`,
  unitPrice: 'Prix unitaire',
  lineTotal: 'Total de la ligne',
  remove: 'Retirer',
  removeLine: (name) => `Retirer ${name} du panier`,
  cannotOrder: 'Ne peut pas être commandée',
  total: 'Total',
  lines: (n) => (n <= 1 ? `${n} ligne` : `${n} lignes`),
  goToBasket: 'Voir le panier',
  details: 'Livraison et détails de la commande',
  deliveryAddress: 'Adresse de livraison',
  billingAddress: 'Adresse de facturation',
  otherAddress: 'Autre adresse…',
  noAddress: 'Choisir une adresse',
  address: { name: 'Nom', street: 'Rue', zip: 'Code postal', city: 'Ville', country: 'Pays' },
  addressIncomplete: 'Remplissez tous les champs de l’adresse ; elle est enregistrée une fois complète.',
  deliveryMethod: 'Mode de livraison',
  methods: { delivery: 'Livraison', pickup: 'Retrait sur place', express: 'Livraison express' },
  leadTime: 'Délai de livraison',
  leadOption: (label, days, date, adj) => `${label} : ${days} jours ouvrés, livré le ${date}${adj ? `, ${adj}` : ''}`,
  desiredDate: 'Date de livraison souhaitée',
  dateInPast: 'La date ne peut pas être dans le passé.',
  commission: 'Référence de commande',
  note: 'Remarque pour l’atelier',
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  submit: 'Passer la commande',
  submitting: 'Envoi de la commande…',
  fixLines: 'Retirez ou modifiez les lignes signalées avant de commander.',
  placed: (n) => `Commande ${n} passée.`,
  awaitsApproval: (a) => (a ? `Elle attend l’approbation de ${a} ; vous serez prévenu quand elle partira à l’atelier.` : 'Elle attend une approbation ; vous serez prévenu quand elle partira à l’atelier.'),
  released: 'Elle est partie directement à l’atelier.',
  showOrder: 'Voir la commande',
  sheets: 'Tôles : comment les pièces sont imbriquées',
  errors: {
    BASKET_EMPTY: 'Le panier est vide (ou vient d’être commandé).',
    NO_APPROVER: 'Cette commande doit être approuvée, mais personne dans votre entreprise ne peut l’approuver. Demandez à votre administrateur de désigner un approbateur.',
  },
};

export const TEXTS: Tables<BasketTexts> = { en, de, fr };
