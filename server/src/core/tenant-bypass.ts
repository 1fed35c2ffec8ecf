/**
 * The only files allowed to read across the ORM's tenant filter (`filters: { tenant: false }`) or to
 * run raw SQL (`em.execute`, `getConnection().execute`). The database's row-level security policies
 * apply to all of them. The architecture test fails on any other file that does either.
 */
export const TENANT_BYPASS_ALLOWED = [
  'src/core/context.ts', // sets the transaction-local scope settings
  'src/db/prepared.ts', // runs a caller's statement as a named prepared statement on the ORM's connection and transaction
  'src/db/begin-with.ts', // begins a request's transaction with its opening statement (which sets the scope), on the ORM's connection
  'src/core/company-calendar.ts', // the active company's time zone and day start (app_company_time_zone, no table row returned)
  'src/modules/base/users/membership.queries.ts', // the user's own memberships (policy own_memberships)
  'src/modules/base/users/users-list.ts', // the users page in one statement (RLS, and the company in its WHERE)
  'src/modules/base/support/support.service.ts', // the operator's open grants that work (app_operator_grants, policy operator_open_grants); what a grant and its administrator still give (app_support_grant_rights)
  'src/modules/base/audit/audit.writer.ts', // appends to the trail; the trigger computes the chain
  'src/modules/base/audit/audit.service.ts', // recomputes the hash chain
  'src/modules/base/dashboard/dashboard.service.ts', // aggregate figures of the active company
  'src/modules/mail/mail.worker.ts', // the delivery worker reads the outbox as 'system' (policy outbox_read)
  'src/modules/mail/outbox.service.ts', // queues delivery with graphile-worker's add_job in the same transaction
  'src/modules/clients/client-list.service.ts', // the list page in one statement (RLS, and the company in its WHERE)
  'src/modules/clients/client-search.service.ts', // calls client_search(), which scopes itself to app_current_company()
  'src/modules/clients/client-dashboard.service.ts', // aggregate figures of the active company
  'src/modules/clients/client-merge.service.ts', // moves sent mail with client_outbox_relink() (scoped to the active company)
  'src/modules/clients/client-location.service.ts', // calls app_locate_client(), which looks only into the user's own companies (RLS)
  'src/modules/policies/policies-dashboard.service.ts', // aggregate figures of the active company
  'src/modules/clients/client-erasure.service.ts', // GDPR erasure without copying the erased data into the audit trail
  'src/modules/claims/claim-dashboard.service.ts', // aggregate figures of the active company
  'src/modules/policies/policy-list.ts', // the policy lists in one statement each (company in the WHERE, RLS)
  'src/modules/policies/policy-client-tabs.ts', // the client card's policy tab counts, grouped (company in the WHERE, RLS)
  'src/modules/clients/client-extensions.ts', // the card's panel-tab counts in one statement (company in the WHERE, RLS)
  'src/modules/policies/vehicles/vehicle-erasure.ts', // GDPR erasure of vehicles without copying plates into the audit trail
  'src/modules/consents/consent-record.store.ts', // appends consent records; the trigger computes the chain (migration 0017)
  'src/modules/consents/consent-queries.ts', // chain verification, pending re-consents and key figures, set-based, of the active company
  'src/modules/consents/consent-mail.ts', // the delivery worker reads a consent e-mail's PDF in the message's company (transaction-local scope)
  'src/modules/products/offer-erasure.ts', // GDPR erasure of offers' answers and requesters without copying them into the audit trail
  'src/modules/products/rating-facts.ts', // a quote's version facts and design in one statement each (company in the WHERE and the joins, RLS)
  'src/modules/products/public-quote.site.ts', // the public quote form finds its website by key (policy public_key_lookup) before entering its company
  'src/modules/ledger/chart.service.ts', // the chart of accounts (RLS, and the company in its WHERE)
  'src/modules/ledger/ledger-sql.ts', // closed months of the active company
  'src/modules/ledger/posting.service.ts', // writes entries and lines; the database checks balance and closed months
  'src/modules/ledger/ledger-queries.service.ts', // trial balance, statements (window function), journal of the active company
  'src/modules/ledger/ledger-export-job.service.ts', // the general ledger export as a job: its row, progress and file (EX-4)
  'src/modules/ledger/ledger-export.service.ts', // the general ledger of the active company as XLSX
  'src/modules/ledger/ledger-client.extensions.ts', // counts the books' rows naming a client (legal hold)
  'src/modules/billing/billing-issue.service.ts', // issues receipts set-based through billing_issue_receipts() and credit notes
  'src/modules/billing/billing-queries.service.ts', // premium documents of the active company
  'src/modules/billing/billing-run.service.ts', // billing runs: progress rows and batches, each its own transaction
  'src/modules/billing/billing-dashboard.service.ts', // aggregate figures of the active company
  'src/modules/billing/commission-rate.service.ts', // commission rates of the active company (upsert)
  'src/modules/portal/portal-links.service.ts', // the company of a one-time portal link (app_portal_link_company, policy portal_link_lookup)
  'src/modules/portal/portal-home.service.ts', // what the user's grants share, filtered by the grants in SQL (company in the WHERE, RLS)
  'src/modules/portal/portal-documents.service.ts', // the documents the user's grants share, filtered by the grants in SQL (company in the WHERE, RLS)
  'src/modules/portal/portal-client.extensions.ts', // the card's portal threads, changes and grant links in the life cycle hooks (company in the WHERE, RLS)
  'src/modules/portal/portal-card.service.ts', // one card change at a time: the card's row locked (for no key update; company in the WHERE, RLS)
  'src/modules/portal/portal-view-as.service.ts', // holds and checks a new view's grounds (app_view_as_hold, migration 0052; RLS)
  'src/modules/billing/billing-mail-attachments.ts', // the delivery worker renders a receipt's PDF in the message's company (transaction-local scope)
  'src/modules/payments/payment.service.ts', // payments of the active company, posted through writeEntry
  'src/modules/payments/matching.service.ts', // allocations (append-only rows), open-item locks FOR UPDATE, suggestions
  'src/modules/payments/client-account.service.ts', // the account tab and the unmatched figure, one statement per list
  'src/modules/payments/remittance.service.ts', // remittances to insurers, posted from the premium account
  'src/modules/banking/banking-settings.service.ts', // the active company's creditor data (upsert), under RLS
  'src/modules/banking/mandate.service.ts', // SEPA mandates and their amendments of the active company
  'src/modules/banking/mandate-pdf.ts', // the mandate's client language and address for the form
  'src/modules/banking/sepa-run.service.ts', // SEPA runs: progress rows and batches, each its own transaction; payments posted through writeEntry
  'src/modules/banking/returns.service.ts', // returns: allocation undo rows, reversals through writeReversal, the return rows
  'src/modules/banking/banking-client.extensions.ts', // the card's mandates in the life cycle hooks (company in the WHERE, RLS)
  'src/modules/banking/company-accounts.service.ts', // the active company's own IBANs (SEPA creditor and RiBa account), under RLS
  'src/modules/banking/mandate-last-collection.service.ts', // the last-collection mark of an active company's mandate, under RLS
  'src/modules/banking/sepa-run-resume.service.ts', // the state and file of an active company's failed run before it is queued again, under RLS
  'src/seeds/bank-statement.seeder.ts', // the demo statement: the seeded company's creditor account and open receipts, under RLS
  'src/seeds/banking.seeder.ts', // demo creditor data and mandates of the seeded company, under RLS
  'src/modules/banking/banking.routes.ts', // the bank file download, read in chunks of the active company's row
  // RiBa (issue #14 §4): company in every WHERE, under RLS
  'src/modules/banking/riba-settings.service.ts', // the active company's RiBa data (upsert) and RiBa debtors
  'src/modules/banking/riba-run.service.ts', // RiBa runs: progress rows and batches, each its own transaction
  'src/modules/banking/riba-states.service.ts', // presented / paid / unpaid: payments and allocations, entries through writeEntry/writeReversal
  'src/modules/banking/riba-client.extensions.ts', // RiBa debtors in the card's life cycle hooks
  'src/seeds/riba.seeder.ts', // the demo RiBa debtors of the seeded company, under RLS
  // bank statements (issue #14 §5)
  'src/modules/banking/statement-import.service.ts', // statements and their lines of the active company, inserted set-based, under RLS
  'src/modules/banking/statement-queries.service.ts', // statements, lines and proposals of the active company, one statement per list
  'src/modules/banking/statement-dashboard.service.ts', // the direct-debit tile: the active company's collections and returns, one grouped statement
  'src/modules/banking/statement-match.service.ts', // proposals computed set-based; a confirmed line keeps its payment (posted by the payments module)
];
