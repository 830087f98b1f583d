import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../api/useSession';
import { describeProblem } from '../lib/errors';

// The counts come back with the target, so urql refreshes the lesson or discussion that shows them.
graphql(`
  fragment ReactionResult on ReactionPayload {
    active
    target {
      id
      ... on Experience {
        helpfulCount
        thanksCount
        viewerReactions
      }
      ... on Comment {
        helpfulCount
        thanksCount
        viewerReactions
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddReaction($input: ReactionInput!) {
    addReaction(input: $input) {
      ...ReactionResult
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveReaction($input: ReactionInput!) {
    removeReaction(input: $input) {
      ...ReactionResult
    }
  }
`);

type Kind = 'HELPFUL' | 'THANKS';
const NAMES: Record<Kind, string> = { HELPFUL: 'Hilfreich', THANKS: 'Danke' };

/**
 * "Hilfreich" and "Danke" as toggle buttons (aria-pressed) with their counts; shown as counts only when signed out
 * or for one's own post (nobody reacts to their own).
 */
export function Reactions(props: { targetId: string; helpfulCount: number; thanksCount: number; viewerReactions: string[]; own: boolean }) {
  const session = useSession();
  const [, add] = useMutation(ADD);
  const [, remove] = useMutation(REMOVE);
  const [problem, setProblem] = useState<string | null>(null);
  const counts: Record<Kind, number> = { HELPFUL: props.helpfulCount, THANKS: props.thanksCount };
  if (!session || props.own) {
    return (
      <p className="reactions">
        {counts.HELPFUL} × hilfreich · {counts.THANKS} × danke
      </p>
    );
  }
  return (
    <div className="reactions" role="group" aria-label="Reaktionen">
      {(['HELPFUL', 'THANKS'] as Kind[]).map((kind) => {
        const active = props.viewerReactions.includes(kind);
        return (
          <button
            key={kind}
            type="button"
            className="reaction"
            aria-pressed={active}
            onClick={async () => {
              const input = { targetId: props.targetId, kind };
              const { error } = active ? await remove({ input }) : await add({ input });
              setProblem(error ? describeProblem(error).message : null);
            }}
          >
            {NAMES[kind]} <span className="reaction__count">{counts[kind]}</span>
          </button>
        );
      })}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
