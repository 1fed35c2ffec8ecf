import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { validateXML } from 'xmllint-wasm';
import { Pain008Chunker, fileLineOf, type Pain008Chunk } from './pain008-chunks.js';

/**
 * XSD validation of the files the platform writes, with libxml2's xmllint compiled to WebAssembly
 * (npm `xmllint-wasm`: no system package needed). The schema is the ISO 20022 pain.008.001.08 XSD
 * copied into `xsd/` from ../shared/standards/sepa (byte-exact). A file that fails is never offered.
 *
 * Bounded memory: the file is read as a stream and cut by `Pain008Chunker` into well-formed pain.008
 * documents of the file's own bytes (group header + payment information headers + up to
 * `PAIN008_CHUNK_TXS` transactions, default 5,000: about 3.7 MB), each validated on its own, two at a time
 * (`PAIN008_VALIDATORS`) while the next is cut; the chunker checks what a chunk cannot (well-formedness
 * of the whole, element order, NbOfTxs / CtrlSum). A small file is one chunk.
 * Errors name the line of the file.
 */
// from src (tsx) or from dist (tsc does not copy the schema: it is read from src beside it)
const XSD_PATHS = [new URL('./xsd/pain.008.001.08.xsd', import.meta.url), new URL('../../../src/modules/banking/xsd/pain.008.001.08.xsd', import.meta.url)];
let xsd: string | null = null;
const pain008Xsd = () => (xsd ??= readFileSync(XSD_PATHS.find((p) => existsSync(p)) ?? XSD_PATHS[0], 'utf8'));
const chunkTxs = () => Math.max(1, Number(process.env.PAIN008_CHUNK_TXS ?? 5000) || 5000);
const validators = () => Math.max(1, Number(process.env.PAIN008_VALIDATORS ?? 2) || 2);

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

/** The schema's errors for one chunk, with the file's lines. */
export async function validateChunk(chunk: Pain008Chunk): Promise<string[]> {
  const size = Buffer.byteLength(chunk.xml);
  // wasm memory in 64 KiB pages: room for the chunk and libxml2's tree of it
  const pages = Math.min(65536, 512 + Math.ceil((size * 12) / 65536));
  const result = await validateXML({
    xml: [{ fileName: 'pain.008.xml', contents: chunk.xml }],
    schema: [{ fileName: 'pain.008.001.08.xsd', contents: pain008Xsd() }],
    initialMemoryPages: Math.min(pages, 4096),
    maxMemoryPages: pages,
  });
  if (result.valid) return [];
  return result.errors.map((e) => (e.loc ? `line ${fileLineOf(chunk, e.loc.lineNumber)}: ${e.message}` : e.message).trim());
}

/**
 * Validates a pain.008 read from a stream of bytes (UTF-8), chunk by chunk, up to `PAIN008_VALIDATORS`
 * chunks at once (default 2, each in its own xmllint worker) while the stream is read and cut further:
 * reading waits while that many are in flight, so memory holds at most that many chunks and the one being
 * cut. Stops taking new chunks at the first failing one; the errors reported are those of the first failing
 * chunk in the file's order.
 */
export async function validatePain008Stream(input: AsyncIterable<Buffer | string>): Promise<XsdResult> {
  const chunker = new Pain008Chunker(chunkTxs());
  const decoder = new StringDecoder('utf8');
  const failures: Array<{ index: number; errors: string[] }> = [];
  const inFlight = new Set<Promise<void>>();
  let crashed: unknown = null;
  let index = 0;
  const submit = async (chunks: Pain008Chunk[]) => {
    for (const c of chunks) {
      while (inFlight.size >= validators()) await Promise.race(inFlight);
      if (failures.length || crashed) return;
      const at = index++;
      const job: Promise<void> = validateChunk(c)
        .then(
          (errors) => {
            if (errors.length) failures.push({ index: at, errors });
          },
          (error: unknown) => {
            crashed ??= error;
          },
        )
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
    }
  };
  try {
    for await (const data of input) {
      await submit(chunker.write(typeof data === 'string' ? data : decoder.write(data)));
      if (failures.length || crashed) break;
    }
    if (!failures.length && !crashed) await submit(chunker.write(decoder.end()).concat(chunker.end()));
  } catch (error) {
    await Promise.all(inFlight);
    // saxes: "line:column: message" — the file is not well-formed
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
    const errors = [m ? `line ${m[1]}: not well-formed: ${m[3]}` : `not well-formed: ${message}`, ...chunker.errors];
    return { valid: false, errors: errors.slice(0, 20) };
  }
  await Promise.all(inFlight);
  if (crashed) throw crashed;
  const first = failures.sort((a, b) => a.index - b.index)[0];
  const errors = [...chunker.errors, ...(first?.errors ?? [])].slice(0, 20);
  return { valid: errors.length === 0, errors };
}

/** Validates a pain.008 file on disk without reading it whole. */
export function validatePain008File(file: string): Promise<XsdResult> {
  return validatePain008Stream(createReadStream(file, { highWaterMark: 1 << 16 }));
}

/** Validates a pain.008 in memory (the same chunked path). */
export function validatePain008(xml: string | Uint8Array): Promise<XsdResult> {
  return validatePain008Stream(Readable.from([typeof xml === 'string' ? xml : Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength)]));
}
