-- The typo dictionary without its race (issue #8, item 3 "search"; noted in sessions 7 and 9).
--
-- Before: the trigger on a removed 'word' term deleted the word from app_search.word_key at once when
-- no client had it any more — as its own snapshot saw it. A transaction giving the same word to
-- another client at the same moment found the word's keys still there (insert … on conflict do
-- nothing: nothing written, nothing locked) and, once both committed, the word was gone from the
-- dictionary while a client had it: a typo of that name found nobody until typo_index_rebuild().
-- (A lock on the word's keys, shared by givers and upgraded by the remover, deadlocked two saves of
-- clients sharing a surname: session 9, reverted.)
--
-- Now a removal never deletes from the dictionary. It notes the word as possibly orphaned
-- (app_search.word_orphan), and app_search.word_key_prune(), run by the worker every minute in its
-- own transaction, deletes the keys of a noted word that no client has, under a lock that closes the
-- race without any transaction ever waiting on it while holding it:
--   - a transaction giving a word takes its bucket's advisory lock SHARED before writing the keys
--     (shared locks never conflict: two saves never wait on each other, and nothing is upgraded);
--   - the prune only TRIES the bucket's lock EXCLUSIVE (it never waits: a word being given is left
--     for the next minute), and after getting it reads client_words afresh: a giver that has
--     committed is seen, one that has not yet written the keys waits on the lock until the prune
--     commits, then writes them again.
-- 256 buckets per namespace: a bulk transaction holds at most 256 of these locks, whatever it loads.
-- Until the prune runs, a word no client has stays in the dictionary; it finds no client (the typo
-- pass keeps only clients whose word lists have it), so search results never depend on the prune.

create table app_search.word_orphan (
  company_id uuid not null references company(id),
  word text not null,
  primary key (company_id, word)
);

-- The advisory lock bucket of a company's word (namespace 7301 of the two-key form).
create function app_search.word_bucket(p_company uuid, p_word text) returns int
  language sql immutable parallel safe strict as $$
  select hashtext(p_company::text || ':' || p_word) & 255
$$;

create or replace function app_search.client_words_on_term() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  v_word text;
begin
  if tg_op = 'INSERT' then
    v_word := substr(new.term, 2); -- word terms are stored behind chr(1)
    insert into app_search.client_words as w (company_id, client_id, words) values (new.company_id, new.client_id, array[v_word])
      on conflict (company_id, client_id) do update
        set words = case when v_word = any(w.words) then w.words else w.words || v_word end;
    -- shared with every other giver of a word of this bucket; excludes only a prune of it
    perform pg_advisory_xact_lock_shared(7301, app_search.word_bucket(new.company_id, v_word));
    insert into app_search.word_key (company_id, key, word)
      select new.company_id, k, v_word from unnest(app_search.word_keys(v_word)) k
      on conflict do nothing;
  else
    v_word := substr(old.term, 2);
    update app_search.client_words set words = array_remove(words, v_word)
     where company_id = old.company_id and client_id = old.client_id;
    -- a word no client has (as this transaction sees it) is noted for the prune, which decides
    if not exists (select 1 from app_search.client_words w where w.company_id = old.company_id and w.words @> array[v_word]) then
      insert into app_search.word_orphan (company_id, word) values (old.company_id, v_word) on conflict do nothing;
    end if;
  end if;
  return null;
end $$;

-- Deletes from the dictionary the noted words no client has (nothing of an erased or changed name
-- stays); a word whose bucket a transaction holds is left noted for the next run. Returns the number
-- of words deleted. Run by the worker (clients module, search-dictionary.job.ts) every minute.
create function app_search.word_key_prune(p_limit int default 10000) returns int
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  r record;
  v_deleted int := 0;
begin
  for r in select o.company_id, o.word from app_search.word_orphan o
            order by o.company_id, o.word limit p_limit for update skip locked loop
    if pg_try_advisory_xact_lock(7301, app_search.word_bucket(r.company_id, r.word)) then
      -- a new statement: a fresh snapshot taken after the lock, which sees every committed giver
      if not exists (select 1 from app_search.client_words w where w.company_id = r.company_id and w.words @> array[r.word]) then
        delete from app_search.word_key
         where company_id = r.company_id and key = any(app_search.word_keys(r.word)) and word = r.word;
        v_deleted := v_deleted + 1;
      end if;
      delete from app_search.word_orphan where company_id = r.company_id and word = r.word;
    end if;
  end loop;
  return v_deleted;
end $$;

-- A rebuild starts the dictionary afresh: nothing is left to prune.
create or replace function app_search.typo_index_rebuild(p_company uuid default null) returns void
  language sql security definer set search_path = pg_catalog, public as $$
  delete from app_search.client_words where p_company is null or company_id = p_company;
  delete from app_search.word_key where p_company is null or company_id = p_company;
  delete from app_search.word_orphan where p_company is null or company_id = p_company;
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

revoke all on function app_search.word_bucket(uuid, text) from public;
revoke all on function app_search.word_key_prune(int) from public;
revoke all on function app_search.client_words_on_term() from public;
revoke all on function app_search.typo_index_rebuild(uuid) from public;
