import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ExperienceFilter } from '../gql/graphql';
import { LessonCard } from './LessonCard';
import { Empty, ErrorNotice, Loading } from './States';

const LESSONS = graphql(`
  query PlaceLessons($filter: ExperienceFilter, $first: Int, $after: String) {
    experiences(filter: $filter, first: $first, after: $after) {
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

const PAGE_SIZE = 20;

/** The newest lessons of a place, group or crisis, 20 a page, the page kept in the address (`?nach=`) as on the start page. */
export function LessonList({ filter, empty }: { filter: ExperienceFilter; empty: string }) {
  const [params] = useSearchParams();
  const location = useLocation();
  const after = params.get('nach') ?? undefined;
  const [lessons, refetch] = useQuery({ query: LESSONS, variables: { filter, first: PAGE_SIZE, after } });
  const page = lessons.data?.experiences;
  return (
    <section aria-labelledby="lessons-heading" className="place-lessons">
      <h2 id="lessons-heading">Erfahrungen</h2>
      {lessons.fetching && !page ? <Loading what="Erfahrungen" /> : null}
      {lessons.error ? <ErrorNotice error={lessons.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {page && page.nodes.length === 0 ? (
        <Empty>
          <p>{empty}</p>
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
      <nav aria-label="Seiten der Erfahrungen" className="pager">
        {after ? <Link to={location.pathname}>Zurück zum Anfang</Link> : null}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <Link to={`${location.pathname}?nach=${encodeURIComponent(page.pageInfo.endCursor)}`}>Weitere Erfahrungen</Link>
        ) : null}
      </nav>
    </section>
  );
}
