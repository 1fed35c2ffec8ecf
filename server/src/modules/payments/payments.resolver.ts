import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requestedFields } from '../../core/list-rows.js';
import type { RequestContext } from '../../core/context.js';
import { clientAccount, paymentsDashboard } from './client-account.service.js';
import { matchPayment, paymentAllocations, suggestMatches, undoAllocation } from './matching.service.js';
import { getPayment, listPayments, recordPayment } from './payment.service.js';
import { AllocationInput, ClientAccount, MatchSuggestion, PaymentDetail, PaymentFilter, PaymentInput, PaymentPage, PaymentsDashboard } from './payments.types.js';

/** Payments and matching (LE-2): thin — every rule is in the services. */
@Resolver()
export class PaymentsResolver {
  @Query(() => PaymentPage, { description: 'Payments received, newest first.' })
  payments(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => PaymentFilter, { nullable: true }) filter: PaymentFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<PaymentPage> {
    return listPayments(ctx, filter ?? {}, first, offset);
  }

  @Query(() => PaymentDetail, { description: 'A payment with its allocations (undone ones included).' })
  async payment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<PaymentDetail> {
    return detail(ctx, id);
  }

  @Query(() => [MatchSuggestion], { description: 'Open receipts suggested for a payment, best first (reference, exact amount, same client).' })
  paymentSuggestions(@Ctx() ctx: RequestContext, @Arg('paymentId', () => ID) paymentId: string, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<MatchSuggestion[]> {
    return suggestMatches(ctx, paymentId, first);
  }

  @Query(() => ClientAccount, { description: "The client card's account tab: open receipts, payments, balance." })
  clientAccount(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string, @Info() info: GraphQLResolveInfo): Promise<ClientAccount> {
    return clientAccount(ctx, clientId, { top: requestedFields(info, []), openItems: requestedFields(info, ['openItems']), payments: requestedFields(info, ['payments']) });
  }

  @Query(() => PaymentsDashboard, { description: 'Unmatched payments: count and amount not yet allocated.' })
  paymentsDashboard(@Ctx() ctx: RequestContext): Promise<PaymentsDashboard> {
    return paymentsDashboard(ctx);
  }

  @Mutation(() => PaymentDetail, { description: 'Records a payment received and posts it (money account debit, client receivable credit).' })
  async recordPayment(@Ctx() ctx: RequestContext, @Arg('input', () => PaymentInput) input: PaymentInput): Promise<PaymentDetail> {
    return detail(ctx, await recordPayment(ctx, input));
  }

  @Mutation(() => PaymentDetail, { description: 'Matches a payment against receipts, partially where asked; all or nothing.' })
  async matchPayment(
    @Ctx() ctx: RequestContext,
    @Arg('paymentId', () => ID) paymentId: string,
    @Arg('allocations', () => [AllocationInput]) allocations: AllocationInput[],
  ): Promise<PaymentDetail> {
    await matchPayment(ctx, paymentId, allocations);
    return detail(ctx, paymentId);
  }

  @Mutation(() => PaymentDetail, { description: 'Undoes one allocation (a new, audited row); the others stay.' })
  async undoPaymentAllocation(@Ctx() ctx: RequestContext, @Arg('allocationId', () => ID) allocationId: string, @Arg('reason', () => String) reason: string): Promise<PaymentDetail> {
    return detail(ctx, await undoAllocation(ctx, allocationId, reason));
  }
}

async function detail(ctx: RequestContext, id: string): Promise<PaymentDetail> {
  const p = await getPayment(ctx, id);
  return { ...p, allocations: await paymentAllocations(ctx, p.id) };
}
