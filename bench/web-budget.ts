/**
 * The web client's budgets, measured and printed: the start page's initial JavaScript (gzip) against 150 KB, its
 * Largest Contentful Paint and the time until its lessons can be clicked in headless Chromium on the seed content,
 * and a lesson whose discussion has 500 comments (shown 20 at a time: how long until the first ones show, how
 * many are in the page, how long "Weitere Kommentare laden" takes, and the main thread's long tasks meanwhile).
 *
 *   npm run bench:web [-- --runs 5]
 *
 * It builds the client if needed, starts the API in production mode on a fresh embedded database with the seed
 * content (so it runs anywhere `npm start` does) and needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, Page } from 'playwright-core';
import { postGraphQL } from './measure';
import { Server } from './server-process';

const ROOT = path.resolve(__dirname, '..', '..');
const WEB = path.join(ROOT, 'dist', 'web');
const BUDGET_KB = 150;
const PORT = 4170;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const LESSON = `{ experiences(first: 1) { nodes { id title thread { id } } } }`;
const ADD_COMMENT = 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The scripts the start page loads before it runs: the entry and its module preloads. */
function initialJavaScript(): { files: string[]; gzip: number; raw: number } {
  const html = fs.readFileSync(path.join(WEB, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const content = fs.readFileSync(path.join(WEB, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files, gzip, raw };
}

/** Largest Contentful Paint and the moment the first lesson link is in the page, from navigation start (ms). */
async function startPage(page: Page, url: string): Promise<{ lcp: number; interactive: number }> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('.lesson-card__title a').first().waitFor();
  const interactive = await page.evaluate('performance.now()');
  const lcp = await page.evaluate(`new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      resolve(entries[entries.length - 1].startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  })`);
  return { lcp: lcp as number, interactive: interactive as number };
}

async function main(): Promise<void> {
  const runs = option('runs', 5);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-web.js'), '--if-needed'], { stdio: 'inherit' });
  const initial = initialJavaScript();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'krisenfest-web-budget-'));
  const url = `http://127.0.0.1:${PORT}`;
  const server = new Server(
    'Krisenfest',
    path.join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'),
    {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      SEED: '1',
      JWT_SECRET: 'web-budget-secret-0123456789abcdefghijklmnop',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_IP_PER_MINUTE: '0',
      RATE_LIMIT_USER_PER_MINUTE: '0',
      NEW_ACCOUNT_HOURS: '0',
      PUBLIC_APP_URL: url,
    },
    `${url}/graphql`,
  );
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && fs.existsSync(p));
  if (!executablePath) throw new Error('no Chromium: apt-get install chromium, or set CHROMIUM_PATH');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    await server.ready(120_000);
    // A discussion of 500 comments on the newest lesson, written by a sample account.
    const login = await postGraphQL(`${url}/graphql`, LOGIN, {
      input: { email: 'miriam.haegele@beispiel.krisenfest.de', password: 'krisenfest-beispiel' },
    });
    const token = (login.data as { login: { accessToken: string } }).login.accessToken;
    const found = await postGraphQL(`${url}/graphql`, LESSON, {});
    const lesson = (found.data as { experiences: { nodes: { id: string; title: string; thread: { id: string } }[] } }).experiences.nodes[0];
    for (let i = 1; i <= 500; i++) {
      const body = `Beitrag ${i}: Bei uns hat die Absprache mit dem Bauhof und der Feuerwehr gut funktioniert.`;
      const added = await postGraphQL(`${url}/graphql`, ADD_COMMENT, { input: { threadId: lesson.thread.id, body } }, token);
      if (added.errors) throw new Error(`addComment: ${JSON.stringify(added.errors)}`);
    }

    const cold: { lcp: number; interactive: number }[] = [];
    const discussion: { first: number; shown: number; more: number; longTasks: number }[] = [];
    for (let run = 0; run < runs; run++) {
      // A new context each time: nothing cached, as for a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
      const page = await context.newPage();
      cold.push(await startPage(page, `${url}/`));

      await page.goto(`${url}/erfahrungen/${lesson.id}`, { waitUntil: 'commit' });
      await page.evaluate(
        `window.__longTasks = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks += e.duration; }).observe({ type: 'longtask', buffered: true })`,
      );
      await page.locator('.comments > li').first().waitFor();
      const first = (await page.evaluate('performance.now()')) as number;
      const shown = await page.locator('.discussion .comments > li').count();
      const before = Date.now();
      await page.getByRole('button', { name: 'Weitere Kommentare laden' }).click();
      await page.locator('.discussion .comments > li').nth(shown).waitFor();
      const more = Date.now() - before;
      const longTasks = (await page.evaluate('window.__longTasks')) as number;
      discussion.push({ first, shown, more, longTasks });
      await context.close();
    }

    console.log('\nWeb client budgets (one run of this script; medians over the runs)\n');
    console.log('| measure | value | budget |');
    console.log('|---|---:|---:|');
    console.log(
      `| initial JavaScript of the start page (gzip, ${initial.files.length} file(s)) | ${kb(initial.gzip)} (raw ${kb(initial.raw)}) | ≤ ${BUDGET_KB} KB ${initial.gzip <= BUDGET_KB * 1024 ? '✓' : '✗'} |`,
    );
    console.log(`| start page: Largest Contentful Paint | ${median(cold.map((c) => c.lcp)).toFixed(0)} ms | |`);
    console.log(`| start page: lessons shown and clickable | ${median(cold.map((c) => c.interactive)).toFixed(0)} ms | |`);
    console.log(`| lesson with 500 comments: first comments shown | ${median(discussion.map((d) => d.first)).toFixed(0)} ms | |`);
    console.log(`| lesson with 500 comments: comments in the page | ${discussion[0].shown} of 500 | paged |`);
    console.log(`| lesson with 500 comments: "Weitere Kommentare laden" | ${median(discussion.map((d) => d.more)).toFixed(0)} ms | |`);
    console.log(
      `| lesson with 500 comments: long tasks on the main thread | ${median(discussion.map((d) => d.longTasks)).toFixed(0)} ms | |`,
    );
    console.log(`\n${runs} runs; Chromium ${browser.version()}, headless, no throttling, API and browser on one machine.`);
    if (initial.gzip > BUDGET_KB * 1024) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
