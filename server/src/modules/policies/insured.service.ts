import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { ClientAddress } from '../clients/address.entity.js';
import { Client } from '../clients/client.entity.js';
import { isUuid } from '../clients/client.service.js';
import { PolicyInsuredObject } from './insured-object.entity.js';
import { PolicyInsuredPerson } from './insured-person.entity.js';
import { amountIssue, formatCents, parseCents } from './money.js';
import { InsuredObjectKind, InsuredPersonRole } from './policy-changes.enums.js';
import type { InsuredObjectInput, InsuredPersonInput } from './policy-changes.inputs.js';
import type { Policy } from './policy.entity.js';
import { getPolicy } from './policy.service.js';

/**
 * Insured persons (other clients of the company with a role) and insured objects (an address of the
 * policyholder — a risk location — or a free object) of a policy (issue #9 §2). Ids that do not exist
 * in the company (another company's included) answer NOT_FOUND naming the field, before anything else.
 */

export interface CheckedObject {
  kind: InsuredObjectKind;
  addressId: string | null;
  description: string;
  insuredSum: string | null;
}

const notFoundFields = (missing: FieldIssue[]) => new AppError('NOT_FOUND', `Not found — ${missing.map((m) => m.field).join(', ')}`, { fields: missing });

/** Checks objects to insure on `policy`; `prefix` names the fields (`addObjects.0.` or ``). Issues are returned, NOT_FOUND thrown. */
export async function checkObjects(ctx: RequestContext, policy: Policy, inputs: InsuredObjectInput[], prefix: (i: number) => string): Promise<{ issues: FieldIssue[]; values: CheckedObject[] }> {
  const ids = inputs.map((o) => o.addressId).filter((id): id is string => isUuid(id));
  const addresses = ids.length ? await ctx.em.find(ClientAddress, { id: { $in: ids } }) : [];
  const missing: FieldIssue[] = [];
  inputs.forEach((o, i) => {
    if (o.kind === InsuredObjectKind.ADDRESS && o.addressId && !addresses.some((a) => a.id === o.addressId)) {
      missing.push({ field: `${prefix(i)}addressId`, reason: 'not_found', message: 'No such address.' });
    }
  });
  if (missing.length) throw notFoundFields(missing);
  const issues: FieldIssue[] = [];
  const values = inputs.map((o, i) => {
    const add = (field: string, reason: string, message: string) => issues.push({ field: `${prefix(i)}${field}`, reason, message });
    const description = o.description?.trim() ?? '';
    let text = description;
    if (description.length > 500) add('description', 'too_long', 'At most 500 characters.');
    if (o.kind === InsuredObjectKind.ADDRESS) {
      const address = addresses.find((a) => a.id === o.addressId);
      if (!o.addressId) add('addressId', 'required', 'An insured address is one of the policyholder\'s addresses.');
      else if (address && address.client.id !== policy.client.id) add('addressId', 'not_policyholders', 'The address is not one of the policyholder\'s.');
      if (address && !text) text = [address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country].filter(Boolean).join(', ');
    } else if (o.kind === InsuredObjectKind.FREE) {
      if (!description) add('description', 'required', 'Describe the insured object.');
      if (o.addressId) add('addressId', 'only_for_addresses', 'Only address objects have an address.');
    } else add('kind', 'unknown', 'Unknown kind of object.');
    let insuredSum: string | null = null;
    if (o.insuredSum != null) {
      const issue = amountIssue(o.insuredSum);
      if (issue) add('insuredSum', issue.reason, issue.message);
      else insuredSum = formatCents(parseCents(o.insuredSum)!);
    }
    return { kind: o.kind, addressId: o.kind === InsuredObjectKind.ADDRESS ? (o.addressId ?? null) : null, description: text, insuredSum };
  });
  return { issues, values };
}

export function createObject(ctx: RequestContext, policy: Policy, v: CheckedObject, addedOn: string): PolicyInsuredObject {
  return ctx.em.create(PolicyInsuredObject, {
    company: policy.company,
    policy,
    kind: v.kind,
    address: v.addressId ? ctx.em.getReference(ClientAddress, v.addressId, { wrapped: true }) : null,
    description: v.description,
    insuredSum: v.insuredSum,
    addedOn,
    removedOn: null,
    createdAt: new Date(),
  });
}

/** Adds an object insured from the cover start (part of the policy as issued; changes in the term are endorsements). */
export async function addInsuredObject(ctx: RequestContext, policyId: string, input: InsuredObjectInput): Promise<PolicyInsuredObject> {
  const policy = await getPolicy(ctx, policyId);
  const { issues, values } = await checkObjects(ctx, policy, [input], () => '');
  if (issues.length) throw badInput(issues);
  const object = createObject(ctx, policy, values[0], policy.coverStart);
  await ctx.em.flush();
  return object;
}

export async function addInsuredPerson(ctx: RequestContext, policyId: string, input: InsuredPersonInput): Promise<PolicyInsuredPerson> {
  const policy = await getPolicy(ctx, policyId);
  const client = isUuid(input.clientId) ? await ctx.em.findOne(Client, { id: input.clientId }, { fields: ['id', 'erasedAt'] }) : null;
  if (!client || client.erasedAt) throw notFoundFields([{ field: 'clientId', reason: 'not_found', message: 'No such client.' }]);
  if (!Object.values(InsuredPersonRole).includes(input.role)) throw badInput([{ field: 'role', reason: 'unknown', message: 'Unknown role.' }]);
  if (await ctx.em.count(PolicyInsuredPerson, { policy: policy.id, client: client.id, role: input.role })) {
    throw badInput([{ field: 'clientId', reason: 'duplicate', message: 'This client already has this role on the policy.' }]);
  }
  const person = ctx.em.create(PolicyInsuredPerson, { company: policy.company, policy, client: client.id, role: input.role, createdAt: new Date() });
  await ctx.em.flush();
  return person;
}

export async function removeInsuredPerson(ctx: RequestContext, id: string): Promise<boolean> {
  ctx.requireCompany();
  const person = isUuid(id) ? await ctx.em.findOne(PolicyInsuredPerson, { id }) : null;
  if (!person) throw notFound('Insured person');
  ctx.em.remove(person);
  await ctx.em.flush();
  return true;
}
