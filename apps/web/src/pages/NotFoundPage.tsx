import { Link } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Seite nicht gefunden');
  return (
    <section className="page">
      <h1>Diese Seite gibt es nicht</h1>
      <p>
        Vielleicht ist der Link veraltet. <Link to="/">Zu den Erfahrungen</Link>
      </p>
    </section>
  );
}
