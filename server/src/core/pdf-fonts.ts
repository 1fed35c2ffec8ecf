import { createRequire } from 'node:module';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/**
 * The one font family of every PDF the platform prints (consent records, the GDPR export, premium
 * receipts, offers). The PDF standard fonts (Helvetica, Courier) are limited to the WinAnsi encoding,
 * which lacks most of Central Europe's letters (Polish ą ć ę ł ń ś ź ż, and others): they came out
 * wrong. DejaVu (TrueType, from the npm package `dejavu-fonts-ttf`, version 2.37, Bitstream Vera /
 * public-domain licence, see its LICENSE) covers every Latin, Greek and Cyrillic letter; the PDF
 * embeds the subset of glyphs it uses, with their Unicode mapping, so the text extracts exactly.
 *
 * Each weight is registered as its own family name, so that a style changes only its `fontFamily`:
 * `PDF_FONT.regular`, `PDF_FONT.bold`, `PDF_FONT.italic`, `PDF_FONT.mono`. Importing this module
 * registers them (once per process).
 */
const require = createRequire(import.meta.url);
const ttf = (file: string) => path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);

export const PDF_FONT = {
  regular: 'AgencySans',
  bold: 'AgencySans-Bold',
  italic: 'AgencySans-Oblique',
  mono: 'AgencyMono',
} as const;

const FILES: Record<(typeof PDF_FONT)[keyof typeof PDF_FONT], string> = {
  AgencySans: 'DejaVuSans.ttf',
  'AgencySans-Bold': 'DejaVuSans-Bold.ttf',
  'AgencySans-Oblique': 'DejaVuSans-Oblique.ttf',
  AgencyMono: 'DejaVuSansMono.ttf',
};

for (const [family, file] of Object.entries(FILES)) {
  // the italic style of the regular family too (`fontStyle: 'italic'` on a regular text)
  Font.register({ family, fonts: [{ src: ttf(file) }, { src: ttf(family === PDF_FONT.regular ? 'DejaVuSans-Oblique.ttf' : file), fontStyle: 'italic' }] });
}

/** The files registered, by family (for checks). */
export const PDF_FONT_FILES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FILES).map(([family, file]) => [family, ttf(file)]));
