import { lazy, Suspense } from 'react';
import { useSearchParams, Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Empty, ErrorNotice, Loading } from '../components/States';
import { LessonCard } from '../components/LessonCard';
import { LessonFilterForm } from '../components/LessonFilterForm';
import { apiFilter, filtersFromSearch, searchFromFilters } from '../lib/filters';
import { formatSessionTime } from '../lib/format';
import { usePageTitle } from '../lib/usePageTitle';
import { useSession } from '../api/useSession';
import type { Hazard } from '../gql/graphql';

// Following the chosen hazard: loaded only when a signed-in reader filters by one.
const HazardFollow = lazy(() => import('../components/HazardFollow'));

const LESSONS = graphql(`
  query StartLessons($filter: ExperienceFilter, $orderBy: ExperienceOrder, $first: Int, $after: String) {
    experiences(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        id
        ...LessonCard
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const UPCOMING = graphql(`
  query StartUpcomingSessions {
    seminarSessions(first: 3, when: UPCOMING) {
      nodes {
        id
        title
        startsAt
        endsAt
        series {
          title
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** The newest (or most helpful) lessons with filters kept in the URL, and the next seminar sessions. */
export function StartPage() {
  usePageTitle(null);
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const after = params.get('nach') ?? undefined;
  const [lessons, refetch] = useQuery({
    query: LESSONS,
    variables: { filter: apiFilter(filters), orderBy: filters.order, first: PAGE_SIZE, after },
  });
  const [upcoming] = useQuery({ query: UPCOMING });
  const page = lessons.data?.experiences;

  return (
    <div className="page page--start">
      <h1>Erfahrungen aus Krisen</h1>
      <p className="lead">
        Was Kommunen und Ehrenamtliche in Hochwasser, Pandemie, Hitze und anderen Krisen gelernt haben – aufgeschrieben, damit die nächste
        Kommune es nicht neu lernen muss.
      </p>
      <div className="start-grid">
        <section aria-labelledby="lessons-heading">
          <h2 id="lessons-heading">{filters.order === 'MOST_HELPFUL' ? 'Die hilfreichsten Erfahrungen' : 'Neue Erfahrungen'}</h2>
          <LessonFilterForm filters={filters} onChange={(next) => setParams(searchFromFilters(next))} />
          {session && filters.hazard ? (
            <Suspense fallback={null}>
              <HazardFollow hazard={filters.hazard as Hazard} />
            </Suspense>
          ) : null}
          {lessons.fetching && !page ? <Loading what="Erfahrungen" /> : null}
          {lessons.error ? <ErrorNotice error={lessons.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
          {page && page.nodes.length === 0 ? (
            <Empty>
              <p>Zu diesen Filtern gibt es noch keine Erfahrungen.</p>
              <p>
                <Link to="/">Alle Filter zurücksetzen</Link>
              </p>
            </Empty>
          ) : null}
          {page && page.nodes.length > 0 ? (
            <ol className="lesson-list">
              {page.nodes.map((lesson) => (
                <li key={lesson.id}>
                  <LessonCard lesson={lesson} />
                </li>
              ))}
            </ol>
          ) : null}
          <nav aria-label="Seiten" className="pager">
            {after ? <Link to={`/?${searchFromFilters(filters)}`}>Zurück zum Anfang</Link> : null}
            {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
              <Link to={`/?${searchFromFilters(filters, { nach: page.pageInfo.endCursor })}`}>Weitere Erfahrungen</Link>
            ) : null}
          </nav>
        </section>
        <aside aria-labelledby="sessions-heading" className="upcoming">
          <h2 id="sessions-heading">Nächste Online-Seminare</h2>
          {upcoming.fetching && !upcoming.data ? <Loading what="Termine" /> : null}
          {upcoming.error ? <ErrorNotice error={upcoming.error} /> : null}
          {upcoming.data && upcoming.data.seminarSessions.nodes.length === 0 ? (
            <Empty>
              <p>Zurzeit sind keine Seminare angekündigt.</p>
            </Empty>
          ) : null}
          <ul className="session-list">
            {upcoming.data?.seminarSessions.nodes.map((session) => (
              <li key={session.id}>
                <p className="session-list__series">{session.series?.title}</p>
                <p className="session-list__title">
                  <Link to={`/seminare/termine/${session.id}`}>{session.title}</Link>
                </p>
                <p>{formatSessionTime(session.startsAt, session.endsAt)}</p>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/seminare">Alle Seminare</Link>
          </p>
        </aside>
      </div>
    </div>
  );
}
