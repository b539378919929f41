import type { Tables } from '../shared/i18n.js';
import type { OrderLine } from '../../sdk/client/types.js';

export interface ApprovalsTexts {
  title: string;
  waiting: (n: number) => string;
  empty: string;
  choose: string;
  orderTitle: (number: string) => string;
  orderedBy: (name: string, date: string) => string;
  lines: (n: number) => string;
  total: string;
  commission: string;
  desiredDate: string;
  select: string;
  selectAll: string;
  selectLine: (position: number, name: string) => string;
  position: string;
  name: string;
  articleNumber: string;
  material: string;
  quantity: string;
  unitPrice: string;
  lineTotal: string;
  approval: string;
  why: string;
  reasons: Record<NonNullable<OrderLine['approvalReason']>, string>;
  states: Record<OrderLine['approval'], string>;
  approveSelected: (n: number) => string;
  approveAll: string;
  rejectSelected: (n: number) => string;
  rejectTitle: (n: number) => string;
  rejectText: string;
  reason: string;
  reasonRequired: string;
  reject: string;
  result: (number: string, status: string) => string;
  decided: string;
  openOrder: string;
  notWaiting: (number: string, status: string) => string;
}

const en: ApprovalsTexts = {
  title: 'Approvals',
  waiting: (n) => (n === 1 ? '1 order waits for your approval.' : `${n} orders wait for your approval.`),
  empty: 'Nothing waits for your approval.',
  choose: 'Choose an order to decide on its lines.',
  orderTitle: (n) => `Order ${n}`,
  orderedBy: (name, date) => `Ordered by ${name} on ${date}`,
  lines: (n) => (n === 1 ? '1 line' : `${n} lines`),
  total: 'Total',
  commission: 'Commission',
  desiredDate: 'Desired date',
  select: 'Select',
  selectAll: 'Select all pending lines',
  selectLine: (p, n) => `Select line ${p}: ${n}`,
  position: 'Pos.',
  name: 'Part',
  articleNumber: 'Article no.',
  material: 'Material',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  lineTotal: 'Total',
  approval: 'Approval',
  why: 'Why',
  reasons: { always: 'Every order needs approval', limit: 'Above the approval limit', new_part: 'Part not ordered before', material: 'Material outside the agreed list', article: 'Article outside the assortment' },
  states: { not_needed: 'Not needed', pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
  approveSelected: (n) => `Approve selected (${n})`,
  approveAll: 'Approve all',
  rejectSelected: (n) => `Reject selected (${n})`,
  rejectTitle: (n) => (n === 1 ? 'Reject 1 line' : `Reject ${n} lines`),
  rejectText: 'The orderer is told why. Rejected lines leave the order; the rest goes to the shop once decided.',
  reason: 'Reason',
  reasonRequired: 'Please give a reason.',
  reject: 'Reject',
  result: (n, s) => `Order ${n}: ${s}.`,
  decided: 'Decided',
  openOrder: 'Open the order',
  notWaiting: (n, s) => `Order ${n} does not wait for your approval (status: ${s}).`,
};

const de: ApprovalsTexts = {
  title: 'Freigaben',
  waiting: (n) => (n === 1 ? '1 Bestellung wartet auf Ihre Freigabe.' : `${n} Bestellungen warten auf Ihre Freigabe.`),
  empty: 'Nichts wartet auf Ihre Freigabe.',
  choose: 'Wählen Sie eine Bestellung, um über ihre Positionen zu entscheiden.',
  orderTitle: (n) => `Bestellung ${n}`,
  orderedBy: (name, date) => `Bestellt von ${name} am ${date}`,
  lines: (n) => (n === 1 ? '1 Position' : `${n} Positionen`),
  total: 'Summe',
  commission: 'Kommission',
  desiredDate: 'Wunschtermin',
  select: 'Auswahl',
  selectAll: 'Alle offenen Positionen auswählen',
  selectLine: (p, n) => `Position ${p} auswählen: ${n}`,
  position: 'Pos.',
  name: 'Teil',
  articleNumber: 'Artikelnr.',
  material: 'Werkstoff',
  quantity: 'Menge',
  unitPrice: 'Stückpreis',
  lineTotal: 'Gesamt',
  approval: 'Freigabe',
  why: 'Grund',
  reasons: { always: 'Jede Bestellung braucht eine Freigabe', limit: 'Über dem Freigabelimit', new_part: 'Teil noch nie bestellt', material: 'Werkstoff außerhalb der vereinbarten Liste', article: 'Artikel außerhalb des Sortiments' },
  states: { not_needed: 'Nicht nötig', pending: 'Ausstehend', approved: 'Freigegeben', rejected: 'Abgelehnt' },
  approveSelected: (n) => `Auswahl freigeben (${n})`,
  approveAll: 'Alle freigeben',
  rejectSelected: (n) => `Auswahl ablehnen (${n})`,
  rejectTitle: (n) => (n === 1 ? '1 Position ablehnen' : `${n} Positionen ablehnen`),
  rejectText: 'Der Besteller erfährt die Begründung. Abgelehnte Positionen entfallen; der Rest geht nach der Entscheidung an den Betrieb.',
  reason: 'Begründung',
  reasonRequired: 'Bitte geben Sie eine Begründung an.',
  reject: 'Ablehnen',
  result: (n, s) => `Bestellung ${n}: ${s}.`,
  decided: 'Entschieden',
  openOrder: 'Bestellung öffnen',
  notWaiting: (n, s) => `Die Bestellung ${n} wartet nicht auf Ihre Freigabe (Status: ${s}).`,
};

const fr: ApprovalsTexts = {
  title: 'Approbations',
  waiting: (n) => (n === 1 ? '1 commande attend votre approbation.' : `${n} commandes attendent votre approbation.`),
  empty: 'Rien n’attend votre approbation.',
  choose: 'Choisissez une commande pour décider de ses lignes.',
  orderTitle: (n) => `Commande ${n}`,
  orderedBy: (name, date) => `Commandée par ${name} le ${date}`,
  lines: (n) => (n === 1 ? '1 ligne' : `${n} lignes`),
  total: 'Total',
  commission: 'Référence',
  desiredDate: 'Date souhaitée',
  select: 'Sélection',
  selectAll: 'Sélectionner toutes les lignes en attente',
  selectLine: (p, n) => `Sélectionner la ligne ${p} : ${n}`,
  position: 'Pos.',
  name: 'Pièce',
  articleNumber: 'Réf. article',
  material: 'Matière',
  quantity: 'Quantité',
  unitPrice: 'Prix unitaire',
  lineTotal: 'Total',
  approval: 'Approbation',
  why: 'Motif',
  reasons: { always: 'Toute commande doit être approuvée', limit: 'Au-delà du plafond d’approbation', new_part: 'Pièce jamais commandée', material: 'Matière hors de la liste convenue', article: 'Article hors assortiment' },
  states: { not_needed: 'Non requise', pending: 'En attente', approved: 'Approuvée', rejected: 'Refusée' },
  approveSelected: (n) => `Approuver la sélection (${n})`,
  approveAll: 'Tout approuver',
  rejectSelected: (n) => `Refuser la sélection (${n})`,
  rejectTitle: (n) => (n === 1 ? 'Refuser 1 ligne' : `Refuser ${n} lignes`),
  rejectText: 'Le demandeur est informé du motif. Les lignes refusées sont retirées ; le reste part à l’atelier une fois la décision prise.',
  reason: 'Motif',
  reasonRequired: 'Veuillez indiquer un motif.',
  reject: 'Refuser',
  result: (n, s) => `Commande ${n} : ${s}.`,
  decided: 'Décidé',
  openOrder: 'Ouvrir la commande',
  notWaiting: (n, s) => `La commande ${n} n’attend pas votre approbation (statut : ${s}).`,
};

export const APPROVALS_TEXTS: Tables<ApprovalsTexts> = { en, de, fr };
