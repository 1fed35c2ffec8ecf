import pg from 'pg';

/**
 * Q-1 reference data for the consents module (issue #11, "Speed and integrity"), generated set-based
 * over the clients that generate-clients.ts wrote (companies GEN…):
 *   - per company three forms, each with its version 1 published in the company's language — an
 *     e-consent agreement (ECONSENT), a privacy notice (PRIVACY) and a marketing consent (MARKETING) —
 *     with the text hash the publishing trigger computes (`consent_text_hash`, migration 0017);
 *   - every client with an e-mail address (9 in 10) accepted ECONSENT and then PRIVACY in the portal:
 *     two records per client (1,800,000 for 1,000,000 clients), chained exactly as the BEFORE INSERT
 *     trigger `consent_record_chain` chains them: position 1, 2; `prev_hash` the previous record's
 *     hash (64 zeros for the first); the stamp in the company's time zone; and
 *     `hash = consent_record_hash(row)` — the database's own function, so the generated chain is the
 *     one the module writes and verifies.
 *
 * Runs as a superuser (bulk load: triggers and foreign-key checks off for the session). One INSERT per
 * chain position: the position-2 records read the hash of position 1 by a join. MARKETING has no
 * records: the benchmark answers it through the API. `server/test/consents-bench-generator.test.ts`
 * checks that the generated chains verify (and a tampered one does not) and that the API continues them.
 */
export interface GenerateConsentsOptions {
  log?: (line: string) => void;
}

/** Title, text and clause texts per language of the generated companies (it, nl, de, pl). */
const TEXTS: Record<string, Record<'ECONSENT' | 'PRIVACY' | 'MARKETING', { title: string; body: string; clauses: Array<[key: string, required: boolean, text: string]> }>> = {
  it: {
    ECONSENT: { title: 'Consenso alla comunicazione elettronica', body: 'Scelgo di ricevere e firmare i documenti su supporto durevole non cartaceo, all\'indirizzo e-mail indicato.', clauses: [['e_consent', true, 'Accetto la raccolta elettronica dei consensi.']] },
    PRIVACY: { title: 'Informativa privacy a fini assicurativi', body: 'Titolare del trattamento è l\'agenzia. I dati sono trattati per fornire i servizi assicurativi richiesti.', clauses: [['insurance', true, 'Acconsento al trattamento dei dati a fini assicurativi.'], ['health', false, 'Acconsento al trattamento dei dati sanitari.']] },
    MARKETING: { title: 'Consenso al marketing', body: 'Offerte e novità dell\'agenzia.', clauses: [['marketing_email', false, 'Via e-mail.'], ['marketing_phone', false, 'Per telefono.']] },
  },
  nl: {
    ECONSENT: { title: 'Toestemming voor elektronische communicatie', body: 'Ik kies ervoor documenten op een duurzame, niet-papieren drager te ontvangen en te ondertekenen.', clauses: [['e_consent', true, 'Ik ga akkoord met het elektronisch vastleggen van toestemmingen.']] },
    PRIVACY: { title: 'Privacyverklaring voor verzekeringsdoeleinden', body: 'De verwerkingsverantwoordelijke is het kantoor. Gegevens worden verwerkt om de gevraagde verzekeringen te leveren.', clauses: [['insurance', true, 'Ik stem in met de verwerking voor verzekeringsdoeleinden.'], ['health', false, 'Ik stem in met de verwerking van gezondheidsgegevens.']] },
    MARKETING: { title: 'Toestemming voor marketing', body: 'Aanbiedingen en nieuws van het kantoor.', clauses: [['marketing_email', false, 'Per e-mail.'], ['marketing_phone', false, 'Per telefoon.']] },
  },
  de: {
    ECONSENT: { title: 'Einwilligung in die elektronische Kommunikation', body: 'Ich wähle einen dauerhaften Datenträger, der nicht Papier ist, für Empfang und Unterzeichnung der Unterlagen.', clauses: [['e_consent', true, 'Ich stimme der elektronischen Erfassung von Einwilligungen zu.']] },
    PRIVACY: { title: 'Datenschutzhinweise für Versicherungszwecke', body: 'Verantwortlicher ist die Agentur. Die Daten werden zur Erbringung der gewünschten Versicherungsleistungen verarbeitet.', clauses: [['insurance', true, 'Ich willige in die Verarbeitung für Versicherungszwecke ein.'], ['health', false, 'Ich willige in die Verarbeitung von Gesundheitsdaten ein.']] },
    MARKETING: { title: 'Einwilligung in Werbung', body: 'Angebote und Neuigkeiten der Agentur.', clauses: [['marketing_email', false, 'Per E-Mail.'], ['marketing_phone', false, 'Per Telefon.']] },
  },
  pl: {
    ECONSENT: { title: 'Zgoda na komunikację elektroniczną', body: 'Wybieram trwały nośnik inny niż papier do otrzymywania i podpisywania dokumentów na wskazany adres e-mail.', clauses: [['e_consent', true, 'Zgadzam się na elektroniczne zbieranie zgód.']] },
    PRIVACY: { title: 'Klauzula informacyjna w celach ubezpieczeniowych', body: 'Administratorem danych jest agencja. Dane są przetwarzane w celu świadczenia zamówionych usług ubezpieczeniowych.', clauses: [['insurance', true, 'Wyrażam zgodę na przetwarzanie danych w celach ubezpieczeniowych.'], ['health', false, 'Wyrażam zgodę na przetwarzanie danych o stanie zdrowia.']] },
    MARKETING: { title: 'Zgoda marketingowa', body: 'Oferty i nowości agencji.', clauses: [['marketing_email', false, 'Pocztą elektroniczną.'], ['marketing_phone', false, 'Telefonicznie.']] },
  },
};
const KINDS = { ECONSENT: 'e_consent', PRIVACY: 'privacy_notice', MARKETING: 'marketing' } as const;

/** The forms as rows: company language, code, kind, title, body, clauses (jsonb text). */
function formRows(): Array<[string, string, string, string, string, string]> {
  return Object.entries(TEXTS).flatMap(([lang, forms]) =>
    Object.entries(forms).map(([code, f]): [string, string, string, string, string, string] => [
      lang,
      code,
      KINDS[code as keyof typeof KINDS],
      JSON.stringify({ [lang]: f.title }),
      JSON.stringify({ [lang]: f.body }),
      JSON.stringify(f.clauses.map(([key, required, text]) => ({ key, required, text: { [lang]: text } }))),
    ]),
  );
}

/** The records of one chain position: every generated client with an e-mail answers `code` (all clauses yes). */
const RECORD_COLUMNS = `id, company_id, client_id, seq, kind, form_id, form_version_id, text_hash, decision, answers, channel, paper_document_id,
  given_by, staff_user_id, staff_name, ip, user_agent, session_id, recorded_at, stamp, sent_to, prev_hash, hash`;
const recordsAt = (seq: number, code: string) => `
  insert into consent_record (${RECORD_COLUMNS})
  select x.*, consent_record_hash(row(x.*, '')::consent_record)
    from (select gen_random_uuid() as id, k.company_id, k.client_id, ${seq}::int as seq, 'answer'::text as kind, f.form_id, f.version_id,
                 f.text_hash, 'accepted'::text as decision, f.all_yes as answers, 'portal'::text as channel, null::uuid as paper_document_id,
                 'client'::text as given_by, null::uuid as staff_user_id, null::text as staff_name,
                 '203.0.113.' || (1 + k.g % 250) as ip, 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 (generated)'::text as user_agent,
                 null::uuid as session_id, k.at + ${seq} * interval '1 minute' as recorded_at,
                 to_char((k.at + ${seq} * interval '1 minute') at time zone consent_time_zone(k.country), 'DD/MM/YY/HH24/MI/SS') as stamp,
                 k.sent_to, coalesce(p.hash, repeat('0', 64)) as prev_hash
            from gen_consent_client k
            join gen_consent_form f on f.company_id = k.company_id and f.code = '${code}'
            ${seq > 1 ? `join consent_record p on p.client_id = k.client_id and p.seq = ${seq - 1}` : 'left join (select null::text as hash) p on true'}) x`;

export async function generateConsents(superuserUrl: string, options: GenerateConsentsOptions = {}): Promise<{ seconds: number; counts: Record<string, number> }> {
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
    await db.query(`set work_mem = '256MB'`);
    await db.query(`create temp table gen_company as select id, country, email, left(locale, 2) as lang from company where code like 'GEN%'`);
    const rows = formRows();
    const col = (i: number) => `array[${rows.map((r) => `'${r[i].replace(/'/g, "''")}'`).join(', ')}]::text[]`;
    await step(
      'consent forms (ECONSENT, PRIVACY, MARKETING per company)',
      `insert into consent_form (company_id, code, kind)
       select c.id, f.code, f.kind from gen_company c
         join unnest(${col(0)}, ${col(1)}, ${col(2)}) as f(lang, code, kind) on f.lang = c.lang
       on conflict (company_id, code) do nothing`,
    );
    await step(
      'their versions 1, published with the text hash',
      `insert into consent_form_version (company_id, form_id, status, version, title, body, clauses, text_hash, published_at)
       select c.id, cf.id, 'published', 1, f.title::jsonb, f.body::jsonb, f.clauses::jsonb,
              consent_text_hash(f.title::jsonb, f.body::jsonb, f.clauses::jsonb), now() - interval '6 years'
         from gen_company c
         join unnest(${col(0)}, ${col(1)}, ${col(3)}, ${col(4)}, ${col(5)}) as f(lang, code, title, body, clauses) on f.lang = c.lang
         join consent_form cf on cf.company_id = c.id and cf.code = f.code
        where not exists (select 1 from consent_form_version v where v.form_id = cf.id)`,
    );
    await db.query(
      `create temp table gen_consent_form as
       select v.company_id, f.code, f.id as form_id, v.id as version_id, v.text_hash,
              (select jsonb_object_agg(c->>'key', true) from jsonb_array_elements(v.clauses) c) as all_yes
         from consent_form_version v join consent_form f on f.id = v.form_id
        where v.company_id in (select id from gen_company) and v.version = 1`,
    );
    await db.query(`create index on gen_consent_form (company_id, code)`);
    await step(
      'clients with an e-mail address',
      `create temp table gen_consent_client as
       select cl.company_id, cl.id as client_id, row_number() over (order by cl.company_id, cl.id) as g, gc.country,
              cl.created_at + interval '2 hours' as at,
              array_remove(array[m.value, gc.email], null) as sent_to
         from client cl
         join gen_company gc on gc.id = cl.company_id
         join lateral (select value from client_contact ct where ct.company_id = cl.company_id and ct.client_id = cl.id and ct.kind in ('email', 'pec')
                        order by ct.preferred desc, ct.position limit 1) m on true
        where not exists (select 1 from consent_record r where r.client_id = cl.id)`,
    );
    await db.query(`create index on gen_consent_client (client_id)`);
    await db.query(`analyze gen_consent_client`);
    await step('records, chain position 1: e-consent agreement', recordsAt(1, 'ECONSENT'));
    await step('records, chain position 2: privacy notice (linked to position 1)', recordsAt(2, 'PRIVACY'));
    await step('analyze', `analyze consent_form; analyze consent_form_version; analyze consent_record`);
    const counts: Record<string, number> = {};
    for (const table of ['consent_form', 'consent_form_version', 'consent_record']) {
      counts[table] = Number((await db.query(`select count(*) from ${table}`)).rows[0].count);
    }
    return { seconds: (performance.now() - t0) / 1000, counts };
  } finally {
    await db.end();
  }
}
