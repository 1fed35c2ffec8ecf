import { parseArea, serviceEntrySchema } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { ServiceEntry } from './service-entry.entity.js';
import type { ServiceEntryKind } from './client.enums.js';
import { getEditableClient, validationOptions } from './client.service.js';
import { companyToday } from '../../core/company-calendar.js';

/** A note, complaint, event… on the card (CL-4). Entries are records: they are not edited afterwards. */
export async function addServiceEntry(ctx: RequestContext, clientId: string, input: unknown): Promise<ServiceEntry> {
  const client = await getEditableClient(ctx, clientId);
  const parsed = parseArea(serviceEntrySchema(await validationOptions(ctx)), input);
  if (!parsed.ok) throw badInput(parsed.errors);
  const e = parsed.data;
  const entry = ctx.em.create(ServiceEntry, {
    company: client.company,
    client,
    kind: e.kind as ServiceEntryKind,
    subject: e.subject,
    body: e.body,
    occurredOn: e.occurredOn ?? (await companyToday(ctx)),
    createdById: ctx.user?.id ?? null,
    createdAt: new Date(),
  });
  await ctx.em.flush();
  return entry;
}
