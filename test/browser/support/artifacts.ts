// Screenshots of a run, kept in test/browser/artifacts/ (gitignored; CI prints the folder).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../support/server';

export const ARTIFACTS = join(ROOT, 'test', 'browser', 'artifacts');

const fileName = (name: string) =>
  `${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'screen'
  }.png`;

/** Saves what the page shows now as `<name>.png` in the artefacts folder; returns the file. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, fileName(name));
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
