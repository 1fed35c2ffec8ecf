-- The typo pass of client_search() without hundreds of probes and without reading every client of
-- a common name (issue #8, item 4: the "surname with a typo" search over its target).
--
-- Before: every query word's ~300 variants at edit distance 1 (app_search_variants) were probed in
-- app_search.client_term, and every client of every name found was read and grouped (7,200 rows for
-- "Bianhi Matteo" in a company of 180,000 clients) to keep the 73 who have both words.
--
-- Now, two small steps:
--   1. app_search.word_key — a dictionary of the company's name words by their deletion neighbourhood
--      (the word and every string one letter shorter; Garbe's symmetric delete): the words one edit
--      away from a query word (deletion, insertion, substitution, adjacent transposition) share a key
--      with it, so a query word looks up its own ~8 keys, not ~300 variants; the few words found are
--      checked (app_search.one_edit) to keep exactly those one edit away.
--   2. app_search.client_words — each client's name words as one array under a GIN index: the
--      clients having, for every query word, one of its words are found by intersecting posting
--      lists in the index (a bitmap AND), not by reading and grouping every client of each name.
-- Both are written by a trigger on the 'word' terms of app_search.client_term, whoever writes them
-- (the clients module's refresh, merges, erasure); bulk loads that bypass triggers call
-- app_search.typo_index_rebuild(). Like client_term they are reached only through SECURITY DEFINER
-- functions (schema app_search is closed to the run-time role); client_search() joins its hits with
-- client, which row-level security still guards.

-- fuzzystrmatch is a trusted extension: the database owner may create it (levenshtein_less_equal).
create extension if not exists fuzzystrmatch;

-- A word and, from 3 letters on, every string one letter shorter: the keys a word is filed under.
create function app_search.word_keys(p_word text) returns text[]
  language sql immutable parallel safe strict as $$
  select array[p_word] || case when length(p_word) >= 3
           then array(select distinct overlay(p_word placing '' from i for 1) from generate_series(1, length(p_word)) i)
           else '{}'::text[] end
$$;

-- Whether p_word is p_query or, for a query word of 4 letters or more, one edit away from it:
-- a deletion, an insertion or a substitution of one letter, or two adjacent letters swapped.
create function app_search.one_edit(p_query text, p_word text) returns boolean
  language sql immutable parallel safe strict set search_path = pg_catalog, public as $$
  select p_query = p_word
      or (length(p_query) >= 4
          and (levenshtein_less_equal(p_query, p_word, 1) <= 1
               or (length(p_query) = length(p_word)
                   and exists (select 1 from generate_series(1, length(p_query) - 1) i
                                where substr(p_query, 1, i - 1) || substr(p_query, i + 1, 1) || substr(p_query, i, 1) || substr(p_query, i + 2) = p_word))))
$$;

create table app_search.word_key (
  company_id uuid not null references company(id),
  key text not null,
  word text not null,
  primary key (company_id, key, word)
);

create table app_search.client_words (
  company_id uuid not null,
  client_id uuid not null,
  words text[] not null,
  primary key (company_id, client_id),
  foreign key (company_id, client_id) references client(company_id, id) on delete cascade
) partition by hash (company_id);
-- by company, as client_term: a company's posting lists are not mixed with most other companies'
do $$
begin
  for i in 0..31 loop
    execute format('create table app_search.client_words_p%s partition of app_search.client_words for values with (modulus 32, remainder %s)', i, i);
  end loop;
end $$;
create index client_words_gin on app_search.client_words using gin (words);

-- Keeps both in step with the 'word' terms of client_term.
create function app_search.client_words_on_term() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  v_word text;
begin
  if tg_op = 'INSERT' then
    v_word := substr(new.term, 2); -- word terms are stored behind chr(1)
    insert into app_search.client_words as w (company_id, client_id, words) values (new.company_id, new.client_id, array[v_word])
      on conflict (company_id, client_id) do update
        set words = case when v_word = any(w.words) then w.words else w.words || v_word end;
    insert into app_search.word_key (company_id, key, word)
      select new.company_id, k, v_word from unnest(app_search.word_keys(v_word)) k
      on conflict do nothing;
  else
    v_word := substr(old.term, 2);
    update app_search.client_words set words = array_remove(words, v_word)
     where company_id = old.company_id and client_id = old.client_id;
    -- a word no client has any more leaves the dictionary: nothing of an erased name stays
    if not exists (select 1 from app_search.client_words w where w.company_id = old.company_id and w.words @> array[v_word]) then
      delete from app_search.word_key where company_id = old.company_id and word = v_word;
    end if;
  end if;
  return null;
end $$;
create trigger client_words_insert after insert on app_search.client_term
  for each row when (new.source = 'word') execute function app_search.client_words_on_term();
create trigger client_words_delete after delete on app_search.client_term
  for each row when (old.source = 'word') execute function app_search.client_words_on_term();

-- Rewrites both from client_term for one company (or all): after a bulk load that bypassed triggers.
create function app_search.typo_index_rebuild(p_company uuid default null) returns void
  language sql security definer set search_path = pg_catalog, public as $$
  delete from app_search.client_words where p_company is null or company_id = p_company;
  delete from app_search.word_key where p_company is null or company_id = p_company;
  insert into app_search.client_words (company_id, client_id, words)
    select company_id, client_id, array_agg(distinct substr(term, 2))
      from app_search.client_term
     where source = 'word' and (p_company is null or company_id = p_company)
     group by company_id, client_id;
  insert into app_search.word_key (company_id, key, word)
    select d.company_id, k, d.word
      from (select distinct company_id, substr(term, 2) as word from app_search.client_term
             where source = 'word' and (p_company is null or company_id = p_company)) d
      cross join lateral unnest(app_search.word_keys(d.word)) k
    on conflict do nothing;
$$;
select app_search.typo_index_rebuild();

-- The typo pass (same signature and scores as before: a query word matched exactly counts 1, one
-- edit away 0.75; a client must match every query word; best first, at most 5,000).
create or replace function app_search.typo_matches(p_company uuid, p_words text[])
  returns table (client_id uuid, score double precision)
  language plpgsql stable security definer set search_path = pg_catalog, public
  set plan_cache_mode = force_generic_plan as $$
declare
  v_n int := least(cardinality(p_words), 4);
  v_found text[];
  c text[] := array[null, null, null, null]::text[];
begin
  if v_n = 0 then
    return;
  end if;
  -- 1. each query word's dictionary words one edit away (or itself); none: no client has all words
  for k in 1..v_n loop
    select array_agg(distinct d.word) into v_found
      from app_search.word_key d
     where d.company_id = p_company
       and d.key = any(case when length(p_words[k]) >= 4 then app_search.word_keys(p_words[k]) else array[p_words[k]] end)
       and app_search.one_edit(p_words[k], d.word);
    if v_found is null then
      return;
    end if;
    -- as text: a two-dimensional array needs rows of one length
    c[k] := array_to_string(v_found, chr(2));
  end loop;
  -- 2. the clients having a word of every list: posting lists intersected in the GIN index (a word
  --    missing from the query repeats the first list, which changes nothing)
  return query
    select w.client_id,
           least(1.0, (select sum(case when p_words[k] = any(w.words) then 1.0 else 0.75 end) from generate_series(1, v_n) k) / v_n)::double precision
      from app_search.client_words w
     where w.company_id = p_company
       and w.words && string_to_array(c[1], chr(2))
       and w.words && string_to_array(coalesce(c[2], c[1]), chr(2))
       and w.words && string_to_array(coalesce(c[3], c[1]), chr(2))
       and w.words && string_to_array(coalesce(c[4], c[1]), chr(2))
     order by 2 desc, 1
     limit 5000;
end $$;

revoke all on function app_search.word_keys(text) from public;
revoke all on function app_search.one_edit(text, text) from public;
revoke all on function app_search.client_words_on_term() from public;
revoke all on function app_search.typo_index_rebuild(uuid) from public;
revoke all on function app_search.typo_matches(uuid, text[]) from public;
