import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, chromium, Page } from 'playwright-core';

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

/**
 * Builds the web client into dist/web unless it is up to date (as `npm start` does), for production whatever the
 * tests' NODE_ENV (`test` would build React for development, with StrictMode's doubled effects).
 */
export function buildWebClient(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.js'), '--if-needed'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
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

/** Collects what the page reported as errors (uncaught exceptions, console errors such as CSP violations). */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
