-- back to 0016's typo pass (variants probed in app_search.client_term)
drop trigger client_words_insert on app_search.client_term;
drop trigger client_words_delete on app_search.client_term;
drop function app_search.client_words_on_term();
drop function app_search.typo_index_rebuild(uuid);
drop table app_search.client_words;
drop table app_search.word_key;
drop function app_search.typo_matches(uuid, text[]);
create function app_search.typo_matches(p_company uuid, p_words text[])
  returns table (client_id uuid, score double precision)
  language plpgsql stable security definer set search_path = pg_catalog, public
  set plan_cache_mode = force_generic_plan as $$
declare
  v_terms text[];
  v_words int[];
  v_exact boolean[];
begin
  -- the variants once: (term, query word, exact), as three arrays
  select array_agg(chr(1) || x.variant), array_agg(qw.k::int), array_agg(x.variant = qw.word)
    into v_terms, v_words, v_exact
    from unnest(p_words) with ordinality as qw(word, k)
    cross join lateral app_search_variants(qw.word) as x(variant);
  return query
    select h.client_id,
           least(1.0, sum(case when v.exact then 1.0::float8 else 0.75::float8 end) / cardinality(p_words))
      from (select t.client_id, t.term from app_search.client_term t
             where t.company_id = p_company and t.source = 'word' and t.term = any(v_terms)) h
      join unnest(v_terms, v_words, v_exact) as v(term, k, exact) on v.term = h.term
     group by h.client_id
    having bit_or(1 << (v.k - 1)) = (1 << cardinality(p_words)) - 1
     order by 2 desc, 1
     limit 5000;
end $$;
revoke all on function app_search.typo_matches(uuid, text[]) from public;
drop function app_search.one_edit(text, text);
drop function app_search.word_keys(text);
drop extension if exists fuzzystrmatch;
