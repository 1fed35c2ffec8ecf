import type { RequestContext } from '../../core/context.js';
import { badField, conflict } from '../../core/errors.js';
import { Client } from '../clients/client.entity.js';
import { getClient, isUuid } from '../clients/client.service.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { ConsentFormVersion } from './consent.entity.js';
import type { ConsentVersionDiff } from './consent.types.js';
import { diffVersions } from './consent-diff.js';
import { companyLang, currentVersion, getForm, getVersion } from './consent-form.service.js';
import { pendingPage } from './consent-queries.js';
import { emailsOf, lastAnswer } from './consent-record.service.js';
import { consentTexts, pick } from './consent.texts.js';

/** Re-consent (CN-5): reminders to the pending clients of a form, and what changed since a client's last answer. */

/** E-mails a reminder (outbox) to the pending clients of a form (all, or the given ones); returns how many were queued. */
export async function sendReminders(ctx: RequestContext, formId: string, clientIds: string[] | null): Promise<number> {
  const form = await getForm(ctx, formId);
  if (clientIds && clientIds.some((id) => !isUuid(id))) throw badField('clientIds', 'not_found', 'Not clients of this company.');
  const page = await pendingPage(ctx, { formId: form.id }, 500, 0);
  const targets = clientIds ? page.items.filter((p) => clientIds.includes(p.clientId)) : page.items;
  if (clientIds && targets.length !== new Set(clientIds).size) throw badField('clientIds', 'not_pending', 'Some of these clients are not pending for this form.');
  const cl = await companyLang(ctx);
  const version = await currentVersion(ctx, form.id);
  let sent = 0;
  for (const p of targets) {
    const client = (await ctx.em.findOne(Client, { id: p.clientId }))!;
    const [to] = await emailsOf(ctx, client.id);
    if (!to) continue;
    const lang = (client.preferredLocale ?? cl).slice(0, 2);
    const t = consentTexts(lang);
    const title = pick(version!.title, lang, cl);
    await enqueueMail(ctx.em, { companyId: ctx.requireCompany(), clientId: client.id, to, subject: t.reminderSubject(title), text: t.reminderBody(client.displayName, title, p.currentVersion), kind: 'consent_reminder' });
    sent++;
  }
  return sent;
}

/** Two versions of one form compared (in the given language, else the company's). */
export async function versionDiff(ctx: RequestContext, fromId: string, toId: string, lang: string | null): Promise<ConsentVersionDiff> {
  const [from, to] = await Promise.all([getVersion(ctx, fromId), getVersion(ctx, toId)]);
  if (from.formId !== to.formId) throw badField('toVersionId', 'other_form', 'Both versions must be of the same form.');
  const cl = await companyLang(ctx);
  return diffVersions(from, to, lang ?? cl, cl);
}

/** "Changes since your last acceptance": the client's last answered version of the form against the current one. */
export async function changesSinceLastAnswer(ctx: RequestContext, clientId: string, formId: string): Promise<ConsentVersionDiff> {
  const client = await getClient(ctx, clientId);
  const form = await getForm(ctx, formId);
  const [last, cur] = await Promise.all([lastAnswer(ctx, client.id, form.id), currentVersion(ctx, form.id)]);
  if (!last || !cur) throw conflict('The client has not answered this form yet.', { reason: 'never_answered' });
  const answered = await ctx.em.findOneOrFail(ConsentFormVersion, { id: last.formVersionId });
  const cl = await companyLang(ctx);
  return diffVersions(answered, cur, (client.preferredLocale ?? cl).slice(0, 2), cl);
}
