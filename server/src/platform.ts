import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Runner } from 'graphile-worker';
import type { Config } from './config.js';
import { startEmbeddedPostgres, type EmbeddedHandle } from './db/embedded.js';
import { externalDatabase, grantAppRole, provisionDatabase, type DatabaseUrls } from './db/provision.js';
import { initOrm, migrate } from './db/orm.js';
import { buildAppSchema } from './core/schema.js';
import { createApp } from './app.js';
import { buildPortalSchema } from './modules/portal/portal-schema.js';
import { createSender, migrateQueue, startWorker, type MailSender } from './modules/mail/mail.worker.js';
import { seedDemo } from './seeds/index.js';
import { policyJobs } from './modules/policies/policy-lapse.job.js';
import { billingJobs, requeueUnfinishedRuns } from './modules/billing/index.js';
import { bankingJobs, requeueUnfinishedSepaRuns } from './modules/banking/index.js';
import { requeueUnfinishedRibaRuns } from './modules/banking/index.js';
import { searchDictionaryJobs } from './modules/clients/index.js';

export interface Platform {
  url: string;
  orm: MikroORM;
  urls: DatabaseUrls;
  seeded: boolean;
  server: Server;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Use this database instead of DATABASE_URL / embedded PostgreSQL (tests). */
  urls?: DatabaseUrls;
  sender?: MailSender;
  worker?: boolean;
  log?: (line: string) => void;
}

/** Database ready: embedded PostgreSQL when DATABASE_URL is unset, migrations applied, run-time grants set. */
export async function prepareDatabase(config: Config): Promise<{ urls: DatabaseUrls; embedded?: EmbeddedHandle }> {
  let embedded: EmbeddedHandle | undefined;
  let urls: DatabaseUrls;
  if (config.databaseUrl) {
    urls = await externalDatabase(config.databaseUrl, config.databaseAppUrl, config.appDbPassword);
  } else {
    embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'pg'), Number(process.env.PG_PORT ?? 5544));
    urls = await provisionDatabase(embedded.superuserUrl, 'agency', config.appDbPassword);
  }
  await migrate(urls.ownerUrl);
  await migrateQueue(urls.ownerUrl);
  await grantAppRole(urls.ownerUrl, urls.appUrl);
  return { urls, embedded };
}

export async function startPlatform(config: Config, options: PlatformOptions = {}): Promise<Platform> {
  const log = options.log ?? console.log;
  const prepared = options.urls ? { urls: options.urls, embedded: undefined } : await prepareDatabase(config);
  const { urls, embedded } = prepared;
  const orm = await initOrm(urls.appUrl);
  const seeded = config.seedDemo ? await seedDemo(orm, config) : false;
  let worker: Runner | undefined;
  if (options.worker !== false) {
    const policies = policyJobs(orm, config);
    const billing = billingJobs(orm, config);
    const banking = bankingJobs(orm, config);
    const search = searchDictionaryJobs();
    worker = await startWorker(orm, urls.ownerUrl, options.sender ?? createSender(config, log), 2, { tasks: { ...policies.tasks, ...billing.tasks, ...banking.tasks, ...search.tasks }, crontab: [...policies.crontab, ...billing.crontab, ...banking.crontab, ...search.crontab] }, config);
    // billing runs a stopped platform left unfinished continue (nothing is billed twice)
    await requeueUnfinishedRuns(orm, config);
    await requeueUnfinishedSepaRuns(orm, config);
    await requeueUnfinishedRibaRuns(orm, config);
  }
  const schema = await buildAppSchema();
  const portalSchema = await buildPortalSchema();
  const server = createServer();
  const { app, apollo, portalApollo } = await createApp(orm, config, schema, server, portalSchema);
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
    orm,
    urls,
    seeded,
    server,
    async stop() {
      await apollo.stop();
      await portalApollo?.stop();
      server.closeAllConnections?.();
      await worker?.stop();
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
