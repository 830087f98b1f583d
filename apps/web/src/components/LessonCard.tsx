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
      name
      parent {
        name
      }
    }
    volunteerGroup {
      name
    }
    crisis {
      name
    }
  }
`);

/** One lesson in a list: title (its link), who and where, what it was about, how helpful others found it. */
export function LessonCard(props: { lesson: FragmentType<typeof LessonCardFragment> }) {
  const lesson = useFragment(LessonCardFragment, props.lesson);
  const place = [lesson.municipality?.name, lesson.municipality?.parent?.name].filter(Boolean).join(', ');
  return (
    <article className="lesson-card">
      <h3 className="lesson-card__title">
        <Link to={`/erfahrungen/${lesson.id}`}>{lesson.title}</Link>
      </h3>
      <p className="lesson-card__meta">
        {place}
        {lesson.volunteerGroup ? ` · ${lesson.volunteerGroup.name}` : ''}
        {lesson.publishedAt ? ` · ${formatDay(lesson.publishedAt)}` : ''}
      </p>
      <p>{lesson.summary}</p>
      <ul className="tags" aria-label="Einordnung">
        {lesson.hazards.map((h) => (
          <li key={h}>{label(HAZARDS, h)}</li>
        ))}
        <li>{label(PHASES, lesson.phase)}</li>
        {lesson.crisis ? <li>{lesson.crisis.name}</li> : null}
      </ul>
      <p className="lesson-card__counts">
        <span>{lesson.helpfulCount} × hilfreich</span> · <span>{lesson.commentCount} Kommentare</span>
      </p>
    </article>
  );
}
