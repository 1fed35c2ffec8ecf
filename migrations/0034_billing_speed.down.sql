-- back to migration 0018's billing_issue_receipts (its candidates selected over the whole range), its
-- foreign keys and indexes; the runs lose their cursor
drop function if exists billing_issue_run_batch(uuid, int, uuid);
drop function if exists billing_issue_receipts(uuid[], date, date, int, date, uuid, uuid);
drop function if exists billing_stage_sql(text);
drop function if exists billing_issue_write(uuid, int, int, int, date, uuid, uuid, uuid, uuid, uuid);
drop function if exists billing_issue_begin(date);

drop index if exists journal_line_entry_idx;
create index journal_line_entry_idx on journal_line (company_id, entry_id, line_no);
alter table journal_line add constraint journal_line_entry_id_line_no_key unique (entry_id, line_no);
alter table premium_document add constraint premium_document_company_id_fkey foreign key (company_id) references company(id);
alter table journal_line add constraint journal_line_company_id_fkey foreign key (company_id) references company(id);

drop index if exists policy_installment_billing_idx;
alter table billing_run drop constraint if exists billing_run_cursor,
  drop column if exists cursor_due_date, drop column if exists cursor_policy_number, drop column if exists cursor_seq, drop column if exists cursor_installment_id;

create function billing_issue_receipts(p_ids uuid[], p_due_from date, p_due_to date, p_limit int, p_issue_date date, p_run uuid, p_user uuid)
  returns setof uuid language plpgsql set search_path = pg_catalog, public as $$
declare
  v_company uuid := app_current_company();
  v_year int := extract(year from p_issue_date)::int;
  v_last int;
  v_count int;
  v_recv uuid;
  v_ins uuid;
  v_comm uuid;
  v_locale text;
begin
  if v_company is null then
    raise exception 'no company scope';
  end if;
  select id into v_recv from ledger_account where company_id = v_company and role = 'clients_receivable';
  select id into v_ins from ledger_account where company_id = v_company and role = 'insurers_payable';
  select id into v_comm from ledger_account where company_id = v_company and role = 'commission_income';
  if v_recv is null or v_ins is null or v_comm is null then
    raise exception 'the chart of accounts has no receivable, insurer or commission account' using errcode = 'P0002';
  end if;
  select split_part(locale, '-', 1) into v_locale from company where id = v_company;

  insert into billing_counter (company_id, series, year, last_number) values (v_company, 'Q', v_year, 0)
    on conflict (company_id, series, year) do nothing;
  select last_number into v_last from billing_counter where company_id = v_company and series = 'Q' and year = v_year for update;

  create temp table if not exists billing_batch (
    doc_id uuid, entry_id uuid, number int, installment_id uuid, policy_id uuid, policy_number text, client_id uuid,
    insurer_id uuid, line_id uuid, due_date date, period_start date, period_end date, net numeric, taxes numeric,
    gross numeric, rate numeric, commission numeric, locale text
  ) on commit drop;
  truncate billing_batch;
  insert into billing_batch
    select gen_random_uuid(), gen_random_uuid(), v_last + row_number() over (order by c.due_date, c.policy_number, c.seq, c.installment_id)::int,
           c.installment_id, c.policy_id, c.policy_number, c.client_id, c.insurer_id, c.line_id, c.due_date, c.period_start, c.period_end,
           c.net, c.taxes, c.gross, c.rate, round(c.net * coalesce(c.rate, 0) / 100, 2), c.locale
      from (
        select i.id as installment_id, i.seq, i.policy_id, p.number as policy_number, p.client_id, p.insurer_id, p.line_id, i.due_date,
               i.period_start, i.period_end, i.net, i.taxes, i.gross, r.rate,
               case when cl.preferred_locale in ('en', 'it', 'de', 'nl', 'pl') then cl.preferred_locale
                    when v_locale in ('en', 'it', 'de', 'nl', 'pl') then v_locale else 'en' end as locale
          from policy_installment i
          join policy p on p.company_id = i.company_id and p.id = i.policy_id
          join client cl on cl.company_id = p.company_id and cl.id = p.client_id
          left join billing_commission_rate r on r.company_id = p.company_id and r.insurer_id = p.insurer_id and r.line_id = p.line_id
         where i.company_id = v_company
           and (p_ids is null or i.id = any(p_ids))
           and (p_due_from is null or i.due_date >= p_due_from)
           and (p_due_to is null or i.due_date <= p_due_to)
           and p.status in ('policy', 'own', 'foreign', 'foreign_part')
           and not p.foreign_business
           and i.gross > 0
           and not exists (select 1 from premium_document d where d.installment_id = i.id)
         order by i.due_date, p.number, i.seq, i.id
         limit p_limit
      ) c;
  get diagnostics v_count = row_count;
  if v_count = 0 then
    return;
  end if;
  update billing_counter set last_number = v_last + v_count where company_id = v_company and series = 'Q' and year = v_year;

  insert into journal_entry (id, company_id, entry_date, description, source, created_by)
    select b.entry_id, v_company, p_issue_date, format('Q %s/%s — %s', v_year, b.number, b.policy_number), 'receipt', p_user from billing_batch b;
  insert into journal_line (company_id, entry_id, line_no, entry_date, account_id, debit, credit, client_id, insurer_id)
    select v_company, b.entry_id, 1, p_issue_date, v_recv, b.gross, 0, b.client_id, null from billing_batch b
    union all
    select v_company, b.entry_id, 2, p_issue_date, v_ins, 0, b.gross - b.commission, null, b.insurer_id from billing_batch b where b.gross - b.commission > 0
    union all
    select v_company, b.entry_id, 3, p_issue_date, v_comm, 0, b.commission, null, null from billing_batch b where b.commission > 0;
  insert into premium_document (id, company_id, kind, series, year, number, issue_date, client_id, policy_id, insurer_id, line_id,
                                installment_id, due_date, period_start, period_end, net, taxes, gross, commission, commission_rate,
                                entry_id, run_id, locale, created_by)
    select b.doc_id, v_company, 'receipt', 'Q', v_year, b.number, p_issue_date, b.client_id, b.policy_id, b.insurer_id, b.line_id,
           b.installment_id, b.due_date, b.period_start, b.period_end, b.net, b.taxes, b.gross, b.commission, b.rate,
           b.entry_id, p_run, b.locale, p_user
      from billing_batch b;
  return query select b.doc_id from billing_batch b order by b.number;
end $$;
