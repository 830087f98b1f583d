import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { FollowButton } from '../../components/Follow';
import { LessonList } from '../../components/LessonList';
import { NotThere } from '../../components/NotThere';
import { ErrorNotice, Loading } from '../../components/States';
import { HAZARDS, label } from '../../lib/labels';
import { CRISIS_STATUS, crisisDates } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';

const CRISIS = graphql(`
  query CrisisPage($id: ID!) {
    crisis(id: $id) {
      id
      name
      description
      hazards
      startsOn
      endsOn
      status
      decisionReason
      viewerFollowLevel
      mergedInto {
        id
        name
      }
      affectedMunicipalities {
        id
        name
      }
    }
    viewer {
      id
      followedHazards {
        hazard
        level
      }
    }
  }
`);

/** A crisis: what happened when, where it hit (links), its lessons; following it and each of its kinds of hazard. */
export function CrisisPage() {
  const { id = '' } = useParams();
  const session = useSession();
  // Following a hazard changes viewer.followedHazards, which may have been empty (no typename to go by).
  const context = useMemo(() => ({ additionalTypenames: ['HazardFollow'] }), []);
  const [result, refetch] = useQuery({ query: CRISIS, variables: { id }, context });
  const crisis = result.data?.crisis;
  usePageTitle(crisis?.name ?? (result.fetching ? null : 'Krise'));

  if (result.fetching && !crisis) return <Loading what="Die Krise und ihre Erfahrungen" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') || (!result.fetching && !crisis && !result.error)) {
    return <NotThere what="Diese Krise" />;
  }
  if (result.error || !crisis) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;

  const hazardLevel = (hazard: string) => result.data?.viewer?.followedHazards?.find((f) => f.hazard === hazard)?.level ?? null;
  const ended = !!crisis.endsOn;
  return (
    <article key={id} className="page place">
      <header>
        <p className="lesson__kicker">Krise · {crisis.hazards.map((h) => label(HAZARDS, h)).join(', ')}</p>
        <h1>{crisis.name}</h1>
        {crisis.status === 'MERGED' && crisis.mergedInto ? (
          <p className="notice" role="note">
            Diese Krise wurde mit <Link to={`/krisen/${crisis.mergedInto.id}`}>{crisis.mergedInto.name}</Link> zusammengeführt; dort stehen
            ihre Erfahrungen.
          </p>
        ) : null}
        {crisis.status === 'PROPOSED' ? (
          <p className="notice" role="note">
            Diese Krise ist vorgeschlagen; die Moderation hat noch nicht über sie entschieden.
          </p>
        ) : null}
        {crisis.status === 'REJECTED' ? (
          <p className="notice" role="note">
            Die Moderation hat diesen Vorschlag abgelehnt{crisis.decisionReason ? `: ${crisis.decisionReason}` : '.'}
          </p>
        ) : null}
        {crisis.description ? <p className="lead">{crisis.description}</p> : null}
        <dl className="facts">
          <div>
            <dt>Zeitraum</dt>
            <dd>{crisisDates(crisis.startsOn, crisis.endsOn)}</dd>
          </div>
          <div>
            <dt>Stand</dt>
            <dd>{crisis.status === 'CONFIRMED' ? (ended ? 'beendet' : 'andauernd') : label(CRISIS_STATUS, crisis.status)}</dd>
          </div>
        </dl>
        {crisis.status === 'CONFIRMED' ? (
          <FollowButton
            target={{ id: crisis.id }}
            level={crisis.viewerFollowLevel}
            name={crisis.name}
            followingHint="Sie erhalten eine Benachrichtigung bei jeder neuen Erfahrung zu dieser Krise."
          />
        ) : null}
      </header>
      <section aria-labelledby="hazards-heading">
        <h2 id="hazards-heading">Gefahren</h2>
        <p className="hint">Folgen Sie einer Gefahr, erfahren Sie von jeder neuen Erfahrung dazu – aus jeder Krise.</p>
        <ul className="hazard-follows">
          {crisis.hazards.map((h) => (
            <li key={h}>
              <span className="hazard-follows__name">{label(HAZARDS, h)}</span>
              {session ? (
                <FollowButton target={{ hazard: h }} level={hazardLevel(h)} name={`Gefahr ${label(HAZARDS, h)}`} text="Gefahr folgen" />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="affected-heading">
        <h2 id="affected-heading">Betroffene Kommunen</h2>
        <ul className="link-list">
          {crisis.affectedMunicipalities.map((m) => (
            <li key={m.id}>
              <Link to={`/kommunen/${m.id}`}>{m.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      {crisis.status !== 'MERGED' ? (
        <LessonList filter={{ crisisId: crisis.id }} empty="Zu dieser Krise gibt es noch keine Erfahrungen." />
      ) : null}
    </article>
  );
}
