import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPerson, screenshot, signIn } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type Mailbox, type TestPlatform } from './support/platform';
import { GqlClient } from '../../server/test/harness.js';

/** Staff use "view as" (PO-8): the grants tab opens the portal as the grant's user sees it, read-only, clearly marked, audited. */

let t: TestPlatform;
let mail: Mailbox;
let browser: Browser;
beforeAll(async () => {
  mail = await startMailbox();
  t = await startE2EPlatform({ smtpUrl: mail.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
  await mail?.close();
});

describe('view as', () => {
  it("opens the portal from the grants tab as the grant's user sees it, marked read-only, refusing changes, downloading shared files with the view's token, and audits it", async () => {
    const su = await t.superuser();
    let clientId: string;
    let shared: string;
    let notShared: string[];
    try {
      const { rows } = await su.query<{ client_id: string; numbers: string[]; ids: string[] }>(
        `select p.client_id, array_agg(p.number order by p.number) as numbers, array_agg(p.id::text order by p.number) as ids
           from policy p join company co on co.id = p.company_id where co.code = 'ROSSI' group by p.client_id having count(*) >= 2 order by p.client_id limit 1`,
      );
      clientId = rows[0].client_id;
      shared = rows[0].numbers[0];
      notShared = rows[0].numbers.slice(1);
      const agent = await apiAs(t, USERS.rossiAgent);
      const grant = await agent.ok('mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { id } }', {
        i: { name: 'Famiglia View', clientIds: [clientId], shareMode: 'PICKED', policyIds: [rows[0].ids[0]] },
      });
      const email = 'viewed.user@example.com';
      const before = mail.received.length;
      await agent.ok('mutation($g: ID!, $e: String!) { addPortalGrantUser(grantId: $g, email: $e) { id } }', { g: grant.createPortalGrant.id, e: email });
      const token = /accept-invitation\?token=([A-Za-z0-9_-]+)/.exec((await mail.waitFor(email, before)).text ?? '')![1];
      const user = new GqlClient(`${t.url}/portal/graphql`);
      user.bearer = (
        await user.ok('mutation($i: PortalAcceptInvitationInput!) { portalAcceptInvitation(input: $i) { status token } }', {
          i: { token, displayName: 'Viewed User', password: 'Portal-Password-2026', bearer: true },
        })
      ).portalAcceptInvitation.token;
      // the user gives the e-consent: a stamped record with its PDF, to download in "view as"
      const consents = (await user.ok('query($c: ID!) { portalConsents(clientId: $c) { forms { code versionId clauses { key } } } }', { c: clientId })).portalConsents;
      const econsent = consents.forms.find((f: { code: string }) => f.code === 'ECONSENT');
      await user.ok('mutation($c: ID!, $f: [PortalConsentFormAnswerInput!]!) { portalGiveConsents(clientId: $c, forms: $f) { clientId } }', {
        c: clientId,
        f: [{ formVersionId: econsent.versionId, answers: econsent.clauses.map((k: { key: string }) => ({ key: k.key, accepted: true })) }],
      });
    } finally {
      await su.end();
    }

    const { page, context, errors } = await newPerson(browser, t.url);
    await signIn(page, USERS.rossiAgent);
    await page.goto('/portal?tab=grants');
    const grant = page.getByTestId('portal-grant').filter({ hasText: 'Famiglia View' });
    await grant.waitFor();
    expect(await grant.textContent()).toContain('viewed.user@example.com');
    await screenshot(page, 'portal-staff-grants');
    const [portal] = await Promise.all([context.waitForEvent('page'), grant.getByTestId('portal-view-as').click()]);
    await portal.getByTestId('portal-home').waitFor();
    // clearly marked, and exactly what the grant shares
    await portal.getByTestId('portal-read-only').waitFor();
    expect(await portal.getByTestId('portal-read-only').textContent()).not.toBe('');
    const contracts = portal.getByTestId('portal-contract');
    await expect.poll(() => contracts.count(), { timeout: 20_000 }).toBe(1);
    expect(await contracts.first().textContent()).toContain(shared);
    const body = (await portal.textContent('body')) ?? '';
    for (const n of notShared) expect(body).not.toContain(n);
    await screenshot(portal, 'portal-view-as');
    // read-only: nothing can be answered
    await portal.getByTestId('portal-client-consents').first().click();
    await portal.getByTestId('portal-consents').waitFor();
    const answerButtons = portal.getByTestId('portal-consent-answer');
    expect(await answerButtons.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await answerButtons.count()); i++) expect(await answerButtons.nth(i).isDisabled()).toBe(true);
    // downloads work in "view as" (the read-only session's bearer token, never a cookie), audited as the staff member viewing
    const pdfLink = portal.getByTestId('portal-consent-pdf').first();
    await pdfLink.waitFor();
    const [download] = await Promise.all([portal.waitForEvent('download'), pdfLink.click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    // the staff member's own session is untouched, and the view is audited under their name
    const check = await t.superuser();
    try {
      const audit = await check.query(`select user_email, channel from audit_event where action = 'view_as' order by seq desc limit 1`);
      expect(audit.rows).toEqual([{ user_email: USERS.rossiAgent, channel: 'staff' }]);
      const downloads = await check.query(`select u.email, a.channel, a.role_name from audit_event a join app_user u on u.id = a.user_id where a.action = 'download' order by a.seq desc limit 1`);
      expect(downloads.rows).toEqual([{ email: USERS.rossiAgent, channel: 'staff', role_name: 'view_as' }]);
    } finally {
      await check.end();
    }
    expect(errors).toEqual([]);
  });
});
