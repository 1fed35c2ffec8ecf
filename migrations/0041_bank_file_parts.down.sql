drop table if exists bank_file_part;
alter table bank_file drop column if exists part_count;
