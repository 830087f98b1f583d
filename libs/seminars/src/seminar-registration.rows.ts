import { RowShape } from '@krisenfest/database';
import { RegistrationStatus } from './seminar.entity';

/** A registration as GraphQL shows it (to the person themselves and to the organisers). */
export interface SeminarRegistrationView {
  id: string;
  sessionId: string;
  userId: string;
  status: RegistrationStatus;
  registeredAt: Date;
  promotedAt: Date | null;
  cancelledAt: Date | null;
  reminder: boolean;
  attended: boolean | null;
  /** 1-based place on the waitlist; null unless WAITLISTED. */
  waitlistPosition: number | null;
}

export const REGISTRATION_ROW = new RowShape<Omit<SeminarRegistrationView, 'waitlistPosition'>>({
  id: 'id',
  sessionId: 'session_id',
  userId: 'user_id',
  status: 'status',
  registeredAt: 'registered_at',
  promotedAt: 'promoted_at',
  cancelledAt: 'cancelled_at',
  reminder: 'reminder',
  attended: 'attended',
});

/** The registration's columns plus its place on the waitlist (a correlated count, cheap with the status index). */
export function registrationSelect(alias: string): string {
  return `${REGISTRATION_ROW.select(alias)}, CASE WHEN ${alias}.status = 'WAITLISTED' THEN (
    SELECT count(*)::int + 1 FROM seminar_registration w
    WHERE w.session_id = ${alias}.session_id AND w.status = 'WAITLISTED' AND (w.registered_at, w.id) < (${alias}.registered_at, ${alias}.id)
  ) END AS waitlist_position`;
}

export function readRegistration(row: Record<string, unknown>): SeminarRegistrationView {
  return { ...REGISTRATION_ROW.read(row), waitlistPosition: (row.waitlist_position as number | null) ?? null };
}
