import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@krisenfest/identity';
import { Membership } from './membership.entity';

export enum MembershipAction {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
  LEFT = 'LEFT',
}

/** Every step of a membership's verification, with who took it and why: the record the issue asks for. */
@Entity()
export class MembershipEvent {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index()
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column({ type: 'uuid', nullable: true }) actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @Column({ type: 'enum', enum: MembershipAction, enumName: 'membership_action' }) action: MembershipAction;

  @Column({ type: 'text', nullable: true }) reason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
