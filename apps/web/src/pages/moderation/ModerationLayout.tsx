import { Link, NavLink, Navigate, useLocation } from 'react-router';
import type { CombinedError } from 'urql';
import { useSession } from '../../api/useSession';
import { Empty } from '../../components/States';

/** The moderation's pages share a heading and the links between the review queue and the log. */
export function ModerationNav() {
  return (
    <nav aria-label="Moderation">
      <ul className="subnav">
        <li>
          <NavLink to="/moderation" end>
            Prüfliste
          </NavLink>
        </li>
        <li>
          <NavLink to="/moderation/protokoll">Protokoll</NavLink>
        </li>
        <li>
          <NavLink to="/moderation/krisen">Vorgeschlagene Krisen</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** Whether the API refused the page because the caller does not moderate. */
export function isForbidden(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
}

/** What someone who does not moderate sees at a moderation address. */
export function NoAccess() {
  return (
    <section className="page">
      <h1>Kein Zugang</h1>
      <Empty>
        <p>Diese Seite ist nur für die Moderation von Krisenfest. Mit Ihrem Konto können Sie sie nicht öffnen.</p>
        <p>
          Wenn Ihnen ein Beitrag nicht in Ordnung scheint, melden Sie ihn mit „Melden“ unter dem Beitrag.{' '}
          <Link to="/">Zu den Erfahrungen</Link>
        </p>
      </Empty>
    </section>
  );
}

/** Signed out: to the sign-in, and back here afterwards. */
export function useSignInFirst(): React.ReactElement | null {
  const session = useSession();
  const location = useLocation();
  return session ? null : <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
}
