import pg from 'pg';

/**
 * Q-1 reference data for the clients module, generated with set-based SQL (generate_series, no row
 * by row): `companies` companies (codes GEN01…), `clients` clients — the first company holds 10 %
 * (a large agency), the others share the rest — each with a residence (20 % also a risk location),
 * an e-mail (90 %) and a phone, a bank account (60 %), and the search terms of CL-6.
 *
 * Runs as a superuser (bulk load: triggers and foreign-key checks off for the session, the search
 * index built once at the end). Values look real enough for search and list pages; tax codes and
 * IBANs are not checksummed (the API never sees them).
 */
export interface GenerateOptions {
  companies?: number;
  clients?: number;
  log?: (line: string) => void;
}

const FIRST = ['Marco', 'Giulia', 'Luca', 'Chiara', 'Francesco', 'Sofia', 'Alessandro', 'Martina', 'Lorenzo', 'Giorgia', 'Matteo', 'Sara', 'Andrea', 'Elena',
  'Jan', 'Emma', 'Daan', 'Sophie', 'Sem', 'Julia', 'Lucas', 'Tess', 'Bram', 'Zoë', 'Lukas', 'Hannah', 'Jürgen', 'Müge', 'Felix', 'Lena', 'Maximilian', 'Anna',
  'Jakub', 'Zuzanna', 'Kacper', 'Łucja', 'Mikołaj', 'Maja', 'Niccolò', 'Mattia', 'Aurora', 'Gabriele', 'Beatrice', 'Tommaso', 'Noemi', 'Pieter', 'Anouk', 'Ruben'];
const LAST = ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini',
  'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schäfer', 'Koch', 'Nowak', 'Kowalski', 'Wiśniewski',
  'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Fontana', 'Caruso', 'Santoro', 'Marchetti', 'Barbieri'];
const CITY = [['Milano', '20121', 'MI'], ['Roma', '00184', 'RM'], ['Napoli', '80133', 'NA'], ['Torino', '10121', 'TO'], ['Amsterdam', '1017 AB', null], ['Rotterdam', '3011 AA', null],
  ['Berlin', '10115', null], ['München', '80331', null], ['Warszawa', '00-001', null], ['Kraków', '30-001', null], ['Bologna', '40121', 'BO'], ['Utrecht', '3511 AB', null]];
const STREET = ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Keizersgracht', 'Hoofdstraat', 'Hauptstraße', 'Bahnhofstraße', 'ulica Długa', 'ulica Polna', 'Via Dante', 'Kerkstraat', 'Schulstraße'];
const BUSINESS = ['Costruzioni', 'Trasporti', 'Bouw', 'Handel', 'Logistik', 'Consulting', 'Ristorazione', 'Techniek', 'Immobilien', 'Usługi'];
const FORM = ['S.r.l.', 'S.p.A.', 'B.V.', 'GmbH', 'sp. z o.o.', 'S.n.c.'];

const lit = (xs: readonly (string | null)[]) => `array[${xs.map((x) => (x === null ? 'null' : `'${x.replace(/'/g, "''")}'`)).join(', ')}]::text[]`;

export async function generateClients(superuserUrl: string, options: GenerateOptions = {}): Promise<{ seconds: number; counts: Record<string, number> }> {
  const companies = options.companies ?? 50;
  const total = options.clients ?? 1_000_000;
  const log = options.log ?? (() => undefined);
  const db = new pg.Client({ connectionString: superuserUrl });
  await db.connect();
  const t0 = performance.now();
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const s = performance.now();
    const r = await db.query(sql, params);
    log(`  ${name}: ${r.rowCount ?? ''} rows in ${((performance.now() - s) / 1000).toFixed(1)} s`);
  };
  try {
    await db.query(`set session_replication_role = replica`); // no triggers, no FK checks: consistent by construction
    await db.query(`set maintenance_work_mem = '1GB'`);
    await db.query(`set work_mem = '256MB'`);
    await db.query(`select setseed(0.42)`);
    await step(
      'companies',
      `insert into company (code, name, country, locale, currency)
       select 'GEN' || lpad(g::text, 2, '0'), 'Generated Agency ' || g, (array['IT','NL','DE','PL'])[1 + (g - 1) % 4],
              (array['it','nl','de','pl'])[1 + (g - 1) % 4], case when (g - 1) % 4 = 3 then 'PLN' else 'EUR' end
         from generate_series(1, $1) g on conflict (code) do nothing`,
      [companies],
    );
    await db.query(`create temp table gen_company as select id, row_number() over (order by code) as n, country from company where code like 'GEN%' and code <= 'GEN' || lpad($1::text, 2, '0')`, [companies]);
    await db.query(`create unique index on gen_company (n)`);
    await db.query(`drop index if exists app_search.client_term_trgm`);
    await db.query(`drop index if exists app_search.client_term_prefix`);
    await step(
      'clients',
      `insert into client (company_id, kind, status, display_name, first_name, last_name, gender, birth_date, legal_name, legal_form,
                           tax_country, tax_code, vat_number, occupation, created_at, updated_at)
       select c.id, s.kind, s.status,
              case when s.kind = 'person' then s.ln || ' ' || s.fn else s.ln || ' ' || s.biz || ' ' || s.form end,
              case when s.kind = 'person' then s.fn end, case when s.kind = 'person' then s.ln end,
              case when s.kind = 'person' then (array['M','F'])[1 + s.g % 2] end,
              case when s.kind = 'person' then date '1940-01-01' + (s.g::bigint * 7919 % 25000)::int end,
              case when s.kind = 'entity' then s.ln || ' ' || s.biz || ' ' || s.form end,
              case when s.kind = 'entity' then s.form end,
              c.country,
              case when s.kind = 'person' then upper(left(regexp_replace(app_unaccent(s.ln), '[^A-Za-z]', '', 'g') || 'XXX', 3) || left(regexp_replace(app_unaccent(s.fn), '[^A-Za-z]', '', 'g') || 'XXX', 3))
                                             || lpad((s.g % 100000)::text, 5, '0') || upper(substr(md5(s.g::text), 1, 5)) end,
              case when s.kind = 'entity' then c.country || lpad(s.g::text, 11, '0') end,
              case when s.kind = 'person' then (array['Impiegato','Medico','Docente','Ingegnere','Commerciante','Pensionato','Student','Advocaat'])[1 + s.g % 8] end,
              now() - (s.g % 1825) * interval '1 day', now()
         from (select g,
                      case when g <= $1 / 10 then 1 else 2 + (g % ($2 - 1)) end as cn,
                      case when g % 10 = 0 then 'entity' else 'person' end as kind,
                      case when g % 33 = 0 then 'hidden' when g % 20 = 0 then 'prospect' else 'active' end as status,
                      (${lit(FIRST)})[1 + ((g::bigint * 31 + g / 7) % ${FIRST.length})::int] as fn,
                      (${lit(LAST)})[1 + ((g::bigint * 17 + g / 13) % ${LAST.length})::int] as ln,
                      (${lit(BUSINESS)})[1 + g % ${BUSINESS.length}] as biz,
                      (${lit(FORM)})[1 + g % ${FORM.length}] as form
                 from generate_series(1, $1) g) s
         join gen_company c on c.n = s.cn`,
      [total, companies],
    );
    await db.query(`create temp table gen_client as select id, company_id, kind, first_name, last_name, legal_name, row_number() over () as g from client where company_id in (select id from gen_company)`);
    await step(
      'addresses',
      `insert into client_address (company_id, client_id, kind, label, line1, postal_code, city, province, country, position)
       select k.company_id, k.id, a.kind, a.label, (${lit(STREET)})[1 + ((k.g + a.pos) % ${STREET.length})::int] || ' ' || (1 + (k.g * 7 + a.pos) % 180),
              (${lit(CITY.map((c) => c[1]))})[1 + ((k.g + a.pos) % ${CITY.length})::int], (${lit(CITY.map((c) => c[0]))})[1 + ((k.g + a.pos) % ${CITY.length})::int],
              (${lit(CITY.map((c) => c[2]))})[1 + ((k.g + a.pos) % ${CITY.length})::int], gc.country, a.pos
         from gen_client k join gen_company gc on gc.id = k.company_id
         cross join lateral (values ('residence', null::text, 0), ('risk', 'Risk location', 1)) as a(kind, label, pos)
        where a.pos = 0 or k.g % 5 = 0`,
    );
    await step(
      'contacts',
      `insert into client_contact (company_id, client_id, kind, value, national_number, label, preferred, position)
       select k.company_id, k.id, c.kind,
              case when c.kind = 'email'
                   then lower(regexp_replace(app_unaccent(coalesce(k.first_name || '.' || k.last_name, k.legal_name)), '[^A-Za-z.]', '', 'g')) || k.g || '@example.com'
                   else '+39' || (3200000000 + k.g)::text end,
              case when c.kind = 'phone' then (3200000000 + k.g)::text end,
              null, true, c.pos
         from gen_client k cross join lateral (values ('email', 0), ('phone', 1)) as c(kind, pos)
        where c.kind = 'phone' or k.g % 10 <> 3`,
    );
    await step(
      'bank accounts',
      `insert into client_bank_account (company_id, client_id, iban, holder, preferred, position, sepa_mandate_ref, sepa_mandate_date)
       select k.company_id, k.id, gc.country || lpad((k.g % 97)::text, 2, '0') || 'BANK' || lpad(k.g::text, 14, '0'),
              coalesce(k.first_name || ' ' || k.last_name, k.legal_name), true, 0,
              case when k.g % 2 = 0 then 'GEN-' || k.g end, case when k.g % 2 = 0 then date '2023-01-01' + (k.g % 700)::int end
         from gen_client k join gen_company gc on gc.id = k.company_id where k.g % 5 < 3`,
    );
    await step(
      'search terms',
      `insert into app_search.client_term (company_id, client_id, source, source_id, term)
       select company_id, client_id, source, source_id, term from client_search_source where company_id in (select id from gen_company)`,
    );
    // the typo pass's dictionary and word lists (migration 0030) are written by a trigger the bulk load bypasses
    await step('typo dictionary', `select app_search.typo_index_rebuild(id) from gen_company`);
    await step('search index (GIN trigram)', `create index client_term_trgm on app_search.client_term using gin (company_id, term gin_trgm_ops)`);
    await step('search index (b-tree prefix)', `create index client_term_prefix on app_search.client_term (company_id, term text_pattern_ops)`);
    // vacuum, not only analyze: a running database's tables are vacuumed (autovacuum), so their
    // visibility maps let index-only scans skip the heap; measured right after a bulk load they would
    // visit the heap for every row, and autovacuum would catch up during the measurements.
    await step('vacuum', `vacuum (analyze) client, client_address, client_contact, client_bank_account, app_search.client_term, app_search.client_words, app_search.word_key`);
    const counts: Record<string, number> = {};
    for (const table of ['client', 'client_address', 'client_contact', 'client_bank_account', 'app_search.client_term']) {
      counts[table] = Number((await db.query(`select count(*) from ${table}`)).rows[0].count);
    }
    return { seconds: (performance.now() - t0) / 1000, counts };
  } finally {
    await db.end();
  }
}
