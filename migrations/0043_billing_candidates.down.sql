-- back to migrations 0034 and 0042: each statement with its own copy of the candidates' conditions
create or replace function billing_stage_sql(p_where text) returns text language sql immutable as $$
  select format($f$
    insert into billing_batch
      select gen_random_uuid(), gen_random_uuid(), $1 + row_number() over (order by c.due_date, c.policy_number, c.seq, c.installment_id)::int,
             c.installment_id, c.policy_id, c.policy_number, c.seq, c.client_id, c.insurer_id, c.line_id, c.due_date, c.period_start, c.period_end,
             c.net, c.taxes, c.gross, c.rate, round(c.net * coalesce(c.rate, 0) / 100, 2), c.locale
        from (
          select i.id as installment_id, i.seq, i.policy_id, p.number as policy_number, p.client_id, p.insurer_id, p.line_id, i.due_date,
                 i.period_start, i.period_end, i.net, i.taxes, i.gross, r.rate,
                 case when cl.preferred_locale in ('en', 'it', 'de', 'nl', 'pl') then cl.preferred_locale else $2 end as locale
            from policy_installment i
            join policy p on p.company_id = i.company_id and p.id = i.policy_id
            join client cl on cl.company_id = p.company_id and cl.id = p.client_id
            left join billing_commission_rate r on r.company_id = p.company_id and r.insurer_id = p.insurer_id and r.line_id = p.line_id
           where i.company_id = $3
             and %s
             and p.status in ('policy', 'own', 'foreign', 'foreign_part')
             and not p.foreign_business
             and i.gross > 0
             and not exists (select 1 from premium_document d where d.installment_id = i.id)
           order by i.due_date, p.number, i.seq, i.id
           limit $4
        ) c$f$, p_where)
$$;

create or replace function billing_issue_receipts(p_ids uuid[], p_due_from date, p_due_to date, p_limit int, p_issue_date date, p_run uuid, p_user uuid)
  returns setof uuid language plpgsql set search_path = pg_catalog, public as $$
declare
  s record;
  v_count int;
begin
  select * into s from billing_issue_begin(p_issue_date);
  execute billing_stage_sql('($5::uuid[] is null or i.id = any($5)) and ($6::date is null or i.due_date >= $6) and ($7::date is null or i.due_date <= $7)')
    using s.o_last, s.o_locale, s.o_company, p_limit, p_ids, p_due_from, p_due_to;
  get diagnostics v_count = row_count;
  if v_count = 0 then
    return;
  end if;
  perform billing_issue_write(s.o_company, s.o_year, s.o_last, v_count, p_issue_date, p_run, p_user, s.o_recv, s.o_ins, s.o_comm);
  return query select b.doc_id from billing_batch b order by b.number;
end $$;

create or replace function billing_issue_run_batch(p_run uuid, p_limit int, p_user uuid)
  returns setof uuid language plpgsql set search_path = pg_catalog, public as $$
declare
  r record;
  s record;
  v_count int := 0;
  v_n int;
  v_lo date;
  v_hi date;
begin
  select * into r from billing_run where company_id = app_current_company() and id = p_run for update;
  if not found then
    raise exception 'no such billing run' using errcode = 'P0002';
  end if;
  select * into s from billing_issue_begin(r.issue_date);
  v_lo := coalesce(r.cursor_due_date, r.due_from);
  while v_lo is not null and v_lo <= r.due_to and v_count < p_limit loop
    -- the window: from v_lo to the due date of the (p_limit - v_count)-th installment on or after it
    select max(w.due_date) into v_hi
      from (select i.due_date from policy_installment i
             where i.company_id = s.o_company and i.due_date >= v_lo and i.due_date <= r.due_to
             order by i.due_date limit p_limit - v_count) w;
    exit when v_hi is null;
    insert into billing_batch
      select uuidv7(), uuidv7(), s.o_last + v_count + row_number() over (order by c.due_date, c.policy_number, c.seq, c.installment_id)::int,
             c.installment_id, c.policy_id, c.policy_number, c.seq, c.client_id, c.insurer_id, c.line_id, c.due_date, c.period_start, c.period_end,
             c.net, c.taxes, c.gross, c.rate, round(c.net * coalesce(c.rate, 0) / 100, 2), c.locale
        from (
          select i.id as installment_id, i.seq, i.policy_id, p.number as policy_number, p.client_id, p.insurer_id, p.line_id, i.due_date,
                 i.period_start, i.period_end, i.net, i.taxes, i.gross, cr.rate,
                 case when cl.preferred_locale in ('en', 'it', 'de', 'nl', 'pl') then cl.preferred_locale else s.o_locale end as locale
            from policy_installment i
            join policy p on p.company_id = i.company_id and p.id = i.policy_id
            join client cl on cl.company_id = p.company_id and cl.id = p.client_id
            left join billing_commission_rate cr on cr.company_id = p.company_id and cr.insurer_id = p.insurer_id and cr.line_id = p.line_id
           where i.company_id = s.o_company
             and i.due_date between v_lo and v_hi
             and (r.cursor_due_date is null or i.due_date > r.cursor_due_date
                  or (p.number, i.seq, i.id) > (r.cursor_policy_number, r.cursor_seq, r.cursor_installment_id))
             and p.status in ('policy', 'own', 'foreign', 'foreign_part')
             and not p.foreign_business
             and i.gross > 0
             -- a look-up of the installment's receipt (its unique index) per candidate: OFFSET 0 keeps this a
             -- sub-plan, never an anti-join the planner could build on the run's stale estimate of the documents
             and not exists (select 1 from premium_document d where d.installment_id = i.id offset 0)
           order by i.due_date, p.number, i.seq, i.id
           limit p_limit - v_count
        ) c;
    get diagnostics v_n = row_count;
    v_count := v_count + v_n;
    v_lo := v_hi + 1;
  end loop;
  if v_count = 0 then
    return;
  end if;
  perform billing_issue_write(s.o_company, s.o_year, s.o_last, v_count, r.issue_date, p_run, p_user, s.o_recv, s.o_ins, s.o_comm);
  update billing_run set cursor_due_date = b.due_date, cursor_policy_number = b.policy_number, cursor_seq = b.seq, cursor_installment_id = b.installment_id
    from (select due_date, policy_number, seq, installment_id from billing_batch order by number desc limit 1) b
   where company_id = s.o_company and id = p_run;
  return query select b.doc_id from billing_batch b order by b.number;
end $$;

drop view billing_candidate;
