import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HiddenState } from '@krisenfest/database';
import { User } from '@krisenfest/identity';
import { Thread } from './thread.entity';

/** A post in a thread; `parentId` makes it a reply. A deleted comment keeps its place as "deleted". */
@Entity()
@Index(['threadId', 'createdAt', 'id'], { where: 'parent_id IS NULL' })
@Index(['parentId', 'createdAt', 'id'], { where: 'parent_id IS NOT NULL' })
export class Comment {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @Index()
  @Column('uuid')
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column({ type: 'uuid', nullable: true }) parentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Comment;

  @Column('text') body: string;

  @Column('text') bodyHtml: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) editedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) deletedAt: Date | null;

  @Column(() => HiddenState, { prefix: 'hidden' }) hidden: HiddenState;

  @Column({ type: 'integer', default: 0 }) replyCount: number;

  @Column({ type: 'integer', default: 0 }) helpfulCount: number;

  @Column({ type: 'integer', default: 0 }) thanksCount: number;
}
