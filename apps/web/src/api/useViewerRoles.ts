import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSession } from './useSession';

const VIEWER_ROLES = graphql(`
  query ViewerRoles {
    viewer {
      id
      platformRoles
    }
  }
`);

/**
 * Whether the signed-in person moderates (platform role MODERATOR or ADMIN), to offer the moderation pages. Only a
 * hint for what to show: the API decides what they may do. `known` is false while it is being asked.
 */
export function useIsModerator(): { isModerator: boolean; known: boolean } {
  const session = useSession();
  const [result] = useQuery({ query: VIEWER_ROLES, pause: !session, requestPolicy: 'cache-and-network' });
  const viewer = result.data?.viewer;
  // An answer for someone else (signed in as another person in this tab) does not count.
  const mine = viewer && session && viewer.id === session.userId ? viewer : null;
  return {
    isModerator: !!mine?.platformRoles?.some((role) => role === 'MODERATOR' || role === 'ADMIN'),
    known: !session || !!mine || !!result.error,
  };
}
