import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, italianPerson } from './clients-helpers.js';
import { download, postDocument, uploadDocument } from './clients-documents.helpers.js';
import { CREATE_POLICY, policyInput, referenceData } from './policies-helpers.js';

/** Documents attached to a policy (DR-1 through the documents module's owner registry). */
let t: TestPlatform;
let marco: GqlClient;
let laura: GqlClient;
let sanne: GqlClient;
let policyId: string;
let clientId: string;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  marco = await signedIn(t, USERS.rossiAgent);
  laura = await signedIn(t, USERS.rossiAccountant);
  sanne = await signedIn(t, USERS.vdbergAgent);
  const giulia = await signedIn(t, USERS.rossiAdmin);
  const r = await referenceData(giulia, 'DOCS');
  clientId = (await createClient(marco, italianPerson())).id;
  policyId = (await marco.ok(CREATE_POLICY, { input: policyInput({ clientId, insurerId: r.insurerId, lineId: r.lines.home }) })).createPolicy.id;
});
afterAll(async () => t?.stop());

describe('documents on a policy', () => {
  it('lets an agent attach a contract to a policy, lists it on the policy and names the policy holder', async () => {
    const doc = await uploadDocument(t, marco, { ownerType: 'policy', ownerId: policyId, category: 'contract', fileName: 'polizza.pdf' });
    const list = await marco.ok(`query($id: ID!) { documents(ownerType: "policy", ownerId: $id) { id fileName } }`, { id: policyId });
    expect(list.documents).toEqual([{ id: doc.id, fileName: 'polizza.pdf' }]);
    expect(await countRows(t, 'document', 'id = $1 and client_id = $2', [doc.id, clientId])).toBe(1);
    expect((await download(t, laura, doc.id)).status).toBe(200);
  });

  it('refuses an upload without policies:edit (accountant) and onto another company’s policy, saving nothing', async () => {
    const before = await countRows(t, 'document');
    expect((await postDocument(t, laura, { ownerType: 'policy', ownerId: policyId })).status).toBe(403);
    expect((await postDocument(t, sanne, { ownerType: 'policy', ownerId: policyId })).status).toBe(404);
    expect(await sanne.code(`query($id: ID!) { documents(ownerType: "policy", ownerId: $id) { id } }`, { id: policyId })).toBe('NOT_FOUND');
    expect(await countRows(t, 'document')).toBe(before);
  });
});
