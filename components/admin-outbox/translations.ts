import type { Tables } from '../shared/i18n.js';

export interface AdminOutboxTexts {
  title: string; intro: string; filter: string; all: string;
  states: Record<'waiting' | 'sending' | 'sent' | 'failed', string>;
  status: string; to: string; kind: string; subject: string; created: string; sent: string; attempts: string; lastError: string;
  view: string; viewMail: (subject: string) => string; empty: string; refresh: string; shown: (n: number) => string;
  order: string; language: string;
}

const en: AdminOutboxTexts = {
  title: 'Outbox', intro: 'Every notification mail the portal wrote, newest first, whether it went out or still waits.',
  filter: 'Status', all: 'All',
  states: { waiting: 'Waiting', sending: 'Sending', sent: 'Sent', failed: 'Failed' },
  status: 'Status', to: 'Recipient', kind: 'Kind', subject: 'Subject', created: 'Written', sent: 'Sent', attempts: 'Attempts', lastError: 'Last error',
  view: 'View', viewMail: (s) => `View the mail “${s}”`, empty: 'No mails with this status.', refresh: 'Refresh', shown: (n) => `${n} mails shown`,
  order: 'Order', language: 'Language',
};

const de: AdminOutboxTexts = {
  title: 'Postausgang', intro: 'Alle Benachrichtigungen, die das Portal geschrieben hat, die neuesten zuerst – versendet oder noch wartend.',
  filter: 'Status', all: 'Alle',
  states: { waiting: 'Wartend', sending: 'Wird gesendet', sent: 'Gesendet', failed: 'Fehlgeschlagen' },
  status: 'Status', to: 'Empfänger', kind: 'Art', subject: 'Betreff', created: 'Erstellt', sent: 'Gesendet', attempts: 'Versuche', lastError: 'Letzter Fehler',
  view: 'Ansehen', viewMail: (s) => `E-Mail „${s}“ ansehen`, empty: 'Keine E-Mails mit diesem Status.', refresh: 'Aktualisieren', shown: (n) => `${n} E-Mails angezeigt`,
  order: 'Auftrag', language: 'Sprache',
};

const fr: AdminOutboxTexts = {
  title: 'Boîte d’envoi', intro: 'Tous les e-mails de notification écrits par le portail, les plus récents en premier, envoyés ou en attente.',
  filter: 'Statut', all: 'Tous',
  states: { waiting: 'En attente', sending: 'En cours d’envoi', sent: 'Envoyé', failed: 'Échec' },
  status: 'Statut', to: 'Destinataire', kind: 'Type', subject: 'Objet', created: 'Écrit le', sent: 'Envoyé le', attempts: 'Tentatives', lastError: 'Dernière erreur',
  view: 'Afficher', viewMail: (s) => `Afficher l’e-mail « ${s} »`, empty: 'Aucun e-mail avec ce statut.', refresh: 'Actualiser', shown: (n) => `${n} e-mails affichés`,
  order: 'Commande', language: 'Langue',
};

export const TEXTS: Tables<AdminOutboxTexts> = { en, de, fr };
