import { lazy, Suspense, useState } from 'react';
import { useSession } from '../api/useSession';

/** The dialog and React Aria load only when someone wants to report a post. */
const FlagDialog = lazy(() => import('./FlagDialog'));

/**
 * "Melden" under a post, for signed-in people who did not write it: opens the dialog to report it to the
 * moderation.
 */
export function FlagButton(props: { targetId: string; authorId: string | null | undefined; what: string }) {
  const session = useSession();
  const [open, setOpen] = useState(false);
  if (!session || props.authorId === session.userId) return null;
  return (
    <>
      <button type="button" className="link-button flag-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Melden<span className="visually-hidden"> ({props.what})</span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <FlagDialog targetId={props.targetId} what={props.what} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
