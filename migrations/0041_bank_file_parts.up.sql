-- Outgoing bank files stored in parts (issue #14, "streamed for large runs"): a pain.008 of 100,000
-- collections is about 75 MB; stored as one bytea value it had to be read whole into the job's memory
-- (and sent as one parameter). The SEPA job now writes the validated file in parts of 1 MB, one at a
-- time, and the download streams them back part by part: neither holds the whole file.
-- A file stored in parts has part_count > 0 and an empty content; imported files (small, parsed whole
-- anyway) keep their content in bank_file.content.
alter table bank_file add column part_count int not null default 0 check (part_count >= 0);

create table bank_file_part (
  company_id uuid not null references company(id),
  file_id uuid not null,
  seq int not null check (seq >= 0),
  bytes bytea not null,
  primary key (company_id, file_id, seq),
  foreign key (company_id, file_id) references bank_file(company_id, id) on delete cascade
);

alter table bank_file_part enable row level security;
alter table bank_file_part force row level security;
create policy tenant_isolation on bank_file_part using (company_id = app_current_company()) with check (company_id = app_current_company());
