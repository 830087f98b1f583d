import { createHash } from 'node:crypto';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export enum AccountTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/** Hex SHA-256 of a token as sent by mail; only this is stored. */
export function hashAccountToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A single-use token sent by mail: confirms the e-mail address or allows a new password. The mail carries
 * a random 32-byte token; the table keeps only its SHA-256, so a copy of the database resets no password.
 */
@Entity('account_token')
@Index('IDX_account_token_user_id_purpose', ['userId', 'purpose', 'createdAt'])
export class AccountToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account_token' }) id: string;

  @Column('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_account_token_user_id' })
  user?: User;

  @Column({ type: 'enum', enum: AccountTokenPurpose, enumName: 'account_token_purpose' }) purpose: AccountTokenPurpose;

  /** Hex SHA-256 of the token. */
  @Index('UQ_account_token_token_hash', { unique: true })
  @Column({ type: 'character', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3 }) expiresAt: Date;

  /** Set when the token was used. A newer reset token ends the older ones by setting their expiresAt. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) usedAt: Date | null;
}
