import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { describeProblem } from '../../lib/errors';
import { NotThere } from '../../components/NotThere';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { seriesIcsUrl } from '../../lib/seminars';
import { usePageTitle } from '../../lib/usePageTitle';
import { SessionListItem } from './SessionListItem';

const SERIES = graphql(`
  query SeriesPage($id: ID!, $after: String) {
    seminarSeries(id: $id) {
      id
      title
      description
      organisers
      viewerCanOrganise
      viewerFollowLevel
      organisingMunicipalities {
        id
        name
      }
      organisingVolunteerGroups {
        id
        name
      }
      sessions(first: 50, after: $after) {
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
  }
`);

const FOLLOW = graphql(`
  mutation FollowSeries($input: FollowInput!) {
    follow(input: $input) {
      level
      target {
        id
        ... on SeminarSeries {
          viewerFollowLevel
        }
      }
    }
  }
`);

const UNFOLLOW = graphql(`
  mutation UnfollowSeries($input: UnfollowInput!) {
    unfollow(input: $input) {
      level
      target {
        id
        ... on SeminarSeries {
          viewerFollowLevel
        }
      }
    }
  }
`);

const CONTEXT = { additionalTypenames: ['SeminarSession', 'SeminarRegistration'] };

/** A series: who runs it, its programme in order of time, its calendar feed; for its organisers, a new session. */
export function SeriesPage() {
  const { seriesId = '' } = useParams();
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: SERIES, variables: { id: seriesId, after }, context: CONTEXT });
  const series = result.data?.seminarSeries;
  usePageTitle(series?.title ?? (result.fetching ? null : 'Seminarreihe'));
  if (result.fetching && !series) return <Loading what="Die Seminarreihe" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotThere what="Diese Seminarreihe" />;
  if (result.error || !series) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <div className="page">
      <p className="lesson__kicker">
        <Link to="/seminare">Online-Seminare</Link>
      </p>
      <h1>{series.title}</h1>
      {series.organisers.length ? <p className="lead">Veranstaltet von {series.organisers.join(', ')}</p> : null}
      {series.description ? <p>{series.description}</p> : null}
      <p>
        <a href={seriesIcsUrl(series.id)}>Alle Termine als Kalender abonnieren</a> <span className="hint">(Kalenderdatei .ics)</span>
      </p>
      <FollowSeries seriesId={series.id} watching={series.viewerFollowLevel === 'WATCHING'} />
      {series.viewerCanOrganise ? (
        <p>
          <Link className="button-link" to={`/seminare/${series.id}/neuer-termin`}>
            Neuen Termin anlegen
          </Link>{' '}
          <Link to={`/seminare/${series.id}/bearbeiten`}>Reihe bearbeiten</Link>
        </p>
      ) : null}
      <section aria-labelledby="programme-heading">
        <h2 id="programme-heading">Programm</h2>
        {series.sessions.nodes.length === 0 ? (
          <Empty>
            <p>In dieser Reihe sind noch keine Termine angekündigt.</p>
          </Empty>
        ) : null}
        <ol className="session-cards">
          {series.sessions.nodes.map((node) => (
            <li key={node.id}>
              <SessionListItem session={node} />
            </li>
          ))}
        </ol>
        <nav aria-label="Seiten" className="pager">
          {after ? (
            <button type="button" className="link-button" onClick={() => setAfter(null)}>
              Zurück zum Anfang
            </button>
          ) : null}
          {series.sessions.pageInfo.hasNextPage && series.sessions.pageInfo.endCursor ? (
            <button type="button" className="link-button" onClick={() => setAfter(series.sessions.pageInfo.endCursor!)}>
              Spätere Termine
            </button>
          ) : null}
        </nav>
      </section>
    </div>
  );
}

/** Signed in: hear of each new session of the series (a notification), or stop. */
function FollowSeries({ seriesId, watching }: { seriesId: string; watching: boolean }) {
  const session = useSession();
  const [following, follow] = useMutation(FOLLOW);
  const [unfollowing, unfollow] = useMutation(UNFOLLOW);
  const [problem, setProblem] = useState<string | null>(null);
  if (!session) return null;
  const busy = following.fetching || unfollowing.fetching;
  return (
    <div className="follow">
      <button
        type="button"
        className="button--secondary"
        aria-pressed={watching}
        disabled={busy}
        onClick={async () => {
          const { error } = watching
            ? await unfollow({ input: { targetId: seriesId } })
            : await follow({ input: { targetId: seriesId, level: 'WATCHING' } });
          setProblem(error ? describeProblem(error).message : null);
        }}
      >
        Bei neuen Terminen benachrichtigen
      </button>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
