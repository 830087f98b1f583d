import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { renderMarkdown } from '@krisenfest/core';
import { Crisis, CrisisStatus } from '@krisenfest/crises';
import { Comment, Reaction, ReactionKind, Thread, ThreadKind } from '@krisenfest/discussions';
import { Experience, ExperienceRecommendation, ExperienceStatus } from '@krisenfest/experiences';
import { User } from '@krisenfest/identity';
import { Membership, MembershipStatus } from '@krisenfest/memberships';
import { Municipality } from '@krisenfest/municipalities';
import { SeminarSeries, SeminarSession, SeminarSpeaker } from '@krisenfest/seminars';
import { VolunteerGroup } from '@krisenfest/volunteer-groups';
// Not part of the identity library's public surface; the seed is the only other place that hashes.
import { hashPassword } from '@krisenfest/identity';
import { SAMPLE_CONTENT } from './sample-content';
import type { SampleContent, SeedComment, SeedMunicipality, SeedSeminarSession, SeedThread } from './sample-content.types';

/**
 * The password of every sample account (…@beispiel.krisenfest.de), e.g. log in as
 * miriam.haegele@beispiel.krisenfest.de with it. Sample content is for development and demos only.
 */
export const SAMPLE_PASSWORD = 'krisenfest-beispiel';

/** Serialises concurrent seeds (two API instances starting at once); any constant bigint will do. */
const SEED_LOCK = 47_112_023;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Adds the sample content; returns false when it is there already.
 *
 * Every record is matched by its natural key (municipality: official key, else name, kind and Land;
 * volunteer group, crisis: name; user: e-mail; seminar series: title; seminar session: series, title and
 * start; thread: kind and title, a follow-up thread also its session; experience: title and author).
 * What is missing is added, all in one transaction; a record that is there is left as it is, together with
 * everything that belongs to it (memberships, speakers, comments, recommendations, reactions), so a
 * second run adds nothing and content edited or moderated since is not touched.
 */
export async function seedSampleContent(dataSource: DataSource, content: SampleContent = SAMPLE_CONTENT): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    return new Seeder(em, content).run();
  });
}

type Ids = Map<string, string>;

function idOf(ids: Ids, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`sample content: unknown ${what} "${key}"`);
  return id;
}

function optionalIdOf(ids: Ids, key: string | undefined, what: string): string | null {
  return key === undefined ? null : idOf(ids, key, what);
}

function at(iso: string, minutesLater = 0): Date {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`sample content: "${iso}" is not a date`);
  return new Date(time + minutesLater * MINUTE_MS);
}

class Seeder {
  private readonly municipalities: Ids = new Map();
  private readonly groups: Ids = new Map();
  private readonly users: Ids = new Map();
  private readonly crises: Ids = new Map();
  private readonly sessions: Ids = new Map();
  private added = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly content: SampleContent,
  ) {}

  async run(): Promise<boolean> {
    await this.seedMunicipalities();
    await this.seedVolunteerGroups();
    await this.seedUsers();
    await this.seedCrises();
    await this.seedSeminars();
    await this.seedExperiences();
    await this.seedGeneralThreads();
    return this.added > 0;
  }

  private async seedMunicipalities(): Promise<void> {
    const wanted = this.content.municipalities;
    if (!wanted.length) return;
    const keyed = wanted.filter((m) => m.officialKey).map((m) => m.officialKey as string);
    const unkeyed = wanted.filter((m) => !m.officialKey);
    const found = await this.em.find(Municipality, {
      where: [
        ...(keyed.length ? [{ officialKey: In(keyed) }] : []),
        ...unkeyed.map((m) => ({ officialKey: IsNull(), name: m.name, kind: m.kind, state: m.state })),
      ],
    });
    const existing = (m: SeedMunicipality): Municipality | undefined =>
      found.find((f) => (m.officialKey ? f.officialKey === m.officialKey : f.name === m.name && f.kind === m.kind && f.state === m.state));

    // Parents before children: keep inserting what has its parent already, until nothing is left.
    let pending = wanted;
    while (pending.length) {
      const ready = pending.filter((m) => !m.parentKey || this.municipalities.has(m.parentKey));
      if (!ready.length)
        throw new Error(`sample content: municipalities with unknown or circular parents: ${pending.map((m) => m.key).join(', ')}`);
      const rows = [];
      for (const m of ready) {
        const there = existing(m);
        if (there) {
          this.municipalities.set(m.key, there.id);
          continue;
        }
        const id = randomUUID();
        this.municipalities.set(m.key, id);
        rows.push({
          id,
          name: m.name,
          kind: m.kind,
          officialKey: m.officialKey,
          state: m.state,
          parentId: optionalIdOf(this.municipalities, m.parentKey, 'municipality'),
          population: m.population ?? null,
        });
      }
      await this.insert(Municipality, rows);
      pending = pending.filter((m) => !ready.includes(m));
    }
  }

  private async seedVolunteerGroups(): Promise<void> {
    const wanted = this.content.volunteerGroups;
    if (!wanted.length) return;
    const found = await this.em.find(VolunteerGroup, { where: { name: In(wanted.map((g) => g.name)) } });
    const added = [];
    for (const g of wanted) {
      const there = found.find((f) => f.name === g.name);
      if (there) {
        this.groups.set(g.key, there.id);
        continue;
      }
      const id = randomUUID();
      this.groups.set(g.key, id);
      added.push({
        row: {
          id,
          name: g.name,
          kind: g.kind,
          description: g.description ?? null,
          website: g.website ?? null,
          homeMunicipalityId: optionalIdOf(this.municipalities, g.homeMunicipalityKey, 'municipality'),
        },
        served: g.servesMunicipalityKeys.map((k) => idOf(this.municipalities, k, 'municipality')),
      });
    }
    await this.insert(
      VolunteerGroup,
      added.map((a) => a.row),
    );
    for (const { row, served } of added) {
      await this.em.createQueryBuilder().relation(VolunteerGroup, 'municipalitiesServed').of(row.id).add(served);
    }
  }

  private async seedUsers(): Promise<void> {
    const wanted = this.content.users;
    if (!wanted.length) return;
    const email = (e: string): string => e.trim().toLowerCase();
    const found = await this.em.find(User, { where: { email: In(wanted.map((u) => email(u.email))) } });
    const missing = wanted.filter((u) => !found.some((f) => f.email === email(u.email)));
    for (const f of found) this.users.set(wanted.find((u) => email(u.email) === f.email)!.key, f.id);
    if (!missing.length) return;

    // argon2 is slow on purpose: hash once for all sample accounts.
    const passwordHash = await hashPassword(SAMPLE_PASSWORD);
    const firstActivity = this.firstActivityByUser();
    const now = new Date();
    const users = [];
    const memberships = [];
    for (const u of missing) {
      const id = randomUUID();
      this.users.set(u.key, id);
      const first = firstActivity.get(u.key);
      // An account exists before its first post: a day before it, else it was created now. Its address was
      // confirmed when it was created (verified members need that).
      const createdAt = first ? new Date(first.getTime() - 24 * HOUR_MS) : now;
      users.push({
        id,
        displayName: u.displayName,
        email: email(u.email),
        passwordHash,
        createdAt,
        emailVerifiedAt: createdAt,
        platformRoles: u.platformRoles ?? [],
      });
      for (const m of u.memberships) {
        memberships.push({
          id: randomUUID(),
          userId: id,
          municipalityId: optionalIdOf(this.municipalities, m.municipalityKey, 'municipality'),
          volunteerGroupId: optionalIdOf(this.groups, m.volunteerGroupKey, 'volunteer group'),
          role: m.role,
          status: MembershipStatus.VERIFIED,
          position: m.position ?? null,
          decidedAt: now,
        });
      }
    }
    await this.insert(User, users);
    await this.insert(Membership, memberships);
  }

  private async seedCrises(): Promise<void> {
    const wanted = this.content.crises;
    if (!wanted.length) return;
    const found = await this.em.find(Crisis, { where: { name: In(wanted.map((c) => c.name)) } });
    const added = [];
    for (const c of wanted) {
      const there = found.find((f) => f.name === c.name);
      if (there) {
        this.crises.set(c.key, there.id);
        continue;
      }
      const id = randomUUID();
      this.crises.set(c.key, id);
      added.push({
        row: {
          id,
          name: c.name,
          hazards: c.hazards,
          description: c.description,
          startsOn: c.startsOn,
          endsOn: c.endsOn ?? null,
          status: CrisisStatus.CONFIRMED,
        },
        affected: c.affectedMunicipalityKeys.map((k) => idOf(this.municipalities, k, 'municipality')),
      });
    }
    await this.insert(
      Crisis,
      added.map((a) => a.row),
    );
    for (const { row, affected } of added) {
      await this.em.createQueryBuilder().relation(Crisis, 'affectedMunicipalities').of(row.id).add(affected);
    }
  }

  private async seedSeminars(): Promise<void> {
    for (const series of this.content.seminarSeries) {
      const there = await this.em.findOne(SeminarSeries, { where: { title: series.title } });
      if (there) {
        // Present with everything under it; only remember the sessions' ids for the experiences.
        for (const s of series.sessions) {
          const session = await this.em.findOne(SeminarSession, {
            where: { seriesId: there.id, title: s.title, startsAt: at(s.startsAt) },
          });
          if (session) this.sessions.set(s.key, session.id);
        }
        continue;
      }
      const seriesId = randomUUID();
      await this.insert(SeminarSeries, [
        { id: seriesId, title: series.title, description: series.description, organisers: series.organisers },
      ]);
      for (const s of series.sessions) await this.addSession(seriesId, s);
    }
  }

  private async addSession(seriesId: string, s: SeedSeminarSession): Promise<void> {
    const id = randomUUID();
    this.sessions.set(s.key, id);
    await this.insert(SeminarSession, [
      {
        id,
        seriesId,
        title: s.title,
        topic: s.topic,
        description: s.description,
        startsAt: at(s.startsAt),
        endsAt: at(s.endsAt),
        onlineUrl: s.onlineUrl ?? null,
      },
    ]);
    await this.insert(
      SeminarSpeaker,
      s.speakers.map((p, position) => ({
        id: randomUUID(),
        sessionId: id,
        position,
        name: p.name,
        role: p.role,
        organisation: p.organisation,
        municipalityId: optionalIdOf(this.municipalities, p.municipalityKey, 'municipality'),
        confirmation: p.confirmation,
      })),
    );
    await this.addThread(ThreadKind.SEMINAR_SESSION, s.followUpThread, { seminarSessionId: id });
  }

  private async seedExperiences(): Promise<void> {
    for (const e of this.content.experiences) {
      const authorId = idOf(this.users, e.authorKey, 'user');
      if (await this.em.exists(Experience, { where: { title: e.title, authorId } })) continue;

      const publishedAt = at(e.publishedAt);
      const threadId = await this.addThread(ThreadKind.EXPERIENCE, {
        key: e.key,
        title: e.title,
        body: '',
        authorKey: e.authorKey,
        openedAt: e.publishedAt,
        comments: e.comments,
      });
      const experienceId = randomUUID();
      const helpfulBy = [...new Set(e.helpfulBy ?? [])].map((k) => idOf(this.users, k, 'user'));
      await this.insert(Experience, [
        {
          id: experienceId,
          title: e.title,
          summary: e.summary,
          situation: e.situation,
          actions: e.actions,
          outcome: e.outcome,
          rootCause: e.rootCause ?? null,
          transferability: e.transferability ?? null,
          hazards: e.hazards,
          phase: e.phase,
          fieldsOfAction: e.fieldsOfAction,
          actors: e.actors,
          authorId,
          municipalityId: idOf(this.municipalities, e.municipalityKey, 'municipality'),
          volunteerGroupId: optionalIdOf(this.groups, e.volunteerGroupKey, 'volunteer group'),
          crisisId: optionalIdOf(this.crises, e.crisisKey, 'crisis'),
          // A session whose series was there already but not the session itself: no link.
          seminarSessionId: e.seminarSessionKey === undefined ? null : (this.sessions.get(e.seminarSessionKey) ?? null),
          threadId,
          status: ExperienceStatus.PUBLISHED,
          publishedAt,
          helpfulCount: helpfulBy.length,
          thanksCount: 0,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        },
      ]);
      await this.insert(
        ExperienceRecommendation,
        e.recommendations.map((r, position) => ({
          id: randomUUID(),
          experienceId,
          position,
          text: r.text,
          addressee: r.addressee,
          status: r.status,
        })),
      );
      // Marked helpful in the hours after publication, in the order listed.
      await this.insert(
        Reaction,
        helpfulBy.map((userId, i) => ({
          id: randomUUID(),
          userId,
          kind: ReactionKind.HELPFUL,
          commentId: null,
          experienceId,
          createdAt: new Date(publishedAt.getTime() + (i + 1) * HOUR_MS),
        })),
      );
    }
  }

  private async seedGeneralThreads(): Promise<void> {
    for (const t of this.content.generalThreads) {
      if (await this.em.exists(Thread, { where: { kind: ThreadKind.GENERAL, title: t.title } })) continue;
      await this.addThread(ThreadKind.GENERAL, t);
    }
  }

  /**
   * A thread with its comments and replies, counters set from what is inserted: comment_count counts
   * comments and replies, last_activity_at is the newest of them (or the opening), reply_count per comment.
   */
  private async addThread(kind: ThreadKind, t: SeedThread, link: { seminarSessionId?: string } = {}): Promise<string> {
    const threadId = randomUUID();
    const openedAt = at(t.openedAt);
    const comments: Record<string, unknown>[] = [];
    let lastActivityAt = openedAt;
    const addComment = (c: SeedComment, parentId: string | null): void => {
      const id = randomUUID();
      const createdAt = at(t.openedAt, c.minutesAfterStart);
      if (createdAt > lastActivityAt) lastActivityAt = createdAt;
      comments.push({
        id,
        threadId,
        authorId: idOf(this.users, c.authorKey, 'user'),
        parentId,
        body: c.body,
        bodyHtml: renderMarkdown(c.body),
        createdAt,
        replyCount: c.replies?.length ?? 0,
      });
      for (const reply of c.replies ?? []) addComment(reply, id);
    };
    for (const c of t.comments) addComment(c, null);

    await this.insert(Thread, [
      {
        id: threadId,
        kind,
        title: t.title,
        body: t.body,
        bodyHtml: t.body ? renderMarkdown(t.body) : '',
        authorId: idOf(this.users, t.authorKey, 'user'),
        seminarSessionId: link.seminarSessionId ?? null,
        published: true,
        commentCount: comments.length,
        lastActivityAt,
        createdAt: openedAt,
        updatedAt: lastActivityAt,
      },
    ]);
    // Parents come before their replies in the list (the reply's foreign key needs them).
    await this.insert(Comment, comments);
    return threadId;
  }

  private async insert<T extends object>(entity: new () => T, rows: object[]): Promise<void> {
    if (!rows.length) return;
    await this.em.insert(entity, rows as never);
    this.added += rows.length;
  }

  /** The earliest moment each sample user wrote or reacted something (for a plausible createdAt). */
  private firstActivityByUser(): Map<string, Date> {
    const first = new Map<string, Date>();
    const saw = (key: string, when: Date): void => {
      const known = first.get(key);
      if (!known || when < known) first.set(key, when);
    };
    const sawThread = (t: { authorKey: string; openedAt: string; comments: SeedComment[] }): void => {
      saw(t.authorKey, at(t.openedAt));
      const sawComment = (c: SeedComment): void => {
        saw(c.authorKey, at(t.openedAt, c.minutesAfterStart));
        c.replies?.forEach(sawComment);
      };
      t.comments.forEach(sawComment);
    };
    for (const series of this.content.seminarSeries) for (const s of series.sessions) sawThread(s.followUpThread);
    for (const e of this.content.experiences) {
      sawThread({ authorKey: e.authorKey, openedAt: e.publishedAt, comments: e.comments });
      for (const k of e.helpfulBy ?? []) saw(k, at(e.publishedAt));
    }
    this.content.generalThreads.forEach(sawThread);
    return first;
  }
}
