import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Membership } from '../modules/base/users/membership.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { ClientKind } from '../modules/clients/client.enums.js';
import { Insurer } from '../modules/policies/insurer.entity.js';
import { LineOfBusiness } from '../modules/policies/line-of-business.entity.js';
import { LineCode } from '../modules/policies/policy.enums.js';
import type { Answer, ProductVersionInput } from '../modules/products/product-design.types.js';
import { checkDesign } from '../modules/products/product-design.js';
import { checkAnswers } from '../modules/products/answers.js';
import { Product, ProductVersion, ProductVersionEvent } from '../modules/products/product.entity.js';
import { ProductOffer, QuoteRequest } from '../modules/products/offer.entity.js';
import { QuoteWebsite } from '../modules/products/quote-website.entity.js';
import { AdjustmentKind, OfferStatus, ProductVersionStatus as S, QuestionType as Q, QuoteRequestStatus } from '../modules/products/product.enums.js';
import { transitionsFrom } from '../modules/products/product-status.js';
import { rate } from '../modules/products/rating.js';

/**
 * The products' demo data (issue #10 §8): in every demo company a motor product (published), a home
 * product (in test) and a liability product (submitted, awaiting approval), each with its life-cycle
 * history (the path checked against the life-cycle data; the approver, an administrator holding
 * products:approve, is never the author); offers on demo clients rated by the rating engine (one an
 * application, one expired, one TEST offer on the home product) and a quote request waiting. The
 * designs pass the same checks as the designer. Deterministic; one flush per company.
 */
type Texts = { en: string; it: string; de: string; nl: string; pl: string };
const L = (en: string, it: string, de: string, nl: string, pl: string): Texts => ({ en, it, de, nl, pl });

const MOTOR: ProductVersionInput = {
  names: L('Motor Easy', 'Auto Facile', 'Auto Einfach', 'Auto Eenvoudig', 'Auto Łatwo'),
  questions: [
    { key: 'driverAge', type: Q.NUMBER, required: true, label: L('Age of the main driver', 'Età del conducente principale', 'Alter des Hauptfahrers', 'Leeftijd hoofdbestuurder', 'Wiek głównego kierowcy'), unit: 'years', min: '18', max: '99' },
    { key: 'powerKw', type: Q.NUMBER, required: true, label: L('Engine power', 'Potenza del motore', 'Motorleistung', 'Motorvermogen', 'Moc silnika'), unit: 'kW', min: '20', max: '500' },
    { key: 'usage', type: Q.SINGLE_CHOICE, required: true, label: L('Use', 'Uso', 'Nutzung', 'Gebruik', 'Użytkowanie'), options: [{ value: 'private', label: L('Private', 'Privato', 'Privat', 'Privé', 'Prywatne') }, { value: 'business', label: L('Business', 'Professionale', 'Geschäftlich', 'Zakelijk', 'Służbowe') }] },
    { key: 'claimsFree', type: Q.YES_NO, required: true, label: L('No claims in the last 5 years?', 'Nessun sinistro negli ultimi 5 anni?', 'Schadenfrei in den letzten 5 Jahren?', 'Schadevrij in de laatste 5 jaar?', 'Bez szkód w ostatnich 5 latach?'), help: L('Claims you caused', 'Sinistri causati da lei', 'Von Ihnen verursachte Schäden', 'Schades die u veroorzaakte', 'Szkody przez Ciebie spowodowane') },
    { key: 'claimsCount', type: Q.NUMBER, required: true, label: L('How many claims?', 'Quanti sinistri?', 'Wie viele Schäden?', 'Hoeveel schades?', 'Ile szkód?'), min: '0', max: '20', showWhen: { question: 'claimsFree', anyOf: ['false'] } },
    { key: 'extras', type: Q.MULTIPLE_CHOICE, required: false, label: L('Extras', 'Garanzie aggiuntive', 'Zusatzleistungen', 'Aanvullende dekkingen', 'Dodatki'), options: [{ value: 'glass', label: L('Glass', 'Cristalli', 'Glas', 'Ruiten', 'Szyby') }, { value: 'assistance', label: L('Roadside assistance', 'Assistenza stradale', 'Pannenhilfe', 'Pechhulp', 'Assistance') }] },
  ],
  rating: {
    basePremium: '400.00',
    minimumPremium: '350.00',
    factors: [
      { key: 'age', label: L('Driver age', 'Età', 'Alter', 'Leeftijd', 'Wiek'), question: 'driverAge', bands: [{ from: '18', to: '25', multiplier: '1.5' }, { from: '25', to: '70', multiplier: '1' }, { from: '70', multiplier: '1.2' }] },
      { key: 'power', label: L('Power', 'Potenza', 'Leistung', 'Vermogen', 'Moc'), question: 'powerKw', bands: [{ to: '75', multiplier: '0.9' }, { from: '75', to: '150', multiplier: '1' }, { from: '150', multiplier: '1.35' }] },
      { key: 'use', label: L('Use', 'Uso', 'Nutzung', 'Gebruik', 'Użytkowanie'), question: 'usage', choices: [{ value: 'private', multiplier: '1' }, { value: 'business', multiplier: '1.25' }] },
      { key: 'extraCover', label: L('Extras', 'Garanzie aggiuntive', 'Zusatzleistungen', 'Aanvullende dekkingen', 'Dodatki'), question: 'extras', choices: [{ value: 'glass', multiplier: '1.05' }, { value: 'assistance', multiplier: '1.02' }] },
    ],
    adjustments: [
      { key: 'claimsLoad', label: L('Claims loading', 'Maggiorazione sinistri', 'Schadenzuschlag', 'Schadetoeslag', 'Zwyżka za szkody'), kind: AdjustmentKind.LOADING, percent: '20', when: '{">": [{"var": "claimsCount"}, 1]}' },
      { key: 'bonus', label: L('No-claims discount', 'Sconto assenza sinistri', 'Schadenfreiheitsrabatt', 'No-claimkorting', 'Zniżka bezszkodowa'), kind: AdjustmentKind.DISCOUNT, percent: '10', when: '{"==": [{"var": "claimsFree"}, true]}' },
    ],
  },
};

const HOME: ProductVersionInput = {
  names: L('Home Safe', 'Casa Sicura', 'Zuhause Sicher', 'Thuis Veilig', 'Bezpieczny Dom'),
  questions: [
    { key: 'buildingValue', type: Q.NUMBER, required: true, label: L('Rebuilding value', 'Valore di ricostruzione', 'Wiederaufbauwert', 'Herbouwwaarde', 'Wartość odtworzeniowa'), unit: '€', min: '50000', max: '2000000' },
    { key: 'construction', type: Q.SINGLE_CHOICE, required: true, label: L('Construction', 'Costruzione', 'Bauweise', 'Bouwaard', 'Konstrukcja'), options: [{ value: 'masonry', label: L('Masonry', 'Muratura', 'Massiv', 'Steen', 'Murowana') }, { value: 'timber', label: L('Timber', 'Legno', 'Holz', 'Hout', 'Drewniana') }] },
    { key: 'alarm', type: Q.YES_NO, required: true, label: L('Burglar alarm?', 'Impianto d\'allarme?', 'Alarmanlage?', 'Inbraakalarm?', 'Alarm?') },
    { key: 'riskAddress', type: Q.ADDRESS, required: true, label: L('Address of the home', 'Indirizzo dell\'abitazione', 'Adresse', 'Adres van de woning', 'Adres domu') },
  ],
  rating: {
    basePremium: '150.00',
    minimumPremium: '120.00',
    factors: [
      { key: 'value', label: L('Value', 'Valore', 'Wert', 'Waarde', 'Wartość'), question: 'buildingValue', bands: [{ to: '250000', multiplier: '1' }, { from: '250000', to: '500000', multiplier: '1.6' }, { from: '500000', multiplier: '2.4' }] },
      { key: 'build', label: L('Construction', 'Costruzione', 'Bauweise', 'Bouwaard', 'Konstrukcja'), question: 'construction', choices: [{ value: 'masonry', multiplier: '1' }, { value: 'timber', multiplier: '1.4' }] },
    ],
    adjustments: [{ key: 'alarmDiscount', label: L('Alarm discount', 'Sconto allarme', 'Alarmrabatt', 'Alarmkorting', 'Zniżka za alarm'), kind: AdjustmentKind.DISCOUNT, percent: '5', when: '{"==": [{"var": "alarm"}, true]}' }],
  },
};

const LIABILITY: ProductVersionInput = {
  names: L('Family Liability', 'RC Famiglia', 'Privathaftpflicht', 'Aansprakelijkheid Gezin', 'OC Rodzina'),
  questions: [
    { key: 'household', type: Q.NUMBER, required: true, label: L('People in the household', 'Componenti del nucleo', 'Personen im Haushalt', 'Personen in het huishouden', 'Osoby w gospodarstwie'), min: '1', max: '10' },
    { key: 'pets', type: Q.YES_NO, required: true, label: L('Pets?', 'Animali domestici?', 'Haustiere?', 'Huisdieren?', 'Zwierzęta?') },
    { key: 'dogs', type: Q.NUMBER, required: true, label: L('How many dogs?', 'Quanti cani?', 'Wie viele Hunde?', 'Hoeveel honden?', 'Ile psów?'), min: '0', max: '5', showWhen: { question: 'pets', anyOf: ['true'] } },
  ],
  rating: {
    basePremium: '60.00',
    factors: [{ key: 'size', label: L('Household', 'Nucleo', 'Haushalt', 'Huishouden', 'Gospodarstwo'), question: 'household', bands: [{ to: '3', multiplier: '1' }, { from: '3', multiplier: '1.3' }] }],
    adjustments: [{ key: 'dogLoad', label: L('Dogs', 'Cani', 'Hunde', 'Honden', 'Psy'), kind: AdjustmentKind.LOADING, percent: '15', when: '{">": [{"var": "dogs"}, 0]}' }],
  },
};

const DESIGNS: Array<{ code: string; line: LineCode; design: ProductVersionInput; path: S[] }> = [
  { code: 'MOTOR-EASY', line: LineCode.MOTOR_LIABILITY, design: MOTOR, path: [S.DRAFT, S.SUBMITTED, S.APPROVED, S.TEST, S.PUBLISHED] },
  { code: 'HOME-SAFE', line: LineCode.HOME, design: HOME, path: [S.DRAFT, S.SUBMITTED, S.APPROVED, S.TEST] },
  { code: 'FAMILY-LIAB', line: LineCode.LIABILITY, design: LIABILITY, path: [S.DRAFT, S.SUBMITTED] },
];
const checked = DESIGNS.map((d) => {
  const { issues, value } = checkDesign(d.design);
  if (issues.length) throw new Error(`demo product ${d.code}: ${JSON.stringify(issues)}`);
  d.path.slice(1).forEach((to, i) => {
    if (!transitionsFrom(d.path[i]).some((x) => x.to === to)) throw new Error(`demo products: ${d.path[i]} → ${to} is not allowed`);
  });
  return { ...d, value };
});

const MOTOR_ANSWERS: Array<Record<string, string | string[]>> = [
  { driverAge: '34', powerKw: '85', usage: 'private', claimsFree: 'true' },
  { driverAge: '22', powerKw: '110', usage: 'private', claimsFree: 'false', claimsCount: '2', extras: ['glass'] },
  { driverAge: '51', powerKw: '66', usage: 'private', claimsFree: 'true', extras: ['assistance'] },
  { driverAge: '45', powerKw: '160', usage: 'business', claimsFree: 'false', claimsCount: '1' },
  { driverAge: '72', powerKw: '70', usage: 'private', claimsFree: 'true', extras: ['glass', 'assistance'] },
];
const asInput = (a: Record<string, string | string[]>) => Object.entries(a).map(([question, v]) => (Array.isArray(v) ? { question, values: v } : { question, value: v }));
const noLookup = { vehicle: async () => null, person: async () => null };

export async function seedProducts(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      await seedCompany(ctx, company);
      await seedWebsite(ctx, company, config);
    }
    await ctx.applyScope(undefined);
  });
}

async function seedCompany(ctx: RequestContext, company: Company): Promise<void> {
  const insurer = await ctx.em.findOne(Insurer, {}, { orderBy: { code: 'asc' } });
  const lines = await ctx.em.find(LineOfBusiness, {});
  const members = await ctx.em.find(Membership, { active: true }, { populate: ['role'], orderBy: { createdAt: 'asc' } });
  const approver = members.find((m) => m.role.getEntity().rights.includes('products:approve'));
  const author = members.find((m) => m !== approver);
  if (!insurer || !approver || !author || !lines.length) return;
  const clients = await ctx.em.find(Client, { erasedAt: null, kind: ClientKind.PERSON }, { orderBy: { displayName: 'asc', id: 'asc' }, limit: 12 });
  const day = 86_400_000;
  const start = Date.now() - 60 * day;
  const versions = new Map<string, ProductVersion>();
  const productsByCode = new Map<string, Product>();

  checked.forEach((d, k) => {
    const line = lines.find((l) => l.code === d.line)!;
    const created = new Date(start + k * day);
    const product = ctx.em.create(Product, { company, code: d.code, line, insurer, createdBy: author.user.id, createdAt: created });
    const v = ctx.em.create(ProductVersion, {
      company,
      product,
      version: 1,
      status: d.path.at(-1)!,
      ...structuredClone(d.value),
      authorId: author.user.id,
      editors: [author.user.id],
      approvedBy: d.path.includes(S.APPROVED) ? approver.user.id : null,
      statusChangedAt: new Date(created.getTime() + (d.path.length - 1) * 3 * day),
      createdAt: created,
      updatedAt: created,
    });
    d.path.forEach((to, i) => {
      const from = i ? d.path[i - 1] : null;
      const who = to === S.APPROVED || to === S.PUBLISHED ? approver.user.id : author.user.id;
      ctx.em.create(ProductVersionEvent, { company, version: v, fromStatus: from, toStatus: to, reason: null, changedBy: who, changedAt: new Date(created.getTime() + i * 3 * day) });
    });
    versions.set(d.code, v);
    productsByCode.set(d.code, product);
  });

  const taxOf = (code: string) => lines.find((l) => l.code === checked.find((d) => d.code === code)!.line)!.defaultTaxRate;
  const offerOn = async (code: string, client: Client, raw: Record<string, string | string[]> | Answer[], n: number, extra: Partial<ProductOffer> = {}) => {
    const v = versions.get(code)!;
    const input = Array.isArray(raw) ? raw : asInput(raw);
    const { issues, answers } = await checkAnswers(v.questions, input, noLookup);
    if (issues.length) throw new Error(`demo offer on ${code}: ${JSON.stringify(issues)}`);
    const b = rate(v.rating, v.questions, answers, taxOf(code), v.status !== S.PUBLISHED);
    const created = new Date(Date.now() - Math.max(1, 33 - n * 4) * day);
    const validFrom = created.toISOString().slice(0, 10);
    const validUntil = new Date(created.getTime() + 30 * day).toISOString().slice(0, 10);
    return ctx.em.create(ProductOffer, {
      company,
      client,
      version: v,
      request: null,
      policy: null,
      status: OfferStatus.OFFERED,
      test: b.test,
      answers,
      breakdown: b,
      premiumNet: b.net,
      premiumTaxes: b.taxes,
      premiumGross: b.total,
      validFrom,
      validUntil,
      createdBy: author.user.id,
      createdAt: created,
      updatedAt: created,
      ...extra,
    });
  };
  // motor offers on the first clients: the oldest has expired (computed), one is an application
  for (let n = 0; n < Math.min(clients.length, 8); n++) {
    await offerOn('MOTOR-EASY', clients[n], MOTOR_ANSWERS[n % MOTOR_ANSWERS.length], n, n === 3 ? { status: OfferStatus.APPLICATION } : {});
  }
  if (clients.length) {
    const city = company.country === 'NL' ? 'Utrecht' : 'Roma';
    await offerOn('HOME-SAFE', clients[0], [...asInput({ buildingValue: '320000', construction: 'masonry', alarm: 'true' }), { question: 'riskAddress', address: { street: company.country === 'NL' ? 'Oudegracht 12' : 'Via Appia 5', postalCode: company.country === 'NL' ? '3511AB' : '00179', city, country: company.country } }], 12);
    const c = clients[Math.min(1, clients.length - 1)];
    const { answers } = await checkAnswers(versions.get('MOTOR-EASY')!.questions, asInput(MOTOR_ANSWERS[0]), noLookup);
    ctx.em.create(QuoteRequest, {
      company,
      product: productsByCode.get('MOTOR-EASY')!,
      client: c,
      requesterName: c.displayName,
      requesterEmail: `quote.${company.code.toLowerCase()}@example.com`,
      answers,
      note: null,
      status: QuoteRequestStatus.WAITING,
      handlerId: null,
      createdBy: author.user.id,
      createdAt: new Date(Date.now() - 2 * day),
      answeredAt: null,
    });
  }
  await ctx.em.flush();
}

/**
 * The agency's own website for the embeddable quote form: the platform's address as its origin (the
 * demo page /embed/demo.html?key=… runs the snippet there), a fixed key per company, the requests
 * attributed to the first member who is not an administrator.
 */
export function demoQuoteKey(companyCode: string): string {
  return `demo${companyCode.toLowerCase().replace(/[^a-z0-9]/g, '')}`.padEnd(24, '0');
}

async function seedWebsite(ctx: RequestContext, company: Company, config: Config): Promise<void> {
  const members = await ctx.em.find(Membership, { active: true }, { populate: ['role'], orderBy: { createdAt: 'asc' } });
  const producer = members.find((m) => !m.role.getEntity().rights.includes('products:approve')) ?? members[0];
  const origins = [...new Set([new URL(config.publicUrl).origin, new URL(config.publicUrl.replace('//localhost', '//127.0.0.1')).origin])];
  ctx.em.create(QuoteWebsite, {
    company,
    name: `${company.name} — website`,
    publicKey: demoQuoteKey(company.code),
    origins,
    producerId: producer?.user.id ?? null,
    privacyNoticeUrl: `${config.publicUrl}/privacy`,
    active: true,
    createdBy: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await ctx.em.flush();
}
