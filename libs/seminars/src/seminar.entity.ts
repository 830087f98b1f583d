import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '@krisenfest/municipalities';

/** A series of online seminars, e.g. #kommunalEngagiert. */
@Entity()
export class SeminarSeries {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') title: string;

  @Column({ type: 'text', nullable: true }) description: string | null;

  /** The organisations running the series, in the order they present themselves. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) organisers: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}

@Entity()
@Index(['startsAt', 'id'])
export class SeminarSession {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index()
  @Column('uuid')
  seriesId: string;

  @ManyToOne(() => SeminarSeries, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id' })
  series?: SeminarSeries;

  @Column('text') title: string;

  @Column({ type: 'text', nullable: true }) topic: string | null;

  @Column({ type: 'text', nullable: true }) description: string | null;

  @Column({ type: 'timestamptz', precision: 3 }) startsAt: Date;

  @Column({ type: 'timestamptz', precision: 3 }) endsAt: Date;

  @Column({ type: 'text', nullable: true }) onlineUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}

export enum SpeakerConfirmation {
  CONFIRMED = 'CONFIRMED',
  /** Asked, not yet confirmed ("angefragt"). */
  REQUESTED = 'REQUESTED',
  DECLINED = 'DECLINED',
}

@Entity()
export class SeminarSpeaker {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index()
  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => SeminarSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SeminarSession;

  @Column('integer') position: number;

  @Column('text') name: string;

  /** e.g. "Bürgermeister der Stadt Plochingen". */
  @Column({ type: 'text', nullable: true }) role: string | null;

  @Column({ type: 'text', nullable: true }) organisation: string | null;

  @Column({ type: 'uuid', nullable: true }) municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Column({ type: 'enum', enum: SpeakerConfirmation, enumName: 'speaker_confirmation' }) confirmation: SpeakerConfirmation;
}
