-- A word must not leave the typo dictionary while another transaction gives it to a client.
--
-- Before: the delete branch of app_search.client_words_on_term() checked that no client has the word
-- any more and deleted its keys. A transaction that had just given the same word to another client,
-- not yet committed, was invisible to that check, and its own "insert … on conflict do nothing" had
-- found the keys still there. Both committed, and the word was out of the dictionary while a client
-- had it: a typo of it found nobody until the next typo_index_rebuild().
--
-- Now the word's anchor key (the word filed under itself, always present) is the word's lock:
--   - giving a word: after filing its keys, the transaction holds the anchor FOR SHARE until it ends;
--     if a concurrent removal deleted the keys in between, they are filed again;
--   - removing a word's last holder: the anchor is locked FOR UPDATE first (waiting for every
--     transaction giving the word), then the check runs in a fresh snapshot that sees them.
-- One share lock per word given; no extra row is written.
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
    loop
      insert into app_search.word_key (company_id, key, word)
        select new.company_id, k, v_word from unnest(app_search.word_keys(v_word)) k
        on conflict do nothing;
      perform 1 from app_search.word_key
        where company_id = new.company_id and key = v_word and word = v_word
        for share;
      exit when found;
    end loop;
  else
    v_word := substr(old.term, 2);
    update app_search.client_words set words = array_remove(words, v_word)
     where company_id = old.company_id and client_id = old.client_id;
    perform 1 from app_search.word_key
      where company_id = old.company_id and key = v_word and word = v_word
      for update;
    -- a word no client has any more leaves the dictionary: nothing of an erased name stays
    if not exists (select 1 from app_search.client_words w where w.company_id = old.company_id and w.words @> array[v_word]) then
      delete from app_search.word_key where company_id = old.company_id and word = v_word;
    end if;
  end if;
  return null;
end $$;
