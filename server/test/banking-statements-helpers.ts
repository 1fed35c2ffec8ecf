import { ROME, dayIn } from './calendar.js';

/** Shared pieces of the bank-statement tests (issue #14 §5): a camt.053.001.08 builder and the operations. */

/**
 * The statements' days: booked today on ROSSI's calendar (Italian time) and the next two days. The demo
 * data close the month before the company's current one (billing.seeder.ts): a fixed date would fall
 * into a closed month once its month has passed — and so would UTC's day in the first hour(s) of a month
 * in Italy — and its lines could no longer be confirmed (a confirmed line's payment is dated its booking).
 */
export const BOOKED = dayIn(ROME);
export const BOOKED_NEXT = dayIn(ROME, 1);
export const BOOKED_AFTER = dayIn(ROME, 2);
export const STATEMENT = `id kind messageId statementRef iban fromDate toDate fileName lineCount duplicateCount unmatchedCount`;
export const LINE = `id statementId lineNo bankRef direction amount bookingDate valueDate endToEndId remittance counterpartyName counterpartyIban state paymentId settlement`;
export const PROPOSAL = `receiptId receiptNumber clientId openAmount score reasons collectionId`;
export const IMPORT_STATEMENT = `mutation($name: String!, $b: String!) { importBankStatement(fileName: $name, base64: $b) { imported duplicates proposed statements { ${STATEMENT} } } }`;
export const STATEMENTS = `{ bankStatements { ${STATEMENT} } }`;
export const GET_STATEMENT = `query($id: ID!) { bankStatement(id: $id) { ${STATEMENT} } }`;
export const LINES = `query($s: ID, $state: BankLineState) { bankTransactions(statementId: $s, state: $state, first: 50) { total items { ${LINE} proposals { ${PROPOSAL} } } } }`;
export const GET_LINE = `query($id: ID!) { bankTransaction(id: $id) { ${LINE} proposals { ${PROPOSAL} } } }`;
export const CONFIRM = `mutation($id: ID!, $a: [AllocationInput!]) { confirmBankTransaction(transactionId: $id, allocations: $a) { ${LINE} } }`;

export interface Tx {
  amount: string;
  e2e?: string;
  remittance?: string;
  name?: string;
  iban?: string;
  /** a transaction's own credit/debit indicator */
  dir?: 'CRDT' | 'DBIT';
}

export interface Entry {
  ref?: string;
  /** the reference only as `NtryRef` (no `AcctSvcrRef`), as banks numbering entries per statement send it */
  entryRefOnly?: boolean;
  amount: string;
  dir?: 'CRDT' | 'DBIT';
  booking?: string;
  value?: string;
  ccy?: string;
  /** one transaction (details), several (a batched entry), or none */
  txs?: Tx[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function txXml(t: Tx, withAmount: boolean): string {
  const dir = t.dir ?? 'CRDT';
  return `<TxDtls>
          <Refs>${t.e2e ? `<EndToEndId>${esc(t.e2e)}</EndToEndId>` : '<EndToEndId>NOTPROVIDED</EndToEndId>'}</Refs>
          ${withAmount ? `<Amt Ccy="EUR">${t.amount}</Amt><CdtDbtInd>${dir}</CdtDbtInd>` : ''}
          <RltdPties>
            ${t.name ? `<Dbtr><Pty><Nm>${esc(t.name)}</Nm></Pty></Dbtr>` : ''}
            ${t.iban ? `<DbtrAcct><Id><IBAN>${t.iban}</IBAN></Id></DbtrAcct>` : ''}
          </RltdPties>
          ${t.remittance ? `<RmtInf><Ustrd>${esc(t.remittance)}</Ustrd></RmtInf>` : ''}
        </TxDtls>`;
}

/** A camt.053.001.08 bank-to-customer statement of one account (structure as in the ISO 20022 schema). */
export function camt053(o: { messageId: string; statementId: string; iban: string; from?: string; to?: string; entries: Entry[] }): string {
  const ntry = o.entries
    .map((e) => {
      const txs = e.txs ?? [];
      return `<Ntry>
      ${e.ref ? `<NtryRef>${e.ref}</NtryRef>` : ''}
      <Amt Ccy="${e.ccy ?? 'EUR'}">${e.amount}</Amt>
      <CdtDbtInd>${e.dir ?? 'CRDT'}</CdtDbtInd>
      <Sts><Cd>BOOK</Cd></Sts>
      <BookgDt><Dt>${e.booking ?? BOOKED}</Dt></BookgDt>
      <ValDt><Dt>${e.value ?? e.booking ?? BOOKED}</Dt></ValDt>
      ${e.ref && !e.entryRefOnly ? `<AcctSvcrRef>${e.ref}</AcctSvcrRef>` : ''}
      <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
      ${txs.length ? `<NtryDtls>${txs.length > 1 ? `<Btch><NbOfTxs>${txs.length}</NbOfTxs></Btch>` : ''}${txs.map((t) => txXml(t, txs.length > 1)).join('')}</NtryDtls>` : ''}
    </Ntry>`;
    })
    .join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${o.messageId}</MsgId><CreDtTm>${BOOKED}T06:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${o.statementId}</Id>
      <ElctrncSeqNb>1</ElctrncSeqNb>
      <CreDtTm>${BOOKED}T06:00:00</CreDtTm>
      <FrToDt><FrDtTm>${o.from ?? BOOKED}T00:00:00</FrDtTm><ToDtTm>${o.to ?? BOOKED}T23:59:59</ToDtTm></FrToDt>
      <Acct><Id><IBAN>${o.iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${o.from ?? BOOKED}</Dt></Dt></Bal>
    ${ntry}
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}
