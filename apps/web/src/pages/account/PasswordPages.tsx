import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Field, FormProblem } from '../../components/Field';
import { describeProblem } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';

const REQUEST = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      email
    }
  }
`);

const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      email
    }
  }
`);

/** Asks for the mail with the link to a new password; the answer is the same whether the address has an account. */
export function RequestPasswordResetPage() {
  usePageTitle('Passwort vergessen');
  const [result, request] = useMutation(REQUEST);
  const [problem, setProblem] = useState<string | null>(null);
  if (result.data) {
    return (
      <section className="page page--narrow">
        <h1>Passwort vergessen</h1>
        <p role="status">
          Falls es ein Konto für <strong>{result.data.requestPasswordReset.email}</strong> gibt, ist eine E-Mail mit einem Link zum neuen
          Passwort unterwegs. Der Link gilt eine Stunde.
        </p>
      </section>
    );
  }
  return (
    <section className="page page--narrow">
      <h1>Passwort vergessen</h1>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
          const { error } = await request({ input: { email } });
          setProblem(error ? describeProblem(error).message : null);
        }}
      >
        <FormProblem message={problem} />
        <Field label="E-Mail-Adresse Ihres Kontos" name="email" type="email" autoComplete="email" required />
        <button type="submit" disabled={result.fetching}>
          Link anfordern
        </button>
      </form>
    </section>
  );
}

/** The page the reset mail links to (`/konto/passwort-zuruecksetzen?token=…`): sets a new password. */
export function ResetPasswordPage() {
  usePageTitle('Neues Passwort');
  const [params] = useSearchParams();
  const [result, reset] = useMutation(RESET);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  if (result.data) {
    return (
      <section className="page page--narrow">
        <h1>Neues Passwort</h1>
        <p role="status">
          Ihr Passwort ist geändert; alle Geräte wurden abgemeldet. <Link to="/anmelden">Jetzt anmelden</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="page page--narrow">
      <h1>Neues Passwort</h1>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const newPassword = String(form.get('newPassword') ?? '');
          if (newPassword !== String(form.get('repeat') ?? '')) {
            setFields({ repeat: 'Die beiden Passwörter sind nicht gleich.' });
            return;
          }
          const { error } = await reset({ input: { token: params.get('token') ?? '', newPassword } });
          if (!error) return;
          const p = describeProblem(error);
          setFields(p.fields.newPassword ? { newPassword: p.fields.newPassword } : {});
          setProblem(
            p.fields.token
              ? 'Dieser Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.'
              : p.fields.newPassword
                ? null
                : p.message,
          );
        }}
      >
        <FormProblem message={problem} />
        <Field
          label="Neues Passwort"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          error={fields.newPassword}
        />
        <Field
          label="Neues Passwort wiederholen"
          name="repeat"
          type="password"
          autoComplete="new-password"
          required
          error={fields.repeat}
        />
        <button type="submit" disabled={result.fetching}>
          Passwort speichern
        </button>
      </form>
      <p>
        <Link to="/konto/passwort-vergessen">Neuen Link anfordern</Link>
      </p>
    </section>
  );
}
