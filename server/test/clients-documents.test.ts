import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { countRows, createClient, fieldsOf, italianPerson } from './clients-helpers.js';
import { PDF, PNG, download, postDocument, uploadDocument } from './clients-documents.helpers.js';
import { documentStores, pathIn } from '../src/modules/documents/document.storage.js';
import { verifyDocuments } from '../src/modules/documents/documents.verify.js';

let t: TestPlatform;
let agent: GqlClient; // clients:view, edit, create; no clients:delete
let accountant: GqlClient;
let admin: GqlClient; // every right, clients:delete included
let otherAdmin: GqlClient; // VDBERG's administrator
let clientId: string;
beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  accountant = await signedIn(t, USERS.rossiAccountant);
  admin = await signedIn(t, USERS.rossiAdmin);
  otherAdmin = await signedIn(t, USERS.vdbergAdmin);
  clientId = (await createClient(agent, italianPerson())).id;
});
afterAll(async () => t?.stop());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function keyOf(id: string): Promise<string> {
  const su = await t.superuser();
  try {
    return (await su.query<{ storage_key: string }>('select storage_key from document where id = $1', [id])).rows[0].storage_key;
  } finally {
    await su.end();
  }
}

describe('documents (DR-1)', () => {
  it('an upload is written to both stores with its SHA-256; the download streams it back', async () => {
    const doc = await uploadDocument(t, agent, { ownerId: clientId, category: 'identity', fileName: 'carta identità.pdf' });
    expect(doc).toMatchObject({ sha256: sha(PDF), sizeBytes: PDF.length, contentType: 'application/pdf', fileName: 'carta identità.pdf' });
    const stores = documentStores(t.config, {});
    const key = await keyOf(doc.id);
    expect(sha(Buffer.from(readFileSync(pathIn(stores.a, key))))).toBe(doc.sha256);
    expect(existsSync(pathIn(stores.b, key))).toBe(true);
    const d = await download(t, agent, doc.id);
    expect(d.status).toBe(200);
    expect(d.body.equals(PDF)).toBe(true);
    expect(d.headers.get('content-type')).toBe('application/pdf');
    expect(d.headers.get('content-disposition')).toContain("filename*=UTF-8''carta%20identit%C3%A0.pdf");
    const list = await agent.ok(`query($id: ID!) { client(id: $id) { documents { id category downloadUrl } panelTabs { key count } } }`, { id: clientId });
    expect(list.client.documents).toEqual([{ id: doc.id, category: 'identity', downloadUrl: `/files/documents/${doc.id}` }]);
  });

  it('the scan of an identity document is an uploaded document of the same client', async () => {
    const doc = await uploadDocument(t, agent, { ownerId: clientId, category: 'identity', fileName: 'passaporto.png', content: PNG });
    const other = await createClient(agent, italianPerson());
    const set = `mutation($id: ID!, $d: [IdentityDocumentInput!]!) { setClientIdentityDocuments(id: $id, identityDocuments: $d) { identityDocuments { scan { id contentType } } } }`;
    const d = [{ type: 'PASSPORT', number: 'YB7654321', issuer: 'Questura di Napoli', issueDate: '2022-02-02', expiryDate: '2032-02-02', scanDocumentId: doc.id }];
    expect(fieldsOf(await agent.gql(set, { id: other.id, d }))).toEqual(['identityDocuments.0.scanDocumentId']);
    const ok = await agent.ok(set, { id: clientId, d });
    expect(ok.setClientIdentityDocuments.identityDocuments).toEqual([{ scan: { id: doc.id, contentType: 'image/png' } }]);
  });

  it('refuses types that are not accepted, names that lie about the content, empty files and files over 20 MB', async () => {
    const exe = await postDocument(t, agent, { ownerId: clientId, fileName: 'virus.exe', content: Buffer.from('MZ\x90\x00 this is not a document') });
    expect(exe.status).toBe(400);
    expect(exe.json.errors[0].extensions.fields[0]).toMatchObject({ field: 'file', reason: 'type_not_allowed' });
    const liar = await postDocument(t, agent, { ownerId: clientId, fileName: 'photo.jpg', content: PDF });
    expect(liar.json.errors[0].extensions.fields[0].reason).toBe('type_not_allowed');
    const empty = await postDocument(t, agent, { ownerId: clientId, fileName: 'empty.pdf', content: Buffer.alloc(0) });
    expect(empty.json.errors[0].extensions.fields[0].reason).toBe('empty');
    const big = await postDocument(t, agent, { ownerId: clientId, fileName: 'big.pdf', content: Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 10)]) });
    expect(big.status).toBe(400);
    expect(big.json.errors[0].extensions.fields[0]).toMatchObject({ field: 'file', reason: 'too_large' });
    const category = await postDocument(t, agent, { ownerId: clientId, category: 'secret' });
    expect(category.json.errors[0].extensions.fields[0].field).toBe('category');
    expect(await countRows(t, 'document', 'client_id = $1', [clientId])).toBe(2);
    const tmp = path.join(documentStores(t.config, {}).a, '.tmp');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('needs a session, the CSRF header, clients:edit to upload and clients:view to download', async () => {
    const doc = await uploadDocument(t, agent, { ownerId: clientId, category: 'other' });
    const anonymous = t.client();
    expect((await postDocument(t, anonymous, { ownerId: clientId })).status).toBe(401);
    expect((await download(t, anonymous, doc.id)).status).toBe(401);
    expect((await postDocument(t, agent, { ownerId: clientId, csrf: false })).status).toBe(403);
    const up = await postDocument(t, accountant, { ownerId: clientId });
    expect(up.status).toBe(403);
    expect(up.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await download(t, accountant, doc.id)).status).toBe(200);
    const api = await signedIn(t, USERS.rossiAgent, { bearer: true });
    api.cookie = null;
    expect((await download(t, api, doc.id)).status).toBe(200);
    expect((await postDocument(t, agent, { ownerId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });

  it('checks the session again when the file has arrived: a session ended during the upload stores nothing', async () => {
    const api = await signedIn(t, USERS.rossiAgent, { bearer: true });
    api.cookie = null;
    const before = await countRows(t, 'document');
    const boundary = 'x-agency-test';
    const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="slow.pdf"\r\ncontent-type: application/pdf\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new Uint8Array(Buffer.concat([head, PDF.subarray(0, 10)])));
        await rest;
        controller.enqueue(new Uint8Array(Buffer.concat([PDF.subarray(10), tail])));
        controller.close();
      },
    });
    const q = new URLSearchParams({ ownerType: 'client', ownerId: clientId, category: 'other' });
    const answer = fetch(`${t.url}/files/documents?${q}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.bearer}`, 'x-requested-with': 'agency-web', 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    await new Promise((r) => setTimeout(r, 300)); // the first check has passed, the file is on its way
    await api.ok('mutation { logout }');
    sendRest();
    const res = await answer;
    expect(res.status).toBe(401);
    expect(await countRows(t, 'document')).toBe(before);
  });

  it('survives the loss of one store: download from the other copy, docs:verify restores it', async () => {
    const doc = await uploadDocument(t, agent, { ownerId: clientId, category: 'contract', fileName: 'polizza.pdf' });
    const stores = documentStores(t.config, {});
    const key = await keyOf(doc.id);
    rmSync(pathIn(stores.a, key));
    const d = await download(t, agent, doc.id);
    expect(d.status).toBe(200);
    expect(d.body.equals(PDF)).toBe(true);
    // and a silently damaged copy in B is not served either
    const other = await uploadDocument(t, agent, { ownerId: clientId, category: 'contract', fileName: 'appendice.pdf' });
    const otherKey = await keyOf(other.id);
    writeFileSync(pathIn(stores.a, otherKey), 'garbage');
    expect((await download(t, agent, other.id)).body.equals(PDF)).toBe(true);
    const report = await verifyDocuments(t.orm, t.config, { stores });
    expect(report.repairedA).toBe(2);
    expect(report.lost).toEqual([]);
    expect(sha(readFileSync(pathIn(stores.a, key)))).toBe(doc.sha256);
    expect(sha(readFileSync(pathIn(stores.a, otherKey)))).toBe(other.sha256);
    // losing both copies is reported, not hidden
    rmSync(pathIn(stores.a, key));
    rmSync(pathIn(stores.b, key));
    const lost = await verifyDocuments(t.orm, t.config, { stores });
    expect(lost.lost.map((l) => l.id)).toEqual([doc.id]);
    expect((await download(t, agent, doc.id)).status).toBe(500);
  });

  it('deleting a document needs clients:delete: the agent (clients:edit only) is FORBIDDEN and nothing is deleted; another company answers NOT_FOUND', async () => {
    const doc = await uploadDocument(t, agent, { ownerId: clientId, category: 'photo', fileName: 'auto.png', content: PNG });
    const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) }`;
    const refused = await agent.gql(DELETE, { id: doc.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('clients:delete');
    expect(refused.data?.deleteDocument ?? null).toBeNull();
    expect(await accountant.code(DELETE, { id: doc.id })).toBe('FORBIDDEN');
    // VDBERG's administrator holds clients:delete in his company, but a ROSSI document does not exist for him
    expect(await otherAdmin.code(DELETE, { id: doc.id })).toBe('NOT_FOUND');
    expect(await countRows(t, 'document', 'id = $1', [doc.id])).toBe(1);
    expect(await countRows(t, 'audit_event', `entity_type = 'StoredDocument' and action = 'delete' and entity_id = $1`, [doc.id])).toBe(0);
    const still = await download(t, agent, doc.id);
    expect(still.status).toBe(200);
    expect(still.body.equals(PNG)).toBe(true);
  });

  it('deleting a document (administrator, clients:delete) is audited; its files are collected by docs:verify afterwards', async () => {
    const doc = await uploadDocument(t, agent, { ownerId: clientId, category: 'photo', fileName: 'auto.png', content: PNG });
    expect((await admin.ok(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: doc.id })).deleteDocument).toBe(true);
    expect(await countRows(t, 'audit_event', `entity_type = 'StoredDocument' and action = 'delete' and entity_id = $1`, [doc.id])).toBe(1);
    expect((await download(t, agent, doc.id)).status).toBe(404);
    expect(await admin.code(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: doc.id })).toBe('NOT_FOUND');
    const stores = documentStores(t.config, {});
    const key = `${(await agent.ok('{ me { company { id } } }')).me.company.id}/${doc.id.slice(0, 2)}/${doc.id}`;
    const old = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(pathIn(stores.a, key), old, old);
    utimesSync(pathIn(stores.b, key), old, old);
    const report = await verifyDocuments(t.orm, t.config, { stores });
    expect(report.orphansRemoved).toBeGreaterThanOrEqual(2);
    expect(existsSync(pathIn(stores.a, key))).toBe(false);
  });
});
