import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { companyToday } from '../core/company-calendar.js';
import { addDays } from '../modules/policies/installments.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { saveSettings } from '../modules/banking/banking-settings.service.js';
import { createMandate } from '../modules/banking/mandate.service.js';
import { importReturns } from '../modules/banking/returns.service.js';
import { runSepaJob, startSepaRun } from '../modules/banking/sepa-run.service.js';
import { MandateRecurrence, SepaScheme } from '../modules/banking/banking.types.js';

/**
 * Banking's demo data (issue #14 §6), ROSSI only (an Italian creditor): the creditor identifier and a
 * return fee, mandates on the bank accounts of three clients with open receipts (one B2B, one one-off),
 * one SEPA run (its pain.008 written, validated and booked) and one return (MS02) imported from a
 * pain.002, so the returns page has a receipt to follow up. Everything through the services.
 */
export async function seedBanking(orm: MikroORM, config: Config): Promise<void> {
  // days counted from the agency's own today (its time zone), as the platform counts due receipts
  let today = '';
  const plus = (n: number) => addDays(today, n);
  const started = await withSystemContext(orm, config, async (ctx) => {
    const company = await ctx.em.findOne(Company, { code: 'ROSSI' });
    if (!company) return null;
    await ctx.applyScope(company.id);
    today = await companyToday(ctx);
    await saveSettings(ctx, { creditorId: 'IT66ZZZA1B2C3D4E5F6G7H8', creditorName: company.name.slice(0, 70), creditorIban: 'IT60X0542811101000000123456', creditorBic: 'BPMOIT22XXX', returnFee: '3.50' });
    const clients = await ctx.em.execute<Array<{ client_id: string; bank_account_id: string }>>(
      `select distinct on (o.client_id) o.client_id, b.id as bank_account_id
         from receipt_open_item o join client_bank_account b on b.company_id = o.company_id and b.client_id = o.client_id
        where o.company_id = ? and o.open_amount > 0 and o.due_date <= ?::date
        order by o.client_id, b.preferred desc, b.position limit 3`,
      [company.id, plus(0)],
    );
    if (!clients.length) return null;
    const kinds = [
      { scheme: SepaScheme.CORE, recurrence: MandateRecurrence.RCUR },
      { scheme: SepaScheme.B2B, recurrence: MandateRecurrence.RCUR },
      { scheme: SepaScheme.CORE, recurrence: MandateRecurrence.OOFF },
    ];
    // signed a year before the agency's today: well within the 36 months a mandate lives unused, whenever the demo is seeded
    for (const [i, c] of clients.entries()) {
      await createMandate(ctx, { clientId: c.client_id, bankAccountId: c.bank_account_id, reference: `ROSSI-SDD-${String(i + 1).padStart(4, '0')}`, signatureDate: plus(-365), ...kinds[i] });
    }
    const run = await startSepaRun(ctx, { collectionDate: plus(3), dueTo: plus(0) });
    return { companyId: company.id, runId: run.id };
  });
  if (!started) return;
  await runSepaJob(orm, config, started.companyId, started.runId);
  await withSystemContext(orm, config, async (ctx) => {
    await ctx.applyScope(started.companyId);
    const [first] = await ctx.em.execute<Array<{ end_to_end_id: string; message_id: string }>>(
      `select i.end_to_end_id, r.message_id from bank_run_item i join bank_run r on r.company_id = i.company_id and r.id = i.run_id
        where i.company_id = ? and i.run_id = ? and r.status = 'done' order by i.end_to_end_id limit 1`,
      [started.companyId, started.runId],
    );
    if (!first) return;
    const report = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt>
  <GrpHdr><MsgId>DEMO-STS-0001</MsgId><CreDtTm>${plus(4)}T09:00:00</CreDtTm></GrpHdr>
  <OrgnlGrpInfAndSts><OrgnlMsgId>${first.message_id}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
  <OrgnlPmtInfAndSts><OrgnlPmtInfId>${first.message_id}-1</OrgnlPmtInfId>
    <TxInfAndSts><OrgnlEndToEndId>${first.end_to_end_id}</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>MS02</Cd></Rsn></StsRsnInf></TxInfAndSts>
  </OrgnlPmtInfAndSts>
</CstmrPmtStsRpt></Document>`;
    await importReturns(ctx, 'demo-pain002.xml', Buffer.from(report));
    await ctx.applyScope(undefined);
  });
}
