import { Logger } from '@nestjs/common';
import { loadConfig } from '@krisenfest/core';
import { Mailbox, startMailbox } from '@krisenfest/testing';
import { Mailer } from './mailer';

const MAIL = {
  to: 'hanna@example.org',
  subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
  text: 'Guten Tag,\n\nöffnen Sie diesen Link: https://krisenfest.example.org/konto/bestaetigen?token=abc\n\nIhr Krisenfest-Team',
};

function mailer(env: Record<string, string>): Mailer {
  return new Mailer(loadConfig({ JWT_SECRET: 'x'.repeat(40), ...env }));
}

describe('Mailer', () => {
  let log: jest.SpyInstance;
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeEach(() => {
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  describe('without SMTP_URL', () => {
    it('writes the whole mail, link included, to the log at info level in development', async () => {
      const m = mailer({ NODE_ENV: 'development' });
      m.onModuleInit();
      expect(await m.send(MAIL)).toBe('logged');
      expect(log).toHaveBeenCalledTimes(1);
      const [line] = log.mock.calls[0];
      expect(line).toContain('hanna@example.org');
      expect(line).toContain('Subject: Bitte bestätigen Sie Ihre E-Mail-Adresse');
      expect(line).toContain('https://krisenfest.example.org/konto/bestaetigen?token=abc');
      expect(warn).not.toHaveBeenCalled();
    });

    it('warns at start in production that mails are not delivered, and keeps the links out of the log', async () => {
      const m = mailer({ NODE_ENV: 'production' });
      m.onModuleInit();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('SMTP_URL is not set'));
      expect(await m.send(MAIL)).toBe('logged');
      const written = [...log.mock.calls, ...warn.mock.calls].map(([line]) => String(line)).join('\n');
      expect(written).toContain('not delivered');
      expect(written).not.toContain('token=abc');
    });
  });

  describe('with SMTP_URL', () => {
    let mailbox: Mailbox;
    beforeAll(async () => {
      mailbox = await startMailbox();
    });
    afterAll(() => mailbox.close());

    it('delivers over SMTP from MAIL_FROM, umlauts intact', async () => {
      const m = mailer({ SMTP_URL: mailbox.url, MAIL_FROM: 'Krisenfest Ahrtal <hallo@krisenfest.example.org>', NODE_ENV: 'production' });
      m.onModuleInit();
      expect(warn).not.toHaveBeenCalled();
      expect(await m.send(MAIL)).toBe('sent');
      const received = await mailbox.waitFor((r) => r.to.includes('hanna@example.org'));
      expect(received).toMatchObject({
        from: { name: 'Krisenfest Ahrtal', address: 'hallo@krisenfest.example.org' },
        subject: MAIL.subject,
      });
      expect(received.text.trim()).toBe(MAIL.text);
      expect(received.headers.get('auto-submitted')).toBe('auto-generated');
      expect(log).not.toHaveBeenCalled();
      await m.onApplicationShutdown();
    });

    it('does not throw when the server is unreachable: it logs the failure and says so', async () => {
      const gone = await startMailbox();
      await gone.close();
      const m = mailer({ SMTP_URL: gone.url });
      expect(await m.send(MAIL)).toBe('failed');
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('could not deliver the mail "Bitte bestätigen Sie Ihre E-Mail-Adresse" to hanna@example.org'),
      );
    });

    it('sends in the background and waits for those mails at shutdown', async () => {
      const m = mailer({ SMTP_URL: mailbox.url });
      m.sendLater({ ...MAIL, to: 'later@example.org' });
      expect(mailbox.to('later@example.org')).toHaveLength(0);
      await m.onApplicationShutdown();
      expect(mailbox.to('later@example.org')).toHaveLength(1);
    });
  });
});
