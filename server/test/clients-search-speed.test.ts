import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, signedIn, USERS, type GqlClient, type TestPlatform } from './harness.js';
import { createClient } from './clients-helpers.js';

/**
 * Issue #8 item 4 (Q-3 tails), migration 0016: what the search answers when what was typed matches
 * only hidden cards, and how client_search() is planned (the causes of the slow searches found with
 * EXPLAIN ANALYZE: a trigram scan of the whole company after a hidden-only match, a merge join over
 * every name word of the company in the typo pass, every statement planned again on every call).
 */

let t: TestPlatform;
let agent: GqlClient;
const SEARCH = `query($q: String!, $h: Boolean! = false) { searchClients(query: $q, first: 20, includeHidden: $h) { client { displayName status } } }`;
const names = async (q: string, includeHidden = false) =>
  ((await agent.ok(SEARCH, { q, h: includeHidden })).searchClients as Array<{ client: { displayName: string } }>).map((h) => h.client.displayName);
const person = (firstName: string, lastName: string, extra: Record<string, unknown> = {}) => ({
  kind: 'PERSON',
  firstName,
  lastName,
  noLocalTaxId: true,
  noLocalTaxIdReason: 'Foreign citizen',
  ...extra,
});

beforeAll(async () => {
  t = await startTestPlatform({ worker: false });
  agent = await signedIn(t, USERS.rossiAgent);
  const hidden = await createClient(agent, person('Zeno', 'Nascosto', { contacts: [{ kind: 'EMAIL', value: 'zeno.k71@posta.example' }] }));
  await agent.ok(`mutation($id: ID!) { setClientStatus(id: $id, status: HIDDEN, reason: "moved abroad") { id } }`, { id: hidden.id });
  // someone else whose address shares most of its letters with the hidden card's
  await createClient(agent, person('Zara', 'Visibile', { contacts: [{ kind: 'EMAIL', value: 'zeno.k72@posta.example' }] }));
});
afterAll(async () => t?.stop());

describe('search: a match on hidden cards only (issue #8 item 4)', () => {
  it('an e-mail that belongs only to a hidden card finds nothing, never another person with a similar address', async () => {
    expect(await names('zeno.k71@posta.example')).toEqual([]);
    // the hidden card is there for who asks for hidden cards
    expect(await names('zeno.k71@posta.example', true)).toEqual(['Nascosto Zeno']);
    // and the other person is found by their own address
    expect(await names('zeno.k72@posta.example')).toEqual(['Visibile Zara']);
  });

  it('a mistyped identifier is looked for as a substring only, not by trigram similarity with every other identifier', async () => {
    // one digit off: no e-mail contains it, so nothing is found (word similarity would offer both)
    expect(await names('zeno.k73@posta.example')).toEqual([]);
    // a part of an identifier still finds it
    expect(await names('k72@posta')).toEqual(['Visibile Zara']);
  });
});

describe('search: planning (issue #8 item 4)', () => {
  it('plans client_search() once per connection (generic plans) and keeps custom plans only for the trigram pass', async () => {
    const su = await t.superuser();
    try {
      const { rows } = await su.query<{ name: string; config: string[] | null }>(
        `select p.proname as name, p.proconfig as config from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where (n.nspname = 'public' and p.proname = 'client_search') or (n.nspname = 'app_search' and p.proname in ('typo_matches', 'fuzzy_matches'))
          order by 1`,
      );
      const mode = (name: string) => rows.find((r) => r.name === name)?.config?.find((c) => c.startsWith('plan_cache_mode='));
      expect(mode('client_search')).toBe('plan_cache_mode=force_generic_plan');
      expect(mode('typo_matches')).toBe('plan_cache_mode=force_generic_plan');
      expect(mode('fuzzy_matches')).toBe('plan_cache_mode=force_custom_plan');
    } finally {
      await su.end();
    }
  });

  it('the typo pass looks up only its words\' keys in the dictionary and intersects word lists in the index, however many name words and clients the company has', async () => {
    const su = await t.superuser();
    try {
      const { rows: [rossi] } = await su.query<{ id: string }>(`select id from company where code = 'ROSSI'`);
      // 6,000 more clients' name words in the company (terms only, as the generator writes them: no
      // trigger), so that reading all of the company's words or all clients of a name would show
      await su.query(`set session_replication_role = replica`);
      await su.query(
        `insert into app_search.client_term (company_id, client_id, source, source_id, term)
         select $1, c.id, 'word', c.id, chr(1) || w
           from (select gen_random_uuid() as id, g from generate_series(1, 6000) g) c
           cross join lateral (values ('nome' || c.g), ('cognome' || (c.g % 500))) as x(w)`,
        [rossi.id],
      );
      await su.query(`select app_search.typo_index_rebuild($1)`, [rossi.id]); // (no card behind these terms: no foreign-key check)
      await su.query(`set session_replication_role = origin`);
      await su.query(`analyze app_search.client_term; analyze app_search.client_words; analyze app_search.word_key`);
      const notices: string[] = [];
      su.on('notice', (n) => notices.push(n.message ?? ''));
      await su.query(`load 'auto_explain'`);
      await su.query(`set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on; set auto_explain.log_nested_statements = on; set auto_explain.log_level = notice`);
      await su.query('begin');
      await su.query(`select set_config('app.company_id', $1, true)`, [rossi.id]);
      // a name no client has: the dictionary answers, no client is read
      expect((await su.query(`select * from client_search('Quintavale Otavio', 20, false)`)).rows).toEqual([]);
      // a typo in each word: "cognme7" is one letter from cognome7 (12 clients), "nome7" matches nome7 exactly
      // and nome1…nome79 one edit away (dozens of clients); only the one client with both is found
      const typo = await su.query(`select * from app_search.typo_matches($1, array['cognme7', 'nome7'])`, [rossi.id]);
      await su.query('commit');
      expect(typo.rows).toHaveLength(1);
      expect(typo.rows[0].score).toBeCloseTo(0.875);
      // the dictionary: index look-ups of the query words' keys, a handful of entries each, never a scan of all words
      const dictionary = notices.filter((n) => /word_key/.test(n) && !/client_words/.test(n));
      expect(dictionary.length).toBeGreaterThan(0);
      expect(dictionary.join('\n')).not.toMatch(/Seq Scan/);
      const keys = dictionary.flatMap((plan) => [...plan.matchAll(/Index (?:Only )?Scan[^\n]*\(actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+)/g)].map((m) => Number(m[1])));
      expect(keys.length).toBeGreaterThan(0);
      for (const n of keys) expect(n).toBeLessThan(100);
      // the clients: both lists intersected in the GIN index, only the client with both words read from the table
      const lists = notices.filter((n) => /client_words/.test(n) && /Bitmap/.test(n));
      expect(lists.length).toBeGreaterThan(0);
      expect(lists.join('\n')).toMatch(/Bitmap Index Scan on client_words_p\d+_words_idx/);
      const read = lists.flatMap((plan) => [...plan.matchAll(/Bitmap Heap Scan[^\n]*\(actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+)/g)].map((m) => Number(m[1])));
      expect(read).toEqual([1]);
      expect(lists.join('\n')).not.toMatch(/Seq Scan/);
    } finally {
      await su.end();
    }
  });
});
