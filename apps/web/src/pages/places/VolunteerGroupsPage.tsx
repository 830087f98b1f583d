import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { label } from '../../lib/labels';
import { GROUP_KINDS } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';

const GROUPS = graphql(`
  query VolunteerGroupsPage($after: String) {
    volunteerGroups(first: 50, after: $after) {
      nodes {
        id
        name
        kind
        homeMunicipality {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The confirmed volunteer groups by name, 50 a page. */
export function VolunteerGroupsPage() {
  usePageTitle('Ehrenamtliche Gruppen');
  const [params] = useSearchParams();
  const location = useLocation();
  const after = params.get('nach') ?? undefined;
  const [result, refetch] = useQuery({ query: GROUPS, variables: { after } });
  const page = result.data?.volunteerGroups;
  return (
    <section className="page">
      <h1>Ehrenamtliche Gruppen</h1>
      <p className="lead">Vereine, Freiwilligenagenturen, Initiativen und Netzwerke von Spontanhelfenden, die ihre Erfahrungen teilen.</p>
      {result.fetching && !page ? <Loading what="Gruppen" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {page && !page.nodes.length ? (
        <Empty>
          <p>Noch keine Gruppe eingetragen.</p>
        </Empty>
      ) : null}
      {page?.nodes.length ? (
        <ul className="card-list">
          {page.nodes.map((g) => (
            <li key={g.id}>
              <h2 className="card-list__title">
                <Link to={`/gruppen/${g.id}`}>{g.name}</Link>
              </h2>
              <p className="hint">
                {label(GROUP_KINDS, g.kind)}
                {g.homeMunicipality ? ` · ${g.homeMunicipality.name}` : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <nav aria-label="Seiten" className="pager">
        {after ? <Link to={location.pathname}>Zurück zum Anfang</Link> : null}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <Link to={`${location.pathname}?nach=${encodeURIComponent(page.pageInfo.endCursor)}`}>Weitere Gruppen</Link>
        ) : null}
      </nav>
    </section>
  );
}
