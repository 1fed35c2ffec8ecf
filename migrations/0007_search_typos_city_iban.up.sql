-- Global search (CL-6), issue #8: transposed letters ("Mraio Rossi", "Schnieder"), the city of an
-- address and the IBAN of a bank account as search sources, paging ("see all results"), and typo and
-- e-mail-prefix searches fast enough for Q-3 (p95 < 30 ms over 1,000,000 clients). See ADR 0004.
--
-- New sources in app_search.client_term (still written only by the SECURITY DEFINER functions):
--   'address' the city of each address, normalized like names;
--   'bank'    the IBAN, lower case without spaces (prefix search);
--   'word'    each word of a client's names (and a surname of several words written as one),
--             punctuation removed, marked with a leading chr(1) so that the prefix range of a query
--             (which never holds control characters) never reads them. A typo is found by looking
--             up every word at edit distance 1 of a query word (deletion, insertion, substitution,
--             transposition of two adjacent letters) by equality on a b-tree: a few hundred index
--             probes instead of a trigram scan over thousands of candidates.

-- The words of a name: normalized (app_search_norm), punctuation removed, at least 2 characters.
create function app_search_words(text) returns text[]
  language sql immutable parallel safe strict as $$
  select coalesce(array_agg(distinct w order by w), '{}')
    from (select regexp_replace(x, '[[:punct:]’‘´`]', '', 'g') as w from regexp_split_to_table(app_search_norm($1), ' ') x) s
   where length(w) >= 2
$$;

-- Every string at edit distance ≤ 1 of a word of 4 characters or more (Damerau: deletion, adjacent
-- transposition, substitution and insertion of a letter a–z); a shorter word only itself.
create function app_search_variants(w text) returns setof text
  language sql immutable parallel safe strict as $$
  select w
  union
  select overlay(w placing '' from i for 1) from generate_series(1, length(w)) i where length(w) >= 4
  union
  select substr(w, 1, i - 1) || substr(w, i + 1, 1) || substr(w, i, 1) || substr(w, i + 2)
    from generate_series(1, length(w) - 1) i where length(w) >= 4
  union
  select overlay(w placing l from i for 1)
    from generate_series(1, length(w)) i, unnest(string_to_array('abcdefghijklmnopqrstuvwxyz', null)) l where length(w) >= 4
  union
  select overlay(w placing l from i for 0)
    from generate_series(1, length(w) + 1) i, unnest(string_to_array('abcdefghijklmnopqrstuvwxyz', null)) l where length(w) >= 4
$$;

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
   where t.term is not null
  union all
  select a.company_id, a.client_id, 'address'::text, a.id, app_search_norm(a.city)
    from client_address a
   where app_search_norm(a.city) <> ''
  union all
  select b.company_id, b.client_id, 'bank'::text, b.id, lower(regexp_replace(b.iban, '\s', '', 'g'))
    from client_bank_account b
  union all
  select c.company_id, c.id, 'word'::text, c.id, chr(1) || w.word
    from client c
    cross join lateral (select distinct x as word
                          from unnest(app_search_words(concat_ws(' ', c.display_name, c.first_name, c.last_name))
                                      || regexp_replace(app_search_norm(c.last_name), '[[:punct:][:space:]’‘´`]', '', 'g')) x
                         where length(x) >= 2) w
   where c.erased_at is null;

-- equality lookups of name words (typo pass), covering: no visit to the table
create index client_term_word on app_search.client_term (company_id, term) include (client_id) where source = 'word';

create or replace function client_search_refresh(p_client uuid) returns void
  language sql security definer set search_path = pg_catalog, public as $$
  delete from app_search.client_term where company_id = app_current_company() and client_id = p_client
     and source in ('client', 'contact', 'address', 'bank', 'word');
  insert into app_search.client_term (company_id, client_id, source, source_id, term)
    select company_id, client_id, source, source_id, term from client_search_source
     where company_id = app_current_company() and client_id = p_client;
$$;

drop trigger client_search_update on client;
create trigger client_search_update after update of display_name, first_name, last_name, legal_name, tax_code, vat_number, erased_at on client
  for each row execute function client_search_on_client();

-- addresses and bank accounts: the same trigger function as contacts (both have client_id)
create trigger client_search_address after insert or update or delete on client_address
  for each row execute function client_search_on_contact();
create trigger client_search_bank after insert or update or delete on client_bank_account
  for each row execute function client_search_on_contact();

-- the existing clients' new terms, company by company (row-level security applies to the owner too)
do $$
declare v_company uuid;
begin
  for v_company in select id from company loop
    perform set_config('app.company_id', v_company::text, true);
    insert into app_search.client_term (company_id, client_id, source, source_id, term)
      select company_id, client_id, source, source_id, term from client_search_source
       where company_id = v_company and source in ('address', 'bank', 'word');
  end loop;
  perform set_config('app.company_id', '', true);
end $$;

drop function client_search(text, int, boolean);

-- The search: ranked client ids of the active company, page by page (p_offset, p_first). The result
-- is one ordered list, the same for every page:
--   1. exact and prefix matches (b-tree range, text_pattern_ops), in the index's order — the exact
--      term first, then alphabetically — read only as far as the page needs;
--   2. for words (no digit, no @): clients each of whose query words (up to 4) is a word of their
--      names at edit distance ≤ 1 (at most 5,000 candidates), ranked by the words matched exactly or
--      with a typo;
--   3. only when 1 and 2 found nothing (and the query is not a number): the trigram GIN pass of
--      migration 0003 (word similarity ≥ 0.45 or substring).
create function client_search(p_query text, p_first int, p_include_hidden boolean, p_offset int default 0)
  returns table (client_id uuid, score double precision)
  language plpgsql volatile security definer set search_path = pg_catalog, public
  set plan_cache_mode = force_custom_plan as $$
declare
  v_company uuid := app_current_company();
  v_q text := app_search_norm(regexp_replace(p_query, '[[:cntrl:]]', '', 'g'));
  v_first int := least(greatest(p_first, 1), 100);
  v_offset int := least(greatest(coalesce(p_offset, 0), 0), 1000);
  v_need int;
  v_q2 text;
  v_top constant text := chr(1114111);
  v_words text[];
  v_ids uuid[] := '{}';
  v_scores double precision[] := '{}';
  v_cand uuid[];
  v_cand_scores double precision[];
  v_limit int;
  v_read int;
  r record;
begin
  if v_company is null or v_q is null or length(v_q) < 2 then
    return;
  end if;
  v_need := v_offset + v_first;
  -- digits typed with a trunk prefix (0…) also match without it
  v_q2 := case when v_q ~ '^0+[0-9]+$' then ltrim(v_q, '0') else v_q end;
  -- 1. exact and prefix matches, streamed in index order until the page is full. A LIMIT makes the
  --    planner choose the ordered index scan (a FOR loop is planned for all its rows); only when that
  --    many terms were read without filling the page (duplicates, hidden cards) is the range read whole.
  v_limit := v_need * 4 + 100;
  loop
    v_read := 0;
    for r in select t.client_id, t.term
               from app_search.client_term t
              where t.company_id = v_company
                and ((t.term ~>=~ v_q and t.term ~<~ (v_q || v_top))
                     or (v_q2 <> v_q and t.term ~>=~ v_q2 and t.term ~<~ (v_q2 || v_top)))
              order by t.term using ~<~ -- the index's order (text_pattern_ops)
              limit v_limit
    loop
      v_read := v_read + 1;
      continue when r.client_id = any(v_ids);
      if not p_include_hidden then
        perform 1 from client c where c.id = r.client_id and c.company_id = v_company and c.status <> 'hidden';
        continue when not found;
      end if;
      v_ids := v_ids || r.client_id;
      v_scores := v_scores || (1.0 + similarity(v_q, r.term))::double precision;
      exit when cardinality(v_ids) >= v_need;
    end loop;
    exit when cardinality(v_ids) >= v_need or v_limit is null or v_read < v_limit;
    v_limit := null;
  end loop;
  -- 2. names with a typo or two letters swapped. Every query word (up to 4) is looked up among the
  --    words of names at edit distance ≤ 1 (a word under 4 letters: only itself) by index-only
  --    equality probes, and a client must match every word; a short word that is no client's word
  --    ("va" for "van") is left out. Score: 1 per word matched exactly, 0.75 with a typo, over the
  --    number of words. The cards are read only for the page, in score order.
  if cardinality(v_ids) < v_need and v_q !~ '[0-9@]' then
    v_words := array(select w from unnest((app_search_words(v_q))[1:4]) w
                      where length(w) >= 4
                         or exists (select 1 from app_search.client_term t
                                     where t.company_id = v_company and t.source = 'word' and t.term = chr(1) || w));
    if cardinality(v_words) > 0 then
      select coalesce(array_agg(m.client_id order by m.score desc, m.client_id), '{}'),
             coalesce(array_agg(m.score order by m.score desc, m.client_id), '{}')
        into v_cand, v_cand_scores
        from (select t.client_id,
                     least(1.0, sum(case when v.variant = qw.word then 1.0 else 0.75 end) / cardinality(v_words))::double precision as score
                from unnest(v_words) with ordinality as qw(word, k)
                cross join lateral app_search_variants(qw.word) as v(variant)
                join app_search.client_term t
                  on t.company_id = v_company and t.source = 'word' and t.term = chr(1) || v.variant
               group by t.client_id
              having bit_or(1 << (qw.k::int - 1)) = (1 << cardinality(v_words)) - 1
               order by 2 desc, 1
               limit 5000) m;
      for i in 1..cardinality(v_cand) loop
        exit when cardinality(v_ids) >= v_need;
        continue when v_cand[i] = any(v_ids);
        if not p_include_hidden then
          perform 1 from client c where c.id = v_cand[i] and c.company_id = v_company and c.status <> 'hidden';
          continue when not found;
        end if;
        v_ids := v_ids || v_cand[i];
        v_scores := v_scores || v_cand_scores[i];
      end loop;
    end if;
  end if;
  -- 3. nothing so far: trigram word similarity or substring (never for a number)
  if cardinality(v_ids) = 0 and v_q !~ '^[0-9]+$' then
    v_words := (regexp_split_to_array(v_q, ' '))[1:3];
    perform set_config('pg_trgm.word_similarity_threshold', '0.45', true);
    select coalesce(array_agg(x.client_id order by x.score desc, x.display_name, x.client_id), '{}'),
           coalesce(array_agg(x.score order by x.score desc, x.display_name, x.client_id), '{}')
      into v_ids, v_scores
      from (select h.client_id, h.score, c.display_name
              from (select t.client_id,
                           max(greatest(word_similarity(v_q, t.term), case when strpos(t.term, v_q) > 0 then 0.99 else 0.0 end)
                               + similarity(v_q, t.term) * 0.01)::double precision as score
                      from app_search.client_term t
                     where t.company_id = v_company and t.source <> 'word'
                       and (t.term like '%' || replace(replace(replace(v_q, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                            or (v_words[1] <% t.term
                                and (v_words[2] is null or v_words[2] <% t.term)
                                and (v_words[3] is null or v_words[3] <% t.term)))
                     group by t.client_id) h
              join client c on c.id = h.client_id and c.company_id = v_company
             where p_include_hidden or c.status <> 'hidden'
             order by h.score desc, c.display_name, c.id
             limit v_need) x;
  end if;
  return query select u.id, u.score from unnest(v_ids[v_offset + 1:v_need], v_scores[v_offset + 1:v_need]) as u(id, score);
end $$;
