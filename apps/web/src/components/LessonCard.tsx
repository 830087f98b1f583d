import { Link } from 'react-router';
import { graphql, type FragmentType, useFragment } from '../gql';
import { formatDay } from '../lib/format';
import { HAZARDS, label, PHASES } from '../lib/labels';

export const LessonCardFragment = graphql(`
  fragment LessonCard on Experience {
    id
    title
    summary
    hazards
    phase
    publishedAt
    helpfulCount
    commentCount
    municipality {
      id
      name
      parent {
        id
        name
      }
    }
    volunteerGroup {
      id
      name
    }
    crisis {
      id
      name
    }
  }
`);

/** One lesson in a list: title (its link), who and where, what it was about, how helpful others found it. */
export function LessonCard(props: { lesson: FragmentType<typeof LessonCardFragment> }) {
  const lesson = useFragment(LessonCardFragment, props.lesson);
  return (
    <article className="lesson-card">
      <h3 className="lesson-card__title">
        <Link to={`/erfahrungen/${lesson.id}`}>{lesson.title}</Link>
      </h3>
      <p className="lesson-card__meta">
        {lesson.municipality ? <Link to={`/kommunen/${lesson.municipality.id}`}>{lesson.municipality.name}</Link> : null}
        {lesson.municipality?.parent ? (
          <>
            {', '}
            <Link to={`/kommunen/${lesson.municipality.parent.id}`}>{lesson.municipality.parent.name}</Link>
          </>
        ) : null}
        {lesson.volunteerGroup ? (
          <>
            {' · '}
            <Link to={`/gruppen/${lesson.volunteerGroup.id}`}>{lesson.volunteerGroup.name}</Link>
          </>
        ) : null}
        {lesson.publishedAt ? ` · ${formatDay(lesson.publishedAt)}` : ''}
      </p>
      <p>{lesson.summary}</p>
      <ul className="tags" aria-label="Einordnung">
        {lesson.hazards.map((h) => (
          <li key={h}>{label(HAZARDS, h)}</li>
        ))}
        <li>{label(PHASES, lesson.phase)}</li>
        {lesson.crisis ? (
          <li>
            <Link to={`/krisen/${lesson.crisis.id}`}>{lesson.crisis.name}</Link>
          </li>
        ) : null}
      </ul>
      <p className="lesson-card__counts">
        <span>{lesson.helpfulCount} × hilfreich</span> · <span>{lesson.commentCount} Kommentare</span>
      </p>
    </article>
  );
}
