drop function if exists app_public_quote_site(text);
create or replace function consent_chain_breaks(p_client uuid) returns table (client_id uuid, seq int, problem text)
  language sql stable parallel unsafe as $$
  select distinct on (c.client_id) c.client_id, c.seq, c.problem
    from (select r.client_id, r.seq,
                 case when r.seq <> row_number() over w then 'sequence_gap'
                      when r.prev_hash <> coalesce(lag(r.hash) over w, repeat('0', 64)) then 'broken_link'
                      when consent_record_hash(r) <> r.hash then 'content_changed'
                 end as problem
            from consent_record r
           where r.company_id = app_current_company() and (p_client is null or r.client_id = p_client)
          window w as (partition by r.client_id order by r.seq)) c
   where c.problem is not null
   order by c.client_id, c.seq $$;
alter function consent_record_hash(consent_record) cost 100;
alter function app_current_company() parallel unsafe;
