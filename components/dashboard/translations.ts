import type { Tables } from '../shared/i18n.js';

export interface DashboardTexts {
  title: string; adminTitle: string; intro: string; adminIntro: string;
  from: string; to: string; show: string; period: (from: string, to: string) => string;
  spend: string; ordered: string; invoiced: string; orders: string; month: string; total: string;
  open: string; openText: (amount: string) => string; buckets: Record<'0-30' | '31-60' | '61-90' | '90+', string>;
  intake: string; intakeValue: string; count: string;
  revenue: string; company: string; credited: string; net: string;
  materials: string; material: string; pieces: string; weight: string;
  openItems: string;
  chartLabel: (title: string) => string; none: string; figures: string;
}

const buckets = (days: string) => ({ '0-30': `0–30 ${days}`, '31-60': `31–60 ${days}`, '61-90': `61–90 ${days}`, '90+': `> 90 ${days}` });

const en: DashboardTexts = {
  title: 'Dashboard', adminTitle: 'Dashboard', intro: 'What your company ordered and was invoiced, month by month.',
  adminIntro: 'Order intake, revenue per customer, parts per material and open items for the months chosen.',
  from: 'From month', to: 'To month', show: 'Show', period: (f, t) => `${f} to ${t}`,
  spend: 'Spend per month', ordered: 'Ordered', invoiced: 'Invoiced (net of credit notes)', orders: 'Orders', month: 'Month', total: 'Total',
  open: 'Open items', openText: (a) => `${a} open today`, buckets: buckets('days'),
  intake: 'Order intake per month', intakeValue: 'Value', count: 'Orders',
  revenue: 'Revenue per customer', company: 'Customer', credited: 'Credited', net: 'Net',
  materials: 'Parts per material', material: 'Material', pieces: 'Pieces', weight: 'Weight',
  openItems: 'Open items by age',
  chartLabel: (t) => `${t}: bar chart; the table below gives the figures.`, none: 'Nothing in these months.', figures: 'Figures',
};

const de: DashboardTexts = {
  title: 'Kennzahlen', adminTitle: 'Kennzahlen', intro: 'Was Ihr Unternehmen Monat für Monat bestellt hat und berechnet bekam.',
  adminIntro: 'Auftragseingang, Umsatz je Kunde, Teile je Werkstoff und offene Posten für die gewählten Monate.',
  from: 'Von Monat', to: 'Bis Monat', show: 'Anzeigen', period: (f, t) => `${f} bis ${t}`,
  spend: 'Ausgaben je Monat', ordered: 'Bestellt', invoiced: 'Berechnet (abzüglich Gutschriften)', orders: 'Aufträge', month: 'Monat', total: 'Summe',
  open: 'Offene Posten', openText: (a) => `${a} heute offen`, buckets: buckets('Tage'),
  intake: 'Auftragseingang je Monat', intakeValue: 'Wert', count: 'Aufträge',
  revenue: 'Umsatz je Kunde', company: 'Kunde', credited: 'Gutgeschrieben', net: 'Netto',
  materials: 'Teile je Werkstoff', material: 'Werkstoff', pieces: 'Stück', weight: 'Gewicht',
  openItems: 'Offene Posten nach Alter',
  chartLabel: (t) => `${t}: Balkendiagramm; die Tabelle darunter nennt die Zahlen.`, none: 'Nichts in diesen Monaten.', figures: 'Zahlen',
};

const fr: DashboardTexts = {
  title: 'Tableau de bord', adminTitle: 'Tableau de bord', intro: 'Ce que votre entreprise a commandé et ce qui lui a été facturé, mois par mois.',
  adminIntro: 'Prises de commande, chiffre d’affaires par client, pièces par matière et postes ouverts pour les mois choisis.',
  from: 'Du mois', to: 'Au mois', show: 'Afficher', period: (f, t) => `${f} à ${t}`,
  spend: 'Dépenses par mois', ordered: 'Commandé', invoiced: 'Facturé (net des avoirs)', orders: 'Commandes', month: 'Mois', total: 'Total',
  open: 'Postes ouverts', openText: (a) => `${a} ouverts aujourd’hui`, buckets: buckets('jours'),
  intake: 'Prises de commande par mois', intakeValue: 'Valeur', count: 'Commandes',
  revenue: 'Chiffre d’affaires par client', company: 'Client', credited: 'Avoirs', net: 'Net',
  materials: 'Pièces par matière', material: 'Matière', pieces: 'Pièces', weight: 'Poids',
  openItems: 'Postes ouverts par ancienneté',
  chartLabel: (t) => `${t} : diagramme en barres ; le tableau ci-dessous donne les chiffres.`, none: 'Rien sur ces mois.', figures: 'Chiffres',
};

export const TEXTS: Tables<DashboardTexts> = { en, de, fr };
