-- Versions are append-only: a database with correction versions cannot go back below 0024.
do $$ begin
  if exists (select 1 from policy_version where kind = 'correction') then
    raise exception 'policy_version holds correction versions: they cannot be removed (append-only)';
  end if;
end $$;
alter table policy_version drop constraint policy_version_kind_check;
alter table policy_version add constraint policy_version_kind_check check (kind in ('issued', 'endorsement', 'renewal'));
