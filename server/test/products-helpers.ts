import type { GqlClient, TestPlatform } from './harness.js';

/** Shared pieces of the products tests: a motor design, operations, a second approver, snapshots. */
export const LAURA = 'laura.conti@rossi-assicurazioni.example'; // ROSSI accountant: made product approver in the tests

export const VERSION = `
  id version status authorId approvedBy authorName approvedByName allowedMoves
  names { en it } questions { key type required unit min max options { value } showWhen { question anyOf } }
  rating { basePremium minimumPremium factors { key question bands { from to multiplier } choices { value multiplier } } adjustments { key kind percent when } }
  history { fromStatus toStatus reason changedBy changedByName }
`;
export const PRODUCT = `id code line { code } insurer { id } versions { ${VERSION} } latestVersion { id version status } publishedVersion { id version }`;
export const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT} } }`;
export const UPDATE_VERSION = `mutation($id: ID!, $input: ProductVersionInput!) { updateProductVersion(id: $id, input: $input) { ${VERSION} } }`;
export const NEW_VERSION = `mutation($id: ID!) { newProductVersion(productId: $id) { ${VERSION} } }`;
export const MOVE = `mutation($id: ID!, $s: ProductVersionStatus!, $r: String) { moveProductVersion(id: $id, status: $s, reason: $r) { ${VERSION} } }`;
export const BREAKDOWN = 'base steps { kind key detail effect after } net taxRate taxes total test';
export const RATE = `query($v: ID!, $a: [AnswerInput!]!) { rateQuote(versionId: $v, answers: $a) { answers { question value values display } breakdown { ${BREAKDOWN} } } }`;
export const OFFER = `id status state test premiumNet premiumTaxes premiumGross validFrom validUntil requestId client { id } version { id version } policy { id number status premiumNet premiumTaxes premiumGross line { code } insurer { id } client { id } } breakdown { ${BREAKDOWN} } answers { question value values }`;
export const CREATE_OFFER = `mutation($input: OfferInput!) { createOffer(input: $input) { ${OFFER} } }`;
export const ACCEPT = `mutation($id: ID!) { acceptOffer(id: $id) { ${OFFER} } }`;
export const TO_POLICY = `mutation($id: ID!, $input: OfferPolicyInput!) { issuePolicyFromOffer(id: $id, input: $input) { ${OFFER} } }`;

const t = (en: string, it?: string) => ({ en, it: it ?? en });

/** A motor product's design: ten typed questions (one conditional), four factors, a loading, a discount, a minimum. */
export function motorDesign(overrides: Record<string, unknown> = {}) {
  return {
    names: t('Motor Easy', 'Auto Facile'),
    questions: [
      { key: 'driverAge', type: 'NUMBER', required: true, label: t('Age of the main driver', 'Età del conducente'), unit: 'years', min: '18', max: '99' },
      { key: 'powerKw', type: 'NUMBER', required: true, label: t('Engine power'), unit: 'kW', min: '20', max: '500' },
      { key: 'usage', type: 'SINGLE_CHOICE', required: true, label: t('Use'), options: [{ value: 'private', label: t('Private') }, { value: 'business', label: t('Business') }] },
      { key: 'claimsFree', type: 'YES_NO', required: true, label: t('No claims in the last 5 years?'), help: t('Claims you caused') },
      { key: 'claimsCount', type: 'NUMBER', required: true, label: t('How many claims?'), min: '0', max: '20', showWhen: { question: 'claimsFree', anyOf: ['false'] } },
      { key: 'extras', type: 'MULTIPLE_CHOICE', required: false, label: t('Extras'), options: [{ value: 'glass', label: t('Glass') }, { value: 'assistance', label: t('Assistance') }] },
      { key: 'startDate', type: 'DATE', required: false, label: t('Start of cover') },
      { key: 'garage', type: 'ADDRESS', required: false, label: t('Where the car sleeps') },
      { key: 'vehicle', type: 'VEHICLE', required: false, label: t('Vehicle') },
      { key: 'driver', type: 'PERSON', required: false, label: t('Second driver') },
      { key: 'notes', type: 'TEXT', required: false, label: t('Notes') },
    ],
    rating: {
      basePremium: '400.00',
      minimumPremium: '350.00',
      factors: [
        { key: 'age', label: t('Driver age'), question: 'driverAge', bands: [{ from: '18', to: '25', multiplier: '1.5' }, { from: '25', to: '70', multiplier: '1' }, { from: '70', multiplier: '1.2' }] },
        { key: 'power', label: t('Power'), question: 'powerKw', bands: [{ to: '75', multiplier: '0.9' }, { from: '75', to: '150', multiplier: '1' }, { from: '150', multiplier: '1.35' }] },
        { key: 'use', label: t('Use'), question: 'usage', choices: [{ value: 'private', multiplier: '1' }, { value: 'business', multiplier: '1.25' }] },
        { key: 'extraCover', label: t('Extras'), question: 'extras', choices: [{ value: 'glass', multiplier: '1.05' }, { value: 'assistance', multiplier: '1.02' }] },
      ],
      adjustments: [
        { key: 'claimsLoad', label: t('Claims loading'), kind: 'LOADING', percent: '20', when: '{">": [{"var": "claimsCount"}, 1]}' },
        { key: 'bonus', label: t('No-claims discount'), kind: 'DISCOUNT', percent: '10', when: '{"==": [{"var": "claimsFree"}, true]}' },
      ],
    },
    ...overrides,
  };
}

/** Answers as a person fills them in: { key: value | values[] }. */
export function answers(a: Record<string, string | string[]>) {
  return Object.entries(a).map(([question, v]) => (Array.isArray(v) ? { question, values: v } : { question, value: v }));
}

/** ROSSI: an insurer, the motor line, and Laura made a second person holding products:approve (four eyes). */
export async function rossiSetup(giulia: GqlClient, code: string) {
  const ins = await giulia.ok(`mutation($i: InsurerInput!) { createInsurer(input: $i) { id } }`, { i: { name: `Insurer ${code}`, code, taxId: '00409920584', agencyCode: 'AG-1' } });
  const lines = await giulia.ok(`{ linesOfBusiness { id code defaultTaxRate } }`);
  const line = (c: string) => lines.linesOfBusiness.find((l: { code: string }) => l.code === c).id as string;
  const role = await giulia.ok(`mutation { createRole(input: { name: "Product approvers ${code}", rights: ["products:view", "products:approve", "clients:view"] }) { id } }`);
  const members = await giulia.ok(`{ users { id user { email } } }`);
  const laura = members.users.find((m: { user: { email: string } }) => m.user.email === LAURA).id;
  await giulia.ok(`mutation($id: ID!, $r: ID!) { updateMembership(id: $id, input: { roleId: $r }) { id } }`, { id: laura, r: role.createRole.id });
  return { insurerId: ins.createInsurer.id as string, motorLine: line('MOTOR_LIABILITY'), homeLine: line('HOME') };
}

/** Creates a product and carries version 1 to `until` (author giulia, approver laura). */
export async function productIn(giulia: GqlClient, laura: GqlClient, refs: { insurerId: string; motorLine: string }, code: string, until: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'TEST' | 'PUBLISHED', design = motorDesign()) {
  const p = (await giulia.ok(CREATE_PRODUCT, { input: { code, lineId: refs.motorLine, insurerId: refs.insurerId, design } })).createProduct;
  const id = p.versions[0].id as string;
  const path: Array<[GqlClient, string]> = [[giulia, 'SUBMITTED'], [laura, 'APPROVED'], [giulia, 'TEST'], [laura, 'PUBLISHED']];
  for (const [who, s] of path) {
    if (until === 'DRAFT') break;
    await who.ok(MOVE, { id, s });
    if (s === until) break;
  }
  return { productId: p.id as string, versionId: id };
}

/** A hash of a company's products rows (superuser, outside the app): "nothing changed" checks. */
export async function productsSnapshot(t: TestPlatform, companyCode: string): Promise<string> {
  const su = await t.superuser();
  try {
    const parts: string[] = [];
    for (const table of ['product', 'product_version', 'product_version_event', 'quote_request', 'product_offer', 'policy']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = (select id from company where code = $1)`, [companyCode]);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}
