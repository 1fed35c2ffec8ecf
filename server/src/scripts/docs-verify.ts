import { loadConfig } from '../config.js';
import { prepareDatabase } from '../platform.js';
import { initOrm } from '../db/orm.js';
import { documentStores } from '../modules/documents/document.storage.js';
import { verifyDocuments } from '../modules/documents/documents.verify.js';

/**
 * `pnpm --filter @agency/server docs:verify [--check-only] [--keep-orphans]`: verifies both copies of
 * every stored document against its SHA-256 and repairs one copy from the other (DR-1). With the
 * embedded database, run it while the server is stopped (or point DATABASE_URL at the database).
 * Exit code 1 when a document has lost both copies.
 */
const config = loadConfig();
const { urls, embedded } = await prepareDatabase(config);
const orm = await initOrm(urls.appUrl);
const stores = documentStores(config);
console.log(`Document stores:\n  A ${stores.a}\n  B ${stores.b}`);
try {
  const report = await verifyDocuments(orm, config, {
    repair: !process.argv.includes('--check-only'),
    collectOrphans: !process.argv.includes('--check-only') && !process.argv.includes('--keep-orphans'),
    log: (line) => console.log(line),
  });
  console.log(
    `checked ${report.checked}: ${report.intact} intact, ${report.repairedA} repaired in A, ${report.repairedB} repaired in B, ` +
      `${report.lost.length} lost, ${report.orphansRemoved} unreferenced file(s) removed`,
  );
  process.exitCode = report.lost.length ? 1 : 0;
} finally {
  await orm.close(true);
  await embedded?.stop();
}
