import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@krisenfest/identity';
import { Municipality } from '@krisenfest/municipalities';
import { VolunteerGroup } from '@krisenfest/volunteer-groups';

/** A series of online seminars, e.g. #kommunalEngagiert. */
@Entity()
export class SeminarSeries {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') title: string;

  @Column({ type: 'text', nullable: true }) description: string | null;

  /** The organisations running the series, in the order they present themselves. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) organisers: string[];

  /** Municipalities whose verified staff organise the series (create and edit its sessions and speakers). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) organisingMunicipalityIds: string[];

  /** Volunteer groups whose verified members organise the series. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) organisingVolunteerGroupIds: string[];

  @Column({ type: 'uuid', nullable: true }) createdById: string | null;

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

  /** The IANA time zone the session is announced in; times are stored as instants. */
  @Column({ type: 'text', default: 'Europe/Berlin' }) timeZone: string;

  /** Seats; null: no limit. */
  @Column({ type: 'integer', nullable: true }) capacity: number | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) registrationOpensAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) registrationClosesAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true }) cancelReason: string | null;

  /** The questions the session sets out to discuss; they open its follow-up thread. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) guidingQuestions: string[];

  /** The post-session record: minutes (Markdown, and rendered once), a link to the recording. */
  @Column({ type: 'text', nullable: true }) minutes: string | null;

  @Column({ type: 'text', nullable: true }) minutesHtml: string | null;

  @Column({ type: 'text', nullable: true }) recordingUrl: string | null;

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

  /** The volunteer group the speaker speaks for, when the organisation is one. */
  @Column({ type: 'uuid', nullable: true }) volunteerGroupId: string | null;

  @ManyToOne(() => VolunteerGroup, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'volunteer_group_id' })
  volunteerGroup?: VolunteerGroup;

  /** The speaker's own account, when they have one: they see their sessions. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: SpeakerConfirmation, enumName: 'speaker_confirmation' }) confirmation: SpeakerConfirmation;
}

export enum RegistrationStatus {
  /** Has a seat. */
  REGISTERED = 'REGISTERED',
  /** Waits for a seat, in order of registration; promoted when one frees up. */
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

/** One person's registration for a session; one row per person and session, re-used when they register again. */
@Entity()
@Index(['sessionId', 'userId'], { unique: true })
@Index(['sessionId', 'status', 'registeredAt'])
@Index(['userId'])
export class SeminarRegistration {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') sessionId: string;

  @ManyToOne(() => SeminarSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SeminarSession;

  @Column('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' }) status: RegistrationStatus;

  /** When the person (last) registered: the waitlist's order. */
  @Column({ type: 'timestamptz', precision: 3 }) registeredAt: Date;

  /** When they moved up from the waitlist, if they did. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) promotedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) cancelledAt: Date | null;

  /** Whether they want the reminder mail before the session. */
  @Column({ type: 'boolean', default: true }) reminder: boolean;

  /** Set once the reminder is in the mail outbox, so it is queued once whatever the number of API processes. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) reminderQueuedAt: Date | null;

  /** Marked by the organisers after the session; null: not marked. */
  @Column({ type: 'boolean', nullable: true }) attended: boolean | null;
}

/** Whether a person wants reminder mails before the sessions they register for (without a row: yes). */
@Entity()
export class SeminarReminderSetting {
  @PrimaryColumn('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('boolean') reminders: boolean;
}
