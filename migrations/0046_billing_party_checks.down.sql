-- Back to migration 0045: the receipt's policy and installment checked by per-row keys again.
drop trigger policy_named_by_documents on policy;
drop trigger installment_named_by_documents on policy_installment;
-- row_still_named keeps the further key columns of 0046: given three arguments (the four triggers 0045
-- made), it does what 0045's did
drop trigger premium_documents_written_parties on premium_document;
drop function premium_document_parties_held();
alter table premium_document
  add constraint premium_document_policy_fkey foreign key (company_id, policy_id, client_id, insurer_id, line_id)
    references policy (company_id, id, client_id, insurer_id, line_id),
  add constraint premium_document_installment_fkey foreign key (company_id, installment_id, policy_id)
    references policy_installment (company_id, id, policy_id);
