import { Link } from 'react-router';
import { graphql, type FragmentType, useFragment } from '../../gql';
import { formatSessionTime } from '../../lib/format';
import { registrationState } from '../../lib/seminars';

export const SessionListItemFragment = graphql(`
  fragment SessionListItem on SeminarSession {
    id
    title
    topic
    startsAt
    endsAt
    capacity
    seatsLeft
    waitlistCount
    cancelledAt
    isUpcoming
    registrationOpen
    series {
      id
      title
    }
    viewerRegistration {
      id
      status
      waitlistPosition
    }
  }
`);

/** One session in a list: its title (the link), when (Berlin time), seats, and the viewer's place. */
export function SessionListItem(props: { session: FragmentType<typeof SessionListItemFragment>; showSeries?: boolean }) {
  const s = useFragment(SessionListItemFragment, props.session);
  const mine = s.viewerRegistration && s.viewerRegistration.status !== 'CANCELLED' ? s.viewerRegistration : null;
  return (
    <article className="session-card">
      {props.showSeries && s.series ? <p className="session-list__series">{s.series.title}</p> : null}
      <h3 className="session-card__title">
        <Link to={`/seminare/termine/${s.id}`}>{s.title}</Link>
      </h3>
      <p>
        <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, s.endsAt)}</time>
      </p>
      <ul className="tags" aria-label="Stand">
        {s.cancelledAt ? <li className="tag--warning">Abgesagt</li> : null}
        {!s.cancelledAt && s.isUpcoming && s.capacity != null ? (
          <li>{s.seatsLeft ? `${s.seatsLeft} Plätze frei` : `ausgebucht, ${s.waitlistCount} auf der Warteliste`}</li>
        ) : null}
        {mine ? <li>Sie: {registrationState(mine.status, mine.waitlistPosition)}</li> : null}
        {s.topic ? <li>{s.topic}</li> : null}
      </ul>
    </article>
  );
}
