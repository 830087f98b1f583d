import { Check, Column, CreateDateColumn, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@krisenfest/municipalities';
import { User } from '@krisenfest/identity';

export enum Hazard {
  FLOOD = 'FLOOD',
  HEAVY_RAIN = 'HEAVY_RAIN',
  STORM = 'STORM',
  HEAT = 'HEAT',
  DROUGHT = 'DROUGHT',
  WILDFIRE = 'WILDFIRE',
  PANDEMIC = 'PANDEMIC',
  POWER_OUTAGE = 'POWER_OUTAGE',
  REFUGEE_ARRIVAL = 'REFUGEE_ARRIVAL',
  CYBER_ATTACK = 'CYBER_ATTACK',
  SUPPLY_SHORTAGE = 'SUPPLY_SHORTAGE',
  OTHER = 'OTHER',
}

/** Where a crisis stands: staff propose it, the moderation confirms, rejects or merges it into another. */
export enum CrisisStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  /** A duplicate: its lessons, places and followers went to `mergedInto`. */
  MERGED = 'MERGED',
}

/** A named event that hit one or more municipalities, e.g. the flood of July 2021. */
@Entity()
@Check('crisis_has_hazard', 'cardinality(hazards) > 0')
@Check('crisis_ends_after_start', 'ends_on IS NULL OR ends_on >= starts_on')
@Check('crisis_merged_has_target', `(status = 'MERGED') = (merged_into_id IS NOT NULL)`)
export class Crisis {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') name: string;

  /** A crisis can be several at once, e.g. heavy rain and the flood it caused. */
  @Column({ type: 'enum', enum: Hazard, enumName: 'hazard', array: true }) hazards: Hazard[];

  @Column({ type: 'text', nullable: true }) description: string | null;

  @Column({ type: 'date' }) startsOn: string;

  @Column({ type: 'date', nullable: true }) endsOn: string | null;

  @Column({ type: 'enum', enum: CrisisStatus, enumName: 'crisis_status', default: CrisisStatus.PROPOSED }) status: CrisisStatus;

  @Column({ type: 'uuid', nullable: true }) proposedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: User;

  /** Who confirmed, rejected or merged it, when and why (the reason is shown to the proposer). */
  @Column({ type: 'uuid', nullable: true }) decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) decidedAt: Date | null;

  @Column({ type: 'text', nullable: true }) decisionReason: string | null;

  @Column({ type: 'uuid', nullable: true }) mergedIntoId: string | null;

  @ManyToOne(() => Crisis)
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Crisis;

  @ManyToMany(() => Municipality)
  @JoinTable({ name: 'crisis_municipality', joinColumn: { name: 'crisis_id' }, inverseJoinColumn: { name: 'municipality_id' } })
  affectedMunicipalities?: Municipality[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
