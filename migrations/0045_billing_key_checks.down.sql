-- Back to migration 0044's keys: per-row foreign keys for a receipt's policy, client, insurer, line,
-- installment, entry and run, and for a journal line's account, client and insurer; the statement checks that replaced them dropped.
drop trigger ledger_account_named on ledger_account;
drop trigger client_named_by_ledger on client;
drop trigger insurer_named_by_ledger on insurer;
drop trigger billing_run_named on billing_run;
drop function row_still_named();
drop trigger journal_line_written_names on journal_line;
drop function ledger_line_names_held();
alter table journal_line
  add constraint journal_line_company_id_account_id_fkey foreign key (company_id, account_id) references ledger_account(company_id, id),
  add constraint journal_line_company_id_client_id_fkey foreign key (company_id, client_id) references client(company_id, id),
  add constraint journal_line_company_id_insurer_id_fkey foreign key (company_id, insurer_id) references insurer(company_id, id);

drop trigger premium_documents_written on premium_document;
drop function premium_documents_written();
drop function named_rows_held(regclass, uuid[], uuid[], text, text);

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
