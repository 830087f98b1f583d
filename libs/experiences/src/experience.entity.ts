import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Visibility } from '@krisenfest/core';
import { HiddenState } from '@krisenfest/database';
import { Crisis, Hazard } from '@krisenfest/crises';
import { Thread } from '@krisenfest/discussions';
import { User } from '@krisenfest/identity';
import { Municipality } from '@krisenfest/municipalities';
import { SeminarSession } from '@krisenfest/seminars';
import { VolunteerGroup } from '@krisenfest/volunteer-groups';

/** The phases of crisis management the lesson is about. */
export enum CrisisPhase {
  /** Vorsorge */
  PREVENTION = 'PREVENTION',
  /** Vorbereitung */
  PREPAREDNESS = 'PREPAREDNESS',
  /** Bewältigung */
  RESPONSE = 'RESPONSE',
  /** Wiederaufbau */
  RECOVERY = 'RECOVERY',
}

export enum ExperienceStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

const TEXT_C = ['situation', 'actions', 'outcome', 'root_cause', 'transferability'].map((c) => `coalesce(${c}, '')`).join(` || ' ' || `);

/**
 * A lesson learned (Erfahrungsbericht), structured so that the next town can find and reuse it. Written by
 * a user on behalf of the municipality where it happened, or on behalf of a volunteer group there.
 */
@Entity()
@Index('experience_feed_idx', ['status', 'publishedAt', 'id'])
@Index('experience_helpful_idx', ['status', 'helpfulCount', 'publishedAt', 'id'])
@Check('experience_published_has_date', `status <> 'PUBLISHED' OR published_at IS NOT NULL`)
export class Experience {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 200 }) title: string;

  @Column({ type: 'varchar', length: 300 }) summary: string;

  /** What happened. */
  @Column({ type: 'text', default: '' }) situation: string;

  /** What was done. */
  @Column({ type: 'text', default: '' }) actions: string;

  /** What worked and what failed. */
  @Column({ type: 'text', default: '' }) outcome: string;

  @Column({ type: 'text', nullable: true }) rootCause: string | null;

  /** What another municipality needs to repeat it. */
  @Column({ type: 'text', nullable: true }) transferability: string | null;

  @Column({ type: 'enum', enum: Hazard, enumName: 'hazard', array: true, default: () => "'{}'" }) hazards: Hazard[];

  @Column({ type: 'enum', enum: CrisisPhase, enumName: 'crisis_phase' }) phase: CrisisPhase;

  @Column({ type: 'text', array: true, default: () => "'{}'" }) fieldsOfAction: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" }) actors: string[];

  @Index()
  @Column('uuid')
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  /** Where it happened; the author speaks for it unless volunteerGroupId is set. */
  @Index()
  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  volunteerGroupId: string | null;

  @ManyToOne(() => VolunteerGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_group_id' })
  volunteerGroup?: VolunteerGroup;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  crisisId: string | null;

  @ManyToOne(() => Crisis, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'crisis_id' })
  crisis?: Crisis;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  seminarSessionId: string | null;

  @ManyToOne(() => SeminarSession, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'seminar_session_id' })
  seminarSession?: SeminarSession;

  /** The discussion it was drafted from ("turn into a lesson"), if any. */
  @Column({ type: 'uuid', nullable: true })
  sourceThreadId: string | null;

  @ManyToOne(() => Thread, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_thread_id' })
  sourceThread?: Thread;

  /** Its discussion thread. */
  @Index({ unique: true })
  @Column('uuid')
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @Column({ type: 'enum', enum: ExperienceStatus, enumName: 'experience_status', default: ExperienceStatus.DRAFT })
  status: ExperienceStatus;

  /** Who may read it; MEMBERS means the owning group's members, or else the municipality's staff. */
  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Visibility;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) publishedAt: Date | null;

  @Column(() => HiddenState, { prefix: 'hidden' }) hidden: HiddenState;

  @Column({ type: 'integer', default: 0 }) helpfulCount: number;

  @Column({ type: 'integer', default: 0 }) thanksCount: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;

  /** Everything searchable, weighted title > summary > body: matched through a GIN index. */
  @Index('experience_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', ${TEXT_C}), 'C')`,
  })
  search?: string;

  /** Title and summary only: small, so ranking many matches does not read every long body. */
  @Index('experience_search_head_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B')`,
  })
  searchHead?: string;
}

export enum RecommendationAddressee {
  KOMMUNE = 'KOMMUNE',
  KREIS = 'KREIS',
  LAND = 'LAND',
  BUND = 'BUND',
  EHRENAMT = 'EHRENAMT',
}

export enum RecommendationStatus {
  PROPOSED = 'PROPOSED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  NOT_PURSUED = 'NOT_PURSUED',
}

/** One recommendation of an experience, addressed to a level that can act on it. */
@Entity()
@Index(['experienceId', 'position'], { unique: true })
export class ExperienceRecommendation {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') experienceId: string;

  @ManyToOne(() => Experience, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experience_id' })
  experience?: Experience;

  @Column('integer') position: number;

  @Column('text') text: string;

  @Column({ type: 'enum', enum: RecommendationAddressee, enumName: 'recommendation_addressee' }) addressee: RecommendationAddressee;

  @Column({ type: 'enum', enum: RecommendationStatus, enumName: 'recommendation_status', default: RecommendationStatus.PROPOSED })
  status: RecommendationStatus;
}
