import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailbox, type Mailbox } from './smtp-mailbox.js';
import { signedIn, startTestPlatform, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient, italianPerson } from './clients-helpers.js';
import { PUBLISH, SAVE_DRAFT, draft, formsByCode } from './consents-helpers.js';
import { CREATE_GRANT, HOME, invitedPortalUser, portalClient, resetPortalLimits, type PortalClient } from './portal-helpers.js';
import { pdfText } from './pdf-text.helpers.js';

/**
 * Consents on the portal (issue #12 item 3, CN-5): the client sees its stamped history and downloads
 * each record's PDF (audited), answers on-line through the consents module (channel portal, given by
 * the client, the portal session as evidence), is asked again only for forms changed since its last
 * answer, and withdraws as easily as it gave. Another client's ids are NOT_FOUND; bad answers are
 * BAD_USER_INPUT on the named field with nothing written; staff's "view as" cannot answer.
 */
let t: TestPlatform;
let mailbox: Mailbox;
let su: Awaited<ReturnType<TestPlatform['superuser']>>;
let agent: GqlClient;
let portal: PortalClient; // covers `mine`
let stranger: PortalClient; // another grant of the same company, covers `theirs`
let mine: string;
let theirs: string;
let grantId: string;
let F: Awaited<ReturnType<typeof formsByCode>>;

const FORM_FIELDS = 'formId code kind versionId version title body clauses { key required text } lastDecision answeredVersion pending withdrawable changes { key change before after }';
const RECORD_FIELDS = 'id seq formCode formTitle version decision channel givenBy recordedAt stamp sentTo validationString verificationCode hash answers { key accepted } pdfUrl';
const CONSENTS = `query($c: ID!, $l: String) { portalConsents(clientId: $c, lang: $l) { clientId forms { ${FORM_FIELDS} } records { ${RECORD_FIELDS} } } }`;
const GIVE = `mutation($c: ID!, $f: [PortalConsentFormAnswerInput!]!) { portalGiveConsents(clientId: $c, forms: $f) { forms { ${FORM_FIELDS} } records { ${RECORD_FIELDS} } } }`;
const WITHDRAW = `mutation($c: ID!, $f: ID!) { portalWithdrawConsent(clientId: $c, formId: $f) { forms { ${FORM_FIELDS} } records { ${RECORD_FIELDS} } } }`;

type Form = { formId: string; code: string; versionId: string; version: number; clauses: Array<{ key: string; required: boolean }>; pending: boolean; withdrawable: boolean; lastDecision: string | null; changes: Array<{ key: string; change: string }> };
type Rec = { id: string; seq: number; formCode: string; decision: string; channel: string; givenBy: string; stamp: string; sentTo: string[]; hash: string; pdfUrl: string | null };

const fieldsOf = (r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }) =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();
const recordCount = async (clientId: string) => Number((await su.query('select count(*) from consent_record where client_id = $1', [clientId])).rows[0].count);
const formsOf = async (p: PortalClient, clientId: string): Promise<Form[]> => (await p.ok(CONSENTS, { c: clientId })).portalConsents.forms;
const answer = (f: Form, yes = true) => ({ formVersionId: f.versionId, answers: f.clauses.map((c) => ({ key: c.key, accepted: yes || c.required })) });

async function portalDownload(p: PortalClient | GqlClient, url: string): Promise<{ status: number; body: Buffer; json: any }> {
  const res = await fetch(`${t.url}${url}`, { headers: p.bearer ? { authorization: `Bearer ${p.bearer}` } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  let json: any = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(body.toString('utf8'));
  return { status: res.status, body, json };
}

beforeAll(async () => {
  mailbox = await startMailbox();
  t = await startTestPlatform({ env: { SMTP_URL: mailbox.url } });
  await resetPortalLimits();
  su = await t.superuser();
  agent = await signedIn(t, USERS.rossiAgent);
  F = await formsByCode(agent);
  mine = (await createClient(agent, italianPerson())).id;
  theirs = (await createClient(agent, italianPerson())).id;
  grantId = (await agent.ok(CREATE_GRANT, { i: { name: 'Consents', clientIds: [mine] } })).createPortalGrant.id;
  const other = (await agent.ok(CREATE_GRANT, { i: { name: 'Other family', clientIds: [theirs] } })).createPortalGrant.id;
  portal = await invitedPortalUser(t, mailbox, agent, grantId, 'consent.client@example.com');
  stranger = await invitedPortalUser(t, mailbox, agent, other, 'other.family@example.com');
});
afterAll(async () => {
  await su?.end();
  await t?.stop();
  await mailbox?.close();
});

describe('giving consents on the portal', () => {
  it('records the e-consent agreement and the privacy notice given on-line as stamped records of the client on the portal channel, with the portal session as evidence', async () => {
    const forms = await formsOf(portal, mine);
    const byCode = Object.fromEntries(forms.map((f) => [f.code, f]));
    expect(Object.keys(byCode)).toEqual(expect.arrayContaining(['ECONSENT', 'PRIVACY', 'MARKETING']));
    expect(Object.keys(byCode)).not.toContain('ALL3'); // delivered, not answered
    expect(byCode.PRIVACY.lastDecision).toBeNull();
    const r = (await portal.ok(GIVE, { c: mine, f: [answer(byCode.PRIVACY), answer(byCode.ECONSENT)] })).portalGiveConsents;
    const records: Rec[] = [...r.records].reverse();
    expect(records.map((x) => [x.seq, x.formCode, x.decision, x.channel, x.givenBy])).toEqual([
      [1, 'ECONSENT', 'accepted', 'portal', 'client'],
      [2, 'PRIVACY', 'accepted', 'portal', 'client'],
    ]);
    expect(records[0].stamp).toMatch(/^\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}$/);
    expect(records[0].sentTo[0]).toMatch(/@example\.it$/);
    const evidence = await su.query<{ given_by: string; staff_user_id: string | null; session_id: string | null; ok: boolean }>(
      `select r.given_by, r.staff_user_id, r.session_id,
              exists (select 1 from portal_session s join portal_user u on u.id = s.portal_user_id where s.id = r.session_id and u.email = 'consent.client@example.com') as ok
         from consent_record r where r.client_id = $1 order by seq`,
      [mine],
    );
    expect(evidence.rows.map((e) => [e.given_by, e.staff_user_id, e.ok])).toEqual([
      ['client', null, true],
      ['client', null, true],
    ]);
    // staff see the same records on the card, from the portal
    const staffView = await agent.ok('query($c: ID!) { consentRecords(clientId: $c) { form { code } channel givenBy } }', { c: mine });
    expect(staffView.consentRecords.map((x: any) => [x.form.code, x.channel, x.givenBy])).toEqual([
      ['ECONSENT', 'PORTAL', 'CLIENT'],
      ['PRIVACY', 'PORTAL', 'CLIENT'],
    ]);
  });

  it("downloads a record's PDF from the portal with its stamp and hash, and audits the download naming the portal user", async () => {
    const records: Rec[] = (await portal.ok(CONSENTS, { c: mine })).portalConsents.records;
    const privacy = records.find((x) => x.formCode === 'PRIVACY')!;
    expect(privacy.pdfUrl).toMatch(/^\/portal\/files\/documents\/[0-9a-f-]{36}$/);
    const res = await portalDownload(portal, privacy.pdfUrl!);
    expect(res.status).toBe(200);
    const text = await pdfText(res.body);
    expect(text).toContain(privacy.stamp);
    expect(text.replace(/\s/g, '')).toContain(privacy.hash);
    const docId = privacy.pdfUrl!.split('/').pop();
    const audit = await su.query(`select action, channel, user_email, after->>'category' as category from audit_event where entity_type = 'StoredDocument' and entity_id = $1 and action = 'download'`, [docId]);
    expect(audit.rows).toEqual([{ action: 'download', channel: 'portal', user_email: 'consent.client@example.com', category: 'consent' }]);
  });
});

describe('re-consent at login (CN-5)', () => {
  it('asks again only for the forms changed since the client last answered them, shows what changed, and stops asking once answered', async () => {
    // marketing answered too; then the agency publishes a new marketing version
    const before = Object.fromEntries((await formsOf(portal, mine)).map((f) => [f.code, f]));
    await portal.ok(GIVE, { c: mine, f: [answer(before.MARKETING)] });
    expect((await formsOf(portal, mine)).filter((f) => f.pending)).toEqual([]);
    await agent.ok(SAVE_DRAFT, {
      id: F.MARKETING.id,
      input: draft('it', 'Marketing 2', 'Nuovo testo del consenso al marketing.', [
        { key: 'email', required: false, text: 'Offerte via e-mail' },
        { key: 'sms', required: false, text: 'Offerte via SMS' },
      ]),
    });
    await agent.ok(PUBLISH, { id: F.MARKETING.id });
    const forms = await formsOf(portal, mine);
    expect(forms.filter((f) => f.pending).map((f) => f.code)).toEqual(['MARKETING']);
    const marketing = forms.find((f) => f.code === 'MARKETING')!;
    expect(marketing.version).toBe(before.MARKETING.version + 1);
    expect(marketing.changes.length).toBeGreaterThan(0);
    // a form never answered (PROFILING) is not "pending": nothing was accepted that changed
    expect(forms.find((f) => f.code === 'PROFILING')!.pending).toBe(false);
    expect((await portal.ok(HOME)).portalHome.pendingForms.map((p: { formCode: string }) => p.formCode)).toEqual(['MARKETING']);
    // the home names the form by its new version's title in the language asked (only Italian given: the
    // Italian title for an English reader too), not by its code
    const TITLES = `query($l: String) { portalHome(lang: $l) { pendingForms { formCode formTitle } } }`;
    expect((await portal.ok(TITLES, { l: 'it' })).portalHome.pendingForms).toEqual([{ formCode: 'MARKETING', formTitle: 'Marketing 2' }]);
    expect((await portal.ok(TITLES, { l: 'en' })).portalHome.pendingForms).toEqual([{ formCode: 'MARKETING', formTitle: 'Marketing 2' }]);
    await portal.ok(GIVE, { c: mine, f: [answer(marketing, false)] });
    expect((await formsOf(portal, mine)).filter((f) => f.pending)).toEqual([]);
    expect((await portal.ok(HOME)).portalHome.pendingForms).toEqual([]);
  });
});

describe('withdrawing on the portal', () => {
  it('withdraws an accepted consent in one action as a new stamped record answering every clause no; a second withdrawal is a CONFLICT', async () => {
    const n = await recordCount(mine);
    const privacy = (await formsOf(portal, mine)).find((f) => f.code === 'PRIVACY')!;
    expect(privacy.withdrawable).toBe(true);
    const r = (await portal.ok(WITHDRAW, { c: mine, f: privacy.formId })).portalWithdrawConsent;
    const last: Rec & { answers: Array<{ accepted: boolean }> } = r.records[0];
    expect([last.formCode, last.decision, last.channel, last.givenBy]).toEqual(['PRIVACY', 'withdrawn', 'portal', 'client']);
    expect(last.answers.every((a) => !a.accepted)).toBe(true);
    expect(last.pdfUrl).toMatch(/^\/portal\/files\/documents\//);
    expect(r.forms.find((f: Form) => f.code === 'PRIVACY').withdrawable).toBe(false);
    expect(await recordCount(mine)).toBe(n + 1);
    // the history lists every record of the chain, newest first
    expect(r.records.map((x: Rec) => x.seq)).toEqual(Array.from({ length: n + 1 }, (_, i) => n + 1 - i));
    expect((await portal.ok(CONSENTS, { c: mine })).portalConsents.records.map((x: Rec) => x.seq)).toEqual(Array.from({ length: n + 1 }, (_, i) => n + 1 - i));
    expect(await portal.code(WITHDRAW, { c: mine, f: privacy.formId })).toBe('CONFLICT');
    expect(await recordCount(mine)).toBe(n + 1);
  });
});

describe('bad input and isolation', () => {
  it('refuses unanswered clauses and unknown versions with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const n = await recordCount(mine);
    const profiling = (await formsOf(portal, mine)).find((f) => f.code === 'PROFILING')!;
    const unanswered = await portal.gql(GIVE, { c: mine, f: [{ formVersionId: profiling.versionId, answers: [] }] });
    expect(unanswered.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(unanswered)).toEqual(['forms.0.answers:unanswered']);
    const unknown = await portal.gql(GIVE, { c: mine, f: [answer(profiling), { formVersionId: '00000000-0000-4000-8000-000000000000', answers: [] }] });
    expect(fieldsOf(unknown)).toEqual(['forms.1.formVersionId:not_found']);
    const none = await portal.gql(GIVE, { c: mine, f: [] });
    expect(fieldsOf(none)).toEqual(['forms:required']);
    expect(await recordCount(mine)).toBe(n);
  });

  it("answers another grant's client NOT_FOUND on every consent operation and its PDFs 404, writing nothing", async () => {
    // the other family gives a consent; its PDF exists
    const theirForms = await formsOf(stranger, theirs);
    const given = (await stranger.ok(GIVE, { c: theirs, f: [answer(theirForms.find((f) => f.code === 'ECONSENT')!)] })).portalGiveConsents;
    const theirPdf: string = given.records[0].pdfUrl;
    const n = await recordCount(theirs);
    const eForm = theirForms.find((f) => f.code === 'ECONSENT')!;
    expect(await portal.code(CONSENTS, { c: theirs })).toBe('NOT_FOUND');
    expect(await portal.code(GIVE, { c: theirs, f: [answer(eForm)] })).toBe('NOT_FOUND');
    expect(await portal.code(WITHDRAW, { c: theirs, f: eForm.formId })).toBe('NOT_FOUND');
    expect(await recordCount(theirs)).toBe(n);
    const res = await portalDownload(portal, theirPdf);
    expect(res.status).toBe(404);
    expect(res.json.errors[0].extensions.code).toBe('NOT_FOUND');
    // nobody signed in, or a staff token: no portal session
    expect((await portalDownload(portalClient(t), theirPdf)).status).toBe(401);
    expect((await portalDownload(agent, theirPdf)).status).toBe(401);
    // a client document that is not a consent PDF (an identity scan) is not shared either
    const card = await su.query<{ id: string }>(`select id from document where client_id = $1 and category <> 'consent' limit 1`, [mine]);
    if (card.rows[0]) expect((await portalDownload(portal, `/portal/files/documents/${card.rows[0].id}`)).status).toBe(404);
  });

  it("refuses consents in staff's read-only \"view as\" (FORBIDDEN) and records nothing", async () => {
    const grant = await agent.ok('query($id: ID!) { portalGrant(id: $id) { users { id email } } }', { id: grantId });
    const member = grant.portalGrant.users.find((u: { email: string }) => u.email === 'consent.client@example.com');
    const ticket = (await agent.ok('mutation($id: ID!) { portalViewAs(grantUserId: $id) { token } }', { id: member.id })).portalViewAs;
    const viewer = portalClient(t);
    viewer.bearer = ticket.token;
    const n = await recordCount(mine);
    const forms = await formsOf(viewer, mine); // sees what the user sees
    const marketing = forms.find((f) => f.code === 'MARKETING')!;
    expect(await viewer.code(GIVE, { c: mine, f: [answer(marketing)] })).toBe('FORBIDDEN');
    expect(await viewer.code(WITHDRAW, { c: mine, f: marketing.formId })).toBe('FORBIDDEN');
    expect(await recordCount(mine)).toBe(n);
  });
});
