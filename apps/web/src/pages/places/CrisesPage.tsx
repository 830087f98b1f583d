import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { HAZARDS, label } from '../../lib/labels';
import { crisisDates } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';

const CRISES = graphql(`
  query CrisesPage($after: String) {
    crises(first: 30, after: $after) {
      nodes {
        id
        name
        hazards
        startsOn
        endsOn
        affectedMunicipalities {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The confirmed crises, the most recent first, each with its kinds of hazard, its time and how many places it hit. */
export function CrisesPage() {
  usePageTitle('Krisen');
  const [params] = useSearchParams();
  const location = useLocation();
  const after = params.get('nach') ?? undefined;
  const [result, refetch] = useQuery({ query: CRISES, variables: { after } });
  const page = result.data?.crises;
  return (
    <section className="page">
      <h1>Krisen</h1>
      <p className="lead">Ereignisse, aus denen Kommunen und Ehrenamtliche Erfahrungen aufgeschrieben haben.</p>
      {result.fetching && !page ? <Loading what="Krisen" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {page && !page.nodes.length ? (
        <Empty>
          <p>Noch keine Krise erfasst.</p>
        </Empty>
      ) : null}
      {page?.nodes.length ? (
        <ul className="card-list">
          {page.nodes.map((c) => (
            <li key={c.id}>
              <h2 className="card-list__title">
                <Link to={`/krisen/${c.id}`}>{c.name}</Link>
              </h2>
              <p className="hint">
                {c.hazards.map((h) => label(HAZARDS, h)).join(', ')} · {crisisDates(c.startsOn, c.endsOn)}
                {c.endsOn ? ' (beendet)' : ''} · {c.affectedMunicipalities.length}{' '}
                {c.affectedMunicipalities.length === 1 ? 'betroffene Kommune' : 'betroffene Kommunen'}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <nav aria-label="Seiten" className="pager">
        {after ? <Link to={location.pathname}>Zurück zum Anfang</Link> : null}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <Link to={`${location.pathname}?nach=${encodeURIComponent(page.pageInfo.endCursor)}`}>Weitere Krisen</Link>
        ) : null}
      </nav>
    </section>
  );
}
