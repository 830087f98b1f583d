import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@krisenfest/identity';
import { SeminarSpeaker } from '@krisenfest/seminars';
import { Comment } from './comment.entity';

/** A comment that asks one of the session's speakers: one row per speaker asked. */
@Entity()
@Index(['speakerId'])
export class CommentQuestion {
  @PrimaryColumn('uuid') commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Comment;

  @PrimaryColumn('uuid') speakerId: string;

  @ManyToOne(() => SeminarSpeaker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: SeminarSpeaker;
}

/** The reply accepted as the answer to a question (a comment); one per question. */
@Entity()
@Index(['answerId'])
export class AcceptedAnswer {
  @PrimaryColumn('uuid') questionId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: Comment;

  @Column('uuid') answerId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id' })
  answer?: Comment;

  @Column('uuid') acceptedById: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accepted_by_id' })
  acceptedBy?: User;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) acceptedAt: Date;
}
