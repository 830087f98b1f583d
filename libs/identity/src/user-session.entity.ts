import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * One refresh token of a sign-in. Every refresh rotates: a new row in the same family (one family per
 * sign-in, i.e. per device) and the old row points to it. Only the token's SHA-256 is stored.
 */
@Entity('user_session')
export class UserSession {
  /** Also the `sid` claim of the access tokens issued with this refresh token. */
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_user_session' }) id: string;

  @Index('IDX_user_session_user_id')
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user_id' })
  user?: User;

  /** The id of the family's first row; shared by all rotations of one sign-in. */
  @Index('IDX_user_session_family_id')
  @Column('uuid')
  familyId: string;

  /** Hex SHA-256 of the refresh token. */
  @Index('UQ_user_session_token_hash', { unique: true })
  @Column({ type: 'character', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3 }) lastUsedAt: Date;

  @Column({ type: 'timestamptz', precision: 3 }) expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) revokedAt: Date | null;

  /** Set when the token was rotated; presenting it again is reuse and ends the family. */
  @Column({ type: 'uuid', nullable: true }) replacedById: string | null;

  @Column({ type: 'text', nullable: true }) userAgent: string | null;

  @Column({ type: 'text', nullable: true }) ip: string | null;
}
