import type { Tables } from '../shared/i18n.js';
import type { WebhookEventType } from '../../sdk/client/types.js';

type DeliveryStatus = 'waiting' | 'sending' | 'delivered' | 'failed';

export interface AdminWebhooksTexts {
  title: string; intro: string;
  newWebhook: string; url: string; events: string; description: string; create: string;
  eventNames: Record<WebhookEventType, string>;
  secretTitle: string; secretText: string; copySecret: string; copied: string;
  enabled: string; disabled: string; enable: string; disable: string; remove: (url: string) => string; confirmDelete: (url: string) => string;
  deliveries: string; showDeliveries: (url: string) => string; deliveriesOf: (url: string) => string;
  states: Record<DeliveryStatus, string>;
  status: string; event: string; eventId: string; created: string; attempts: string; lastStatus: string; lastError: string; nextAttempt: string;
  sendAgain: string; sendAgainLabel: (eventId: string) => string; sent: (status: string) => string;
  empty: string; noDeliveries: string; refresh: string; counts: string; created2: string;
}

const en: AdminWebhooksTexts = {
  title: 'Webhooks',
  intro: 'Your ERP or CAM system hears of released orders, status changes and new parts. Every request is signed (Kerf-Signature), retried for a day, and listed here with its result.',
  newWebhook: 'New webhook', url: 'URL (http or https)', events: 'Events', description: 'Description', create: 'Create webhook',
  eventNames: { 'order.released': 'Order released', 'order.status_changed': 'Order status changed', 'part.created': 'Part created', 'order.confirmed': 'Order confirmed', 'shipment.created': 'Shipment sent', 'return.status_changed': 'Return opened or changed' },
  secretTitle: 'Signing secret', secretText: 'Store it in the receiving system now: it is shown only this once.', copySecret: 'Copy secret', copied: 'Copied',
  enabled: 'Enabled', disabled: 'Disabled', enable: 'Enable', disable: 'Disable', remove: (u) => `Delete the webhook ${u}`,
  confirmDelete: (u) => `Delete the webhook ${u} and its deliveries?`,
  deliveries: 'Deliveries', showDeliveries: (u) => `Show the deliveries to ${u}`, deliveriesOf: (u) => `Deliveries to ${u}`,
  states: { waiting: 'Waiting', sending: 'Sending', delivered: 'Delivered', failed: 'Failed' },
  status: 'Status', event: 'Event', eventId: 'Event id', created: 'Created', attempts: 'Attempts', lastStatus: 'HTTP status', lastError: 'Last error', nextAttempt: 'Next attempt',
  sendAgain: 'Send again', sendAgainLabel: (id) => `Send again: event ${id}`, sent: (s) => `Sent again: ${s}`,
  empty: 'No webhooks yet.', noDeliveries: 'No deliveries yet.', refresh: 'Refresh', counts: 'Deliveries', created2: 'Created',
};

const de: AdminWebhooksTexts = {
  title: 'Webhooks',
  intro: 'Ihr ERP- oder CAM-System erfährt von freigegebenen Aufträgen, Statuswechseln und neuen Teilen. Jede Anfrage ist signiert (Kerf-Signature), wird einen Tag lang wiederholt und hier mit ihrem Ergebnis aufgeführt.',
  newWebhook: 'Neuer Webhook', url: 'URL (http oder https)', events: 'Ereignisse', description: 'Beschreibung', create: 'Webhook anlegen',
  eventNames: { 'order.released': 'Auftrag freigegeben', 'order.status_changed': 'Auftragsstatus geändert', 'part.created': 'Teil angelegt', 'order.confirmed': 'Auftrag bestätigt', 'shipment.created': 'Lieferung versandt', 'return.status_changed': 'Retoure angelegt oder geändert' },
  secretTitle: 'Signaturschlüssel', secretText: 'Jetzt im empfangenden System hinterlegen: Er wird nur dieses eine Mal angezeigt.', copySecret: 'Schlüssel kopieren', copied: 'Kopiert',
  enabled: 'Aktiv', disabled: 'Inaktiv', enable: 'Aktivieren', disable: 'Deaktivieren', remove: (u) => `Webhook ${u} löschen`,
  confirmDelete: (u) => `Webhook ${u} mit allen Zustellungen löschen?`,
  deliveries: 'Zustellungen', showDeliveries: (u) => `Zustellungen an ${u} anzeigen`, deliveriesOf: (u) => `Zustellungen an ${u}`,
  states: { waiting: 'Wartend', sending: 'Wird gesendet', delivered: 'Zugestellt', failed: 'Fehlgeschlagen' },
  status: 'Status', event: 'Ereignis', eventId: 'Ereignis-ID', created: 'Erstellt', attempts: 'Versuche', lastStatus: 'HTTP-Status', lastError: 'Letzter Fehler', nextAttempt: 'Nächster Versuch',
  sendAgain: 'Erneut senden', sendAgainLabel: (id) => `Erneut senden: Ereignis ${id}`, sent: (s) => `Erneut gesendet: ${s}`,
  empty: 'Noch keine Webhooks.', noDeliveries: 'Noch keine Zustellungen.', refresh: 'Aktualisieren', counts: 'Zustellungen', created2: 'Angelegt',
};

const fr: AdminWebhooksTexts = {
  title: 'Webhooks',
  intro: 'Votre ERP ou système de FAO est informé des commandes validées, des changements de statut et des nouvelles pièces. Chaque requête est signée (Kerf-Signature), relancée pendant un jour et listée ici avec son résultat.',
  newWebhook: 'Nouveau webhook', url: 'URL (http ou https)', events: 'Événements', description: 'Description', create: 'Créer le webhook',
  eventNames: { 'order.released': 'Commande validée', 'order.status_changed': 'Statut de commande modifié', 'part.created': 'Pièce créée', 'order.confirmed': 'Commande confirmée', 'shipment.created': 'Livraison expédiée', 'return.status_changed': 'Retour ouvert ou modifié' },
  secretTitle: 'Secret de signature', secretText: 'Enregistrez-le maintenant dans le système destinataire : il n’est affiché qu’une seule fois.', copySecret: 'Copier le secret', copied: 'Copié',
  enabled: 'Actif', disabled: 'Inactif', enable: 'Activer', disable: 'Désactiver', remove: (u) => `Supprimer le webhook ${u}`,
  confirmDelete: (u) => `Supprimer le webhook ${u} et ses envois ?`,
  deliveries: 'Envois', showDeliveries: (u) => `Afficher les envois vers ${u}`, deliveriesOf: (u) => `Envois vers ${u}`,
  states: { waiting: 'En attente', sending: 'En cours d’envoi', delivered: 'Remis', failed: 'Échec' },
  status: 'Statut', event: 'Événement', eventId: 'Id d’événement', created: 'Créé le', attempts: 'Tentatives', lastStatus: 'Statut HTTP', lastError: 'Dernière erreur', nextAttempt: 'Prochaine tentative',
  sendAgain: 'Renvoyer', sendAgainLabel: (id) => `Renvoyer : événement ${id}`, sent: (s) => `Renvoyé : ${s}`,
  empty: 'Aucun webhook pour l’instant.', noDeliveries: 'Aucun envoi pour l’instant.', refresh: 'Actualiser', counts: 'Envois', created2: 'Créé le',
};

export const TEXTS: Tables<AdminWebhooksTexts> = { en, de, fr };
