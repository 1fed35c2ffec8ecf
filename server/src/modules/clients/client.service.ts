import type { ClientValidationOptions, FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badField, badInput, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Client } from './client.entity.js';
import { ClientKind } from './client.enums.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

/** A client of the active company, or NOT_FOUND (also for another company's id: filter and RLS). */
export async function getClient(ctx: RequestContext, id: string): Promise<Client> {
  ctx.requireCompany();
  if (!isUuid(id)) throw notFound('Client');
  const client = await ctx.em.findOne(Client, { id });
  if (!client) throw notFound('Client');
  return client;
}

/** A client that may still be changed: not erased (refused on `field`, the argument that named it). */
export async function getEditableClient(ctx: RequestContext, id: string, field = 'id'): Promise<Client> {
  const client = await getClient(ctx, id);
  if (client.erasedAt) throw badField(field, 'erased', 'This card was anonymized (GDPR erasure) and cannot be changed.');
  return client;
}

/** Validation options of the active company: its country is the default for tax ids, phones, addresses. */
export async function validationOptions(ctx: RequestContext): Promise<ClientValidationOptions> {
  const company = await ctx.loaders.byId(Company).load(ctx.requireCompany());
  return { country: company?.country ?? 'IT' };
}

/** Checks that ids given in an input name clients of the active company; issues name the field. */
export async function checkClientRefs(ctx: RequestContext, refs: Array<{ field: string; id: string | null | undefined; self?: string; personOnly?: boolean }>): Promise<FieldIssue[]> {
  const wanted = refs.filter((r) => r.id);
  if (!wanted.length) return [];
  const ids = [...new Set(wanted.map((r) => r.id!).filter(isUuid))];
  const found = ids.length ? await ctx.em.find(Client, { id: { $in: ids } }, { fields: ['id', 'kind', 'erasedAt'] }) : [];
  const byId = new Map(found.map((c) => [c.id, c]));
  const issues: FieldIssue[] = [];
  for (const r of wanted) {
    const c = byId.get(r.id!);
    if (!c || c.erasedAt) issues.push({ field: r.field, reason: 'not_found', message: 'No such client' });
    else if (r.self && r.id === r.self) issues.push({ field: r.field, reason: 'self_reference', message: 'Cannot refer to the client itself' });
    else if (r.personOnly && c.kind !== ClientKind.PERSON) issues.push({ field: r.field, reason: 'not_a_person', message: 'Must be a natural person' });
  }
  return issues;
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length) throw badInput(issues);
}
