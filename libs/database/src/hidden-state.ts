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
