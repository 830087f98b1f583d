import { Column } from 'typeorm';

/**
 * Whether the moderation hid a post (comment, thread or experience): embedded as `hidden_at`,
 * `hidden_reason` and `hidden_automatically`. Hidden content stays in place; others see a notice instead.
 */
export class HiddenState {
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) at: Date | null;

  /** Public: shown with the notice. */
  @Column({ type: 'text', nullable: true }) reason: string | null;

  /** Hidden because enough users flagged it, until a moderator decides. */
  @Column({ type: 'boolean', default: false }) automatically: boolean;
}

/**
 * The SET list that hides a post from $2 (the public reason; null shows it again) and $3 (hidden automatically,
 * by flags), keeping when it was first hidden. Each post's owner runs it on its own table.
 */
export const SET_HIDDEN_SQL = `hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE coalesce(hidden_at, now()) END, hidden_reason = $2, hidden_automatically = $3`;
