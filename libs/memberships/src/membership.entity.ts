import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@krisenfest/municipalities';
import { VolunteerGroup } from '@krisenfest/volunteer-groups';
import { User } from '@krisenfest/identity';

export enum MembershipRole {
  STAFF = 'STAFF',
  MUNICIPAL_ADMIN = 'MUNICIPAL_ADMIN',
  MEMBER = 'MEMBER',
  LEAD = 'LEAD',
}

export enum MembershipStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
}

/** A user's tie to a municipality (staff) or a volunteer group (member, lead), with its verification state. */
@Entity()
@Check('membership_one_target', '(municipality_id IS NULL) <> (volunteer_group_id IS NULL)')
export class Membership {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  volunteerGroupId: string | null;

  @ManyToOne(() => VolunteerGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_group_id' })
  volunteerGroup?: VolunteerGroup;

  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' }) role: MembershipRole;

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status', default: MembershipStatus.PENDING })
  status: MembershipStatus;

  /** Position and department, as the user described them. */
  @Column({ type: 'text', nullable: true }) position: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) decidedAt: Date | null;

  /** Who approved, rejected or revoked it last. */
  @Column({ type: 'uuid', nullable: true }) decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User;

  /** Why it was rejected or revoked (shown to the user). */
  @Column({ type: 'text', nullable: true }) decisionReason: string | null;
}
