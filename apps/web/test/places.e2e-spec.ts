import { Page } from 'playwright-core';
import { SignedUpUser, TestApp } from '@krisenfest/testing';
import { BrowserSuiteOptions, describeInBrowser, eventually } from './browser';

const FLOOD_CRISIS = 'Hochwasser- und Flutkatastrophe Juli 2021';

const SUITE: BrowserSuiteOptions = { seed: true, context: { timezoneId: 'America/New_York' } };

describeInBrowser('municipalities, groups, crises and follows in the web client, on the seed content', SUITE, (web) => {
  let t: TestApp;
  let base: string;
  let page: Page;

  beforeAll(() => ({ t, base } = web));
  beforeEach(async () => {
    page = await web.person();
  });

  /** Signs `user` in through the sign-in page and comes back to `path`. */
  async function signIn(user: SignedUpUser, path: string): Promise<void> {
    await web.signIn(page, user, path);
    await page.waitForURL(`${base}${path}`);
  }

  /** Checks the page with axe (WCAG 2.1 AA) and takes its screenshots. */
  const looked = (name: string) => web.checkPage(page, name);

  /** The id at the end of the page's address (/kommunen/<id>). */
  const idInAddress = () => decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

  /** Waits until the toggle button's aria-pressed is `pressed`. */
  const pressed = (name: string | RegExp, value: boolean) =>
    eventually(async () => ((await page.getByRole('button', { name }).getAttribute('aria-pressed')) === String(value) ? true : null));

  it('opens a municipality from a lesson, shows its lessons and Landkreis, and follows it across a reload', async () => {
    const user = await t.signUp('Carola Wendt');
    await signIn(user, '/');
    // The lesson's place is a link to the municipality's page.
    const card = page.locator('.lesson-card', { has: page.getByRole('link', { name: 'Stadt Bad Neuenahr-Ahrweiler' }) }).first();
    const title = (await card.locator('.lesson-card__title').innerText()).trim();
    await card.locator('.lesson-card__title a').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.facts').getByRole('link', { name: 'Stadt Bad Neuenahr-Ahrweiler' }).click();

    await page.getByRole('heading', { level: 1, name: 'Stadt Bad Neuenahr-Ahrweiler' }).waitFor();
    expect(await page.title()).toBe('Stadt Bad Neuenahr-Ahrweiler – Krisenfest');
    await page.getByText('Amtlicher Gemeindeschlüssel (AGS)').waitFor();
    await page.getByText('07131007', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Landkreis Ahrweiler' }).first().waitFor();
    await page.locator('.lesson-card').first().waitFor();
    expect(await page.locator('.lesson-card__title', { hasText: title }).count()).toBe(1);
    await page.getByRole('region', { name: 'Krisen' }).getByRole('link', { name: FLOOD_CRISIS }).waitFor();
    await page.getByRole('region', { name: 'Ehrenamtliche Gruppen' }).getByRole('link', { name: 'Helfernetz Ahrtal' }).waitFor();
    await looked('municipality');

    const follow = page.getByRole('button', { name: /^Folgen/ });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await pressed(/^Folgen/, true);
    await page.getByText('Sie erhalten eine Benachrichtigung bei jeder neuen Erfahrung von hier.').waitFor();
    await page.reload();
    await pressed(/^Folgen/, true);
    const id = idInAddress();
    const level = async () =>
      (
        await t
          .as(user)
          .data<{ municipality: { viewerFollowLevel: string | null } }, { id: string }>(
            'query($id: ID!) { municipality(id: $id) { viewerFollowLevel } }',
            { id },
          )
      ).municipality.viewerFollowLevel;
    expect(await level()).toBe('WATCHING');
    await looked('municipality-followed');
    // Its Landkreis is followed on its own.
    await page.locator('.facts').getByRole('link', { name: 'Landkreis Ahrweiler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Landkreis Ahrweiler' }).waitFor();
    await pressed(/^Folgen/, false);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Stadt Bad Neuenahr-Ahrweiler' }).waitFor();
    await pressed(/^Folgen/, true);

    await page.getByRole('button', { name: /^Folgen/ }).click();
    await pressed(/^Folgen/, false);
    await page.reload();
    await pressed(/^Folgen/, false);
    expect(await level()).toBeNull();
  }, 120_000);

  it('shows a Landkreis with its Gemeinden, and offers a signed-out visitor to sign in instead of following (places, crises)', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Landkreis Ahrweiler' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Landkreis Ahrweiler' }).waitFor();
    await page.getByText('Kreisschlüssel', { exact: true }).waitFor();
    const gemeinden = page.getByRole('region', { name: 'Gemeinden im Landkreis' });
    await gemeinden.getByRole('link', { name: 'Stadt Bad Neuenahr-Ahrweiler' }).waitFor();
    await gemeinden.getByRole('link', { name: 'Verbandsgemeinde Altenahr' }).waitFor();
    // Its lessons include those of its Gemeinden.
    await page.locator('.lesson-card__meta', { hasText: 'Stadt Bad Neuenahr-Ahrweiler' }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Folgen/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Anmelden, um zu folgen' }).waitFor();
    await page.getByText('um die Mitarbeit zu beantragen', { exact: false }).waitFor();
    await looked('landkreis-signed-out');

    await gemeinden.getByRole('link', { name: 'Verbandsgemeinde Altenahr' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verbandsgemeinde Altenahr' }).waitFor();
    await page.getByRole('link', { name: 'Anmelden, um zu folgen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('weiter')).toMatch(/^\/kommunen\//);

    // A crisis, signed out: one invitation to sign in, no follow buttons for it or its hazards.
    await page.goto(`${base}/krisen`);
    await page.getByRole('link', { name: FLOOD_CRISIS }).click();
    await page.getByRole('heading', { level: 1, name: FLOOD_CRISIS }).waitFor();
    await page.locator('.lesson-card').first().waitFor();
    expect(await page.getByRole('link', { name: 'Anmelden, um zu folgen' }).count()).toBe(1);
    expect(await page.locator('.follow__button').count()).toBe(0);
    await looked('crisis-signed-out');
  }, 120_000);

  it('lists the crises, opens one with its lessons and places, follows it and one of its hazards, seen in "Meine Abos"', async () => {
    const user = await t.signUp('Dirk Assmann');
    await signIn(user, '/krisen');
    await page.getByRole('heading', { level: 1, name: 'Krisen' }).waitFor();
    await page.getByRole('link', { name: 'Corona-Pandemie' }).waitFor();
    await looked('crises');

    await page.getByRole('link', { name: FLOOD_CRISIS }).click();
    await page.getByRole('heading', { level: 1, name: FLOOD_CRISIS }).waitFor();
    // Calendar days as written, whatever the device's zone.
    await page.getByText('seit 14. Juli 2021').waitFor();
    await page.getByText('andauernd').waitFor();
    const affected = page.getByRole('region', { name: 'Betroffene Kommunen' });
    await affected.getByRole('link', { name: 'Verbandsgemeinde Altenahr' }).waitFor();
    await page.locator('.lesson-card').first().waitFor();
    for (const tags of await page.locator('.lesson-card .tags').allInnerTexts()) expect(tags).toContain(FLOOD_CRISIS);

    await page.getByRole('button', { name: /^Folgen/ }).click();
    await pressed(/^Folgen/, true);
    await page.getByRole('button', { name: 'Gefahr folgen: Gefahr Hochwasser' }).click();
    await pressed('Gefahr folgen: Gefahr Hochwasser', true);
    expect(await page.getByRole('button', { name: 'Gefahr folgen: Gefahr Starkregen' }).getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    await pressed(/^Folgen/, true);
    await pressed('Gefahr folgen: Gefahr Hochwasser', true);
    await looked('crisis-followed');

    const id = idInAddress();
    const stored = await t
      .as(user)
      .data<
        { crisis: { viewerFollowLevel: string | null }; viewer: { followedHazards: { hazard: string; level: string }[] } },
        { id: string }
      >('query($id: ID!) { crisis(id: $id) { viewerFollowLevel } viewer { followedHazards { hazard level } } }', { id });
    expect(stored.crisis.viewerFollowLevel).toBe('WATCHING');
    expect(stored.viewer.followedHazards).toEqual([{ hazard: 'FLOOD', level: 'WATCHING' }]);

    // "Meine Abos" shows the hazard followed; unfollowing it there holds.
    await page.getByRole('link', { name: 'Meine Abos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meine Abos' }).waitFor();
    await page.getByText('Sie folgen einer Gefahr.').waitFor();
    await pressed('Gefahr folgen: Gefahr Hochwasser', true);
    await looked('subscriptions');
    await page.getByRole('button', { name: 'Gefahr folgen: Gefahr Hochwasser' }).click();
    await pressed('Gefahr folgen: Gefahr Hochwasser', false);
    await page.getByText('Sie folgen noch keiner Gefahr.').waitFor();
    await page.reload();
    await pressed('Gefahr folgen: Gefahr Hochwasser', false);
  }, 120_000);

  it("follows the hazard chosen in the start page's filter", async () => {
    const user = await t.signUp('Gesa Lindqvist');
    await signIn(user, '/');
    // No hazard chosen: nothing to follow.
    await page.locator('.lesson-card').first().waitFor();
    expect(await page.getByRole('button', { name: /^Gefahr folgen/ }).count()).toBe(0);
    await page.getByLabel('Gefahr').selectOption({ label: 'Hitze' });
    await page.waitForURL(/\?gefahr=HEAT$/);
    await page.getByRole('button', { name: 'Gefahr folgen: Gefahr Hitze' }).click();
    await pressed('Gefahr folgen: Gefahr Hitze', true);
    await page.getByText('Sie erhalten eine Benachrichtigung bei jeder neuen Erfahrung zu Hitze.').waitFor();
    await looked('start-hazard-followed');
    await page.reload();
    await pressed('Gefahr folgen: Gefahr Hitze', true);
    const stored = await t
      .as(user)
      .data<{ viewer: { followedHazards: { hazard: string; level: string }[] } }, Record<string, never>>(
        '{ viewer { followedHazards { hazard level } } }',
      );
    expect(stored.viewer.followedHazards).toEqual([{ hazard: 'HEAT', level: 'WATCHING' }]);
  }, 120_000);

  it('asks staff to confirm their address before requesting to work for a municipality, then shows the request', async () => {
    const unconfirmed = await t.signUp('Hanna Unbestätigt', { emailVerified: false });
    await signIn(unconfirmed, '/krisen');
    await page.getByRole('link', { name: 'Corona-Pandemie' }).click();
    await page.getByRole('region', { name: 'Betroffene Kommunen' }).getByRole('link', { name: 'Stadt Plochingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stadt Plochingen' }).waitFor();
    await page.getByText('Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Mitarbeit beantragen' }).count()).toBe(0);
    const plochingen = page.url();
    await page.getByRole('button', { name: 'Abmelden' }).click();

    const staff = await t.signUp('Ingo Reutter');
    await signIn(staff, new URL(plochingen).pathname);
    await page.getByRole('button', { name: 'Mitarbeit beantragen' }).click();
    await page.getByLabel('Ihre Stelle und Ihr Amt').fill('Ordnungsamt, Bevölkerungsschutz');
    await page.getByRole('button', { name: 'Antrag senden' }).click();
    await page.locator('.membership__state', { hasText: 'beantragt' }).waitFor();
    await page.reload();
    await page.locator('.membership__state', { hasText: 'Ordnungsamt, Bevölkerungsschutz' }).waitFor();
    expect(await page.locator('.membership__state').innerText()).toContain('beantragt');
    await looked('municipality-requested');
    const stored = await t
      .as(staff)
      .data<{ viewer: { memberships: { role: string; status: string; municipality: { name: string } }[] } }, Record<string, never>>(
        '{ viewer { memberships { role status municipality { name } } } }',
      );
    expect(stored.viewer.memberships).toEqual([{ role: 'STAFF', status: 'PENDING', municipality: { name: 'Stadt Plochingen' } }]);
  }, 120_000);

  it("follows a lesson's discussion with a chosen level, kept across a reload", async () => {
    const user = await t.signUp('Elif Korkmaz');
    await signIn(user, '/');
    await page.locator('.lesson-card__title a').first().click();
    const select = page.getByLabel('Benachrichtigungen zu dieser Diskussion');
    await select.waitFor();
    expect(await select.inputValue()).toBe('');
    await select.selectOption({ label: 'Beobachten: bei jedem neuen Kommentar' });
    await page.getByText('Gespeichert.').waitFor();
    await page.reload();
    await eventually(async () => ((await select.inputValue()) === 'WATCHING' ? true : null));
    const id = idInAddress();
    const stored = await t
      .as(user)
      .data<{ experience: { viewerFollowLevel: string | null } }, { id: string }>(
        'query($id: ID!) { experience(id: $id) { viewerFollowLevel } }',
        { id },
      );
    expect(stored.experience.viewerFollowLevel).toBe('WATCHING');
    await looked('lesson-following');

    await select.selectOption({ label: 'Standard: nur Antworten auf meine Kommentare' });
    await page.getByText('Gespeichert.').waitFor();
    await page.reload();
    await eventually(async () => ((await select.inputValue()) === '' ? true : null));
  }, 120_000);

  it('mutes a discussion on its own page, kept across a reload', async () => {
    const author = await t.signUp('Jonas Petersen');
    const reader = await t.signUp('Klara Vogt');
    const thread = await t.make.thread(author, { title: 'Sandsäcke lagern – wo?', body: 'Wie lagern Sie Sandsäcke über Jahre?' });
    await signIn(reader, `/diskussionen/${thread.id}`);
    await page.getByRole('heading', { level: 1, name: 'Sandsäcke lagern – wo?' }).waitFor();
    const select = page.getByLabel('Benachrichtigungen zu dieser Diskussion');
    expect(await select.inputValue()).toBe('');
    await select.selectOption('MUTED');
    await page.getByText('Gespeichert.').waitFor();
    await page.reload();
    await eventually(async () => ((await select.inputValue()) === 'MUTED' ? true : null));
    await looked('thread-muted');
    const stored = await t
      .as(reader)
      .data<{ thread: { viewerFollowLevel: string | null } }, { id: string }>('query($id: ID!) { thread(id: $id) { viewerFollowLevel } }', {
        id: thread.id,
      });
    expect(stored.thread.viewerFollowLevel).toBe('MUTED');
  }, 120_000);

  it('opens a volunteer group from a lesson, with its places and lessons, follows it, and requests membership ("beantragt" after reload)', async () => {
    const user = await t.signUp('Felix Obermeier');
    await signIn(user, '/');
    await page.locator('.lesson-card').getByRole('link', { name: 'Helfernetz Ahrtal' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Helfernetz Ahrtal' }).waitFor();
    await page.getByText('Spontanhelfende', { exact: true }).first().waitFor();
    const served = page.getByRole('region', { name: 'Aktiv in' });
    await served.getByRole('link', { name: 'Verbandsgemeinde Altenahr' }).waitFor();
    // Only the lessons written for this group.
    await page.locator('.lesson-card').first().waitFor();
    for (const meta of await page.locator('.lesson-card__meta').allInnerTexts()) expect(meta).toContain('Helfernetz Ahrtal');
    await looked('group');

    await page.getByRole('button', { name: 'Folgen: Helfernetz Ahrtal' }).click();
    await pressed('Folgen: Helfernetz Ahrtal', true);
    await page.reload();
    await pressed('Folgen: Helfernetz Ahrtal', true);
    const groupId = idInAddress();
    const followed = await t
      .as(user)
      .data<{ volunteerGroup: { viewerFollowLevel: string | null } }, { id: string }>(
        'query($id: ID!) { volunteerGroup(id: $id) { viewerFollowLevel } }',
        { id: groupId },
      );
    expect(followed.volunteerGroup.viewerFollowLevel).toBe('WATCHING');

    await page.getByRole('button', { name: 'Mitgliedschaft beantragen' }).click();
    const position = page.getByLabel('Ihre Aufgabe in der Gruppe');
    await page.getByRole('button', { name: 'Antrag senden' }).click();
    await page.getByText('Bitte ausfüllen.').waitFor();
    expect(await position.getAttribute('aria-invalid')).toBe('true');
    await looked('group-request-error');
    await position.fill('Fahrdienst und Materiallager');
    await page.getByRole('button', { name: 'Antrag senden' }).click();
    await page.locator('.membership__state', { hasText: 'beantragt' }).waitFor();
    // The form gave way to the request's state, and the keyboard focus went there with it.
    await eventually(async () => ((await page.evaluate('document.activeElement?.className')) === 'membership__state' ? true : null));
    await page.reload();
    await page.locator('.membership__state', { hasText: 'beantragt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Mitgliedschaft beantragen' }).count()).toBe(0);
    const stored = await t.as(user).data<
      {
        viewer: { memberships: { role: string; status: string; position: string; volunteerGroup: { name: string } }[] };
      },
      Record<string, never>
    >('{ viewer { memberships { role status position volunteerGroup { name } } } }');
    expect(stored.viewer.memberships).toEqual([
      { role: 'MEMBER', status: 'PENDING', position: 'Fahrdienst und Materiallager', volunteerGroup: { name: 'Helfernetz Ahrtal' } },
    ]);

    await page.goto(`${base}/gruppen`);
    await page.getByRole('heading', { level: 1, name: 'Ehrenamtliche Gruppen' }).waitFor();
    await page.getByRole('link', { name: 'Helfernetz Ahrtal' }).waitFor();
    await looked('groups');
  }, 120_000);
});
