-- A receipt's policy and installment checked once per statement (issue #13, Q-6: the billing run over
-- 1,000,000 installments), as migration 0045 checks its entry, run, and its lines' accounts, clients and
-- insurers.
--
-- Measured (server/bench/billing-profile.ts, after 0045): the two per-row keys left on premium_document —
-- premium_document_policy_fkey (the policy with the receipt's client, insurer and line) and
-- premium_document_installment_fkey (the installment of that policy) — were the largest part of a batch's
-- write: for every receipt, two statements run by PostgreSQL's key triggers, each locking the row it finds.
--
-- The same guarantees, per statement:
-- 1. premium_document_parties_held (a statement trigger beside 0045's) looks up, for each distinct (company,
--    policy, client, insurer, line) the statement's documents name, the policy with those values, and for
--    each (company, installment, policy), the installment of that policy — one look-up each by its key, in
--    one query, locking what it finds FOR KEY SHARE as the key did. When one is missing the statement is
--    refused as the key refused it: 23503, naming the same constraint.
-- 2. The other half of each key — a named row is neither deleted nor re-keyed while a document names it —
--    is 0045's row_still_named on policy and policy_installment, now told the further columns the key
--    covered (the policy's client, insurer and line; the installment's policy): changing one of them is
--    refused as deleting the row is. A delete or such a change running beside a writer waits for the
--    writer's lock (an UPDATE of a column of a unique index takes FOR UPDATE, which waits for FOR KEY
--    SHARE: the unique indexes policy_billing_key and policy_installment_policy_key of 0045 stay for that),
--    then its trigger's query sees the writer's rows.
--
-- What a key refused and these do not: a TRUNCATE of policy_installment while documents name its rows (a
-- superuser's statement, never the platform's; policy's other keys still refuse truncating policy).

alter table premium_document
  drop constraint premium_document_policy_fkey,
  drop constraint premium_document_installment_fkey;

-- 1. ------------------------------------------------------------------------------------------------------
-- A statement trigger of its own beside 0045's premium_documents_written: statement triggers fire in the
-- order of their names, so the entry and the run are checked first, as before.
create function premium_document_parties_held() returns trigger language plpgsql set search_path = pg_catalog, public as $$
declare v_named int; v_found int;
begin
  -- the policy of each document, with the document's client, insurer and line (a lateral look-up per named
  -- policy: always by its key), locked as the key locked it
  select count(*), count(p.id) into v_named, v_found
    from (select distinct d.company_id, d.policy_id, d.client_id, d.insurer_id, d.line_id from new_documents d) n
    left join lateral (select p.id from policy p
                        where p.id = n.policy_id and p.company_id = n.company_id
                          and p.client_id = n.client_id and p.insurer_id = n.insurer_id and p.line_id = n.line_id
                          for key share) p on true;
  if v_named <> v_found then
    raise exception 'a premium document names a policy that does not exist in its company with its client, insurer and line'
      using errcode = 'foreign_key_violation', constraint = 'premium_document_policy_fkey';
  end if;
  -- the installment of each receipt, of the receipt's policy (a credit note names none)
  select count(*), count(i.id) into v_named, v_found
    from (select distinct d.company_id, d.installment_id, d.policy_id from new_documents d where d.installment_id is not null) n
    left join lateral (select i.id from policy_installment i
                        where i.id = n.installment_id and i.company_id = n.company_id and i.policy_id = n.policy_id
                          for key share) i on true;
  if v_named <> v_found then
    raise exception 'a premium document names an installment that does not exist in its company for its policy'
      using errcode = 'foreign_key_violation', constraint = 'premium_document_installment_fkey';
  end if;
  return null;
end $$;
create trigger premium_documents_written_parties after insert on premium_document referencing new table as new_documents
  for each statement execute function premium_document_parties_held();

-- 2. ------------------------------------------------------------------------------------------------------
-- row_still_named(referencing table, its column, constraint, further key columns…): a delete, or a change
-- of the row's id, company or one of the further columns, is refused while a row of the referencing table
-- names it. Security invoker (0045).
create or replace function row_still_named() returns trigger language plpgsql set search_path = pg_catalog, public as $$
declare v_keyed boolean; v_named boolean;
begin
  v_keyed := tg_op = 'DELETE' or new.id <> old.id or new.company_id <> old.company_id;
  if not v_keyed and tg_nargs > 3 then
    select exists (select 1 from unnest(tg_argv[3:]) c where to_jsonb(new) -> c is distinct from to_jsonb(old) -> c) into v_keyed;
  end if;
  if v_keyed then
    execute format('select exists (select 1 from %I where company_id = $1 and %I = $2)', tg_argv[0], tg_argv[1]) into v_named using old.company_id, old.id;
    if v_named then
      raise exception '% % is named by % (%)', tg_table_name, old.id, tg_argv[0], tg_argv[1] using errcode = 'foreign_key_violation', constraint = tg_argv[2];
    end if;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger policy_named_by_documents before delete or update of id, company_id, client_id, insurer_id, line_id on policy
  for each row execute function row_still_named('premium_document', 'policy_id', 'premium_document_policy_fkey', 'client_id', 'insurer_id', 'line_id');
create trigger installment_named_by_documents before delete or update of id, company_id, policy_id on policy_installment
  for each row execute function row_still_named('premium_document', 'installment_id', 'premium_document_installment_fkey', 'policy_id');
