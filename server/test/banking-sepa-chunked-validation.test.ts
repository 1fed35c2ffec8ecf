import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Pain008Chunker } from '../src/modules/banking/pain008-chunks.js';
import type { Pain008Group, Pain008Tx } from '../src/modules/banking/pain008-writer.js';
import { writeAndValidatePain008 } from '../src/modules/banking/sepa-run.service.js';
import { validateChunk, validatePain008, validatePain008File } from '../src/modules/banking/xsd-validate.js';

/**
 * Issue #14 "streamed: flat as the run grows": a pain.008 is validated read back as a stream, in chunks
 * that are well-formed pain.008 documents of the file's own bytes (group header, payment information
 * header, up to PAIN008_CHUNK_TXS transactions). What a chunk cannot show — well-formedness of the whole,
 * the element order, NbOfTxs / CtrlSum — is checked while streaming. Every error names the file's line.
 * The SEPA job's own path (`writeAndValidatePain008`, as in the benchmark) writes the files.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'sepa-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.PAIN008_CHUNK_TXS;
});

const amount = (i: number) => `${100 + (i % 900)}.${String(i % 100).padStart(2, '0')}`;
function sum(from: number, n: number): string {
  let cents = 0n;
  for (let i = from; i < from + n; i++) cents += BigInt((100 + (i % 900)) * 100 + (i % 100));
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}
async function* txs(from: number, n: number): AsyncGenerator<Pain008Tx> {
  for (let i = from; i < from + n; i++) {
    yield {
      endToEndId: `Q2026-${String(i).padStart(7, '0')}-1`,
      amount: amount(i),
      mandateId: `MND-${i}`,
      signatureDate: '2025-01-15',
      originalMandateId: i % 7 === 3 ? `MND-OLD-${i}` : null,
      smnda: i % 5 === 2,
      debtorName: `Cliente ${i} Esposito`,
      debtorIban: 'IT60X0542811101000000123456',
      debtorBic: i % 3 ? 'BPMOIT22XXX' : null,
      address: { street: 'Via Toledo 10', postCode: '80134', town: 'Napoli', subdivision: 'NA', country: 'IT' },
      remittance: `Q 2026/${i} POL-${i}`,
    };
  }
}

/** A file of the given groups' sizes (FRST CORE, RCUR CORE, RCUR B2B …) written by the job's writer. */
async function writeFile(name: string, sizes: number[]): Promise<{ file: string; valid: boolean; errors: string[] }> {
  const kinds: Array<Pick<Pain008Group, 'sequenceType' | 'scheme'>> = [
    { sequenceType: 'FRST', scheme: 'CORE' },
    { sequenceType: 'RCUR', scheme: 'CORE' },
    { sequenceType: 'RCUR', scheme: 'B2B' },
  ];
  const n = sizes.reduce((a, b) => a + b, 0);
  const file = path.join(dir, name);
  const result = await writeAndValidatePain008(file, {
    header: { messageId: `SDD-TEST-${name}`.slice(0, 35), createdAt: new Date('2026-11-29T10:00:00Z'), nbOfTxs: n, ctrlSum: sum(0, n) },
    creditor: { name: 'Rossi Assicurazioni', id: 'IT66ZZZA1B2C3D4E5F6G7H8', iban: 'IT60X0542811101000000123456', bic: 'BPMOIT22XXX' },
    groups: sizes.map((count, gi) => {
      const from = sizes.slice(0, gi).reduce((a, b) => a + b, 0);
      return { ...kinds[gi % 3], paymentInfoId: `PMT-${gi + 1}`, collectionDate: '2026-12-05', nbOfTxs: count, ctrlSum: sum(from, count), txs: () => txs(from, count) };
    }),
  });
  return { file, ...result };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

function chunksOf(xml: string, maxTxs: number) {
  const c = new Pain008Chunker(maxTxs);
  const chunks = [...c.write(xml.slice(0, 1000)), ...c.write(xml.slice(1000)), ...c.end()];
  return { chunks, errors: c.errors };
}

describe('pain.008 validation in chunks (bounded memory)', () => {
  it('validates a file chunk by chunk, each chunk a pain.008 of the file’s own bytes with at most the chunk’s transactions, and a small file in one chunk', async () => {
    process.env.PAIN008_CHUNK_TXS = '50';
    const { file, valid, errors } = await writeFile('mixed.xml', [30, 130, 41]);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    const text = readFileSync(file, 'utf8');
    const { chunks, errors: structure } = chunksOf(text, 50);
    expect(structure).toEqual([]);
    // 201 transactions in chunks of 50 transactions at most: 5 chunks, each holding the group header
    expect(chunks.length).toBe(5);
    for (const c of chunks) {
      expect(c.xml.match(/<DrctDbtTxInf>/g)!.length).toBeLessThanOrEqual(50);
      expect(c.xml.startsWith(text.slice(0, text.indexOf('<PmtInf>')))).toBe(true);
      expect(await validateChunk({ ...c, xml: c.xml })).toEqual([]);
    }
    // every transaction is in exactly one chunk, byte for byte
    const all = chunks.flatMap((c) => c.xml.match(/<DrctDbtTxInf>[\s\S]*?<\/DrctDbtTxInf>/g)!);
    expect(all).toEqual(text.match(/<DrctDbtTxInf>[\s\S]*?<\/DrctDbtTxInf>/g));
    // a small file is one chunk: the file itself
    const whole = chunksOf(text, 2000).chunks;
    expect(whole).toHaveLength(1);
    expect(whole[0].xml.slice(0, text.lastIndexOf('</PmtInf>') + 9)).toBe(text.slice(0, text.lastIndexOf('</PmtInf>') + 9));
    expect(await validatePain008File(file)).toEqual({ valid: true, errors: [] });
  });

  it('keeps a chunk’s size bounded as the file grows: 20 times the transactions, the largest chunk the same size', async () => {
    const small = await writeFile('small.xml', [20, 160, 20]);
    const large = await writeFile('large.xml', [400, 3200, 400]);
    expect([small.valid, large.valid]).toEqual([true, true]);
    const biggest = (f: string) => Math.max(...chunksOf(readFileSync(f, 'utf8'), 100).chunks.map((c) => c.xml.length));
    const fileSize = readFileSync(large.file, 'utf8').length;
    expect(biggest(large.file)).toBeLessThan(fileSize / 15);
    expect(biggest(large.file)).toBeLessThan(biggest(small.file) * 1.2);
  });

  it('refuses a transaction the schema refuses in a later chunk, naming the line of the file', async () => {
    process.env.PAIN008_CHUNK_TXS = '10';
    const { file } = await writeFile('late-error.xml', [5, 60, 5]);
    const text = readFileSync(file, 'utf8');
    const broken = text.replace('<EndToEndId>Q2026-0000047-1</EndToEndId>', '<EndToEndId>Q2026-0000047-1-TOO-LONG-FOR-THE-SCHEMA-MAX35TEXT</EndToEndId>');
    writeFileSync(file, broken);
    const r = await validatePain008File(file);
    expect(r.valid).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`line ${lineOf(broken, 'TOO-LONG')}:`);
    expect(r.errors[0]).toMatch(/EndToEndId/);
  });

  it('validates two chunks at a time and, when both fail, reports the first failing chunk in the order of the file', async () => {
    process.env.PAIN008_CHUNK_TXS = '10';
    const { file } = await writeFile('two-errors.xml', [5, 60, 5]);
    const text = readFileSync(file, 'utf8');
    // an error in chunk 1 and one in chunk 2: validated at the same time, both fail
    const broken = text
      .replace('<EndToEndId>Q2026-0000003-1</EndToEndId>', '<EndToEndId>Q2026-0000003-1-FIRST-TOO-LONG-FOR-MAX35TEXT</EndToEndId>')
      .replace('<EndToEndId>Q2026-0000012-1</EndToEndId>', '<EndToEndId>Q2026-0000012-1-LATER-TOO-LONG-FOR-MAX35TEXT</EndToEndId>');
    expect(broken).toContain('FIRST-TOO-LONG');
    expect(broken).toContain('LATER-TOO-LONG');
    writeFileSync(file, broken);
    for (const validators of ['2', '1']) {
      process.env.PAIN008_VALIDATORS = validators;
      const r = await validatePain008File(file);
      expect(r.valid).toBe(false);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toContain(`line ${lineOf(broken, 'FIRST-TOO-LONG')}:`);
    }
    delete process.env.PAIN008_VALIDATORS;
  });

  it('refuses NbOfTxs and CtrlSum of the group header and of a PmtInf that do not match its transactions, naming the element and line', async () => {
    process.env.PAIN008_CHUNK_TXS = '10';
    const { file } = await writeFile('sums.xml', [5, 25]);
    const text = readFileSync(file, 'utf8');
    // the second PmtInf claims one transaction less; the group header's sum is off by a cent
    const pmt2 = text.indexOf('<PmtInfId>PMT-2</PmtInfId>');
    const broken = text.slice(0, pmt2) + text.slice(pmt2).replace('<NbOfTxs>25</NbOfTxs>', '<NbOfTxs>24</NbOfTxs>');
    const grpSum = /<CtrlSum>([^<]*)<\/CtrlSum>/.exec(broken)![1];
    const cents = BigInt(grpSum.replace('.', '')) + 1n;
    const off = broken.replace(`<CtrlSum>${grpSum}</CtrlSum>`, `<CtrlSum>${cents / 100n}.${String(cents % 100n).padStart(2, '0')}</CtrlSum>`);
    const r = await validatePain008(off);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual([
      `line ${lineOf(off, '<NbOfTxs>24')}: PmtInf[1].NbOfTxs is 24 but it holds 25 DrctDbtTxInf`,
      `line ${lineOf(off, '<CtrlSum>')}: GrpHdr.CtrlSum is ${cents / 100n}.${String(cents % 100n).padStart(2, '0')} but its InstdAmt add up to ${grpSum}`,
    ]);
  });

  it('refuses a file that is not well-formed across chunks (a tag closed wrongly, a file cut short), naming the line', async () => {
    process.env.PAIN008_CHUNK_TXS = '3';
    const { file } = await writeFile('wf.xml', [10]);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('<Ustrd>Q 2026/8 ');
    const wrongClose = text.slice(0, at) + text.slice(at).replace('</Ustrd>', '</Ustrdx>');
    const r = await validatePain008(wrongClose);
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toMatch(new RegExp(`^line ${lineOf(wrongClose, '<Ustrd>Q 2026/8 ')}: not well-formed`));
    const cut = await validatePain008(text.slice(0, text.lastIndexOf('</PmtInf>')));
    expect(cut.valid).toBe(false);
    expect(cut.errors[0]).toMatch(/not well-formed/);
  });

  it('refuses elements out of order that no single chunk shows: an element after a PmtInf’s transactions, a second group header', async () => {
    process.env.PAIN008_CHUNK_TXS = '2';
    const { file } = await writeFile('order.xml', [4, 4]);
    const text = readFileSync(file, 'utf8');
    const afterTx = text.replace('</DrctDbtTxInf>\n    </PmtInf>', '</DrctDbtTxInf>\n<ChrgBr>SLEV</ChrgBr>\n    </PmtInf>');
    const r1 = await validatePain008(afterTx);
    expect(r1.valid).toBe(false);
    expect(r1.errors.join('\n')).toContain(`line ${lineOf(afterTx, '<ChrgBr>SLEV</ChrgBr>\n    </PmtInf>')}: PmtInf[0].ChrgBr after its DrctDbtTxInf`);
    const grpHdr = /<GrpHdr>[\s\S]*?<\/GrpHdr>/.exec(text)![0];
    const secondHeader = text.replace('</PmtInf>\n', `</PmtInf>\n${grpHdr}\n`);
    const r2 = await validatePain008(secondHeader);
    expect(r2.valid).toBe(false);
    expect(r2.errors.join('\n')).toMatch(/unexpected element Document\.CstmrDrctDbtInitn\.GrpHdr/);
  });
});
