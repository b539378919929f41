import type { Tables } from '../shared/i18n.js';

export interface OrderListTexts {
  title: string;
  filter: string;
  number: string;
  desiredDate: string;
  status: string;
  commission: string;
  orderer: string;
  total: string;
  ordered: string;
  empty: string;
  emptyStatus: (status: string) => string;
  sortBy: (column: string) => string;
  shown: (n: number, status: string) => string;
  /** Issue [8]: the shop's messages not read yet. */
  unread: (n: number) => string;
}

const en: OrderListTexts = {
  title: 'Orders',
  filter: 'Show orders by status',
  number: 'Order',
  desiredDate: 'Desired date',
  status: 'Status',
  commission: 'Commission',
  orderer: 'Ordered by',
  total: 'Total',
  ordered: 'Ordered',
  empty: 'No orders yet. Put parts in the basket and order them; they will be listed here.',
  emptyStatus: (s) => `No orders with the status “${s}”.`,
  sortBy: (c) => `Sort by ${c}`,
  shown: (n, s) => `${n} ${n === 1 ? 'order' : 'orders'}: ${s}`,
  unread: (n) => `${n} unread message${n === 1 ? '' : 's'}`,
};

const de: OrderListTexts = {
  title: 'Bestellungen',
  filter: 'Bestellungen nach Status anzeigen',
  number: 'Bestellung',
  desiredDate: 'Wunschtermin',
  status: 'Status',
  commission: 'Kommission',
  orderer: 'Besteller',
  total: 'Summe',
  ordered: 'Bestellt',
  empty: 'Noch keine Bestellungen. Legen Sie Teile in den Warenkorb und bestellen Sie sie; sie erscheinen dann hier.',
  emptyStatus: (s) => `Keine Bestellungen mit dem Status „${s}“.`,
  sortBy: (c) => `Nach ${c} sortieren`,
  shown: (n, s) => `${n} ${n === 1 ? 'Bestellung' : 'Bestellungen'}: ${s}`,
  unread: (n) => `${n} ungelesene Nachricht${n === 1 ? '' : 'en'}`,
};

const fr: OrderListTexts = {
  title: 'Commandes',
  filter: 'Afficher les commandes par statut',
  number: 'Commande',
  desiredDate: 'Date souhaitée',
  status: 'Statut',
  commission: 'Référence',
  orderer: 'Commandé par',
  total: 'Total',
  ordered: 'Commandée le',
  empty: 'Aucune commande pour l’instant. Mettez des pièces dans le panier et commandez-les ; elles apparaîtront ici.',
  emptyStatus: (s) => `Aucune commande avec le statut « ${s} ».`,
  sortBy: (c) => `Trier par ${c}`,
  shown: (n, s) => `${n} ${n === 1 ? 'commande' : 'commandes'} : ${s}`,
  unread: (n) => `${n} message${n === 1 ? '' : 's'} non lu${n === 1 ? '' : 's'}`,
};

export const ORDER_LIST_TEXTS: Tables<OrderListTexts> = { en, de, fr };
