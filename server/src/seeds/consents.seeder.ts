import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Membership } from '../modules/base/users/membership.entity.js';
import { User } from '../modules/base/users/user.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { ClientStatus } from '../modules/clients/client.enums.js';
import type { ConsentForm, ConsentFormVersion } from '../modules/consents/consent.entity.js';
import { ConsentChannel, ConsentDecision, ConsentFormKind, ConsentGivenBy, ConsentRecordKind } from '../modules/consents/consent.enums.js';
import { createForm, publishForm, saveDraft } from '../modules/consents/consent-form.service.js';
import { type NewRecord, appendRecords } from '../modules/consents/consent-record.store.js';
import { emailsOf } from '../modules/consents/consent-record.service.js';
import { DEMO_FORMS, type DemoClause, type DemoForm } from './consents.texts.js';

/**
 * The consents' demo data: each company's forms in its language (privacy notice with two published
 * versions, marketing, profiling, e-consent; Allegati 3 / 4 / 4-ter for the Italian agency), and
 * records for the first 16 clients with an e-mail address, recorded on the staff screen by an agent:
 * e-consent and privacy v1 for all, then privacy v2 published and accepted by every other client (the
 * others are pending re-consent), marketing with mixed answers (two withdrawn later), profiling, and
 * Allegato 3 delivered in Italy. No PDFs or e-mails for demo records (the demo stays fast to seed).
 */

const draftOf = (lang: string, title: string, body: string, clauses: DemoClause[]) => ({
  title: [{ lang, text: title }],
  body: [{ lang, text: body }],
  clauses: clauses.map((c) => ({ key: c.key, required: c.required, text: [{ lang, text: c.text }] })),
});

async function publish(ctx: RequestContext, lang: string, f: DemoForm): Promise<{ form: ConsentForm; v1: ConsentFormVersion }> {
  const form = await createForm(ctx, { code: f.code, kind: f.kind as ConsentFormKind, draft: draftOf(lang, f.title, f.body, f.clauses) });
  return { form, v1: await publishForm(ctx, form.id) };
}

export async function seedConsents(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      ctx.companyLocale = company.locale;
      await seedCompany(ctx, company);
    }
    ctx.companyLocale = undefined;
    await ctx.applyScope(undefined);
  });
}

async function seedCompany(ctx: RequestContext, company: Company): Promise<void> {
  const lang = company.locale.slice(0, 2);
  const forms = DEMO_FORMS[lang];
  if (!forms) return;
  const published = new Map<string, { form: ConsentForm; v1: ConsentFormVersion; def: DemoForm }>();
  for (const def of forms) published.set(def.code, { ...(await publish(ctx, lang, def)), def });

  const agentMembership = await ctx.em.findOne(Membership, { company: company.id }, { orderBy: { id: 'asc' } });
  const agent = agentMembership ? await ctx.em.findOne(User, { id: agentMembership.user.id }) : null;
  if (!agent) return;
  const staff = { id: agent.id, displayName: agent.displayName };

  const clients: Array<{ client: Client; emails: string[] }> = [];
  for (const client of await ctx.em.find(Client, { status: { $ne: ClientStatus.HIDDEN } }, { orderBy: { displayName: 'asc' }, limit: 40 })) {
    const emails = await emailsOf(ctx, client.id);
    if (emails.length) clients.push({ client, emails });
    if (clients.length === 16) break;
  }
  const rec = (c: { client: Client; emails: string[] }, code: string, v: ConsentFormVersion, answers: Record<string, boolean>, decision?: ConsentDecision): NewRecord => {
    const required = v.clauses.filter((x) => x.required).every((x) => answers[x.key]);
    return {
      clientId: c.client.id,
      kind: ConsentRecordKind.ANSWER,
      formId: published.get(code)!.form.id,
      formVersionId: v.id,
      decision: decision ?? (required ? ConsentDecision.ACCEPTED : ConsentDecision.REFUSED),
      answers,
      channel: ConsentChannel.STAFF_SCREEN,
      paperDocumentId: null,
      givenBy: ConsentGivenBy.STAFF,
      sentTo: [...c.emails.slice(0, 1), ...(company.email ? [company.email] : [])],
      staff,
    };
  };
  const all = (v: ConsentFormVersion, yes: (key: string, i: number) => boolean, i: number) => Object.fromEntries(v.clauses.map((c) => [c.key, c.required || yes(c.key, i)]));

  const first: NewRecord[] = [];
  clients.forEach((c, i) => {
    first.push(rec(c, 'ECONSENT', published.get('ECONSENT')!.v1, all(published.get('ECONSENT')!.v1, () => true, i)));
    first.push(rec(c, 'PRIVACY', published.get('PRIVACY')!.v1, all(published.get('PRIVACY')!.v1, () => i % 3 !== 0, i)));
    first.push(rec(c, 'MARKETING', published.get('MARKETING')!.v1, all(published.get('MARKETING')!.v1, (k) => (k === 'marketing_email' ? i % 4 !== 3 : i % 2 === 0), i)));
    if (i % 2 === 0) first.push(rec(c, 'PROFILING', published.get('PROFILING')!.v1, all(published.get('PROFILING')!.v1, () => i % 4 === 0, i)));
  });
  await appendRecords(ctx, first);

  // the privacy notice gets a second version; every other client accepts it, the rest are pending
  const priv = published.get('PRIVACY')!;
  await saveDraft(ctx, priv.form.id, draftOf(lang, priv.def.title, priv.def.v2!.body, priv.def.v2!.clauses));
  const v2 = await publishForm(ctx, priv.form.id);
  const later: NewRecord[] = [];
  clients.forEach((c, i) => {
    if (i % 2 === 0) later.push(rec(c, 'PRIVACY', v2, all(v2, (k) => k !== 'claims_experts' || i % 4 === 0, i)));
    // two clients withdraw their marketing consent
    if (i === 1 || i === 5) later.push(rec(c, 'MARKETING', published.get('MARKETING')!.v1, { marketing_email: false, marketing_phone: false }, ConsentDecision.WITHDRAWN));
    if (published.has('ALL3') && i < 6) {
      later.push({ ...rec(c, 'ALL3', published.get('ALL3')!.v1, {}), kind: ConsentRecordKind.DELIVERY, decision: ConsentDecision.DELIVERED });
    }
  });
  await appendRecords(ctx, later);
}
