/** Companies and their people: creation with default groups, invitations, membership rules. */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { companies, groups, memberships, RIGHTS, users, type ApprovalMode, type Language, type Right, type User } from '../db/schema.js';
import { ApiError, conflict, notFound } from '../http/errors.js';
import { sendTokenMail } from './accounts.js';

export const DEFAULT_GROUPS: { name: string; rights: Right[] }[] = [
  { name: 'Administrators', rights: [...RIGHTS] },
  { name: 'Orderers', rights: ['view_parts', 'edit_parts', 'order', 'import'] },
  { name: 'Viewers', rights: ['view_parts'] },
];

export type NewCompany = typeof companies.$inferInsert;

/** A company with the default groups; returns it and the groups by name. */
export async function createCompany(tx: Tx, values: NewCompany) {
  const clash = await tx.select({ id: companies.id }).from(companies).where(eq(companies.customerNumber, values.customerNumber)).get();
  if (clash) throw conflict('CUSTOMER_NUMBER_TAKEN', `Customer number ${values.customerNumber} is already in use.`);
  const company = await tx.insert(companies).values(values).returning().get();
  const made = await tx.insert(groups).values(DEFAULT_GROUPS.map((g) => ({ companyId: company.id, ...g }))).returning();
  return { company, groups: Object.fromEntries(made.map((g) => [g.name, g])) as Record<string, typeof made[number]> };
}

export interface MemberInput {
  email: string;
  name: string;
  groupId: number;
  language?: Language;
  approvalMode?: ApprovalMode;
  approvalLimit?: number | null;
  approverId?: number | null;
}

/** Check that a group and an approver belong to the company. */
export async function checkMemberRefs(tx: Tx, companyId: number, groupId: number | undefined, approverId: number | null | undefined) {
  if (groupId !== undefined) {
    const g = await tx.select({ id: groups.id }).from(groups).where(and(eq(groups.id, groupId), eq(groups.companyId, companyId))).get();
    if (!g) throw notFound('The group');
  }
  if (approverId) {
    const m = await tx.select({ rights: groups.rights }).from(memberships).innerJoin(groups, eq(groups.id, memberships.groupId))
      .where(and(eq(memberships.userId, approverId), eq(memberships.companyId, companyId))).get();
    if (!m) throw notFound('The approver');
    if (!m.rights.includes('approve')) throw new ApiError(400, 'VALIDATION_ERROR', 'approverId: that person\'s group may not approve orders.');
  }
}

/**
 * Add a person to a company: an existing login gets the membership (one login, several
 * companies); a new one is created without password and invited by mail (link valid 7 days).
 */
export async function addMember(tx: Tx, companyId: number, m: MemberInput, now: number, publicUrl: string): Promise<User> {
  await checkMemberRefs(tx, companyId, m.groupId, m.approverId);
  const company = await tx.select().from(companies).where(eq(companies.id, companyId)).get();
  let user = await tx.select().from(users).where(eq(users.email, m.email)).get();
  if (user?.staffRole) throw conflict('EMAIL_TAKEN', 'This e-mail belongs to the shop\'s staff.');
  if (user) {
    const already = await tx.select().from(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.companyId, companyId))).get();
    if (already) throw conflict('ALREADY_MEMBER', `${m.email} already belongs to this company.`);
  } else {
    user = await tx.insert(users).values({ email: m.email, name: m.name, language: m.language ?? company?.language ?? 'en', createdAt: now }).returning().get();
  }
  await tx.insert(memberships).values({
    userId: user.id, companyId, groupId: m.groupId, approvalMode: m.approvalMode ?? 'none',
    approvalLimit: m.approvalLimit ?? null, approverId: m.approverId ?? null, createdAt: now,
  });
  if (!user.passwordHash) await sendTokenMail(tx, user, 'invite', now, publicUrl, company?.name);
  return user;
}
