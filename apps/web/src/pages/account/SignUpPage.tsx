import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { rememberSignIn } from '../../api/session';
import { Field, FormProblem } from '../../components/Field';
import { describeProblem } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';

const REGISTER = graphql(`
  mutation SignUp($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      user {
        id
        displayName
        email
      }
    }
  }
`);

/** A new account: name, address, password; the address is confirmed with the link from the mail that follows. */
export function SignUpPage() {
  usePageTitle('Registrieren');
  const [result, register] = useMutation(REGISTER);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const registered = result.data?.register;
  if (registered) {
    return (
      <section className="page page--narrow">
        <h1>Willkommen, {registered.user.displayName}!</h1>
        <p role="status">
          Wir haben Ihnen eine E-Mail an <strong>{registered.user.email}</strong> geschickt. Bitte öffnen Sie den Link darin, um Ihre
          Adresse zu bestätigen – erst dann können Sie sich für Seminare anmelden und eine Mitgliedschaft beantragen.
        </p>
        <p>
          <Link to="/">Zu den Erfahrungen</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="page page--narrow">
      <h1>Registrieren</h1>
      <p>Mit einem Konto können Sie kommentieren, antworten, Erfahrungen aufschreiben und Themen folgen.</p>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const input = {
            displayName: String(form.get('displayName') ?? '').trim(),
            email: String(form.get('email') ?? '').trim(),
            password: String(form.get('password') ?? ''),
          };
          // The server's rules, checked here first so people see them at once; the server decides.
          const local: Record<string, string> = {};
          if (input.displayName.length < 2) local.displayName = 'Bitte geben Sie Ihren Namen an (mindestens 2 Zeichen).';
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email)) local.email = 'Bitte eine gültige E-Mail-Adresse angeben.';
          if (input.password.length < 10) local.password = 'Mindestens 10 Zeichen.';
          setFields(local);
          setProblem(null);
          if (Object.keys(local).length) return;
          const { data, error } = await register({ input });
          if (data?.register) {
            rememberSignIn(data.register);
            return;
          }
          const p = describeProblem(error);
          setFields(p.fields);
          setProblem(
            Object.keys(p.fields).length ? null : p.code === 'CONFLICT' ? 'Für diese Adresse gibt es schon ein Konto.' : p.message,
          );
        }}
      >
        <FormProblem message={problem} />
        <Field label="Ihr Name" name="displayName" autoComplete="name" required minLength={2} maxLength={100} error={fields.displayName} />
        <Field label="E-Mail-Adresse" name="email" type="email" autoComplete="email" required error={fields.email} />
        <Field
          label="Passwort"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="Mindestens 10 Zeichen; nicht Ihr Name und kein bekanntes Passwort."
          error={fields.password}
        />
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Wird angelegt …' : 'Konto anlegen'}
        </button>
      </form>
      <p>
        Schon registriert? <Link to="/anmelden">Anmelden</Link>
      </p>
    </section>
  );
}
