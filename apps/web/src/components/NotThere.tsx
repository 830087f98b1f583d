import { Link } from 'react-router';
import { Empty } from './States';

/** A page for something that does not exist (any more) or that the reader may not see: both look the same. */
export function NotThere({ what }: { what: string }) {
  return (
    <section className="page">
      <h1>{what} gibt es nicht</h1>
      <Empty>
        <p>
          Sie wurde gelöscht, oder Sie dürfen sie nicht sehen. <Link to="/">Zu den Erfahrungen</Link>
        </p>
      </Empty>
    </section>
  );
}
