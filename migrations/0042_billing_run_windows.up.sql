-- The billing run's batch in one planned statement per window (issue #13, Q-6).
--
-- Measured (server/bench/billing-profile.ts, 62,667 due installments, batches of 2,000): migration
-- 0034's billing_issue_run_batch staged its candidates one due date at a time, each date a dynamic
-- statement (EXECUTE of billing_stage_sql), planned again on every call — the staging was half of a
-- batch's time (457 of 810 ms under auto_explain).
--
-- Now a batch reads WINDOWS of the range: a window ends at the due date of the p_limit-th installment
-- from the window's first date (an index-only walk of policy_installment_billing_idx, counting every
-- installment, billable or not), and holds whole due dates — so sorting the window's candidates by
-- (due date, policy number, seq, id) and keeping those after the run's cursor gives them in numbering
-- order. One static statement stages a window (its plan cached by PL/pgSQL). A batch usually needs one
-- window; when a window holds fewer candidates than the batch still needs (installments already billed,
-- not billable) the next window starts the day after it. Every installment in the range is read once
-- per batch that reaches it, at most — the work stays linear in the range.
--
-- The writes, per receipt (measured: without its foreign-key checks a receipt still cost ~80 µs, two
-- thirds of it the index entries of its entry, lines and document):
--   * time-ordered ids (uuidv7(), PostgreSQL 18) for documents, entries and lines — a batch's ids
--     are staged in numbering order, so their index entries go to the right edge of each b-tree
--     instead of random pages (62,667 receipts in one batch: 5,716 → 6,518 receipts/s; the gap grows
--     with the ledger's size). Ids stay unique and opaque; nothing orders by them.
--   * index entries that guard nothing: journal_line's unique (company_id, id) (no foreign key
--     references a line); unique (credits_id) of the documents and unique (reverses_id) of the entries
--     become partial (where not null) — the same uniqueness without an entry for every receipt's null.
--   * journal_line → journal_entry checked once per statement, not per line: ledger_lines_written
--     (migration 0028, an AFTER INSERT statement trigger) already refuses any line whose entry was not
--     written in the same transaction, on the entry's date, and entries are never updated, deleted or
--     truncated (ledger_append_only) — so the foreign key, checked again for every line, guarded nothing
--     more and is dropped. Every other reference keeps its foreign key.
--
-- Receipts already issued are skipped by a look-up of the installment's receipt per candidate (the unique
-- index on installment_id). Planned as an anti-join instead, on the statistics of a documents table that
-- the run itself is filling, it read every document of the company again per candidate: batch after batch
-- grew (395 → 1,949 ms for 2,000 receipts over the first 11 batches), until autovacuum's analyze landed.
--
-- The rules are those of 0034: the run row locked (one batch of a run at a time), the counter row of
-- (company, 'Q', year) locked by billing_issue_begin before the candidates are read (numbers gap-free
-- under concurrency), `not exists` a receipt of the installment (and its unique installment_id), one
-- balanced entry per receipt written by billing_issue_write, the cursor moved in the same transaction.

create or replace function billing_issue_run_batch(p_run uuid, p_limit int, p_user uuid)
  returns setof uuid language plpgsql set search_path = pg_catalog, public as $$
declare
  r record;
  s record;
  v_count int := 0;
  v_n int;
  v_lo date;
  v_hi date;
begin
  select * into r from billing_run where company_id = app_current_company() and id = p_run for update;
  if not found then
    raise exception 'no such billing run' using errcode = 'P0002';
  end if;
  select * into s from billing_issue_begin(r.issue_date);
  v_lo := coalesce(r.cursor_due_date, r.due_from);
  while v_lo is not null and v_lo <= r.due_to and v_count < p_limit loop
    -- the window: from v_lo to the due date of the (p_limit - v_count)-th installment on or after it
    select max(w.due_date) into v_hi
      from (select i.due_date from policy_installment i
             where i.company_id = s.o_company and i.due_date >= v_lo and i.due_date <= r.due_to
             order by i.due_date limit p_limit - v_count) w;
    exit when v_hi is null;
    insert into billing_batch
      select uuidv7(), uuidv7(), s.o_last + v_count + row_number() over (order by c.due_date, c.policy_number, c.seq, c.installment_id)::int,
             c.installment_id, c.policy_id, c.policy_number, c.seq, c.client_id, c.insurer_id, c.line_id, c.due_date, c.period_start, c.period_end,
             c.net, c.taxes, c.gross, c.rate, round(c.net * coalesce(c.rate, 0) / 100, 2), c.locale
        from (
          select i.id as installment_id, i.seq, i.policy_id, p.number as policy_number, p.client_id, p.insurer_id, p.line_id, i.due_date,
                 i.period_start, i.period_end, i.net, i.taxes, i.gross, cr.rate,
                 case when cl.preferred_locale in ('en', 'it', 'de', 'nl', 'pl') then cl.preferred_locale else s.o_locale end as locale
            from policy_installment i
            join policy p on p.company_id = i.company_id and p.id = i.policy_id
            join client cl on cl.company_id = p.company_id and cl.id = p.client_id
            left join billing_commission_rate cr on cr.company_id = p.company_id and cr.insurer_id = p.insurer_id and cr.line_id = p.line_id
           where i.company_id = s.o_company
             and i.due_date between v_lo and v_hi
             and (r.cursor_due_date is null or i.due_date > r.cursor_due_date
                  or (p.number, i.seq, i.id) > (r.cursor_policy_number, r.cursor_seq, r.cursor_installment_id))
             and p.status in ('policy', 'own', 'foreign', 'foreign_part')
             and not p.foreign_business
             and i.gross > 0
             -- a look-up of the installment's receipt (its unique index) per candidate: OFFSET 0 keeps this a
             -- sub-plan, never an anti-join the planner could build on the run's stale estimate of the documents
             and not exists (select 1 from premium_document d where d.installment_id = i.id offset 0)
           order by i.due_date, p.number, i.seq, i.id
           limit p_limit - v_count
        ) c;
    get diagnostics v_n = row_count;
    v_count := v_count + v_n;
    v_lo := v_hi + 1;
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

alter table journal_entry alter column id set default uuidv7();
alter table journal_line alter column id set default uuidv7();
alter table premium_document alter column id set default uuidv7();

alter table journal_line drop constraint journal_line_company_id_id_key;
alter table premium_document drop constraint premium_document_credits_id_key;
create unique index premium_document_credits_id_key on premium_document (credits_id) where credits_id is not null;
alter table journal_entry drop constraint journal_entry_reverses_id_key;
create unique index journal_entry_reverses_id_key on journal_entry (reverses_id) where reverses_id is not null;

alter table journal_line drop constraint journal_line_company_id_entry_id_fkey;
