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
let giulia: GqlClient; // ROSSI administrator: policies:delete
let pieter: GqlClient; // VDBERG administrator
let policyId: string;
let clientId: string;

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  marco = await signedIn(t, USERS.rossiAgent);
  laura = await signedIn(t, USERS.rossiAccountant);
  sanne = await signedIn(t, USERS.vdbergAgent);
  giulia = await signedIn(t, USERS.rossiAdmin);
  pieter = await signedIn(t, USERS.vdbergAdmin);
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

  it('deleting a policy document needs policies:delete: the agent (policies:edit only) is FORBIDDEN, another company NOT_FOUND, the administrator deletes it', async () => {
    const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) }`;
    const doc = await uploadDocument(t, marco, { ownerType: 'policy', ownerId: policyId, category: 'contract', fileName: 'quietanza.pdf' });
    const deletes = () => countRows(t, 'audit_event', `entity_type = 'StoredDocument' and action = 'delete' and entity_id = $1`, [doc.id]);
    const refused = await marco.gql(DELETE, { id: doc.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('policies:delete');
    expect(await laura.code(DELETE, { id: doc.id })).toBe('FORBIDDEN');
    expect(await pieter.code(DELETE, { id: doc.id })).toBe('NOT_FOUND');
    expect(await countRows(t, 'document', 'id = $1', [doc.id])).toBe(1);
    expect(await deletes()).toBe(0);
    expect((await download(t, marco, doc.id)).status).toBe(200);
    expect((await giulia.ok(DELETE, { id: doc.id })).deleteDocument).toBe(true);
    expect(await countRows(t, 'document', 'id = $1', [doc.id])).toBe(0);
    expect(await deletes()).toBe(1);
    expect((await download(t, marco, doc.id)).status).toBe(404);
  });
});
