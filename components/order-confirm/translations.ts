import type { Tables } from '../shared/i18n.js';

export interface OrderConfirmTexts {
  title: string;
  again: string;
  intro: string;
  confirmedOn: (date: string, by: string) => string;
  position: string;
  line: string;
  quantity: string;
  ordered: (n: string) => string;
  deliveryDate: string;
  reason: string;
  reasonNeeded: (position: number) => string;
  note: string;
  confirm: string;
  confirmAgain: string;
  busy: string;
  done: (changes: number) => string;
  notNow: string;
}

const en: OrderConfirmTexts = {
  title: 'Confirm the order',
  again: 'Confirm again',
  intro: 'Change a line’s quantity or delivery date where you must, with a reason; the customer sees old and new values and is notified by e-mail. Prices stay as ordered.',
  confirmedOn: (d, by) => `Confirmed on ${d} by ${by}.`,
  position: 'Pos.', line: 'Line', quantity: 'Quantity', ordered: (n) => `ordered ${n}`, deliveryDate: 'Delivery date', reason: 'Reason for the change',
  reasonNeeded: (p) => `Line ${p} changes: give a reason.`,
  note: 'Note to the customer (optional)',
  confirm: 'Confirm order', confirmAgain: 'Confirm again', busy: 'Confirming…',
  done: (n) => (n ? `Order confirmed with ${n} change${n === 1 ? '' : 's'}.` : 'Order confirmed.'),
  notNow: 'Orders are confirmed while they are released or in production.',
};
const de: OrderConfirmTexts = {
  title: 'Auftrag bestätigen',
  again: 'Erneut bestätigen',
  intro: 'Ändern Sie Menge oder Liefertermin einer Position nur wo nötig und mit Begründung; der Kunde sieht alte und neue Werte und wird per E-Mail benachrichtigt. Die Preise bleiben wie bestellt.',
  confirmedOn: (d, by) => `Bestätigt am ${d} von ${by}.`,
  position: 'Pos.', line: 'Position', quantity: 'Menge', ordered: (n) => `bestellt ${n}`, deliveryDate: 'Liefertermin', reason: 'Grund der Änderung',
  reasonNeeded: (p) => `Position ${p} ändert sich: bitte einen Grund angeben.`,
  note: 'Hinweis an den Kunden (optional)',
  confirm: 'Auftrag bestätigen', confirmAgain: 'Erneut bestätigen', busy: 'Wird bestätigt …',
  done: (n) => (n ? `Auftrag mit ${n} Änderung${n === 1 ? '' : 'en'} bestätigt.` : 'Auftrag bestätigt.'),
  notNow: 'Aufträge werden bestätigt, solange sie freigegeben oder in Fertigung sind.',
};
const fr: OrderConfirmTexts = {
  title: 'Confirmer la commande',
  again: 'Confirmer à nouveau',
  intro: 'Modifiez la quantité ou la date de livraison d’une ligne seulement si nécessaire, avec un motif\u00a0; le client voit les anciennes et nouvelles valeurs et est prévenu par e-mail. Les prix restent ceux de la commande.',
  confirmedOn: (d, by) => `Confirmée le ${d} par ${by}.`,
  position: 'Pos.', line: 'Ligne', quantity: 'Quantité', ordered: (n) => `commandé ${n}`, deliveryDate: 'Date de livraison', reason: 'Motif de la modification',
  reasonNeeded: (p) => `La ligne ${p} change\u00a0: indiquez un motif.`,
  note: 'Remarque pour le client (facultatif)',
  confirm: 'Confirmer la commande', confirmAgain: 'Confirmer à nouveau', busy: 'Confirmation…',
  done: (n) => (n ? `Commande confirmée avec ${n} modification${n === 1 ? '' : 's'}.` : 'Commande confirmée.'),
  notNow: 'Les commandes se confirment tant qu’elles sont validées ou en production.',
};

export const ORDER_CONFIRM_TEXTS: Tables<OrderConfirmTexts> = { en, de, fr };
