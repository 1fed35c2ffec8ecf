-- The billing run's speed (issue #13, Q-6: 1,000,000 due installments in under 60 s).
--
-- Measured (server/bench/billing-profile.ts): a run issued batch after batch through
-- billing_issue_receipts(), each batch selecting its candidates again over EVERY installment due in the
-- run's range (no usable index: a scan, the anti-join on premium_document and a sort of the whole range
-- per batch), so a run's cost grew with the square of its size; what remained per receipt was the
-- foreign-key checks and index entries of the receipt, its entry and its lines.
--
-- 1. A keyset cursor per run. billing_run keeps the numbering-order key of the last installment it billed
--    (due date, policy number, seq, installment id), written in the same transaction as the batch it
--    closes (so a killed or failed batch leaves the cursor where its last committed batch left it).
--    billing_issue_run_batch(run, limit, user) reads the slice after the cursor over the new index
--    policy_installment_billing_idx (company, due date), one due date at a time (an index look-up each;
--    the rows of a date sorted by policy number and seq), until the batch is full — the same candidates
--    in the same order as billing_issue_receipts() would pick, without reading what the run has already
--    billed. (A due date is read whole by each batch that ends in it: a date holding far more
--    installments than a batch is read again by each of its batches.) Installments that become due in the range behind the cursor while the run is
--    under way are left to the next run (which bills them: running again issues only what is not billed).
--    Every rule of the issue stays in the shared code: the counter row of (company, 'Q', year) locked
--    first (numbers gap-free under concurrency), the candidates read after that lock, `not exists` a
--    receipt of the installment (and the unique installment_id), one balanced entry per receipt.
--
-- 2. Foreign-key checks that another constraint already guarantees, dropped (one per row each):
--    * journal_line.company_id → company(id): every line has entry_id NOT NULL and the company-keyed
--      (company_id, entry_id) → journal_entry(company_id, id), whose company_id references company(id);
--      a line's company therefore exists whenever its entry does. The company-keyed FKs of the line
--      (entry, account, client, insurer) are all kept.
--    * premium_document.company_id → company(id): every document has client_id NOT NULL and the
--      company-keyed (company_id, client_id) → client(company_id, id), whose company_id references
--      company(id). Every company-keyed FK of the document is kept.
--    Row-level security (forced) and every company-keyed reference are unchanged: isolation does not
--    rest on the dropped checks.
--
-- 3. An index entry per line that duplicated another: unique (entry_id, line_no) and the index
--    journal_line_entry_idx (company_id, entry_id, line_no) become ONE unique index on (company_id,
--    entry_id, line_no) — the same uniqueness (an entry's id is globally unique, its company fixed by the
--    composite FK) and the same look-ups.

alter table billing_run
  add column cursor_due_date date,
  add column cursor_policy_number text,
  add column cursor_seq int,
  add column cursor_installment_id uuid,
  add constraint billing_run_cursor check (
    (cursor_due_date is null) = (cursor_policy_number is null) and (cursor_due_date is null) = (cursor_seq is null)
    and (cursor_due_date is null) = (cursor_installment_id is null));

create index policy_installment_billing_idx on policy_installment (company_id, due_date);

alter table journal_line drop constraint journal_line_company_id_fkey;
alter table premium_document drop constraint premium_document_company_id_fkey;

alter table journal_line drop constraint journal_line_entry_id_line_no_key;
drop index journal_line_entry_idx;
create unique index journal_line_entry_idx on journal_line (company_id, entry_id, line_no);

-- the shared start of an issue: the company scope, its posting accounts, its counter row locked, the
-- session's staging table emptied -------------------------------------------------------------------------
create function billing_issue_begin(p_issue_date date, out o_company uuid, out o_year int, out o_last int, out o_recv uuid, out o_ins uuid, out o_comm uuid, out o_locale text)
  language plpgsql set search_path = pg_catalog, public as $$
begin
  o_company := app_current_company();
  if o_company is null then
    raise exception 'no company scope';
  end if;
  o_year := extract(year from p_issue_date)::int;
  select id into o_recv from ledger_account where company_id = o_company and role = 'clients_receivable';
  select id into o_ins from ledger_account where company_id = o_company and role = 'insurers_payable';
  select id into o_comm from ledger_account where company_id = o_company and role = 'commission_income';
  if o_recv is null or o_ins is null or o_comm is null then
    raise exception 'the chart of accounts has no receivable, insurer or commission account' using errcode = 'P0002';
  end if;
  select split_part(locale, '-', 1) into o_locale from company where id = o_company;
  if o_locale is null or o_locale not in ('en', 'it', 'de', 'nl', 'pl') then
    o_locale := 'en';
  end if;
  insert into billing_counter (company_id, series, year, last_number) values (o_company, 'Q', o_year, 0)
    on conflict (company_id, series, year) do nothing;
  select last_number into o_last from billing_counter where company_id = o_company and series = 'Q' and year = o_year for update;
  create temp table if not exists billing_batch (
    doc_id uuid, entry_id uuid, number int, installment_id uuid, policy_id uuid, policy_number text, seq int, client_id uuid,
    insurer_id uuid, line_id uuid, due_date date, period_start date, period_end date, net numeric, taxes numeric,
    gross numeric, rate numeric, commission numeric, locale text
  ) on commit drop;
  truncate billing_batch;
end $$;

-- the shared end: the counter advanced by what was staged, then one statement per table for the whole
-- batch (entries, their lines, the receipts) ------------------------------------------------------------
create function billing_issue_write(p_company uuid, p_year int, p_last int, p_count int, p_issue_date date, p_run uuid, p_user uuid, p_recv uuid, p_ins uuid, p_comm uuid)
  returns void language plpgsql set search_path = pg_catalog, public as $$
begin
  update billing_counter set last_number = p_last + p_count where company_id = p_company and series = 'Q' and year = p_year;
  insert into journal_entry (id, company_id, entry_date, description, source, created_by)
    select b.entry_id, p_company, p_issue_date, format('Q %s/%s — %s', p_year, b.number, b.policy_number), 'receipt', p_user from billing_batch b;
  insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit, client_id, insurer_id)
    select p_company, b.entry_id, 1, p_issue_date, p_recv, b.gross, 0, b.client_id, null from billing_batch b
    union all
    select p_company, b.entry_id, 2, p_issue_date, p_ins, 0, b.gross - b.commission, null, b.insurer_id from billing_batch b where b.gross - b.commission > 0
    union all
    select p_company, b.entry_id, 3, p_issue_date, p_comm, 0, b.commission, null, null from billing_batch b where b.commission > 0;
  insert into premium_document (id, company_id, kind, series, year, number, issue_date, client_id, policy_id, insurer_id, line_id,
                                installment_id, due_date, period_start, period_end, net, taxes, gross, commission, commission_rate,
                                entry_id, run_id, locale, created_by)
    select b.doc_id, p_company, 'receipt', 'Q', p_year, b.number, p_issue_date, b.client_id, b.policy_id, b.insurer_id, b.line_id,
           b.installment_id, b.due_date, b.period_start, b.period_end, b.net, b.taxes, b.gross, b.commission, b.rate,
           b.entry_id, p_run, b.locale, p_user
      from billing_batch b;
end $$;

-- the candidates' columns, as both paths stage them (numbered after the locked counter's last number)
create function billing_stage_sql(p_where text) returns text language sql immutable as $$
  select format($f$
    insert into billing_batch
      select gen_random_uuid(), gen_random_uuid(), $1 + row_number() over (order by c.due_date, c.policy_number, c.seq, c.installment_id)::int,
             c.installment_id, c.policy_id, c.policy_number, c.seq, c.client_id, c.insurer_id, c.line_id, c.due_date, c.period_start, c.period_end,
             c.net, c.taxes, c.gross, c.rate, round(c.net * coalesce(c.rate, 0) / 100, 2), c.locale
        from (
          select i.id as installment_id, i.seq, i.policy_id, p.number as policy_number, p.client_id, p.insurer_id, p.line_id, i.due_date,
                 i.period_start, i.period_end, i.net, i.taxes, i.gross, r.rate,
                 case when cl.preferred_locale in ('en', 'it', 'de', 'nl', 'pl') then cl.preferred_locale else $2 end as locale
            from policy_installment i
            join policy p on p.company_id = i.company_id and p.id = i.policy_id
            join client cl on cl.company_id = p.company_id and cl.id = p.client_id
            left join billing_commission_rate r on r.company_id = p.company_id and r.insurer_id = p.insurer_id and r.line_id = p.line_id
           where i.company_id = $3
             and %s
             and p.status in ('policy', 'own', 'foreign', 'foreign_part')
             and not p.foreign_business
             and i.gross > 0
             and not exists (select 1 from premium_document d where d.installment_id = i.id)
           order by i.due_date, p.number, i.seq, i.id
           limit $4
        ) c$f$, p_where)
$$;

-- One installment's receipt, a list of installments, or (the benchmark's and older callers' path) the
-- first p_limit due in a range: as migration 0018 defined it, now on the shared begin / write.
create or replace function billing_issue_receipts(p_ids uuid[], p_due_from date, p_due_to date, p_limit int, p_issue_date date, p_run uuid, p_user uuid)
  returns setof uuid language plpgsql set search_path = pg_catalog, public as $$
declare
  s record;
  v_count int;
begin
  select * into s from billing_issue_begin(p_issue_date);
  execute billing_stage_sql('($5::uuid[] is null or i.id = any($5)) and ($6::date is null or i.due_date >= $6) and ($7::date is null or i.due_date <= $7)')
    using s.o_last, s.o_locale, s.o_company, p_limit, p_ids, p_due_from, p_due_to;
  get diagnostics v_count = row_count;
  if v_count = 0 then
    return;
  end if;
  perform billing_issue_write(s.o_company, s.o_year, s.o_last, v_count, p_issue_date, p_run, p_user, s.o_recv, s.o_ins, s.o_comm);
  return query select b.doc_id from billing_batch b order by b.number;
end $$;

-- The next batch of a billing run: at most p_limit installments after the run's cursor, in numbering
-- order, issued as above; the cursor moves to the last one staged, in the same transaction. The run row
-- is locked (one batch of a run at a time). The slice is read one due date at a time over the index
-- (the first due date on or after the cursor's, then the next, … — each an index look-up), the cursor's
-- own date only after the cursor, until the batch is full or the range ends: what a batch reads does not
-- depend on the planner's estimates nor on how much of the range is left. Returns the new documents' ids
-- in number order; fewer than p_limit only when the range is exhausted.
create function billing_issue_run_batch(p_run uuid, p_limit int, p_user uuid)
  returns setof uuid language plpgsql set search_path = pg_catalog, public as $$
declare
  r record;
  s record;
  v_count int := 0;
  v_n int;
  v_date date;
begin
  select * into r from billing_run where company_id = app_current_company() and id = p_run for update;
  if not found then
    raise exception 'no such billing run' using errcode = 'P0002';
  end if;
  select * into s from billing_issue_begin(r.issue_date);
  select min(i.due_date) into v_date from policy_installment i
   where i.company_id = s.o_company and i.due_date >= coalesce(r.cursor_due_date, r.due_from) and i.due_date <= r.due_to;
  while v_date is not null and v_count < p_limit loop
    if v_date = r.cursor_due_date then
      execute billing_stage_sql('i.due_date = $5 and (p.number, i.seq, i.id) > ($6::text, $7::int, $8::uuid)')
        using s.o_last + v_count, s.o_locale, s.o_company, p_limit - v_count, v_date, r.cursor_policy_number, r.cursor_seq, r.cursor_installment_id;
    else
      execute billing_stage_sql('i.due_date = $5')
        using s.o_last + v_count, s.o_locale, s.o_company, p_limit - v_count, v_date;
    end if;
    get diagnostics v_n = row_count;
    v_count := v_count + v_n;
    if v_count < p_limit then
      select min(i.due_date) into v_date from policy_installment i
       where i.company_id = s.o_company and i.due_date > v_date and i.due_date <= r.due_to;
    end if;
  end loop;
  if v_count = 0 then
    return;
  end if;
  perform billing_issue_write(s.o_company, s.o_year, s.o_last, v_count, r.issue_date, p_run, p_user, s.o_recv, s.o_ins, s.o_comm);
  update billing_run set cursor_due_date = b.due_date, cursor_policy_number = b.policy_number, cursor_seq = b.seq, cursor_installment_id = b.installment_id
    from (select due_date, policy_number, seq, installment_id from billing_batch order by number desc limit 1) b
   where company_id = s.o_company and id = p_run;
  return query select b.doc_id from billing_batch b order by b.number;
end $$;
