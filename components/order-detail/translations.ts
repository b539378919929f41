import type { Tables } from '../shared/i18n.js';
import type { DeliveryMethod, OrderEvent, OrderLine } from '../../sdk/client/types.js';

export interface OrderDetailTexts {
  title: (number: string) => string;
  backToOrders: string;
  noOrder: string;
  summary: string;
  ordered: string;
  orderer: string;
  approver: string;
  total: string;
  lines: string;
  position: string;
  name: string;
  articleNumber: string;
  material: string;
  thickness: string;
  quantity: string;
  unitPrice: string;
  lineTotal: string;
  approval: string;
  approvalStates: Record<OrderLine['approval'], string>;
  rejectReason: string;
  details: string;
  deliveryAddress: string;
  billingAddress: string;
  deliveryMethod: string;
  methods: Record<DeliveryMethod, string>;
  desiredDate: string;
  commission: string;
  note: string;
  deliveries: string;
  invoices: string;
  payments: string;
  date: string;
  document: string;
  invoiceNumber: string;
  amount: string;
  noDeliveries: string;
  noInvoices: string;
  noPayments: string;
  invoiced: string;
  paid: string;
  open: string;
  /** The money trail (issue [8]). */
  credited: string; credits: string; creditNumber: string; due: string;
  history: string;
  /** The collapsible section with the nested sheets (issue [9]). */
  sheets: string;
  time: string;
  actor: string;
  what: string;
  /** The kinds this view names itself; the others (issue [8]) come from shared/order-history.ts. */
  kinds: Partial<Record<OrderEvent['kind'], string>>;
  statusChange: (from: string, to: string) => string;
  statusSet: (to: string) => string;
  cancel: string;
  cancelTitle: (number: string) => string;
  cancelText: string;
  cancelReason: string;
  cancelConfirm: string;
  keep: string;
  cancelled: (number: string) => string;
  /** Issue [8]: when the shop confirmed, a line's confirmed date, the quantity ordered before a change. */
  confirmedAt: string;
  lineDelivery: (date: string) => string;
  orderedQuantity: (n: string) => string;
}

const en: OrderDetailTexts = {
  title: (n) => `Order ${n}`,
  backToOrders: 'All orders',
  noOrder: 'Choose an order to see its details.',
  summary: 'Summary',
  ordered: 'Ordered',
  orderer: 'Ordered by',
  approver: 'Approver',
  total: 'Total',
  lines: 'Lines',
  position: 'Pos.',
  name: 'Part',
  articleNumber: 'Article no.',
  material: 'Material',
  thickness: 'Thickness',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  lineTotal: 'Total',
  approval: 'Approval',
  approvalStates: { not_needed: 'Not needed', pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
  rejectReason: 'Reason',
  details: 'Delivery and billing',
  deliveryAddress: 'Delivery address',
  billingAddress: 'Billing address',
  deliveryMethod: 'Delivery method',
  methods: { delivery: 'Delivery', pickup: 'Pick-up', express: 'Express delivery' },
  desiredDate: 'Desired date',
  commission: 'Commission',
  note: 'Note',
  deliveries: 'Deliveries',
  invoices: 'Invoices',
  payments: 'Payments',
  date: 'Date',
  document: 'Delivery note',
  invoiceNumber: 'Invoice number',
  amount: 'Amount',
  noDeliveries: 'Not delivered yet.',
  noInvoices: 'No invoice yet.',
  noPayments: 'No payment yet.',
  invoiced: 'Invoiced',
  paid: 'Paid',
  open: 'Open',
  credited: 'Credited', credits: 'Credit notes', creditNumber: 'Credit note', due: 'due',
  history: 'History',
  sheets: 'Sheets: how the parts are nested',
  time: 'Time',
  actor: 'By',
  what: 'What',
  kinds: {
    status: 'Status', line_approved: 'Line approved', line_rejected: 'Line rejected', delivery: 'Delivered',
    invoice: 'Invoiced', payment: 'Payment received', note: 'Note',
    confirmed: 'Confirmed', line_changed: 'Line changed', attachment: 'File added', supplement: 'Supplement',
    shipment: 'Shipped', receipt: 'Receipt confirmed', return: 'Return', credit: 'Credit note',
  },
  statusChange: (f, t) => `${f} → ${t}`,
  statusSet: (t) => t,
  cancel: 'Cancel order',
  cancelTitle: (n) => `Cancel order ${n}?`,
  cancelText: 'The order is withdrawn before production starts. This cannot be undone.',
  cancelReason: 'Reason (optional)',
  cancelConfirm: 'Yes, cancel the order',
  keep: 'Keep the order',
  cancelled: (n) => `Order ${n} is cancelled.`,
  confirmedAt: 'Confirmed by the shop',
  lineDelivery: (d) => `Delivery ${d}`,
  orderedQuantity: (n) => `ordered: ${n}`,
};

const de: OrderDetailTexts = {
  title: (n) => `Bestellung ${n}`,
  backToOrders: 'Alle Bestellungen',
  noOrder: 'Wählen Sie eine Bestellung, um ihre Details zu sehen.',
  summary: 'Übersicht',
  ordered: 'Bestellt',
  orderer: 'Besteller',
  approver: 'Freigeber',
  total: 'Summe',
  lines: 'Positionen',
  position: 'Pos.',
  name: 'Teil',
  articleNumber: 'Artikelnr.',
  material: 'Werkstoff',
  thickness: 'Dicke',
  quantity: 'Menge',
  unitPrice: 'Stückpreis',
  lineTotal: 'Gesamt',
  approval: 'Freigabe',
  approvalStates: { not_needed: 'Nicht nötig', pending: 'Ausstehend', approved: 'Freigegeben', rejected: 'Abgelehnt' },
  rejectReason: 'Begründung',
  details: 'Lieferung und Rechnung',
  deliveryAddress: 'Lieferadresse',
  billingAddress: 'Rechnungsadresse',
  deliveryMethod: 'Versandart',
  methods: { delivery: 'Lieferung', pickup: 'Abholung', express: 'Expresslieferung' },
  desiredDate: 'Wunschtermin',
  commission: 'Kommission',
  note: 'Anmerkung',
  deliveries: 'Lieferungen',
  invoices: 'Rechnungen',
  payments: 'Zahlungen',
  date: 'Datum',
  document: 'Lieferschein',
  invoiceNumber: 'Rechnungsnummer',
  amount: 'Betrag',
  noDeliveries: 'Noch nicht geliefert.',
  noInvoices: 'Noch keine Rechnung.',
  noPayments: 'Noch keine Zahlung.',
  invoiced: 'Berechnet',
  paid: 'Bezahlt',
  open: 'Offen',
  credited: 'Gutgeschrieben', credits: 'Gutschriften', creditNumber: 'Gutschrift', due: 'fällig',
  history: 'Verlauf',
  sheets: 'Tafeln: wie die Teile geschachtelt werden',
  time: 'Zeit',
  actor: 'Von',
  what: 'Was',
  kinds: {
    status: 'Status', line_approved: 'Position freigegeben', line_rejected: 'Position abgelehnt', delivery: 'Geliefert',
    invoice: 'Berechnet', payment: 'Zahlung erhalten', note: 'Anmerkung',
    confirmed: 'Bestätigt', line_changed: 'Position geändert', attachment: 'Datei hinzugefügt', supplement: 'Nachtrag',
    shipment: 'Versandt', receipt: 'Empfang bestätigt', return: 'Retoure', credit: 'Gutschrift',
  },
  statusChange: (f, t) => `${f} → ${t}`,
  statusSet: (t) => t,
  cancel: 'Bestellung stornieren',
  cancelTitle: (n) => `Bestellung ${n} stornieren?`,
  cancelText: 'Die Bestellung wird vor Fertigungsbeginn zurückgezogen. Das lässt sich nicht rückgängig machen.',
  cancelReason: 'Begründung (optional)',
  cancelConfirm: 'Ja, Bestellung stornieren',
  keep: 'Bestellung behalten',
  cancelled: (n) => `Die Bestellung ${n} ist storniert.`,
  confirmedAt: 'Vom Lieferanten bestätigt',
  lineDelivery: (d) => `Liefertermin ${d}`,
  orderedQuantity: (n) => `bestellt: ${n}`,
};

const fr: OrderDetailTexts = {
  title: (n) => `Commande ${n}`,
  backToOrders: 'Toutes les commandes',
  noOrder: 'Choisissez une commande pour en voir le détail.',
  summary: 'Résumé',
  ordered: 'Commandée le',
  orderer: 'Commandé par',
  approver: 'Approbateur',
  total: 'Total',
  lines: 'Lignes',
  position: 'Pos.',
  name: 'Pièce',
  articleNumber: 'Réf. article',
  material: 'Matière',
  thickness: 'Épaisseur',
  quantity: 'Quantité',
  unitPrice: 'Prix unitaire',
  lineTotal: 'Total',
  approval: 'Approbation',
  approvalStates: { not_needed: 'Non requise', pending: 'En attente', approved: 'Approuvée', rejected: 'Refusée' },
  rejectReason: 'Motif',
  details: 'Livraison et facturation',
  deliveryAddress: 'Adresse de livraison',
  billingAddress: 'Adresse de facturation',
  deliveryMethod: 'Mode de livraison',
  methods: { delivery: 'Livraison', pickup: 'Retrait sur place', express: 'Livraison express' },
  desiredDate: 'Date souhaitée',
  commission: 'Référence',
  note: 'Remarque',
  deliveries: 'Livraisons',
  invoices: 'Factures',
  payments: 'Paiements',
  date: 'Date',
  document: 'Bon de livraison',
  invoiceNumber: 'Numéro de facture',
  amount: 'Montant',
  noDeliveries: 'Pas encore livrée.',
  noInvoices: 'Pas encore de facture.',
  noPayments: 'Pas encore de paiement.',
  invoiced: 'Facturé',
  paid: 'Payé',
  open: 'Restant dû',
  credited: 'Avoirs', credits: 'Avoirs', creditNumber: 'Avoir', due: 'échéance',
  history: 'Historique',
  sheets: 'Tôles : comment les pièces sont imbriquées',
  time: 'Heure',
  actor: 'Par',
  what: 'Quoi',
  kinds: {
    status: 'Statut', line_approved: 'Ligne approuvée', line_rejected: 'Ligne refusée', delivery: 'Livrée',
    invoice: 'Facturée', payment: 'Paiement reçu', note: 'Remarque',
    confirmed: 'Confirmée', line_changed: 'Ligne modifiée', attachment: 'Fichier ajouté', supplement: 'Complément',
    shipment: 'Expédiée', receipt: 'Réception confirmée', return: 'Retour', credit: 'Avoir',
  },
  statusChange: (f, t) => `${f} → ${t}`,
  statusSet: (t) => t,
  cancel: 'Annuler la commande',
  cancelTitle: (n) => `Annuler la commande ${n} ?`,
  cancelText: 'La commande est retirée avant le début de la production. Cette action est définitive.',
  cancelReason: 'Motif (facultatif)',
  cancelConfirm: 'Oui, annuler la commande',
  keep: 'Garder la commande',
  cancelled: (n) => `La commande ${n} est annulée.`,
  confirmedAt: 'Confirmée par le fournisseur',
  lineDelivery: (d) => `Livraison ${d}`,
  orderedQuantity: (n) => `commandé : ${n}`,
};

export const ORDER_DETAIL_TEXTS: Tables<OrderDetailTexts> = { en, de, fr };
