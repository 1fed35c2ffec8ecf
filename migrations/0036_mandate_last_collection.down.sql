alter table sepa_mandate
  drop constraint sepa_mandate_last_collection,
  drop column last_collection_marked_at,
  drop column last_collection_by;
