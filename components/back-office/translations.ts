import type { Tables } from '../shared/i18n.js';

export interface BackOfficeTexts {
  title: string;
  nav: string;
  orders: string; companies: string; articles: string; accessRequests: string; pricing: string; outbox: string; webhooks: string; statements: string; returns: string; dashboard: string; planning: string;
  pending: (n: number) => string;
  /** Issue [8]: customers' messages not read yet. */
  unread: (n: number) => string;
  language: string; theme: string;
  light: string; dark: string; auto: string;
  signInTitle: string; signInIntro: string; email: string; password: string;
  wrongPassword: string;
  customerTitle: string; customerText: string; toPortal: string;
  signedInAs: (name: string) => string;
  checking: string;
}

const en: BackOfficeTexts = {
  title: 'Back office',
  nav: 'Back office sections',
  orders: 'Orders', companies: 'Companies', articles: 'Articles', accessRequests: 'Access requests', pricing: 'Materials and pricing', outbox: 'Outbox', webhooks: 'Webhooks', statements: 'Statements', returns: 'Returns', dashboard: 'Dashboard', planning: 'Planning',
  pending: (n) => `${n} pending`,
  unread: (n) => `${n} unread message${n === 1 ? '' : 's'}`,
  language: 'Language', theme: 'Theme',
  light: 'Light', dark: 'Dark', auto: 'Automatic',
  signInTitle: 'Staff sign-in', signInIntro: 'For the shop’s staff. Customers sign in on the customer portal.',
  email: 'E-mail', password: 'Password',
  wrongPassword: 'E-mail or password is wrong.',
  customerTitle: 'Customer account',
  customerText: 'This is the shop’s back office; customers use the portal.',
  toPortal: 'Go to the customer portal',
  signedInAs: (name) => `Signed in as ${name}`,
  checking: 'Checking your session…',
};

const de: BackOfficeTexts = {
  title: 'Backoffice',
  nav: 'Bereiche des Backoffice',
  orders: 'Aufträge', companies: 'Firmen', articles: 'Artikel', accessRequests: 'Zugangsanfragen', pricing: 'Werkstoffe und Preise', outbox: 'Postausgang', webhooks: 'Webhooks', statements: 'Kontoauszüge', returns: 'Retouren', dashboard: 'Kennzahlen', planning: 'Planung',
  pending: (n) => `${n} offen`,
  unread: (n) => `${n} ungelesene Nachricht${n === 1 ? '' : 'en'}`,
  language: 'Sprache', theme: 'Darstellung',
  light: 'Hell', dark: 'Dunkel', auto: 'Automatisch',
  signInTitle: 'Anmeldung für Mitarbeiter', signInIntro: 'Für die Mitarbeiter des Betriebs. Kunden melden sich im Kundenportal an.',
  email: 'E-Mail', password: 'Passwort',
  wrongPassword: 'E-Mail oder Passwort ist falsch.',
  customerTitle: 'Kundenkonto',
  customerText: 'Dies ist das Backoffice des Betriebs; Kunden nutzen das Portal.',
  toPortal: 'Zum Kundenportal',
  signedInAs: (name) => `Angemeldet als ${name}`,
  checking: 'Ihre Sitzung wird geprüft …',
};

const fr: BackOfficeTexts = {
  title: 'Back-office',
  nav: 'Rubriques du back-office',
  orders: 'Commandes', companies: 'Entreprises', articles: 'Articles', accessRequests: 'Demandes d’accès', pricing: 'Matières et tarifs', outbox: 'Boîte d’envoi', webhooks: 'Webhooks', statements: 'Relevés de compte', returns: 'Retours', dashboard: 'Tableau de bord', planning: 'Planification',
  pending: (n) => `${n} en attente`,
  unread: (n) => `${n} message${n === 1 ? '' : 's'} non lu${n === 1 ? '' : 's'}`,
  language: 'Langue', theme: 'Thème',
  light: 'Clair', dark: 'Sombre', auto: 'Automatique',
  signInTitle: 'Connexion du personnel', signInIntro: 'Pour le personnel de l’atelier. Les clients se connectent sur le portail client.',
  email: 'E-mail', password: 'Mot de passe',
  wrongPassword: 'E-mail ou mot de passe incorrect.',
  customerTitle: 'Compte client',
  customerText: 'Ceci est le back-office de l’atelier ; les clients utilisent le portail.',
  toPortal: 'Aller au portail client',
  signedInAs: (name) => `Connecté en tant que ${name}`,
  checking: 'Vérification de votre session…',
};

export const TEXTS: Tables<BackOfficeTexts> = { en, de, fr };
