-- Fewer per-row key checks per premium receipt (issue #13, Q-6: the billing run over 1,000,000 installments).
--
-- Measured (server/bench/billing-profile.ts, 62,660 due installments, batches of 2,000, auto_explain): the
-- per-row foreign-key checks were over half of a batch — each is a statement PostgreSQL runs for every
-- row written, locking the row it finds. A receipt had eight of them, and each of its journal lines three.
-- The same guarantees, with fewer checks:
--
-- 1. A receipt's policy, policyholder, insurer and line of business: ONE key instead of four. The receipt
--    names the policy's own client, insurer and line (it is issued from them, and a credit note copies its
--    receipt's), so (company_id, policy_id, client_id, insurer_id, line_id) references the policy's row with
--    those values (a new unique index on policy). The policy's own keys keep its client, insurer and line in
--    existence. What this adds: a receipt cannot name another client, insurer or line than its policy's,
--    and a billed policy's client, insurer and line stay as billed (updatePolicy refuses a change on the
--    named field, before the key would).
-- 2. A receipt's installment and policy: (company_id, installment_id, policy_id) references the
--    installment of that policy (a new unique index on policy_installment) — the installment of another
--    policy is refused too. A credit note has no installment: the key does not apply (MATCH SIMPLE), its
--    policy is held by key 1.
-- 3. A receipt's journal entry: checked once per statement (premium_documents_written) instead of per row.
--    Entries are append-only — never updated, deleted or truncated (ledger_append_only) — so an entry
--    found when the receipt is written stays; the key checked nothing more.
-- 4. A receipt's billing run, and a journal line's account, client and insurer: checked once per
--    statement (premium_documents_written; ledger_line_names_held, firing after the lines' own statement
--    check ledger_lines_written of migration 0028), each row named locked once (FOR KEY SHARE, as the key
--    locked it for every row naming it) — a batch of 2,000 receipts names one run and one receivable account, not 2,000 times.
--    The other half of a key — the named row is neither deleted nor re-keyed while something names it —
--    is the trigger row_still_named on ledger_account, billing_run, client and insurer, refusing as the
--    key did (23503, naming the constraint); a delete running beside the writer waits for its lock, then
--    sees its rows (at READ COMMITTED, the platform's isolation: a trigger's query takes a new snapshot).
--    Row-level security scopes the tables on both sides by the same company, so whoever can
--    delete a row (the run-time role and the owner in the company's scope, a superuser anywhere) sees
--    what names it.
--
-- Every other key stays.

-- the keys' targets lead with the row's id: found by it, and never a path for the lists' company-wide scans
-- (led by company_id, the planner took the policy's one for a small company's list page)
create unique index policy_billing_key on policy (id, company_id, client_id, insurer_id, line_id);
create unique index policy_installment_policy_key on policy_installment (id, company_id, policy_id);

alter table premium_document
  drop constraint premium_document_company_id_policy_id_fkey,
  drop constraint premium_document_company_id_client_id_fkey,
  drop constraint premium_document_company_id_insurer_id_fkey,
  drop constraint premium_document_company_id_line_id_fkey,
  drop constraint premium_document_company_id_installment_id_fkey,
  drop constraint premium_document_company_id_entry_id_fkey,
  drop constraint premium_document_company_id_run_id_fkey,
  add constraint premium_document_policy_fkey foreign key (company_id, policy_id, client_id, insurer_id, line_id)
    references policy (company_id, id, client_id, insurer_id, line_id),
  add constraint premium_document_installment_fkey foreign key (company_id, installment_id, policy_id)
    references policy_installment (company_id, id, policy_id);

-- the idiom of the statement checks below: each distinct (company, id) a statement names, looked up by its key
-- and locked (a lateral sub-query per named row, so always an index look-up — never a scan of a large
-- table, whatever the estimate of the transition table); when one is missing, refused as the key would
-- (23503, naming p_constraint, with p_message)
create function named_rows_held(p_table regclass, p_companies uuid[], p_ids uuid[], p_constraint text, p_message text) returns void language plpgsql set search_path = pg_catalog, public as $$
declare v_found int;
begin
  execute format('select count(r.id) from unnest($1, $2) as n(company_id, id)
                    left join lateral (select r.id from %s r where r.company_id = n.company_id and r.id = n.id for key share) r on true', p_table)
    into v_found using p_companies, p_ids;
  if v_found <> coalesce(cardinality(p_ids), 0) then
    raise exception '%', p_message using errcode = 'foreign_key_violation', constraint = p_constraint;
  end if;
end $$;

-- 3. the documents' entries, once per statement --------------------------------------------------------
-- (security invoker, as the key's own look-up saw past row-level security: a superuser sees every entry; the
-- run-time role and the owner write only documents of the company in scope, whose entries they see)
create function premium_documents_written() returns trigger language plpgsql set search_path = pg_catalog, public as $$
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
create trigger premium_documents_written after insert on premium_document referencing new table as new_documents
  for each statement execute function premium_documents_written();

-- 4. the lines' accounts, clients and insurers, once per statement ----------------------------------------
alter table journal_line
  drop constraint journal_line_company_id_account_id_fkey,
  drop constraint journal_line_company_id_client_id_fkey,
  drop constraint journal_line_company_id_insurer_id_fkey;

-- the lines' accounts, clients and insurers (a batch of 2,000 receipts names three accounts and 2,000
-- clients), each looked up by its key and locked. Named so that it fires after journal_line_written
-- (statement triggers fire in the order of their names): a line joining no entry of this transaction is
-- refused as before, for that, first
create function ledger_line_names_held() returns trigger language plpgsql set search_path = pg_catalog, public as $$
declare v_companies uuid[]; v_ids uuid[];
begin
  select array_agg(n.company_id), array_agg(n.account_id) into v_companies, v_ids
    from (select distinct l.company_id, l.account_id from new_lines l) n;
  perform named_rows_held('ledger_account', v_companies, v_ids, 'journal_line_account', 'a journal line names an account that does not exist in its company');
  select array_agg(n.company_id), array_agg(n.client_id) into v_companies, v_ids
    from (select distinct l.company_id, l.client_id from new_lines l where l.client_id is not null) n;
  perform named_rows_held('client', v_companies, v_ids, 'journal_line_client', 'a journal line names a client that does not exist in its company');
  select array_agg(n.company_id), array_agg(n.insurer_id) into v_companies, v_ids
    from (select distinct l.company_id, l.insurer_id from new_lines l where l.insurer_id is not null) n;
  perform named_rows_held('insurer', v_companies, v_ids, 'journal_line_insurer', 'a journal line names an insurer that does not exist in its company');
  return null;
end $$;
create trigger journal_line_written_names after insert on journal_line referencing new table as new_lines
  for each statement execute function ledger_line_names_held();

-- a row that ledger lines or documents name is neither deleted nor re-keyed (what the keys refused):
-- row_still_named(referencing table, its column, constraint) on each named table. Security invoker (see 4.)
create function row_still_named() returns trigger language plpgsql set search_path = pg_catalog, public as $$
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
create trigger ledger_account_named before delete or update of id, company_id on ledger_account
  for each row execute function row_still_named('journal_line', 'account_id', 'journal_line_account');
create trigger client_named_by_ledger before delete or update of id, company_id on client
  for each row execute function row_still_named('journal_line', 'client_id', 'journal_line_client');
create trigger insurer_named_by_ledger before delete or update of id, company_id on insurer
  for each row execute function row_still_named('journal_line', 'insurer_id', 'journal_line_insurer');
create trigger billing_run_named before delete or update of id, company_id on billing_run
  for each row execute function row_still_named('premium_document', 'run_id', 'premium_document_run');
