import type { Tables } from '../shared/i18n.js';

export interface StatementTexts {
  title: string; intro: string; company: string; chooseCompany: string; from: string; to: string; show: string;
  thisYear: string; lastYear: string; last12: string; download: string; xlsx: string; pdf: string;
  opening: string; invoiced: string; credited: string; paid: string; closing: string; ordered: string; delivered: string; overdue: string;
  trail: string; date: string; entry: string; order: string; document: string; value: string; debit: string; credit: string; balance: string; due: string;
  kinds: Record<'order' | 'delivery' | 'invoice' | 'credit' | 'payment', string>;
  nothing: string; openItems: string; asOf: (date: string) => string; amount: string; open: string; age: string; days: (n: number) => string;
  overdueBy: (n: number) => string; creditBalance: string; noOpen: string; total: string; bucket: Record<'0-30' | '31-60' | '61-90' | '90+', string>;
  note: string; pickCompany: string; errors: Record<string, string>; shown: (rows: number, open: number) => string;
}

const en: StatementTexts = {
  title: 'Statement of account', intro: 'Orders, deliveries, invoices, credit notes and payments of a period with the running balance, and what is still open.',
  company: 'Company', chooseCompany: 'Choose a company', from: 'From', to: 'To', show: 'Show',
  thisYear: 'This year', lastYear: 'Last year', last12: 'Last 12 months', download: 'Download', xlsx: 'Excel (.xlsx)', pdf: 'PDF',
  opening: 'Opening balance', invoiced: 'Invoiced', credited: 'Credited', paid: 'Paid', closing: 'Closing balance', ordered: 'Ordered (net)', delivered: 'Delivered (net)', overdue: 'Overdue',
  trail: 'Orders, deliveries, invoices and payments', date: 'Date', entry: 'Entry', order: 'Order', document: 'Document', value: 'Value (net)',
  debit: 'Debit', credit: 'Credit', balance: 'Balance', due: 'Due',
  kinds: { order: 'Order', delivery: 'Delivery', invoice: 'Invoice', credit: 'Credit note', payment: 'Payment' },
  nothing: 'Nothing in this period.', openItems: 'Open items', asOf: (d) => `as of ${d}`, amount: 'Amount', open: 'Open', age: 'Age',
  days: (n) => (n === 1 ? '1 day' : `${n} days`), overdueBy: (n) => `${n} days overdue`, creditBalance: 'Credit balance', noOpen: 'Nothing is open.',
  total: 'Total open', bucket: { '0-30': '0–30 days', '31-60': '31–60 days', '61-90': '61–90 days', '90+': 'over 90 days' },
  note: 'Balance = invoiced − credited − paid (gross). Orders and deliveries show their net value and do not change the balance. Payments settle the oldest invoices first; the age counts from the invoice date.',
  pickCompany: 'Choose a company to see its statement.',
  errors: { INVALID_DATE: 'Please enter valid dates.', INVALID_PERIOD: 'The start must not be after the end (and the period at most ten years).' },
  shown: (rows, open) => `${rows} entries, ${open} open items`,
};

const de: StatementTexts = {
  title: 'Kontoauszug', intro: 'Aufträge, Lieferungen, Rechnungen, Gutschriften und Zahlungen eines Zeitraums mit laufendem Saldo – und was noch offen ist.',
  company: 'Firma', chooseCompany: 'Firma wählen', from: 'Von', to: 'Bis', show: 'Anzeigen',
  thisYear: 'Dieses Jahr', lastYear: 'Letztes Jahr', last12: 'Letzte 12 Monate', download: 'Herunterladen', xlsx: 'Excel (.xlsx)', pdf: 'PDF',
  opening: 'Anfangssaldo', invoiced: 'Berechnet', credited: 'Gutgeschrieben', paid: 'Bezahlt', closing: 'Endsaldo', ordered: 'Bestellt (netto)', delivered: 'Geliefert (netto)', overdue: 'Überfällig',
  trail: 'Aufträge, Lieferungen, Rechnungen und Zahlungen', date: 'Datum', entry: 'Buchung', order: 'Auftrag', document: 'Beleg', value: 'Wert (netto)',
  debit: 'Soll', credit: 'Haben', balance: 'Saldo', due: 'Fällig',
  kinds: { order: 'Auftrag', delivery: 'Lieferung', invoice: 'Rechnung', credit: 'Gutschrift', payment: 'Zahlung' },
  nothing: 'Nichts in diesem Zeitraum.', openItems: 'Offene Posten', asOf: (d) => `Stand ${d}`, amount: 'Betrag', open: 'Offen', age: 'Alter',
  days: (n) => (n === 1 ? '1 Tag' : `${n} Tage`), overdueBy: (n) => `${n} Tage überfällig`, creditBalance: 'Guthaben', noOpen: 'Nichts ist offen.',
  total: 'Summe offen', bucket: { '0-30': '0–30 Tage', '31-60': '31–60 Tage', '61-90': '61–90 Tage', '90+': 'über 90 Tage' },
  note: 'Saldo = berechnet − gutgeschrieben − bezahlt (brutto). Aufträge und Lieferungen zeigen ihren Nettowert und ändern den Saldo nicht. Zahlungen begleichen die ältesten Rechnungen zuerst; das Alter zählt ab dem Rechnungsdatum.',
  pickCompany: 'Wählen Sie eine Firma, um ihren Kontoauszug zu sehen.',
  errors: { INVALID_DATE: 'Bitte geben Sie gültige Daten ein.', INVALID_PERIOD: 'Der Beginn darf nicht nach dem Ende liegen (und der Zeitraum höchstens zehn Jahre umfassen).' },
  shown: (rows, open) => `${rows} Buchungen, ${open} offene Posten`,
};

const fr: StatementTexts = {
  title: 'Relevé de compte', intro: 'Commandes, livraisons, factures, avoirs et paiements d’une période avec le solde courant, et ce qui reste ouvert.',
  company: 'Entreprise', chooseCompany: 'Choisir une entreprise', from: 'Du', to: 'Au', show: 'Afficher',
  thisYear: 'Cette année', lastYear: 'L’an dernier', last12: '12 derniers mois', download: 'Télécharger', xlsx: 'Excel (.xlsx)', pdf: 'PDF',
  opening: 'Solde initial', invoiced: 'Facturé', credited: 'Avoirs', paid: 'Payé', closing: 'Solde final', ordered: 'Commandé (HT)', delivered: 'Livré (HT)', overdue: 'En retard',
  trail: 'Commandes, livraisons, factures et paiements', date: 'Date', entry: 'Écriture', order: 'Commande', document: 'Pièce', value: 'Valeur (HT)',
  debit: 'Débit', credit: 'Crédit', balance: 'Solde', due: 'Échéance',
  kinds: { order: 'Commande', delivery: 'Livraison', invoice: 'Facture', credit: 'Avoir', payment: 'Paiement' },
  nothing: 'Rien sur cette période.', openItems: 'Postes ouverts', asOf: (d) => `au ${d}`, amount: 'Montant', open: 'Ouvert', age: 'Âge',
  days: (n) => (n <= 1 ? `${n} jour` : `${n} jours`), overdueBy: (n) => `${n} jours de retard`, creditBalance: 'Solde créditeur', noOpen: 'Rien n’est ouvert.',
  total: 'Total ouvert', bucket: { '0-30': '0–30 jours', '31-60': '31–60 jours', '61-90': '61–90 jours', '90+': 'plus de 90 jours' },
  note: 'Solde = facturé − avoirs − payé (TTC). Commandes et livraisons figurent avec leur valeur HT et ne modifient pas le solde. Les paiements soldent d’abord les factures les plus anciennes ; l’âge compte depuis la date de facture.',
  pickCompany: 'Choisissez une entreprise pour voir son relevé.',
  errors: { INVALID_DATE: 'Veuillez saisir des dates valides.', INVALID_PERIOD: 'Le début ne doit pas être après la fin (et la période au plus dix ans).' },
  shown: (rows, open) => `${rows} écritures, ${open} postes ouverts`,
};

export const TEXTS: Tables<StatementTexts> = { en, de, fr };
