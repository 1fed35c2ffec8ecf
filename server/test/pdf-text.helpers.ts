import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text a reader copies out of a PDF, page by page (Mozilla's PDF.js, an npm package: no system
 * tool such as pdftotext is needed on the machine). Lines end with a newline; pages are separated by
 * a form feed. The text comes from the fonts' Unicode mappings, so a letter the PDF's font cannot
 * encode comes out wrong here as it does for a person copying it.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\f');
  } finally {
    await doc.destroy();
  }
}

/** The names of the fonts a PDF uses (`/BaseFont`), e.g. `ABCDEF+DejaVuSans` or `Helvetica`. */
export function pdfFontNames(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...new Set([...text.matchAll(/\/BaseFont\s*\/([A-Za-z0-9+_-]+)/g)].map((m) => m[1]))].sort();
}
