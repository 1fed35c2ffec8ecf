import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { getSettings, saveSettings } from './banking-settings.service.js';
import { amendMandate, createMandate, getMandate, listMandates, revokeMandate } from './mandate.service.js';
import { mandatePdf } from './mandate-pdf.js';
import { importReturns, listReturns } from './returns.service.js';
import { getSepaRun, listSepaRuns, runCollections, runSkipped, startSepaRun } from './sepa-run.service.js';
import { resumeSepaRun } from './sepa-run-resume.service.js';
import { setLastCollection } from './mandate-last-collection.service.js';
import {
  BankingSettings,
  BankingSettingsInput,
  MandateAmendmentInput,
  MandateEndedBy,
  MandateInput,
  MandatePdf,
  ReturnImportResult,
  SepaCollection,
  SepaMandate,
  SepaReturn,
  SepaRun,
  SepaRunInput,
  SepaSkippedReceipt,
} from './banking.types.js';

/** Mandates, SEPA runs, returns (issue #14 §1–§3): thin — every rule is in the services. */
@Resolver()
export class BankingResolver {
  @Query(() => BankingSettings, { description: "The company's SEPA creditor data." })
  bankingSettings(@Ctx() ctx: RequestContext): Promise<BankingSettings> {
    return getSettings(ctx);
  }

  @Mutation(() => BankingSettings, { description: 'Sets the creditor identifier (checked), account and return fee.' })
  setBankingSettings(@Ctx() ctx: RequestContext, @Arg('input', () => BankingSettingsInput) input: BankingSettingsInput): Promise<BankingSettings> {
    return saveSettings(ctx, input);
  }

  @Query(() => [SepaMandate], { description: "SEPA mandates, of one client or all the company's." })
  sepaMandates(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { nullable: true }) clientId: string | null): Promise<SepaMandate[]> {
    return listMandates(ctx, clientId);
  }

  @Query(() => SepaMandate)
  sepaMandate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<SepaMandate> {
    return getMandate(ctx, id);
  }

  @Query(() => MandatePdf, { description: "The mandate form for signature, in the client's language." })
  sepaMandatePdf(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<MandatePdf> {
    return mandatePdf(ctx, id);
  }

  @Mutation(() => SepaMandate)
  createSepaMandate(@Ctx() ctx: RequestContext, @Arg('input', () => MandateInput) input: MandateInput): Promise<SepaMandate> {
    return createMandate(ctx, input);
  }

  @Mutation(() => SepaMandate, { description: 'Amends the account (SMNDA) and/or the reference; the amendment is kept and reported with the next collection.' })
  amendSepaMandate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => MandateAmendmentInput) input: MandateAmendmentInput): Promise<SepaMandate> {
    return amendMandate(ctx, id, input);
  }

  @Mutation(() => SepaMandate, { description: 'Marks a recurring mandate for its last collection (FNAL) by the creditor or the debtor; null takes the mark back. The next run collects it with FNAL and the mandate ends.' })
  setSepaMandateLastCollection(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('by', () => MandateEndedBy, { nullable: true }) by: MandateEndedBy | null): Promise<SepaMandate> {
    return setLastCollection(ctx, id, by);
  }

  @Mutation(() => SepaMandate)
  revokeSepaMandate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('revokedOn', () => String, { nullable: true }) revokedOn: string | null,
  ): Promise<SepaMandate> {
    return revokeMandate(ctx, id, reason, revokedOn);
  }

  @Query(() => [SepaRun], { description: 'SEPA direct-debit runs, newest first.' })
  sepaRuns(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<SepaRun[]> {
    return listSepaRuns(ctx, first);
  }

  @Query(() => SepaRun)
  sepaRun(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<SepaRun> {
    return getSepaRun(ctx, id);
  }

  @Mutation(() => SepaRun, { description: 'Starts a SEPA direct-debit run (a job): due receipts of clients with an active mandate.' })
  startSepaRun(@Ctx() ctx: RequestContext, @Arg('input', () => SepaRunInput) input: SepaRunInput): Promise<SepaRun> {
    return startSepaRun(ctx, input);
  }

  @Mutation(() => SepaRun, { description: 'Continues the booking of a run that failed after its file was stored (a job); the file is not written again, no collection is booked twice.' })
  resumeSepaRun(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<SepaRun> {
    return resumeSepaRun(ctx, id);
  }

  @Query(() => [SepaReturn], { description: 'Returned and rejected collections for follow-up, newest first.' })
  sepaReturns(@Ctx() ctx: RequestContext, @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean, @Arg('first', () => Int, { defaultValue: 100 }) first: number): Promise<SepaReturn[]> {
    return listReturns(ctx, { openOnly, first });
  }

  @Mutation(() => ReturnImportResult, {
    description: 'Imports a pain.002 status report or a camt.054 notification (base64): all or nothing. A file above about 150 KB goes to POST /files/bank/returns (multipart), which answers the same result.',
  })
  importSepaReturns(@Ctx() ctx: RequestContext, @Arg('fileName', () => String) fileName: string, @Arg('base64', () => String) base64: string): Promise<ReturnImportResult> {
    return importReturns(ctx, fileName, Buffer.from(base64 ?? '', 'base64'));
  }
}

@Resolver(() => SepaRun)
export class SepaRunFields {
  @FieldResolver(() => [SepaCollection], { description: 'The collections of the run.' })
  collections(@Root() run: SepaRun, @Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 100 }) first: number, @Arg('offset', () => Int, { defaultValue: 0 }) offset: number): Promise<SepaCollection[]> {
    return runCollections(ctx, run.id, first, offset);
  }

  @FieldResolver(() => [SepaSkippedReceipt], { description: 'The due receipts the run left out, and why: an expired mandate (36 months without collection), an account outside SEPA or a BIC missing.' })
  skippedReceipts(@Root() run: SepaRun, @Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 100 }) first: number, @Arg('offset', () => Int, { defaultValue: 0 }) offset: number): Promise<SepaSkippedReceipt[]> {
    return runSkipped(ctx, run.id, first, offset);
  }
}
