import type { Tables } from '../shared/i18n.js';

export interface AccessRequestsTexts {
  title: string; filter: string;
  states: Record<'pending' | 'approved' | 'rejected', string>;
  empty: string;
  requested: (when: string) => string; decided: (when: string) => string;
  company: string; customerNumber: string; none: string; email: string; language: string;
  languages: Record<'en' | 'de' | 'fr', string>;
  intoNew: string; intoExisting: string; reject: string; confirmReject: (name: string) => string; yesReject: string;
  newCompanyTitle: string; companyName: string; city: string; salesRep: string; noRep: string; approveNew: string;
  existingTitle: string; chooseCompany: string; approveExisting: string;
  approved: (name: string, company: string) => string; rejected: (name: string) => string;
  openCompany: string;
}

const en: AccessRequestsTexts = {
  title: 'Access requests', filter: 'Show',
  states: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
  empty: 'No requests here.',
  requested: (w) => `Requested ${w}`, decided: (w) => `Decided ${w}`,
  company: 'Company', customerNumber: 'Customer number', none: '—', email: 'E-mail', language: 'Language',
  languages: { en: 'English', de: 'German', fr: 'French' },
  intoNew: 'Approve into a new company', intoExisting: 'Approve into an existing company', reject: 'Reject',
  confirmReject: (n) => `Reject the request of ${n}? They are told by e-mail.`, yesReject: 'Yes, reject',
  newCompanyTitle: 'New company', companyName: 'Company name', city: 'City', salesRep: 'Sales rep', noRep: 'None', approveNew: 'Create company and approve',
  existingTitle: 'Existing company', chooseCompany: 'Company', approveExisting: 'Approve',
  approved: (n, c) => `${n} was approved into ${c} and gets an invitation.`, rejected: (n) => `The request of ${n} was rejected.`,
  openCompany: 'Open the company',
};

const de: AccessRequestsTexts = {
  title: 'Zugangsanfragen', filter: 'Anzeigen',
  states: { pending: 'Offen', approved: 'Angenommen', rejected: 'Abgelehnt' },
  empty: 'Keine Anfragen vorhanden.',
  requested: (w) => `Angefragt am ${w}`, decided: (w) => `Entschieden am ${w}`,
  company: 'Firma', customerNumber: 'Kundennummer', none: '—', email: 'E-Mail', language: 'Sprache',
  languages: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
  intoNew: 'In neue Firma aufnehmen', intoExisting: 'In bestehende Firma aufnehmen', reject: 'Ablehnen',
  confirmReject: (n) => `Die Anfrage von ${n} ablehnen? Die Person wird per E-Mail benachrichtigt.`, yesReject: 'Ja, ablehnen',
  newCompanyTitle: 'Neue Firma', companyName: 'Firmenname', city: 'Ort', salesRep: 'Vertrieb', noRep: 'Keiner', approveNew: 'Firma anlegen und annehmen',
  existingTitle: 'Bestehende Firma', chooseCompany: 'Firma', approveExisting: 'Annehmen',
  approved: (n, c) => `${n} wurde in ${c} aufgenommen und erhält eine Einladung.`, rejected: (n) => `Die Anfrage von ${n} wurde abgelehnt.`,
  openCompany: 'Firma öffnen',
};

const fr: AccessRequestsTexts = {
  title: 'Demandes d’accès', filter: 'Afficher',
  states: { pending: 'En attente', approved: 'Acceptées', rejected: 'Refusées' },
  empty: 'Aucune demande ici.',
  requested: (w) => `Demandé le ${w}`, decided: (w) => `Décidé le ${w}`,
  company: 'Entreprise', customerNumber: 'Numéro client', none: '—', email: 'E-mail', language: 'Langue',
  languages: { en: 'Anglais', de: 'Allemand', fr: 'Français' },
  intoNew: 'Accepter dans une nouvelle entreprise', intoExisting: 'Accepter dans une entreprise existante', reject: 'Refuser',
  confirmReject: (n) => `Refuser la demande de ${n} ? La personne en est informée par e-mail.`, yesReject: 'Oui, refuser',
  newCompanyTitle: 'Nouvelle entreprise', companyName: 'Nom de l’entreprise', city: 'Ville', salesRep: 'Commercial', noRep: 'Aucun', approveNew: 'Créer l’entreprise et accepter',
  existingTitle: 'Entreprise existante', chooseCompany: 'Entreprise', approveExisting: 'Accepter',
  approved: (n, c) => `${n} a été accepté(e) dans ${c} et reçoit une invitation.`, rejected: (n) => `La demande de ${n} a été refusée.`,
  openCompany: 'Ouvrir l’entreprise',
};

export const TEXTS: Tables<AccessRequestsTexts> = { en, de, fr };
