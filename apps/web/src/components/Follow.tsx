import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { FollowLevel, Hazard } from '../gql/graphql';
import { useSession } from '../api/useSession';
import { describeProblem } from '../lib/errors';

// The followed thing comes back with its new level, so urql refreshes the pages that show it.
graphql(`
  fragment FollowResult on FollowPayload {
    level
    target {
      id
      ... on Municipality {
        viewerFollowLevel
      }
      ... on Crisis {
        viewerFollowLevel
      }
      ... on Experience {
        viewerFollowLevel
      }
      ... on Thread {
        viewerFollowLevel
      }
      ... on VolunteerGroup {
        viewerFollowLevel
      }
    }
  }
`);

const FOLLOW = graphql(`
  mutation Follow($input: FollowInput!) {
    follow(input: $input) {
      level
      ...FollowResult
    }
  }
`);

const UNFOLLOW = graphql(`
  mutation Unfollow($input: UnfollowInput!) {
    unfollow(input: $input) {
      level
      ...FollowResult
    }
  }
`);

const FOLLOW_HAZARD = graphql(`
  mutation FollowHazard($input: FollowHazardInput!) {
    followHazard(input: $input) {
      hazard
      level
    }
  }
`);

const UNFOLLOW_HAZARD = graphql(`
  mutation UnfollowHazard($input: UnfollowHazardInput!) {
    unfollowHazard(input: $input) {
      hazard
      level
    }
  }
`);

/** Where a signed-out reader is sent instead of following: the sign-in, and back here. */
export function SignInToFollow({ text = 'Anmelden, um zu folgen' }: { text?: string }) {
  const location = useLocation();
  return (
    <p className="follow follow--signed-out">
      <Link to={`/anmelden?weiter=${encodeURIComponent(location.pathname + location.search)}`}>{text}</Link>
    </p>
  );
}

type Target = { id: string } | { hazard: Hazard };

const targetKey = (target: Target): string => ('hazard' in target ? `hazard:${target.hazard}` : target.id);

/** Sets or clears a follow (a thing by its id, or a kind of hazard); answers the new level or an error sentence. */
function useFollow(target: Target) {
  const [, follow] = useMutation(FOLLOW);
  const [, unfollow] = useMutation(UNFOLLOW);
  const [, followHazard] = useMutation(FOLLOW_HAZARD);
  const [, unfollowHazard] = useMutation(UNFOLLOW_HAZARD);
  return async (level: FollowLevel | null): Promise<{ level: FollowLevel | null } | { problem: string }> => {
    if ('hazard' in target) {
      const hazardContext = { additionalTypenames: ['HazardFollow'] };
      const { data, error } = level
        ? await followHazard({ input: { hazard: target.hazard, level } }, hazardContext)
        : await unfollowHazard({ input: { hazard: target.hazard } }, hazardContext);
      const answer = data && ('followHazard' in data ? data.followHazard : data.unfollowHazard);
      return answer ? { level: answer.level ?? null } : { problem: describeProblem(error).message };
    }
    const { data, error } = level
      ? await follow({ input: { targetId: target.id, level } })
      : await unfollow({ input: { targetId: target.id } });
    const answer = data && ('follow' in data ? data.follow : data.unfollow);
    return answer ? { level: answer.level ?? null } : { problem: describeProblem(error).message };
  };
}

/**
 * "Folgen" as a toggle button (aria-pressed): watching a municipality, a crisis, a group or a kind of hazard brings a
 * notification for each new lesson about it. Signed out: a link to sign in instead.
 */
export function FollowButton(props: {
  target: Target;
  level: FollowLevel | null | undefined;
  /** What is followed, read with the button: "Stadt Plochingen". */
  name: string;
  /** The visible text, "Folgen" unless given. */
  text?: string;
  /** What following means here, shown while followed. */
  followingHint?: string;
}) {
  const session = useSession();
  const change = useFollow(props.target);
  const key = targetKey(props.target);
  // What the last change answered, for this target only (the page may show another one after a navigation).
  const [changed, setChanged] = useState<{ key: string; level: FollowLevel | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  if (!session) return <SignInToFollow />;
  const shown = changed?.key === key ? changed.level : props.level;
  const following = shown === 'WATCHING';
  return (
    <div className="follow">
      <button
        type="button"
        className="follow__button"
        aria-label={`${props.text ?? 'Folgen'}: ${props.name}`}
        aria-pressed={following}
        aria-describedby={following && props.followingHint ? hintId : undefined}
        // Not `disabled`: that would take the keyboard focus away from the button while the change is sent.
        aria-disabled={busy || undefined}
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          const answer = await change(following ? null : ('WATCHING' as FollowLevel));
          setBusy(false);
          if ('problem' in answer) return setProblem(answer.problem);
          setProblem(null);
          setChanged({ key, level: answer.level });
        }}
      >
        <span aria-hidden="true" className="follow__mark">
          {following ? '✓ ' : '+ '}
        </span>
        {props.text ?? 'Folgen'}
      </button>
      {following && props.followingHint ? (
        <p id={hintId} className="hint">
          {props.followingHint}
        </p>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

const LEVELS: [string, string][] = [
  ['', 'Standard: nur Antworten auf meine Kommentare'],
  ['WATCHING', 'Beobachten: bei jedem neuen Kommentar'],
  ['TRACKING', 'Verfolgen: neue Kommentare zählen, ohne Benachrichtigung'],
  ['MUTED', 'Stumm: gar keine Benachrichtigung'],
];

/** How one hears of a discussion (a lesson's, a thread): the four levels as a labelled native select. */
export function FollowLevelSelect(props: { targetId: string; level: FollowLevel | null | undefined; label?: string }) {
  const session = useSession();
  const change = useFollow({ id: props.targetId });
  const [changed, setChanged] = useState<{ key: string; level: FollowLevel | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  if (!session) return <SignInToFollow text="Anmelden, um der Diskussion zu folgen" />;
  const shown = (changed?.key === props.targetId ? changed.level : props.level) ?? '';
  return (
    <div className="follow field">
      <label htmlFor={id}>{props.label ?? 'Benachrichtigungen zu dieser Diskussion'}</label>
      <select
        id={id}
        value={shown}
        aria-describedby={problem ? `${id}-error` : undefined}
        aria-invalid={problem ? true : undefined}
        onChange={async (event) => {
          const next = (event.target.value || null) as FollowLevel | null;
          setSaved(false);
          const answer = await change(next);
          if ('problem' in answer) return setProblem(answer.problem);
          setProblem(null);
          setChanged({ key: props.targetId, level: answer.level });
          setSaved(true);
        }}
      >
        {LEVELS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <p className="hint" role="status">
        {saved ? 'Gespeichert.' : ''}
      </p>
      {problem ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
