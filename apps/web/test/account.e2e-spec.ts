import { Page } from 'playwright-core';
import { TestApp } from '@krisenfest/testing';
import { accessibilityViolations, describeInBrowser } from './browser';

describeInBrowser('accounts in the web client: sign up, confirm from the mail, sign in and out, new password', { mailbox: true }, (web) => {
  let t: TestApp;
  let base: string;
  let page: Page;

  /** The link of the latest mail to `address` whose subject starts with `subject`, opened on this test's server. */
  async function linkFromMail(address: string, subject: string, path: string): Promise<string> {
    const mail = await web.mailbox.waitFor((m) => m.to.includes(address) && m.subject.startsWith(subject));
    const link = new URL(mail.text.match(/https?:\/\/\S+/)![0]);
    expect(link.pathname).toBe(path);
    return `${base}${link.pathname}${link.search}`;
  }

  beforeAll(() => ({ t, base } = web));
  beforeEach(async () => {
    page = await web.person();
  });

  it('a volunteer signs up, sees field errors in place, and confirms the address with the link from the mail', async () => {
    await page.goto(`${base}/registrieren`);
    await page.getByRole('heading', { level: 1, name: 'Registrieren' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // Checked before anything is sent, next to the field it concerns.
    await page.getByLabel('Ihr Name').fill('Lena Hoffmeister');
    await page.getByLabel('E-Mail-Adresse').fill('lena@example.org');
    await page.getByLabel('Passwort', { exact: true }).fill('zu kurz');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    const password = page.getByLabel('Passwort', { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Mindestens 10 Zeichen.', { exact: true }).waitFor();
    await web.checkPage(page, 'sign-up-errors');

    // The server's own refusal shows in place too: a password that contains the name.
    await password.fill('Ich bin Lena Hoffmeister!');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Das Passwort darf Ihren Namen nicht enthalten.').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');

    await password.fill('Sandsäcke am Bauhof 2021');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen, Lena Hoffmeister!' }).waitFor();
    // Signed in right away.
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();

    await page.goto(await linkFromMail('lena@example.org', 'Bitte bestätigen', '/konto/bestaetigen'));
    await page.getByText('Danke! Ihre Adresse lena@example.org ist bestätigt.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The same link a second time: used up, said in words.
    await page.reload();
    await page.getByText('Dieser Link ist abgelaufen oder wurde schon benutzt.', { exact: false }).waitFor();
  });

  it('signs in and back to where the person was, refuses a wrong password without telling which part was wrong, and signs out', async () => {
    const lukas = await t.signUp('Lukas Brandt');
    await page.goto(`${base}/suche`);
    await page.getByRole('link', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.getByLabel('E-Mail-Adresse').fill(lukas.email);
    await page.getByLabel('Passwort').fill('falsches Passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').getByText('E-Mail-Adresse oder Passwort stimmen nicht.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Passwort').fill(lukas.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(`${base}/suche`);
    await page.getByText('Lukas Brandt', { exact: true }).waitFor();
    // Still signed in after a reload (the tokens stay in this browser).
    await page.reload();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
  });

  it('sets a new password with the link from the mail', async () => {
    const jana = await t.signUp('Jana Lützenkirchen');
    await page.goto(`${base}/anmelden`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByLabel('E-Mail-Adresse Ihres Kontos').fill(jana.email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page.getByText('ist eine E-Mail mit einem Link zum neuen Passwort unterwegs', { exact: false }).waitFor();

    await page.goto(await linkFromMail(jana.email, 'Ihr Passwort bei Krisenfest', '/konto/passwort-zuruecksetzen'));
    await page.getByLabel('Neues Passwort', { exact: true }).fill('Hochwasserschutz am Rhein');
    await page.getByLabel('Neues Passwort wiederholen').fill('Hochwasserschutz am Rhein!');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Die beiden Passwörter sind nicht gleich.').waitFor();
    await page.getByLabel('Neues Passwort wiederholen').fill('Hochwasserschutz am Rhein');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Ihr Passwort ist geändert', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const login = await t.gql<{ login: { accessToken: string } }>('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email: jana.email, password: 'Hochwasserschutz am Rhein' },
    });
    expect(login.body.data?.login.accessToken).toBeTruthy();
  });
});
