import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { fieldsOf } from './clients-helpers.js';
import { CREATE_PRODUCT, LAURA, MOVE, NEW_VERSION, PRODUCT, UPDATE_VERSION, motorDesign, productIn, productsSnapshot, rossiSetup } from './products-helpers.js';

/**
 * Products (issue #10 §1–2, PR-1) as people work them: an administrator designs a product and submits
 * it; a second person with products:approve approves it (never the author); it is tried in test mode
 * and published; a published version never changes — a change is a new version through the same
 * cycle. Bad designs are refused when saved, naming the question or rule; rights and other companies
 * hold.
 */
let t: TestPlatform;
let giulia: GqlClient; // ROSSI administrator: all rights (author)
let laura: GqlClient; // ROSSI accountant, made product approver (products:view, products:approve)
let marco: GqlClient; // ROSSI agent: products:view only
let pieter: GqlClient; // VDBERG administrator
let refs: Awaited<ReturnType<typeof rossiSetup>>;

const reasons = (r: Parameters<typeof fieldsOf>[0]) => (r.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.reason}`).sort();

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  [giulia, marco, pieter] = await Promise.all([signedIn(t, USERS.rossiAdmin), signedIn(t, USERS.rossiAgent), signedIn(t, USERS.vdbergAdmin)]);
  refs = await rossiSetup(giulia, 'PRDL');
  laura = await signedIn(t, LAURA);
});
afterAll(async () => t?.stop());

describe('designing a product', () => {
  it('creates a product with its version 1 as a draft: typed questions, a condition, rating rules, the author and the audited first step', async () => {
    const p = (await giulia.ok(CREATE_PRODUCT, { input: { code: 'auto-1', lineId: refs.motorLine, insurerId: refs.insurerId, design: motorDesign() } })).createProduct;
    expect(p).toMatchObject({ code: 'AUTO-1', line: { code: 'MOTOR_LIABILITY' }, latestVersion: { version: 1, status: 'DRAFT' }, publishedVersion: null });
    const v = p.versions[0];
    expect(v.questions.map((q: { type: string }) => q.type)).toEqual(['NUMBER', 'NUMBER', 'SINGLE_CHOICE', 'YES_NO', 'NUMBER', 'MULTIPLE_CHOICE', 'DATE', 'ADDRESS', 'VEHICLE', 'PERSON', 'TEXT']);
    expect(v.questions[4]).toMatchObject({ key: 'claimsCount', showWhen: { question: 'claimsFree', anyOf: ['false'] } });
    expect(v.questions[0]).toMatchObject({ unit: 'years', min: '18', max: '99' });
    expect(v.rating.adjustments[0]).toMatchObject({ key: 'claimsLoad', kind: 'LOADING', percent: '20.00' });
    expect(v.authorName).toContain('Giulia');
    expect(v.history).toEqual([{ fromStatus: null, toStatus: 'DRAFT', reason: null, changedBy: v.authorId, changedByName: expect.stringContaining('Giulia') }]);
    expect(v.allowedMoves).toEqual(['SUBMITTED']);
  });

  it('refuses a bad questionnaire naming each question and field, and saves nothing', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const design = motorDesign({
      names: {},
      questions: [
        { key: 'age', type: 'NUMBER', required: true, label: { en: 'Age' }, min: '99', max: '18' },
        { key: 'age', type: 'TEXT', required: false, label: { en: 'Again' } },
        { key: 'Bad key', type: 'TEXT', required: false, label: { en: 'x' } },
        { key: 'colour', type: 'SINGLE_CHOICE', required: false, label: {}, options: [{ value: 'red', label: { en: 'Red' } }] },
        { key: 'later', type: 'TEXT', required: false, label: { en: 'x' }, showWhen: { question: 'future', anyOf: ['x'] } },
        { key: 'future', type: 'YES_NO', required: false, label: { en: 'x' } },
      ],
      rating: { basePremium: '100', factors: [], adjustments: [] },
    });
    const r = await giulia.gql(CREATE_PRODUCT, { input: { code: 'BAD-1', lineId: refs.motorLine, insurerId: refs.insurerId, design } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reasons(r)).toEqual([
      'design.names:required',
      'design.questions.2.key:key_shape',
      'design.questions.age.key:duplicate',
      'design.questions.age.max:below_min',
      'design.questions.colour.label:required',
      'design.questions.colour.options:too_few',
      'design.questions.later.showWhen.question:unknown_question',
    ]);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses rules that refer to unknown questions or cannot be evaluated when they are saved, naming the rule', async () => {
    const before = await productsSnapshot(t, 'ROSSI');
    const base = motorDesign();
    const design = {
      ...base,
      rating: {
        basePremium: '400.00',
        factors: [
          { key: 'ghost', label: { en: 'Ghost' }, question: 'shoeSize', bands: [{ from: '1', multiplier: '2' }] },
          { key: 'useBand', label: { en: 'Use' }, question: 'usage', bands: [{ from: '1', multiplier: '2' }] },
          { key: 'useChoice', label: { en: 'Use' }, question: 'usage', choices: [{ value: 'racing', multiplier: '3' }] },
        ],
        adjustments: [
          { key: 'unknownVar', label: { en: 'x' }, kind: 'LOADING', percent: '5', when: '{">": [{"var": "shoeSize"}, 40]}' },
          { key: 'notJson', label: { en: 'x' }, kind: 'LOADING', percent: '5', when: '{">": [' },
          { key: 'evalTrick', label: { en: 'x' }, kind: 'LOADING', percent: '5', when: '{"method": [{"var": "notes"}, "constructor"]}' },
          { key: 'noSuchOp', label: { en: 'x' }, kind: 'DISCOUNT', percent: '5', when: '{"eval": ["process.exit()"]}' },
          { key: 'tooMuch', label: { en: 'x' }, kind: 'DISCOUNT', percent: '150' },
        ],
      },
    };
    const r = await giulia.gql(CREATE_PRODUCT, { input: { code: 'BAD-2', lineId: refs.motorLine, insurerId: refs.insurerId, design } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reasons(r)).toEqual([
      'design.rating.adjustments.evalTrick.when:unknown_operation',
      'design.rating.adjustments.noSuchOp.when:unknown_operation',
      'design.rating.adjustments.notJson.when:not_json',
      'design.rating.adjustments.tooMuch.percent:not_a_percent',
      'design.rating.adjustments.unknownVar.when:unknown_question',
      'design.rating.factors.ghost.question:unknown_question',
      'design.rating.factors.useBand.question:not_a_number',
      'design.rating.factors.useChoice.choices.0.value:unknown_value',
    ]);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });

  it('refuses a duplicate code and unknown or foreign references', async () => {
    const dup = await giulia.gql(CREATE_PRODUCT, { input: { code: 'AUTO-1', lineId: refs.motorLine, insurerId: refs.insurerId, design: motorDesign() } });
    expect(reasons(dup)).toEqual(['code:duplicate']);
    const vLines = await pieter.ok('{ linesOfBusiness { id } }');
    const foreign = await giulia.gql(CREATE_PRODUCT, { input: { code: 'AUTO-X', lineId: vLines.linesOfBusiness[0].id, insurerId: refs.insurerId, design: motorDesign() } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(reasons(foreign)).toEqual(['lineId:not_found']);
  });

  it('lets an agent holding only products:view read products but not create, change or move them (FORBIDDEN)', async () => {
    const { productId, versionId } = await productIn(giulia, laura, refs, 'AGENT-1', 'DRAFT');
    const before = await productsSnapshot(t, 'ROSSI');
    expect((await marco.ok('query($id: ID!) { product(id: $id) { code } }', { id: productId })).product.code).toBe('AGENT-1');
    expect(await marco.code(CREATE_PRODUCT, { input: { code: 'AGENT-2', lineId: refs.motorLine, insurerId: refs.insurerId, design: motorDesign() } })).toBe('FORBIDDEN');
    expect(await marco.code(UPDATE_VERSION, { id: versionId, input: motorDesign() })).toBe('FORBIDDEN');
    expect(await marco.code(MOVE, { id: versionId, s: 'SUBMITTED' })).toBe('FORBIDDEN');
    expect(await marco.code(NEW_VERSION, { id: productId })).toBe('FORBIDDEN');
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });
});

describe('four eyes and the life cycle', () => {
  it('refuses the author approving their own version (FORBIDDEN) and lets a second person with products:approve approve it', async () => {
    const { versionId } = await productIn(giulia, laura, refs, 'FOUR-1', 'SUBMITTED');
    const before = await productsSnapshot(t, 'ROSSI');
    const own = await giulia.gql(MOVE, { id: versionId, s: 'APPROVED' });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOUR_EYES' });
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
    const v = (await laura.ok(MOVE, { id: versionId, s: 'APPROVED' })).moveProductVersion;
    expect(v).toMatchObject({ status: 'APPROVED', approvedByName: expect.stringContaining('Laura') });
    expect(v.approvedBy).not.toBe(v.authorId);
  });

  it('shows the author no approve move, and the approver no submit or test move (allowedMoves follows rights and four eyes)', async () => {
    const { versionId } = await productIn(giulia, laura, refs, 'FOUR-2', 'SUBMITTED');
    const q = `query($id: ID!) { productVersion(id: $id) { allowedMoves } }`;
    expect((await giulia.ok(q, { id: versionId })).productVersion.allowedMoves).toEqual(['DRAFT']);
    expect((await laura.ok(q, { id: versionId })).productVersion.allowedMoves).toEqual(['APPROVED', 'DRAFT']);
  });

  it('rejects to draft only with a reason, audited with who and why; the author changes the draft and submits again', async () => {
    const { versionId } = await productIn(giulia, laura, refs, 'REJ-1', 'SUBMITTED');
    const noReason = await laura.gql(MOVE, { id: versionId, s: 'DRAFT' });
    expect(reasons(noReason)).toEqual(['reason:required']);
    const v = (await laura.ok(MOVE, { id: versionId, s: 'DRAFT', r: 'Minimum premium too low for young drivers' })).moveProductVersion;
    expect(v.status).toBe('DRAFT');
    expect(v.history.at(-1)).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'DRAFT', reason: 'Minimum premium too low for young drivers', changedByName: expect.stringContaining('Laura') });
    const changed = (await giulia.ok(UPDATE_VERSION, { id: versionId, input: motorDesign({ rating: { ...motorDesign().rating, minimumPremium: '420.00' } }) })).updateProductVersion;
    expect(changed.rating.minimumPremium).toBe('420.00');
    expect((await giulia.ok(MOVE, { id: versionId, s: 'SUBMITTED' })).moveProductVersion.status).toBe('SUBMITTED');
  });

  it('follows the life cycle as data: moves not in it are CONFLICT naming the allowed ones; test and publish record each step', async () => {
    const { productId, versionId } = await productIn(giulia, laura, refs, 'LIFE-1', 'DRAFT');
    const skip = await giulia.gql(MOVE, { id: versionId, s: 'PUBLISHED' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', from: 'draft', allowed: ['submitted'] });
    await giulia.ok(MOVE, { id: versionId, s: 'SUBMITTED' });
    await laura.ok(MOVE, { id: versionId, s: 'APPROVED' });
    // laura holds approve, not edit: putting it in test mode is the designers' step
    expect(await laura.code(MOVE, { id: versionId, s: 'TEST' })).toBe('FORBIDDEN');
    await giulia.ok(MOVE, { id: versionId, s: 'TEST' });
    const pub = (await laura.ok(MOVE, { id: versionId, s: 'PUBLISHED' })).moveProductVersion;
    expect(pub.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['DRAFT', 'SUBMITTED', 'APPROVED', 'TEST', 'PUBLISHED']);
    const p = (await giulia.ok(`query($id: ID!) { product(id: $id) { ${PRODUCT} } }`, { id: productId })).product;
    expect(p.publishedVersion).toEqual({ id: versionId, version: 1 });
    const audit = await t.superuser();
    try {
      const rows = await audit.query(`select count(*)::int as n from audit_event where entity_type = 'ProductVersionEvent' and after->>'version' = $1`, [versionId]);
      expect(rows.rows[0].n).toBe(5);
    } finally {
      await audit.end();
    }
  });
});

describe('four eyes covers everyone who changed the design', () => {
  it('refuses approval (FORBIDDEN) by an approver who changed the draft, even though someone else created it', async () => {
    const roles = (await giulia.ok('{ roles { id name } }')).roles as Array<{ id: string; name: string }>;
    const role = roles.find((r) => r.name === 'Product approvers PRDL')!;
    const rights = ['products:view', 'products:approve', 'clients:view'];
    await giulia.ok(`mutation($id: ID!, $i: RoleInput!) { updateRole(id: $id, input: $i) { id } }`, { id: role.id, i: { name: role.name, rights: [...rights, 'products:edit'] } });
    try {
      const { versionId } = await productIn(giulia, laura, refs, 'EDIT-1', 'DRAFT');
      await laura.ok(UPDATE_VERSION, { id: versionId, input: motorDesign({ rating: { ...motorDesign().rating, basePremium: '380.00' } }) });
      await giulia.ok(MOVE, { id: versionId, s: 'SUBMITTED' });
      expect((await laura.ok(`query($id: ID!) { productVersion(id: $id) { allowedMoves } }`, { id: versionId })).productVersion.allowedMoves).toEqual(['DRAFT']);
      const before = await productsSnapshot(t, 'ROSSI');
      const r = await laura.gql(MOVE, { id: versionId, s: 'APPROVED' });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'FOUR_EYES' });
      expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
    } finally {
      await giulia.ok(`mutation($id: ID!, $i: RoleInput!) { updateRole(id: $id, input: $i) { id } }`, { id: role.id, i: { name: role.name, rights } });
    }
  });
});

describe('versioning', () => {
  it('never changes a published version (CONFLICT); a change is a new draft version copied from it, through the same cycle, and publishing it retires the old one', async () => {
    const { productId, versionId } = await productIn(giulia, laura, refs, 'VERS-1', 'PUBLISHED');
    const before = await productsSnapshot(t, 'ROSSI');
    const edit = await giulia.gql(UPDATE_VERSION, { id: versionId, input: motorDesign({ names: { en: 'Changed' } }) });
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'published' });
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);

    const v2 = (await giulia.ok(NEW_VERSION, { id: productId })).newProductVersion;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', names: { en: 'Motor Easy' } });
    expect(await giulia.code(NEW_VERSION, { id: productId })).toBe('CONFLICT'); // one version in progress at a time
    await giulia.ok(UPDATE_VERSION, { id: v2.id, input: motorDesign({ names: { en: 'Motor Easy 2027' } }) });
    for (const [who, s] of [[giulia, 'SUBMITTED'], [laura, 'APPROVED'], [giulia, 'TEST']] as const) await who.ok(MOVE, { id: v2.id, s });
    let p = (await giulia.ok(`query($id: ID!) { product(id: $id) { ${PRODUCT} } }`, { id: productId })).product;
    expect(p.publishedVersion).toEqual({ id: versionId, version: 1 }); // v1 stays on sale while v2 is tried
    await laura.ok(MOVE, { id: v2.id, s: 'PUBLISHED' });
    p = (await giulia.ok(`query($id: ID!) { product(id: $id) { ${PRODUCT} } }`, { id: productId })).product;
    expect(p.publishedVersion).toEqual({ id: v2.id, version: 2 });
    expect(p.versions.map((v: { version: number; status: string; names: { en: string } }) => [v.version, v.status, v.names.en])).toEqual([
      [1, 'RETIRED', 'Motor Easy'],
      [2, 'PUBLISHED', 'Motor Easy 2027'],
    ]);
    expect(p.versions[0].history.at(-1)).toMatchObject({ fromStatus: 'PUBLISHED', toStatus: 'RETIRED', reason: 'replaced by version 2' });
  });
});

describe('another company', () => {
  it("answers NOT_FOUND for another company's products and versions and changes nothing", async () => {
    const { productId, versionId } = await productIn(giulia, laura, refs, 'ISO-1', 'SUBMITTED');
    const before = await productsSnapshot(t, 'ROSSI');
    expect(await pieter.code(`query($id: ID!) { product(id: $id) { id } }`, { id: productId })).toBe('NOT_FOUND');
    expect(await pieter.code(`query($id: ID!) { productVersion(id: $id) { id } }`, { id: versionId })).toBe('NOT_FOUND');
    expect(await pieter.code(MOVE, { id: versionId, s: 'APPROVED' })).toBe('NOT_FOUND');
    expect(await pieter.code(UPDATE_VERSION, { id: versionId, input: motorDesign() })).toBe('NOT_FOUND');
    expect(await pieter.code(NEW_VERSION, { id: productId })).toBe('NOT_FOUND');
    expect((await pieter.ok('{ products { id } }')).products.map((p: { id: string }) => p.id)).not.toContain(productId);
    expect(await productsSnapshot(t, 'ROSSI')).toBe(before);
  });
});
