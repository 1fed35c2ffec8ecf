-- Search speed (issue #8 item 4, Q-3: p95 < 30 ms through the server for every kind of query).
-- EXPLAIN (ANALYZE, BUFFERS) of the slow searches (auto_explain of client_search's statements) showed
-- two causes, both in client_search():
--   1. The typo pass joined every query word's variants (about 250 a word) with the name words by a
--      merge join over ALL the company's words (app_search_variants() estimated at 1,000 rows a call
--      made 2,000 index probes look dearer): 70,000 index entries read in a company of 30,000
--      clients, four times that in one of 100,000. The variants are now one array read by the index
--      with `term = any(...)`: only their keys are visited, in app_search.typo_matches() with a
--      generic plan (planning the 500-element array for each call cost more than running it).
--   2. A search that matched only hidden cards (an IBAN, e-mail, tax code or name of a hidden client:
--      one in 33 of the generated clients) found nothing to show and fell through to the trigram
--      pass over the whole company (100-400 ms, most of all for identifiers, whose trigrams every
--      identifier shares). What was typed was found: the trigram pass now runs only when nothing
--      matched, and an identifier (a digit in it) is then looked for as a substring only.
--   3. Every statement of client_search() was planned again on every call (plan_cache_mode =
--      force_custom_plan), the 20-40 look-ups of a page's cards ("hidden?") included: generic plans
--      now, kept by the connection; the trigram pass keeps custom plans in its own function.
-- Same signature and result; the server is unchanged.

-- The typo pass of client_search(): clients each of whose query words (p_words) is a word of their
-- names at edit distance ≤ 1, scored by the words matched exactly (1) or with a typo (0.75) over the
-- number of words, best first, at most 5,000. The variants' terms (about 250 a word) are one array
-- read with `term = any(...)` by the index of name words: only their keys are visited. A generic
-- plan, kept for the session: a custom plan would estimate each of the 500 array elements against
-- the statistics on every call (16-25 ms of planning for 2 ms of execution).
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

-- The trigram pass of client_search() (3.): clients with a term that holds the query as a substring
-- or (not for an identifier) whose words are similar to the query's (word similarity ≥ 0.45), best
-- first, p_need at most. Custom plans (the pattern and its trigrams decide the plan) — it runs only
-- when nothing matched, so its planning is paid rarely.
create function app_search.fuzzy_matches(p_company uuid, p_q text, p_need int, p_include_hidden boolean)
  returns table (client_id uuid, score double precision)
  language plpgsql volatile security definer set search_path = pg_catalog, public
  set plan_cache_mode = force_custom_plan as $$
declare
  v_identifier boolean := p_q ~ '[0-9]';
  v_words text[] := (regexp_split_to_array(p_q, ' '))[1:3];
begin
  perform set_config('pg_trgm.word_similarity_threshold', '0.45', true);
  return query
    select h.client_id, h.score
      from (select t.client_id,
                   max(greatest(word_similarity(p_q, t.term), case when strpos(t.term, p_q) > 0 then 0.99 else 0.0 end)
                       + similarity(p_q, t.term) * 0.01)::double precision as score
              from app_search.client_term t
             where t.company_id = p_company and t.source <> 'word'
               and (t.term like '%' || replace(replace(replace(p_q, '\', '\\'), '%', '\%'), '_', '\_') || '%'
                    or (not v_identifier and v_words[1] <% t.term
                        and (v_words[2] is null or v_words[2] <% t.term)
                        and (v_words[3] is null or v_words[3] <% t.term)))
             group by t.client_id) h
      join client c on c.id = h.client_id and c.company_id = p_company
     where p_include_hidden or c.status <> 'hidden'
     order by h.score desc, c.display_name, c.id
     limit p_need;
end $$;
revoke all on function app_search.fuzzy_matches(uuid, text, int, boolean) from public;

-- The search: ranked client ids of the active company, page by page (p_offset, p_first), one ordered
-- list the same for every page — as in migration 0007:
--   1. exact and prefix matches (b-tree range, text_pattern_ops), in the index's order — the exact
--      term first, then alphabetically — read only as far as the page needs;
--   2. for words (no digit, no @): clients each of whose query words (up to 4) is a word of their
--      names at edit distance ≤ 1 (app_search.typo_matches);
--   3. only when nothing matched what was typed (and the query is not a number): the trigram pass
--      (app_search.fuzzy_matches).
-- Generic plans, kept by the session's connection: 0007 forced a custom plan for every statement on
-- every call, so each of the 20-40 look-ups "is this card hidden?" of a search was planned again
-- (0.1-0.8 ms each: most of an exact-name search's time). The custom plan was there for step 1's
-- OR of two ranges (digits with and without a trunk prefix 0); the two ranges are now read one
-- after the other — the same order, since every term of the first starts with 0 and none of the
-- second does.
create or replace function client_search(p_query text, p_first int, p_include_hidden boolean, p_offset int default 0)
  returns table (client_id uuid, score double precision)
  language plpgsql volatile security definer set search_path = pg_catalog, public
  set plan_cache_mode = force_generic_plan as $$
declare
  v_company uuid := app_current_company();
  v_q text := app_search_norm(regexp_replace(p_query, '[[:cntrl:]]', '', 'g'));
  v_first int := least(greatest(p_first, 1), 100);
  v_offset int := least(greatest(coalesce(p_offset, 0), 0), 1000);
  v_need int;
  v_q2 text;
  v_prefix text;
  v_top constant text := chr(1114111);
  v_words text[];
  v_ids uuid[] := '{}';
  v_scores double precision[] := '{}';
  v_cand uuid[];
  v_cand_scores double precision[];
  v_matched boolean := false;
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
  foreach v_prefix in array case when v_q2 <> v_q and v_q2 <> '' then array[v_q, v_q2] else array[v_q] end loop
    exit when cardinality(v_ids) >= v_need;
    v_limit := v_need * 4 + 100;
    loop
      v_read := 0;
      for r in select t.client_id, t.term
                 from app_search.client_term t
                where t.company_id = v_company and t.term ~>=~ v_prefix and t.term ~<~ (v_prefix || v_top)
                order by t.term using ~<~ -- the index's order (text_pattern_ops)
                limit v_limit
      loop
        v_read := v_read + 1;
        v_matched := true;
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
  end loop;
  -- 2. names with a typo or two letters swapped. Every query word (up to 4) is looked up among the
  --    words of names at edit distance ≤ 1 (a word under 4 letters: only itself), and a client must
  --    match every word; a short word that is no client's word ("va" for "van") is left out. The
  --    cards are read only for the page, in score order.
  if cardinality(v_ids) < v_need and v_q !~ '[0-9@]' then
    v_words := array(select w from unnest((app_search_words(v_q))[1:4]) w
                      where length(w) >= 4
                         or exists (select 1 from app_search.client_term t
                                     where t.company_id = v_company and t.source = 'word' and t.term = chr(1) || w));
    if cardinality(v_words) > 0 then
      select coalesce(array_agg(m.client_id order by m.score desc, m.client_id), '{}'),
             coalesce(array_agg(m.score order by m.score desc, m.client_id), '{}')
        into v_cand, v_cand_scores
        from app_search.typo_matches(v_company, v_words) m;
      v_matched := v_matched or cardinality(v_cand) > 0;
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
  -- 3. nothing matched what was typed: trigram word similarity or substring (never for a number).
  --    Not when 1 or 2 matched only cards the page leaves out (hidden ones): the search found what
  --    was typed, and guessing further would only show other people. An identifier (a digit in it:
  --    IBAN, tax code, e-mail with digits) is looked for as a substring only: its trigrams ("ban",
  --    "000", "it0") are shared by most identifiers, so word similarity would recheck nearly all.
  if cardinality(v_ids) = 0 and not v_matched and v_q !~ '^[0-9]+$' then
    select coalesce(array_agg(m.client_id order by m.n), '{}'), coalesce(array_agg(m.score order by m.n), '{}')
      into v_ids, v_scores
      from app_search.fuzzy_matches(v_company, v_q, v_need, p_include_hidden) with ordinality as m(client_id, score, n);
  end if;
  return query select u.id, u.score from unnest(v_ids[v_offset + 1:v_need], v_scores[v_offset + 1:v_need]) as u(id, score);
end $$;

-- Per request (Q-7): the request's opening statement also answers the active company's language,
-- which its client lists are sorted by (the ICU collation, client-sort.ts) — a list page no longer
-- reads the company in a statement of its own. As in 0005, plus company_locale.
create or replace function app_open_request(p_token_hash text, p_touch_after interval)
  returns jsonb
  language plpgsql volatile as $$
declare
  s user_session;
  u app_user;
  sc record;
begin
  select * into s from user_session where token_hash = p_token_hash;
  if found and s.revoked_at is null and s.expires_at > now() then
    select * into u from app_user where id = s.user_id and not disabled;
  end if;
  if u.id is null then
    perform app_enter_company(null, null, false, null);
    return null;
  end if;
  if s.last_seen_at < now() - p_touch_after then
    update user_session set last_seen_at = now() where id = s.id returning * into s;
  end if;
  if s.stage <> 'active' then
    perform app_enter_company(null, u.id, u.is_operator, null);
    return jsonb_build_object('session', to_jsonb(s), 'user', to_jsonb(u));
  end if;
  select * into sc from app_enter_company(s.active_company_id, u.id, u.is_operator, s.support_grant_id) limit 1;
  return jsonb_build_object(
    'session', to_jsonb(s),
    'user', to_jsonb(u),
    'company_id', case when sc.channel is null then null else s.active_company_id end,
    'rights', coalesce(to_jsonb(sc.rights), '[]'::jsonb),
    'role_name', sc.role_name,
    'channel', coalesce(sc.channel, 'staff'),
    'company_locale', case when sc.channel is null then null else (select c.locale from company c where c.id = s.active_company_id) end);
end $$;
