import type { Tables } from '../shared/i18n.js';
import type { OrderEvent } from '../../sdk/client/types.js';

export interface AdminOrdersTexts {
  title: string; statusFilter: string; company: string; allCompanies: string;
  export: string; exportAs: Record<'xlsx' | 'csv' | 'json' | 'zip', string>;
  number: string; orderer: string; commission: string; requested: string; released: string; status: string; total: string; lines: string;
  empty: string; shown: (n: number) => string;
  back: string; orderTitle: (n: string) => string; customerNumber: string; approver: string;
  deliveryMethod: string; methods: Record<'delivery' | 'pickup' | 'express', string>;
  deliveryAddress: string; billingAddress: string; note: string;
  position: string; part: string; article: string; material: string; thickness: string; quantity: string; unitPrice: string; lineTotal: string;
  history: string; nest: string; events: Partial<Record<OrderEvent['kind'], string>>;
  records: string; deliveries: string; invoices: string; payments: string;
  deliveryNote: string; deliveryNoteNumber: string; invoiceNumber: string; date: string; amount: string; invoiced: string; paid: string; open: string; noRecords: string;
  changeStatus: string; newStatus: string; noFurther: string; statusNote: string; shipDate: string; apply: string;
  statusChanged: (s: string) => string;
  recordTitle: string; kind: string; invoice: string; payment: string; amountEur: string; record: string;
  // the money trail (issue [8])
  dueDate: string; dueHint: string; invoiceNumberAuto: string; allowOverpayment: string; credits: string; credit: string; credited: string; overpaid: string; statement: string;
  unread: (n: number) => string;
}

const en: AdminOrdersTexts = {
  title: 'Orders', statusFilter: 'Status', company: 'Company', allCompanies: 'All companies',
  export: 'Export', exportAs: { xlsx: 'Excel (.xlsx)', csv: 'CSV', json: 'JSON', zip: 'Drawings (.zip with DXFs)' },
  number: 'Order', orderer: 'Ordered by', commission: 'Commission', requested: 'Desired date', released: 'Released', status: 'Status', total: 'Total', lines: 'Lines',
  empty: 'No orders in this view.', shown: (n) => `${n} orders shown`,
  back: 'All orders', orderTitle: (n) => `Order ${n}`, customerNumber: 'Customer number', approver: 'Approved by',
  deliveryMethod: 'Delivery method', methods: { delivery: 'Delivery', pickup: 'Pick-up', express: 'Express' },
  deliveryAddress: 'Delivery address', billingAddress: 'Billing address', note: 'Note',
  position: 'Pos.', part: 'Part', article: 'Article no.', material: 'Material', thickness: 'Thickness', quantity: 'Quantity', unitPrice: 'Unit price', lineTotal: 'Line total',
  history: 'History', nest: 'Nest: the sheets of this order',
  events: { status: 'Status', line_approved: 'Line approved', line_rejected: 'Line rejected', delivery: 'Delivery recorded', invoice: 'Invoice recorded', payment: 'Payment recorded', note: 'Note', shipment: 'Shipped', receipt: 'Receipt confirmed', return: 'Return', credit: 'Credit note' },
  records: 'Delivery, invoice and payment', deliveries: 'Deliveries', invoices: 'Invoices', payments: 'Payments',
  deliveryNote: 'Delivery note', deliveryNoteNumber: 'Delivery note number', invoiceNumber: 'Invoice number', date: 'Date', amount: 'Amount', invoiced: 'Invoiced', paid: 'Paid', open: 'Open', noRecords: 'None yet.',
  changeStatus: 'Change the status', newStatus: 'New status', noFurther: 'This order’s status does not change any more.',
  statusNote: 'Note to the customer (optional)', shipDate: 'Shipping date', apply: 'Change status',
  statusChanged: (s) => `Status changed to ${s}.`,
  recordTitle: 'Record an invoice or a payment', kind: 'Kind', invoice: 'Invoice', payment: 'Payment', amountEur: 'Amount (€)', record: 'Record',
  dueDate: 'Due date', dueHint: 'Empty: the payment terms (30 days)', invoiceNumberAuto: 'Invoice number (empty: the next RE- number)',
  allowOverpayment: 'Accept more than is open (a credit on the account)', credits: 'Credit notes', credit: 'Credit note', credited: 'Credited', overpaid: 'Overpaid', statement: 'Statement of the company',
  unread: (n) => `${n} unread message${n === 1 ? '' : 's'}`,
};

const de: AdminOrdersTexts = {
  title: 'Aufträge', statusFilter: 'Status', company: 'Firma', allCompanies: 'Alle Firmen',
  export: 'Export', exportAs: { xlsx: 'Excel (.xlsx)', csv: 'CSV', json: 'JSON', zip: 'Zeichnungen (.zip mit DXFs)' },
  number: 'Auftrag', orderer: 'Besteller', commission: 'Kommission', requested: 'Wunschtermin', released: 'Freigegeben', status: 'Status', total: 'Summe', lines: 'Positionen',
  empty: 'Keine Aufträge in dieser Ansicht.', shown: (n) => `${n} Aufträge angezeigt`,
  back: 'Alle Aufträge', orderTitle: (n) => `Auftrag ${n}`, customerNumber: 'Kundennummer', approver: 'Freigegeben von',
  deliveryMethod: 'Versandart', methods: { delivery: 'Lieferung', pickup: 'Abholung', express: 'Express' },
  deliveryAddress: 'Lieferadresse', billingAddress: 'Rechnungsadresse', note: 'Bemerkung',
  position: 'Pos.', part: 'Teil', article: 'Artikelnr.', material: 'Werkstoff', thickness: 'Dicke', quantity: 'Menge', unitPrice: 'Stückpreis', lineTotal: 'Positionssumme',
  history: 'Verlauf', nest: 'Schachtelung: die Tafeln dieser Bestellung',
  events: { status: 'Status', line_approved: 'Position freigegeben', line_rejected: 'Position abgelehnt', delivery: 'Lieferung erfasst', invoice: 'Rechnung erfasst', payment: 'Zahlung erfasst', note: 'Bemerkung', shipment: 'Versandt', receipt: 'Empfang bestätigt', return: 'Retoure', credit: 'Gutschrift' },
  records: 'Lieferung, Rechnung und Zahlung', deliveries: 'Lieferungen', invoices: 'Rechnungen', payments: 'Zahlungen',
  deliveryNote: 'Lieferschein', deliveryNoteNumber: 'Lieferscheinnummer', invoiceNumber: 'Rechnungsnummer', date: 'Datum', amount: 'Betrag', invoiced: 'Berechnet', paid: 'Bezahlt', open: 'Offen', noRecords: 'Noch keine.',
  changeStatus: 'Status ändern', newStatus: 'Neuer Status', noFurther: 'Der Status dieses Auftrags ändert sich nicht mehr.',
  statusNote: 'Bemerkung an den Kunden (optional)', shipDate: 'Versanddatum', apply: 'Status ändern',
  statusChanged: (s) => `Status auf „${s}“ geändert.`,
  recordTitle: 'Rechnung oder Zahlung erfassen', kind: 'Art', invoice: 'Rechnung', payment: 'Zahlung', amountEur: 'Betrag (€)', record: 'Erfassen',
  dueDate: 'Fällig am', dueHint: 'Leer: Zahlungsziel (30 Tage)', invoiceNumberAuto: 'Rechnungsnummer (leer: nächste RE-Nummer)',
  allowOverpayment: 'Mehr als offen annehmen (Guthaben auf dem Konto)', credits: 'Gutschriften', credit: 'Gutschrift', credited: 'Gutgeschrieben', overpaid: 'Überzahlt', statement: 'Kontoauszug der Firma',
  unread: (n) => `${n} ungelesene Nachricht${n === 1 ? '' : 'en'}`,
};

const fr: AdminOrdersTexts = {
  title: 'Commandes', statusFilter: 'Statut', company: 'Entreprise', allCompanies: 'Toutes les entreprises',
  export: 'Exporter', exportAs: { xlsx: 'Excel (.xlsx)', csv: 'CSV', json: 'JSON', zip: 'Plans (.zip de DXF)' },
  number: 'Commande', orderer: 'Commandé par', commission: 'Référence', requested: 'Date souhaitée', released: 'Validée le', status: 'Statut', total: 'Total', lines: 'Lignes',
  empty: 'Aucune commande dans cette vue.', shown: (n) => `${n} commandes affichées`,
  back: 'Toutes les commandes', orderTitle: (n) => `Commande ${n}`, customerNumber: 'Numéro client', approver: 'Approuvée par',
  deliveryMethod: 'Mode de livraison', methods: { delivery: 'Livraison', pickup: 'Retrait', express: 'Express' },
  deliveryAddress: 'Adresse de livraison', billingAddress: 'Adresse de facturation', note: 'Remarque',
  position: 'Pos.', part: 'Pièce', article: 'Réf. article', material: 'Matière', thickness: 'Épaisseur', quantity: 'Quantité', unitPrice: 'Prix unitaire', lineTotal: 'Total ligne',
  history: 'Historique', nest: 'Imbrication : les tôles de cette commande',
  events: { status: 'Statut', line_approved: 'Ligne approuvée', line_rejected: 'Ligne refusée', delivery: 'Livraison enregistrée', invoice: 'Facture enregistrée', payment: 'Paiement enregistré', note: 'Remarque', shipment: 'Expédiée', receipt: 'Réception confirmée', return: 'Retour', credit: 'Avoir' },
  records: 'Livraison, facture et paiement', deliveries: 'Livraisons', invoices: 'Factures', payments: 'Paiements',
  deliveryNote: 'Bon de livraison', deliveryNoteNumber: 'Numéro du bon de livraison', invoiceNumber: 'Numéro de facture', date: 'Date', amount: 'Montant', invoiced: 'Facturé', paid: 'Payé', open: 'Restant dû', noRecords: 'Aucun pour l’instant.',
  changeStatus: 'Changer le statut', newStatus: 'Nouveau statut', noFurther: 'Le statut de cette commande n’évolue plus.',
  statusNote: 'Remarque pour le client (facultatif)', shipDate: 'Date d’expédition', apply: 'Changer le statut',
  statusChanged: (s) => `Statut changé en « ${s} ».`,
  recordTitle: 'Enregistrer une facture ou un paiement', kind: 'Type', invoice: 'Facture', payment: 'Paiement', amountEur: 'Montant (€)', record: 'Enregistrer',
  dueDate: 'Échéance', dueHint: 'Vide : délai de paiement (30 jours)', invoiceNumberAuto: 'Numéro de facture (vide : le prochain numéro RE-)',
  allowOverpayment: 'Accepter plus que le restant dû (avoir sur le compte)', credits: 'Avoirs', credit: 'Avoir', credited: 'Avoirs', overpaid: 'Trop-perçu', statement: 'Relevé de l’entreprise',
  unread: (n) => `${n} message${n === 1 ? '' : 's'} non lu${n === 1 ? '' : 's'}`,
};

export const TEXTS: Tables<AdminOrdersTexts> = { en, de, fr };
