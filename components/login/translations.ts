import type { Tables } from '../shared/i18n.js';

export interface LoginTexts {
  titles: Record<'sign-in' | 'register' | 'forgot' | 'set-password', string>;
  customerNumber: string;
  email: string;
  password: string;
  newPassword: string;
  confirmPassword: string;
  company: string;
  customerNumberOptional: string;
  name: string;
  staffToggle: string;
  customerToggle: string;
  staffHint: string;
  staffLink: string;
  requestAccess: string;
  forgot: string;
  backToSignIn: string;
  sendRequest: string;
  sendLink: string;
  setPassword: string;
  working: string;
  registered: string;
  resetSent: string;
  passwordSet: string;
  invalidCredentials: string;
  tooMany: (seconds: number | undefined) => string;
  tooShort: (min: number) => string;
  mismatch: string;
  noToken: string;
  invalidToken: string;
  requestNewLink: string;
  required: string;
  passwordRule: (min: number) => string;
}

const en: LoginTexts = {
  titles: { 'sign-in': 'Sign in', register: 'Request access', forgot: 'Forgotten password', 'set-password': 'Set your password' },
  customerNumber: 'Customer number',
  email: 'E-mail',
  password: 'Password',
  newPassword: 'New password',
  confirmPassword: 'Repeat the password',
  company: 'Company',
  customerNumberOptional: 'Customer number (if you have one)',
  name: 'Your name',
  staffToggle: 'Staff? Sign in without customer number',
  customerToggle: 'Customer? Sign in with your customer number',
  staffHint: 'Staff of the shop sign in with their e-mail only.',
  staffLink: 'Back office for staff',
  requestAccess: 'Request access',
  forgot: 'Forgotten password?',
  backToSignIn: 'Back to sign in',
  sendRequest: 'Send request',
  sendLink: 'Send me a link',
  setPassword: 'Set password',
  working: 'Please wait…',
  registered: 'Thank you. We will be in touch: once the shop has checked your request, you will receive an e-mail with a link to set your password.',
  resetSent: 'If this e-mail belongs to an account, we have sent it a link to set a new password. The link is valid for one hour.',
  passwordSet: 'Your password is set. Please sign in.',
  invalidCredentials: 'Customer number, e-mail or password is wrong.',
  tooMany: (s) => (s ? `Too many attempts. Please try again in ${s} seconds.` : 'Too many attempts. Please try again in a moment.'),
  tooShort: (min) => `The password needs at least ${min} characters.`,
  mismatch: 'The two passwords differ.',
  noToken: 'This page needs the link from your e-mail. Open the link again, or request a new one.',
  invalidToken: 'This link is no longer valid (it was used already or is older than one hour). Please request a new one.',
  requestNewLink: 'Request a new link',
  required: 'Please fill in this field.',
  passwordRule: (min) => `At least ${min} characters.`,
};

const de: LoginTexts = {
  titles: { 'sign-in': 'Anmelden', register: 'Zugang beantragen', forgot: 'Passwort vergessen', 'set-password': 'Passwort festlegen' },
  customerNumber: 'Kundennummer',
  email: 'E-Mail',
  password: 'Passwort',
  newPassword: 'Neues Passwort',
  confirmPassword: 'Passwort wiederholen',
  company: 'Firma',
  customerNumberOptional: 'Kundennummer (falls vorhanden)',
  name: 'Ihr Name',
  staffToggle: 'Mitarbeiter? Ohne Kundennummer anmelden',
  customerToggle: 'Kunde? Mit Kundennummer anmelden',
  staffHint: 'Mitarbeiter des Betriebs melden sich nur mit ihrer E-Mail an.',
  staffLink: 'Backoffice für Mitarbeiter',
  requestAccess: 'Zugang beantragen',
  forgot: 'Passwort vergessen?',
  backToSignIn: 'Zurück zur Anmeldung',
  sendRequest: 'Anfrage senden',
  sendLink: 'Link zusenden',
  setPassword: 'Passwort speichern',
  working: 'Bitte warten …',
  registered: 'Vielen Dank. Wir melden uns bei Ihnen: Sobald der Betrieb Ihre Anfrage geprüft hat, erhalten Sie eine E-Mail mit einem Link, um Ihr Passwort festzulegen.',
  resetSent: 'Falls diese E-Mail zu einem Konto gehört, haben wir einen Link zum Festlegen eines neuen Passworts gesendet. Der Link ist eine Stunde gültig.',
  passwordSet: 'Ihr Passwort ist gespeichert. Bitte melden Sie sich an.',
  invalidCredentials: 'Kundennummer, E-Mail oder Passwort ist falsch.',
  tooMany: (s) => (s ? `Zu viele Versuche. Bitte versuchen Sie es in ${s} Sekunden erneut.` : 'Zu viele Versuche. Bitte versuchen Sie es gleich noch einmal.'),
  tooShort: (min) => `Das Passwort braucht mindestens ${min} Zeichen.`,
  mismatch: 'Die beiden Passwörter stimmen nicht überein.',
  noToken: 'Diese Seite benötigt den Link aus Ihrer E-Mail. Öffnen Sie den Link erneut oder fordern Sie einen neuen an.',
  invalidToken: 'Dieser Link ist nicht mehr gültig (er wurde bereits benutzt oder ist älter als eine Stunde). Bitte fordern Sie einen neuen an.',
  requestNewLink: 'Neuen Link anfordern',
  required: 'Bitte füllen Sie dieses Feld aus.',
  passwordRule: (min) => `Mindestens ${min} Zeichen.`,
};

const fr: LoginTexts = {
  titles: { 'sign-in': 'Connexion', register: 'Demander un accès', forgot: 'Mot de passe oublié', 'set-password': 'Définir votre mot de passe' },
  customerNumber: 'Numéro client',
  email: 'E-mail',
  password: 'Mot de passe',
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Répétez le mot de passe',
  company: 'Entreprise',
  customerNumberOptional: 'Numéro client (si vous en avez un)',
  name: 'Votre nom',
  staffToggle: 'Personnel ? Connexion sans numéro client',
  customerToggle: 'Client ? Connexion avec votre numéro client',
  staffHint: 'Le personnel de l’atelier se connecte avec son e-mail uniquement.',
  staffLink: 'Back-office du personnel',
  requestAccess: 'Demander un accès',
  forgot: 'Mot de passe oublié ?',
  backToSignIn: 'Retour à la connexion',
  sendRequest: 'Envoyer la demande',
  sendLink: 'M’envoyer un lien',
  setPassword: 'Enregistrer le mot de passe',
  working: 'Veuillez patienter…',
  registered: 'Merci. Nous reviendrons vers vous : dès que l’atelier aura vérifié votre demande, vous recevrez un e-mail avec un lien pour définir votre mot de passe.',
  resetSent: 'Si cet e-mail correspond à un compte, nous lui avons envoyé un lien pour définir un nouveau mot de passe. Le lien est valable une heure.',
  passwordSet: 'Votre mot de passe est enregistré. Veuillez vous connecter.',
  invalidCredentials: 'Le numéro client, l’e-mail ou le mot de passe est incorrect.',
  tooMany: (s) => (s ? `Trop de tentatives. Veuillez réessayer dans ${s} secondes.` : 'Trop de tentatives. Veuillez réessayer dans un instant.'),
  tooShort: (min) => `Le mot de passe doit comporter au moins ${min} caractères.`,
  mismatch: 'Les deux mots de passe sont différents.',
  noToken: 'Cette page nécessite le lien de votre e-mail. Ouvrez à nouveau le lien ou demandez-en un nouveau.',
  invalidToken: 'Ce lien n’est plus valable (il a déjà été utilisé ou date de plus d’une heure). Veuillez en demander un nouveau.',
  requestNewLink: 'Demander un nouveau lien',
  required: 'Veuillez remplir ce champ.',
  passwordRule: (min) => `Au moins ${min} caractères.`,
};

export const LOGIN_TEXTS: Tables<LoginTexts> = { en, de, fr };
