drop table if exists bank_run_skip;
