import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { DecimalScalar } from '../policies/money.js';
import { Company } from '../base/companies/company.entity.js';
import { billingDashboard } from './billing-dashboard.service.js';
import { issueCreditNote, issueReceipt } from './billing-issue.service.js';
import { sendPremiumDocument } from './billing-mail.service.js';
import { renderPremiumDocumentPdf } from './billing-pdf.js';
import { displayNumber, documentRow, getDocument, listDocuments } from './billing-queries.service.js';
import { getRun, listRuns, resumeBillingRun, startBillingRun } from './billing-run.service.js';
import { setCommissionRate } from './commission-rate.service.js';
import { BillingDashboard, BillingFile, CommissionRate, BillingRun, BillingRunInput, PremiumDocument, PremiumDocumentFilter, PremiumDocumentPage } from './billing.types.js';

/** Premium billing (BI-1): receipts and credit notes, their PDF and e-mail, billing runs, the dashboard. */
@Resolver()
export class BillingResolver {
  @Query(() => PremiumDocumentPage, { description: 'Receipts and credit notes, newest first.' })
  premiumDocuments(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PremiumDocumentFilter, { nullable: true }) filter: PremiumDocumentFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<PremiumDocumentPage> {
    return listDocuments(ctx, filter ?? {}, first, offset);
  }

  @Query(() => PremiumDocument)
  premiumDocument(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PremiumDocument> {
    return getDocument(ctx, id);
  }

  @Query(() => BillingFile, { description: "The document as PDF, in the client's language." })
  async premiumDocumentPdf(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<BillingFile> {
    const d = await documentRow(ctx, id);
    const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
    const pdf = await renderPremiumDocumentPdf(d, company.currency);
    return { fileName: `${displayNumber(d.series, d.year, d.number).replace(/[ /]/g, '-')}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
  }

  @Query(() => [BillingRun], { description: 'The latest billing runs.' })
  billingRuns(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<BillingRun[]> {
    return listRuns(ctx, first);
  }

  @Query(() => BillingRun, { description: 'A billing run and its progress (stored: the page polls it).' })
  billingRun(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<BillingRun> {
    return getRun(ctx, id);
  }

  @Query(() => BillingDashboard)
  billingDashboard(@Ctx() ctx: RequestContext): Promise<BillingDashboard> {
    return billingDashboard(ctx);
  }

  @Mutation(() => PremiumDocument, { description: "Issues the receipt of one installment (once per installment), posted to the ledger." })
  async issuePremiumReceipt(
    @Ctx() ctx: RequestContext,
    @Arg('installmentId', () => ID) installmentId: string,
    @Arg('issueDate', () => String, { nullable: true }) issueDate: string | null,
  ): Promise<PremiumDocument> {
    return getDocument(ctx, await issueReceipt(ctx, installmentId, issueDate));
  }

  @Mutation(() => PremiumDocument, { description: 'Cancels a receipt with a credit note (its own number; the reversal of the receipt\'s entry).' })
  async issueCreditNote(
    @Ctx() ctx: RequestContext,
    @Arg('receiptId', () => ID) receiptId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('issueDate', () => String, { nullable: true }) issueDate: string | null,
  ): Promise<PremiumDocument> {
    return getDocument(ctx, await issueCreditNote(ctx, receiptId, reason, issueDate));
  }

  @Mutation(() => String, { description: 'E-mails the document to the client through the outbox; returns the address.' })
  sendPremiumDocument(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return sendPremiumDocument(ctx, id);
  }

  @Mutation(() => BillingRun, { description: 'Starts a billing run over the installments due in a range (a job; one at a time per company).' })
  startBillingRun(@Ctx() ctx: RequestContext, @Arg('input', () => BillingRunInput) input: BillingRunInput): Promise<BillingRun> {
    return startBillingRun(ctx, input);
  }

  @Mutation(() => BillingRun, { description: 'Continues a failed run where it stopped.' })
  resumeBillingRun(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<BillingRun> {
    return resumeBillingRun(ctx, id);
  }

  @Mutation(() => CommissionRate, { description: 'Sets the commission rate (percent of the net premium) of an insurer\'s line of business for receipts issued from now on.' })
  setCommissionRate(
    @Ctx() ctx: RequestContext,
    @Arg('insurerId', () => ID) insurerId: string,
    @Arg('lineId', () => ID) lineId: string,
    @Arg('rate', () => DecimalScalar) rate: string,
  ): Promise<CommissionRate> {
    return setCommissionRate(ctx, insurerId, lineId, rate);
  }
}
