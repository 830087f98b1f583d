import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { HAZARDS, label } from '../../lib/labels';
import { crisisDates } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';
import { mayProposeCrisis } from './crisisProposals';

const PROPOSER = graphql(`
  query CrisesPageViewer {
    viewer {
      id
      platformRoles
      memberships {
        id
        role
        status
        municipality {
          id
        }
      }
    }
  }
`);

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
  const session = useSession();
  const [me] = useQuery({ query: PROPOSER, pause: !session });
  const viewer = session && me.data?.viewer?.id === session.userId ? me.data.viewer : null;
  const moderates = !!viewer?.platformRoles?.some((r) => r === 'MODERATOR' || r === 'ADMIN');
  return (
    <section className="page">
      <h1>Krisen</h1>
      <p className="lead">Ereignisse, aus denen Kommunen und Ehrenamtliche Erfahrungen aufgeschrieben haben.</p>
      {viewer && (mayProposeCrisis(viewer) || moderates) ? (
        <p>
          {mayProposeCrisis(viewer) ? (
            <Link to="/krisen/vorschlagen" className="button-link">
              Krise vorschlagen
            </Link>
          ) : null}
          {moderates ? (
            <>
              {' '}
              <Link to="/moderation/krisen">Vorgeschlagene Krisen prüfen</Link>
            </>
          ) : null}
        </p>
      ) : null}
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
