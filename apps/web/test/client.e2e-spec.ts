import { Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, pagePolicy } from '@krisenfest/app';
import { TestApp } from '@krisenfest/testing';
import { BrowserSuiteOptions, accessibilityViolations, describeInBrowser, eventually } from './browser';

/** Another time zone than Berlin's: the client must show Berlin times whatever the device says. */
const SUITE: BrowserSuiteOptions = { seed: true, context: { timezoneId: 'America/New_York' } };

describeInBrowser('the web client in a browser, on the seed content', SUITE, (web) => {
  let t: TestApp;
  /** Where the API (and the client) listens: t.url is its GraphQL endpoint. */
  let base: string;
  let page: Page;

  beforeAll(() => ({ t, base } = web));
  beforeEach(async () => {
    page = await web.person();
  });

  it('is served at / with a strict Content-Security-Policy, long-cached assets, and page addresses opening the client', async () => {
    const home = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const html = await home.text();
    expect(html).toContain('<html lang="de">');
    // Scripts only from here; the one <style> React Aria adds carries this response's own nonce.
    const nonce = html.match(/<meta property="csp-nonce" nonce="([^"]+)"/)![1];
    expect(home.headers.get('content-security-policy')).toBe(pagePolicy(nonce));
    expect(pagePolicy(nonce)).toContain("script-src 'self';");
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const script = await fetch(`${base}${asset}`);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // A link from a mail opens the client (with a nonce of its own), which shows the page.
    const deep = await fetch(`${base}/diskussionen/abc`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    const deepHtml = await deep.text();
    expect(deepHtml).not.toContain(nonce);
    expect(deepHtml.replace(/nonce="[^"]+"/, '')).toBe(html.replace(/nonce="[^"]+"/, ''));
    // What asks for JSON still gets the API's 404.
    const api = await fetch(`${base}/nicht-da`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
  });

  it('shows the newest lessons and the next seminars, filters by hazard in the URL, and passes axe (WCAG 2.1 AA)', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Erfahrungen aus Krisen' }).waitFor();
    const titles = page.locator('.lesson-card__title');
    await titles.first().waitFor();
    expect(await titles.count()).toBeGreaterThan(3);
    await web.checkPage(page, 'start');

    // Filtering is in the address: it can be shared, and a reload keeps it.
    await page.getByLabel('Gefahr').selectOption({ label: 'Pandemie' });
    await page.waitForURL(/\?gefahr=PANDEMIC$/);
    const tagsOfEach = await eventually(async () => {
      const tags = await page.locator('.lesson-card .tags').allInnerTexts();
      return tags.length > 0 && tags.every((t) => t.includes('Pandemie')) ? tags : null;
    });
    expect(tagsOfEach.length).toBeGreaterThan(0);
    await page.reload();
    expect(await page.getByLabel('Gefahr').inputValue()).toBe('PANDEMIC');
  });

  it('narrows to a Landkreis with the municipality combobox, chosen by keyboard', async () => {
    await page.goto(`${base}/`);
    const box = page.getByRole('combobox', { name: 'Kommune oder Landkreis' });
    await box.fill('Ahrw');
    // The Landkreis and its town Bad Neuenahr-Ahrweiler match; the Landkreis comes first by name.
    await page.getByRole('option', { name: 'Landkreis Ahrweiler', exact: true }).waitFor();
    await box.press('ArrowDown');
    expect(await page.getByRole('option', { name: 'Landkreis Ahrweiler', exact: true }).getAttribute('data-focused')).toBe('true');
    await box.press('Enter');
    await page.waitForURL(/kommune=/);
    const places = await eventually(async () => {
      const metas = await page.locator('.lesson-card__meta').allInnerTexts();
      return metas.length > 0 && metas.every((m) => /Ahrweiler/.test(m)) ? metas : null;
    });
    expect(places.length).toBeGreaterThan(0);
  });

  it('opens a lesson with its sections and discussion, and passes axe', async () => {
    await page.goto(`${base}/`);
    const first = page.locator('.lesson-card__title a').first();
    const title = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Was geschah' }).waitFor();
    // The sections are the author's Markdown rendered (and sanitised) by the API: no stray asterisks.
    for (const section of await page.locator('.lesson__section').allInnerTexts()) expect(section).not.toContain('**');
    await page.getByRole('heading', { level: 2, name: /^Diskussion \(\d+\)$/ }).waitFor();
    // After navigating, focus is on the new page's content, as after a page load.
    expect(await page.evaluate('document.activeElement?.id')).toBe('inhalt');
    expect(await page.title()).toBe(`${title} – Krisenfest`);
    await web.checkPage(page, 'lesson');
  });

  it('finds lessons through the search in the header, with the matched words highlighted, and passes axe', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('searchbox', { name: 'Erfahrungen und Diskussionen durchsuchen' }).fill('Spontanhelfende');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/suche\?q=Spontanhelfende/);
    await page.locator('.hit').first().waitFor();
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0);
    await web.checkPage(page, 'search');
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    await page.goto(`${base}/suche`);
    await page.getByRole('heading', { level: 1, name: 'Suche' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('location.hash')).toBe('#inhalt');
  });

  it('says in German words when a page is not there', async () => {
    await page.goto(`${base}/erfahrungen/RXhwZXJpZW5jZTowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA`);
    await page.getByRole('heading', { level: 1, name: 'Diese Erfahrung gibt es nicht' }).waitFor();
    await page.goto(`${base}/gibt-es-nicht`);
    await page.getByRole('heading', { level: 1, name: 'Diese Seite gibt es nicht' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('a signed-in volunteer comments on a lesson, replies to a comment and finds the lesson helpful', async () => {
    const volunteer = await t.signUp('Paula Sommer');
    await page.goto(`${base}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(volunteer.email);
    await page.getByLabel('Passwort').fill(volunteer.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();

    // A lesson with a discussion, as the seed has it.
    await page.locator('.lesson-card__title a').first().click();
    const heading = page.getByRole('heading', { level: 2, name: /^Diskussion \(\d+\)$/ });
    await heading.waitFor();
    const before = Number((await heading.innerText()).match(/\d+/)![0]);

    const helpful = page
      .getByRole('group', { name: 'Reaktionen' })
      .first()
      .getByRole('button', { name: /^Hilfreich/ });
    const helpfulBefore = Number(await helpful.locator('.reaction__count').innerText());
    expect(await helpful.getAttribute('aria-pressed')).toBe('false');
    await helpful.click();
    await eventually(async () => ((await helpful.getAttribute('aria-pressed')) === 'true' ? true : null));
    expect(Number(await helpful.locator('.reaction__count').innerText())).toBe(helpfulBefore + 1);

    // An empty comment is refused in place; a real one appears and the count goes up.
    await page.getByRole('button', { name: 'Kommentar senden' }).click();
    await page.getByRole('alert').getByText('Bitte schreiben Sie etwas.').waitFor();
    await page.getByLabel('Ihr Kommentar').fill('Wir haben **Sandsäcke** im Bauhof gelagert, das hat gut funktioniert.');
    await page.getByRole('button', { name: 'Kommentar senden' }).click();
    await page.locator('.comment__body strong', { hasText: 'Sandsäcke' }).waitFor();
    await eventually(async () => ((await heading.innerText()) === `Diskussion (${before + 1})` ? true : null));
    expect(await page.getByLabel('Ihr Kommentar').inputValue()).toBe('');

    // A reply to the first comment of the discussion, shown under it.
    const first = page.locator('.discussion .comments > li > .comment').first();
    await first.getByRole('button', { name: 'Antworten', exact: true }).click();
    await first.getByRole('textbox', { name: /^Ihre Antwort an / }).fill('Danke, das probieren wir im Kreis auch.');
    await first.getByRole('button', { name: 'Antwort senden' }).click();
    await first.locator('.comments--replies .comment__body', { hasText: 'das probieren wir im Kreis auch' }).waitFor();
    await web.checkPage(page, 'lesson-signed-in');
  });

  it('shows a new notification live, with the unread count in the navigation, and marks all read', async () => {
    const asker = await t.signUp('Anna Roth');
    const replier = await t.signUp('Bernd Klee');
    const thread = await t.make.thread(asker, { title: 'Notstrom im Pflegeheim', body: 'Wer hat Erfahrung mit Aggregaten?' });
    const question = await t.make.comment(asker, thread.id, { body: 'Wie lange liefen eure Aggregate?' });
    await page.goto(`${base}/anmelden?weiter=%2Fbenachrichtigungen`);
    await page.getByLabel('E-Mail-Adresse').fill(asker.email);
    await page.getByLabel('Passwort').fill(asker.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await page.getByText('Noch keine Benachrichtigungen.', { exact: false }).waitFor();

    // Someone answers while the page is open: it appears without a reload, and the navigation counts it.
    await t.make.comment(replier, thread.id, { body: 'Drei Tage, mit Nachtanken.', parentId: question.id });
    const entry = page.locator('.notification--unread', { hasText: 'Bernd Klee hat auf Ihren Kommentar geantwortet' });
    await entry.waitFor();
    await page.getByRole('link', { name: 'Benachrichtigungen 1 ungelesen' }).waitFor();
    await web.checkPage(page, 'notifications');

    await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await eventually(async () => ((await page.locator('.notification--unread').count()) === 0 ? true : null));
    await page.getByRole('link', { name: 'Benachrichtigungen', exact: true }).waitFor();
    // The notification leads to the discussion.
    await page.locator('.notification', { hasText: 'Bernd Klee' }).getByRole('link', { name: 'Notstrom im Pflegeheim' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notstrom im Pflegeheim' }).waitFor();
  });
});
