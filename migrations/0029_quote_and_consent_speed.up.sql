-- Speed (issues #10 and #11), nothing else changes in what anyone may read.
--
-- The public quote form's website found by its key in one statement instead of three (set the key,
-- read, clear the key): the same row-level security policy `public_key_lookup` (migration 0022) shows
-- exactly the active website with this key while `app.quote_key` is set, here only for the duration
-- of this call. Security invoker: the run-time role's policies apply.
create function app_public_quote_site(p_key text)
  returns table (id uuid, company_id uuid, name text, origins jsonb, producer_id uuid, privacy_notice_url text)
  language plpgsql volatile as $$
begin
  perform set_config('app.quote_key', p_key, true);
  return query select w.id, w.company_id, w.name, w.origins, w.producer_id, w.privacy_notice_url from quote_website w where w.public_key = p_key;
  perform set_config('app.quote_key', '', true);
end $$;

-- Consent chain verification, faster (issue #11, "Speed and integrity": under a minute for 1,000,000
-- records). Same answers as before (one row per broken client: its first broken link, with the same
-- problem names); what changes is how PostgreSQL can run it:
--
-- 1. Each record's hash is recomputed in the scan, below the window (the `offset 0` keeps the subquery
--    from being flattened), so the sort by (client, position) carries five narrow columns instead of
--    whole rows (which spilled every record to disk), and the recomputation can run in parallel workers.
-- 2. app_current_company() (read by every row-level security policy, this table's included) is
--    declared PARALLEL SAFE: it only reads a setting, and parallel workers receive the transaction's
--    settings. While it was parallel unsafe, no statement under row-level security could use workers.
-- 3. The record hash's cost is declared (it is by far the dearest expression per row), so the planner
--    weighs parallel workers for it.
alter function app_current_company() parallel safe;
alter function consent_record_hash(consent_record) cost 1000;

create or replace function consent_chain_breaks(p_client uuid) returns table (client_id uuid, seq int, problem text)
  language sql stable parallel safe as $$
  select distinct on (c.client_id) c.client_id, c.seq, c.problem
    from (select x.client_id, x.seq,
                 case when x.seq <> row_number() over w then 'sequence_gap'
                      when x.prev_hash <> coalesce(lag(x.hash) over w, repeat('0', 64)) then 'broken_link'
                      when not x.content_ok then 'content_changed'
                 end as problem
            from (select r.client_id, r.seq, r.prev_hash, r.hash, consent_record_hash(r) = r.hash as content_ok
                    from consent_record r
                   where r.company_id = app_current_company() and (p_client is null or r.client_id = p_client)
                  offset 0) x
          window w as (partition by x.client_id order by x.seq)) c
   where c.problem is not null
   order by c.client_id, c.seq $$;
