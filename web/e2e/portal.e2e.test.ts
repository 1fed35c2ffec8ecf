import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, screenshot } from './support/browser';
import { USERS, apiAs, startE2EPlatform, startMailbox, type Mailbox, type TestPlatform } from './support/platform';

/** The client portal in the browser (PO-1, PO-5, PO-9): its own app under /portal/, on a phone and on a desktop. */

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

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const PORTAL_PASSWORD = 'Tulip-Canal-Bike-42';

/** A valid Dutch BSN (eleven-test), different on every call. */
function bsn(): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
    const last = sum % 11;
    if (last < 10 && d[0] !== 0) return [...d, last].join('');
  }
}

const linkIn = (text: string | undefined, page: string) => {
  const m = new RegExp(`(https?://\\S+/portal/${page}\\?token=[A-Za-z0-9_-]+)`).exec(text ?? '');
  if (!m) throw new Error(`no ${page} link in: ${text}`);
  return m[1];
};

async function register(page: Page, email: string, firstName: string): Promise<void> {
  await page.goto('/portal/register?company=VDBERG');
  await page.getByTestId('portal-register-firstName').fill(firstName);
  await page.getByTestId('portal-register-lastName').fill('de Vries');
  await page.getByTestId('portal-register-taxCode').fill(bsn());
  await page.getByTestId('portal-register-line1').fill('Keizersgracht 123');
  await page.getByTestId('portal-register-postalCode').fill('1015CJ');
  await page.getByTestId('portal-register-city').fill('Amsterdam');
  await page.getByTestId('portal-register-email').fill(email);
  await page.getByTestId('portal-register-password').fill(PORTAL_PASSWORD);
  await page.getByTestId('portal-register-submit').click();
  await page.getByTestId('portal-register-sent').waitFor();
}

describe('new client', () => {
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    it(`registers on a ${size}, verifies the e-mail from the SMTP mailbox and sees the prospect card`, async () => {
      const { page, errors } = await newPerson(browser, t.url, { viewport });
      const email = `new.${size}@example.nl`;
      const before = mail.received.length;
      await register(page, email, size === 'phone' ? 'Sanne' : 'Daan');
      const link = linkIn((await mail.waitFor(email, before)).text, 'verify-email');
      expect(link.startsWith(`${t.url}/portal/verify-email?token=`)).toBe(true);
      await page.goto(link);
      // the link alone confirms nothing: the password chosen at registration is asked, a wrong one is refused
      await page.getByTestId('portal-verify-password').fill('Not-The-Password-42');
      await page.getByTestId('portal-verify-submit').click();
      await page.getByTestId('portal-verify-password-error').waitFor();
      expect(await page.getByTestId('portal-home').count()).toBe(0);
      await page.getByTestId('portal-verify-password').fill(PORTAL_PASSWORD);
      await page.getByTestId('portal-verify-submit').click();
      await page.getByTestId('portal-home').waitFor();
      expect(await page.getByTestId('portal-company').textContent()).toContain('Verzekeringen');
      const client = page.getByTestId('portal-client');
      expect(await client.count()).toBe(1);
      expect(await client.textContent()).toContain('Prospect');
      await screenshot(page, `portal-home-new-client-${size}`);
      // the used link does not sign anyone in again
      const other = (await newPerson(browser, t.url, { viewport })).page;
      await other.goto(link);
      await other.getByTestId('portal-verify-password').fill(PORTAL_PASSWORD);
      await other.getByTestId('portal-verify-submit').click();
      await other.getByRole('alert').waitFor();
      expect(await other.getByTestId('portal-home').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  it('refuses a wrong password on the sign-in page and signs in with the right one', async () => {
    const { page } = await newPerson(browser, t.url, { viewport: PHONE });
    await page.goto('/portal/sign-in?company=VDBERG');
    await page.getByTestId('portal-email').fill('new.phone@example.nl');
    await page.getByTestId('portal-password').fill('Wrong-Password-99');
    await page.getByTestId('portal-sign-in-submit').click();
    await page.getByTestId('portal-sign-in-error').waitFor();
    await page.getByTestId('portal-password').fill(PORTAL_PASSWORD);
    await page.getByTestId('portal-sign-in-submit').click();
    await page.getByTestId('portal-home').waitFor();
  });
});

describe('invited family member', () => {
  it('accepts the invitation from the SMTP mailbox and sees only the contracts the grant shares (phone and desktop)', async () => {
    const su = await t.superuser();
    let shared: { id: string; number: string };
    let notShared: string[];
    let clientId: string;
    try {
      const { rows } = await su.query<{ client_id: string; policies: Array<{ id: string; number: string }> }>(
        `select p.client_id, json_agg(json_build_object('id', p.id, 'number', p.number) order by p.number) as policies
           from policy p join company co on co.id = p.company_id
          where co.code = 'ROSSI' group by p.client_id having count(*) >= 2 order by p.client_id limit 1`,
      );
      clientId = rows[0].client_id;
      shared = rows[0].policies[0];
      notShared = rows[0].policies.slice(1).map((p) => p.number);
    } finally {
      await su.end();
    }
    const agent = await apiAs(t, USERS.rossiAgent);
    const grant = await agent.ok('mutation($i: PortalGrantInput!) { createPortalGrant(input: $i) { id } }', {
      i: { name: 'Family', clientIds: [clientId], shareMode: 'PICKED', policyIds: [shared.id] },
    });
    const email = 'family.member@example.com';
    const before = mail.received.length;
    await agent.ok('mutation($g: ID!, $e: String!) { addPortalGrantUser(grantId: $g, email: $e) { id } }', { g: grant.createPortalGrant.id, e: email });
    const link = linkIn((await mail.waitFor(email, before)).text, 'accept-invitation');
    const { page } = await newPerson(browser, t.url, { viewport: PHONE });
    await page.goto(link);
    await page.getByTestId('portal-invite-name').fill('Family Member');
    await page.getByTestId('portal-invite-password').fill('short');
    await page.getByTestId('portal-invite-submit').click();
    await expect.poll(() => page.getByText('At least 12 characters', { exact: false }).count()).toBeGreaterThan(0);
    await page.getByTestId('portal-invite-password').fill(PORTAL_PASSWORD);
    await page.getByTestId('portal-invite-submit').click();
    await page.getByTestId('portal-home').waitFor();
    const contracts = page.getByTestId('portal-contract');
    expect(await contracts.count()).toBe(1);
    expect(await contracts.first().textContent()).toContain(shared.number);
    const body = (await page.textContent('body')) ?? '';
    for (const n of notShared) expect(body).not.toContain(n);
    await screenshot(page, 'portal-home-family-phone');
    const desktop = (await newPerson(browser, t.url, { viewport: DESKTOP })).page;
    await desktop.goto('/portal/sign-in?company=ROSSI');
    await desktop.getByTestId('portal-email').fill(email);
    await desktop.getByTestId('portal-password').fill(PORTAL_PASSWORD);
    await desktop.getByTestId('portal-sign-in-submit').click();
    await desktop.getByTestId('portal-home').waitFor();
    expect(await desktop.getByTestId('portal-contract').count()).toBe(1);
  });
});

