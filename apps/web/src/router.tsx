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
      // Writing: a new lesson, or a draft or published lesson of one's own (the same page, so saving a new draft keeps the form).
      { path: 'schreiben/:id?', lazy: async () => ({ Component: (await import('./pages/write/LessonEditorPage')).LessonEditorPage }) },
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
      // Moderation and the account area: the review queue, the log, the signed-in person's account.
      {
        path: 'moderation',
        lazy: async () => ({ Component: (await import('./pages/moderation/ModerationQueuePage')).ModerationQueuePage }),
      },
      {
        path: 'moderation/protokoll',
        lazy: async () => ({ Component: (await import('./pages/moderation/ModerationLogPage')).ModerationLogPage }),
      },
      { path: 'konto', lazy: async () => ({ Component: (await import('./pages/account/AccountPage')).AccountPage }) },
      // Deciding membership requests (municipal admins, group leads, platform admins).
      {
        path: 'konto/antraege',
        lazy: async () => ({ Component: (await import('./pages/account/MembershipRequestsPage')).MembershipRequestsPage }),
      },
      // End of deciding membership requests
      // Places, groups, crises and follows
      { path: 'kommunen/:id', lazy: async () => ({ Component: (await import('./pages/places/MunicipalityPage')).MunicipalityPage }) },
      { path: 'gruppen', lazy: async () => ({ Component: (await import('./pages/places/VolunteerGroupsPage')).VolunteerGroupsPage }) },
      { path: 'gruppen/:id', lazy: async () => ({ Component: (await import('./pages/places/VolunteerGroupPage')).VolunteerGroupPage }) },
      { path: 'krisen', lazy: async () => ({ Component: (await import('./pages/places/CrisesPage')).CrisesPage }) },
      // Proposing crises, and the moderation deciding the proposals.
      {
        path: 'krisen/vorschlagen',
        lazy: async () => ({ Component: (await import('./pages/places/ProposeCrisisPage')).ProposeCrisisPage }),
      },
      {
        path: 'moderation/krisen',
        lazy: async () => ({ Component: (await import('./pages/moderation/CrisisProposalsPage')).CrisisProposalsPage }),
      },
      // End of proposing crises
      { path: 'krisen/:id', lazy: async () => ({ Component: (await import('./pages/places/CrisisPage')).CrisisPage }) },
      { path: 'abos', lazy: async () => ({ Component: (await import('./pages/places/SubscriptionsPage')).SubscriptionsPage }) },
      // End of places, groups, crises and follows
      // Seminars: series, sessions, registering, follow-up; the organisers' pages.
      { path: 'seminare', lazy: async () => ({ Component: (await import('./pages/seminars/SeminarsPage')).SeminarsPage }) },
      { path: 'seminare/termine/:id', lazy: async () => ({ Component: (await import('./pages/seminars/SessionPage')).SessionPage }) },
      {
        path: 'seminare/termine/:id/verwalten',
        lazy: async () => ({ Component: (await import('./pages/seminars/ManageSessionPage')).ManageSessionPage }),
      },
      { path: 'seminare/neue-reihe', lazy: async () => ({ Component: (await import('./pages/seminars/SeriesFormPage')).NewSeriesPage }) },
      {
        path: 'seminare/:seriesId/bearbeiten',
        lazy: async () => ({ Component: (await import('./pages/seminars/SeriesFormPage')).EditSeriesPage }),
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
