import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';

/** The pages; all but the start page load on first visit, so the start page's JavaScript stays small. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'erfahrungen/:id', lazy: async () => ({ Component: (await import('./pages/LessonPage')).LessonPage }) },
      { path: 'diskussionen/:id', lazy: async () => ({ Component: (await import('./pages/ThreadPage')).ThreadPage }) },
      { path: 'suche', lazy: async () => ({ Component: (await import('./pages/SearchPage')).SearchPage }) },
      { path: 'anmelden', lazy: async () => ({ Component: (await import('./pages/account/SignInPage')).SignInPage }) },
      { path: 'registrieren', lazy: async () => ({ Component: (await import('./pages/account/SignUpPage')).SignUpPage }) },
      { path: 'konto/bestaetigen', lazy: async () => ({ Component: (await import('./pages/account/VerifyEmailPage')).VerifyEmailPage }) },
      {
        path: 'konto/passwort-vergessen',
        lazy: async () => ({ Component: (await import('./pages/account/PasswordPages')).RequestPasswordResetPage }),
      },
      {
        path: 'konto/passwort-zuruecksetzen',
        lazy: async () => ({ Component: (await import('./pages/account/PasswordPages')).ResetPasswordPage }),
      },
      { path: 'benachrichtigungen', lazy: async () => ({ Component: (await import('./pages/NotificationsPage')).NotificationsPage }) },
      // Seminars: series, sessions, registering, follow-up; the organisers' pages.
      { path: 'seminare', lazy: async () => ({ Component: (await import('./pages/seminars/SeminarsPage')).SeminarsPage }) },
      { path: 'seminare/termine/:id', lazy: async () => ({ Component: (await import('./pages/seminars/SessionPage')).SessionPage }) },
      {
        path: 'seminare/termine/:id/verwalten',
        lazy: async () => ({ Component: (await import('./pages/seminars/ManageSessionPage')).ManageSessionPage }),
      },
      { path: 'seminare/:seriesId', lazy: async () => ({ Component: (await import('./pages/seminars/SeriesPage')).SeriesPage }) },
      {
        path: 'seminare/:seriesId/neuer-termin',
        lazy: async () => ({ Component: (await import('./pages/seminars/NewSessionPage')).NewSessionPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
