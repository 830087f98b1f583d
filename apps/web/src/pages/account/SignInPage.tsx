import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { rememberSignIn } from '../../api/session';
import { Field, FormProblem } from '../../components/Field';
import { describeProblem } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';

const LOGIN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        id
        displayName
      }
    }
  }
`);

/** Where a page sends people to sign in, and back afterwards (only paths of this site). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  usePageTitle('Anmelden');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [result, login] = useMutation(LOGIN);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section className="page page--narrow">
      <h1>Anmelden</h1>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const { data, error } = await login({
            input: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
          });
          if (data?.login) {
            rememberSignIn(data.login);
            void navigate(safeNext(params.get('weiter')));
            return;
          }
          const p = describeProblem(error);
          // Wrong address or password are one answer: nobody learns which addresses have an account.
          setProblem(
            p.code === 'UNAUTHENTICATED' || p.code === 'BAD_USER_INPUT' ? 'E-Mail-Adresse oder Passwort stimmen nicht.' : p.message,
          );
        }}
      >
        <FormProblem message={problem} />
        <Field label="E-Mail-Adresse" name="email" type="email" autoComplete="username" required />
        <Field label="Passwort" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Wird angemeldet …' : 'Anmelden'}
        </button>
      </form>
      <p>
        <Link to="/konto/passwort-vergessen">Passwort vergessen?</Link> · Noch kein Konto? <Link to="/registrieren">Registrieren</Link>
      </p>
    </section>
  );
}
