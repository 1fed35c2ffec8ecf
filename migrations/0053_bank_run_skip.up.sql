-- Receipts a SEPA run leaves out, with the reason (issue #14 follow-up): a mandate expired — no collection
-- for 36 months after its last one, or after its signature when never used (EPC SDD rulebooks) —, an account
-- outside the SEPA countries, or a debtor bank outside the EEA without its BIC (mandates stored before the
-- mandate checks refused them). The run reports them (`SepaRun.skipped`, `skippedReceipts`) instead of
-- collecting; the job also reads them so that a batch never selects a left-out receipt again.
create table bank_run_skip (
  company_id uuid not null references company(id),
  run_id uuid not null,
  receipt_id uuid not null,
  mandate_id uuid not null,
  reason text not null check (reason in ('mandate_expired', 'not_sepa_country', 'bic_missing')),
  -- the mandate's last collection, or its signature date when never collected: the 36 months count from it
  last_used_on date not null,
  -- the date the receipt would have been collected on
  collection_date date not null,
  created_at timestamptz not null default now(),
  primary key (company_id, run_id, receipt_id),
  foreign key (company_id, run_id) references bank_run(company_id, id),
  foreign key (company_id, receipt_id) references premium_document(company_id, id),
  -- a mandate never collected goes with an erased card (banking-client.extensions.ts): its reports go with it
  foreign key (company_id, mandate_id) references sepa_mandate(company_id, id) on delete cascade
);
create index bank_run_skip_mandate_idx on bank_run_skip (company_id, mandate_id);

alter table bank_run_skip enable row level security;
alter table bank_run_skip force row level security;
create policy tenant_isolation on bank_run_skip using (company_id = app_current_company()) with check (company_id = app_current_company());
