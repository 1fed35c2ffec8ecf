import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Membership } from '../modules/base/users/membership.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { addDays, addMonths, buildSchedule } from '../modules/policies/installments.js';
import { PolicyInstallment } from '../modules/policies/installment.entity.js';
import { LineOfBusiness } from '../modules/policies/line-of-business.entity.js';
import { formatCents, parseCents } from '../modules/policies/money.js';
import { PaymentFrequency as F, PolicyStatus as S } from '../modules/policies/policy.enums.js';
import { createInsurer, ensureLines } from '../modules/policies/reference-data.service.js';
import { Policy } from '../modules/policies/policy.entity.js';
import { allowedTransitions, INITIAL_STATUSES } from '../modules/policies/policy-status.js';

/**
 * The policies module's demo data: per company its insurers, the ten lines of business (named for
 * its country) and 3 policies per client, across lines, insurers, frequencies and every status, with
 * their schedules; installments already due in policies in force are marked paid (as billing would).
 * Dates are relative to today, so some renewals are always due soon. Rows are built with the
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
  const today = new Date().toISOString().slice(0, 10);
  let n = 0;
  for (const client of clients) {
    for (let k = 0; k < POLICIES_PER_CLIENT; k++) {
      const path = PATHS[n % PATHS.length];
      n++;
      const line = pick(lines);
      const insurer = pick(insurers);
      const frequency = pick(FREQUENCIES);
      // cover started up to 11 months ago (renewals due within 30/60/90 days exist); ended ones for cancelled
      const coverStart = addDays(today, -Math.floor(rnd() * (path.then?.includes(S.CANCELLED) ? 700 : 330)));
      const coverEnd = addDays(addMonths(coverStart, 12), -1);
      const net = BigInt(15_000 + Math.floor(rnd() * 235_000));
      const rate = parseCents(line.defaultTaxRate)!;
      const taxes = (net * rate + 5_000n) / 10_000n;
      const status = path.then?.at(-1) ?? path.create;
      const policy = ctx.em.create(Policy, {
        company,
        number: `${insurer.code}/${coverStart.slice(0, 4)}/${String(100_000 + n * 37).slice(-6)}`,
        client,
        insurer,
        line,
        status,
        foreignBusiness: !!path.foreign,
        coverStart,
        coverEnd,
        issueDate: addDays(coverStart, -Math.floor(rnd() * 20)),
        premiumNet: formatCents(net),
        premiumTaxes: formatCents(taxes),
        premiumGross: formatCents(net + taxes),
        paymentFrequency: frequency,
        producerId: producers.length ? pick(producers) : null,
        notes: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      const paid = PAID_STATUSES.includes(status);
      buildSchedule({ frequency, coverStart, coverEnd, net, taxes }).forEach((row, i) =>
        ctx.em.create(PolicyInstallment, {
          company,
          policy,
          seq: i + 1,
          dueDate: row.dueDate,
          periodStart: row.periodStart,
          periodEnd: row.periodEnd,
          net: formatCents(row.net),
          taxes: formatCents(row.taxes),
          gross: formatCents(row.gross),
          paidAt: paid && row.dueDate <= today ? new Date(`${row.dueDate}T09:00:00Z`) : null,
        }),
      );
    }
  }
  await ctx.em.flush();
}
