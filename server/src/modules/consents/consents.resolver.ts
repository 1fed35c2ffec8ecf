import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { getClient } from '../clients/client.service.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord, ConsentTimelineStart } from './consent.entity.js';
import {
  ConsentChainReport,
  ConsentDraftInput,
  ConsentEvidenceInput,
  ConsentPendingItem,
  ConsentPendingPage,
  ConsentPendingPerForm,
  ConsentVersionDiff,
  ConsentsDashboard,
  ConsentTimelineStartInput,
  CreateConsentFormInput,
  RecordConsentsInput,
} from './consent.types.js';
import { createForm, getForm, getVersion, listForms, publishForm, retireForm, saveDraft } from './consent-form.service.js';
import { getRecord, recordConsents, recordDelivery, withdrawConsent } from './consent-record.service.js';
import { clientRecords, setTimelineStart, timelineStart } from './consent-timeline.service.js';
import { consentsDashboard, pendingPage, pendingPerForm, verifyChains } from './consent-queries.js';
import { changesSinceLastAnswer, sendReminders, versionDiff } from './consent-pending.service.js';
import { bundlePdf } from './consent-delivery.service.js';

/** Consents (CN-1 … CN-6): forms and versions, records, verification, re-consent, dashboard. Thin: rules live in the services. */
@Resolver()
export class ConsentsResolver {
  @Query(() => [ConsentForm], { description: 'The company\'s consent forms by code.' })
  consentForms(@Ctx() ctx: RequestContext, @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean): Promise<ConsentForm[]> {
    return listForms(ctx, includeRetired);
  }

  @Query(() => ConsentForm)
  consentForm(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ConsentForm> {
    return getForm(ctx, id);
  }

  @Query(() => ConsentFormVersion)
  consentFormVersion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ConsentFormVersion> {
    return getVersion(ctx, id);
  }

  @Query(() => [ConsentRecord], { description: "A client's consent timeline (CN-6): the whole chain, or the records from a day on, oldest first." })
  consentRecords(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('from', () => String, { nullable: true, description: "YYYY-MM-DD: only the records from this day on (company time zone), e.g. the client's agreed start." }) from: string | null,
  ): Promise<ConsentRecord[]> {
    return clientRecords(ctx, clientId, from);
  }

  @Query(() => ConsentTimelineStart, { nullable: true, description: 'The date agreed with the client from which the timeline is shown (CN-6), or null: from the start of the relationship.' })
  consentTimelineStart(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string): Promise<ConsentTimelineStart | null> {
    return timelineStart(ctx, clientId);
  }

  @Query(() => ConsentRecord)
  consentRecord(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ConsentRecord> {
    return getRecord(ctx, id);
  }

  @Query(() => ConsentChainReport, { description: "Verifies one client's chain, or (without clientId) every client's chain, set-based; reports each broken chain's first broken link." })
  async consentChainVerification(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { nullable: true }) clientId: string | null): Promise<ConsentChainReport> {
    if (clientId) await getClient(ctx, clientId);
    return verifyChains(ctx, clientId);
  }

  @Query(() => ConsentPendingPage, { description: 'Re-consents pending (CN-5): clients whose last answer to a form was to an older version; by client and/or form.' })
  async consentPending(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Arg('formId', () => ID, { nullable: true }) formId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<ConsentPendingPage> {
    if (clientId) await getClient(ctx, clientId);
    if (formId) await getForm(ctx, formId);
    return pendingPage(ctx, { clientId, formId }, first, offset);
  }

  @Query(() => [ConsentPendingItem], { description: 'The forms a client must answer again (for the portal).' })
  async consentsPendingForClient(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string): Promise<ConsentPendingItem[]> {
    await getClient(ctx, clientId);
    return (await pendingPage(ctx, { clientId }, 500, 0)).items;
  }

  @Query(() => [ConsentPendingPerForm], { description: 'Pending re-consents per form.' })
  consentPendingPerForm(@Ctx() ctx: RequestContext): Promise<ConsentPendingPerForm[]> {
    return pendingPerForm(ctx);
  }

  @Query(() => ConsentVersionDiff, { description: 'Two versions of a form compared (text and clauses).' })
  consentVersionDiff(
    @Ctx() ctx: RequestContext,
    @Arg('fromVersionId', () => ID) fromVersionId: string,
    @Arg('toVersionId', () => ID) toVersionId: string,
    @Arg('lang', () => String, { nullable: true }) lang: string | null,
  ): Promise<ConsentVersionDiff> {
    return versionDiff(ctx, fromVersionId, toVersionId, lang);
  }

  @Query(() => ConsentVersionDiff, { description: '"Changes since your last acceptance": the version the client last answered against the current one, in the client\'s language.' })
  consentChangesSinceLastAnswer(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string, @Arg('formId', () => ID) formId: string): Promise<ConsentVersionDiff> {
    return changesSinceLastAnswer(ctx, clientId, formId);
  }

  @Query(() => ConsentsDashboard, { description: 'Coverage, pending per form, marketing opt-in rate, records per day.' })
  consentsDashboard(@Ctx() ctx: RequestContext): Promise<ConsentsDashboard> {
    return consentsDashboard(ctx);
  }

  @Mutation(() => ConsentForm, { description: 'Adds a form with its first draft.' })
  createConsentForm(@Ctx() ctx: RequestContext, @Arg('input', () => CreateConsentFormInput) input: CreateConsentFormInput): Promise<ConsentForm> {
    return createForm(ctx, input);
  }

  @Mutation(() => ConsentFormVersion, { description: "Writes the form's draft (a new draft when it has none)." })
  saveConsentDraft(@Ctx() ctx: RequestContext, @Arg('formId', () => ID) formId: string, @Arg('input', () => ConsentDraftInput) input: ConsentDraftInput): Promise<ConsentFormVersion> {
    return saveDraft(ctx, formId, input);
  }

  @Mutation(() => ConsentFormVersion, { description: 'Publishes the draft as the next version (immutable from then on; the database computes its text hash).' })
  publishConsentForm(@Ctx() ctx: RequestContext, @Arg('formId', () => ID) formId: string): Promise<ConsentFormVersion> {
    return publishForm(ctx, formId);
  }

  @Mutation(() => ConsentForm, { description: 'Retires a form (or brings it back): a retired form asks nothing; its records stay.' })
  retireConsentForm(@Ctx() ctx: RequestContext, @Arg('formId', () => ID) formId: string, @Arg('retired', () => Boolean, { defaultValue: true }) retired: boolean): Promise<ConsentForm> {
    return retireForm(ctx, formId, retired);
  }

  @Mutation(() => [ConsentRecord], { description: "Records a client's answers to one or more current form versions (staff-assisted, or paper with the signed scan)." })
  recordConsents(@Ctx() ctx: RequestContext, @Arg('input', () => RecordConsentsInput) input: RecordConsentsInput): Promise<ConsentRecord[]> {
    return recordConsents(ctx, input);
  }

  @Mutation(() => ConsentTimelineStart, { nullable: true, description: "Sets the date agreed with the client from which the timeline is shown, or removes it (agreedFrom null)." })
  setConsentTimelineStart(@Ctx() ctx: RequestContext, @Arg('input', () => ConsentTimelineStartInput) input: ConsentTimelineStartInput): Promise<ConsentTimelineStart | null> {
    return setTimelineStart(ctx, input);
  }

  @Mutation(() => ConsentRecord, { description: 'Withdraws an accepted consent: a new record answering every clause no.' })
  withdrawConsent(@Ctx() ctx: RequestContext, @Arg('input', () => ConsentEvidenceInput) input: ConsentEvidenceInput, @Arg('formId', () => ID) formId: string): Promise<ConsentRecord> {
    return withdrawConsent(ctx, input, formId);
  }

  @Mutation(() => ConsentRecord, { description: 'Records the delivery of a pre-contract document (Allegato 3, 4, 4-ter).' })
  recordConsentDelivery(@Ctx() ctx: RequestContext, @Arg('input', () => ConsentEvidenceInput) input: ConsentEvidenceInput, @Arg('formId', () => ID) formId: string): Promise<ConsentRecord> {
    return recordDelivery(ctx, input, formId);
  }

  @Mutation(() => Int, { description: 'E-mails a reminder to the clients pending re-consent for a form (all, or the given ones); returns how many were queued.' })
  sendConsentReminders(
    @Ctx() ctx: RequestContext,
    @Arg('formId', () => ID) formId: string,
    @Arg('clientIds', () => [ID], { nullable: true }) clientIds: string[] | null,
  ): Promise<number> {
    return sendReminders(ctx, formId, clientIds);
  }

  @Mutation(() => String, { description: "The client's whole consent history as one PDF (stored as a client document): its download URL." })
  async consentHistoryPdf(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string): Promise<string> {
    return bundlePdf(ctx, await getClient(ctx, clientId));
  }
}
