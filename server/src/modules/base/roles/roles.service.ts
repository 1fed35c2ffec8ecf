import { ROLE_TEMPLATES, ROLE_TEMPLATE_NAMES, roleInputSchema, roleTemplateName, type RoleTemplateKey } from '@agency/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../core/context.js';
import { badField, conflict, forbidden, fromZod, notFound } from '../../../core/errors.js';
import { Company } from '../companies/company.entity.js';
import { Membership } from '../users/membership.entity.js';
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

export function roles(ctx: RequestContext): Promise<Role[]> {
  ctx.requireCompany();
  return ctx.em.find(Role, {}, { orderBy: { name: 'asc' } });
}

export async function role(ctx: RequestContext, id: string): Promise<Role> {
  const r = await ctx.em.findOne(Role, { id });
  if (!r) throw notFound('Role');
  return r;
}

async function uniqueName(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
  const other = await ctx.em.findOne(Role, { name, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (other) throw badField('name', 'taken', 'A role with this name exists.');
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
    template: input.template && input.template in ROLE_TEMPLATES ? input.template : null,
    createdAt: new Date(),
  });
  await ctx.em.flush();
  return r;
}

/** Copies a built-in template into an editable role of the company. */
export async function copyRoleTemplate(ctx: RequestContext, template: string, name: string): Promise<Role> {
  if (!(template in ROLE_TEMPLATES)) throw badField('template', 'unknown', 'No such template.');
  return createRole(ctx, { name, rights: ROLE_TEMPLATES[template as RoleTemplateKey], template });
}

export async function updateRole(ctx: RequestContext, id: string, input: RoleInput): Promise<Role> {
  const r = await role(ctx, id);
  const data = parse(input);
  assertMayGrant(ctx, data.rights);
  await uniqueName(ctx, data.name, id);
  const own = await ctx.em.findOne(Membership, { user: ctx.requireUser().id });
  if (own?.role.id === id && !data.rights.includes('base:edit')) {
    throw forbidden('You cannot remove administration rights from your own role.');
  }
  r.name = data.name;
  r.description = data.description ?? null;
  r.rights = data.rights;
  await ctx.em.flush();
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
