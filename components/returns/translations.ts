import type { Tables } from '../shared/i18n.js';
import type { ReceiptCondition, ReturnStatus } from '../../sdk/client/returns-types.js';

export type ReturnLineReason = 'short' | 'damaged' | 'wrong' | 'other';

/** Texts of kerf-returns, kerf-order-receipt and kerf-admin-shipment (one vocabulary for the three). */
export interface ReturnsTexts {
  title: string; adminTitle: string; intro: string; adminIntro: string;
  all: string; empty: string; refresh: string; backToList: string;
  number: string; order: string; company: string; status: string; reason: string; pieces: string; created: string; updated: string; createdBy: string;
  states: Record<ReturnStatus, string>;
  lineReasons: Record<ReturnLineReason, string>;
  conditions: Record<ReceiptCondition, string>;
  returnTitle: (n: string) => string;
  lines: string; position: string; part: string; quantity: string; note: string;
  instructions: string; instructionsHint: string;
  resolution: string; credit: string; replacement: string; creditNote: string; replacementOrder: string;
  photos: string; receiptPhotos: string; noPhotos: string; addPhotos: string; addPhotosButton: string; photosAdded: (n: number) => string;
  history: string; side: Record<'customer' | 'shop', string>;
  nextStep: string; noNextStep: string; apply: string; statusChanged: (s: string) => string;
  creditAmount: string; creditHint: (amount: string) => string;
  actions: Record<ReturnStatus, string>;
  // the receipt in the order detail
  shipments: string; noShipments: string; deliveryNote: string; date: string; shipped: string; receipt: string;
  notConfirmed: string; confirm: string; confirmTitle: (line: string, doc: string) => string; condition: string;
  quantityOk: string; affected: string; affectedHint: string; save: string; cancel: string; received: (line: string) => string;
  openReturn: string; openReturnTitle: (order: string) => string; line: string; returnReason: string; openReturnButton: string;
  returnOpened: (n: string) => string; returnsOfOrder: string; replacementFor: (r: string, o: string) => string;
  // the shop's shipment form
  ship: string; shipTitle: string; ordered: string; open: string; toShip: string; shipButton: string; shippedAs: (doc: string) => string;
  documentHint: string; nothingOpen: string; shipNote: string; view: string;
}

const en: ReturnsTexts = {
  title: 'Returns', adminTitle: 'Returns', intro: 'Goods you sent back or want to send back, with what the shop answered.',
  adminIntro: 'Returns (RMA) of every customer: accept them with instructions, confirm the goods came back, credit or replace.',
  all: 'All', empty: 'No returns here.', refresh: 'Refresh', backToList: 'All returns',
  number: 'Return', order: 'Order', company: 'Company', status: 'Status', reason: 'Reason', pieces: 'Pieces', created: 'Opened', updated: 'Last change', createdBy: 'Opened by',
  states: { requested: 'Requested', accepted: 'Accepted', rejected: 'Rejected', received: 'Goods received back', credited: 'Credited', replaced: 'Replaced', closed: 'Closed' },
  lineReasons: { short: 'Short', damaged: 'Damaged', wrong: 'Wrong', other: 'Other' },
  conditions: { received: 'Received in order', short: 'Short (pieces missing)', damaged: 'Damaged', wrong: 'Wrong parts' },
  returnTitle: (n) => `Return ${n}`,
  lines: 'Lines', position: 'Pos.', part: 'Part', quantity: 'Quantity', note: 'Note',
  instructions: 'Instructions for sending back', instructionsHint: 'How and where the customer sends the goods (required to accept).',
  resolution: 'Resolution', credit: 'Credit', replacement: 'Replacement', creditNote: 'Credit note', replacementOrder: 'Replacement order',
  photos: 'Photos', receiptPhotos: 'Photos from the receipt', noPhotos: 'No photos yet.', addPhotos: 'Add photos', addPhotosButton: 'Upload photos',
  photosAdded: (n) => `${n} photo(s) added.`,
  history: 'History', side: { customer: 'Customer', shop: 'Shop' },
  nextStep: 'Next step', noNextStep: 'This return is closed.', apply: 'Save step', statusChanged: (s) => `The return is now “${s}”.`,
  creditAmount: 'Credit amount (€)', creditHint: (a) => `The returned pieces at their prices: ${a} (net).`,
  actions: { requested: 'Requested', accepted: 'Accept', rejected: 'Reject', received: 'Goods received back', credited: 'Credit', replaced: 'Replace (new order at price 0)', closed: 'Close' },
  shipments: 'Deliveries and receipt', noShipments: 'Nothing has been shipped yet.', deliveryNote: 'Delivery note', date: 'Date', shipped: 'Shipped', receipt: 'Receipt',
  notConfirmed: 'Not confirmed yet', confirm: 'Confirm receipt', confirmTitle: (l, d) => `Receipt of ${l} (delivery note ${d})`, condition: 'Condition',
  quantityOk: 'Pieces in order', affected: 'Pieces missing, damaged or wrong', affectedHint: 'The rest counts as in order.', save: 'Confirm', cancel: 'Cancel',
  received: (l) => `Receipt of ${l} confirmed.`,
  openReturn: 'Open a return', openReturnTitle: (o) => `Return goods of order ${o}`, line: 'Line', returnReason: 'Why do the goods go back?', openReturnButton: 'Open the return',
  returnOpened: (n) => `Return ${n} is open; the shop has been told.`, returnsOfOrder: 'Returns of this order',
  replacementFor: (r, o) => `Replacement for return ${r} of order ${o}, at no charge.`,
  ship: 'Ship', shipTitle: 'Ship lines', ordered: 'Ordered', open: 'Open', toShip: 'Ship now', shipButton: 'Ship with this delivery note',
  shippedAs: (d) => `Shipped with delivery note ${d}.`, documentHint: 'Empty: the next number is given.', nothingOpen: 'Everything is shipped.',
  shipNote: 'Note to the customer', view: 'Open',
};

const de: ReturnsTexts = {
  title: 'Retouren', adminTitle: 'Retouren', intro: 'Ware, die Sie zurückgesendet haben oder zurücksenden möchten, mit der Antwort des Lieferanten.',
  adminIntro: 'Retouren (RMA) aller Kunden: mit Anleitung annehmen, Wareneingang bestätigen, gutschreiben oder ersetzen.',
  all: 'Alle', empty: 'Keine Retouren.', refresh: 'Aktualisieren', backToList: 'Alle Retouren',
  number: 'Retoure', order: 'Bestellung', company: 'Firma', status: 'Status', reason: 'Grund', pieces: 'Stück', created: 'Angelegt', updated: 'Letzte Änderung', createdBy: 'Angelegt von',
  states: { requested: 'Angefragt', accepted: 'Angenommen', rejected: 'Abgelehnt', received: 'Ware zurückerhalten', credited: 'Gutgeschrieben', replaced: 'Ersetzt', closed: 'Abgeschlossen' },
  lineReasons: { short: 'Fehlmenge', damaged: 'Beschädigt', wrong: 'Falsch', other: 'Sonstiges' },
  conditions: { received: 'In Ordnung erhalten', short: 'Fehlmenge', damaged: 'Beschädigt', wrong: 'Falsche Teile' },
  returnTitle: (n) => `Retoure ${n}`,
  lines: 'Positionen', position: 'Pos.', part: 'Teil', quantity: 'Menge', note: 'Bemerkung',
  instructions: 'Anleitung zur Rücksendung', instructionsHint: 'Wie und wohin der Kunde die Ware sendet (zum Annehmen nötig).',
  resolution: 'Erledigung', credit: 'Gutschrift', replacement: 'Ersatz', creditNote: 'Gutschrift', replacementOrder: 'Ersatzbestellung',
  photos: 'Fotos', receiptPhotos: 'Fotos vom Wareneingang', noPhotos: 'Noch keine Fotos.', addPhotos: 'Fotos hinzufügen', addPhotosButton: 'Fotos hochladen',
  photosAdded: (n) => `${n} Foto(s) hinzugefügt.`,
  history: 'Verlauf', side: { customer: 'Kunde', shop: 'Lieferant' },
  nextStep: 'Nächster Schritt', noNextStep: 'Diese Retoure ist abgeschlossen.', apply: 'Schritt speichern', statusChanged: (s) => `Die Retoure ist jetzt „${s}“.`,
  creditAmount: 'Gutschriftsbetrag (€)', creditHint: (a) => `Die zurückgesandten Teile zu ihren Preisen: ${a} (netto).`,
  actions: { requested: 'Angefragt', accepted: 'Annehmen', rejected: 'Ablehnen', received: 'Ware zurückerhalten', credited: 'Gutschreiben', replaced: 'Ersetzen (neue Bestellung zum Preis 0)', closed: 'Abschließen' },
  shipments: 'Lieferungen und Wareneingang', noShipments: 'Noch nichts versandt.', deliveryNote: 'Lieferschein', date: 'Datum', shipped: 'Geliefert', receipt: 'Wareneingang',
  notConfirmed: 'Noch nicht bestätigt', confirm: 'Empfang bestätigen', confirmTitle: (l, d) => `Wareneingang ${l} (Lieferschein ${d})`, condition: 'Zustand',
  quantityOk: 'Stück in Ordnung', affected: 'Stück fehlend, beschädigt oder falsch', affectedHint: 'Der Rest gilt als in Ordnung.', save: 'Bestätigen', cancel: 'Abbrechen',
  received: (l) => `Wareneingang ${l} bestätigt.`,
  openReturn: 'Retoure anlegen', openReturnTitle: (o) => `Ware aus Bestellung ${o} zurücksenden`, line: 'Position', returnReason: 'Warum geht die Ware zurück?', openReturnButton: 'Retoure anlegen',
  returnOpened: (n) => `Retoure ${n} ist angelegt; der Lieferant wurde benachrichtigt.`, returnsOfOrder: 'Retouren dieser Bestellung',
  replacementFor: (r, o) => `Ersatz für Retoure ${r} zu Bestellung ${o}, kostenlos.`,
  ship: 'Versand', shipTitle: 'Positionen versenden', ordered: 'Bestellt', open: 'Offen', toShip: 'Jetzt liefern', shipButton: 'Mit diesem Lieferschein versenden',
  shippedAs: (d) => `Mit Lieferschein ${d} versandt.`, documentHint: 'Leer: die nächste Nummer wird vergeben.', nothingOpen: 'Alles ist versandt.',
  shipNote: 'Hinweis an den Kunden', view: 'Öffnen',
};

const fr: ReturnsTexts = {
  title: 'Retours', adminTitle: 'Retours', intro: 'Les marchandises que vous avez renvoyées ou souhaitez renvoyer, avec la réponse du fournisseur.',
  adminIntro: 'Retours (RMA) de tous les clients\u00a0: accepter avec des instructions, confirmer la réception, établir un avoir ou remplacer.',
  all: 'Tous', empty: 'Aucun retour.', refresh: 'Actualiser', backToList: 'Tous les retours',
  number: 'Retour', order: 'Commande', company: 'Entreprise', status: 'Statut', reason: 'Motif', pieces: 'Pièces', created: 'Ouvert le', updated: 'Dernière modification', createdBy: 'Ouvert par',
  states: { requested: 'Demandé', accepted: 'Accepté', rejected: 'Refusé', received: 'Marchandise reçue en retour', credited: 'Avoir établi', replaced: 'Remplacé', closed: 'Clos' },
  lineReasons: { short: 'Manquant', damaged: 'Endommagé', wrong: 'Erroné', other: 'Autre' },
  conditions: { received: 'Reçu en bon état', short: 'Quantité manquante', damaged: 'Endommagé', wrong: 'Pièces erronées' },
  returnTitle: (n) => `Retour ${n}`,
  lines: 'Lignes', position: 'Pos.', part: 'Pièce', quantity: 'Quantité', note: 'Remarque',
  instructions: 'Instructions de renvoi', instructionsHint: 'Comment et où le client renvoie la marchandise (requis pour accepter).',
  resolution: 'Règlement', credit: 'Avoir', replacement: 'Remplacement', creditNote: 'Avoir', replacementOrder: 'Commande de remplacement',
  photos: 'Photos', receiptPhotos: 'Photos de la réception', noPhotos: 'Pas encore de photos.', addPhotos: 'Ajouter des photos', addPhotosButton: 'Téléverser les photos',
  photosAdded: (n) => `${n} photo(s) ajoutée(s).`,
  history: 'Historique', side: { customer: 'Client', shop: 'Fournisseur' },
  nextStep: 'Étape suivante', noNextStep: 'Ce retour est clos.', apply: 'Enregistrer l’étape', statusChanged: (s) => `Le retour est maintenant «\u00a0${s}\u00a0».`,
  creditAmount: 'Montant de l’avoir (€)', creditHint: (a) => `Les pièces retournées à leur prix\u00a0: ${a} (HT).`,
  actions: { requested: 'Demandé', accepted: 'Accepter', rejected: 'Refuser', received: 'Marchandise reçue en retour', credited: 'Établir un avoir', replaced: 'Remplacer (nouvelle commande à prix 0)', closed: 'Clore' },
  shipments: 'Livraisons et réception', noShipments: 'Rien n’a encore été expédié.', deliveryNote: 'Bon de livraison', date: 'Date', shipped: 'Livré', receipt: 'Réception',
  notConfirmed: 'Pas encore confirmée', confirm: 'Confirmer la réception', confirmTitle: (l, d) => `Réception de ${l} (bon de livraison ${d})`, condition: 'État',
  quantityOk: 'Pièces en bon état', affected: 'Pièces manquantes, endommagées ou erronées', affectedHint: 'Le reste compte comme en bon état.', save: 'Confirmer', cancel: 'Annuler',
  received: (l) => `Réception de ${l} confirmée.`,
  openReturn: 'Ouvrir un retour', openReturnTitle: (o) => `Renvoyer des marchandises de la commande ${o}`, line: 'Ligne', returnReason: 'Pourquoi la marchandise est-elle renvoyée\u00a0?', openReturnButton: 'Ouvrir le retour',
  returnOpened: (n) => `Le retour ${n} est ouvert\u00a0; le fournisseur a été prévenu.`, returnsOfOrder: 'Retours de cette commande',
  replacementFor: (r, o) => `Remplacement pour le retour ${r} de la commande ${o}, sans frais.`,
  ship: 'Expédition', shipTitle: 'Expédier des lignes', ordered: 'Commandé', open: 'Restant', toShip: 'À expédier', shipButton: 'Expédier avec ce bon de livraison',
  shippedAs: (d) => `Expédié avec le bon de livraison ${d}.`, documentHint: 'Vide\u00a0: le numéro suivant est attribué.', nothingOpen: 'Tout est expédié.',
  shipNote: 'Remarque au client', view: 'Ouvrir',
};

export const RETURNS_TEXTS: Tables<ReturnsTexts> = { en, de, fr };
