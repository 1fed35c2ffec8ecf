-- Back to migration 0046: the lines' surrogate id again (new ids for the lines already written), and the
-- unique index on (company_id, entry_id, line_no) under its former name.
alter table journal_line drop constraint journal_line_pkey;
create unique index journal_line_entry_idx on journal_line (company_id, entry_id, line_no);
alter table journal_line add column id uuid not null default uuidv7();
alter table journal_line add constraint journal_line_pkey primary key (id);
