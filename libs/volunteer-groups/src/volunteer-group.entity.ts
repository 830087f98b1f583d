import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@krisenfest/identity';
import { Municipality } from '@krisenfest/municipalities';

export enum VolunteerGroupKind {
  VEREIN = 'VEREIN',
  FREIWILLIGENAGENTUR = 'FREIWILLIGENAGENTUR',
  INITIATIVE = 'INITIATIVE',
  HILFSORGANISATION = 'HILFSORGANISATION',
  SPONTANHELFENDE = 'SPONTANHELFENDE',
}

/** Where a group registered by a user stands: admins of the platform or of its municipalities confirm it. */
export enum VolunteerGroupStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

/** A Verein, Freiwilligenagentur, initiative, relief organisation or a network of spontaneous helpers. */
@Entity()
@Index(['sortName', 'id'])
export class VolunteerGroup {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') name: string;

  /** The name as German readers sort it (DIN 5007: Ä like A, ß like ss), whatever the database collation. */
  @Column({
    type: 'text',
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `lower(replace(translate(name, 'ÄÖÜäöü', 'AOUaou'), 'ß', 'ss'))`,
  })
  sortName: string;

  @Column({ type: 'enum', enum: VolunteerGroupKind, enumName: 'volunteer_group_kind' }) kind: VolunteerGroupKind;

  @Column({ type: 'text', nullable: true }) description: string | null;

  @Column({ type: 'text', nullable: true }) website: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  homeMunicipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'home_municipality_id' })
  homeMunicipality?: Municipality;

  @ManyToMany(() => Municipality)
  @JoinTable({
    name: 'volunteer_group_municipality',
    joinColumn: { name: 'volunteer_group_id' },
    inverseJoinColumn: { name: 'municipality_id' },
  })
  municipalitiesServed?: Municipality[];

  /** Only CONFIRMED groups are public; see VolunteerGroupService for who sees the others. */
  @Column({ type: 'enum', enum: VolunteerGroupStatus, enumName: 'volunteer_group_status', default: VolunteerGroupStatus.CONFIRMED })
  status: VolunteerGroupStatus;

  /** Who registered it (null for groups from the seed or the time before registration). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  registeredById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'registered_by_id' })
  registeredBy?: User;

  @Column({ type: 'uuid', nullable: true }) decidedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) decidedAt: Date | null;

  /** Why it was rejected (shown to the registrant). */
  @Column({ type: 'text', nullable: true }) decisionReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
