// Once per `pnpm test:browser`: check that Chromium is there (fail at once, saying how to get it),
// then build the console into a temporary folder that every test file's server serves (WEB_DIST).
// BROWSER_WEB_DIST=<folder> reuses a build instead (faster when iterating on tests only).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../../support/server';
import { ARTIFACTS } from './artifacts';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built console the test servers serve at /. */
    webDist: string;
    chromium: string;
  }
}

const run = promisify(execFile);

export default async function setup(project: TestProject): Promise<() => void> {
  const chromium = chromiumPath();
  // Screenshots are of this run only.
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  let webDist = process.env.BROWSER_WEB_DIST;
  let built: string | null = null;
  if (webDist) {
    if (!existsSync(join(webDist, 'index.html')))
      throw new Error(`BROWSER_WEB_DIST=${webDist} holds no index.html: build the console there first`);
  } else {
    built = mkdtempSync(join(tmpdir(), 'cf-web-'));
    webDist = built;
    const started = Date.now();
    try {
      await run(
        process.execPath,
        ['node_modules/vite/bin/vite.js', 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'warn'],
        { cwd: join(ROOT, 'web'), maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (err) {
      rmSync(built, { recursive: true, force: true });
      const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
      throw new Error(`the console did not build:\n${stdout}${stderr}`, { cause: err });
    }
    console.log(`console built for the browser tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  project.provide('webDist', webDist);
  project.provide('chromium', chromium);
  return () => {
    if (built) rmSync(built, { recursive: true, force: true });
    console.log(`browser test artefacts (screenshots): ${ARTIFACTS}`);
  };
}
