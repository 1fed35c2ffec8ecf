-- back to 0030's trigger, which deletes a word from the dictionary at once (with its race)
drop function app_search.word_key_prune(int);
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
create or replace function app_search.typo_index_rebuild(p_company uuid default null) returns void
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
drop function app_search.word_bucket(uuid, text);
drop table app_search.word_orphan;
revoke all on function app_search.client_words_on_term() from public;
revoke all on function app_search.typo_index_rebuild(uuid) from public;
