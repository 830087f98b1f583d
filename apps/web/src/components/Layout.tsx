import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { useMutation } from 'urql';
import { storeSession } from '../api/session';
import { useSession } from '../api/useSession';
import { useIsModerator } from '../api/useViewerRoles';
import { graphql } from '../gql';
import { NotificationBadge } from './NotificationBadge';

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut {
      sessionId
    }
  }
`);

/** The path of the page shown last: the one the browser loaded, then each one navigated to. */
let shownPath = window.location.pathname;

/** Every page: skip link, header with the search, navigation, the page in <main>, footer. */
export function Layout() {
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const session = useSession();
  const [, signOut] = useMutation(SIGN_OUT);
  const { isModerator } = useIsModerator();

  // After a client-side navigation, focus goes to the new page (screen readers announce it), as a page load would;
  // the page the browser loaded keeps the browser's own start (the skip link is the first Tab stop).
  useEffect(() => {
    if (location.pathname === shownPath) return;
    shownPath = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            Krisenfest
          </Link>
          <form role="search" action="/suche" className="header-search">
            <label htmlFor="header-search-input" className="visually-hidden">
              Erfahrungen und Diskussionen durchsuchen
            </label>
            <input id="header-search-input" name="q" type="search" placeholder="Suchen, z. B. Spontanhelfende" />
            <button type="submit">Suchen</button>
          </form>
          <nav aria-label="Hauptnavigation">
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  Erfahrungen
                </NavLink>
              </li>
              <li>
                <NavLink to="/seminare">Seminare</NavLink>
              </li>
              <li>
                <NavLink to="/suche">Suche</NavLink>
              </li>
              <li>
                <NavLink to="/krisen">Krisen</NavLink>
              </li>
              {session ? (
                <li>
                  <NavLink to="/abos">Meine Abos</NavLink>
                </li>
              ) : null}
              {session ? (
                <li>
                  <NavLink to="/schreiben">Schreiben</NavLink>
                </li>
              ) : null}
              {session ? (
                <li>
                  <NotificationBadge />
                </li>
              ) : null}
              {session && isModerator ? (
                <li>
                  <NavLink to="/moderation">Moderation</NavLink>
                </li>
              ) : null}
              {session ? (
                <li className="nav-list__account">
                  <NavLink to="/konto">
                    Konto (<span className="nav-list__name">{session.displayName}</span>)
                  </NavLink>
                  <button
                    type="button"
                    className="link-button link-button--light"
                    onClick={async () => {
                      // Signed out here whatever the server says: the device forgets the tokens.
                      await signOut({});
                      storeSession(null);
                    }}
                  >
                    Abmelden
                  </button>
                </li>
              ) : (
                <>
                  <li>
                    <NavLink to={`/anmelden?weiter=${encodeURIComponent(location.pathname + location.search)}`}>Anmelden</NavLink>
                  </li>
                  <li>
                    <NavLink to="/registrieren">Registrieren</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhalt" ref={main} tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Krisenfest – Erfahrungen aus Krisen für Kommunen und Ehrenamt.</p>
      </footer>
    </>
  );
}
