import { useMemo } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../api/useSession';
import { Empty, ErrorNotice, Loading } from '../components/States';
import { formatWhen } from '../lib/format';
import { usePageTitle } from '../lib/usePageTitle';

const LIST = graphql(`
  query NotificationsPage {
    viewer {
      id
      unreadNotificationCount
      notifications(first: 50) {
        nodes {
          id
          kind
          read
          createdAt
          actor {
            displayName
          }
          thread {
            id
            title
            experience {
              id
            }
          }
          comment {
            id
          }
          experience {
            id
            title
          }
          seminarSession {
            id
            title
          }
          membership {
            id
          }
        }
      }
    }
  }
`);

const ADDED = graphql(`
  subscription NotificationsPageLive {
    notificationAdded {
      eventId
      resync
      unreadCount
    }
  }
`);

const MARK_ALL = graphql(`
  mutation MarkAllNotificationsRead {
    markNotificationsRead(input: { all: true }) {
      unreadCount
    }
  }
`);

/** What happened, in German, by kind ("Anna Roth hat auf Ihren Kommentar geantwortet"). */
const SENTENCES: Record<string, (actor: string) => string> = {
  REPLY: (a) => `${a} hat auf Ihren Kommentar geantwortet`,
  THREAD_COMMENT: (a) => `${a} hat einen Kommentar geschrieben`,
  QUESTION_TO_YOU: (a) => `${a} hat Ihnen als Referent*in eine Frage gestellt`,
  ANSWER_ACCEPTED: (a) => `${a} hat Ihren Beitrag als Antwort markiert`,
  MENTION: (a) => `${a} hat Sie erwähnt`,
  NEW_LESSON: (a) => `${a} hat eine neue Erfahrung veröffentlicht`,
  MEMBERSHIP_APPROVED: () => 'Ihre Mitgliedschaft wurde bestätigt',
  MEMBERSHIP_REJECTED: () => 'Ihre Anfrage auf Mitgliedschaft wurde abgelehnt',
  POST_HIDDEN: () => 'Die Moderation hat Ihren Beitrag ausgeblendet',
  POST_RESTORED: () => 'Die Moderation zeigt Ihren Beitrag wieder',
  SESSION_ANNOUNCED: (a) => `${a} hat eine neue Veranstaltung angekündigt`,
  REGISTRATION_PROMOTED: () => 'Sie sind von der Warteliste nachgerückt',
  SESSION_CANCELLED: () => 'Eine Veranstaltung, für die Sie angemeldet sind, wurde abgesagt',
};

/** The signed-in person's notifications, newest first, live: a new one appears without reloading. */
export function NotificationsPage() {
  usePageTitle('Benachrichtigungen');
  const session = useSession();
  const location = useLocation();
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [list, refetch] = useQuery({ query: LIST, pause: !session, context, requestPolicy: 'cache-and-network' });
  const [markAll, markAllRead] = useMutation(MARK_ALL);
  // Each live event asks for the list again: the API decides what the person may still see.
  useSubscription({ query: ADDED, pause: !session }, (_previous, event) => {
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  if (!session) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  const viewer = list.data?.viewer;
  return (
    <section className="page">
      <h1>Benachrichtigungen</h1>
      {(viewer?.unreadNotificationCount ?? 0) > 0 ? (
        <button
          type="button"
          disabled={markAll.fetching}
          onClick={async () => {
            // Everything that shows the viewer's counts (this list, the navigation) is asked again.
            await markAllRead({}, { additionalTypenames: ['User'] });
          }}
        >
          Alle als gelesen markieren
        </button>
      ) : null}
      {list.fetching && !viewer ? <Loading what="Benachrichtigungen" /> : null}
      {list.error ? <ErrorNotice error={list.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {viewer?.notifications && viewer.notifications.nodes.length === 0 ? (
        <Empty>
          <p>Noch keine Benachrichtigungen. Folgen Sie Diskussionen, Kommunen oder Gefahren, um Neues zu erfahren.</p>
        </Empty>
      ) : null}
      <ol className="notifications" aria-live="polite">
        {viewer?.notifications?.nodes.map((n) => {
          const sentence = (SENTENCES[n.kind] ?? (() => 'Neuigkeit'))(n.actor?.displayName ?? 'Jemand');
          const href = n.experience
            ? `/erfahrungen/${n.experience.id}`
            : n.thread?.experience
              ? `/erfahrungen/${n.thread.experience.id}`
              : n.thread
                ? `/diskussionen/${n.thread.id}`
                : n.seminarSession
                  ? `/seminare/termine/${n.seminarSession.id}`
                  : null;
          const topic = n.experience?.title ?? n.thread?.title ?? n.seminarSession?.title;
          return (
            <li key={n.id} className={n.read ? 'notification' : 'notification notification--unread'}>
              <p>
                {n.read ? null : <span className="visually-hidden">Ungelesen: </span>}
                {sentence}
                {topic ? (
                  <>
                    {': '}
                    {href ? <Link to={href}>{topic}</Link> : <span>{topic}</span>}
                  </>
                ) : null}
              </p>
              <p className="hint">
                <time dateTime={n.createdAt}>{formatWhen(n.createdAt)}</time>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
