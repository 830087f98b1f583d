import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person with an account. Roles beyond "signed in" come from memberships and platformRoles. */
@Entity('user_account')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') displayName: string;

  /** Stored lower-cased; unique. */
  @Index({ unique: true })
  @Column('text')
  email: string;

  @Column({ type: 'text', select: false }) passwordHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" }) platformRoles: string[];

  /** Set when the user proved control of the address (verification link or password reset). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) emailVerifiedAt: Date | null;

  /** A ban by the moderation: the user reads but does not write until then. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) bannedUntil: Date | null;

  @Column({ type: 'text', nullable: true }) banReason: string | null;

  /** Set when the personal data were erased on request; the account then only keeps its place as author. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
