import { existsSync, readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

/**
 * XSD validation of the files the platform writes, with libxml2's xmllint compiled to WebAssembly
 * (npm `xmllint-wasm`: no system package needed). The schema is the ISO 20022 pain.008.001.08 XSD
 * copied into `xsd/` from ../shared/standards/sepa (byte-exact). A file that fails is never offered.
 */
// from src (tsx) or from dist (tsc does not copy the schema: it is read from src beside it)
const XSD_PATHS = [new URL('./xsd/pain.008.001.08.xsd', import.meta.url), new URL('../../../src/modules/banking/xsd/pain.008.001.08.xsd', import.meta.url)];
let xsd: string | null = null;
const pain008Xsd = () => (xsd ??= readFileSync(XSD_PATHS.find((p) => existsSync(p)) ?? XSD_PATHS[0], 'utf8'));

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

export async function validatePain008(xml: string | Uint8Array): Promise<XsdResult> {
  const size = typeof xml === 'string' ? Buffer.byteLength(xml) : xml.byteLength;
  // wasm memory in 64 KiB pages: room for the document and libxml2's tree of it
  const pages = Math.min(65536, 512 + Math.ceil((size * 12) / 65536));
  const result = await validateXML({
    xml: [{ fileName: 'pain.008.xml', contents: xml }],
    schema: [{ fileName: 'pain.008.001.08.xsd', contents: pain008Xsd() }],
    initialMemoryPages: Math.min(pages, 4096),
    maxMemoryPages: pages,
  });
  return { valid: result.valid, errors: result.errors.slice(0, 20).map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message).trim()) };
}
