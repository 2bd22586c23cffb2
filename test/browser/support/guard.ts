// Fails a test whose page logged a console error or warning, or threw: the console must stay quiet.
// A test that provokes one on purpose (e.g. the browser's own "401" line for a refused token) says so
// with allowConsole(page, /pattern/).
import type { Page } from 'playwright-core';

export class ConsoleGuard {
  private readonly problems: string[] = [];
  private readonly allowed: RegExp[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      const type = m.type();
      if (type !== 'error' && type !== 'warning') return;
      const at = m.location();
      this.problems.push(`console.${type}: ${m.text()}${at.url ? ` (${at.url}:${at.lineNumber})` : ''}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.stack ?? e.message}`));
    page.on('crash', () => this.problems.push('page crashed'));
  }

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  /** What was logged and not allowed. */
  unexpected(): string[] {
    return this.problems.filter((p) => !this.allowed.some((a) => a.test(p)));
  }

  assertClean(): void {
    const bad = this.unexpected();
    if (bad.length) throw new Error(`the page logged ${bad.length} problem(s):\n  ${bad.join('\n  ')}`);
  }
}

const guards = new WeakMap<Page, ConsoleGuard>();

export function guard(page: Page): ConsoleGuard {
  let g = guards.get(page);
  if (!g) {
    g = new ConsoleGuard(page);
    guards.set(page, g);
  }
  return g;
}

/** Lets this page log lines matching `pattern` without failing the test. */
export function allowConsole(page: Page, pattern: RegExp): void {
  guard(page).allow(pattern);
}
