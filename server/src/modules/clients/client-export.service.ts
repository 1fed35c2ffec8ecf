import type { RequestContext } from '../../core/context.js';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import { AuditEvent } from '../base/audit/audit-event.entity.js';
import { Company } from '../base/companies/company.entity.js';
import { Client } from './client.entity.js';
import { ClientAddress } from './address.entity.js';
import { ClientContact } from './contact.entity.js';
import { ClientBankAccount } from './bank-account.entity.js';
import { IdentityDocument } from './identity-document.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { clientExtensions } from './client-extensions.js';
import { getClient } from './client.service.js';
import { renderClientExportPdf } from './client-export.pdf.js';

export type ExportFormat = 'json' | 'pdf';

export interface ClientExportFile {
  fileName: string;
  contentType: string;
  base64: string;
}

const REGISTRY_FIELDS = [
  'id', 'kind', 'status', 'displayName', 'firstName', 'namePrefix', 'lastName', 'gender', 'birthDate', 'birthPlace', 'birthProvince', 'birthCountry',
  'citizenship', 'legalName', 'legalForm', 'taxCountry', 'taxCode', 'noLocalTaxId', 'noLocalTaxIdReason', 'vatNumber', 'preferredLocale',
  'maritalStatus', 'occupation', 'employer', 'registryNumber', 'activityCode', 'activityDescription', 'legalRepresentativeId',
  'legalRepresentativeName', 'hiddenReason', 'hiddenAt', 'erasedAt', 'createdAt', 'updatedAt',
] as const;

const pick = <T extends object>(row: T, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k] ?? null]));

/** Everything held on one client (GDPR art. 15 and 20), as one machine-readable object. */
export async function collectClientData(ctx: RequestContext, client: Client): Promise<Record<string, unknown>> {
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
  const own = { client: client.id };
  const [addresses, contacts, bankAccounts, identityDocuments, household] = await Promise.all([
    ctx.em.find(ClientAddress, own, { orderBy: { position: 'asc' } }),
    ctx.em.find(ClientContact, own, { orderBy: { position: 'asc' } }),
    ctx.em.find(ClientBankAccount, own, { orderBy: { position: 'asc' } }),
    ctx.em.find(IdentityDocument, own, { orderBy: { issueDate: 'asc' } }),
    ctx.em.find(HouseholdMember, own, { populate: ['memberClient'] }),
  ]);
  const modules: Record<string, unknown> = {};
  for (const ext of clientExtensions()) if (ext.export) Object.assign(modules, await ext.export(ctx, client.id));
  const rowIds = [client.id, ...addresses, ...contacts, ...bankAccounts, ...identityDocuments, ...household].map((r) => (typeof r === 'string' ? r : r.id));
  const trail = await ctx.em.find(AuditEvent, { entityId: { $in: rowIds } }, { orderBy: { seq: 'asc' }, limit: 1000 });
  return {
    format: 'agency-platform/client-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    controller: { name: company.name, code: company.code, country: company.country, email: company.email ?? null },
    client: pick(client, REGISTRY_FIELDS),
    addresses: addresses.map((a) => pick(a, ['kind', 'label', 'line1', 'line2', 'postalCode', 'city', 'province', 'country'])),
    contacts: contacts.map((c) => pick(c, ['kind', 'value', 'label', 'preferred'])),
    bankAccounts: bankAccounts.map((b) => pick(b, ['iban', 'bic', 'holder', 'bankName', 'sepaMandateRef', 'sepaMandateDate', 'preferred'])),
    identityDocuments: identityDocuments.map((d) => pick(d, ['type', 'number', 'issuer', 'issueDate', 'expiryDate', 'scanDocumentId'])),
    household: household.map((m) => ({ relation: m.relation, name: m.name ?? m.memberClient?.$?.displayName ?? null, memberClientId: m.memberClient?.id ?? null, birthDate: m.birthDate ?? null, dependent: m.dependent })),
    ...modules,
    auditTrail: trail.map((e) => ({ at: e.at, action: e.action, entityType: e.entityType, entityId: e.entityId, by: e.userEmail, channel: e.channel })),
  };
}

/** The GDPR export as JSON or a printable PDF; the export itself is recorded in the audit trail. */
export async function exportClientData(ctx: RequestContext, id: string, format: ExportFormat): Promise<ClientExportFile> {
  const client = await getClient(ctx, id);
  const data = await collectClientData(ctx, client);
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `client-${client.id.slice(0, 8)}-${stamp}`;
  await insertAuditRows(ctx.em, ctx.actor(), [
    { companyId: ctx.requireCompany(), action: 'export', entityType: 'Client', entityId: client.id, before: null, after: { format, purpose: 'GDPR data export' } },
  ]);
  if (format === 'pdf') {
    const pdf = await renderClientExportPdf(data);
    return { fileName: `${base}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
  }
  return { fileName: `${base}.json`, contentType: 'application/json', base64: Buffer.from(JSON.stringify(data, null, 2)).toString('base64') };
}
