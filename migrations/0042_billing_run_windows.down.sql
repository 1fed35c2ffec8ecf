-- back to migration 0034: its billing_issue_run_batch (one dynamic statement per due date), random ids,
-- the full unique constraints and the lines' foreign key to their entry
alter table journal_line add constraint journal_line_company_id_entry_id_fkey foreign key (company_id, entry_id) references journal_entry(company_id, id);
drop index if exists journal_entry_reverses_id_key;
alter table journal_entry add constraint journal_entry_reverses_id_key unique (reverses_id);
drop index if exists premium_document_credits_id_key;
alter table premium_document add constraint premium_document_credits_id_key unique (credits_id);
alter table journal_line add constraint journal_line_company_id_id_key unique (company_id, id);
alter table journal_entry alter column id set default gen_random_uuid();
alter table journal_line alter column id set default gen_random_uuid();
alter table premium_document alter column id set default gen_random_uuid();

-- The next batch of a billing run: at most p_limit installments after the run's cursor, in numbering
-- order, issued as above; the cursor moves to the last one staged, in the same transaction. The run row
-- is locked (one batch of a run at a time). The slice is read one due date at a time over the index
-- (the first due date on or after the cursor's, then the next, … — each an index look-up), the cursor's
-- own date only after the cursor, until the batch is full or the range ends: what a batch reads does not
-- depend on the planner's estimates nor on how much of the range is left. Returns the new documents' ids
-- in number order; fewer than p_limit only when the range is exhausted.
create or replace function billing_issue_run_batch(p_run uuid, p_limit int, p_user uuid)
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
