-- back to migration 0007's client_search()
create or replace function client_search(p_query text, p_first int, p_include_hidden boolean, p_offset int default 0)
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

drop function app_search.typo_matches(uuid, text[]);
drop function app_search.fuzzy_matches(uuid, text, int, boolean);

-- back to migration 0005's app_open_request()
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
    'channel', coalesce(sc.channel, 'staff'));
end $$;
