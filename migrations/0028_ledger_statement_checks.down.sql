-- back to migration 0018's row-level checks of the books
drop trigger if exists journal_entry_balanced on ledger_entry_check;
drop trigger if exists journal_line_written on journal_line;
drop trigger if exists journal_entry_written on journal_entry;
drop table if exists ledger_entry_check;
drop table if exists ledger_line_check;
drop function if exists ledger_entries_balanced();
drop function if exists ledger_lines_written();
drop function if exists ledger_entries_written();

create trigger journal_entry_open_period before insert on journal_entry for each row execute function ledger_entry_open_period();
create trigger journal_line_new_entry before insert on journal_line for each row execute function ledger_line_joins_new_entry();
create constraint trigger journal_entry_balanced after insert on journal_entry
  deferrable initially deferred for each row execute function ledger_entry_balanced();
