import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@krisenfest/identity';
import { Comment } from './comment.entity';

export enum ReactionKind {
  HELPFUL = 'HELPFUL',
  THANKS = 'THANKS',
}

/** One user's HELPFUL or THANKS on a comment or an experience; at most one per user, kind and target. */
@Entity()
@Check('reaction_one_target', '(comment_id IS NULL) <> (experience_id IS NULL)')
@Index('reaction_unique_comment', ['userId', 'kind', 'commentId'], { unique: true, where: 'comment_id IS NOT NULL' })
@Index('reaction_unique_experience', ['userId', 'kind', 'experienceId'], { unique: true, where: 'experience_id IS NOT NULL' })
export class Reaction {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: ReactionKind, enumName: 'reaction_kind' }) kind: ReactionKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Comment;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  experienceId: string | null;

  // Named by string: the experiences feature builds on discussions, not the other way round.
  @ManyToOne('Experience', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experience_id' })
  experience?: unknown;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
