import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ErrorNotice, Loading } from '../../components/States';
import { usePageTitle } from '../../lib/usePageTitle';

const VERIFY = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      email
    }
  }
`);

/** The page the confirmation mail links to (`/konto/bestaetigen?token=…`): confirms the address when opened. */
export function VerifyEmailPage() {
  usePageTitle('E-Mail-Adresse bestätigen');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [result, verify] = useMutation(VERIFY);
  // A link works once: sent once per token, also where React runs effects twice (development).
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token;
    void verify({ input: { token } });
  }, [token, verify]);
  return (
    <section className="page page--narrow">
      <h1>E-Mail-Adresse bestätigen</h1>
      {!token ? <p>Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus der E-Mail so, wie er ist.</p> : null}
      {result.fetching ? <Loading what="Ihre Bestätigung" /> : null}
      {result.data ? (
        <p role="status">
          Danke! Ihre Adresse <strong>{result.data.verifyEmail.email}</strong> ist bestätigt. <Link to="/">Weiter zu Krisenfest</Link>
        </p>
      ) : null}
      {result.error ? (
        result.error.graphQLErrors.some((e) => e.extensions?.code === 'BAD_USER_INPUT') ? (
          <p role="alert">Dieser Link ist abgelaufen oder wurde schon benutzt. Angemeldet können Sie eine neue E-Mail anfordern.</p>
        ) : (
          <ErrorNotice error={result.error} retry={() => void verify({ input: { token } })} />
        )
      ) : null}
    </section>
  );
}
