import { loadConfig } from './config.js';
import { startPlatform } from './platform.js';
import { loadDemoData } from './seeds/demo.seeder.js';
import { PORTAL_DEMO } from './seeds/portal.seeder.js';

const config = loadConfig();
const platform = await startPlatform(config);
const demo = loadDemoData();
console.log(`\nAgency platform running at ${config.publicUrl}  (GraphQL: ${config.publicUrl}/graphql)`);
if (config.seedDemo) {
  console.log(`${platform.seeded ? 'Demo data seeded.' : 'Demo data present.'} Demo logins (password for all: ${demo.password}):`);
  console.log(`  operator          ${demo.operator.email}  (second factor)`);
  for (const c of demo.companies) {
    for (const u of c.users) console.log(`  ${c.code.padEnd(8)} ${u.role.padEnd(15)} ${u.email}${u.totp ? '  (second factor)' : ''}`);
  }
  console.log(`  client portal    ${PORTAL_DEMO.email}  (${config.publicUrl}/portal/?company=${PORTAL_DEMO.company})`);
  console.log(`  Second factor: TOTP secret ${demo.totpSecret} — add it to an authenticator app, or run \`npx pnpm@10.34.9 totp\` for the current code.\n`);
}
if (!config.smtpUrl) console.log(`No SMTP_URL: e-mails are saved under ${config.dataDir}/mail and printed here.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    platform.stop().then(
      () => process.exit(0),
      (e) => {
        console.error(e);
        process.exit(1);
      },
    );
  });
}
