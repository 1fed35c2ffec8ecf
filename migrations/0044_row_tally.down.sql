drop trigger policy_same_company on policy;
drop trigger policy_tally_deleted on policy;
drop trigger policy_tally_inserted on policy;
drop function row_tally_same_company();
drop function row_tally_written();
drop function row_tally_fold(uuid, text);
drop table row_tally;
