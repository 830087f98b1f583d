import { OutgoingMail } from '@krisenfest/mail';

/** Where the app shows the confirmation and the new-password form; the mutations take the token. */
export const VERIFY_EMAIL_PATH = '/konto/bestaetigen';
export const RESET_PASSWORD_PATH = '/konto/passwort-zuruecksetzen';

export function accountLink(publicAppUrl: string, path: string, token: string): string {
  return `${publicAppUrl}${path}?token=${encodeURIComponent(token)}`;
}

// The mails name no display name: it is chosen by whoever registers, possibly with someone else's address.
const SIGNATURE = 'Ihr Krisenfest-Team';

export function verificationMail(to: string, link: string, validHours: number): OutgoingMail {
  return {
    to,
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    text: [
      'Guten Tag,',
      '',
      'bitte bestätigen Sie, dass diese E-Mail-Adresse zu Ihrem Konto bei Krisenfest gehört. Öffnen Sie dazu diesen Link:',
      '',
      link,
      '',
      `Der Link ist ${validHours} Stunden gültig und funktioniert einmal. Erst mit bestätigter Adresse können Sie eine Mitgliedschaft in einer Kommune oder Gruppe beantragen.`,
      '',
      'Sie haben sich nicht bei Krisenfest angemeldet? Dann ignorieren Sie diese E-Mail einfach.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}

export function passwordResetMail(to: string, link: string, validMinutes: number): OutgoingMail {
  const validity =
    validMinutes % 60 === 0 ? `${validMinutes / 60} ${validMinutes === 60 ? 'Stunde' : 'Stunden'}` : `${validMinutes} Minuten`;
  return {
    to,
    subject: 'Ihr Passwort bei Krisenfest zurücksetzen',
    text: [
      'Guten Tag,',
      '',
      'für Ihr Konto bei Krisenfest wurde ein neues Passwort angefordert. Über diesen Link wählen Sie es:',
      '',
      link,
      '',
      `Der Link ist ${validity} gültig und funktioniert einmal. Danach sind Sie auf allen Geräten abgemeldet und melden sich mit dem neuen Passwort wieder an.`,
      '',
      'Sie haben das nicht angefordert? Dann ignorieren Sie diese E-Mail; Ihr Passwort bleibt, wie es ist.',
      '',
      SIGNATURE,
    ].join('\n'),
  };
}
