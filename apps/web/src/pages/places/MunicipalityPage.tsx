import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { FollowButton } from '../../components/Follow';
import { LessonList } from '../../components/LessonList';
import { MembershipRequest } from '../../components/MembershipRequest';
import { NotThere } from '../../components/NotThere';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { HAZARDS, label, STATES } from '../../lib/labels';
import { crisisDates, GROUP_KINDS, MUNICIPALITY_KINDS, officialKeyName } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';

const MUNICIPALITY = graphql(`
  query MunicipalityPage($id: ID!) {
    municipality(id: $id) {
      id
      name
      kind
      state
      officialKey
      population
      viewerFollowLevel
      parent {
        id
        name
      }
    }
    crises(municipalityId: $id, first: 50) {
      nodes {
        id
        name
        hazards
        startsOn
        endsOn
      }
    }
    volunteerGroups(municipalityId: $id, first: 100) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

const GEMEINDEN = graphql(`
  query LandkreisGemeinden($parentId: ID!, $after: String) {
    municipalities(parentId: $parentId, first: 100, after: $after) {
      nodes {
        id
        name
        kind
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A municipality: its facts, its Landkreis or its Gemeinden, its lessons, the crises that hit it, the groups serving it. */
export function MunicipalityPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: MUNICIPALITY, variables: { id } });
  const m = result.data?.municipality;
  usePageTitle(m?.name ?? (result.fetching ? null : 'Kommune'));

  if (result.fetching && !m) return <Loading what="Die Kommune und ihre Erfahrungen" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') || (!result.fetching && !m && !result.error)) {
    return <NotThere what="Diese Kommune" />;
  }
  if (result.error || !m) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;

  const isKreis = m.kind === 'LANDKREIS';
  const crises = result.data?.crises.nodes ?? [];
  const groups = result.data?.volunteerGroups.nodes ?? [];
  return (
    <article key={id} className="page place">
      <header>
        <h1>{m.name}</h1>
        <dl className="facts">
          <div>
            <dt>Art</dt>
            <dd>{label(MUNICIPALITY_KINDS, m.kind)}</dd>
          </div>
          <div>
            <dt>Bundesland</dt>
            <dd>{label(STATES, m.state)}</dd>
          </div>
          {m.officialKey ? (
            <div>
              <dt>{officialKeyName(m.officialKey)}</dt>
              <dd>{m.officialKey}</dd>
            </div>
          ) : null}
          {m.population ? (
            <div>
              <dt>Einwohnerinnen und Einwohner</dt>
              <dd>{m.population.toLocaleString('de-DE')}</dd>
            </div>
          ) : null}
          {m.parent ? (
            <div>
              <dt>Landkreis</dt>
              <dd>
                <Link to={`/kommunen/${m.parent.id}`}>{m.parent.name}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
        <FollowButton
          target={{ id: m.id }}
          level={m.viewerFollowLevel}
          name={m.name}
          followingHint={
            isKreis
              ? 'Sie erhalten eine Benachrichtigung bei jeder neuen Erfahrung aus dem Landkreis und seinen Gemeinden.'
              : 'Sie erhalten eine Benachrichtigung bei jeder neuen Erfahrung von hier.'
          }
        />
      </header>
      {isKreis ? <Gemeinden kreisId={m.id} /> : null}
      <LessonList
        filter={{ municipalityId: m.id }}
        empty={isKreis ? 'Aus diesem Landkreis gibt es noch keine Erfahrungen.' : 'Von hier gibt es noch keine Erfahrungen.'}
      />
      <section aria-labelledby="crises-heading">
        <h2 id="crises-heading">Krisen</h2>
        {crises.length ? (
          <ul className="link-list">
            {crises.map((c) => (
              <li key={c.id}>
                <Link to={`/krisen/${c.id}`}>{c.name}</Link>{' '}
                <span className="hint">
                  ({c.hazards.map((h) => label(HAZARDS, h)).join(', ')}, {crisisDates(c.startsOn, c.endsOn)})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>
            <p>Keine erfasste Krise hat diese Kommune getroffen.</p>
          </Empty>
        )}
      </section>
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">Ehrenamtliche Gruppen</h2>
        {groups.length ? (
          <ul className="link-list">
            {groups.map((g) => (
              <li key={g.id}>
                <Link to={`/gruppen/${g.id}`}>{g.name}</Link> <span className="hint">({label(GROUP_KINDS, g.kind)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>
            <p>Hier ist noch keine Gruppe eingetragen.</p>
          </Empty>
        )}
      </section>
      <MembershipRequest municipalityId={m.id} name={m.name} />
    </article>
  );
}

/** The Gemeinden of a Landkreis, 100 at a time ("Weitere Gemeinden" for the rest). */
function Gemeinden({ kreisId }: { kreisId: string }) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return (
    <section aria-labelledby="gemeinden-heading">
      <h2 id="gemeinden-heading">Gemeinden im Landkreis</h2>
      {cursors.map((after, i) => (
        <GemeindenPage
          key={after ?? 'first'}
          kreisId={kreisId}
          after={after}
          last={i === cursors.length - 1}
          more={(cursor) => setCursors([...cursors, cursor])}
        />
      ))}
    </section>
  );
}

function GemeindenPage(props: { kreisId: string; after?: string; last: boolean; more: (cursor: string) => void }) {
  const [result, refetch] = useQuery({ query: GEMEINDEN, variables: { parentId: props.kreisId, after: props.after } });
  const page = result.data?.municipalities;
  if (result.fetching && !page) return <Loading what="Gemeinden" />;
  if (result.error || !page) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!page.nodes.length && !props.after) {
    return (
      <Empty>
        <p>Zu diesem Landkreis sind noch keine Gemeinden eingetragen.</p>
      </Empty>
    );
  }
  return (
    <>
      <ul className="link-list link-list--columns">
        {page.nodes.map((g) => (
          <li key={g.id}>
            <Link to={`/kommunen/${g.id}`}>{g.name}</Link>
          </li>
        ))}
      </ul>
      {props.last && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <button type="button" className="link-button" onClick={() => props.more(page.pageInfo.endCursor!)}>
          Weitere Gemeinden
        </button>
      ) : null}
    </>
  );
}
