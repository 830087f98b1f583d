import { Page } from 'playwright-core';
import { SAMPLE_PASSWORD } from '@krisenfest/seed';
import { SignedUpUser, TestApp } from '@krisenfest/testing';
import { describeInBrowser, eventually } from './browser';

/** Municipal admin of Stadt Plochingen in the seed. */
const PLOCHINGEN_ADMIN = 'miriam.haegele@beispiel.krisenfest.de';

describeInBrowser(
  'deciding membership requests in the web client, on the seed content',
  { seed: true, context: { timezoneId: 'America/New_York' } },
  (web) => {
    let t: TestApp;
    let base: string;
    let plochingen: string;

    /** A fresh browser (its own storage: another person), German, in another time zone than Berlin's. */
    const newPage = (): Promise<Page> => web.person();

    async function signIn(page: Page, email: string, password: string, then: string): Promise<void> {
      await web.signIn(page, { email, password }, then);
      await page.waitForURL(`${base}${then}`);
    }

    const looked = (page: Page, name: string): Promise<void> => web.checkPage(page, name);

    /** The requester's memberships as the server stored them. */
    async function storedMemberships(user: SignedUpUser) {
      const data = await t
        .as(user)
        .data<
          { viewer: { memberships: { role: string; status: string; decisionReason: string | null; municipality: { name: string } }[] } },
          Record<string, never>
        >('{ viewer { memberships { role status decisionReason municipality { name } } } }');
      return data.viewer.memberships;
    }

    /** The request's entry on /konto/antraege, found by the requester's name. */
    const entryOf = (page: Page, name: string) =>
      page.locator('.membership-request', { has: page.getByRole('heading', { level: 2, name, exact: true }) });

    beforeAll(async () => {
      t = web.t;
      base = web.base;
      const found = await t
        .as(null)
        .data<{ municipalities: { nodes: { id: string; name: string }[] } }, Record<string, never>>(
          '{ municipalities(first: 5, nameContains: "Plochingen") { nodes { id name } } }',
        );
      plochingen = found.municipalities.nodes.find((m) => m.name === 'Stadt Plochingen')!.id;
    }, 180_000);

    it('staff request to work for Plochingen; its municipal admin confirms on /konto/antraege; the requester\'s account shows "bestätigt"', async () => {
      // The requester asks on the municipality's page.
      const requester = await t.signUp('Ronja Albrecht');
      const mine = await newPage();
      await signIn(mine, requester.email, requester.password, `/kommunen/${plochingen}`);
      await mine.getByRole('heading', { level: 1, name: 'Stadt Plochingen' }).waitFor();
      await mine.getByRole('button', { name: 'Mitarbeit beantragen' }).click();
      await mine.getByLabel('Ihre Stelle und Ihr Amt').fill('Bauamt, Hochwasserschutz');
      await mine.getByRole('button', { name: 'Antrag senden' }).click();
      await mine.locator('.membership__state', { hasText: 'beantragt' }).waitFor();

      // Someone who decides nothing gets no link on their account page.
      await mine.goto(`${base}/konto`);
      await mine.getByRole('heading', { level: 1, name: 'Ihr Konto' }).waitFor();
      await mine.locator('.membership-status', { hasText: 'beantragt' }).waitFor();
      expect(await mine.getByRole('link', { name: 'Anträge entscheiden' }).count()).toBe(0);

      // The municipal admin finds it from their account page.
      const admin = await newPage();
      await signIn(admin, PLOCHINGEN_ADMIN, SAMPLE_PASSWORD, '/konto');
      await admin.getByRole('link', { name: 'Anträge entscheiden' }).click();
      await admin.getByRole('heading', { level: 1, name: 'Anträge entscheiden' }).waitFor();
      expect(await admin.title()).toBe('Anträge entscheiden – Krisenfest');
      const entry = entryOf(admin, 'Ronja Albrecht');
      await entry.waitFor();
      const text = await entry.innerText();
      expect(text).toContain('Stadt Plochingen');
      expect(text).toContain('Mitarbeiterin / Mitarbeiter');
      expect(text).toContain('Bauamt, Hochwasserschutz');
      expect(text).toMatch(/Beantragt am\s*\d{1,2}\. \w+ \d{4}/);
      await looked(admin, 'membership-requests');

      await entry.getByRole('button', { name: /^Bestätigen/ }).click();
      await admin.getByText('Bestätigt: Ronja Albrecht, Stadt Plochingen.').waitFor();
      // The entry goes; the keyboard focus moves to the message saying what was done.
      const done = admin.getByText('Bestätigt: Ronja Albrecht, Stadt Plochingen.');
      await eventually(async () => ((await done.evaluate((el) => el === el.ownerDocument.activeElement)) ? true : null));
      await eventually(async () => ((await entryOf(admin, 'Ronja Albrecht').count()) === 0 ? true : null));
      await admin.reload();
      await admin.getByRole('heading', { level: 1, name: 'Anträge entscheiden' }).waitFor();
      await admin.locator('.state--empty, .membership-request').first().waitFor();
      expect(await entryOf(admin, 'Ronja Albrecht').count()).toBe(0);
      await looked(admin, 'membership-requests-decided');

      // The requester's account shows it confirmed.
      await mine.reload();
      const item = mine.locator('.memberships li', { hasText: 'Stadt Plochingen' });
      await item.locator('.membership-status', { hasText: 'bestätigt' }).waitFor();
      await looked(mine, 'account-membership-confirmed');
      expect(await storedMemberships(requester)).toEqual([
        { role: 'STAFF', status: 'VERIFIED', decisionReason: null, municipality: { name: 'Stadt Plochingen' } },
      ]);

      // She leaves again: asked once more, then "beendet".
      await item.getByRole('button', { name: 'Mitgliedschaft beenden: Stadt Plochingen' }).click();
      const yes = item.getByRole('button', { name: 'Ja, beenden' });
      await eventually(async () => ((await yes.evaluate((el) => el === el.ownerDocument.activeElement)) ? true : null));
      await looked(mine, 'account-membership-leave');
      await yes.click();
      await mine.getByText('Mitgliedschaft bei Stadt Plochingen beendet.').waitFor();
      await item.locator('.membership-status', { hasText: 'beendet' }).waitFor();
      expect(await item.getByRole('button', { name: /Mitgliedschaft beenden/ }).count()).toBe(0);
      expect((await storedMemberships(requester))[0].status).toBe('REVOKED');
    }, 180_000);

    it('a rejection needs a reason, checked in place; the requester sees it on their account page', async () => {
      const requester = await t.signUp('Timo Keller');
      await t.as(requester).data('mutation($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id } } }', {
        input: { municipalityId: plochingen, role: 'MUNICIPAL_ADMIN', position: 'Hauptamt' },
      });

      const admin = await newPage();
      await signIn(admin, PLOCHINGEN_ADMIN, SAMPLE_PASSWORD, '/konto/antraege');
      const entry = entryOf(admin, 'Timo Keller');
      await entry.waitFor();
      expect(await entry.innerText()).toContain('Administration der Kommune');

      // Without a reason the form refuses in place and sends nothing.
      await entry.getByRole('button', { name: /^Ablehnen/ }).click();
      const reason = entry.getByLabel('Begründung (nur beim Ablehnen nötig)');
      await entry.getByText('Bitte begründen Sie die Ablehnung; die Person sieht die Begründung.').waitFor();
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      expect(await reason.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await looked(admin, 'membership-requests-reason-missing');
      expect((await storedMemberships(requester))[0].status).toBe('PENDING');

      await reason.fill('Die Verwaltung der Stadt kennt Sie nicht als Mitarbeiter im Hauptamt.');
      await entry.getByRole('button', { name: /^Ablehnen/ }).click();
      await admin.getByText('Abgelehnt: Timo Keller, Stadt Plochingen.').waitFor();
      await eventually(async () => ((await entryOf(admin, 'Timo Keller').count()) === 0 ? true : null));

      const mine = await newPage();
      await signIn(mine, requester.email, requester.password, '/konto');
      const item = mine.locator('.memberships li', { hasText: 'Stadt Plochingen' });
      await item.locator('.membership-status', { hasText: 'abgelehnt' }).waitFor();
      await item.getByText('Begründung: Die Verwaltung der Stadt kennt Sie nicht als Mitarbeiter im Hauptamt.').waitFor();
      await looked(mine, 'account-membership-rejected');
      expect(await storedMemberships(requester)).toEqual([
        {
          role: 'MUNICIPAL_ADMIN',
          status: 'REJECTED',
          decisionReason: 'Die Verwaltung der Stadt kennt Sie nicht als Mitarbeiter im Hauptamt.',
          municipality: { name: 'Stadt Plochingen' },
        },
      ]);
    }, 180_000);

    it('a request decided meanwhile elsewhere is refused in German, and the page offers no decision to someone who decides nothing', async () => {
      const requester = await t.signUp('Uwe Brändle');
      const requested = await t
        .as(requester)
        .data<{ requestMembership: { membership: { id: string } } }, Record<string, unknown>>(
          'mutation($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id } } }',
          { input: { municipalityId: plochingen, role: 'STAFF', position: 'Kämmerei' } },
        );

      const admin = await newPage();
      await signIn(admin, PLOCHINGEN_ADMIN, SAMPLE_PASSWORD, '/konto/antraege');
      const entry = entryOf(admin, 'Uwe Brändle');
      await entry.waitFor();
      // Meanwhile a platform admin confirms it.
      const platformAdmin = await t.gql<{ login: { accessToken: string } }>(
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { email: 'admin@beispiel.krisenfest.de', password: SAMPLE_PASSWORD } },
      );
      const decided = await t.gql(
        'mutation($input: DecideMembershipInput!) { decideMembership(input: $input) { membership { status } } }',
        { input: { membershipId: requested.requestMembership.membership.id, approve: true } },
        { token: platformAdmin.body.data!.login.accessToken },
      );
      expect(decided.body.errors).toBeUndefined();
      await entry.getByRole('button', { name: /^Bestätigen/ }).click();
      await admin
        .getByText('Über den Antrag von Uwe Brändle, Stadt Plochingen wurde inzwischen schon entschieden; er ist erledigt.')
        .waitFor();
      await eventually(async () => ((await entryOf(admin, 'Uwe Brändle').count()) === 0 ? true : null));

      // Someone who decides nothing: the empty list, no buttons.
      const nobody = await t.signUp('Nora Vogt');
      const other = await newPage();
      await signIn(other, nobody.email, nobody.password, '/konto/antraege');
      await other.getByText('Keine offenen Anträge, über die Sie entscheiden können.').waitFor();
      expect(await other.getByRole('button', { name: /^Bestätigen/ }).count()).toBe(0);
      await looked(other, 'membership-requests-empty');
    }, 180_000);
  },
);
