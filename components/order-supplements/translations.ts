import type { Tables } from '../shared/i18n.js';

export interface OrderSupplementsTexts {
  title: string;
  number: (n: number) => string;
  status: Record<'pending_approval' | 'submitted' | 'confirmed' | 'rejected' | 'cancelled', string>;
  by: (name: string, when: string) => string;
  lines: (positions: string) => string;
  total: string;
  addTitle: string;
  addText: string;
  add: string;
  adding: string;
  added: (n: number) => string;
  emptyBasket: string;
  toBasket: string;
  totalNote: string;
  confirm: string;
  reject: string;
  rejectReason: string;
  confirmed: (n: number) => string;
  rejected: (n: number) => string;
  withdraw: string;
  withdrawn: (n: number) => string;
  errors: Record<'BASKET_EMPTY' | 'INVALID_STATUS' | 'NO_APPROVER', string>;
}

const en: OrderSupplementsTexts = {
  title: 'Supplements',
  number: (n) => `Supplement ${n}`,
  status: { pending_approval: 'Awaiting approval', submitted: 'Awaiting the shop', confirmed: 'Confirmed', rejected: 'Rejected', cancelled: 'Withdrawn' },
  by: (n, w) => `added by ${n}, ${w}`,
  lines: (p) => `Pos. ${p}`,
  total: 'Total',
  addTitle: 'Forgot something?',
  addText: 'Until production starts you can add what is in your basket to this order. It goes through your company’s approval rules and the shop confirms it.',
  add: 'Add basket to this order',
  adding: 'Adding…',
  added: (n) => `Supplement ${n} was added to the order.`,
  emptyBasket: 'Your basket is empty: put the parts or articles in it first.',
  toBasket: 'Go to the basket',
  totalNote: 'An addition counts in the order’s total once the shop has confirmed it.',
  confirm: 'Confirm', reject: 'Reject', rejectReason: 'Reason for rejecting',
  confirmed: (n) => `Supplement ${n} confirmed.`,
  rejected: (n) => `Supplement ${n} rejected.`,
  withdraw: 'Withdraw',
  withdrawn: (n) => `Supplement ${n} was withdrawn.`,
  errors: {
    BASKET_EMPTY: 'Your basket is empty: put the parts or articles in it first.',
    INVALID_STATUS: 'Production has started; nothing can be added to this order any more.',
    NO_APPROVER: 'This addition needs approval, but nobody in your company may approve it; ask your company admin to name an approver.',
  },
};
const de: OrderSupplementsTexts = {
  title: 'Nachträge',
  number: (n) => `Nachtrag ${n}`,
  status: { pending_approval: 'Wartet auf Freigabe', submitted: 'Wartet auf den Lieferanten', confirmed: 'Bestätigt', rejected: 'Abgelehnt', cancelled: 'Zurückgezogen' },
  by: (n, w) => `hinzugefügt von ${n}, ${w}`,
  lines: (p) => `Pos. ${p}`,
  total: 'Summe',
  addTitle: 'Etwas vergessen?',
  addText: 'Bis zum Fertigungsbeginn können Sie den Inhalt Ihres Warenkorbs dieser Bestellung hinzufügen. Er durchläuft die Freigaberegeln Ihres Unternehmens, und der Lieferant bestätigt ihn.',
  add: 'Warenkorb zu dieser Bestellung hinzufügen',
  adding: 'Wird hinzugefügt …',
  added: (n) => `Nachtrag ${n} wurde der Bestellung hinzugefügt.`,
  emptyBasket: 'Ihr Warenkorb ist leer: Legen Sie die Teile oder Artikel zuerst hinein.',
  toBasket: 'Zum Warenkorb',
  totalNote: 'Ein Nachtrag zählt zur Bestellsumme, sobald der Lieferant ihn bestätigt hat.',
  confirm: 'Bestätigen', reject: 'Ablehnen', rejectReason: 'Grund der Ablehnung',
  confirmed: (n) => `Nachtrag ${n} bestätigt.`,
  rejected: (n) => `Nachtrag ${n} abgelehnt.`,
  withdraw: 'Zurückziehen',
  withdrawn: (n) => `Nachtrag ${n} wurde zurückgezogen.`,
  errors: {
    BASKET_EMPTY: 'Ihr Warenkorb ist leer: Legen Sie die Teile oder Artikel zuerst hinein.',
    INVALID_STATUS: 'Die Fertigung hat begonnen; dieser Bestellung kann nichts mehr hinzugefügt werden.',
    NO_APPROVER: 'Dieser Nachtrag braucht eine Freigabe, aber niemand in Ihrem Unternehmen darf freigeben; bitten Sie Ihren Administrator, einen Freigeber zu benennen.',
  },
};
const fr: OrderSupplementsTexts = {
  title: 'Compléments',
  number: (n) => `Complément ${n}`,
  status: { pending_approval: 'En attente de validation', submitted: 'En attente du fournisseur', confirmed: 'Confirmé', rejected: 'Refusé', cancelled: 'Retiré' },
  by: (n, w) => `ajouté par ${n}, ${w}`,
  lines: (p) => `Pos. ${p}`,
  total: 'Total',
  addTitle: 'Un oubli\u00a0?',
  addText: 'Jusqu’au début de la production, vous pouvez ajouter le contenu de votre panier à cette commande. Il suit les règles de validation de votre entreprise et le fournisseur le confirme.',
  add: 'Ajouter le panier à cette commande',
  adding: 'Ajout…',
  added: (n) => `Le complément ${n} a été ajouté à la commande.`,
  emptyBasket: 'Votre panier est vide\u00a0: ajoutez-y d’abord les pièces ou articles.',
  toBasket: 'Aller au panier',
  totalNote: 'Un complément compte dans le total de la commande une fois confirmé par le fournisseur.',
  confirm: 'Confirmer', reject: 'Refuser', rejectReason: 'Motif du refus',
  confirmed: (n) => `Complément ${n} confirmé.`,
  rejected: (n) => `Complément ${n} refusé.`,
  withdraw: 'Retirer',
  withdrawn: (n) => `Le complément ${n} a été retiré.`,
  errors: {
    BASKET_EMPTY: 'Votre panier est vide\u00a0: ajoutez-y d’abord les pièces ou articles.',
    INVALID_STATUS: 'La production a commencé\u00a0; plus rien ne peut être ajouté à cette commande.',
    NO_APPROVER: 'Ce complément doit être validé, mais personne dans votre entreprise ne peut le faire\u00a0; demandez à votre administrateur de désigner un valideur.',
  },
};

export const ORDER_SUPPLEMENTS_TEXTS: Tables<OrderSupplementsTexts> = { en, de, fr };
