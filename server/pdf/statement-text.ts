// The words of the statement of account in its documents (PDF and .xlsx), en/de/fr.
import type { PdfLanguage } from './layout.js';

export interface StatementText {
  title: string; period: string; customerNumber: string; date: string; asOf: string;
  opening: string; closing: string; trail: string; openItems: string; aging: string; orders: string; totals: string;
  colDate: string; colKind: string; colOrder: string; colDocument: string; colValue: string; colDebit: string; colCredit: string; colBalance: string;
  colDue: string; colAmount: string; colOpen: string; colAge: string; colOverdue: string; colBucket: string; colStatus: string;
  colTotal: string; colDelivered: string; colInvoiced: string; colCredited: string; colPaid: string;
  kind: Record<'order' | 'delivery' | 'invoice' | 'credit' | 'payment', string>;
  creditBalance: string; none: string; noOpen: string; days: string; overdue: string;
  ordered: string; delivered: string; invoiced: string; credited: string; paid: string; openTotal: string;
  page: string; note: string; sheetTrail: string; sheetOpen: string; sheetOrders: string;
}

export const STATEMENT_TEXT: Record<PdfLanguage, StatementText> = {
  en: {
    title: 'Statement of account', period: 'Period', customerNumber: 'Customer no.', date: 'Date', asOf: 'as of',
    opening: 'Opening balance', closing: 'Closing balance', trail: 'Orders, deliveries, invoices and payments', openItems: 'Open items',
    aging: 'Age of open items', orders: 'Orders', totals: 'Totals of the period',
    colDate: 'Date', colKind: 'Entry', colOrder: 'Order', colDocument: 'Document', colValue: 'Value (net)', colDebit: 'Debit', colCredit: 'Credit', colBalance: 'Balance',
    colDue: 'Due', colAmount: 'Amount', colOpen: 'Open', colAge: 'Age (days)', colOverdue: 'Overdue (days)', colBucket: 'Age group', colStatus: 'Status',
    colTotal: 'Order value (net)', colDelivered: 'Delivered (net)', colInvoiced: 'Invoiced', colCredited: 'Credited', colPaid: 'Paid',
    kind: { order: 'Order', delivery: 'Delivery', invoice: 'Invoice', credit: 'Credit note', payment: 'Payment' },
    creditBalance: 'Credit balance', none: 'Nothing in this period.', noOpen: 'No open items.', days: 'days', overdue: 'overdue',
    ordered: 'Ordered (net)', delivered: 'Delivered (net)', invoiced: 'Invoiced', credited: 'Credited', paid: 'Paid', openTotal: 'Open',
    page: 'Page {n} of {m}',
    note: 'Balance = invoiced - credited - paid (gross). Orders and deliveries are shown with their net value and do not change the balance. Payments settle the oldest invoices first.',
    sheetTrail: 'Statement', sheetOpen: 'Open items', sheetOrders: 'Orders',
  },
  de: {
    title: 'Kontoauszug', period: 'Zeitraum', customerNumber: 'Kundennr.', date: 'Datum', asOf: 'Stand',
    opening: 'Anfangssaldo', closing: 'Endsaldo', trail: 'Aufträge, Lieferungen, Rechnungen und Zahlungen', openItems: 'Offene Posten',
    aging: 'Alter der offenen Posten', orders: 'Aufträge', totals: 'Summen des Zeitraums',
    colDate: 'Datum', colKind: 'Buchung', colOrder: 'Auftrag', colDocument: 'Beleg', colValue: 'Wert (netto)', colDebit: 'Soll', colCredit: 'Haben', colBalance: 'Saldo',
    colDue: 'Fällig', colAmount: 'Betrag', colOpen: 'Offen', colAge: 'Alter (Tage)', colOverdue: 'Überfällig (Tage)', colBucket: 'Altersgruppe', colStatus: 'Status',
    colTotal: 'Auftragswert (netto)', colDelivered: 'Geliefert (netto)', colInvoiced: 'Berechnet', colCredited: 'Gutgeschrieben', colPaid: 'Bezahlt',
    kind: { order: 'Auftrag', delivery: 'Lieferung', invoice: 'Rechnung', credit: 'Gutschrift', payment: 'Zahlung' },
    creditBalance: 'Guthaben', none: 'Nichts in diesem Zeitraum.', noOpen: 'Keine offenen Posten.', days: 'Tage', overdue: 'überfällig',
    ordered: 'Bestellt (netto)', delivered: 'Geliefert (netto)', invoiced: 'Berechnet', credited: 'Gutgeschrieben', paid: 'Bezahlt', openTotal: 'Offen',
    page: 'Seite {n} von {m}',
    note: 'Saldo = berechnet - gutgeschrieben - bezahlt (brutto). Aufträge und Lieferungen stehen mit ihrem Nettowert da und ändern den Saldo nicht. Zahlungen begleichen die ältesten Rechnungen zuerst.',
    sheetTrail: 'Kontoauszug', sheetOpen: 'Offene Posten', sheetOrders: 'Aufträge',
  },
  fr: {
    title: 'Relevé de compte', period: 'Période', customerNumber: 'N° client', date: 'Date', asOf: 'au',
    opening: 'Solde initial', closing: 'Solde final', trail: 'Commandes, livraisons, factures et paiements', openItems: 'Postes ouverts',
    aging: 'Ancienneté des postes ouverts', orders: 'Commandes', totals: 'Totaux de la période',
    colDate: 'Date', colKind: 'Écriture', colOrder: 'Commande', colDocument: 'Pièce', colValue: 'Valeur (HT)', colDebit: 'Débit', colCredit: 'Crédit', colBalance: 'Solde',
    colDue: 'Échéance', colAmount: 'Montant', colOpen: 'Ouvert', colAge: 'Âge (jours)', colOverdue: 'Retard (jours)', colBucket: "Tranche d'âge", colStatus: 'Statut',
    colTotal: 'Valeur commande (HT)', colDelivered: 'Livré (HT)', colInvoiced: 'Facturé', colCredited: 'Avoirs', colPaid: 'Payé',
    kind: { order: 'Commande', delivery: 'Livraison', invoice: 'Facture', credit: 'Avoir', payment: 'Paiement' },
    creditBalance: 'Solde créditeur', none: 'Rien sur cette période.', noOpen: 'Aucun poste ouvert.', days: 'jours', overdue: 'en retard',
    ordered: 'Commandé (HT)', delivered: 'Livré (HT)', invoiced: 'Facturé', credited: 'Avoirs', paid: 'Payé', openTotal: 'Ouvert',
    page: 'Page {n} sur {m}',
    note: 'Solde = facturé - avoirs - payé (TTC). Commandes et livraisons figurent avec leur valeur HT et ne modifient pas le solde. Les paiements soldent d\'abord les factures les plus anciennes.',
    sheetTrail: 'Relevé', sheetOpen: 'Postes ouverts', sheetOrders: 'Commandes',
  },
};

/** `0-30` → `0–30 days` in the language. */
export const bucketLabel = (bucket: string, t: StatementText) => (bucket === '90+' ? `> 90 ${t.days}` : `${bucket.replace('-', '–')} ${t.days}`);
