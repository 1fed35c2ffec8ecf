import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { download } from './clients-documents.helpers.js';
import { RECORD_CONSENTS, answersFor, formsByCode } from './consents-helpers.js';
import { pdfFontNames, pdfText } from './pdf-text.helpers.js';

/**
 * PDFs print every language's letters (issue #11 follow-up): the PDF standard fonts (Helvetica,
 * Courier) cannot encode Polish ą ć ę ł ń ś ź ż and more, so a client named "Łucja Żółć-Gęślą" came out
 * wrong on her consent record and her GDPR export. Every PDF now embeds the shared DejaVu family
 * (server/src/core/pdf-fonts.ts); the text a person copies out of the PDF is the name exactly.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent
let giulia: GqlClient; // ROSSI administrator (clients:export)

const NAME = { firstName: 'Łucja', lastName: 'Żółć-Gęślą' };
/** A person with every letter Helvetica's encoding lacks (and a few it has). */
const polishPerson = () =>
  italianPerson({ ...NAME, taxCode: undefined, noLocalTaxId: true, noLocalTaxIdReason: 'Polish citizen living in Italy', birthPlace: 'Kraków', birthProvince: undefined });

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [marco, giulia] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAdmin)]);
});
afterAll(async () => t?.stop());

const isEmbeddedDejaVu = (font: string) => /^[A-Z]{6}\+DejaVuSans/.test(font);

describe('PDFs print Polish, German, Italian and Dutch letters', () => {
  it('prints the name of a client named Łucja Żółć-Gęślą exactly on her consent record PDF, in an embedded font', async () => {
    const client = await createClient(marco, polishPerson());
    const F = await formsByCode(marco);
    const [record] = (await marco.ok(RECORD_CONSENTS, { input: { clientId: client.id, channel: 'STAFF_SCREEN', forms: [answersFor(F.ECONSENT.current)] } })).recordConsents;
    const file = await download(t, marco, record.pdfUrl.split('/').pop());
    expect(file.status).toBe(200);
    const text = await pdfText(file.body);
    expect(text).toContain(client.displayName);
    expect(text).toContain('Łucja');
    expect(text).toContain('Żółć-Gęślą');
    expect(text).toContain(record.verificationCode);
    const fonts = pdfFontNames(file.body);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !isEmbeddedDejaVu(f))).toEqual([]);
  });

  it("prints the name of a client named Łucja Żółć-Gęślą exactly on her GDPR export PDF, in an embedded font", async () => {
    const client = await createClient(marco, polishPerson());
    const pdf = (await giulia.ok(`mutation($id: ID!, $f: ExportFormat!) { exportClientData(id: $id, format: $f) { base64 } }`, { id: client.id, f: 'PDF' })).exportClientData;
    const bytes = Buffer.from(pdf.base64, 'base64');
    const text = await pdfText(bytes);
    expect(text).toContain(client.displayName);
    expect(text).toContain('Łucja');
    expect(text).toContain('Żółć-Gęślą');
    expect(text).toContain('Kraków');
    expect(pdfFontNames(bytes).filter((f) => !isEmbeddedDejaVu(f))).toEqual([]);
  });
});

describe('every PDF of the server uses the shared font module', () => {
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const pdfModules = files(src).filter((f) => /renderToBuffer|renderToStream|renderToFile/.test(readFileSync(f, 'utf8')));

  it('finds the four PDFs: consent records, GDPR export, premium documents, offers', () => {
    expect(pdfModules.map((f) => path.basename(f)).sort()).toEqual(expect.arrayContaining(['billing-pdf.ts', 'client-export.pdf.ts', 'consent-pdf.ts', 'offer-pdf.ts']));
  });

  it('registers the embedded font in every module that renders a PDF and names no standard PDF font (Helvetica, Courier, Times)', () => {
    for (const f of pdfModules) {
      const code = readFileSync(f, 'utf8');
      expect({ file: path.relative(src, f), imports: /from '[./]+core\/pdf-fonts\.js'/.test(code) }).toEqual({ file: path.relative(src, f), imports: true });
      expect({ file: path.relative(src, f), standard: code.match(/['"](Helvetica|Courier|Times)[A-Za-z-]*['"]/g) ?? [] }).toEqual({ file: path.relative(src, f), standard: [] });
    }
  });
});
