import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
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
      {series.viewerCanOrganise ? (
        <p>
          <Link className="button-link" to={`/seminare/${series.id}/neuer-termin`}>
            Neuen Termin anlegen
          </Link>
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
