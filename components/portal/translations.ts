import type { Tables } from '../shared/i18n.js';

export type PortalPage = 'home' | 'orders' | 'order' | 'parts' | 'catalog' | 'new' | 'basket' | 'approvals' | 'company' | 'import' | 'set-password' | 'sign-in' | 'not-found' | 'statement' | 'plan' | 'dashboard' | 'returns';

export interface PortalTexts {
  portal: string;
  mainNav: string;
  menu: string;
  skip: string;
  pages: Record<PortalPage, string>;
  orderTitle: (id: number) => string;
  nav: Record<'home' | 'orders' | 'parts' | 'catalog' | 'new' | 'basket' | 'approvals' | 'company' | 'import' | 'statement' | 'plan' | 'dashboard' | 'returns', string>;
  basketCount: (n: number) => string;
  /** Issue [8]: the shop's messages not read yet. */
  unreadCount: (n: number) => string;
  company: string;
  switching: string;
  language: string;
  theme: string;
  themes: Record<'light' | 'dark' | 'auto', string>;
  signedInAs: (name: string) => string;
  contact: string;
  contactText: string;
  phone: string;
  email: string;
  customerNumber: (n: string) => string;
  notAllowed: string;
  notFound: string;
  toStart: string;
  staffTitle: string;
  staffText: string;
  staffLink: string;
  welcome: (name: string) => string;
  nothingToShow: string;
}

const en: PortalTexts = {
  portal: 'Customer portal',
  mainNav: 'Main',
  menu: 'Menu',
  skip: 'Skip to content',
  pages: {
    home: 'Overview', orders: 'Orders', order: 'Order', parts: 'Parts library', catalog: 'Catalog', new: 'New part', basket: 'Basket',
    approvals: 'Approvals', company: 'Company', import: 'Import', 'set-password': 'Set your password', 'sign-in': 'Sign in', 'not-found': 'Page not found',
    statement: 'Statement of account', plan: 'Demand plan', dashboard: 'Dashboard', returns: 'Returns',
  },
  orderTitle: (id) => `Order #${id}`,
  nav: { home: 'Overview', orders: 'Orders', parts: 'Parts', catalog: 'Catalog', new: 'New part', basket: 'Basket', approvals: 'Approvals', company: 'Company', import: 'Import', statement: 'Account', returns: 'Returns', plan: 'Planning', dashboard: 'Dashboard' },
  basketCount: (n) => (n === 1 ? '1 line in the basket' : `${n} lines in the basket`),
  unreadCount: (n) => (n === 1 ? '1 unread message' : `${n} unread messages`),
  company: 'Company',
  switching: 'Switching company…',
  language: 'Language',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', auto: 'Automatic' },
  signedInAs: (n) => `Signed in as ${n}`,
  contact: 'Your contact',
  contactText: 'Questions about an order or a price? Your sales representative is glad to help.',
  phone: 'Phone',
  email: 'E-mail',
  customerNumber: (n) => `Customer number ${n}`,
  notAllowed: 'Your group is not allowed to see this page. Ask your company administrator for the right.',
  notFound: 'There is no such page.',
  toStart: 'Go to the overview',
  staffTitle: 'Signed in as shop staff',
  staffText: 'The customer portal is for customers. Orders, companies and prices are handled in the back office.',
  staffLink: 'Open the back office',
  welcome: (n) => `Welcome, ${n}`,
  nothingToShow: 'Your group may view the parts library only.',
};

const de: PortalTexts = {
  portal: 'Kundenportal',
  mainNav: 'Hauptmenü',
  menu: 'Menü',
  skip: 'Zum Inhalt springen',
  pages: {
    home: 'Übersicht', orders: 'Bestellungen', order: 'Bestellung', parts: 'Teilebibliothek', catalog: 'Katalog', new: 'Neues Teil', basket: 'Warenkorb',
    approvals: 'Freigaben', company: 'Firma', import: 'Import', 'set-password': 'Passwort festlegen', 'sign-in': 'Anmelden', 'not-found': 'Seite nicht gefunden',
    statement: 'Kontoauszug', plan: 'Bedarfsplan', dashboard: 'Kennzahlen', returns: 'Retouren',
  },
  orderTitle: (id) => `Bestellung #${id}`,
  nav: { home: 'Übersicht', orders: 'Bestellungen', parts: 'Teile', catalog: 'Katalog', new: 'Neues Teil', basket: 'Warenkorb', approvals: 'Freigaben', company: 'Firma', import: 'Import', statement: 'Konto', returns: 'Retouren', plan: 'Planung', dashboard: 'Kennzahlen' },
  basketCount: (n) => (n === 1 ? '1 Position im Warenkorb' : `${n} Positionen im Warenkorb`),
  unreadCount: (n) => (n === 1 ? '1 ungelesene Nachricht' : `${n} ungelesene Nachrichten`),
  company: 'Firma',
  switching: 'Firma wird gewechselt …',
  language: 'Sprache',
  theme: 'Darstellung',
  themes: { light: 'Hell', dark: 'Dunkel', auto: 'Automatisch' },
  signedInAs: (n) => `Angemeldet als ${n}`,
  contact: 'Ihr Ansprechpartner',
  contactText: 'Fragen zu einer Bestellung oder einem Preis? Ihr Ansprechpartner im Vertrieb hilft Ihnen gern.',
  phone: 'Telefon',
  email: 'E-Mail',
  customerNumber: (n) => `Kundennummer ${n}`,
  notAllowed: 'Ihre Gruppe darf diese Seite nicht sehen. Bitte wenden Sie sich an den Administrator Ihrer Firma.',
  notFound: 'Diese Seite gibt es nicht.',
  toStart: 'Zur Übersicht',
  staffTitle: 'Als Mitarbeiter des Betriebs angemeldet',
  staffText: 'Das Kundenportal ist für Kunden. Bestellungen, Firmen und Preise bearbeiten Sie im Backoffice.',
  staffLink: 'Backoffice öffnen',
  welcome: (n) => `Willkommen, ${n}`,
  nothingToShow: 'Ihre Gruppe darf nur die Teilebibliothek ansehen.',
};

const fr: PortalTexts = {
  portal: 'Portail client',
  mainNav: 'Menu principal',
  menu: 'Menu',
  skip: 'Aller au contenu',
  pages: {
    home: 'Vue d’ensemble', orders: 'Commandes', order: 'Commande', parts: 'Bibliothèque de pièces', catalog: 'Catalogue', new: 'Nouvelle pièce', basket: 'Panier',
    approvals: 'Approbations', company: 'Entreprise', import: 'Import', 'set-password': 'Définir votre mot de passe', 'sign-in': 'Connexion', 'not-found': 'Page introuvable',
    statement: 'Relevé de compte', plan: 'Plan de besoins', dashboard: 'Tableau de bord', returns: 'Retours',
  },
  orderTitle: (id) => `Commande n° ${id}`,
  nav: { home: 'Vue d’ensemble', orders: 'Commandes', parts: 'Pièces', catalog: 'Catalogue', new: 'Nouvelle pièce', basket: 'Panier', approvals: 'Approbations', company: 'Entreprise', import: 'Import', statement: 'Compte', returns: 'Retours', plan: 'Planification', dashboard: 'Tableau de bord' },
  basketCount: (n) => (n === 1 ? '1 ligne dans le panier' : `${n} lignes dans le panier`),
  unreadCount: (n) => (n === 1 ? '1 message non lu' : `${n} messages non lus`),
  company: 'Entreprise',
  switching: 'Changement d’entreprise…',
  language: 'Langue',
  theme: 'Thème',
  themes: { light: 'Clair', dark: 'Sombre', auto: 'Automatique' },
  signedInAs: (n) => `Connecté en tant que ${n}`,
  contact: 'Votre contact',
  contactText: 'Une question sur une commande ou un prix ? Votre commercial se fera un plaisir de vous aider.',
  phone: 'Téléphone',
  email: 'E-mail',
  customerNumber: (n) => `Numéro client ${n}`,
  notAllowed: 'Votre groupe n’a pas accès à cette page. Demandez ce droit à l’administrateur de votre entreprise.',
  notFound: 'Cette page n’existe pas.',
  toStart: 'Aller à la vue d’ensemble',
  staffTitle: 'Connecté en tant que personnel de l’atelier',
  staffText: 'Le portail client est destiné aux clients. Les commandes, entreprises et prix se gèrent dans le back-office.',
  staffLink: 'Ouvrir le back-office',
  welcome: (n) => `Bienvenue, ${n}`,
  nothingToShow: 'Votre groupe peut uniquement consulter la bibliothèque de pièces.',
};

export const PORTAL_TEXTS: Tables<PortalTexts> = { en, de, fr };

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch', fr: 'Français' } as const;
