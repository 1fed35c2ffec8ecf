import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { accountByRole, ensureChart } from '../modules/ledger/chart.service.js';
import { writeEntry } from '../modules/ledger/posting.service.js';

/**
 * The ledger's demo data: every demo company gets its chart of accounts (its country's template) and
 * an opening entry — the agency's capital paid into its bank account on 1 January two years ago.
 * Receipts, a credit note and a closed month follow in billing.seeder.ts. Deterministic.
 */
const OPENING: Record<string, string> = { IT: 'Versamento capitale sociale', NL: 'Storting eigen vermogen' };

export async function seedLedger(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      await ensureChart(ctx);
      const bank = await accountByRole(ctx, 'bank');
      const equity = await accountByRole(ctx, 'equity');
      const year = new Date().getUTCFullYear() - 2;
      await writeEntry(ctx, {
        entryDate: `${year}-01-01`,
        description: OPENING[company.country] ?? 'Share capital paid in',
        source: 'manual',
        lines: [
          { accountId: bank.id, debit: 5_000_000n, credit: 0n },
          { accountId: equity.id, debit: 0n, credit: 5_000_000n },
        ],
      });
    }
    await ctx.applyScope(undefined);
  });
}
