import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { DUTCH_PERSON, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { CREATE_POLICY, SET_STATUS, UPDATE_POLICY, policyInput, referenceData } from './policies-helpers.js';
import { RENEW, fromToday, markPaid, policyTablesSnapshot } from './policies-changes-helpers.js';
import { runLapseJob } from '../src/modules/policies/policy-lapse.job.js';
import { addMonths } from '../src/modules/policies/installments.js';

/**
 * Renewals (issue #9 §4) as an agency works them: the policies due in 30/60/90 days by producer and
 * insurer, renewing into the next period with the chain visible, tacit renewal, the nightly lapse job
 * (run twice: the second run changes nothing), active vs archived from the cover.
 */
let t: TestPlatform;
let marco: GqlClient; // ROSSI agent
let giulia: GqlClient; // ROSSI administrator
let laura: GqlClient; // ROSSI accountant (policies:view only)
let sanne: GqlClient; // VDBERG agent
let R: { clientId: string; insurerId: string; lineId: string };
let otherInsurer: string;
let marcoId: string;
let vPolicy: string;
let vInsurer: string;

beforeAll(async () => {
  t = await startTestPlatform(); // with the worker: the lapse job is its scheduled task
  [marco, giulia, laura, sanne] = await Promise.all([signedIn(t, USERS.rossiAgent), signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAccountant), signedIn(t, USERS.vdbergAgent)]);
  const r = await referenceData(giulia, 'RENR');
  otherInsurer = (await giulia.ok(`mutation { createInsurer(input: { name: "Other", code: "RENO" }) { id } }`)).createInsurer.id;
  R = { clientId: (await createClient(marco, italianPerson())).id, insurerId: r.insurerId, lineId: r.lines.home };
  marcoId = (await marco.ok(`{ me { user { id } } }`)).me.user.id;
  const pieter = await signedIn(t, USERS.vdbergAdmin);
  const v = await referenceData(pieter, 'RENV');
  vInsurer = v.insurerId;
  const vc = (await createClient(sanne, { ...DUTCH_PERSON, taxCode: '123456782' }, true)).id;
  vPolicy = (await sanne.ok(CREATE_POLICY, { input: policyInput({ clientId: vc, insurerId: v.insurerId, lineId: v.lines.home }, { coverStart: fromToday(-300), coverEnd: fromToday(20) }) })).createPolicy.id;
});
afterAll(async () => t?.stop());

/** A policy whose cover ends `endsIn` days from today (a year long). */
async function policyEnding(endsIn: number, overrides: Record<string, unknown> = {}) {
  const input = policyInput(R, { coverStart: fromToday(endsIn - 364), coverEnd: fromToday(endsIn), paymentFrequency: 'SEMI_ANNUAL', ...overrides });
  return (await marco.ok(CREATE_POLICY, { input })).createPolicy;
}
const DUE = `query($days: Int!, $f: RenewalsFilterInput) { renewalsDue(days: $days, filter: $f, first: 200) { total items { id number coverEnd } } }`;

describe('renewals due', () => {
  it('lists policies in force ending within 30, 60 or 90 days, soonest first, by insurer and producer; not renewed, not cancelled', async () => {
    const a = await policyEnding(10, { producerId: marcoId });
    const b = await policyEnding(45);
    const c = await policyEnding(80, { producerId: marcoId });
    const late = await policyEnding(120);
    const cancelled = await policyEnding(5);
    await marco.ok(SET_STATUS, { id: cancelled.id, s: 'CANCELLED' });
    const offer = await policyEnding(6, { status: 'OFFER' });
    const elsewhere = await policyEnding(7, { insurerId: otherInsurer });
    const ids = async (days: number, f: Record<string, unknown> = { insurerId: R.insurerId }) => (await marco.ok(DUE, { days, f })).renewalsDue.items.map((p: { id: string }) => p.id);
    expect(await ids(30)).toEqual([a.id]);
    expect(await ids(60)).toEqual([a.id, b.id]);
    expect(await ids(90)).toEqual([a.id, b.id, c.id]);
    expect(await ids(90, { insurerId: R.insurerId, producerId: marcoId })).toEqual([a.id, c.id]);
    expect(await ids(30, { insurerId: otherInsurer })).toEqual([elsewhere.id]);
    for (const p of [late, cancelled, offer]) expect(await ids(90)).not.toContain(p.id);
    // the demo portfolio has renewals due in each window
    for (const days of [30, 60, 90]) expect((await marco.ok(DUE, { days })).renewalsDue.total, `${days}`).toBeGreaterThan(0);
    // renewed: no longer due
    await marco.ok(RENEW, { id: a.id });
    expect(await ids(30)).toEqual([]);
  });

  it('refuses a window other than 30, 60 or 90 days naming days; another company\'s insurer lists nothing', async () => {
    const r = await marco.gql(DUE, { days: 45 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['days']);
    expect((await marco.ok(DUE, { days: 90, f: { insurerId: vInsurer } })).renewalsDue).toEqual({ total: 0, items: [] });
    expect((await laura.ok(DUE, { days: 90 })).renewalsDue.total).toBeGreaterThan(0);
  });
});

describe('demo data (seeds/policies.seeder.ts)', () => {
  it('gives the demo company endorsed policies with exact schedules, renewal chains of three periods, tacit renewals, insured addresses and drivers', async () => {
    const items: Array<Record<string, any>> = [];
    for (let offset = 0; ; offset += 100) {
      const page = (await laura.ok(`query($o: Int!) { policies(first: 100, offset: $o) { total items { id premiumGross tacitRenewal installments { gross } versions { version kind changes { field } terms { objects { kind } } } renewalChain { id }
        insuredObjects { kind insuredSum address { id } } insuredPersons { role } } } }`, { o: offset })).policies;
      items.push(...page.items);
      if (items.length >= page.total) break;
    }
    const endorsed = items.filter((p) => p.versions.length === 2);
    expect(endorsed.length).toBeGreaterThanOrEqual(3);
    for (const p of endorsed) {
      expect(p.versions.map((v: { kind: string }) => v.kind)).toEqual([expect.stringMatching(/ISSUED|RENEWAL/), 'ENDORSEMENT']);
      expect(p.installments.reduce((a: bigint, i: { gross: string }) => a + BigInt(i.gross.replace('.', '')), 0n)).toBe(BigInt(p.premiumGross.replace('.', '')));
    }
    expect(items.every((p) => p.versions.length >= 1)).toBe(true);
    expect(items.some((p) => p.renewalChain.length === 3)).toBe(true);
    expect(items.some((p) => p.tacitRenewal)).toBe(true);
    const insured = items.filter((p) => p.insuredObjects.length);
    expect(insured.length).toBeGreaterThan(2);
    for (const p of insured) {
      expect(p.insuredObjects).toEqual([{ kind: 'ADDRESS', insuredSum: expect.stringMatching(/^\d+\.\d\d$/), address: { id: expect.any(String) } }]);
      expect(p.versions[0].terms.objects).toEqual([{ kind: 'ADDRESS' }]);
    }
    expect(items.some((p) => p.insuredPersons.some((x: { role: string }) => x.role === 'DRIVER'))).toBe(true);
  });
});

describe('renewing a policy', () => {
  it('creates the next period from the day after the old cover ends, same client, insurer, line and premium, a new schedule, linked both ways', async () => {
    // a year's cover ending in 20 days: two half-year installments, whatever today is
    const old = await policyEnding(20, { number: 'REN-1', coverStart: addMonths(fromToday(21), -12), coverEnd: fromToday(20) });
    await markPaid(t, old.id, [1]);
    const n = (await marco.ok(RENEW, { id: old.id })).renewPolicy;
    const start = fromToday(21);
    expect(n).toMatchObject({
      number: `REN-1/${start.slice(0, 4)}`,
      status: 'POLICY',
      coverStart: start,
      premiumNet: '1000.00',
      premiumTaxes: '222.50',
      premiumGross: '1222.50',
      paymentFrequency: 'SEMI_ANNUAL',
      tacitRenewal: false,
      client: { id: R.clientId },
      insurer: { id: R.insurerId },
      line: { id: R.lineId },
      previous: { id: old.id, number: 'REN-1' },
      renewedBy: null,
      renewalChain: [{ id: old.id }, { id: n.id }],
    });
    expect(n.installments.map((i: { periodStart: string; gross: string; paid: boolean }) => [i.periodStart, i.gross, i.paid])).toEqual([
      [start, '611.25', false],
      [n.installments[1].periodStart, '611.25', false],
    ]);
    expect(n.versions.map((v: { version: number; kind: string; effectiveDate: string }) => [v.version, v.kind, v.effectiveDate])).toEqual([[1, 'RENEWAL', start]]);
    const back = (await marco.ok(`query($id: ID!) { policy(id: $id) { renewedBy { id } renewalChain { id } installments { paid } } }`, { id: old.id })).policy;
    expect(back).toEqual({ renewedBy: { id: n.id }, renewalChain: [{ id: old.id }, { id: n.id }], installments: [{ paid: true }, { paid: false }] });
  });

  it('renews only once (CONFLICT), and the chain of three periods is visible from any of them', async () => {
    const first = await policyEnding(15);
    const second = (await marco.ok(RENEW, { id: first.id, input: { number: 'CHAIN-2', premiumNet: '1100.00', premiumTaxes: '244.75', premiumGross: '1344.75', paymentFrequency: 'ANNUAL', tacitRenewal: true } })).renewPolicy;
    expect([second.premiumGross, second.paymentFrequency, second.tacitRenewal, second.installments.length]).toEqual(['1344.75', 'ANNUAL', true, 1]);
    const again = await marco.gql(RENEW, { id: first.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.renewedBy).toBe(second.id);
    const third = (await marco.ok(RENEW, { id: second.id, input: { number: 'CHAIN-3' } })).renewPolicy;
    const chain = [first.id, second.id, third.id].map((id) => ({ id }));
    expect(third.renewalChain).toEqual(chain);
    expect((await marco.ok(`query($id: ID!) { policy(id: $id) { renewalChain { id } previous { id } renewedBy { id } } }`, { id: second.id })).policy).toEqual({ renewalChain: chain, previous: { id: first.id }, renewedBy: { id: third.id } });
  });

  it('gives a renewal of a policy with a 60-character number a default number that still fits (no refusal, no job failure)', async () => {
    const long = `L${'0'.repeat(59)}`;
    const old = await policyEnding(12, { number: long });
    const n = (await marco.ok(RENEW, { id: old.id })).renewPolicy;
    expect(n.number).toBe(`${long.slice(0, 52)}/${fromToday(13).slice(0, 4)}`);
    expect(n.number.length).toBeLessThanOrEqual(60);
  });

  it('refuses bad renewal input naming each field and saves nothing; a policy not in force cannot be renewed (CONFLICT)', async () => {
    const old = await policyEnding(25);
    const before = await policyTablesSnapshot(t, 'ROSSI');
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ premiumNet: '900.00', premiumTaxes: '100.00', premiumGross: '1000.01' }, ['premiumGross']],
      [{ premiumNet: '900.00' }, ['premiumGross']],
      [{ premiumNet: '-1.00', premiumTaxes: '0.00', premiumGross: '0.00' }, ['premiumNet']],
      [{ coverEnd: fromToday(10) }, ['coverEnd']],
      [{ coverEnd: '2027-02-30' }, ['coverEnd']],
      [{ number: old.number }, ['number']],
    ];
    for (const [input, fields] of cases) {
      const r = await marco.gql(RENEW, { id: old.id, input });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r), JSON.stringify(input)).toEqual(fields);
    }
    expect(await policyTablesSnapshot(t, 'ROSSI')).toBe(before);
    const offer = await policyEnding(25, { status: 'OFFER' });
    const withOffer = await policyTablesSnapshot(t, 'ROSSI');
    expect(await marco.code(RENEW, { id: offer.id })).toBe('CONFLICT');
    expect(await policyTablesSnapshot(t, 'ROSSI')).toBe(withOffer);
  });

  it('refuses another company\'s policy (NOT_FOUND) and an accountant (FORBIDDEN), changing nothing', async () => {
    const mine = await policyEnding(30);
    const [rossi, vdberg] = [await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')];
    expect(await marco.code(RENEW, { id: vPolicy })).toBe('NOT_FOUND');
    expect(await sanne.code(RENEW, { id: mine.id })).toBe('NOT_FOUND');
    expect(await laura.code(RENEW, { id: mine.id })).toBe('FORBIDDEN');
    expect([await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')]).toEqual([rossi, vdberg]);
  });
});

describe('tacit renewal, the lapse job, active vs archived', () => {
  it('keeps tacitRenewal as a per-policy flag: set on create, unchanged when an update leaves it out, cleared when given false', async () => {
    const p = (await marco.ok(CREATE_POLICY, { input: policyInput(R, { tacitRenewal: true }) })).createPolicy;
    const read = async () => (await marco.ok(`query($id: ID!) { policy(id: $id) { tacitRenewal } }`, { id: p.id })).policy.tacitRenewal;
    expect(await read()).toBe(true);
    const { status: _s, ...input } = policyInput(R, { number: p.number });
    await marco.ok(UPDATE_POLICY, { id: p.id, input });
    expect(await read()).toBe(true);
    await marco.ok(UPDATE_POLICY, { id: p.id, input: { ...input, tacitRenewal: false } });
    expect(await read()).toBe(false);
  });

  it('refuses a cover date that is no calendar day (2026-13-01) naming the field instead of failing', async () => {
    const r = await marco.gql(CREATE_POLICY, { input: policyInput(R, { coverStart: '2026-13-01' }) });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['coverStart']);
  });

  it('lapses policies whose cover ended without renewal (dormant), renews tacit ones, and a second run changes nothing', async () => {
    const lapsing = await policyEnding(-3);
    const tacit = await policyEnding(-2, { tacitRenewal: true, number: 'TACIT-1' });
    const renewed = await policyEnding(-4);
    const successor = (await marco.ok(RENEW, { id: renewed.id })).renewPolicy;
    const running = await policyEnding(40);
    const blocked = await policyEnding(-5);
    await marco.ok(SET_STATUS, { id: blocked.id, s: 'BLOCKED' });

    await runLapseJob(t.orm, t.config);
    const q = `query($id: ID!) { policy(id: $id) { status active renewedBy { id number coverStart tacitRenewal status previous { id } } } }`;
    const read = async (id: string) => (await marco.ok(q, { id })).policy;
    expect(await read(lapsing.id)).toEqual({ status: 'DORMANT', active: false, renewedBy: null });
    const t1 = await read(tacit.id);
    expect(t1).toMatchObject({ status: 'POLICY', active: false, renewedBy: { number: `TACIT-1/${fromToday(-1).slice(0, 4)}`, coverStart: fromToday(-1), tacitRenewal: true, status: 'POLICY', previous: { id: tacit.id } } });
    expect((await read(t1.renewedBy.id)).active).toBe(true);
    expect(await read(renewed.id)).toMatchObject({ status: 'POLICY', renewedBy: { id: successor.id } });
    expect(await read(running.id)).toEqual({ status: 'POLICY', active: true, renewedBy: null });
    expect((await read(blocked.id)).status).toBe('BLOCKED');

    const [rossi, vdberg] = [await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')];
    expect(await runLapseJob(t.orm, t.config)).toEqual({ lapsed: 0, renewed: 0 });
    expect([await policyTablesSnapshot(t, 'ROSSI'), await policyTablesSnapshot(t, 'VDBERG')]).toEqual([rossi, vdberg]);
    // the job's changes are in the policy's history, made by the platform
    const trail = (await giulia.ok(`query($id: ID!) { policyAuditTrail(policyId: $id) { nodes { action entityType channel userId after } } }`, { id: lapsing.id })).policyAuditTrail.nodes;
    expect(trail[0]).toMatchObject({ action: 'update', entityType: 'Policy', channel: 'system', userId: null, after: expect.objectContaining({ status: 'dormant' }) });
  });

  it('has the worker schedule the lapse job every night and run it when it is due', async () => {
    const ended = await policyEnding(-6);
    const su = await t.superuser();
    const until = async (what: string, check: () => Promise<boolean>) => {
      for (const stop = Date.now() + 20_000; !(await check()); ) {
        if (Date.now() > stop) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    try {
      await until('the crontab entry', async () => (await su.query(`select 1 from graphile_worker._private_known_crontabs where identifier = 'policies_lapse'`)).rowCount === 1);
      await su.query(`select graphile_worker.add_job('policies_lapse', '{}'::json)`); // what the crontab does at 02:15
      await until('the lapse', async () => (await marco.ok(`query($id: ID!) { policy(id: $id) { status } }`, { id: ended.id })).policy.status === 'DORMANT');
    } finally {
      await su.end();
    }
  });

  it('shows a cancelled policy and a policy whose cover ended as archived (active false)', async () => {
    const ended = await policyEnding(-30);
    const current = await policyEnding(100);
    const cancelled = await policyEnding(100);
    await marco.ok(SET_STATUS, { id: cancelled.id, s: 'CANCELLED' });
    const active = async (id: string) => (await marco.ok(`query($id: ID!) { policy(id: $id) { active } }`, { id })).policy.active;
    expect([await active(ended.id), await active(current.id), await active(cancelled.id)]).toEqual([false, true, false]);
  });
});
