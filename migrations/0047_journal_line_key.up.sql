-- A journal line is keyed by its entry and its number (issue #13, Q-6: the billing run over 1,000,000
-- installments).
--
-- journal_line had a surrogate key, id (uuid, its own unique index), beside the unique index on
-- (company_id, entry_id, line_no) that the posting code, the statements and the exports use. Nothing
-- refers to a line by its id: no foreign key (migration 0042 dropped its unique (company_id, id) for that
-- reason), no query, no GraphQL field. Every receipt writes up to three lines, so the id cost three index
-- entries and 16 bytes a line for nothing.
--
-- Measured (server/bench/billing-profile.ts, 60,000 clients, 150,435 due installments, one run, both
-- versions on copies of one database): a profiled batch of 2,000 receipts 239.0 → 211.7 ms, of which the
-- lines' insert 72.5 → 55.0 ms; the whole run 7,904 → 8,307 receipts/s (×1.05). That measurement also
-- dropped the single-column keys of premium_document and journal_entry (7.4 ms of the 27.3); those stay,
-- since every reference to them would have to be re-made to change them.
--
-- The unique index on (company_id, entry_id, line_no) becomes the primary key, under the key's name: the
-- same rows are refused as before (a second line with an entry's number), now as journal_line_pkey.
alter table journal_line drop constraint journal_line_pkey;
alter table journal_line drop column id;
alter table journal_line add constraint journal_line_pkey primary key using index journal_line_entry_idx;
