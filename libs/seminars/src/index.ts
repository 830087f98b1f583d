export * from './seminar.entity';
export * from './seminar.model';
export { SeminarSeriesView, SeminarSessionView, SeminarSpeakerView } from './seminar.rows';
export { SeminarService } from './seminar.service';
export * from './seminars.module';
export { SeminarRegistrationService } from './seminar-registration.service';
export { SeminarRegistrationView } from './seminar-registration.rows';
export { SeminarSessionAnnounced } from './seminar.events';
