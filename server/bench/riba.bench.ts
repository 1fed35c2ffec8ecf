import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { fileURLToPath } from 'node:url';
import { writeAndValidateRiba } from '../src/modules/banking/riba-run.service.js';
import type { RibaHeader, RibaReceipt } from '../src/modules/banking/riba-cbi.js';

/**
 * RiBa benchmark (issue #14 "Speed"): a CBI RiBa file of N receipts written by the job's own code
 * (`writeAndValidateRiba`, fed by generated receipts the way the job feeds it from the database in
 * pages) and checked by the layout validator. Reports write and check time and heap growth for N/10
 * and N in ONE run (ratios, on a shared machine). RIBA_RECEIPTS=N (default 1,000; the full run uses 10,000).
 */
const N = Number(process.env.RIBA_RECEIPTS ?? 1_000);
const NAMES = ['Società Àlfa Perù S.r.l.', 'Esposito Giulia', 'Müller & Söhne GmbH', 'Bianchi Marco', "D'Annunzio Gabriele"];

function* receipts(n: number): Generator<RibaReceipt> {
  for (let i = 0; i < n; i++) {
    yield {
      dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-28`,
      amountCents: BigInt(10_000 + (i % 90_000)),
      debtor: { abi: '03069', cab: String(10_000 + (i % 80_000)).padStart(5, '0') },
      debtorCode: `C${String(i).padStart(9, '0')}`,
      debtorName: NAMES[i % NAMES.length],
      debtorTaxId: '00743110157',
      street: `Via Città di Castello ${i % 200}`,
      postCode: '20121',
      town: 'Milano',
      province: 'MI',
      reference1: `PREMIO Q 2026/${i + 1} POLIZZA POL-${i}`,
      reference2: 'SCADENZA 28/02/2026',
      receiptNumber: i + 1,
    };
  }
}

const header: RibaHeader = {
  siaCode: 'A1B2C',
  creditor: { abi: '05428', cab: '11101', account: '000000123456' },
  creationDate: '2026-11-29',
  supportName: 'RIBA-261129-1',
  creditorName: 'Rossi Assicurazioni S.r.l.',
  creditorStreet: 'Via Roma 1',
  creditorTown: '20121 Milano MI',
  creditorTaxId: '12345678901',
};

async function once(n: number): Promise<{ n: number; writeMs: number; checkMs: number; bytes: number; heapGrowthMb: number; valid: boolean; records: number }> {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peakHeap = heap0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const t0 = performance.now();
  let writeMs = 0;
  const r = await writeAndValidateRiba(header, receipts(n), () => {
    writeMs = performance.now() - t0;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  });
  const total = performance.now() - t0;
  clearInterval(sampler);
  return { n, writeMs, checkMs: total - writeMs, bytes: r.bytes.byteLength, heapGrowthMb: (peakHeap - heap0) / 2 ** 20, valid: r.check.valid, records: r.bytes.byteLength / 122 };
}

export async function benchRiba(): Promise<string> {
  const small = await once(Math.max(10, Math.floor(N / 10)));
  const large = await once(N);
  const row = (r: Awaited<ReturnType<typeof once>>) =>
    `| ${r.n.toLocaleString('en')} | ${r.records.toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(2)} MB | ${r.writeMs.toFixed(0)} ms | ${r.checkMs.toFixed(0)} ms | ${r.heapGrowthMb.toFixed(1)} MB | ${r.valid ? 'valid' : 'INVALID'} |`;
  return [
    `RiBa CBI file of N receipts (the job's writer, then the layout validator). RIBA_RECEIPTS=${N.toLocaleString('en')}.`,
    '',
    '| receipts | records | file | write | check | heap growth at end of write | layout |',
    '|---:|---:|---:|---:|---:|---:|---|',
    row(small),
    row(large),
    '',
    `Ratios large/small: receipts ${(large.n / small.n).toFixed(1)}×, write time ${(large.writeMs / Math.max(1, small.writeMs)).toFixed(1)}×, check time ${(large.checkMs / Math.max(1, small.checkMs)).toFixed(1)}×.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchRiba());
  process.exit(0);
}
