import type { Tables } from '../shared/i18n.js';

export interface OrderThreadTexts {
  title: string;
  empty: (side: 'customer' | 'shop') => string;
  you: string;
  sides: Record<'customer' | 'shop', string>;
  label: (side: 'customer' | 'shop') => string;
  send: string;
  sending: string;
  sent: string;
  tooLong: string;
}

const en: OrderThreadTexts = {
  title: 'Messages',
  empty: (s) => (s === 'customer' ? 'No messages yet. Questions about this order? Write to us here; your contact is notified by e-mail.' : 'No messages yet. The orderer is notified by e-mail of what you write here.'),
  you: 'you',
  sides: { customer: 'Customer', shop: 'Shop' },
  label: (s) => (s === 'customer' ? 'Your message to the shop' : 'Your message to the customer'),
  send: 'Send',
  sending: 'Sending…',
  sent: 'Message sent.',
  tooLong: 'At most 4,000 characters.',
};
const de: OrderThreadTexts = {
  title: 'Nachrichten',
  empty: (s) => (s === 'customer' ? 'Noch keine Nachrichten. Fragen zu dieser Bestellung? Schreiben Sie uns hier; Ihr Ansprechpartner wird per E-Mail benachrichtigt.' : 'Noch keine Nachrichten. Der Besteller wird per E-Mail benachrichtigt, wenn Sie hier schreiben.'),
  you: 'Sie',
  sides: { customer: 'Kunde', shop: 'Lieferant' },
  label: (s) => (s === 'customer' ? 'Ihre Nachricht an den Lieferanten' : 'Ihre Nachricht an den Kunden'),
  send: 'Senden',
  sending: 'Wird gesendet …',
  sent: 'Nachricht gesendet.',
  tooLong: 'Höchstens 4.000 Zeichen.',
};
const fr: OrderThreadTexts = {
  title: 'Messages',
  empty: (s) => (s === 'customer' ? 'Aucun message pour l’instant. Une question sur cette commande\u00a0? Écrivez-nous ici\u00a0; votre interlocuteur est prévenu par e-mail.' : 'Aucun message pour l’instant. Le donneur d’ordre est prévenu par e-mail de ce que vous écrivez ici.'),
  you: 'vous',
  sides: { customer: 'Client', shop: 'Fournisseur' },
  label: (s) => (s === 'customer' ? 'Votre message au fournisseur' : 'Votre message au client'),
  send: 'Envoyer',
  sending: 'Envoi…',
  sent: 'Message envoyé.',
  tooLong: '4\u00a0000 caractères au maximum.',
};

export const ORDER_THREAD_TEXTS: Tables<OrderThreadTexts> = { en, de, fr };
