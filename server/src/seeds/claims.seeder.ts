import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Membership } from '../modules/base/users/membership.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { Policy } from '../modules/policies/policy.entity.js';
import { PolicyStatus } from '../modules/policies/policy.enums.js';
import { Vehicle } from '../modules/policies/vehicles/vehicle.entity.js';
import { MOTOR_LINES } from '../modules/policies/vehicles/vehicle.service.js';
import { formatCents } from '../modules/policies/money.js';
import { Claim, ClaimMoney, ClaimParty, ClaimStatusChange } from '../modules/claims/claim.entity.js';
import { ClaimMoneyKind, ClaimPartyRole, ClaimStatus as S } from '../modules/claims/claim.enums.js';
import { allowedClaimTransitions, PAYMENT_STATUSES, reasonRequired } from '../modules/claims/claim-status.js';
import { demoPlate } from './vehicles.seeder.js';

/**
 * The claims' demo data: about one claim for every two clients (at least two of each path), in every state of the workflow
 * (including a closed claim reopened with a reason), most under one of the client's policies in
 * force, motor claims with a counterparty and its plate; a reserve on every claim worked, payments
 * within it on settled ones. Each status path is checked against the workflow data; every step is a
 * row of the history. One flush per company; deterministic.
 */
const PATHS: S[][] = [
  [S.REPORTED],
  [S.REPORTED, S.IN_REVIEW],
  [S.REPORTED, S.IN_REVIEW],
  [S.REPORTED, S.IN_REVIEW, S.SETTLED],
  [S.REPORTED, S.IN_REVIEW, S.REJECTED],
  [S.REPORTED, S.IN_REVIEW, S.SETTLED, S.CLOSED],
  [S.REPORTED, S.IN_REVIEW, S.SETTLED, S.CLOSED],
  [S.REPORTED, S.IN_REVIEW, S.REJECTED, S.CLOSED],
  [S.REPORTED, S.IN_REVIEW, S.SETTLED, S.CLOSED, S.IN_REVIEW],
];
for (const path of PATHS) {
  for (let i = 1; i < path.length; i++) {
    if (!allowedClaimTransitions(path[i - 1]).includes(path[i])) throw new Error(`demo claims: ${path[i - 1]} → ${path[i]} is not allowed`);
  }
}

const TEXTS: Record<string, { motor: string[]; other: string[]; places: string[]; reopen: string; reject: string; counterparties: string[]; insurers: string[] }> = {
  IT: {
    motor: ['Tamponamento al semaforo, paraurti posteriore danneggiato.', 'Urto in parcheggio, fiancata destra graffiata.', 'Grandinata: carrozzeria e parabrezza danneggiati.'],
    other: ["Perdita d'acqua dal piano superiore, soffitto della cucina danneggiato.", 'Furto con scasso, sottratti gioielli e un computer.', 'Caduta sulle scale del condominio, frattura del polso.'],
    places: ['Milano, Corso Buenos Aires 12', 'Napoli, Via Toledo 101', 'Roma, Piazza Bologna', 'Torino, Via Roma 45', 'Bologna, Via Emilia Ponente'],
    reopen: 'Nuova fattura della carrozzeria dopo la chiusura.',
    reject: 'Danno escluso dalle condizioni di polizza.',
    counterparties: ['Giovanni Marino', 'Francesca Greco', 'Autotrasporti Lombardi Srl', 'Alessandro Ricci'],
    insurers: ['Generali Italia', 'UnipolSai', 'Allianz', 'AXA Assicurazioni'],
  },
  NL: {
    motor: ['Aanrijding van achteren bij verkeerslicht, achterbumper beschadigd.', 'Parkeerschade, rechterportier ingedeukt.', 'Hagelschade aan motorkap en voorruit.'],
    other: ['Waterschade door lekkage bij de bovenburen, plafond keuken beschadigd.', 'Inbraak, sieraden en laptop gestolen.', 'Val van de trap in het portiek, pols gebroken.'],
    places: ['Amsterdam, Stadhouderskade', 'Utrecht, Catharijnesingel', 'Rotterdam, Coolsingel', 'Den Haag, Laan van Meerdervoort', 'Haarlem, Grote Markt'],
    reopen: 'Nieuwe factuur van de schadehersteller na afsluiting.',
    reject: 'Schade valt buiten de polisvoorwaarden.',
    counterparties: ['Pieter Bakker', 'Anouk Smit', 'Transportbedrijf Mulder BV', 'Ruben de Graaf'],
    insurers: ['Nationale-Nederlanden', 'Achmea', 'a.s.r.', 'Allianz Benelux'],
  },
  default: {
    motor: ['Rear-ended at a traffic light, rear bumper damaged.', 'Parking damage, right door dented.', 'Hail damage to bonnet and windscreen.'],
    other: ['Water damage from a leak upstairs, kitchen ceiling damaged.', 'Burglary, jewellery and a laptop stolen.', 'Fall on the stairs, broken wrist.'],
    places: ['Main Street 1', 'Station Square', 'Market Place 12'],
    reopen: 'New invoice from the repair shop after closing.',
    reject: 'Damage excluded by the policy conditions.',
    counterparties: ['John Miller', 'Emma Brown', 'Fast Freight Ltd'],
    insurers: ['Allianz', 'AXA', 'Zurich'],
  },
};
const IN_FORCE: readonly PolicyStatus[] = [PolicyStatus.POLICY, PolicyStatus.OWN, PolicyStatus.FOREIGN, PolicyStatus.FOREIGN_PART, PolicyStatus.BLOCKED];

export async function seedClaims(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      await seedCompany(ctx, company);
    }
    await ctx.applyScope(undefined);
  });
}

async function seedCompany(ctx: RequestContext, company: Company): Promise<void> {
  const clients = await ctx.em.find(Client, { erasedAt: null }, { orderBy: { displayName: 'asc', id: 'asc' } });
  if (!clients.length) return;
  const texts = TEXTS[company.country] ?? TEXTS.default;
  const policies = await ctx.em.find(Policy, { status: { $in: [...IN_FORCE] } }, { populate: ['line'], orderBy: { coverStart: 'asc', id: 'asc' } });
  const vehicles = await ctx.em.find(Vehicle, { soldOn: null }, { fields: ['id', 'client'] });
  const handlers = (await ctx.em.find(Membership, { active: true }, { populate: ['role'], orderBy: { createdAt: 'asc' } }))
    .filter((m) => m.role.getEntity().rights.includes('claims:edit'))
    .map((m) => m.user.id);
  const now = Date.now();
  const day = 86_400_000;
  let n = 0;
  const count = Math.max(PATHS.length * 2, Math.ceil(clients.length / 2));
  for (let k = 0; k < count; k++) {
    const client = clients[(k * 3) % clients.length];
    const path = PATHS[n % PATHS.length];
    const own = policies.filter((p) => p.client.id === client.id);
    const policy = n % 6 === 5 || !own.length ? null : own[n % own.length];
    const motor = !!policy && MOTOR_LINES.includes(policy.line.getEntity().code);
    const ageDays = 3 + ((n * 37) % 330);
    const reportedAt = new Date(now - ageDays * day);
    const lossDate = new Date(reportedAt.getTime() - ((n % 5) + 1) * day).toISOString().slice(0, 10);
    const claim = ctx.em.create(Claim, {
      company,
      client,
      policy,
      status: path.at(-1)!,
      lossDate,
      lossTime: `${String(7 + (n % 13)).padStart(2, '0')}:${String((n * 17) % 60).padStart(2, '0')}`,
      lossPlace: texts.places[n % texts.places.length],
      description: (motor ? texts.motor : texts.other)[n % 3],
      insurerClaimNumber: path.length > 1 ? `${company.code}-S-${reportedAt.getUTCFullYear()}-${String(1000 + n * 7).padStart(5, '0')}` : null,
      handlerId: path.length > 1 && handlers.length ? handlers[n % handlers.length] : null,
      reportedAt,
      statusChangedAt: reportedAt,
      createdAt: reportedAt,
      updatedAt: reportedAt,
    });
    if (motor) {
      ctx.em.create(ClaimParty, {
        company,
        claim,
        seq: 1,
        name: texts.counterparties[n % texts.counterparties.length],
        role: ClaimPartyRole.COUNTERPARTY,
        insurerName: texts.insurers[n % texts.insurers.length],
        plate: demoPlate(company.country, 5000 + n),
      });
      const car = vehicles.find((v) => v.client.id === client.id);
      if (car && n % 2 === 0) ctx.em.create(ClaimParty, { company, claim, seq: 2, name: client.displayName, role: ClaimPartyRole.DRIVER, insurerName: null, plate: null });
    }
    // the workflow, one step every few days
    let at = reportedAt.getTime();
    path.forEach((to, i) => {
      if (i > 0) at = Math.min(at + (2 + ((n + i) % 9)) * day, now - 60_000);
      const from = i === 0 ? null : path[i - 1];
      const reason = from && reasonRequired(from, to) ? texts.reopen : to === S.REJECTED ? texts.reject : null;
      ctx.em.create(ClaimStatusChange, { company, claim, fromStatus: from, toStatus: to, reason, changedBy: i === 0 ? null : claim.handlerId ?? null, changedAt: new Date(at) });
    });
    claim.statusChangedAt = new Date(at);
    // money: a reserve once the claim is worked; payments within it when it was settled
    if (path.length > 1) {
      const reserve = BigInt(20_000 + ((n * 7_919) % 780_000)); // 200.00 … 8,000.00
      const entryDate = (ms: number) => new Date(Math.max(ms, Date.parse(`${lossDate}T12:00:00Z`))).toISOString().slice(0, 10);
      let seq = 0;
      ctx.em.create(ClaimMoney, { company, claim, seq: ++seq, kind: ClaimMoneyKind.RESERVE, amount: formatCents(reserve), entryDate: entryDate(reportedAt.getTime() + day), payee: null, note: null, createdBy: claim.handlerId ?? null, createdAt: new Date(reportedAt.getTime() + day) });
      if (path.includes(S.SETTLED) && PAYMENT_STATUSES.includes(S.SETTLED)) {
        const first = (reserve * 60n) / 100n;
        const second = path.at(-1) === S.SETTLED ? (reserve * 25n) / 100n : reserve - first;
        const paidAt = Math.min(reportedAt.getTime() + 10 * day, now - day);
        ctx.em.create(ClaimMoney, { company, claim, seq: ++seq, kind: ClaimMoneyKind.PAYMENT, amount: formatCents(first), entryDate: entryDate(paidAt), payee: client.displayName, note: null, createdBy: claim.handlerId ?? null, createdAt: new Date(paidAt) });
        ctx.em.create(ClaimMoney, { company, claim, seq: ++seq, kind: ClaimMoneyKind.PAYMENT, amount: formatCents(second), entryDate: entryDate(paidAt), payee: motor ? texts.counterparties[(n + 1) % texts.counterparties.length] : client.displayName, note: null, createdBy: claim.handlerId ?? null, createdAt: new Date(paidAt) });
      }
    }
    n++;
  }
  await ctx.em.flush();
}
