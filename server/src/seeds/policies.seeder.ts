import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { companyToday } from '../core/company-calendar.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Membership } from '../modules/base/users/membership.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { addDays, addMonths, buildSchedule, type InstallmentRow, splitOver } from '../modules/policies/installments.js';
import { PolicyInstallment } from '../modules/policies/installment.entity.js';
import { LineOfBusiness } from '../modules/policies/line-of-business.entity.js';
import { formatCents, parseCents } from '../modules/policies/money.js';
import { LineCode, PaymentFrequency as F, PolicyStatus as S } from '../modules/policies/policy.enums.js';
import { createInsurer, ensureLines } from '../modules/policies/reference-data.service.js';
import { Policy } from '../modules/policies/policy.entity.js';
import { allowedTransitions, IN_FORCE, INITIAL_STATUSES } from '../modules/policies/policy-status.js';
import { PolicyVersion, type VersionChange } from '../modules/policies/policy-version.entity.js';
import { termsOf } from '../modules/policies/policy-versions.js';
import { PolicyInsuredObject } from '../modules/policies/insured-object.entity.js';
import { PolicyInsuredPerson } from '../modules/policies/insured-person.entity.js';
import { InsuredObjectKind, InsuredPersonRole, PolicyVersionKind } from '../modules/policies/policy-changes.enums.js';
import { ClientAddress } from '../modules/clients/address.entity.js';
import { AddressKind } from '../modules/clients/client.enums.js';

/**
 * The policies module's demo data: per company its insurers, the ten lines of business (named for
 * its country) and 3 policies per client, across lines, insurers, frequencies and every status, with
 * their schedules; installments already due in policies in force are marked paid (as billing would).
 * Dates are relative to today, so some renewals are always due soon (every 5th policy in force ends
 * in 10, 40 or 70 days). Issue #9 §3–§4: every policy has its version 1; every 3rd policy in force
 * renews an earlier, fully paid period (every 6th two: renewal chains of three); two of every three with an installment
 * still to come were endorsed from its first unpaid one (version 2, +8 % premium, schedule re-split exactly); every 4th
 * has tacit renewal; home and business policies insure the client's risk address (else the residence),
 * every 2nd motor policy has a second driver (the next client). Rows are built with the
 * module's own rules (installments.ts splitter, the status paths checked against the transitions)
 * and written in one flush per company, so seeding stays fast; the database checks (gross = net +
 * taxes, cover order, company-keyed keys) apply. Deterministic: a seeded pseudo-random sequence.
 */
const INSURERS: Record<string, Array<{ name: string; code: string }>> = {
  IT: [
    { name: 'Generali Italia', code: 'GEN' },
    { name: 'UnipolSai Assicurazioni', code: 'UNI' },
    { name: 'Allianz S.p.A.', code: 'ALZ' },
    { name: 'AXA Assicurazioni', code: 'AXA' },
    { name: 'Reale Mutua', code: 'RMA' },
  ],
  NL: [
    { name: 'Nationale-Nederlanden', code: 'NN' },
    { name: 'Achmea Schadeverzekeringen', code: 'ACH' },
    { name: 'a.s.r. schadeverzekering', code: 'ASR' },
    { name: 'Allianz Benelux', code: 'ALZ' },
  ],
  default: [
    { name: 'Allianz', code: 'ALZ' },
    { name: 'AXA', code: 'AXA' },
    { name: 'Zurich', code: 'ZUR' },
  ],
};

/** How each status is reached: created in one status, then moved along the allowed transitions. */
const PATHS: Array<{ create: S; then?: S[]; foreign?: boolean }> = [
  { create: S.POLICY },
  { create: S.OWN },
  { create: S.POLICY },
  { create: S.OWN },
  { create: S.REQUEST },
  { create: S.OFFER },
  { create: S.APPLICATION },
  { create: S.INFO },
  { create: S.FOREIGN, foreign: true },
  { create: S.FOREIGN_PART, foreign: true },
  { create: S.POLICY, then: [S.BLOCKED] },
  { create: S.OFFER, then: [S.DORMANT] },
  { create: S.POLICY, then: [S.CANCELLED] },
];
// every path is one the API allows: a starting status, then allowed transitions
for (const p of PATHS) {
  let at = p.create;
  if (!INITIAL_STATUSES.includes(at)) throw new Error(`demo policies: ${at} is not a starting status`);
  for (const next of p.then ?? []) {
    if (!allowedTransitions(at).includes(next)) throw new Error(`demo policies: ${at} → ${next} is not allowed`);
    at = next;
  }
}

const FREQUENCIES = [F.ANNUAL, F.ANNUAL, F.SEMI_ANNUAL, F.QUARTERLY, F.MONTHLY, F.SINGLE];
const POLICIES_PER_CLIENT = 3;
const ENDORSEMENT_REASON: Record<string, string> = { IT: 'Aumento del massimale', NL: 'Verhoging verzekerd bedrag', default: 'Higher cover' };
const PAID_STATUSES: readonly S[] = [S.POLICY, S.OWN, S.FOREIGN, S.FOREIGN_PART, S.BLOCKED, S.CANCELLED];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedPolicies(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      await seedCompany(ctx, company);
    }
    await ctx.applyScope(undefined);
  });
}

async function seedCompany(ctx: RequestContext, company: Company): Promise<void> {
  const rnd = random([...company.code].reduce((h, c) => h * 31 + c.charCodeAt(0), 7));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const clients = await ctx.em.find(Client, { erasedAt: null }, { orderBy: { displayName: 'asc', id: 'asc' } });
  if (!clients.length) return;
  await ensureLines(ctx);
  const lines = await ctx.em.find(LineOfBusiness, {}, { orderBy: { code: 'asc' } });
  const insurers = [];
  for (const [i, ins] of (INSURERS[company.country] ?? INSURERS.default).entries()) {
    insurers.push(await createInsurer(ctx, { ...ins, taxId: null, agencyCode: `${company.code}-${String(i + 1).padStart(3, '0')}` }));
  }
  const producers = (await ctx.em.find(Membership, { active: true }, { populate: ['role'], orderBy: { createdAt: 'asc' } }))
    .filter((m) => m.role.getEntity().rights.includes('policies:create'))
    .map((m) => m.user.id);
  // the agency's own day (its time zone), as the platform counts due installments and renewals
  const today = await companyToday(ctx);
  const rows = (policy: Policy, schedule: InstallmentRow[], paidUntil: string | null, firstSeq = 1) =>
    schedule.forEach((row, i) =>
      ctx.em.create(PolicyInstallment, {
        company,
        policy,
        seq: firstSeq + i,
        dueDate: row.dueDate,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        net: formatCents(row.net),
        taxes: formatCents(row.taxes),
        gross: formatCents(row.gross),
        paidAt: paidUntil && row.dueDate <= paidUntil ? new Date(`${row.dueDate}T09:00:00Z`) : null,
      }),
    );
  const version = (policy: Policy, v: number, kind: PolicyVersionKind, effectiveDate: string, reason: string | null, changes: VersionChange[], objects: PolicyInsuredObject[] = []) =>
    ctx.em.create(PolicyVersion, { company, policy, version: v, kind, effectiveDate, reason, changes, terms: termsOf(policy, objects), createdBy: null, createdAt: new Date() });
  // insured objects and persons (issue #9 §2): the insured address of home and business policies (a
  // risk location of the client, else the residence), a second driver on every 2nd motor policy
  const addresses = await ctx.em.find(ClientAddress, {}, { orderBy: { position: 'asc', id: 'asc' } });
  const addressOf = (clientId: string) =>
    addresses.find((a) => a.client.id === clientId && a.kind === AddressKind.RISK) ?? addresses.find((a) => a.client.id === clientId && a.kind === AddressKind.RESIDENCE);
  let motor = 0;
  const insure = (policy: Policy, client: Client, line: LineOfBusiness): PolicyInsuredObject[] => {
    if ((line.code === LineCode.MOTOR_LIABILITY || line.code === LineCode.MOTOR_OWN_DAMAGE) && motor++ % 2 === 0 && clients.length > 1) {
      const driver = clients[(clients.indexOf(client) + 1) % clients.length];
      ctx.em.create(PolicyInsuredPerson, { company, policy, client: driver, role: InsuredPersonRole.DRIVER, createdAt: new Date() });
    }
    if (line.code !== LineCode.HOME && line.code !== LineCode.BUSINESS_MULTI_RISK) return [];
    const a = addressOf(client.id);
    if (!a) return [];
    const description = [a.line1, `${a.postalCode} ${a.city}`, a.country].join(', ');
    const insuredSum = formatCents(BigInt(15_000_000 + Math.floor(rnd() * 45_000_000)));
    return [ctx.em.create(PolicyInsuredObject, { company, policy, kind: InsuredObjectKind.ADDRESS, address: a, description, insuredSum, addedOn: policy.coverStart, removedOn: null, createdAt: new Date() })];
  };
  let n = 0;
  let inForce = 0;
  let endorsable = 0;
  for (const client of clients) {
    for (let k = 0; k < POLICIES_PER_CLIENT; k++) {
      const path = PATHS[n % PATHS.length];
      n++;
      const line = pick(lines);
      const insurer = pick(insurers);
      const frequency = pick(FREQUENCIES);
      const status = path.then?.at(-1) ?? path.create;
      const live = IN_FORCE.includes(status);
      const m = live ? inForce++ : -1;
      // cover started up to 11 months ago (renewals due within 30/60/90 days exist); ended ones for cancelled;
      // every 5th policy in force ends 10, 40 or 70 days from today (the renewals lists are never empty)
      let coverStart = addDays(today, -Math.floor(rnd() * (path.then?.includes(S.CANCELLED) ? 700 : 330)));
      if (live && m % 5 === 0) coverStart = addDays(addMonths(addDays(today, [10, 40, 70][(m / 5) % 3]), -12), 1);
      const coverEnd = addDays(addMonths(coverStart, 12), -1);
      const net = BigInt(15_000 + Math.floor(rnd() * 235_000));
      const rate = parseCents(line.defaultTaxRate)!;
      const taxes = (net * rate + 5_000n) / 10_000n;
      const base = {
        company,
        client,
        insurer,
        line,
        status,
        foreignBusiness: !!path.foreign,
        paymentFrequency: frequency,
        producerId: producers.length ? pick(producers) : null,
        notes: null,
        insuredSum: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      };
      const number = `${insurer.code}/${coverStart.slice(0, 4)}/${String(100_000 + n * 37).slice(-6)}`;
      // every 3rd policy in force renews an earlier period (every 6th: two earlier periods), fully paid
      let previous: Policy | null = null;
      const periodsBefore = live ? (m % 6 === 1 ? 2 : m % 3 === 1 ? 1 : 0) : 0;
      for (let b = periodsBefore; b >= 1; b--) {
        const start = addMonths(coverStart, -12 * b);
        const end = addDays(addMonths(start, 12), -1);
        const older: Policy = ctx.em.create(Policy, {
          ...base,
          number: `${number}-${start.slice(0, 4)}`,
          coverStart: start,
          coverEnd: end,
          issueDate: addDays(start, -10),
          premiumNet: formatCents(net),
          premiumTaxes: formatCents(taxes),
          premiumGross: formatCents(net + taxes),
          tacitRenewal: false,
          previous,
        });
        rows(older, buildSchedule({ frequency, coverStart: start, coverEnd: end, net, taxes }), end);
        version(older, 1, previous ? PolicyVersionKind.RENEWAL : PolicyVersionKind.ISSUED, start, null, []);
        previous = older;
      }
      const policy = ctx.em.create(Policy, {
        ...base,
        number,
        coverStart,
        coverEnd,
        issueDate: addDays(coverStart, -Math.floor(rnd() * 20)),
        premiumNet: formatCents(net),
        premiumTaxes: formatCents(taxes),
        premiumGross: formatCents(net + taxes),
        tacitRenewal: live && m % 4 === 3,
        previous,
      });
      const objects = insure(policy, client, line);
      const paidUntil = PAID_STATUSES.includes(status) ? today : null;
      const schedule = buildSchedule({ frequency, coverStart, coverEnd, net, taxes });
      // two of every three policies in force with an installment still to come were endorsed from its first unpaid period: +8 % net premium (and taxes at the rate)
      const cut = schedule.findIndex((r) => r.dueDate > today);
      const endorsed = live && cut > 0 && endorsable++ % 3 !== 2;
      if (!endorsed) {
        rows(policy, schedule, paidUntil);
        version(policy, 1, previous ? PolicyVersionKind.RENEWAL : PolicyVersionKind.ISSUED, coverStart, null, [], objects);
        continue;
      }
      version(policy, 1, previous ? PolicyVersionKind.RENEWAL : PolicyVersionKind.ISSUED, coverStart, null, [], objects);
      const kept = schedule.slice(0, cut);
      const newNet = net + (net * 8n) / 100n;
      const newTaxes = (newNet * rate + 5_000n) / 10_000n;
      const keptNet = kept.reduce((a, r) => a + r.net, 0n);
      const keptTaxes = kept.reduce((a, r) => a + r.taxes, 0n);
      rows(policy, kept, paidUntil);
      rows(policy, splitOver(schedule.slice(cut), newNet - keptNet, newTaxes - keptTaxes), null, cut + 1);
      const before = { premiumNet: policy.premiumNet, premiumTaxes: policy.premiumTaxes, premiumGross: policy.premiumGross };
      policy.premiumNet = formatCents(newNet);
      policy.premiumTaxes = formatCents(newTaxes);
      policy.premiumGross = formatCents(newNet + newTaxes);
      const changes = (['premiumNet', 'premiumTaxes', 'premiumGross'] as const).map((field) => ({ field, before: before[field], after: policy[field] }));
      version(policy, 2, PolicyVersionKind.ENDORSEMENT, schedule[cut].dueDate, ENDORSEMENT_REASON[company.country] ?? ENDORSEMENT_REASON.default, changes, objects);
    }
  }
  await ctx.em.flush();
}
