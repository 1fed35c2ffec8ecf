import { registerClientPanelTab } from '../clients/client-extensions.js';

/**
 * The client card's account tab (right collections:view): its count is the client's receipts, read
 * with the other tabs' counts in one statement (countRows). The data is the query clientAccount.
 * Payments name the client in the ledger, so the ledger module's legal hold and merge refusal cover them.
 */
registerClientPanelTab({ key: 'account', title: 'Account', right: 'collections:view', order: 160, countRows: { table: 'premium_document', where: "kind = 'receipt'" } });
