import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIban, checkTaxId, codiceFiscaleMismatches } from '@agency/shared';
import { startTestPlatform, signedIn, USERS, type TestPlatform } from './harness.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
});
afterAll(async () => t?.stop());

describe('demo clients (seeds/clients.json)', () => {
  it('ROSSI has Italian clients with valid codici fiscali and IBANs; VDBERG Dutch ones with valid BSNs', async () => {
    const rossi = await signedIn(t, USERS.rossiAgent);
    const it_ = await rossi.ok(`{ clients(first: 200, filter: { includeHidden: true }) { total items { kind status taxCountry taxCode noLocalTaxId firstName lastName birthDate gender birthPlace
      bankAccounts { iban } contacts { kind value } } } }`);
    expect(it_.clients.total).toBeGreaterThanOrEqual(15);
    for (const c of it_.clients.items) {
      if (c.kind === 'PERSON' && !c.noLocalTaxId) {
        expect(checkTaxId('person', 'IT', c.taxCode).ok, c.taxCode).toBe(true);
        expect(codiceFiscaleMismatches(c.taxCode, { ...c, gender: c.gender })).toEqual([]);
      }
      for (const b of c.bankAccounts) expect(checkIban(b.iban).ok, b.iban).toBe(true);
    }
    expect(it_.clients.items.map((c: { status: string }) => c.status)).toEqual(expect.arrayContaining(['ACTIVE', 'PROSPECT', 'HIDDEN']));
    const sanne = await signedIn(t, USERS.vdbergAgent);
    const nl = await sanne.ok(`{ clients(first: 200) { total items { kind taxCountry taxCode bankAccounts { iban } } } }`);
    expect(nl.clients.total).toBeGreaterThanOrEqual(10);
    for (const c of nl.clients.items.filter((x: { kind: string }) => x.kind === 'PERSON')) expect(checkTaxId('person', 'NL', c.taxCode).ok, c.taxCode).toBe(true);
    for (const c of nl.clients.items) for (const b of c.bankAccounts) expect(b.iban.startsWith('NL') && checkIban(b.iban).ok).toBe(true);
  });

  it('the dashboard shows the seeded figures: statuses, expiring documents, prospects, missing scans', async () => {
    const rossi = await signedIn(t, USERS.rossiAgent);
    const d = (
      await rossi.ok(`{ clientsDashboard { byStatus { label count } byKind { label count } newPerMonth { label count } expiringDocuments { displayName expiryDate type }
        expiringDocumentsCount prospectsWaiting oldestProspectSince withoutIdentityDocument withoutIdentityScan missingScanSample { displayName } } }`)
    ).clientsDashboard;
    expect(d.byStatus.map((x: { label: string }) => x.label)).toEqual(['active', 'hidden', 'prospect']);
    expect(d.newPerMonth).toHaveLength(12);
    expect(d.newPerMonth.reduce((s: number, x: { count: number }) => s + x.count, 0)).toBeGreaterThanOrEqual(15);
    expect(d.expiringDocumentsCount).toBe(2);
    expect(d.expiringDocuments.map((x: { displayName: string }) => x.displayName)).toEqual(['Romano Francesco', 'Marino Francesca']);
    expect(d.prospectsWaiting).toBe(2);
    expect(d.withoutIdentityDocument).toBeGreaterThanOrEqual(2);
    expect(d.withoutIdentityScan).toBeGreaterThanOrEqual(d.withoutIdentityDocument);
  });
});
