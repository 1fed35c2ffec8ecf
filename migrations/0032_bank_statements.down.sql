drop table if exists bank_transaction_proposal;
drop table if exists bank_transaction;
drop table if exists bank_statement;
drop index if exists client_bank_account_iban_norm_idx;
drop index if exists client_display_name_lower_idx;
