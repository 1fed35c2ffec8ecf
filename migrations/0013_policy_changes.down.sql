drop index if exists audit_event_before_policy_idx;
drop index if exists audit_event_after_policy_idx;
drop table if exists policy_insured_object;
drop table if exists policy_insured_person;
drop table if exists policy_version;
drop function if exists policy_version_append_only();
drop index if exists policy_renewed_once;
alter table policy
  drop constraint if exists policy_previous_not_self,
  drop constraint if exists policy_previous_fk,
  drop column if exists insured_sum,
  drop column if exists previous_id,
  drop column if exists tacit_renewal;
