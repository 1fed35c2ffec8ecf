import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { CHROMIUM } from './chromium';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The e2e run drives the BUILT app: build it when web/dist is missing; Chromium must be installed. */
export default async function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  if (!existsSync(path.join(WEB, 'dist', 'index.html'))) {
    await build({ root: WEB, configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  }
}
