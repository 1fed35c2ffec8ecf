import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { ROME, dayIn } from './calendar.js';
import { countRows } from './clients-helpers.js';

/**
 * EX-4 for the general ledger: a large range is exported by a job with its progress stored (the page
 * polls it); a small range is built at once. Here "large" is above 10 lines (LEDGER_EXPORT_JOB_LINES),
 * read 7 lines per page.
 */
let t: TestPlatform;
let laura: GqlClient;
let marco: GqlClient;
let pieter: GqlClient;
const today = dayIn(ROME); // ROSSI's today as the server counts it (Italian time), not UTC's
const EXPORT = `id from to status total processed percent fileName error`;
const START = `mutation($from: String!, $to: String!) { startGeneralLedgerExport(from: $from, to: $to) { ${EXPORT} } }`;
const GET = `query($id: ID!) { ledgerExport(id: $id) { ${EXPORT} } }`;
const FILE = `query($id: ID!) { ledgerExportFile(id: $id) { fileName contentType base64 } }`;

beforeAll(async () => {
  process.env.LEDGER_EXPORT_JOB_LINES = '10';
  process.env.LEDGER_EXPORT_PAGE = '7';
  t = await startTestPlatform();
  [laura, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
});
afterAll(async () => {
  delete process.env.LEDGER_EXPORT_JOB_LINES;
  delete process.env.LEDGER_EXPORT_PAGE;
  await t?.stop();
});

async function sheetRows(base64: string): Promise<{ journal: number; sheets: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return { journal: wb.getWorksheet('Journal')!.actualRowCount, sheets: wb.worksheets.map((w) => w.name) };
}

describe('the general ledger export as a job', () => {
  it('exports a large range through a job whose progress the page can poll up to 100 %, then gives the file with every line', async () => {
    const from = '2000-01-01';
    const started = (await laura.ok(START, { from, to: today })).startGeneralLedgerExport;
    expect(started.status).toBe('QUEUED');
    expect(started.total).toBeGreaterThan(10);
    const seen: number[] = [];
    let e = started;
    const until = Date.now() + 60_000;
    while (e.status !== 'DONE') {
      expect(e.status).not.toBe('FAILED');
      if (Date.now() > until) throw new Error(`export still ${e.status}`);
      await new Promise((r) => setTimeout(r, 100));
      e = (await laura.ok(GET, { id: started.id })).ledgerExport;
      seen.push(e.processed);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // progress only grows
    expect(e).toMatchObject({ status: 'DONE', percent: 100 });
    const lines = await countRows(t, 'journal_line', `company_id = (select id from company where code = 'ROSSI') and entry_date between $1 and $2`, [from, today]);
    expect([e.processed, e.total]).toEqual([lines, lines]);
    const f = (await laura.ok(FILE, { id: started.id })).ledgerExportFile;
    expect(f.fileName).toBe(`general-ledger-${from}-${today}.xlsx`);
    expect(await sheetRows(f.base64)).toEqual({ journal: lines + 1, sheets: ['Journal', 'Trial balance'] });
  });

  it('builds a small range at once, without a job', async () => {
    const e = (await laura.ok(START, { from: '2001-01-01', to: '2001-01-31' })).startGeneralLedgerExport;
    expect(e).toMatchObject({ status: 'DONE', total: 0, percent: 100 });
    const f = (await laura.ok(FILE, { id: e.id })).ledgerExportFile;
    expect((await sheetRows(f.base64)).journal).toBe(1);
  });

  it('refuses a bad range on the field, another company\'s export (NOT_FOUND) and an agent without the export right (FORBIDDEN)', async () => {
    const bad = await laura.gql(START, { from: today, to: '2001-01-01' });
    expect(bad.errors?.[0]?.extensions?.fields?.map((x: { field: string; reason: string }) => `${x.field}:${x.reason}`)).toEqual(['to:before_from']);
    const e = (await laura.ok(START, { from: '2001-01-01', to: '2001-01-31' })).startGeneralLedgerExport;
    expect(await pieter.code(GET, { id: e.id })).toBe('NOT_FOUND');
    expect(await pieter.code(FILE, { id: e.id })).toBe('NOT_FOUND');
    expect(await marco.code(START, { from: '2001-01-01', to: '2001-01-31' })).toBe('FORBIDDEN');
  });
});
