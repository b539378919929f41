import type { Tables } from './i18n.js';

/** Words every component uses: order statuses, actions, and plain messages for error codes. */
export interface Common {
  status: Record<'pending_approval' | 'released' | 'in_production' | 'shipped' | 'completed' | 'rejected' | 'cancelled' | 'all', string>;
  save: string; cancel: string; close: string; delete: string; edit: string; copy: string; retry: string; loading: string;
  search: string; previous: string; next: string; page: (n: number, of: number) => string; none: string;
  signIn: string; signOut: string; error: string;
  errors: Record<string, string>;
}

const en: Common = {
  status: {
    pending_approval: 'Awaiting approval', released: 'Released', in_production: 'In production', shipped: 'Shipped',
    completed: 'Completed', rejected: 'Rejected', cancelled: 'Cancelled', all: 'All',
  },
  save: 'Save', cancel: 'Cancel', close: 'Close', delete: 'Delete', edit: 'Edit', copy: 'Copy', retry: 'Try again', loading: 'Loading…',
  search: 'Search', previous: 'Previous', next: 'Next', page: (n, of) => `Page ${n} of ${of}`, none: 'Nothing here yet.',
  signIn: 'Sign in', signOut: 'Sign out', error: 'Something went wrong',
  errors: {
    NETWORK_ERROR: 'The server cannot be reached. Check your connection and try again.',
    UNAUTHENTICATED: 'Please sign in.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'This no longer exists.',
    TOO_MANY_REQUESTS: 'Too many attempts; please wait a moment.',
    INTERNAL_ERROR: 'Something went wrong on our side; please try again.',
    // the money trail (issue [8])
    OVERPAYMENT: 'This payment is more than the order’s open amount; tick “accept more than is open” to keep the excess as a credit.',
    CREDIT_EXCEEDS_INVOICED: 'A credit note may not be more than what is invoiced and not yet credited.',
    DOCUMENT_TAKEN: 'This document number is already in use.',
    INVALID_AMOUNT: 'Please enter an amount greater than 0.',
    INVALID_DUE_DATE: 'The due date must not be before the invoice date.',
  },
};
const de: Common = {
  status: {
    pending_approval: 'Wartet auf Freigabe', released: 'Freigegeben', in_production: 'In Fertigung', shipped: 'Versendet',
    completed: 'Abgeschlossen', rejected: 'Abgelehnt', cancelled: 'Storniert', all: 'Alle',
  },
  save: 'Speichern', cancel: 'Abbrechen', close: 'Schließen', delete: 'Löschen', edit: 'Bearbeiten', copy: 'Kopieren', retry: 'Erneut versuchen', loading: 'Wird geladen …',
  search: 'Suchen', previous: 'Zurück', next: 'Weiter', page: (n, of) => `Seite ${n} von ${of}`, none: 'Noch nichts vorhanden.',
  signIn: 'Anmelden', signOut: 'Abmelden', error: 'Etwas ist schiefgegangen',
  errors: {
    NETWORK_ERROR: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    UNAUTHENTICATED: 'Bitte melden Sie sich an.',
    FORBIDDEN: 'Dazu sind Sie nicht berechtigt.',
    NOT_FOUND: 'Das gibt es nicht mehr.',
    TOO_MANY_REQUESTS: 'Zu viele Versuche; bitte warten Sie einen Moment.',
    INTERNAL_ERROR: 'Bei uns ist etwas schiefgegangen; bitte versuchen Sie es erneut.',
    OVERPAYMENT: 'Die Zahlung ist höher als der offene Betrag des Auftrags; wählen Sie „Mehr als offen annehmen“, um den Überschuss als Guthaben zu führen.',
    CREDIT_EXCEEDS_INVOICED: 'Eine Gutschrift darf nicht höher sein als das Berechnete, das noch nicht gutgeschrieben ist.',
    DOCUMENT_TAKEN: 'Diese Belegnummer ist schon vergeben.',
    INVALID_AMOUNT: 'Bitte geben Sie einen Betrag größer als 0 ein.',
    INVALID_DUE_DATE: 'Das Fälligkeitsdatum darf nicht vor dem Rechnungsdatum liegen.',
  },
};
const fr: Common = {
  status: {
    pending_approval: 'En attente d’approbation', released: 'Validée', in_production: 'En production', shipped: 'Expédiée',
    completed: 'Terminée', rejected: 'Refusée', cancelled: 'Annulée', all: 'Toutes',
  },
  save: 'Enregistrer', cancel: 'Annuler', close: 'Fermer', delete: 'Supprimer', edit: 'Modifier', copy: 'Copier', retry: 'Réessayer', loading: 'Chargement…',
  search: 'Rechercher', previous: 'Précédent', next: 'Suivant', page: (n, of) => `Page ${n} sur ${of}`, none: 'Rien pour l’instant.',
  signIn: 'Se connecter', signOut: 'Se déconnecter', error: 'Une erreur est survenue',
  errors: {
    NETWORK_ERROR: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    UNAUTHENTICATED: 'Veuillez vous connecter.',
    FORBIDDEN: 'Vous n’êtes pas autorisé à faire cela.',
    NOT_FOUND: 'Cela n’existe plus.',
    TOO_MANY_REQUESTS: 'Trop de tentatives ; veuillez patienter un instant.',
    INTERNAL_ERROR: 'Une erreur est survenue de notre côté ; veuillez réessayer.',
    OVERPAYMENT: 'Ce paiement dépasse le restant dû de la commande ; cochez « accepter plus que le restant dû » pour garder l’excédent en avoir.',
    CREDIT_EXCEEDS_INVOICED: 'Un avoir ne peut dépasser ce qui est facturé et pas encore crédité.',
    DOCUMENT_TAKEN: 'Ce numéro de pièce est déjà utilisé.',
    INVALID_AMOUNT: 'Veuillez saisir un montant supérieur à 0.',
    INVALID_DUE_DATE: 'L’échéance ne peut précéder la date de facture.',
  },
};

export const COMMON: Tables<Common> = { en, de, fr };
