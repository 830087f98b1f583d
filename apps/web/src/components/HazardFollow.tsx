import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { Hazard } from '../gql/graphql';
import { HAZARDS, label } from '../lib/labels';
import { FollowButton } from './Follow';

const FOLLOWED_HAZARDS = graphql(`
  query FollowedHazards {
    viewer {
      id
      followedHazards {
        hazard
        level
      }
    }
  }
`);

/** "Gefahr folgen" for one kind of hazard, with the viewer's level (loaded lazily: the start page's filter uses it). */
export default function HazardFollow({ hazard }: { hazard: Hazard }) {
  const context = useMemo(() => ({ additionalTypenames: ['HazardFollow'] }), []);
  const [result] = useQuery({ query: FOLLOWED_HAZARDS, context });
  if (!result.data || !HAZARDS[hazard]) return null;
  const level = result.data.viewer?.followedHazards?.find((f) => f.hazard === hazard)?.level ?? null;
  const name = label(HAZARDS, hazard);
  return (
    <FollowButton
      key={hazard}
      target={{ hazard }}
      level={level}
      name={`Gefahr ${name}`}
      text="Gefahr folgen"
      followingHint={`Sie erhalten eine Benachrichtigung bei jeder neuen Erfahrung zu ${name}.`}
    />
  );
}
