-- Back to migration 0044's keys: per-row foreign keys for a receipt's policy, client, insurer, line,
-- installment, entry and run, and for a journal line's account, client and insurer; the statement checks that replaced them dropped.
drop trigger ledger_account_named on ledger_account;
drop trigger client_named_by_ledger on client;
drop trigger insurer_named_by_ledger on insurer;
drop trigger billing_run_named on billing_run;
drop function row_still_named();
drop trigger journal_line_parties on journal_line;
drop function ledger_line_parties_held();
create or replace function ledger_lines_written() returns trigger language plpgsql security definer set search_path = pg_catalog, public set enable_nestloop = off as $$
declare v_missing boolean; v_wrong_date boolean;
begin
  with pending as (
    select k.company_id, u.id, u.entry_date
      from ledger_entry_check k, unnest(k.entry_ids, k.entry_dates) as u(id, entry_date)
     where k.txid = txid_current() and k.company_id in (select distinct l.company_id from new_lines l)
  )
  select bool_or(p.id is null), bool_or(p.entry_date <> l.entry_date) into v_missing, v_wrong_date
    from new_lines l left join pending p on p.company_id = l.company_id and p.id = l.entry_id;
  if v_missing then
    raise exception 'lines are added only to an entry written in the same transaction' using errcode = 'check_violation', constraint = 'journal_line_new_entry';
  end if;
  if v_wrong_date then
    raise exception 'a line carries its entry''s date' using errcode = 'check_violation', constraint = 'journal_line_entry_date';
  end if;
  insert into ledger_line_check (company_id, entry_ids, debits, credits, counts)
    select s.company_id, array_agg(s.entry_id), array_agg(s.d), array_agg(s.c), array_agg(s.n)
      from (select l.company_id, l.entry_id, sum(l.debit) as d, sum(l.credit) as c, count(*)::int as n from new_lines l group by l.company_id, l.entry_id) s
     group by s.company_id;
  return null;
end $$;
alter table journal_line
  add constraint journal_line_company_id_account_id_fkey foreign key (company_id, account_id) references ledger_account(company_id, id),
  add constraint journal_line_company_id_client_id_fkey foreign key (company_id, client_id) references client(company_id, id),
  add constraint journal_line_company_id_insurer_id_fkey foreign key (company_id, insurer_id) references insurer(company_id, id);

drop trigger premium_documents_written on premium_document;
drop function premium_documents_written();
drop function named_rows_held(regclass, uuid[], uuid[]);

alter table premium_document
  drop constraint premium_document_policy_fkey,
  drop constraint premium_document_installment_fkey,
  add constraint premium_document_company_id_client_id_fkey foreign key (company_id, client_id) references client(company_id, id),
  add constraint premium_document_company_id_policy_id_fkey foreign key (company_id, policy_id) references policy(company_id, id),
  add constraint premium_document_company_id_insurer_id_fkey foreign key (company_id, insurer_id) references insurer(company_id, id),
  add constraint premium_document_company_id_line_id_fkey foreign key (company_id, line_id) references line_of_business(company_id, id),
  add constraint premium_document_company_id_installment_id_fkey foreign key (company_id, installment_id) references policy_installment(company_id, id),
  add constraint premium_document_company_id_entry_id_fkey foreign key (company_id, entry_id) references journal_entry(company_id, id),
  add constraint premium_document_company_id_run_id_fkey foreign key (company_id, run_id) references billing_run(company_id, id);

drop index policy_installment_policy_key;
drop index policy_billing_key;
