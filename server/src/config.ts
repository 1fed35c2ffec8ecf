import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (server/src/config.ts or server/dist/config.js → two levels up). */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** URL the platform is reached at; used in e-mailed links. */
  publicUrl: string;
  dataDir: string;
  /** Owner connection (migrations). Unset: an embedded PostgreSQL is started in dataDir. */
  databaseUrl?: string;
  /** Run-time connection: a role that owns nothing, is not superuser and not BYPASSRLS. */
  databaseAppUrl?: string;
  appDbPassword: string;
  smtpUrl?: string;
  mailFrom: string;
  /** Secret used to encrypt TOTP secrets at rest. */
  secretKey: string;
  sessionTtlHours: number;
  introspection: boolean;
  seedDemo: boolean;
  webDist: string;
  /** Calls of the public quote form's endpoint per IP address per minute (PUBLIC_QUOTE_RATE_LIMIT). */
  publicQuoteRateLimit: number;
  /** Quote requests sent from the public form per IP address per hour (PUBLIC_QUOTE_REQUEST_LIMIT). */
  publicQuoteRequestLimit: number;
}

function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = (env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development') as Config['env'];
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(ROOT_DIR, '.data'));
  const port = Number(env.PORT ?? 4000);
  if (mode === 'production' && !env.SECRET_KEY) throw new Error('SECRET_KEY must be set in production');
  return {
    env: mode,
    port,
    host: env.HOST ?? '127.0.0.1',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    appDbPassword: env.APP_DB_PASSWORD ?? 'agency_app_dev',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Agency Platform <no-reply@agency.localhost>',
    secretKey: env.SECRET_KEY ?? persistentSecret(dataDir),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : mode !== 'production',
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : true,
    webDist: path.resolve(env.WEB_DIST ?? path.join(ROOT_DIR, 'web', 'dist')),
    publicQuoteRateLimit: Number(env.PUBLIC_QUOTE_RATE_LIMIT ?? 60),
    publicQuoteRequestLimit: Number(env.PUBLIC_QUOTE_REQUEST_LIMIT ?? 10),
  };
}
