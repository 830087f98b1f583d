import { useEffect } from 'react';
import { NavLink } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';

const UNREAD = graphql(`
  query UnreadNotifications {
    viewer {
      id
      unreadNotificationCount
    }
  }
`);

const ADDED = graphql(`
  subscription NotificationBadge {
    notificationAdded {
      eventId
      resync
      unreadCount
    }
  }
`);

/** "Benachrichtigungen (3)" in the navigation, updated live as notifications arrive. */
export function NotificationBadge() {
  const [unread, refetch] = useQuery({ query: UNREAD, requestPolicy: 'cache-and-network' });
  const [live] = useSubscription({ query: ADDED });
  const event = live.data?.notificationAdded;
  // Each event (or a resync after a gap) asks for the count again: one number, whoever changed it (this page
  // marking all read, another tab, a new notification).
  useEffect(() => {
    if (event) refetch({ requestPolicy: 'network-only' });
  }, [event, refetch]);
  const count = unread.data?.viewer?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/benachrichtigungen">
      Benachrichtigungen
      {count ? (
        <>
          {' '}
          <span className="badge">{count > 99 ? '99+' : count}</span>
          <span className="visually-hidden"> ungelesen</span>
        </>
      ) : null}
    </NavLink>
  );
}
