import { SearchableThreadsIndex1795536541846 } from './1795536541846-SearchableThreadsIndex';
import { SearchHeadIndex1795536776283 } from './1795536776283-SearchHeadIndex';
import { GermanSortNames1795537592175 } from './1795537592175-GermanSortNames';
import { IdempotencyKeys1795537825396 } from './1795537825396-IdempotencyKeys';
import { MembershipVerification1795538092009 } from './1795538092009-MembershipVerification';
import { VisibilityTiers1795539229962 } from './1795539229962-VisibilityTiers';
import { InitialSchema1795534299973 } from './1795534299973-InitialSchema';
import { Sessions1795539353737 } from './1795539353737-Sessions';
import { Moderation1796005125978 } from './1796005125978-Moderation';
import { AccountTokens1796005200000 } from './1796005200000-AccountTokens';
import { NoOwnReactions1796100000000 } from './1796100000000-NoOwnReactions';
import { ExperienceSearchLayout1796200000000 } from './1796200000000-ExperienceSearchLayout';
import { SeminarOrganising1796611113364 } from './1796611113364-SeminarOrganising';
import { SeminarRegistration1796615508315 } from './1796615508315-SeminarRegistration';
import { Notifications1796616640266 } from './1796616640266-Notifications';
import { SeminarFollowUp1796617429017 } from './1796617429017-SeminarFollowUp';
import { NotificationMails1796619702140 } from './1796619702140-NotificationMails';
import { DecisionNotifications1796620839339 } from './1796620839339-DecisionNotifications';
import { SeriesFollows1796622932178 } from './1796622932178-SeriesFollows';
import { VolunteerGroupRegistration1796625711470 } from './1796625711470-VolunteerGroupRegistration';
import { CrisisProposalsAndFollows1796625806387 } from './1796625806387-CrisisProposalsAndFollows';
import { MailHeaders1796626860267 } from './1796626860267-MailHeaders';
import { SeminarReminderSetting1796627215780 } from './1796627215780-SeminarReminderSetting';
import { VolunteerGroupFollows1796630000000 } from './1796630000000-VolunteerGroupFollows';

/** In order; new ones are appended by `npm run migration:generate -- Name`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  InitialSchema1795534299973,
  SearchableThreadsIndex1795536541846,
  SearchHeadIndex1795536776283,
  GermanSortNames1795537592175,
  IdempotencyKeys1795537825396,
  MembershipVerification1795538092009,
  VisibilityTiers1795539229962,
  Sessions1795539353737,
  Moderation1796005125978,
  AccountTokens1796005200000,
  NoOwnReactions1796100000000,
  ExperienceSearchLayout1796200000000,
  SeminarOrganising1796611113364,
  SeminarRegistration1796615508315,
  Notifications1796616640266,
  SeminarFollowUp1796617429017,
  NotificationMails1796619702140,
  DecisionNotifications1796620839339,
  SeriesFollows1796622932178,
  VolunteerGroupRegistration1796625711470,
  CrisisProposalsAndFollows1796625806387,
  MailHeaders1796626860267,
  SeminarReminderSetting1796627215780,
  VolunteerGroupFollows1796630000000,
];
