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
  },
};

export const COMMON: Tables<Common> = { en, de, fr };
