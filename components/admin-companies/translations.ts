import type { Tables } from '../shared/i18n.js';

export interface AdminCompaniesTexts {
  title: string; newCompany: string; editTitle: (name: string) => string; newTitle: string; back: string;
  name: string; customerNumber: string; city: string; users: string; enabled: string; salesRep: string; actions: string;
  on: string; off: string; enable: string; disable: string; open: string; empty: string; noRep: string;
  master: string; street: string; zip: string; country: string; phone: string; vatId: string; language: string; portalEnabled: string;
  languages: Record<'en' | 'de' | 'fr', string>;
  pricing: string; pricingHint: string;
  materialMarkup: string; cuttingMarkup: string; minimumOrderValue: string; setupCost: string; machineRate: string;
  defaultValue: (v: string) => string;
  breaks: string; overrideBreaks: string; minQuantity: string; discount: string; addBreak: string; removeBreak: (n: number) => string;
  materials: string; materialsHint: string; allOf: (m: string) => string;
  create: string; saved: string; created: (name: string) => string;
  people: string; noPeople: string; invite: string; inviteHint: string; personName: string; email: string; invited: (email: string) => string;
  toggled: (name: string, on: boolean) => string;
}

const en: AdminCompaniesTexts = {
  title: 'Companies', newCompany: 'New company', editTitle: (n) => `Company ${n}`, newTitle: 'New company', back: 'All companies',
  name: 'Name', customerNumber: 'Customer number', city: 'City', users: 'People', enabled: 'Portal', salesRep: 'Sales rep', actions: 'Actions',
  on: 'Enabled', off: 'Disabled', enable: 'Enable', disable: 'Disable', open: 'Edit', empty: 'No customer companies yet.', noRep: 'None',
  master: 'Company data', street: 'Street', zip: 'Postcode', country: 'Country', phone: 'Phone', vatId: 'VAT ID', language: 'Language', portalEnabled: 'Enabled for the portal',
  languages: { en: 'English', de: 'German', fr: 'French' },
  pricing: 'Pricing overrides', pricingHint: 'Leave a field empty to use the shop’s default.',
  materialMarkup: 'Material markup (%)', cuttingMarkup: 'Cutting markup (%)', minimumOrderValue: 'Minimum order value (€)', setupCost: 'Setup cost per line (€)', machineRate: 'Machine rate (€/h)',
  defaultValue: (v) => `Default: ${v}`,
  breaks: 'Quantity breaks', overrideBreaks: 'Own quantity breaks for this company', minQuantity: 'From quantity', discount: 'Discount (%)', addBreak: 'Add a break', removeBreak: (n) => `Remove break ${n}`,
  materials: 'Agreed materials', materialsHint: 'Tick what this company may order; nothing ticked means every material.', allOf: (m) => `All thicknesses of ${m}`,
  create: 'Create company', saved: 'Saved.', created: (n) => `${n} was created.`,
  people: 'People', noPeople: 'Nobody has a login for this company yet.', invite: 'Invite the company’s administrator',
  inviteHint: 'The person gets an e-mail with a link to set a password.', personName: 'Name', email: 'E-mail', invited: (e) => `An invitation was sent to ${e}.`,
  toggled: (n, on) => `${n} is now ${on ? 'enabled' : 'disabled'}.`,
};

const de: AdminCompaniesTexts = {
  title: 'Firmen', newCompany: 'Neue Firma', editTitle: (n) => `Firma ${n}`, newTitle: 'Neue Firma', back: 'Alle Firmen',
  name: 'Name', customerNumber: 'Kundennummer', city: 'Ort', users: 'Personen', enabled: 'Portal', salesRep: 'Vertrieb', actions: 'Aktionen',
  on: 'Freigeschaltet', off: 'Gesperrt', enable: 'Freischalten', disable: 'Sperren', open: 'Bearbeiten', empty: 'Noch keine Kundenfirmen.', noRep: 'Keiner',
  master: 'Firmendaten', street: 'Straße', zip: 'PLZ', country: 'Land', phone: 'Telefon', vatId: 'USt-IdNr.', language: 'Sprache', portalEnabled: 'Für das Portal freigeschaltet',
  languages: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
  pricing: 'Abweichende Preise', pricingHint: 'Lassen Sie ein Feld leer, gilt der Standard des Betriebs.',
  materialMarkup: 'Materialaufschlag (%)', cuttingMarkup: 'Schneidaufschlag (%)', minimumOrderValue: 'Mindestbestellwert (€)', setupCost: 'Rüstkosten je Position (€)', machineRate: 'Maschinenstundensatz (€/h)',
  defaultValue: (v) => `Standard: ${v}`,
  breaks: 'Mengenstaffel', overrideBreaks: 'Eigene Mengenstaffel für diese Firma', minQuantity: 'Ab Menge', discount: 'Rabatt (%)', addBreak: 'Staffel hinzufügen', removeBreak: (n) => `Staffel ${n} entfernen`,
  materials: 'Vereinbarte Werkstoffe', materialsHint: 'Kreuzen Sie an, was diese Firma bestellen darf; nichts angekreuzt heißt alle Werkstoffe.', allOf: (m) => `Alle Dicken von ${m}`,
  create: 'Firma anlegen', saved: 'Gespeichert.', created: (n) => `${n} wurde angelegt.`,
  people: 'Personen', noPeople: 'Für diese Firma hat noch niemand einen Zugang.', invite: 'Administrator der Firma einladen',
  inviteHint: 'Die Person erhält eine E-Mail mit einem Link, um ihr Passwort festzulegen.', personName: 'Name', email: 'E-Mail', invited: (e) => `Eine Einladung wurde an ${e} gesendet.`,
  toggled: (n, on) => `${n} ist jetzt ${on ? 'freigeschaltet' : 'gesperrt'}.`,
};

const fr: AdminCompaniesTexts = {
  title: 'Entreprises', newCompany: 'Nouvelle entreprise', editTitle: (n) => `Entreprise ${n}`, newTitle: 'Nouvelle entreprise', back: 'Toutes les entreprises',
  name: 'Nom', customerNumber: 'Numéro client', city: 'Ville', users: 'Personnes', enabled: 'Portail', salesRep: 'Commercial', actions: 'Actions',
  on: 'Activée', off: 'Désactivée', enable: 'Activer', disable: 'Désactiver', open: 'Modifier', empty: 'Aucune entreprise cliente pour l’instant.', noRep: 'Aucun',
  master: 'Données de l’entreprise', street: 'Rue', zip: 'Code postal', country: 'Pays', phone: 'Téléphone', vatId: 'N° de TVA', language: 'Langue', portalEnabled: 'Activée pour le portail',
  languages: { en: 'Anglais', de: 'Allemand', fr: 'Français' },
  pricing: 'Tarifs particuliers', pricingHint: 'Laissez un champ vide pour appliquer la valeur par défaut de l’atelier.',
  materialMarkup: 'Majoration matière (%)', cuttingMarkup: 'Majoration découpe (%)', minimumOrderValue: 'Montant minimum de commande (€)', setupCost: 'Frais de préparation par ligne (€)', machineRate: 'Taux horaire machine (€/h)',
  defaultValue: (v) => `Par défaut : ${v}`,
  breaks: 'Remises par quantité', overrideBreaks: 'Remises par quantité propres à cette entreprise', minQuantity: 'À partir de', discount: 'Remise (%)', addBreak: 'Ajouter un palier', removeBreak: (n) => `Supprimer le palier ${n}`,
  materials: 'Matières convenues', materialsHint: 'Cochez ce que cette entreprise peut commander ; rien de coché signifie toutes les matières.', allOf: (m) => `Toutes les épaisseurs de ${m}`,
  create: 'Créer l’entreprise', saved: 'Enregistré.', created: (n) => `${n} a été créée.`,
  people: 'Personnes', noPeople: 'Personne n’a encore d’accès pour cette entreprise.', invite: 'Inviter l’administrateur de l’entreprise',
  inviteHint: 'La personne reçoit un e-mail avec un lien pour définir son mot de passe.', personName: 'Nom', email: 'E-mail', invited: (e) => `Une invitation a été envoyée à ${e}.`,
  toggled: (n, on) => `${n} est maintenant ${on ? 'activée' : 'désactivée'}.`,
};

export const TEXTS: Tables<AdminCompaniesTexts> = { en, de, fr };
