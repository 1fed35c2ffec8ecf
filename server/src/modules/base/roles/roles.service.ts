import { ROLE_TEMPLATES, ROLE_TEMPLATE_NAMES, roleInputSchema, roleTemplateName, type RoleTemplateKey } from '@agency/shared';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../core/context.js';
import { AppError, badField, conflict, forbidden, fromZod, notFound } from '../../../core/errors.js';
import { Company } from '../companies/company.entity.js';
import { Membership } from '../users/membership.entity.js';
import { lockAccessChanges, rightsHeldInCompany } from '../users/membership.queries.js';
import { endGrantsBeyondGrantors } from '../support/support.service.js';
import { Role } from './role.entity.js';

/** The templates' names in English (the API's template list; the web app shows them translated). */
export const TEMPLATE_NAMES: Record<RoleTemplateKey, string> = ROLE_TEMPLATE_NAMES.en;

export interface RoleInput {
  name: string;
  description?: string | null;
  rights: string[];
}

/** No one hands out rights they do not hold themselves (no escalation through roles or invitations). */
export function assertMayGrant(ctx: RequestContext, rights: readonly string[]): void {
  const missing = rights.filter((r) => !ctx.can(r as never));
  if (missing.length) throw forbidden(`You cannot grant rights you do not hold: ${missing.join(', ')}.`);
}

/**
 * Nor does anyone change a role, or the access of a person, holding rights they do not hold
 * themselves: an administrator with fewer rights cannot strip, demote, disable, re-enable or reset
 * the second factor of a fuller one (and so cannot make rights nobody could grant again).
 */
export function assertMayManage(ctx: RequestContext, rights: readonly string[], what: 'role' | 'user'): void {
  const missing = rights.filter((r) => !ctx.can(r as never));
  if (missing.length) {
    throw new AppError('FORBIDDEN', `You cannot change a ${what} holding rights you do not hold: ${[...missing].sort().join(', ')}.`, { reason: 'HOLDS_RIGHTS_NOT_YOURS' });
  }
}

/**
 * Starts a change of who holds which rights in the active company (a role's rights, a membership's
 * role or state): serialized per company until the transaction ends, and returns the rights held now.
 */
export async function beginAccessChange(ctx: RequestContext): Promise<Set<string>> {
  const companyId = ctx.requireCompany();
  await lockAccessChanges(ctx.em, companyId);
  return rightsHeldInCompany(ctx.em, companyId);
}

/**
 * Ends it (after the flush): a right held through an active membership before the change is still
 * held by someone. Rights are handed out only by those who hold them (assertMayGrant), so a right
 * nobody holds could never be granted again — the last administrator cannot be demoted or disabled,
 * nor their role stripped. FORBIDDEN with reason LAST_HOLDER; the request's transaction is rolled back.
 */
export async function assertRightsKept(ctx: RequestContext, before: Set<string>): Promise<void> {
  const after = await rightsHeldInCompany(ctx.em, ctx.requireCompany());
  const lost = [...before].filter((r) => !after.has(r)).sort();
  if (lost.length) {
    throw new AppError(
      'FORBIDDEN',
      `After this change no active user would hold ${lost.join(', ')}, and nobody could grant them again. Give them to another active user first.`,
      { reason: 'LAST_HOLDER', rights: lost },
    );
  }
}

export function roles(ctx: RequestContext): Promise<Role[]> {
  ctx.requireCompany();
  return ctx.em.find(Role, {}, { orderBy: { name: 'asc' } });
}

export async function role(ctx: RequestContext, id: string): Promise<Role> {
  const r = await ctx.em.findOne(Role, { id });
  if (!r) throw notFound('Role');
  return r;
}

const nameTaken = () => badField('name', 'taken', 'A role with this name exists.');

/** Role names are unique in the company whatever their letter case ("Agents" and "AGENTS" would be told apart by no one). */
async function uniqueName(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
  // ILIKE without wildcards: lower(name) = lower(the new name), as the database's key compares
  const pattern = name.replace(/[\\%_]/g, (c) => `\\${c}`);
  const other = await ctx.em.findOne(Role, { name: { $ilike: pattern }, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (other) throw nameTaken();
}

/** The database's key of role names, (company_id, lower(name)) (migration 0051). */
const ROLE_NAME_KEY = 'role_company_name_lower_key';

/**
 * Writes a new or renamed role. Two requests at once may both pass `uniqueName` (neither sees the
 * other's role yet): the database's key refuses the second, which gets the same field error.
 */
async function flushRole(ctx: RequestContext): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && (error as { constraint?: string }).constraint === ROLE_NAME_KEY) throw nameTaken();
    throw error;
  }
}

function parse(input: RoleInput) {
  const parsed = roleInputSchema.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  return { ...parsed.data, rights: [...new Set(parsed.data.rights)].sort() };
}

export async function createRole(ctx: RequestContext, input: RoleInput & { template?: string | null }): Promise<Role> {
  const data = parse(input);
  assertMayGrant(ctx, data.rights);
  await uniqueName(ctx, data.name);
  const r = ctx.em.create(Role, {
    company: ctx.em.getReference(Company, ctx.requireCompany()),
    name: data.name,
    description: data.description ?? null,
    rights: data.rights,
    template: input.template && Object.hasOwn(ROLE_TEMPLATES, input.template) ? input.template : null,
    createdAt: new Date(),
  });
  await flushRole(ctx);
  return r;
}

/** Copies a built-in template into an editable role of the company. */
export async function copyRoleTemplate(ctx: RequestContext, template: string, name: string): Promise<Role> {
  if (!Object.hasOwn(ROLE_TEMPLATES, template)) throw badField('template', 'unknown', 'No such template.');
  return createRole(ctx, { name, rights: ROLE_TEMPLATES[template as RoleTemplateKey], template });
}

export async function updateRole(ctx: RequestContext, id: string, input: RoleInput): Promise<Role> {
  const before = await beginAccessChange(ctx);
  const r = await role(ctx, id);
  const data = parse(input);
  assertMayManage(ctx, r.rights, 'role');
  assertMayGrant(ctx, data.rights);
  await uniqueName(ctx, data.name, id);
  const own = await ctx.em.findOne(Membership, { user: ctx.requireUser().id });
  if (own?.role.id === id && !data.rights.includes('base:edit')) {
    throw forbidden('You cannot remove administration rights from your own role.');
  }
  r.name = data.name;
  r.description = data.description ?? null;
  r.rights = data.rights;
  await flushRole(ctx);
  await assertRightsKept(ctx, before);
  // a support grant gives no more than its administrator still holds (support.service)
  await endGrantsBeyondGrantors(ctx);
  return r;
}

export async function deleteRole(ctx: RequestContext, id: string): Promise<boolean> {
  const r = await role(ctx, id);
  const inUse = await ctx.em.count(Membership, { role: id });
  if (inUse) throw conflict(`The role is assigned to ${inUse} user(s); assign them another role first.`);
  ctx.em.remove(r);
  await ctx.em.flush();
  return true;
}

/** The built-in roles every new company starts with (copies of the templates), named in the company's language. */
export function createTemplateRoles(em: EntityManager, company: Company): Record<RoleTemplateKey, Role> {
  const out = {} as Record<RoleTemplateKey, Role>;
  for (const key of Object.keys(ROLE_TEMPLATES) as RoleTemplateKey[]) {
    out[key] = em.create(Role, { company, name: roleTemplateName(key, company.locale), template: key, rights: [...ROLE_TEMPLATES[key]].sort(), createdAt: new Date() });
  }
  return out;
}
