import type { Tables } from '../shared/i18n.js';

export interface AdminPlanningTexts {
  title: string; intro: string; company: string; allCompanies: string; from: string; months: string; show: string;
  demand: string; demandIntro: string; method: string; material: string; thickness: string; value: string; total: string;
  pieces: string; kg: string; sheets: (w: number, h: number) => string; sheetKg: string; download: string; noDemand: string;
  articles: string; number: string; name: string; unit: string; leftOut: (name: string, pieces: number) => string;
  plan: (company: string) => string; item: string; stock: string; reported: string; never: string; noPlan: string; choose: string;
}

const en: AdminPlanningTexts = {
  title: 'Planning', intro: 'The demand the customers plan, the sheet metal it takes, and each customer\'s plan beside the stock it reported.',
  company: 'Customer', allCompanies: 'All customers', from: 'From month', months: 'Months', show: 'Show',
  demand: 'Material demand', demandIntro: 'Per month, per material and thickness: planned pieces, their weight, and the sheets to buy.', method: 'How it is computed',
  material: 'Material', thickness: 'Thickness', value: 'Figure', total: 'Total', pieces: 'Pieces', kg: 'kg (parts)', sheets: (w, h) => `Sheets ${w} × ${h}`, sheetKg: 'kg (sheets)',
  download: 'Download (.xlsx)', noDemand: 'No planned parts in these months.',
  articles: 'Articles (pieces)', number: 'Number', name: 'Name', unit: 'Unit', leftOut: (n, p) => `Left out: ${n} (${p} pieces); the catalog no longer has its material or thickness.`,
  plan: (c) => `Plan and stock of ${c}`, item: 'Part or article', stock: 'Stock', reported: 'Reported', never: 'never', noPlan: 'This customer has no plan for these months.',
  choose: 'Choose a customer to see its plan and stock.',
};

const de: AdminPlanningTexts = {
  title: 'Planung', intro: 'Der Bedarf, den die Kunden planen, das Blech, das er braucht, und der Plan jedes Kunden neben seinem gemeldeten Bestand.',
  company: 'Kunde', allCompanies: 'Alle Kunden', from: 'Ab Monat', months: 'Monate', show: 'Anzeigen',
  demand: 'Materialbedarf', demandIntro: 'Je Monat, Werkstoff und Dicke: geplante Stück, ihr Gewicht und die zu kaufenden Tafeln.', method: 'So wird gerechnet',
  material: 'Werkstoff', thickness: 'Dicke', value: 'Größe', total: 'Summe', pieces: 'Stück', kg: 'kg (Teile)', sheets: (w, h) => `Tafeln ${w} × ${h}`, sheetKg: 'kg (Tafeln)',
  download: 'Herunterladen (.xlsx)', noDemand: 'Keine geplanten Teile in diesen Monaten.',
  articles: 'Artikel (Stück)', number: 'Nummer', name: 'Bezeichnung', unit: 'Einheit', leftOut: (n, p) => `Nicht berücksichtigt: ${n} (${p} Stück); der Katalog hat Werkstoff oder Dicke nicht mehr.`,
  plan: (c) => `Plan und Bestand von ${c}`, item: 'Teil oder Artikel', stock: 'Bestand', reported: 'Gemeldet', never: 'nie', noPlan: 'Dieser Kunde hat für diese Monate keinen Plan.',
  choose: 'Wählen Sie einen Kunden, um seinen Plan und Bestand zu sehen.',
};

const fr: AdminPlanningTexts = {
  title: 'Planification', intro: 'Les besoins que planifient les clients, la tôle qu’ils demandent, et le plan de chaque client à côté du stock déclaré.',
  company: 'Client', allCompanies: 'Tous les clients', from: 'À partir du mois', months: 'Mois', show: 'Afficher',
  demand: 'Besoin en matière', demandIntro: 'Par mois, matière et épaisseur : pièces prévues, leur poids et les tôles à acheter.', method: 'Méthode de calcul',
  material: 'Matière', thickness: 'Épaisseur', value: 'Grandeur', total: 'Total', pieces: 'Pièces', kg: 'kg (pièces)', sheets: (w, h) => `Tôles ${w} × ${h}`, sheetKg: 'kg (tôles)',
  download: 'Télécharger (.xlsx)', noDemand: 'Aucune pièce prévue sur ces mois.',
  articles: 'Articles (pièces)', number: 'Référence', name: 'Désignation', unit: 'Unité', leftOut: (n, p) => `Non compté : ${n} (${p} pièces) ; le catalogue n’a plus sa matière ou son épaisseur.`,
  plan: (c) => `Plan et stock de ${c}`, item: 'Pièce ou article', stock: 'Stock', reported: 'Déclaré', never: 'jamais', noPlan: 'Ce client n’a pas de plan pour ces mois.',
  choose: 'Choisissez un client pour voir son plan et son stock.',
};

export const TEXTS: Tables<AdminPlanningTexts> = { en, de, fr };
