drop table if exists ledger_export;
drop table if exists premium_document_mail;
drop table if exists remittance_item;
drop table if exists remittance;
drop function if exists remittance_guard();
drop view if exists payment_open_item;
drop view if exists receipt_open_item;
drop table if exists money_open_item;
drop table if exists payment_allocation;
drop table if exists payment;
drop function if exists payment_allocation_check();
alter table journal_entry drop constraint journal_entry_source_check;
alter table journal_entry add constraint journal_entry_source_check
  check (source in ('manual', 'receipt', 'credit_note', 'reversal')) not valid;
