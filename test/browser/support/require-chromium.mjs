// `pnpm test:browser` runs this first: without a Chromium it stops at once, saying how to get one
// (the global set-up checks again with the same rule, for runs that call vitest directly).
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH (looked for ${path})`);
  process.exit(1);
}
