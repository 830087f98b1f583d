import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person with an account. Roles beyond "signed in" come from memberships and platformRoles. */
@Entity('user_account')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') displayName: string;

  /** Stored lower-cased; unique. */
  @Index({ unique: true })
  @Column('text') email: string;

  @Column({ type: 'text', select: false }) passwordHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" }) platformRoles: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
