drop table if exists bank_return;
alter table if exists sepa_mandate_amendment drop constraint if exists sepa_mandate_amendment_company_id_reported_item_id_fkey;
drop table if exists bank_run_item;
drop table if exists bank_run;
drop table if exists bank_file;
drop table if exists sepa_mandate_amendment;
drop table if exists sepa_mandate;
drop table if exists banking_settings;
create or replace view payment_open_item with (security_invoker = true) as
  select p.company_id, p.id as payment_id, p.client_id, p.payment_date, p.amount,
         coalesce(a.allocated, 0)::numeric(14,2) as allocated,
         (p.amount - coalesce(a.allocated, 0))::numeric(14,2) as remaining
    from payment p
    left join lateral (select sum(case when x.undoes_id is null then x.amount else -x.amount end) as allocated
                         from payment_allocation x where x.company_id = p.company_id and x.payment_id = p.id) a on true;
alter table journal_entry drop constraint journal_entry_source_check;
alter table journal_entry add constraint journal_entry_source_check
  check (source in ('manual', 'receipt', 'credit_note', 'reversal', 'payment', 'remittance')) not valid;
