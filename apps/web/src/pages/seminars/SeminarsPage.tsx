import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { usePageTitle } from '../../lib/usePageTitle';
import { SessionListItem } from './SessionListItem';

const SESSIONS = graphql(`
  query SeminarsPage($when: SeminarTimeFilter!, $after: String) {
    seminarSessions(when: $when, first: 20, after: $after) {
      nodes {
        id
        ...SessionListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SERIES = graphql(`
  query SeminarsPageSeries {
    seminarSessions(when: ALL, first: 100) {
      nodes {
        id
        series {
          id
          title
          description
          organisers
        }
      }
    }
  }
`);

const MAY_START_SERIES = graphql(`
  query SeminarsMayStartSeries {
    viewer {
      id
      platformRoles
      memberships {
        id
        status
      }
    }
  }
`);

const MINE = graphql(`
  query SeminarsPageMine {
    viewer {
      id
      seminarRegistrations {
        id
        session {
          id
          isUpcoming
          ...SessionListItem
        }
      }
    }
  }
`);

const CONTEXT = { additionalTypenames: ['SeminarRegistration', 'SeminarSession'] };

/** The series and their upcoming sessions (soonest first), then the past ones (most recent first). */
export function SeminarsPage() {
  usePageTitle('Online-Seminare');
  return (
    <div className="page">
      <h1>Online-Seminare</h1>
      <p className="lead">
        Reihen wie #kommunalEngagiert: Praxisimpulse aus Kommunen und Ehrenamt, mit Anmeldung, Kalendereintrag und Nachgespräch.
      </p>
      <NewSeriesLink />
      <MyRegistrations />
      <SeriesList />
      <SessionSection when="UPCOMING" heading="Kommende Termine" empty="Zurzeit sind keine Seminare angekündigt." />
      <SessionSection when="PAST" heading="Vergangene Termine" empty="Noch keine vergangenen Seminare." />
    </div>
  );
}

/**
 * For those the API lets start a series (the ORGANIZER role, or verified staff or members, for their own
 * municipality or group): the way to the form.
 */
function NewSeriesLink() {
  const session = useSession();
  const [result] = useQuery({ query: MAY_START_SERIES, pause: !session });
  const viewer = result.data?.viewer;
  if (!session || !viewer) return null;
  const may =
    !!viewer.platformRoles?.some((r) => r === 'ORGANIZER' || r === 'ADMIN') || viewer.memberships.some((m) => m.status === 'VERIFIED');
  return may ? (
    <p>
      <Link className="button-link" to="/seminare/neue-reihe">
        Neue Seminarreihe anlegen
      </Link>
    </p>
  ) : null;
}

/** Signed in: the upcoming sessions one registered for (with a seat or waiting). */
function MyRegistrations() {
  const session = useSession();
  const [result, refetch] = useQuery({ query: MINE, pause: !session, context: CONTEXT });
  if (!session) return null;
  const mine = (result.data?.viewer?.seminarRegistrations ?? []).filter((r) => r.session?.isUpcoming);
  if (result.data && mine.length === 0) return null;
  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">Ihre Anmeldungen</h2>
      {result.fetching && !result.data ? <Loading what="Ihre Anmeldungen" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      <ol className="session-cards">
        {mine.map((r) => (
          <li key={r.id}>
            <SessionListItem session={r.session!} showSeries />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The series that have sessions (the API lists sessions, each naming its series), each once. */
function SeriesList() {
  const [result, refetch] = useQuery({ query: SERIES });
  const series = new Map<string, { id: string; title: string; description?: string | null; organisers: string[] }>();
  for (const node of result.data?.seminarSessions.nodes ?? []) if (node.series) series.set(node.series.id, node.series);
  return (
    <section aria-labelledby="series-heading">
      <h2 id="series-heading">Reihen</h2>
      {result.fetching && !result.data ? <Loading what="Reihen" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {result.data && series.size === 0 ? (
        <Empty>
          <p>Noch keine Seminarreihen.</p>
        </Empty>
      ) : null}
      <ul className="series-list">
        {[...series.values()].map((s) => (
          <li key={s.id}>
            <h3>
              <Link to={`/seminare/${s.id}`}>{s.title}</Link>
            </h3>
            {s.organisers.length ? <p className="hint">Von {s.organisers.join(', ')}</p> : null}
            {s.description ? <p>{s.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SessionSection(props: { when: 'UPCOMING' | 'PAST'; heading: string; empty: string }) {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const id = `sessions-${props.when.toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{props.heading}</h2>
      {pages.map((after, i) => (
        <SessionPage
          key={after ?? 'first'}
          when={props.when}
          after={after}
          isFirst={i === 0}
          isLast={i === pages.length - 1}
          empty={props.empty}
          onMore={(cursor) => setPages((p) => [...p, cursor])}
        />
      ))}
    </section>
  );
}

function SessionPage(props: {
  when: 'UPCOMING' | 'PAST';
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  empty: string;
  onMore: (cursor: string) => void;
}) {
  const [result, refetch] = useQuery({ query: SESSIONS, variables: { when: props.when, after: props.after }, context: CONTEXT });
  const page = result.data?.seminarSessions;
  if (result.fetching && !page) return <Loading what="Termine" />;
  if (result.error) return <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!page) return null;
  return (
    <>
      {props.isFirst && page.nodes.length === 0 ? (
        <Empty>
          <p>{props.empty}</p>
        </Empty>
      ) : null}
      <ol className="session-cards">
        {page.nodes.map((node) => (
          <li key={node.id}>
            <SessionListItem session={node} showSeries />
          </li>
        ))}
      </ol>
      {props.isLast && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <button type="button" className="more" onClick={() => props.onMore(page.pageInfo.endCursor!)}>
          Weitere Termine
        </button>
      ) : null}
    </>
  );
}
