import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@krisenfest/municipalities';

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

/** A named event that hit one or more municipalities, e.g. the flood of July 2021. */
@Entity()
export class Crisis {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') name: string;

  @Column({ type: 'enum', enum: Hazard, enumName: 'hazard' }) hazard: Hazard;

  @Column({ type: 'text', nullable: true }) description: string | null;

  @Column({ type: 'date' }) startsOn: string;

  @Column({ type: 'date', nullable: true }) endsOn: string | null;

  @ManyToMany(() => Municipality)
  @JoinTable({ name: 'crisis_municipality', joinColumn: { name: 'crisis_id' }, inverseJoinColumn: { name: 'municipality_id' } })
  affectedMunicipalities?: Municipality[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
