import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { Membership } from '../base/users/membership.entity.js';
import { Client } from '../clients/client.entity.js';
import { isUuid } from '../clients/client.service.js';
import { Policy } from '../policies/policy.entity.js';
import { normalizePlate } from '../policies/vehicles/vehicle-identifiers.js';
import { ClaimPartyRole } from './claim.enums.js';
import type { ClaimInput } from './claim.inputs.js';
import { companyToday } from '../../core/company-calendar.js';
import { checkRecordDate, isRealDate } from '../../core/dates.js';

/** A claim input checked as a whole: every issue names its field; nothing is saved when there is one. */
export interface CheckedClaim {
  clientId: string;
  policyId: string | null;
  lossDate: string;
  lossTime: string | null;
  lossPlace: string;
  description: string;
  insurerClaimNumber: string | null;
  handlerId: string | null;
  parties: Array<{ name: string; role: ClaimPartyRole; insurerName: string | null; plate: string | null }> | null;
}

/** The longest plate kept as written (claim_party.plate holds 2–20 characters); a longer one is kept normalised. */
const MAX_PLATE_DISPLAY = 20;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Referenced records that do not exist in the company (another company's ids included) answer
 * NOT_FOUND naming the field before anything else; the rest are BAD_USER_INPUT naming each field.
 * `currentClientId`: the changed claim's own client, accepted even once its card was erased.
 */
export async function checkClaimInput(ctx: RequestContext, input: ClaimInput, currentClientId: string | null = null): Promise<{ issues: FieldIssue[]; value: CheckedClaim }> {
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });

  const policyId = input.policyId ?? null;
  const [client, policy] = await Promise.all([
    isUuid(input.clientId) ? ctx.em.findOne(Client, { id: input.clientId }, { fields: ['id', 'erasedAt'] }) : null,
    policyId && isUuid(policyId) ? ctx.em.findOne(Policy, { id: policyId }, { fields: ['id', 'client'] }) : null,
  ]);
  const missing: FieldIssue[] = [];
  // an erased card takes no new claims, but the claims it already has (kept by law) stay correctable
  if (!client || (client.erasedAt && client.id !== currentClientId)) missing.push({ field: 'clientId', reason: 'not_found', message: 'No such client.' });
  if (policyId && !policy) missing.push({ field: 'policyId', reason: 'not_found', message: 'No such policy.' });
  if (missing.length) throw new AppError('NOT_FOUND', `Not found — ${missing.map((m) => m.field).join(', ')}`, { fields: missing });
  if (policy && policy.client.id !== client!.id) add('policyId', 'not_clients_policy', "The policy is not one of this client's.");

  // a loss after today is in_future (the more useful word for 2999-01-01); before 1900 out_of_range
  if (!isRealDate(input.lossDate)) add('lossDate', 'invalid_date', 'A date YYYY-MM-DD.');
  else if (input.lossDate > (await companyToday(ctx))) add('lossDate', 'in_future', 'A loss cannot be in the future.');
  else {
    const lossIssue = checkRecordDate('lossDate', input.lossDate);
    if (lossIssue) add(lossIssue.field, lossIssue.reason, lossIssue.message);
  }
  const lossTime = input.lossTime?.trim() || null;
  if (lossTime && !TIME.test(lossTime)) add('lossTime', 'invalid_time', 'A time HH:MM.');
  const lossPlace = input.lossPlace?.trim() ?? '';
  if (!lossPlace) add('lossPlace', 'required', 'Where did the loss happen?');
  else if (lossPlace.length > 300) add('lossPlace', 'too_long', 'At most 300 characters.');
  const description = input.description?.trim() ?? '';
  if (!description) add('description', 'required', 'Describe the loss.');
  else if (description.length > 5000) add('description', 'too_long', 'At most 5000 characters.');
  const insurerClaimNumber = input.insurerClaimNumber?.trim() || null;
  if (insurerClaimNumber && insurerClaimNumber.length > 60) add('insurerClaimNumber', 'too_long', 'At most 60 characters.');

  const handlerId = input.handlerId ?? null;
  if (handlerId) {
    const member = isUuid(handlerId) ? await ctx.em.count(Membership, { user: handlerId, active: true }) : 0;
    if (!member) add('handlerId', 'not_found', 'No such active user in this company.');
  }

  let parties: CheckedClaim['parties'] = null;
  if (input.parties) {
    parties = [];
    if (input.parties.length > 20) add('parties', 'too_many', 'At most 20 parties.');
    input.parties.slice(0, 20).forEach((p, i) => {
      const name = p.name?.trim() ?? '';
      if (!name) add(`parties.${i}.name`, 'required', 'The party needs a name.');
      else if (name.length > 200) add(`parties.${i}.name`, 'too_long', 'At most 200 characters.');
      const insurerName = p.insurerName?.trim() || null;
      if (insurerName && insurerName.length > 200) add(`parties.${i}.insurerName`, 'too_long', 'At most 200 characters.');
      const written = p.plate?.trim() ? p.plate.trim().toUpperCase().replace(/\s+/g, ' ') : null;
      if (written && !/^[A-Z0-9]{2,12}$/.test(normalizePlate(written))) add(`parties.${i}.plate`, 'plate_shape', 'A plate of 2 to 12 letters and digits.');
      // checked on its normalised form: kept as written when that fits, else normalised ("A-B-C-…" → "ABC…")
      const plate = written && written.length > MAX_PLATE_DISPLAY ? normalizePlate(written) : written;
      if (!Object.values(ClaimPartyRole).includes(p.role)) add(`parties.${i}.role`, 'unknown', 'Unknown role.');
      parties!.push({ name, role: p.role, insurerName, plate });
    });
  }

  return {
    issues,
    value: { clientId: input.clientId, policyId, lossDate: input.lossDate, lossTime, lossPlace, description, insurerClaimNumber, handlerId, parties },
  };
}
