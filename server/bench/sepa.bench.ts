import './production-mode.js'; // first: libraries read NODE_ENV when they load
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAndValidatePain008 } from '../src/modules/banking/sepa-run.service.js';
import type { Pain008Group, Pain008Tx } from '../src/modules/banking/pain008-writer.js';

/**
 * SEPA benchmark (issue #14 "Speed"): a pain.008.001.08 file of N collections written by the
 * streaming writer (the job's own code, `writeAndValidatePain008`, fed by generated transactions the
 * way the job feeds it from the database in pages) and validated against the XSD. Reports the time of
 * writing and of validating, and the peak RSS / heap growth during the write, for N/10 and N in ONE
 * run: memory should stay flat as N grows (the writer streams; the validation reads the file back as a
 * stream and validates it in chunks). SEPA_COLLECTIONS=N (default 2,000; the full run uses 100,000),
 * SEPA_SMALL=n the smaller run (default N/10).
 */
const N = Number(process.env.SEPA_COLLECTIONS ?? 2_000);
/** SEPA_SMALL: the smaller run's collections (default N/10), e.g. SEPA_SMALL=10000 SEPA_COLLECTIONS=50000. */
const SMALL = Number(process.env.SEPA_SMALL ?? 0) || Math.max(10, Math.floor(N / 10));

async function* transactions(n: number, group: number): AsyncGenerator<Pain008Tx> {
  for (let i = 0; i < n; i++) {
    yield {
      endToEndId: `Q2026-${group}${String(i).padStart(7, '0')}-1`,
      amount: `${100 + (i % 900)}.${String(i % 100).padStart(2, '0')}`,
      mandateId: `MND-${group}-${i}`,
      signatureDate: '2025-01-15',
      originalMandateId: i % 97 === 0 ? `MND-OLD-${i}` : null,
      smnda: i % 89 === 0,
      debtorName: `Cliente ${i} Esposito`,
      debtorIban: 'IT60X0542811101000000123456',
      debtorBic: i % 3 ? 'BPMOIT22XXX' : null,
      address: { street: 'Via Toledo 10', postCode: '80134', town: 'Napoli', subdivision: 'NA', country: 'IT' },
      remittance: `Q 2026/${i} POL-${i}`,
    };
  }
}

async function once(n: number): Promise<{ n: number; writeMs: number; validateMs: number; bytes: number; peakRssMb: number; heapGrowthMb: number; valid: boolean; whole: { ms: number; peakRssMb: number; valid: boolean } | null }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sepa-bench-'));
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  let peakRss = rss0;
  let peakHeap = heap0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  // three groups: FRST / RCUR CORE and RCUR B2B, as a run groups them
  const sizes = [Math.ceil(n / 10), n - Math.ceil(n / 10) - Math.floor(n / 10), Math.floor(n / 10)];
  const kinds: Array<Pick<Pain008Group, 'sequenceType' | 'scheme'>> = [
    { sequenceType: 'FRST', scheme: 'CORE' },
    { sequenceType: 'RCUR', scheme: 'CORE' },
    { sequenceType: 'RCUR', scheme: 'B2B' },
  ];
  const groupSums = sizes.map((count) => {
    let sum = 0n;
    for (let i = 0; i < count; i++) sum += BigInt((100 + (i % 900)) * 100 + (i % 100));
    return sum;
  });
  const total = groupSums.reduce((a, b) => a + b, 0n);
  const t0 = performance.now();
  let writeMs = 0;
  const file = path.join(dir, 'pain.008.xml');
  // write phase measured through the stream's own progress: the validation runs after `finish`
  const result = await writeAndValidatePain008(file, {
    // the group's CtrlSum is the sum of the blocks' (each block's amounts start again at its first transaction)
    header: { messageId: 'SDD-BENCH-0001', createdAt: new Date(), nbOfTxs: n, ctrlSum: `${total / 100n}.${String(total % 100n).padStart(2, '0')}` },
    creditor: { name: 'Rossi Assicurazioni', id: 'IT66ZZZA1B2C3D4E5F6G7H8', iban: 'IT60X0542811101000000123456', bic: 'BPMOIT22XXX' },
    groups: kinds.map((k, gi) => {
      const count = sizes[gi];
      const sum = groupSums[gi];
      return {
        ...k,
        paymentInfoId: `SDD-BENCH-0001-${gi + 1}`,
        collectionDate: '2026-12-05',
        nbOfTxs: count,
        ctrlSum: `${sum / 100n}.${String(sum % 100n).padStart(2, '0')}`,
        txs: () => transactions(count, gi),
      };
    }),
    onWritten: () => {
      writeMs = performance.now() - t0;
    },
  });
  const elapsed = performance.now() - t0;
  clearInterval(sampler);
  if (!result.valid) console.error(result.errors.slice(0, 3).join('\n'));
  const whole = process.env.SEPA_WHOLE === '1' ? await wholeFile(file) : null;
  rmSync(dir, { recursive: true, force: true });
  return { n, writeMs, validateMs: elapsed - writeMs, bytes: result.size, peakRssMb: (peakRss - rss0) / 2 ** 20, heapGrowthMb: (peakHeap - heap0) / 2 ** 20, valid: result.valid, whole };
}

/** SEPA_WHOLE=1: the former validation for comparison in the same run — the whole file handed to xmllint-wasm at once. */
async function wholeFile(file: string): Promise<{ ms: number; peakRssMb: number; valid: boolean }> {
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peakRss = rss0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const pages = Math.min(65536, 512 + Math.ceil((bytes.byteLength * 12) / 65536));
  const xsd = readFileSync(new URL('../src/modules/banking/xsd/pain.008.001.08.xsd', import.meta.url), 'utf8');
  const r = await validateXML({ xml: [{ fileName: 'pain.008.xml', contents: bytes }], schema: [{ fileName: 'pain.008.001.08.xsd', contents: xsd }], initialMemoryPages: Math.min(pages, 4096), maxMemoryPages: pages });
  const ms = performance.now() - t0;
  clearInterval(sampler);
  return { ms, peakRssMb: (peakRss - rss0) / 2 ** 20, valid: r.valid };
}

export async function benchSepa(): Promise<string> {
  const small = await once(SMALL);
  const large = await once(N);
  const row = (r: Awaited<ReturnType<typeof once>>) =>
    `| ${r.n.toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ${r.writeMs.toFixed(0)} ms | ${r.validateMs.toFixed(0)} ms | ${r.peakRssMb.toFixed(1)} MB | ${r.heapGrowthMb.toFixed(1)} MB | ${r.valid ? 'valid' : 'INVALID'} |`;
  return [
    `SEPA pain.008.001.08 file of N collections (streamed writer, then the file read back as a stream and validated against the XSD with xmllint-wasm in chunks of ${process.env.PAIN008_CHUNK_TXS ?? 5000} transactions). SEPA_COLLECTIONS=${N.toLocaleString('en')}, SEPA_SMALL=${SMALL.toLocaleString('en')}.`,
    '',
    '| collections | file | write | validate | peak RSS growth | peak heap growth | XSD |',
    '|---:|---:|---:|---:|---:|---:|---|',
    row(small),
    row(large),
    '',
    ...(small.whole && large.whole
      ? [
          `Former validation in the same run (SEPA_WHOLE=1: the whole file handed to xmllint-wasm at once): ${small.n.toLocaleString('en')} → ${large.n.toLocaleString('en')} collections, ${small.whole.ms.toFixed(0)} → ${large.whole.ms.toFixed(0)} ms, peak RSS growth ${small.whole.peakRssMb.toFixed(1)} → ${large.whole.peakRssMb.toFixed(1)} MB (${small.whole.valid && large.whole.valid ? 'valid' : 'INVALID'}).`,
          '',
        ]
      : []),
    `Ratios large/small: collections ${(large.n / small.n).toFixed(1)}×, write time ${(large.writeMs / Math.max(1, small.writeMs)).toFixed(1)}×, peak heap growth +${(large.heapGrowthMb - small.heapGrowthMb).toFixed(1)} MB more at ${(large.n / small.n).toFixed(0)}× the collections peak RSS growth +${(large.peakRssMb - small.peakRssMb).toFixed(1)} MB more (RSS includes the validator's WebAssembly memory, which holds one chunk).`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchSepa());
  process.exit(0);
}
