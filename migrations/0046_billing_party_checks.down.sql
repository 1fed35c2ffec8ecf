-- Back to migration 0045: the receipt's policy and installment checked by per-row keys again.
drop trigger policy_named_by_documents on policy;
drop trigger installment_named_by_documents on policy_installment;
create or replace function row_still_named() returns trigger language plpgsql set search_path = pg_catalog, public as $$
declare v_named boolean;
begin
  if tg_op = 'DELETE' or new.id <> old.id or new.company_id <> old.company_id then
    execute format('select exists (select 1 from %I where company_id = $1 and %I = $2)', tg_argv[0], tg_argv[1]) into v_named using old.company_id, old.id;
    if v_named then
      raise exception '% % is named by % (%)', tg_table_name, old.id, tg_argv[0], tg_argv[1] using errcode = 'foreign_key_violation', constraint = tg_argv[2];
    end if;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create or replace function premium_documents_written() returns trigger language plpgsql set search_path = pg_catalog, public as $$
declare v_entry uuid; v_companies uuid[]; v_ids uuid[];
begin
  select d.entry_id into v_entry
    from new_documents d
   -- a look-up of each document's entry by its key (OFFSET 0 keeps it a sub-plan: planned as an anti-join
   -- on the transition table's unknown size, it read every entry of the company per document — 1.5 s a batch)
   where not exists (select 1 from journal_entry e where e.id = d.entry_id and e.company_id = d.company_id offset 0)
   limit 1;
  if found then
    raise exception 'premium document''s journal entry % does not exist in its company', v_entry
      using errcode = 'foreign_key_violation', constraint = 'premium_document_entry';
  end if;
  -- the runs the documents name (a run's batch names one): each locked once, all of them found
  select array_agg(n.company_id), array_agg(n.run_id) into v_companies, v_ids
    from (select distinct d.company_id, d.run_id from new_documents d where d.run_id is not null) n;
  perform named_rows_held('billing_run', v_companies, v_ids, 'premium_document_run', 'a premium document names a billing run that does not exist in its company');
  return null;
end $$;
alter table premium_document
  add constraint premium_document_policy_fkey foreign key (company_id, policy_id, client_id, insurer_id, line_id)
    references policy (company_id, id, client_id, insurer_id, line_id),
  add constraint premium_document_installment_fkey foreign key (company_id, installment_id, policy_id)
    references policy_installment (company_id, id, policy_id);
