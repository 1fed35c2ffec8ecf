drop function if exists client_search(text, int, boolean, int);
drop trigger if exists client_search_bank on client_bank_account;
drop trigger if exists client_search_address on client_address;
drop trigger if exists client_search_update on client;
create trigger client_search_update after update of display_name, tax_code, vat_number, erased_at on client
  for each row execute function client_search_on_client();
delete from app_search.client_term where source in ('address', 'bank', 'word');
drop index if exists app_search.client_term_word;
create or replace view client_search_source with (security_invoker = true) as
  select c.company_id, c.id as client_id, 'client'::text as source, c.id as source_id, t.term
    from client c
    cross join lateral (values (app_search_norm(c.display_name)), (app_search_norm(c.first_name || ' ' || c.last_name)),
                               (lower(c.tax_code)), (lower(c.vat_number)), (lower(substr(c.vat_number, 3))),
                               (app_search_norm(c.first_name || ' ' || c.name_prefix || ' ' || c.last_name)),
                               (app_search_norm(c.name_prefix || ' ' || c.last_name || ' ' || c.first_name))) as t(term)
   where c.erased_at is null and t.term is not null and t.term <> ''
  union all
  select k.company_id, k.client_id, 'contact'::text, k.id, t.term
    from client_contact k
    cross join lateral (values (case when k.kind = 'phone' then ltrim(k.value, '+') else lower(k.value) end), (k.national_number)) as t(term)
   where t.term is not null;

create or replace function client_search_refresh(p_client uuid) returns void
  language sql security definer set search_path = pg_catalog, public as $$
  delete from app_search.client_term where company_id = app_current_company() and client_id = p_client and source in ('client', 'contact');
  insert into app_search.client_term (company_id, client_id, source, source_id, term)
    select company_id, client_id, source, source_id, term from client_search_source
     where company_id = app_current_company() and client_id = p_client;
$$;

create function client_search(p_query text, p_first int, p_include_hidden boolean)
  returns table (client_id uuid, score double precision)
  language plpgsql volatile security definer set search_path = pg_catalog, public
  -- plan each call with its values (constant ranges and patterns for the indexes)
  set plan_cache_mode = force_custom_plan as $$
declare
  v_company uuid := app_current_company();
  v_q text := app_search_norm(p_query);
  v_first int := least(greatest(p_first, 1), 100);
  v_q2 text;
  v_top constant text := chr(1114111);
  v_words text[];
  v_ids uuid[];
  v_scores double precision[];
begin
  if v_company is null or v_q is null or length(v_q) < 2 then
    return;
  end if;
  -- digits typed with a trunk prefix (0…) also match without it
  v_q2 := case when v_q ~ '^0+[0-9]+$' then ltrim(v_q, '0') else v_q end;
  -- 1. exact and prefix matches: a b-tree range (text_pattern_ops) — tax codes, e-mails, phones,
  --    names as written ("last first" or "first last")
  select coalesce(array_agg(x.client_id order by x.score desc, x.display_name, x.client_id), '{}'),
         coalesce(array_agg(x.score order by x.score desc, x.display_name, x.client_id), '{}')
    into v_ids, v_scores
    from (select h.client_id, h.score, c.display_name
            from (select t.client_id, max(1.0 + similarity(v_q, t.term))::double precision as score
                    from app_search.client_term t
                   where t.company_id = v_company
                     and ((t.term ~>=~ v_q and t.term ~<~ (v_q || v_top)) or (t.term ~>=~ v_q2 and t.term ~<~ (v_q2 || v_top)))
                   group by t.client_id) h
            join client c on c.id = h.client_id and c.company_id = v_company
           where p_include_hidden or c.status <> 'hidden'
           order by h.score desc, c.display_name, c.id
           limit v_first) x;
  return query select u.id, u.score from unnest(v_ids, v_scores) as u(id, score);
  -- identifiers (digits, e-mail addresses) found by prefix need no fuzzy second pass, and a number
  -- is only searched by prefix (digit trigrams are shared by every phone number)
  if cardinality(v_ids) >= v_first or (cardinality(v_ids) > 0 and v_q ~ '[0-9@]') or v_q ~ '^[0-9]+$' then
    return;
  end if;
  -- 2. typo-tolerant matches (trigram GIN): every word of the query close to a word of the term
  --    (up to three words are required; with force_custom_plan the missing ones fold away), or the
  --    query as a substring. Ranked by word similarity of the whole query.
  v_words := (regexp_split_to_array(v_q, ' '))[1:3];
  perform set_config('pg_trgm.word_similarity_threshold', '0.45', true);
  return query
    select h.client_id, h.score
      from (select t.client_id,
                   max(greatest(word_similarity(v_q, t.term), case when strpos(t.term, v_q) > 0 then 0.99 else 0.0 end)
                       + similarity(v_q, t.term) * 0.01)::double precision as score
              from app_search.client_term t
             where t.company_id = v_company
               and (t.term like '%' || replace(replace(replace(v_q, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                    or (v_words[1] <% t.term
                        and (v_words[2] is null or v_words[2] <% t.term)
                        and (v_words[3] is null or v_words[3] <% t.term)))
             group by t.client_id) h
      join client c on c.id = h.client_id and c.company_id = v_company
     where (p_include_hidden or c.status <> 'hidden') and h.client_id <> all(v_ids)
     order by h.score desc, c.display_name, c.id
     limit v_first - cardinality(v_ids);
end $$;

drop function if exists app_search_variants(text);
drop function if exists app_search_words(text);
