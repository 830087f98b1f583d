import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContextOptions, chromium, Locator, Page } from 'playwright-core';
import { seedSampleContent } from '@krisenfest/seed';
import { createTestApp, Mailbox, startMailbox, TestApp } from '@krisenfest/testing';

/** Chromium from the system (Debian's `chromium` package): CHROMIUM_PATH, else the usual places. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

/**
 * Whether the browser tests run here. They need Chromium; without it they are skipped with a note, except where
 * KRISENFEST_REQUIRE_BROWSER=1 (.ci/run, which installs it): there a missing browser is a failure.
 */
export function browserTestsEnabled(): boolean {
  if (chromiumPath()) return true;
  if (process.env.KRISENFEST_REQUIRE_BROWSER === '1') {
    throw new Error('Chromium is missing: install it (apt-get install chromium) or set CHROMIUM_PATH');
  }
  console.warn('browser tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  return false;
}

/** Headless Chromium as this machine can run it: no sandbox (root), no background traffic to the internet. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Builds the web client into dist/web unless it is up to date (as `npm start` does). */
export function buildWebClient(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.js'), '--if-needed'], { cwd: ROOT, stdio: 'pipe' });
}

/** WCAG 2.1 AA violations on the page as axe-core finds them, as "rule: target" lines (empty when none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}

/** Where the browser tests put their screenshots (git-ignored), to look at after a run. */
export const SCREENSHOT_DIR = path.join(ROOT, '.screenshots');

/** A screenshot of the whole page at desktop width and at a 390 px wide phone, named `<name>-desktop.png` … */
export async function screenshots(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-phone.png`), fullPage: true });
  if (size) await page.setViewportSize(size);
}

/** Collects what the page reported as errors (uncaught exceptions, console errors such as CSP violations) in `errors`. */
export function pageErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Polls `check` until it returns something (the page updates after its request returns), for up to 15 s. */
export async function eventually<T>(check: () => Promise<T | null>): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('the page did not reach the expected state within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Presses Tab until `target` has the focus: it is reachable by keyboard, in the page's focus order. */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
  }
  throw new Error(`${String(target)} was not reached with ${limit} presses of Tab`);
}

export interface BrowserSuiteOptions {
  /** Load the seed's sample content before the tests. */
  seed?: boolean;
  /** Environment overrides for the API (see createTestApp). */
  env?: Record<string, string>;
  /** Start a mailbox and send the API's mail there (SMTP_URL): `mailbox` of the suite. */
  mailbox?: boolean;
  /** Options of every person's browser (context), on top of the German locale: a time zone, acceptDownloads … */
  context?: BrowserContextOptions;
  /** checkPage also checks that nothing sticks out sideways on a 390 px phone. */
  phoneWidth?: boolean;
}

export interface BrowserSuite {
  /** The API (and the client), listening; set in beforeAll. */
  readonly t: TestApp;
  /** Where the API and the client listen (t.url is its GraphQL endpoint). */
  readonly base: string;
  /** The mailbox, with `mailbox: true`. */
  readonly mailbox: Mailbox;
  /** What the pages of the running test logged as errors; afterEach expects none. */
  readonly errors: string[];
  /** A new browser (its own storage: another person or device) with one page; closed after the test. */
  person(options?: BrowserContextOptions): Promise<Page>;
  /** Signs `who` in through the sign-in page, which leads on to `next`. */
  signIn(page: Page, who: { email: string; password: string }, next?: string): Promise<void>;
  /** axe finds nothing (WCAG 2.1 AA), and the screenshots for a look afterwards. */
  checkPage(page: Page, name: string): Promise<void>;
}

/**
 * The web client in a browser, for the tests of the current describe block: builds the client, starts the API (on
 * embedded PGlite) and Chromium before all, gives each test its people's pages, and after each test expects that no
 * page logged an error (a CSP violation, an uncaught exception, a failed request shown as an error) and closes them.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let t: TestApp;
  let base: string;
  let mailbox: Mailbox | undefined;
  let browser: Browser;
  let pages: Page[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    buildWebClient();
    if (options.mailbox) mailbox = await startMailbox();
    t = await createTestApp({ listen: true, env: { ...options.env, ...(mailbox ? { SMTP_URL: mailbox.url } : {}) } });
    base = new URL(t.url!).origin;
    if (options.seed) await seedSampleContent(t.dataSource);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await mailbox?.close();
  });
  beforeEach(() => {
    pages = [];
    errors = [];
  });
  afterEach(async () => {
    try {
      expect(errors).toEqual([]);
    } finally {
      for (const page of pages) await page.context().close();
    }
  });

  return {
    get t() {
      return t;
    },
    get base() {
      return base;
    },
    get mailbox() {
      if (!mailbox) throw new Error('no mailbox: pass { mailbox: true } to browserSuite');
      return mailbox;
    },
    get errors() {
      return errors;
    },
    async person(contextOptions = {}) {
      const context = await browser.newContext({ locale: 'de-DE', ...options.context, ...contextOptions });
      const page = await context.newPage();
      // Each page's errors land in the one list afterEach checks.
      pageErrors(page, errors);
      pages.push(page);
      return page;
    },
    async signIn(page, who, next = '/') {
      await page.goto(`${base}/anmelden?weiter=${encodeURIComponent(next)}`);
      await page.getByLabel('E-Mail-Adresse').fill(who.email);
      await page.getByLabel('Passwort').fill(who.password);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    },
    async checkPage(page, name) {
      expect(await accessibilityViolations(page)).toEqual([]);
      if (options.phoneWidth) {
        const size = page.viewportSize();
        await page.setViewportSize({ width: 390, height: 844 });
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
        if (size) await page.setViewportSize(size);
      }
      await screenshots(page, name);
    },
  };
}

/**
 * A describe block of browser tests with their browserSuite. The client is the same whatever database is behind the
 * API: its browser tests run on embedded PGlite only (skipped where TEST_DATABASE_URL is set), and need Chromium.
 */
export function describeInBrowser(name: string, options: BrowserSuiteOptions, tests: (web: BrowserSuite) => void): void {
  const run = !process.env.TEST_DATABASE_URL && browserTestsEnabled();
  (run ? describe : describe.skip)(name, () => tests(browserSuite(options)));
}
