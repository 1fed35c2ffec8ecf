import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { companyToday } from '../core/company-calendar.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { importStatement } from '../modules/banking/statement-import.service.js';
import { confirmLine } from '../modules/banking/statement-match.service.js';
import { lineProposals, listLines } from '../modules/banking/statement-queries.service.js';

/**
 * Bank statements' demo data (issue #14 §6), ROSSI only: one camt.053 of the creditor account, imported
 * through the service, with two bank transfers naming open receipts (confirmed: payments posted and
 * allocated) and one credit nobody can be matched to (left open). Through the services.
 */
export async function seedBankStatement(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    const company = await ctx.em.findOne(Company, { code: 'ROSSI' });
    if (!company) return;
    await ctx.applyScope(company.id);
    const today = await companyToday(ctx);
    const [settings] = await ctx.em.execute<Array<{ iban: string }>>(`select creditor_iban as iban from banking_settings where company_id = ?`, [company.id]);
    if (!settings) return;
    // two receipts open in full, of clients paying neither by SEPA mandate nor by RiBa (a RiBa client's
    // unpaid receipt is the RiBa demo's: a transfer must not settle it)
    const open = await ctx.em.execute<Array<{ receipt_number: string; open_amount: string; display_name: string }>>(
      `select distinct on (o.client_id) d.year || '/' || d.number as receipt_number, o.open_amount, c.display_name
         from receipt_open_item o join premium_document d on d.company_id = o.company_id and d.id = o.receipt_id join client c on c.company_id = o.company_id and c.id = o.client_id
        where o.company_id = ? and o.open_amount > 0 and o.open_amount = o.gross and o.due_date <= ?::date
          and not exists (select 1 from sepa_mandate m where m.company_id = o.company_id and m.client_id = o.client_id)
          and not exists (select 1 from riba_debtor r where r.company_id = o.company_id and r.client_id = o.client_id)
        order by o.client_id, o.due_date limit 2`,
      [company.id, today],
    );
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const entry = (ref: string, amount: string, name: string, text: string) => `
      <Ntry><NtryRef>${ref}</NtryRef><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${today}</Dt></BookgDt><ValDt><Dt>${today}</Dt></ValDt><AcctSvcrRef>${ref}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>${esc(name)}</Nm></Pty></Dbtr></RltdPties>
          <RmtInf><Ustrd>${esc(text)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
    const entries = [
      ...open.map((o, i) => entry(`DEMO-${i + 1}`, o.open_amount, o.display_name, `Premio quietanza ${o.receipt_number}`)),
      entry('DEMO-9', '150.00', 'Studio Bianchi', 'Bonifico senza riferimento'),
    ];
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
  <GrpHdr><MsgId>DEMO-CAMT053-0001</MsgId><CreDtTm>${today}T06:00:00</CreDtTm></GrpHdr>
  <Stmt><Id>DEMO-STMT-0001</Id><ElctrncSeqNb>1</ElctrncSeqNb>
    <FrToDt><FrDtTm>${today}T00:00:00</FrDtTm><ToDtTm>${today}T23:59:59</ToDtTm></FrToDt>
    <Acct><Id><IBAN>${settings.iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>${entries.join('')}
  </Stmt>
</BkToCstmrStmt></Document>`;
    const result = await importStatement(ctx, 'demo-camt053.xml', Buffer.from(xml));
    const lines = await listLines(ctx, { statementId: result.statements[0].id }, 10, 0);
    for (const line of lines.items.filter((l) => l.bankRef !== 'DEMO-9')) {
      const [top] = await lineProposals(ctx, line.id);
      if (top && top.openAmount === line.amount) await confirmLine(ctx, line.id, [{ receiptId: top.receiptId, amount: line.amount }]);
    }
    await ctx.applyScope(undefined);
  });
}
