-- issue #14 follow-up: a SEPA mandate marked for its last collection (the creditor or the debtor ends it).
-- The next run collects it with sequence type FNAL; a mandate with an FNAL collection is ended (derived:
-- no further collection is selected). Both columns set together or neither. sepa_mandate keeps its
-- row-level security (forced since 0026).
alter table sepa_mandate
  add column last_collection_by text check (last_collection_by in ('creditor', 'debtor')),
  add column last_collection_marked_at timestamptz,
  add constraint sepa_mandate_last_collection check ((last_collection_by is null) = (last_collection_marked_at is null));
