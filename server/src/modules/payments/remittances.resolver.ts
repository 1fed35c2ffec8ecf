import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { badField } from '../../core/errors.js';
import { remittancePdf, remittanceXlsx } from './remittance-statement.js';
import { cancelRemittance, createRemittance, getRemittance, listRemittances, remittanceItems, remittanceRow } from './remittance.service.js';
import { MoneyFile, Remittance, RemittanceDetail, RemittanceInput } from './payments.types.js';

/** Remittances to insurers (issue #13 §4): thin — the rules are in remittance.service.ts. */
@Resolver()
export class RemittancesResolver {
  @Query(() => [Remittance], { description: 'Remittances to insurers, newest first.' })
  remittances(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<Remittance[]> {
    return listRemittances(ctx, first);
  }

  @Query(() => RemittanceDetail)
  remittance(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RemittanceDetail> {
    return getRemittance(ctx, id);
  }

  @Query(() => MoneyFile, { description: 'The remittance statement as PDF or XLSX, in the company\'s language.' })
  async remittanceStatement(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('format', () => String, { defaultValue: 'pdf' }) format: string): Promise<MoneyFile> {
    const r = await remittanceRow(ctx, id);
    const items = await remittanceItems(ctx, r.id);
    const name = `remittance-${r.insurer_name.replace(/[^A-Za-z0-9]+/g, '-')}-${r.period_from}-${r.period_to}`;
    if (format === 'xlsx') {
      return { fileName: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: (await remittanceXlsx(r, items)).toString('base64') };
    }
    if (format !== 'pdf') throw badFormat();
    return { fileName: `${name}.pdf`, contentType: 'application/pdf', base64: (await remittancePdf(r, items)).toString('base64') };
  }

  @Mutation(() => RemittanceDetail, { description: 'Remits to an insurer what was collected for it in a period, net of commission; posted from the premium account.' })
  async createRemittance(@Ctx() ctx: RequestContext, @Arg('input', () => RemittanceInput) input: RemittanceInput): Promise<RemittanceDetail> {
    return getRemittance(ctx, await createRemittance(ctx, input));
  }

  @Mutation(() => RemittanceDetail, { description: 'Cancels a remittance by the reversal of its entry; its receipts can be remitted again.' })
  async cancelRemittance(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('entryDate', () => String, { nullable: true }) entryDate: string | null,
  ): Promise<RemittanceDetail> {
    return getRemittance(ctx, await cancelRemittance(ctx, id, reason, entryDate));
  }
}

const badFormat = () => badField('format', 'invalid_format', 'pdf or xlsx.');
