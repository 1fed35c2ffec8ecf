import pg from 'pg';
import { defaultLinesOf } from '../src/modules/policies/lines-of-business.js';

/**
 * Q-1 reference data for the policies module, generated with set-based SQL over the clients that
 * generate-clients.ts wrote (companies GEN…): per company 8 insurers and the ten lines of business
 * (local names and default tax rates of its country), `perClient` policies per client (2 → 2,000,000
 * over 1,000,000 clients) spread over every status, line, insurer and payment frequency, each with its
 * version as issued and its installment schedule computed as installments.ts does (periods from the cover start, month ends
 * clamped, equal cents with the remainder on the first row, rows summing exactly to the premium;
 * rows already due in policies in force are paid), a vehicle for every motor-liability policy (linked to
 * it, its plate searchable), a claim on one in five policies in force, dormant or cancelled (about
 * 200,000 for 2,000,000 policies), and the policy numbers as search terms (CL-6).
 *
 * Runs as a superuser (bulk load: triggers and foreign-key checks off for the session, the search
 * indexes rebuilt once at the end). Consistent by construction; `server/test/bench-generate-policies
 * .test.ts` checks it on a small data set through the same constraints the API obeys.
 */
export interface GeneratePoliciesOptions {
  perClient?: number;
  log?: (line: string) => void;
}

const INSURERS: Array<[code: string, name: string]> = [
  ['GEN', 'Generali Italia S.p.A.'], ['ALZ', 'Allianz S.p.A.'], ['UNI', 'UnipolSai Assicurazioni'], ['AXA', 'AXA Assicurazioni'],
  ['ACH', 'Achmea Schadeverzekeringen N.V.'], ['NN', 'Nationale-Nederlanden'], ['PZU', 'PZU S.A.'], ['ERG', 'ERGO Versicherung AG'],
];
const STATUSES = ['policy', 'policy', 'policy', 'own', 'own', 'policy', 'foreign', 'foreign_part', 'offer', 'request', 'application', 'info', 'blocked', 'dormant', 'cancelled', 'policy'];
const FREQUENCIES = ['annual', 'annual', 'annual', 'annual', 'annual', 'semi_annual', 'semi_annual', 'quarterly', 'quarterly', 'monthly', 'monthly', 'single'];

const MAKES: Array<[make: string, model: string]> = [
  ['Fiat', 'Panda'], ['Volkswagen', 'Golf'], ['Toyota', 'Yaris'], ['Renault', 'Clio'], ['Peugeot', '208'], ['Ford', 'Fiesta'],
  ['Opel', 'Corsa'], ['Skoda', 'Octavia'], ['BMW', '320d'], ['Audi', 'A3'], ['Dacia', 'Sandero'], ['Kia', 'Sportage'],
];
const PLACES = ['Milano, viale Monza', 'Roma, via Tiburtina', 'Torino, corso Francia', 'Amsterdam, Stadhouderskade', 'Utrecht, Catharijnesingel', 'Warszawa, ul. Puławska', 'München, Leopoldstraße', 'Bologna, via Emilia'];
const LOSSES = [
  'Rear-end collision at a traffic light', 'Water leak from the upstairs flat', 'Theft of a bicycle from the garage', 'Hail damage to the car body',
  'Fall on a wet floor in the shop', 'Broken windscreen on the motorway', 'Fire in the kitchen', 'Luggage lost on a flight',
];
const lit = (xs: readonly string[]) => `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]::text[]`;

export async function generatePolicies(superuserUrl: string, options: GeneratePoliciesOptions = {}): Promise<{ seconds: number; counts: Record<string, number> }> {
  const perClient = options.perClient ?? 2;
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
    await db.query(`set session_replication_role = replica`);
    await db.query(`set maintenance_work_mem = '1GB'`);
    await db.query(`set work_mem = '256MB'`);
    await db.query(`create temp table gen_company as select id, country from company where code like 'GEN%'`);
    await step(
      'insurers',
      `insert into insurer (company_id, name, code, agency_code)
       select c.id, i.name, i.code, 'AG' || lpad(i.n::text, 4, '0')
         from gen_company c cross join unnest(${lit(INSURERS.map((i) => i[1]))}, ${lit(INSURERS.map((i) => i[0]))}) with ordinality as i(name, code, n)
       on conflict (company_id, code) do nothing`,
    );
    const lines = ['IT', 'NL', 'DE', 'PL'].flatMap((country) => defaultLinesOf(country).map((l) => ({ country, ...l })));
    await step(
      'lines of business',
      `insert into line_of_business (company_id, code, name, default_tax_rate)
       select c.id, l.code, l.name, l.rate::numeric
         from gen_company c
         join unnest(${lit(lines.map((l) => l.country))}, ${lit(lines.map((l) => l.code))}, ${lit(lines.map((l) => l.name))}, ${lit(lines.map((l) => l.defaultTaxRate))})
              as l(country, code, name, rate) on l.country = c.country
       on conflict (company_id, code) do nothing`,
    );
    await db.query(`create temp table gen_insurer as select company_id, id, code, row_number() over (partition by company_id order by code) - 1 as n from insurer where company_id in (select id from gen_company)`);
    await db.query(`create index on gen_insurer (company_id, n)`);
    await db.query(`create temp table gen_line as select company_id, id, code, default_tax_rate, row_number() over (partition by company_id order by code) - 1 as n from line_of_business where company_id in (select id from gen_company)`);
    await db.query(`create index on gen_line (company_id, n)`);
    await db.query(`drop index if exists app_search.client_term_trgm`);
    await db.query(`drop index if exists app_search.client_term_prefix`);
    // g: a running number over (client, k) — it picks insurer, line, status, frequency, dates and premium.
    await step(
      'policies',
      `insert into policy (company_id, number, client_id, insurer_id, line_id, status, foreign_business, cover_start, cover_end, issue_date,
                           premium_net, premium_taxes, premium_gross, payment_frequency, created_at, updated_at)
       select s.company_id, gi.code || '/' || extract(year from s.cover_start)::int || '/' || lpad(s.g::text, 8, '0'), s.client_id, gi.id, gl.id,
              s.status, s.status in ('foreign', 'foreign_part'), s.cover_start, (s.cover_start + interval '1 year' - interval '1 day')::date,
              s.cover_start - 10, s.net, round(s.net * gl.default_tax_rate / 100, 2), s.net + round(s.net * gl.default_tax_rate / 100, 2),
              s.frequency, s.cover_start - 10 + interval '9 hours', now()
         from (select c.company_id, c.id as client_id, c.g as cg, k.k, (c.g - 1) * ${perClient} + k.k as g,
                      date '2025-01-01' + (((c.g * 7 + k.k * 113) % 700) - 200)::int as cover_start,
                      (${lit(STATUSES)})[1 + ((c.g * 3 + k.k * 5) % ${STATUSES.length})::int] as status,
                      (${lit(FREQUENCIES)})[1 + ((c.g * 5 + k.k * 7) % ${FREQUENCIES.length})::int] as frequency,
                      (120 + ((c.g * 7919 + k.k * 104729) % 280000) / 100.0)::numeric(14,2) as net
                 from (select id, company_id, row_number() over (order by company_id, id) as g from client where company_id in (select id from gen_company)) c
                 cross join generate_series(1, ${perClient}) as k(k)) s
         join gen_insurer gi on gi.company_id = s.company_id and gi.n = (s.cg * 13 + s.k * 3) % 8
         join gen_line gl on gl.company_id = s.company_id and gl.n = (s.cg * 7 + s.k * 3) % 10`,
    );
    await step(
      'installments',
      `insert into policy_installment (company_id, policy_id, seq, due_date, period_start, period_end, net, taxes, gross, paid_at)
       select p.company_id, p.id, k, ps, ps, least(pe, p.cover_end),
              net_k, tax_k, net_k + tax_k,
              case when ps <= current_date and p.status in ('policy', 'own', 'foreign', 'foreign_part', 'dormant') then ps + interval '3 days' end
         from (select p.*, case p.payment_frequency when 'annual' then 1 when 'semi_annual' then 2 when 'quarterly' then 4 when 'monthly' then 12 else 1 end as n,
                      case p.payment_frequency when 'annual' then 12 when 'semi_annual' then 6 when 'quarterly' then 3 when 'monthly' then 1 else 12 end as months
                 from policy p where p.company_id in (select id from gen_company)) p
         cross join lateral generate_series(1, p.n) as k
         cross join lateral (select (p.cover_start + ((k - 1) * p.months) * interval '1 month')::date as ps,
                                    (p.cover_start + (k * p.months) * interval '1 month' - interval '1 day')::date as pe) d
         cross join lateral (select floor(p.premium_net * 100 / p.n) / 100 as net_share, floor(p.premium_taxes * 100 / p.n) / 100 as tax_share) sh
         cross join lateral (select case when k = 1 then p.premium_net - sh.net_share * (p.n - 1) else sh.net_share end as net_k,
                                    case when k = 1 then p.premium_taxes - sh.tax_share * (p.n - 1) else sh.tax_share end as tax_k) a`,
    );
    await step(
      'versions (each policy as issued)',
      `insert into policy_version (company_id, policy_id, version, kind, effective_date, changes, terms, created_at)
       select p.company_id, p.id, 1, 'issued', p.cover_start, '[]',
              jsonb_build_object('premiumNet', p.premium_net::text, 'premiumTaxes', p.premium_taxes::text, 'premiumGross', p.premium_gross::text,
                                 'insuredSum', null, 'coverStart', p.cover_start::text, 'coverEnd', p.cover_end::text,
                                 'paymentFrequency', p.payment_frequency, 'objects', '[]'::jsonb),
              p.created_at
         from policy p where p.company_id in (select id from gen_company)`,
    );
    // vehicles (Q-1): one per motor-liability policy, owned by its holder and linked to it; Italian-style
    // plates AA000AA numbered per company (the plate is the key that links each one to its policy)
    await step(
      'motor-liability policies to cover',
      `create temp table gen_motor as
       select p.id as policy_id, p.company_id, p.client_id, c.country, p.created_at, x.n,
              chr(65 + ((x.n / 1000 / 17576) % 26)::int) || chr(65 + ((x.n / 1000 / 676) % 26)::int) || lpad((x.n % 1000)::text, 3, '0')
              || chr(65 + ((x.n / 1000 / 26) % 26)::int) || chr(65 + ((x.n / 1000) % 26)::int) as plate
         from (select p.id, row_number() over (partition by p.company_id order by p.id) as n
                 from policy p join gen_line gl on gl.id = p.line_id and gl.code = 'motor_liability') x
         join policy p on p.id = x.id join gen_company c on c.id = p.company_id`,
    );
    await step(
      'vehicles (one per motor-liability policy)',
      `insert into vehicle (company_id, client_id, plate, plate_display, plate_country, make, model, year, fuel, vehicle_use, created_at, updated_at)
       select v.company_id, v.client_id, v.plate, v.plate, v.country,
              (${lit(MAKES.map((m) => m[0]))})[1 + (v.n % ${MAKES.length})::int], (${lit(MAKES.map((m) => m[1]))})[1 + (v.n % ${MAKES.length})::int],
              2005 + (v.n % 20)::int, (array['petrol','diesel','hybrid','electric','lpg'])[1 + (v.n % 5)::int], 'private', v.created_at, v.created_at
         from gen_motor v`,
    );
    await step(
      'vehicles linked to their policies',
      `insert into vehicle_policy (company_id, vehicle_id, policy_id, created_at)
       select m.company_id, v.id, m.policy_id, m.created_at
         from gen_motor m join vehicle v on v.company_id = m.company_id and v.plate_country = m.country and v.plate = m.plate and v.sold_on is null`,
    );
    await step(
      'plates as search terms',
      `insert into app_search.client_term (company_id, client_id, source, source_id, term)
       select distinct v.company_id, v.client_id, 'vehicle', v.id, t.term
         from vehicle v
         cross join lateral (values (app_search_norm(v.plate)),
                                    (app_search_norm(array_to_string(array(select m[1] from regexp_matches(v.plate, '([A-Z]+|[0-9]+)', 'g') as m), ' '))),
                                    (app_search_norm(array_to_string(array(select m[1] from regexp_matches(v.plate, '([A-Z]+|[0-9]+)', 'g') as m), '-')))) as t(term)
        where v.company_id in (select id from gen_company) and t.term is not null and t.term <> ''`,
    );
    // claims (Q-1): one in five policies in force, dormant or cancelled (half of them) has a claim —
    // 2,000,000 policies → about 200,000 claims, in
    // every status, lost within the cover, each with its first status change as reportClaim writes it
    await step(
      'claims (one in five policies in force, dormant or cancelled)',
      `insert into claim (company_id, client_id, policy_id, status, loss_date, loss_place, description, reported_at, status_changed_at, created_at, updated_at)
       select p.company_id, p.client_id, p.id, (array['reported','in_review','settled','rejected','closed'])[1 + (x.n / 10 % 5)::int],
              p.cover_start + (x.n % 300)::int, (${lit(PLACES)})[1 + (x.n % ${PLACES.length})::int],
              (${lit(LOSSES)})[1 + (x.n % ${LOSSES.length})::int],
              (p.cover_start + (x.n % 300)::int + 2) + interval '10 hours', (p.cover_start + (x.n % 300)::int + 2) + interval '10 hours',
              (p.cover_start + (x.n % 300)::int + 2) + interval '10 hours', now()
         from (select p.id, row_number() over (order by p.id) as n from policy p
                where p.company_id in (select id from gen_company) and p.status in ('policy', 'own', 'cancelled', 'dormant')) x
         join policy p on p.id = x.id
        where x.n % 5 = 0`,
    );
    await step(
      'claim status changes (the report)',
      `insert into claim_status_change (company_id, claim_id, from_status, to_status, changed_at)
       select c.company_id, c.id, null, 'reported', c.reported_at from claim c where c.company_id in (select id from gen_company)`,
    );
    await step(
      'policy numbers as search terms',
      `insert into app_search.client_term (company_id, client_id, source, source_id, term)
       select distinct p.company_id, p.client_id, 'policy', p.id, t.term
         from policy p
         cross join lateral (values (app_search_norm(p.number)), (app_search_norm(regexp_replace(p.number, '[^0-9A-Za-z]', '', 'g')))) as t(term)
        where p.company_id in (select id from gen_company) and t.term is not null and t.term <> ''`,
    );
    // triggers are off (replica): the companies' tally of policies (migration 0044) is written here, as the triggers would
    await step(
      'tally of policies',
      `with gone as (delete from row_tally where subject = 'policy' and company_id in (select id from gen_company))
       insert into row_tally (company_id, subject, n) select p.company_id, 'policy', count(*) from policy p where p.company_id in (select id from gen_company) group by p.company_id`,
    );
    await step('search index (GIN trigram)', `create index client_term_trgm on app_search.client_term using gin (company_id, term gin_trgm_ops)`);
    await step('search index (b-tree prefix)', `create index client_term_prefix on app_search.client_term (company_id, term text_pattern_ops)`);
    // vacuum, not only analyze (see generate-clients.ts)
    await step('vacuum', `vacuum (analyze) insurer, line_of_business, policy, row_tally, policy_installment, policy_version, vehicle, vehicle_policy, claim, claim_status_change, app_search.client_term`);
    const counts: Record<string, number> = {};
    for (const table of ['insurer', 'line_of_business', 'policy', 'policy_installment', 'policy_version', 'vehicle', 'vehicle_policy', 'claim', 'claim_status_change']) {
      counts[table] = Number((await db.query(`select count(*) from ${table}`)).rows[0].count);
    }
    return { seconds: (performance.now() - t0) / 1000, counts };
  } finally {
    await db.end();
  }
}
