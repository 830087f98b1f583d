import { Page } from 'playwright-core';
import { SAMPLE_PASSWORD } from '@krisenfest/seed';
import { TestApp } from '@krisenfest/testing';
import { BrowserSuiteOptions, accessibilityViolations, describeInBrowser, eventually, tabTo } from './browser';

/** The seed's verified staff of the Stadt Plochingen (municipal admin). */
const STAFF = { email: 'miriam.haegele@beispiel.krisenfest.de', name: 'Miriam Hägele' };

const SUITE: BrowserSuiteOptions = { seed: true, context: { timezoneId: 'Europe/Berlin' } };

describeInBrowser('writing a lesson in the web client: draft, autosave, publish, find', SUITE, (web) => {
  let t: TestApp;
  let base: string;
  let page: Page;

  async function stored(title: string): Promise<{ status: string; crisis_id: string | null; situation: string }[]> {
    return t.dataSource.query('SELECT status, crisis_id, situation FROM experience WHERE title = $1', [title]);
  }

  beforeAll(() => ({ t, base } = web));
  beforeEach(async () => {
    page = await web.person();
  });

  it('verified staff write a structured lesson; the draft saves itself, survives a reload, publishes, and is found', async () => {
    const duplicate = await t.fx.crisis('Hitzewelle Juli 2026 (doppelt angelegt)', 'HEAT');
    const original = await t.fx.crisis('Hitzewelle Juli 2026', 'HEAT');
    await page.goto(`${base}/anmelden?weiter=%2Fschreiben`);
    await page.getByLabel('E-Mail-Adresse').fill(STAFF.email);
    await page.getByLabel('Passwort').fill(SAMPLE_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erfahrung aufschreiben' }).waitFor();
    // Where she works is where it happened, unless she says otherwise.
    const place = page.getByRole('combobox', { name: 'Wo ist es geschehen? *' });
    await eventually(async () => ((await place.inputValue()) === 'Stadt Plochingen' ? true : null));
    await web.checkPage(page, 'write-lesson');

    // Publishing an empty form is refused field by field, before anything is sent; the focus goes to the first.
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByRole('alert').getByText('Vor dem Veröffentlichen fehlt noch etwas').waitFor();
    const title = page.getByLabel('Titel *');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.getByText('Bitte wählen Sie mindestens eine Gefahrenart.').waitFor();
    await web.checkPage(page, 'write-lesson-errors');

    const lessonTitle = 'Hitzeschutz: Trinkwasserstellen mit dem Bauhof';
    await title.fill(lessonTitle);
    await page.getByLabel('Zusammenfassung *').fill('Zwölf Trinkwasserstellen in drei Tagen, betreut von Bauhof und Nachbarschaftshilfe.');
    await page.getByRole('checkbox', { name: 'Hitze' }).check();
    await page.getByRole('radio', { name: 'Vorbereitung' }).check();
    await page.getByLabel('Was geschah? (zum Veröffentlichen nötig)').fill('Die **Hitzewelle** kam früher als erwartet.');
    // Saved to the server on its own after a pause, and said so.
    await page
      .getByRole('status')
      .getByText(/^Entwurf gespeichert/)
      .waitFor();
    await page.waitForURL(/\/schreiben\/[^/]+$/);
    expect(await stored(lessonTitle)).toEqual([
      { status: 'DRAFT', crisis_id: null, situation: 'Die **Hitzewelle** kam früher als erwartet.' },
    ]);

    // A crisis that turned out to be a duplicate is refused by the server, next to the field.
    await t.dataSource.query(`UPDATE crisis SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [duplicate.id, original.id]);
    const crisis = page.getByLabel('Krise', { exact: true });
    await crisis.selectOption({ label: 'Hitzewelle Juli 2026 (doppelt angelegt)' });
    await page.getByText('Diese Krise ist ein Duplikat einer anderen; bitte wählen Sie die andere.').waitFor();
    expect(await crisis.getAttribute('aria-invalid')).toBe('true');
    await crisis.selectOption({ label: 'Keine bestimmte Krise' });
    await eventually(async () => ((await crisis.getAttribute('aria-invalid')) === null ? true : null));

    await page.getByRole('button', { name: 'Empfehlung hinzufügen' }).click();
    await page.getByLabel('Empfehlung', { exact: true }).fill('Trinkwasserstellen im Hitzeaktionsplan vorab festlegen.');
    await page.getByLabel('An wen richtet sie sich?').selectOption({ label: 'Gemeinde / Stadt' });
    await page.getByLabel('Handlungsfelder').fill('Gesundheitsschutz\nÖffentlicher Raum');
    await page
      .getByRole('status')
      .getByText(/^Entwurf gespeichert/)
      .waitFor();
    await eventually(async () => ((await stored(lessonTitle))[0] ? true : null));

    // After a reload, the draft is there as saved, and listed among her drafts.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Erfahrung aufschreiben' }).waitFor();
    expect(await page.getByLabel('Titel *').inputValue()).toBe(lessonTitle);
    expect(await page.getByLabel('Empfehlung', { exact: true }).inputValue()).toBe(
      'Trinkwasserstellen im Hitzeaktionsplan vorab festlegen.',
    );
    expect(await page.getByRole('checkbox', { name: 'Hitze' }).isChecked()).toBe(true);
    await page.goto(`${base}/schreiben`);
    await page.getByRole('navigation', { name: 'Ihre Entwürfe' }).getByRole('link', { name: lessonTitle }).click();
    await page.waitForURL(/\/schreiben\/[^/]+$/);
    await eventually(async () => ((await page.getByLabel('Titel *').inputValue()) === lessonTitle ? true : null));

    // Publishing needs what was done and how it went.
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    const actions = page.getByLabel('Was wurde getan? (zum Veröffentlichen nötig)');
    expect(await actions.getAttribute('aria-invalid')).toBe('true');
    expect(await actions.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await actions.fill('- Bauhof stellte Wasserspender auf\n- Nachbarschaftshilfe betreute sie');
    await page
      .getByLabel('Was hat funktioniert, was nicht? (zum Veröffentlichen nötig)')
      .fill('Gut angenommen; Becher fehlten am ersten Tag.');
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByRole('heading', { level: 1, name: lessonTitle }).waitFor();
    await page.locator('.lesson__section li', { hasText: 'Bauhof stellte Wasserspender auf' }).waitFor();
    await page.getByText('An: Gemeinde / Stadt · Stand: vorgeschlagen').waitFor();
    expect(await stored(lessonTitle)).toEqual([expect.objectContaining({ status: 'PUBLISHED' })]);
    await web.checkPage(page, 'lesson-published');

    // Found through the search.
    await page.getByRole('searchbox', { name: 'Erfahrungen und Diskussionen durchsuchen' }).fill('Trinkwasserstellen');
    await page.keyboard.press('Enter');
    await page.locator('.hit', { hasText: lessonTitle }).waitFor();

    // Editing the published lesson saves when asked, and readers see the change.
    await page.locator('.hit', { hasText: lessonTitle }).getByRole('link').first().click();
    await page.getByRole('link', { name: 'Erfahrung bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erfahrung bearbeiten' }).waitFor();
    await page.getByLabel('Titel *').fill(`${lessonTitle} und Feuerwehr`);
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('heading', { level: 1, name: `${lessonTitle} und Feuerwehr` }).waitFor();
  }, 180_000);

  it('the whole of it by keyboard only: sign in, write, publish, search, open', async () => {
    const lessonTitle = 'Stromausfall: Notrufpunkte in den Feuerwehrhäusern';
    await page.goto(`${base}/anmelden?weiter=%2F`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await tabTo(page, page.getByLabel('E-Mail-Adresse'));
    await page.keyboard.type(STAFF.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(SAMPLE_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();

    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('link', { name: 'Schreiben' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Erfahrung aufschreiben' }).waitFor();

    await tabTo(page, page.getByLabel('Titel *'));
    await page.keyboard.type(lessonTitle);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sechs Feuerwehrhäuser als Anlaufstellen mit Funk, Licht und Wärme während 30 Stunden ohne Strom.');
    await tabTo(page, page.getByRole('checkbox', { name: 'Stromausfall' }));
    await page.keyboard.press('Space');
    // Phase: the radio group is one Tab stop; the arrow keys choose.
    await tabTo(page, page.getByRole('radio', { name: 'Vorsorge' }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Vorbereitung' }).isChecked()).toBe(true);
    // The crisis, chosen in the closed list with the arrow keys.
    await tabTo(page, page.getByLabel('Krise', { exact: true }));
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Krise', { exact: true }).inputValue()).not.toBe('');

    await tabTo(page, page.getByLabel('Was geschah? (zum Veröffentlichen nötig)'));
    await page.keyboard.type('Ein Umspannwerk fiel nach dem Sturm aus.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Die Feuerwehrhäuser wurden mit Notstrom zu Anlaufstellen.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hat getragen; die Information der Bevölkerung kam zu spät.');

    // A recommendation: the new row's text gets the focus.
    await tabTo(page, page.getByRole('button', { name: 'Empfehlung hinzufügen' }));
    await page.keyboard.press('Enter');
    await eventually(async () => ((await page.evaluate('document.activeElement?.id')) === 'lesson-recommendations-0-text' ? true : null));
    await page.keyboard.type('Notrufpunkte vorab in der Warn-App bekannt machen.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('An wen richtet sie sich?').inputValue()).toBe('BUND');
    await page
      .getByRole('status')
      .getByText(/^Entwurf gespeichert/)
      .waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Veröffentlichen' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: lessonTitle }).waitFor();
    await page.getByText('An: Bund · Stand: vorgeschlagen').waitFor();
    expect(await stored(lessonTitle)).toEqual([expect.objectContaining({ status: 'PUBLISHED' })]);

    await tabTo(page, page.getByRole('searchbox', { name: 'Erfahrungen und Diskussionen durchsuchen' }));
    await page.keyboard.type('Notrufpunkte Feuerwehrhäuser');
    await page.keyboard.press('Enter');
    const hit = page.locator('.hit', { hasText: lessonTitle }).getByRole('link').first();
    await tabTo(page, hit);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: lessonTitle }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 180_000);
});
