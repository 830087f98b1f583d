import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { FollowButton } from '../../components/Follow';
import { LessonList } from '../../components/LessonList';
import { MembershipRequest } from '../../components/MembershipRequest';
import { NotThere } from '../../components/NotThere';
import { ErrorNotice, Loading } from '../../components/States';
import { label } from '../../lib/labels';
import { GROUP_KINDS } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';

const GROUP = graphql(`
  query VolunteerGroupPage($id: ID!) {
    volunteerGroup(id: $id) {
      id
      name
      kind
      status
      viewerFollowLevel
      description
      website
      homeMunicipality {
        id
        name
      }
      municipalitiesServed {
        id
        name
      }
    }
  }
`);

/** Only http(s) addresses become links (the API checks this too). */
function safeWebsite(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** A volunteer group: what it is, where it is based and works, its lessons, following it, and becoming a member. */
export function VolunteerGroupPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: GROUP, variables: { id } });
  const group = result.data?.volunteerGroup;
  usePageTitle(group?.name ?? (result.fetching ? null : 'Gruppe'));

  if (result.fetching && !group) return <Loading what="Die Gruppe und ihre Erfahrungen" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') || (!result.fetching && !group && !result.error)) {
    return <NotThere what="Diese Gruppe" />;
  }
  if (result.error || !group) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;

  const website = safeWebsite(group.website);
  return (
    <article key={id} className="page place">
      <header>
        <p className="lesson__kicker">Ehrenamtliche Gruppe · {label(GROUP_KINDS, group.kind)}</p>
        <h1>{group.name}</h1>
        {group.status === 'PENDING' ? (
          <p className="notice" role="note">
            Diese Gruppe ist angemeldet und wartet auf Bestätigung; bis dahin sehen sie nur Sie und wer darüber entscheidet.
          </p>
        ) : null}
        {group.status === 'REJECTED' ? (
          <p className="notice" role="note">
            Die Anmeldung dieser Gruppe wurde abgelehnt.
          </p>
        ) : null}
        {group.description ? <p className="lead">{group.description}</p> : null}
        <dl className="facts">
          <div>
            <dt>Art</dt>
            <dd>{label(GROUP_KINDS, group.kind)}</dd>
          </div>
          {group.homeMunicipality ? (
            <div>
              <dt>Sitz</dt>
              <dd>
                <Link to={`/kommunen/${group.homeMunicipality.id}`}>{group.homeMunicipality.name}</Link>
              </dd>
            </div>
          ) : null}
          {website ? (
            <div>
              <dt>Website</dt>
              <dd>
                <a href={website} rel="noopener noreferrer external">
                  {website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {group.status === 'CONFIRMED' ? (
          <FollowButton
            target={{ id: group.id }}
            level={group.viewerFollowLevel}
            name={group.name}
            followingHint="Sie erhalten eine Benachrichtigung bei jeder neuen Erfahrung, die für diese Gruppe geschrieben wird."
          />
        ) : null}
      </header>
      {group.municipalitiesServed.length ? (
        <section aria-labelledby="served-heading">
          <h2 id="served-heading">Aktiv in</h2>
          <ul className="link-list">
            {group.municipalitiesServed.map((m) => (
              <li key={m.id}>
                <Link to={`/kommunen/${m.id}`}>{m.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LessonList filter={{ volunteerGroupId: group.id }} empty="Für diese Gruppe ist noch keine Erfahrung veröffentlicht." />
      {group.status === 'CONFIRMED' ? <MembershipRequest volunteerGroupId={group.id} name={group.name} /> : null}
    </article>
  );
}
