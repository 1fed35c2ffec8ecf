-- back to migration 0016's client_search() (hits without their source)
drop function client_search(text, int, boolean, int);

create function client_search(p_query text, p_first int, p_include_hidden boolean, p_offset int default 0)
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

