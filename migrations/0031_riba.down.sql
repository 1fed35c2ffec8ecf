drop trigger if exists riba_sepa_exclusive on bank_run_item;
drop table if exists riba_item;
drop table if exists riba_run;
drop table if exists riba_file;
drop table if exists riba_debtor;
drop table if exists riba_settings;
drop function if exists riba_sepa_exclusive();
delete from ledger_account where role = 'riba_in_collection' and not exists (select 1 from journal_line l where l.account_id = ledger_account.id);
alter table payment drop constraint payment_method_check;
alter table payment add constraint payment_method_check
  check (method in ('bank_transfer', 'cash', 'card', 'cheque', 'direct_debit')) not valid;
alter table ledger_account drop constraint ledger_account_role_check;
alter table ledger_account add constraint ledger_account_role_check
  check (role in ('clients_receivable', 'insurers_payable', 'producers_payable', 'bank', 'premium_account',
                  'cash', 'commission_income', 'producer_commission_expense', 'equity')) not valid;
