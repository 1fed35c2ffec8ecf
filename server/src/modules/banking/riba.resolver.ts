import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { getRibaSettings, listRibaDebtors, saveRibaSettings, setRibaDebtor } from './riba-settings.service.js';
import { getRibaRun, listRibaRuns, ribaRunItems, startRibaRun } from './riba-run.service.js';
import { presentRibaRun, ribaFile, ribaUnpaidByMonth, setRibaOutcome } from './riba-states.service.js';
import { RibaDebtor, RibaFile, RibaItem, RibaOutcome, RibaRun, RibaRunInput, RibaSettings, RibaSettingsInput, RibaUnpaidMonth } from './riba.types.js';

/** RiBa (issue #14 §4): thin — every rule is in the riba-*.service.ts files. */
@Resolver()
export class RibaResolver {
  @Query(() => RibaSettings, { description: "The company's RiBa data (SIA code, credited account, unpaid fee)." })
  ribaSettings(@Ctx() ctx: RequestContext): Promise<RibaSettings> {
    return getRibaSettings(ctx);
  }

  @Mutation(() => RibaSettings, { description: 'Sets the SIA code, the credited account (an Italian IBAN) and the unpaid fee.' })
  setRibaSettings(@Ctx() ctx: RequestContext, @Arg('input', () => RibaSettingsInput) input: RibaSettingsInput): Promise<RibaSettings> {
    return saveRibaSettings(ctx, input);
  }

  @Query(() => [RibaDebtor], { description: 'Clients who pay by RiBa, of one client or all.' })
  ribaDebtors(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID, { nullable: true }) clientId: string | null): Promise<RibaDebtor[]> {
    return listRibaDebtors(ctx, clientId);
  }

  @Mutation(() => RibaDebtor, { description: 'Marks a client as paying by RiBa from one of its bank accounts (an Italian IBAN).' })
  setRibaDebtor(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string, @Arg('bankAccountId', () => ID, { nullable: true }) bankAccountId: string | null): Promise<RibaDebtor> {
    return setRibaDebtor(ctx, clientId, bankAccountId);
  }

  @Query(() => [RibaRun], { description: 'RiBa runs, newest first.' })
  ribaRuns(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<RibaRun[]> {
    return listRibaRuns(ctx, first);
  }

  @Query(() => RibaRun)
  ribaRun(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RibaRun> {
    return getRibaRun(ctx, id);
  }

  @Query(() => RibaFile, { description: "The run's CBI file (right billing:export; the download is audited)." })
  ribaFile(@Ctx() ctx: RequestContext, @Arg('runId', () => ID) runId: string): Promise<RibaFile> {
    return ribaFile(ctx, runId);
  }

  @Query(() => [RibaUnpaidMonth], { description: 'Unpaid RiBa (insoluti) per month, newest first.' })
  ribaUnpaidByMonth(@Ctx() ctx: RequestContext, @Arg('months', () => Int, { defaultValue: 12 }) months: number): Promise<RibaUnpaidMonth[]> {
    return ribaUnpaidByMonth(ctx, months);
  }

  @Mutation(() => RibaRun, { description: 'Starts a RiBa run (a job): due receipts of clients who pay by RiBa.' })
  startRibaRun(@Ctx() ctx: RequestContext, @Arg('input', () => RibaRunInput) input: RibaRunInput): Promise<RibaRun> {
    return startRibaRun(ctx, input);
  }

  @Mutation(() => RibaRun, { description: "Marks the run's file sent to the bank: its receipts are presented and moved to effetti all'incasso." })
  presentRibaRun(@Ctx() ctx: RequestContext, @Arg('runId', () => ID) runId: string, @Arg('date', () => String, { nullable: true }) date: string | null): Promise<RibaRun> {
    return presentRibaRun(ctx, runId, date);
  }

  @Mutation(() => [RibaItem], { description: 'The bank reported presented RiBa paid or unpaid (insoluto): one or many, all or nothing.' })
  setRibaOutcome(
    @Ctx() ctx: RequestContext,
    @Arg('itemIds', () => [ID]) itemIds: string[],
    @Arg('outcome', () => RibaOutcome) outcome: RibaOutcome,
    @Arg('date', () => String, { nullable: true }) date: string | null,
  ): Promise<RibaItem[]> {
    return setRibaOutcome(ctx, itemIds, outcome, date);
  }
}

@Resolver(() => RibaRun)
export class RibaRunFields {
  @FieldResolver(() => [RibaItem], { description: 'The receipts of the run, by progressive number.' })
  items(@Root() run: RibaRun, @Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 100 }) first: number, @Arg('offset', () => Int, { defaultValue: 0 }) offset: number): Promise<RibaItem[]> {
    return ribaRunItems(ctx, run.id, first, offset);
  }
}
