import { readdirSync, statSync, existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { withSystemContext } from '../../core/system-context.js';
import { Company } from '../base/companies/company.entity.js';
import { StoredDocument } from './document.entity.js';
import { documentStores, pathIn, restoreCopy, sha256Of, type DocumentStores } from './document.storage.js';

export interface VerifyReport {
  checked: number;
  intact: number;
  repairedA: number;
  repairedB: number;
  lost: Array<{ companyId: string; id: string; fileName: string }>;
  orphansRemoved: number;
}

export interface VerifyOptions {
  /** Copy the good file over a missing or damaged one (default true). */
  repair?: boolean;
  /** Delete files no document refers to (deleted documents, erased clients), older than `orphanAgeMs`. */
  collectOrphans?: boolean;
  orphanAgeMs?: number;
  stores?: DocumentStores;
  log?: (line: string) => void;
}

/**
 * DR-1: checks both copies of every document against its SHA-256, restores a missing or damaged copy
 * from the intact one, reports documents whose two copies are both lost, and collects files that no
 * document refers to any more. Runs company by company, in each company's scope (row-level security).
 */
export async function verifyDocuments(orm: MikroORM, config: Config, options: VerifyOptions = {}): Promise<VerifyReport> {
  const stores = options.stores ?? documentStores(config);
  const repair = options.repair ?? true;
  const log = options.log ?? (() => undefined);
  const report: VerifyReport = { checked: 0, intact: 0, repairedA: 0, repairedB: 0, lost: [], orphansRemoved: 0 };
  const known = new Set<string>();
  const companies = await orm.em.fork().find(Company, {}, { orderBy: { code: 'asc' } });
  for (const company of companies) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await withSystemContext(orm, config, async (ctx) => {
        await ctx.applyScope(company.id);
        return ctx.em.find(StoredDocument, { id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: 500 });
      });
      if (!batch.length) break;
      after = batch[batch.length - 1].id;
      for (const doc of batch) {
        known.add(doc.storageKey);
        report.checked++;
        const a = pathIn(stores.a, doc.storageKey);
        const b = pathIn(stores.b, doc.storageKey);
        const okA = (await sha256Of(a)) === doc.sha256;
        const okB = (await sha256Of(b)) === doc.sha256;
        if (okA && okB) report.intact++;
        else if (!okA && !okB) {
          report.lost.push({ companyId: company.id, id: doc.id, fileName: doc.fileName });
          log(`LOST ${company.code} ${doc.id} ${doc.fileName}: both copies missing or damaged`);
        } else if (repair) {
          await restoreCopy(okA ? a : b, okA ? b : a);
          if (okA) report.repairedB++;
          else report.repairedA++;
          log(`repaired ${okA ? 'B' : 'A'} copy of ${company.code} ${doc.id} ${doc.fileName}`);
        } else log(`damaged ${okA ? 'B' : 'A'} copy of ${company.code} ${doc.id} ${doc.fileName}`);
      }
    }
  }
  if (options.collectOrphans ?? repair) {
    const cutoff = Date.now() - (options.orphanAgeMs ?? 3_600_000);
    for (const store of [stores.a, stores.b]) {
      for (const file of filesUnder(store)) {
        const key = path.relative(store, file).split(path.sep).join('/');
        if (known.has(key)) continue;
        if (statSync(file).mtimeMs > cutoff) continue;
        await rm(file, { force: true });
        report.orphansRemoved++;
      }
    }
  }
  return report;
}

function* filesUnder(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) yield full;
  }
}
