import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Hazard } from '../../gql/graphql';
import { useSession } from '../../api/useSession';
import { FollowButton } from '../../components/Follow';
import { ErrorNotice, Loading } from '../../components/States';
import { HAZARDS } from '../../lib/labels';
import { usePageTitle } from '../../lib/usePageTitle';

const FOLLOWED = graphql(`
  query MySubscriptions {
    viewer {
      id
      followedHazards {
        hazard
        level
      }
    }
  }
`);

/**
 * "Meine Abos": the kinds of hazard one follows, each switchable here. Municipalities, crises and lessons are
 * followed on their own pages (the API lists only the hazards one follows).
 */
export function SubscriptionsPage() {
  usePageTitle('Meine Abos');
  const session = useSession();
  const context = useMemo(() => ({ additionalTypenames: ['HazardFollow'] }), []);
  const [result, refetch] = useQuery({ query: FOLLOWED, pause: !session, context });
  if (!session) {
    return (
      <section className="page page--narrow">
        <h1>Meine Abos</h1>
        <p>
          <Link to="/anmelden?weiter=%2Fabos">Anmelden</Link>, um Gefahren, Kommunen und Krisen zu folgen.
        </p>
      </section>
    );
  }
  const followed = result.data?.viewer?.followedHazards ?? [];
  const level = (hazard: string) => followed.find((f) => f.hazard === hazard)?.level ?? null;
  return (
    <section className="page page--narrow">
      <h1>Meine Abos</h1>
      <p className="lead">
        Folgen Sie einer Gefahr, erhalten Sie eine Benachrichtigung bei jeder neuen Erfahrung dazu. Kommunen, Krisen und Diskussionen folgen
        Sie auf ihrer eigenen Seite (z. B. unter <Link to="/krisen">Krisen</Link>).
      </p>
      <h2>Gefahren</h2>
      {result.fetching && !result.data ? <Loading what="Ihre Abos" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {result.data ? (
        <>
          <p role="status">
            {followed.length
              ? `Sie folgen ${followed.length === 1 ? 'einer Gefahr' : `${followed.length} Gefahren`}.`
              : 'Sie folgen noch keiner Gefahr.'}
          </p>
          <ul className="hazard-follows">
            {Object.entries(HAZARDS).map(([hazard, name]) => (
              <li key={hazard}>
                <span className="hazard-follows__name">{name}</span>
                <FollowButton target={{ hazard: hazard as Hazard }} level={level(hazard)} name={`Gefahr ${name}`} text="Gefahr folgen" />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
