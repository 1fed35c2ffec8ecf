import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { fileURLToPath } from 'node:url';
import { startBenchPlatform } from './platform.js';
import { percentile } from './lib.js';
import { postJson } from './http-client.js';

/**
 * Bank statements benchmark (issue #14 "Speed"): a camt.053 with N lines imported through POST /files/bank/statements
 * (parse and check the whole file, store the lines, compute the proposals set-based) and its lines that
 * name an open receipt matched (confirmBankTransaction: a payment posted and allocated through the
 * payments module), on the seeded demo company. N/10 and N in ONE run, so the ratio shows how the import
 * grows. STATEMENT_LINES=N (default 1,000; the full run uses 10,000); at most STATEMENT_MATCHES (200)
 * lines are confirmed per size (the demo has that many open receipts at most).
 */
const DEFAULT_N = Number(process.env.STATEMENT_LINES ?? 1_000);
const MATCHES = Number(process.env.STATEMENT_MATCHES ?? 200);

function camt053(id: string, iban: string, lines: Array<{ amount: string; text: string; name: string }>): string {
  const entries = lines
    .map(
      (l, i) => `<Ntry><NtryRef>${id}-${i + 1}</NtryRef><Amt Ccy="EUR">${l.amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt><AcctSvcrRef>${id}-${i + 1}</AcctSvcrRef>
<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>${l.name}</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>${l.text}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>${id}</MsgId><CreDtTm>2026-11-21T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>${id}</Id><Acct><Id><IBAN>${iban}</IBAN></Id></Acct>
${entries}
</Stmt></BkToCstmrStmt></Document>`;
}

export async function benchStatements(N = DEFAULT_N): Promise<string> {
  const { su, url, stop } = await startBenchPlatform();
  try {
    const login = (await postJson(url, { query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: { email: 'laura.conti@rossi-assicurazioni.example', password: 'Demo-Password-2026', bearer: true } } })) as any;
    const auth = { authorization: `Bearer ${login.data.login.token}` };
    const { rows: [company] } = await su.query(`select c.id, s.creditor_iban as iban from company c join banking_settings s on s.company_id = c.id where c.code = 'ROSSI'`);
    const { rows: open } = await su.query(
      `select d.year || '/' || d.number as no, o.open_amount::text as amount, o.receipt_id from receipt_open_item o join premium_document d on d.id = o.receipt_id
        where o.company_id = $1 and o.open_amount > 0 and o.open_amount = o.gross order by d.year, d.number`,
      [company.id],
    );
    const half = Math.floor(open.length / 2);
    const sizes = [
      { n: Math.max(10, Math.floor(N / 10)), receipts: open.slice(0, Math.min(half, Math.floor(MATCHES / 10) || 1)) },
      { n: N, receipts: open.slice(half, half + Math.min(open.length - half, MATCHES)) },
    ];
    const rows: string[] = [];
    const measured: Array<{ n: number; importMs: number }> = [];
    for (const [k, size] of sizes.entries()) {
      const lines = Array.from({ length: size.n }, (_, i) =>
        i < size.receipts.length ? { amount: size.receipts[i].amount, text: `Premio quietanza ${size.receipts[i].no}`, name: `Cliente ${i}` } : { amount: `${10 + (i % 900)}.${String(i % 100).padStart(2, '0')}`, text: `Bonifico ${i}`, name: `Ordinante ${i}` },
      );
      const xml = camt053(`BENCH-STMT-${k + 1}`, company.iban, lines);
      const t0 = performance.now();
      // the web page's way: the file as multipart to the import route (a GraphQL body takes 200 KB at most)
      const form = new FormData();
      form.append('file', new Blob([xml], { type: 'application/xml' }), 'bench.xml');
      const res = await fetch(`${url.replace(/\/graphql$/, '')}/files/bank/statements`, { method: 'POST', headers: { ...auth, 'x-requested-with': 'bench' }, body: form });
      const r = (await res.json()) as any;
      const importMs = performance.now() - t0;
      if (!res.ok) throw new Error(JSON.stringify(r.errors ?? r));
      const statementId = r.statements[0].id;
      const { rows: best } = await su.query(
        `select distinct on (t.id) t.id, p.receipt_id, t.amount::text as amount from bank_transaction t join bank_transaction_proposal p on p.transaction_id = t.id
          where t.statement_id = $1 and p.by_reference order by t.id, p.score desc`,
        [statementId],
      );
      const confirmMs: number[] = [];
      const m0 = performance.now();
      for (const b of best) {
        const c0 = performance.now();
        const c = (await postJson(url, { query: 'mutation($id: ID!, $a: [AllocationInput!]) { confirmBankTransaction(transactionId: $id, allocations: $a) { state } }', variables: { id: b.id, a: [{ receiptId: b.receipt_id, amount: b.amount }] } }, auth)) as any;
        if (c.errors) throw new Error(JSON.stringify(c.errors));
        confirmMs.push(performance.now() - c0);
      }
      const matchMs = performance.now() - m0;
      confirmMs.sort((a, b) => a - b);
      measured.push({ n: size.n, importMs });
      rows.push(
        `| ${size.n.toLocaleString('en')} | ${(xml.length / 2 ** 20).toFixed(1)} MB | ${importMs.toFixed(0)} ms | ${r.proposed} | ${best.length} | ${matchMs.toFixed(0)} ms | ${confirmMs.length ? percentile(confirmMs, 50).toFixed(0) : '—'} / ${confirmMs.length ? percentile(confirmMs, 95).toFixed(0) : '—'} ms |`,
      );
    }
    return [
      `Bank statements: a camt.053 of N lines imported through POST /files/bank/statements, as the web page sends it (checked whole, stored, proposals computed) and its lines naming an open receipt confirmed one by one (payment posted and allocated). STATEMENT_LINES=${N.toLocaleString('en')}.`,
      '',
      '| lines | file | import | lines with proposals | confirmed | confirming all | confirm p50 / p95 |',
      '|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      `Ratio large/small: lines ${(measured[1].n / measured[0].n).toFixed(1)}×, import time ${(measured[1].importMs / Math.max(1, measured[0].importMs)).toFixed(1)}×.`,
    ].join('\n');
  } finally {
    await stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchStatements());
  process.exit(0);
}
