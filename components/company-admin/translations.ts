import type { Tables } from '../shared/i18n.js';
import type { ApprovalMode, Right } from '../../sdk/client/types.js';

export interface CompanyAdminTexts {
  title: string;
  notAllowed: string;
  sections: string;
  tabs: { company: string; addresses: string; employees: string; groups: string };
  company: {
    customerNumber: string; name: string; street: string; zip: string; city: string; country: string; phone: string; vatId: string;
    language: string; saved: string; readOnly: string;
  };
  languages: Record<'en' | 'de' | 'fr', string>;
  salesRep: string;
  noSalesRep: string;
  addresses: {
    delivery: string; billing: string; none: string; add: string; edit: string; kind: string; isDefault: string; default: string;
    makeDefault: string; deleteTitle: string; deleteText: (name: string) => string; kinds: { delivery: string; billing: string };
    name: string; street: string; zip: string; city: string; country: string; actionsFor: (name: string) => string;
  };
  employees: {
    invite: string; inviteTitle: string; email: string; name: string; group: string; language: string; approvalMode: string;
    approvalLimit: (currency: string) => string; limitHint: string; approver: string; noApprover: string; status: string;
    invited: string; lastLogin: (date: string) => string; neverSignedIn: string; edit: (name: string) => string; remove: string;
    removeTitle: string; removeText: (name: string) => string; invitedMsg: (email: string) => string; savedMsg: string;
    removedMsg: (name: string) => string; you: string; approval: string; noLimit: string; above: (amount: string) => string;
    actionsFor: (name: string) => string;
  };
  modes: Record<ApprovalMode, string>;
  groups: {
    add: string; newTitle: string; editTitle: (name: string) => string; name: string; rights: string; members: (n: number) => string;
    deleteTitle: string; deleteText: (name: string) => string; savedMsg: string; deletedMsg: (name: string) => string;
    noRights: string; actionsFor: (name: string) => string;
  };
  rights: Record<Right, { name: string; help: string }>;
  errors: Record<string, string>;
}

const en: CompanyAdminTexts = {
  title: 'Company administration',
  notAllowed: 'Only your company’s administrators can manage the company, its employees and groups.',
  sections: 'Sections',
  tabs: { company: 'Company', addresses: 'Addresses', employees: 'Employees', groups: 'Groups and rights' },
  company: {
    customerNumber: 'Customer number', name: 'Company name', street: 'Street', zip: 'Postcode', city: 'City', country: 'Country',
    phone: 'Phone', vatId: 'VAT ID', language: 'Language of mails', saved: 'The company data was saved.',
    readOnly: 'You may view the company data; changing it needs the right “Manage company”.',
  },
  languages: { en: 'English', de: 'German', fr: 'French' },
  salesRep: 'Your contact at the shop',
  noSalesRep: 'No contact person has been assigned yet.',
  addresses: {
    delivery: 'Delivery addresses', billing: 'Billing addresses', none: 'No address yet.', add: 'Add address', edit: 'Edit address',
    kind: 'Kind', isDefault: 'Default for its kind', default: 'Default', makeDefault: 'Make default', deleteTitle: 'Delete address',
    deleteText: (n) => `Delete the address “${n}”?`, kinds: { delivery: 'Delivery address', billing: 'Billing address' },
    name: 'Name', street: 'Street', zip: 'Postcode', city: 'City', country: 'Country', actionsFor: (n) => `Actions for ${n}`,
  },
  employees: {
    invite: 'Invite employee', inviteTitle: 'Invite an employee', email: 'E-mail', name: 'Name', group: 'Group', language: 'Language',
    approvalMode: 'Approval', approvalLimit: (c) => `Approval limit (${c})`, limitHint: 'Orders above this total always need approval. Empty: no limit.',
    approver: 'Approver', noApprover: 'Anyone who may approve', status: 'Status', invited: 'Invited',
    lastLogin: (d) => `Last sign-in ${d}`, neverSignedIn: 'Never signed in', edit: (n) => `Edit ${n}`, remove: 'Remove',
    removeTitle: 'Remove employee', removeText: (n) => `Remove ${n} from the company? Their login stays for other companies they belong to.`,
    invitedMsg: (e) => `An invitation was sent to ${e}.`, savedMsg: 'The employee was saved.', removedMsg: (n) => `${n} was removed.`,
    you: 'you', approval: 'Approval', noLimit: 'no limit', above: (a) => `always above ${a}`, actionsFor: (n) => `Actions for ${n}`,
  },
  modes: { none: 'No approval needed', always: 'Every order needs approval', outside_assortment: 'Approval outside the assortment' },
  groups: {
    add: 'New group', newTitle: 'New group', editTitle: (n) => `Edit group ${n}`, name: 'Name', rights: 'Rights',
    members: (n) => (n === 1 ? '1 member' : `${n} members`), deleteTitle: 'Delete group', deleteText: (n) => `Delete the group “${n}”?`,
    savedMsg: 'The group was saved.', deletedMsg: (n) => `The group “${n}” was deleted.`, noRights: 'no rights',
    actionsFor: (n) => `Actions for ${n}`,
  },
  rights: {
    view_parts: { name: 'View parts', help: 'See the parts library, drawings and prices.' },
    edit_parts: { name: 'Edit parts', help: 'Create, change, copy and delete parts.' },
    order: { name: 'Order', help: 'Fill a basket and place binding orders.' },
    approve: { name: 'Approve orders', help: 'Approve or reject other employees’ orders.' },
    import: { name: 'Import', help: 'Bring many parts in at once from a spreadsheet.' },
    manage_users: { name: 'Manage users', help: 'Invite employees, set their groups, approval rules and the groups’ rights.' },
    manage_company: { name: 'Manage company', help: 'Change the company’s master data and addresses.' },
  },
  errors: {
    LOCKOUT: 'You cannot take the right to manage users away from yourself or your own group — you would lock yourself out. Ask another administrator.',
    GROUP_IN_USE: 'This group still has members. Move them to another group first.',
    GROUP_EXISTS: 'There is already a group with this name.',
    ALREADY_MEMBER: 'This person already belongs to the company.',
    EMAIL_TAKEN: 'This e-mail address is already used by another login.',
  },
};

const de: CompanyAdminTexts = {
  title: 'Firmenverwaltung',
  notAllowed: 'Nur die Administratoren Ihrer Firma können Firmendaten, Mitarbeitende und Gruppen verwalten.',
  sections: 'Bereiche',
  tabs: { company: 'Firma', addresses: 'Adressen', employees: 'Mitarbeitende', groups: 'Gruppen und Rechte' },
  company: {
    customerNumber: 'Kundennummer', name: 'Firmenname', street: 'Straße', zip: 'PLZ', city: 'Ort', country: 'Land',
    phone: 'Telefon', vatId: 'USt-IdNr.', language: 'Sprache der E-Mails', saved: 'Die Firmendaten wurden gespeichert.',
    readOnly: 'Sie können die Firmendaten ansehen; zum Ändern brauchen Sie das Recht „Firma verwalten“.',
  },
  languages: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
  salesRep: 'Ihr Ansprechpartner beim Lieferanten',
  noSalesRep: 'Es ist noch kein Ansprechpartner zugeordnet.',
  addresses: {
    delivery: 'Lieferadressen', billing: 'Rechnungsadressen', none: 'Noch keine Adresse.', add: 'Adresse hinzufügen', edit: 'Adresse bearbeiten',
    kind: 'Art', isDefault: 'Standard für diese Art', default: 'Standard', makeDefault: 'Als Standard festlegen', deleteTitle: 'Adresse löschen',
    deleteText: (n) => `Die Adresse „${n}“ löschen?`, kinds: { delivery: 'Lieferadresse', billing: 'Rechnungsadresse' },
    name: 'Name', street: 'Straße', zip: 'PLZ', city: 'Ort', country: 'Land', actionsFor: (n) => `Aktionen für ${n}`,
  },
  employees: {
    invite: 'Mitarbeitende einladen', inviteTitle: 'Mitarbeitende einladen', email: 'E-Mail', name: 'Name', group: 'Gruppe', language: 'Sprache',
    approvalMode: 'Freigabe', approvalLimit: (c) => `Freigabegrenze (${c})`, limitHint: 'Bestellungen über dieser Summe brauchen immer eine Freigabe. Leer: keine Grenze.',
    approver: 'Freigebende Person', noApprover: 'Jede Person mit Freigaberecht', status: 'Status', invited: 'Eingeladen',
    lastLogin: (d) => `Zuletzt angemeldet am ${d}`, neverSignedIn: 'Noch nie angemeldet', edit: (n) => `${n} bearbeiten`, remove: 'Entfernen',
    removeTitle: 'Mitarbeitende entfernen', removeText: (n) => `${n} aus der Firma entfernen? Die Anmeldung bleibt für andere Firmen erhalten, denen die Person angehört.`,
    invitedMsg: (e) => `Eine Einladung wurde an ${e} gesendet.`, savedMsg: 'Die Änderungen wurden gespeichert.', removedMsg: (n) => `${n} wurde entfernt.`,
    you: 'Sie', approval: 'Freigabe', noLimit: 'keine Grenze', above: (a) => `immer über ${a}`, actionsFor: (n) => `Aktionen für ${n}`,
  },
  modes: { none: 'Keine Freigabe nötig', always: 'Jede Bestellung braucht Freigabe', outside_assortment: 'Freigabe außerhalb des Sortiments' },
  groups: {
    add: 'Neue Gruppe', newTitle: 'Neue Gruppe', editTitle: (n) => `Gruppe ${n} bearbeiten`, name: 'Name', rights: 'Rechte',
    members: (n) => (n === 1 ? '1 Mitglied' : `${n} Mitglieder`), deleteTitle: 'Gruppe löschen', deleteText: (n) => `Die Gruppe „${n}“ löschen?`,
    savedMsg: 'Die Gruppe wurde gespeichert.', deletedMsg: (n) => `Die Gruppe „${n}“ wurde gelöscht.`, noRights: 'keine Rechte',
    actionsFor: (n) => `Aktionen für ${n}`,
  },
  rights: {
    view_parts: { name: 'Teile ansehen', help: 'Teilebibliothek, Zeichnungen und Preise sehen.' },
    edit_parts: { name: 'Teile bearbeiten', help: 'Teile anlegen, ändern, kopieren und löschen.' },
    order: { name: 'Bestellen', help: 'Den Warenkorb füllen und verbindlich bestellen.' },
    approve: { name: 'Bestellungen freigeben', help: 'Bestellungen anderer Mitarbeitender freigeben oder ablehnen.' },
    import: { name: 'Importieren', help: 'Viele Teile auf einmal aus einer Tabelle übernehmen.' },
    manage_users: { name: 'Benutzer verwalten', help: 'Mitarbeitende einladen, Gruppen, Freigaberegeln und Gruppenrechte festlegen.' },
    manage_company: { name: 'Firma verwalten', help: 'Stammdaten und Adressen der Firma ändern.' },
  },
  errors: {
    LOCKOUT: 'Sie können sich selbst oder Ihrer eigenen Gruppe das Recht „Benutzer verwalten“ nicht entziehen – Sie würden sich aussperren. Bitten Sie einen anderen Administrator.',
    GROUP_IN_USE: 'Diese Gruppe hat noch Mitglieder. Ordnen Sie diese zuerst einer anderen Gruppe zu.',
    GROUP_EXISTS: 'Es gibt bereits eine Gruppe mit diesem Namen.',
    ALREADY_MEMBER: 'Diese Person gehört der Firma bereits an.',
    EMAIL_TAKEN: 'Diese E-Mail-Adresse wird bereits von einer anderen Anmeldung verwendet.',
  },
};

const fr: CompanyAdminTexts = {
  title: 'Administration de l’entreprise',
  notAllowed: 'Seuls les administrateurs de votre entreprise peuvent gérer l’entreprise, ses employés et ses groupes.',
  sections: 'Rubriques',
  tabs: { company: 'Entreprise', addresses: 'Adresses', employees: 'Employés', groups: 'Groupes et droits' },
  company: {
    customerNumber: 'Numéro client', name: 'Raison sociale', street: 'Rue', zip: 'Code postal', city: 'Ville', country: 'Pays',
    phone: 'Téléphone', vatId: 'N° de TVA', language: 'Langue des e-mails', saved: 'Les données de l’entreprise ont été enregistrées.',
    readOnly: 'Vous pouvez consulter les données de l’entreprise ; les modifier exige le droit « Gérer l’entreprise ».',
  },
  languages: { en: 'Anglais', de: 'Allemand', fr: 'Français' },
  salesRep: 'Votre contact chez le fournisseur',
  noSalesRep: 'Aucun contact n’a encore été désigné.',
  addresses: {
    delivery: 'Adresses de livraison', billing: 'Adresses de facturation', none: 'Aucune adresse pour l’instant.', add: 'Ajouter une adresse',
    edit: 'Modifier l’adresse', kind: 'Type', isDefault: 'Par défaut pour ce type', default: 'Par défaut', makeDefault: 'Définir par défaut',
    deleteTitle: 'Supprimer l’adresse', deleteText: (n) => `Supprimer l’adresse « ${n} » ?`,
    kinds: { delivery: 'Adresse de livraison', billing: 'Adresse de facturation' },
    name: 'Nom', street: 'Rue', zip: 'Code postal', city: 'Ville', country: 'Pays', actionsFor: (n) => `Actions pour ${n}`,
  },
  employees: {
    invite: 'Inviter un employé', inviteTitle: 'Inviter un employé', email: 'E-mail', name: 'Nom', group: 'Groupe', language: 'Langue',
    approvalMode: 'Approbation', approvalLimit: (c) => `Plafond d’approbation (${c})`, limitHint: 'Au-delà de ce total, une commande doit toujours être approuvée. Vide : pas de plafond.',
    approver: 'Approbateur', noApprover: 'Toute personne habilitée', status: 'Statut', invited: 'Invité',
    lastLogin: (d) => `Dernière connexion le ${d}`, neverSignedIn: 'Jamais connecté', edit: (n) => `Modifier ${n}`, remove: 'Retirer',
    removeTitle: 'Retirer l’employé', removeText: (n) => `Retirer ${n} de l’entreprise ? Son compte reste actif pour ses autres entreprises.`,
    invitedMsg: (e) => `Une invitation a été envoyée à ${e}.`, savedMsg: 'Les modifications ont été enregistrées.', removedMsg: (n) => `${n} a été retiré.`,
    you: 'vous', approval: 'Approbation', noLimit: 'sans plafond', above: (a) => `toujours au-delà de ${a}`, actionsFor: (n) => `Actions pour ${n}`,
  },
  modes: { none: 'Aucune approbation', always: 'Toute commande doit être approuvée', outside_assortment: 'Approbation hors assortiment' },
  groups: {
    add: 'Nouveau groupe', newTitle: 'Nouveau groupe', editTitle: (n) => `Modifier le groupe ${n}`, name: 'Nom', rights: 'Droits',
    members: (n) => (n <= 1 ? `${n} membre` : `${n} membres`), deleteTitle: 'Supprimer le groupe', deleteText: (n) => `Supprimer le groupe « ${n} » ?`,
    savedMsg: 'Le groupe a été enregistré.', deletedMsg: (n) => `Le groupe « ${n} » a été supprimé.`, noRights: 'aucun droit',
    actionsFor: (n) => `Actions pour ${n}`,
  },
  rights: {
    view_parts: { name: 'Voir les pièces', help: 'Consulter la bibliothèque, les plans et les prix.' },
    edit_parts: { name: 'Modifier les pièces', help: 'Créer, modifier, copier et supprimer des pièces.' },
    order: { name: 'Commander', help: 'Remplir un panier et passer des commandes fermes.' },
    approve: { name: 'Approuver les commandes', help: 'Approuver ou refuser les commandes des autres employés.' },
    import: { name: 'Importer', help: 'Ajouter de nombreuses pièces d’un coup depuis un tableur.' },
    manage_users: { name: 'Gérer les utilisateurs', help: 'Inviter des employés, fixer leurs groupes, règles d’approbation et les droits des groupes.' },
    manage_company: { name: 'Gérer l’entreprise', help: 'Modifier les données et les adresses de l’entreprise.' },
  },
  errors: {
    LOCKOUT: 'Vous ne pouvez pas retirer le droit de gérer les utilisateurs à vous-même ou à votre propre groupe : vous vous excluriez. Demandez à un autre administrateur.',
    GROUP_IN_USE: 'Ce groupe a encore des membres. Déplacez-les d’abord dans un autre groupe.',
    GROUP_EXISTS: 'Un groupe porte déjà ce nom.',
    ALREADY_MEMBER: 'Cette personne fait déjà partie de l’entreprise.',
    EMAIL_TAKEN: 'Cette adresse e-mail est déjà utilisée par un autre compte.',
  },
};

export const TEXTS: Tables<CompanyAdminTexts> = { en, de, fr };
