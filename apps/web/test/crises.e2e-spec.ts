import { Page } from 'playwright-core';
import { SAMPLE_PASSWORD } from '@krisenfest/seed';
import { TestApp } from '@krisenfest/testing';
import { describeInBrowser, eventually } from './browser';

/** Verified staff of Stadt Lauf an der Pegnitz in the seed. */
const STAFF = 'juergen.weissbach@beispiel.krisenfest.de';
/** The seed's moderator. */
const MODERATOR = 'moderation@beispiel.krisenfest.de';
const FLOOD_CRISIS = 'Hochwasser- und Flutkatastrophe Juli 2021';

describeInBrowser(
  'proposing crises and deciding the proposals in the web client, on the seed content',
  { seed: true, context: { timezoneId: 'America/New_York' } },
  (web) => {
    let t: TestApp;
    let base: string;

    /** A fresh browser (its own storage: another person), German, in another time zone than Berlin's. */
    const newPage = (): Promise<Page> => web.person();

    async function signIn(page: Page, email: string, password: string, then: string): Promise<void> {
      await web.signIn(page, { email, password }, then);
      await page.waitForURL(`${base}${then}`);
    }

    const looked = (page: Page, name: string): Promise<void> => web.checkPage(page, name);

    async function tokenOf(email: string): Promise<string> {
      const { body } = await t.gql<{ login: { accessToken: string } }>('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { email, password: SAMPLE_PASSWORD },
      });
      return body.data!.login.accessToken;
    }

    /** The data of a request that must succeed, as the holder of `token` (or nobody). */
    async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
      const { body } = await t.gql<T>(query, variables, token ? { token } : {});
      if (body.errors?.length || !body.data) throw new Error(`expected data, got ${JSON.stringify(body.errors)}`);
      return body.data;
    }

    async function municipalityId(name: string): Promise<string> {
      const found = await api<{ municipalities: { nodes: { id: string; name: string }[] } }>(
        'query($n: String) { municipalities(first: 10, nameContains: $n) { nodes { id name } } }',
        { n: name },
      );
      return found.municipalities.nodes.find((m) => m.name === name)!.id;
    }

    /** A proposal sent through the API as the seed's staff member. */
    async function proposed(name: string): Promise<string> {
      const data = await api<{ proposeCrisis: { crisis: { id: string; status: string } } }>(
        'mutation($input: ProposeCrisisInput!) { proposeCrisis(input: $input) { crisis { id status } } }',
        {
          input: {
            name,
            hazards: ['STORM'],
            startsOn: '2024-02-01',
            affectedMunicipalityIds: [await municipalityId('Stadt Lauf an der Pegnitz')],
          },
        },
        await tokenOf(STAFF),
      );
      expect(data.proposeCrisis.crisis.status).toBe('PROPOSED');
      return data.proposeCrisis.crisis.id;
    }

    async function stored(id: string, token?: string) {
      const data = await api<{ crisis: { status: string; decisionReason: string | null; mergedInto: { name: string } | null } }>(
        'query($id: ID!) { crisis(id: $id) { status decisionReason mergedInto { name } } }',
        { id },
        token,
      );
      return data.crisis;
    }

    /** A proposal's entry on /moderation/krisen, found by its name. */
    const entryOf = (page: Page, name: string) =>
      page.locator('.crisis-proposal', { has: page.getByRole('heading', { level: 3, name, exact: true }) });

    /** Chooses a municipality in the combobox by typing part of its name. */
    async function addMunicipality(page: Page, typed: string, option: RegExp): Promise<void> {
      const box = page.getByRole('combobox', { name: 'Kommune hinzufügen' });
      await box.fill(typed);
      await page.getByRole('option', { name: option }).first().click();
    }

    beforeAll(async () => {
      t = web.t;
      base = web.base;
    }, 180_000);

    it('verified staff propose a crisis (checked in place), it shows "vorgeschlagen"; the moderation confirms it and it is listed', async () => {
      const staff = await newPage();
      await signIn(staff, STAFF, SAMPLE_PASSWORD, '/krisen');
      await staff.getByRole('link', { name: 'Krise vorschlagen' }).click();
      await staff.getByRole('heading', { level: 1, name: 'Krise vorschlagen' }).waitFor();
      expect(await staff.title()).toBe('Krise vorschlagen – Krisenfest');
      await staff.getByRole('combobox', { name: 'Kommune hinzufügen' }).waitFor();
      await looked(staff, 'crisis-propose');

      // An empty form is refused field by field before anything is sent; the focus goes to the first field.
      await staff.getByRole('button', { name: 'Vorschlag senden' }).click();
      const name = staff.getByLabel('Name der Krise *');
      await eventually(async () => ((await name.getAttribute('aria-invalid')) === 'true' ? true : null));
      expect(await name.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await staff.getByText('Bitte wählen Sie mindestens eine Gefahrenart.').waitFor();
      await staff.getByText('Bitte wählen Sie mindestens eine betroffene Kommune.').waitFor();
      expect(await staff.getByLabel('Beginn *').getAttribute('aria-invalid')).toBe('true');
      await looked(staff, 'crisis-propose-errors');

      await name.fill('Hitzewelle August 2025');
      await staff.getByRole('checkbox', { name: 'Hitze' }).check();
      await staff.getByRole('checkbox', { name: 'Dürre' }).check();
      await staff.getByLabel('Beschreibung').fill('Zwei Wochen über 35 Grad; Trinkwasser knapp, Hitzeschutz für ältere Menschen.');
      await staff.getByLabel('Beginn *').fill('2025-08-10');
      // An end in the future is refused in place.
      await staff.getByLabel('Ende').fill('2099-08-20');
      await addMunicipality(staff, 'Lauf', /^Stadt Lauf an der Pegnitz/);
      await addMunicipality(staff, 'Plochingen', /^Stadt Plochingen/);
      const chosen = staff.getByRole('list', { name: 'Gewählte Kommunen' });
      await chosen.getByText('Stadt Lauf an der Pegnitz').waitFor();
      await chosen.getByText('Stadt Plochingen').waitFor();
      await staff.getByRole('button', { name: 'Vorschlag senden' }).click();
      await staff.getByText('Das Datum darf nicht in der Zukunft liegen.').waitFor();
      expect(await staff.getByLabel('Ende').getAttribute('aria-invalid')).toBe('true');
      expect(await staff.getByLabel('Name der Krise *').getAttribute('aria-invalid')).toBeNull();

      await staff.getByLabel('Ende').fill('2025-08-24');
      await staff.getByRole('button', { name: 'Vorschlag senden' }).click();
      await staff.getByRole('heading', { level: 1, name: 'Hitzewelle August 2025' }).waitFor();
      await staff.getByText('Diese Krise ist vorgeschlagen; die Moderation hat noch nicht über sie entschieden.').waitFor();
      await staff.getByText('vorgeschlagen, noch nicht bestätigt').waitFor();
      const affected = staff.getByRole('region', { name: 'Betroffene Kommunen' });
      await affected.getByRole('link', { name: 'Stadt Lauf an der Pegnitz' }).waitFor();
      await affected.getByRole('link', { name: 'Stadt Plochingen' }).waitFor();
      await looked(staff, 'crisis-proposed');
      const id = decodeURIComponent(new URL(staff.url()).pathname.split('/').pop()!);
      expect(await stored(id)).toEqual({ status: 'PROPOSED', decisionReason: null, mergedInto: null });
      // Not yet listed for everyone.
      await staff.goto(`${base}/krisen`);
      await staff.getByRole('link', { name: FLOOD_CRISIS }).waitFor();
      expect(await staff.getByRole('link', { name: 'Hitzewelle August 2025' }).count()).toBe(0);

      // The moderation finds it from the list of crises.
      const moderator = await newPage();
      await signIn(moderator, MODERATOR, SAMPLE_PASSWORD, '/krisen');
      await moderator.getByRole('link', { name: 'Vorgeschlagene Krisen prüfen' }).click();
      await moderator.getByRole('heading', { level: 2, name: 'Vorgeschlagene Krisen' }).waitFor();
      const entry = entryOf(moderator, 'Hitzewelle August 2025');
      await entry.waitFor();
      const text = await entry.innerText();
      expect(text).toContain('Hitze, Dürre');
      expect(text).toContain('10. August 2025 bis 24. August 2025');
      expect(text).toContain('Stadt Lauf an der Pegnitz');
      expect(text).toContain('Jürgen Weißbach');
      await looked(moderator, 'crisis-proposals');
      await entry.getByRole('button', { name: /^Bestätigen/ }).click();
      await moderator.getByText('Bestätigt: Hitzewelle August 2025.').waitFor();
      await eventually(async () => ((await entryOf(moderator, 'Hitzewelle August 2025').count()) === 0 ? true : null));
      expect((await stored(id)).status).toBe('CONFIRMED');

      // Listed on /krisen, for everyone.
      const reader = await newPage();
      await reader.goto(`${base}/krisen`);
      await reader.getByRole('link', { name: 'Hitzewelle August 2025' }).click();
      await reader.getByRole('heading', { level: 1, name: 'Hitzewelle August 2025' }).waitFor();
      await reader.getByText('beendet', { exact: true }).waitFor();
      expect(await reader.getByText('Diese Krise ist vorgeschlagen', { exact: false }).count()).toBe(0);
      await looked(reader, 'crisis-confirmed');
    }, 180_000);

    it('the moderation rejects a proposal with a reason (checked in place) shown to its proposer, and merges a duplicate', async () => {
      const rejected = await proposed('Sturm Februar 2024');
      const duplicate = await proposed('Hochwasser im Ahrtal 2021');

      const moderator = await newPage();
      await signIn(moderator, MODERATOR, SAMPLE_PASSWORD, '/moderation/krisen');
      const entry = entryOf(moderator, 'Sturm Februar 2024');
      await entry.waitFor();
      await entry.getByRole('button', { name: /^Ablehnen/ }).click();
      const reason = entry.getByLabel('Begründung (nur beim Ablehnen nötig)');
      await entry.getByText('Bitte begründen Sie die Ablehnung (mindestens 3 Zeichen)', { exact: false }).waitFor();
      expect(await reason.getAttribute('aria-invalid')).toBe('true');
      expect(await reason.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await looked(moderator, 'crisis-proposals-reason-missing');
      expect((await stored(rejected)).status).toBe('PROPOSED');
      await reason.fill('Ein Sturm dieser Stärke ist keine Krise im Sinne von Krisenfest.');
      await entry.getByRole('button', { name: /^Ablehnen/ }).click();
      await moderator.getByText('Abgelehnt: Sturm Februar 2024.').waitFor();
      await eventually(async () => ((await entryOf(moderator, 'Sturm Februar 2024').count()) === 0 ? true : null));

      // The duplicate goes into the confirmed flood crisis.
      const dup = entryOf(moderator, 'Hochwasser im Ahrtal 2021');
      await dup.getByRole('button', { name: /^Zusammenführen/ }).click();
      await dup.getByText('Bitte wählen Sie die Krise, mit der sie zusammengeführt wird.').waitFor();
      const into = await dup.locator('option', { hasText: FLOOD_CRISIS }).first().getAttribute('value');
      await dup.getByLabel('Zusammenführen mit …').selectOption(into!);
      await dup.getByRole('button', { name: /^Zusammenführen/ }).click();
      await moderator.getByText(`Zusammengeführt: Hochwasser im Ahrtal 2021 mit ${FLOOD_CRISIS}.`).waitFor();
      expect(await stored(duplicate)).toEqual({ status: 'MERGED', decisionReason: null, mergedInto: { name: FLOOD_CRISIS } });

      // The proposer reads the reason on the crisis' page.
      const staff = await newPage();
      await signIn(staff, STAFF, SAMPLE_PASSWORD, `/krisen/${rejected}`);
      await staff
        .getByText('Die Moderation hat diesen Vorschlag abgelehnt: Ein Sturm dieser Stärke ist keine Krise im Sinne von Krisenfest.')
        .waitFor();
      await looked(staff, 'crisis-rejected');
      expect(await stored(rejected, await tokenOf(STAFF))).toEqual({
        status: 'REJECTED',
        decisionReason: 'Ein Sturm dieser Stärke ist keine Krise im Sinne von Krisenfest.',
        mergedInto: null,
      });
    }, 180_000);

    it("shows the server's refusal of a proposal at its field (a start day the browser did not check)", async () => {
      const staff = await newPage();
      await signIn(staff, STAFF, SAMPLE_PASSWORD, '/krisen/vorschlagen');
      await staff.getByLabel('Name der Krise *').fill('Stromausfall im Winter');
      await staff.getByRole('checkbox', { name: 'Stromausfall' }).check();
      await staff.getByLabel('Beginn *').fill('2024-01-15');
      await addMunicipality(staff, 'Lauf', /^Stadt Lauf an der Pegnitz/);
      await staff.getByRole('list', { name: 'Gewählte Kommunen' }).getByText('Stadt Lauf an der Pegnitz').waitFor();
      // On its way, the start becomes a day in the future: only the server can refuse it.
      await staff.route('**/graphql', async (route) => {
        const body = route.request().postData() ?? '';
        if (!body.includes('ProposeCrisis')) return route.continue();
        const sent = JSON.parse(body) as { variables: { input: Record<string, unknown> } };
        sent.variables.input.startsOn = '2099-01-15';
        await route.continue({ postData: JSON.stringify(sent) });
      });
      await staff.getByRole('button', { name: 'Vorschlag senden' }).click();
      const start = staff.getByLabel('Beginn *');
      await eventually(async () => ((await start.getAttribute('aria-invalid')) === 'true' ? true : null));
      const described = (await start.getAttribute('aria-describedby'))!;
      expect(await staff.locator(`[id="${described}"]`).innerText()).toBe('Das Datum darf nicht in der Zukunft liegen.');
      expect(await start.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      await staff.getByRole('heading', { level: 1, name: 'Krise vorschlagen' }).waitFor();
      await looked(staff, 'crisis-propose-server-error');
    }, 180_000);

    it('offers neither proposing to a volunteer without a verified membership nor the proposals to someone who does not moderate', async () => {
      const volunteer = await t.signUp('Vera Lindner');
      const page = await newPage();
      await signIn(page, volunteer.email, volunteer.password, '/krisen');
      await page.getByRole('link', { name: FLOOD_CRISIS }).waitFor();
      expect(await page.getByRole('link', { name: 'Krise vorschlagen' }).count()).toBe(0);
      await page.goto(`${base}/krisen/vorschlagen`);
      await page.getByText('Krisen schlagen bestätigte Mitarbeitende einer Kommune vor.', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Vorschlag senden' }).count()).toBe(0);
      await page.goto(`${base}/moderation/krisen`);
      await page.getByRole('heading', { level: 1, name: 'Kein Zugang' }).waitFor();
      await looked(page, 'crisis-proposals-no-access');
    }, 180_000);
  },
);
