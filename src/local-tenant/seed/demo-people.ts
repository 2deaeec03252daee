/**
 * The invented people of the demo organisation. Everything here is fiction. Each person carries a
 * `situation` drawn from the playbook's triggers and transition points, so later seed modules
 * (calendar, mail, SharePoint lists) can give them matching history.
 */
export type SignInGroup = 'manager' | 'report' | 'hr-admin';

export type SituationKind =
  | 'leads-the-org'
  | 'manager-of-managers'
  | 'large-team'
  | 'new-manager'
  | 'hr-admin'
  | 'promotion-pending'
  | 'back-from-leave'
  | 'ambition-beyond-org'
  | 'uncertain-direction'
  | 'approached-externally'
  | 'manager-changed'
  | 'milestone'
  | 'engagement-drop'
  | 'role-changed'
  | 'goals-changed'
  | 'new-joiner'
  | 'steady';

export interface DemoPersonSpec {
  /** Stable handle, also the mail local part. */
  key: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  city: string;
  /** ISO 3166 code, Graph's usageLocation. */
  country: string;
  timeZone: string;
  preferredLanguage: string;
  managerKey: string | null;
  group: SignInGroup;
  hiredMonthsAgo: number;
  /** How long ago the current manager relationship started. */
  managerSinceDaysAgo: number;
  previousManagerKey?: string;
  situation: { kind: SituationKind; summary: string; sinceDaysAgo?: number };
}

type Row = [
  key: string,
  given: string,
  surname: string,
  jobTitle: string,
  department: string,
  city: string,
  country: string,
  timeZone: string,
  language: string,
  managerKey: string | null,
  group: SignInGroup,
  hiredMonthsAgo: number,
  managerSinceDaysAgo: number,
  situation: SituationKind,
  summary: string,
  sinceDaysAgo?: number,
  previousManagerKey?: string,
];

const ENG = 'Engineering';
// prettier-ignore
const ROWS: Row[] = [
  ['elena.vasquez', 'Elena', 'Vásquez', 'Chief Executive Officer', 'Executive', 'London', 'GB', 'Europe/London', 'en-GB', null, 'manager', 96, 0, 'leads-the-org', 'Top of the organisation; every manager ultimately reports to her.'],
  ['amara.okafor', 'Amara', 'Okafor', 'VP Engineering', ENG, 'London', 'GB', 'Europe/London', 'en-GB', 'elena.vasquez', 'manager', 60, 900, 'manager-of-managers', 'Manages three managers and a principal engineer; wants to see whether her managers keep the quarterly cadence.'],
  ['priya.raman', 'Priya', 'Raman', 'Engineering Manager, Platform', ENG, 'London', 'GB', 'Europe/London', 'en-GB', 'amara.okafor', 'manager', 72, 700, 'large-team', 'Experienced manager with 12 reports spread over eight time zones; the cadence is hard to keep for everyone.'],
  ['mateo.garcia', 'Mateo', 'García', 'Engineering Manager, Product Engineering', ENG, 'Madrid', 'ES', 'Europe/Madrid', 'es-ES', 'amara.okafor', 'manager', 40, 21, 'new-manager', 'Promoted to manager three weeks ago; two people moved to him ten days ago; no career conversations run yet.', 21, 'priya.raman'],
  ['jonas.lindqvist', 'Jonas', 'Lindqvist', 'Design Manager', 'Design', 'Stockholm', 'SE', 'Europe/Stockholm', 'sv-SE', 'amara.okafor', 'manager', 50, 600, 'steady', 'Manages four designers and researchers; runs conversations regularly.'],
  ['sipho.dlamini', 'Sipho', 'Dlamini', 'Principal Engineer', ENG, 'Johannesburg', 'ZA', 'Africa/Johannesburg', 'en-ZA', 'amara.okafor', 'report', 84, 900, 'steady', 'Senior individual contributor reporting to a manager of managers.'],
  ['fatima.alsayed', 'Fatima', 'Al-Sayed', 'People Operations Lead', 'People', 'London', 'GB', 'Europe/London', 'en-GB', 'elena.vasquez', 'hr-admin', 55, 800, 'hr-admin', 'HR admin: deploys and consents the app; sees only aggregate cadence health, never what was said.'],
  ['hannah.becker', 'Hannah', 'Becker', 'People Partner', 'People', 'Berlin', 'DE', 'Europe/Berlin', 'de-DE', 'fatima.alsayed', 'report', 30, 800, 'steady', 'Works in HR but is not an HR admin of the app: being in HR grants nothing.'],
  ['daniel.kim', 'Daniel', 'Kim', 'Head of Product', 'Product', 'New York', 'US', 'America/New_York', 'en-US', 'elena.vasquez', 'manager', 44, 1000, 'steady', 'Manages three people across three continents.'],
  ['grace.achieng', 'Grace', 'Achieng', 'Product Manager', 'Product', 'Nairobi', 'KE', 'Africa/Nairobi', 'en-KE', 'daniel.kim', 'report', 26, 700, 'steady', 'Clear direction towards product leadership; development contract on track.'],
  ['mohammed.rahman', 'Mohammed', 'Rahman', 'Data Analyst', 'Data', 'Dhaka', 'BD', 'Asia/Dhaka', 'en-GB', 'daniel.kim', 'report', 20, 600, 'steady', 'Steady; quarterly conversations happen on time.'],
  ['mei.lin', 'Mei', 'Lin', 'Data Scientist', 'Data', 'Taipei', 'TW', 'Asia/Taipei', 'zh-TW', 'daniel.kim', 'report', 16, 480, 'steady', 'Steady; interested in going deep on experimentation methods.'],
  ['liam.oconnor', 'Liam', "O'Connor", 'Senior Software Engineer', ENG, 'Dublin', 'IE', 'Europe/Dublin', 'en-IE', 'priya.raman', 'report', 48, 700, 'promotion-pending', 'Promotion to Staff Engineer was discussed two quarters ago and has not progressed.', 180],
  ['yuki.nakamura', 'Yuki', 'Nakamura', 'Software Engineer II', ENG, 'Tokyo', 'JP', 'Asia/Tokyo', 'ja-JP', 'priya.raman', 'report', 36, 700, 'back-from-leave', 'Came back from nine months of parental leave twelve days ago.', 12],
  ['chidi.okeke', 'Chidi', 'Okeke', 'Senior Software Engineer', ENG, 'Lagos', 'NG', 'Africa/Lagos', 'en-NG', 'priya.raman', 'report', 40, 700, 'ambition-beyond-org', 'Wants to found a startup within two years, a path this organisation cannot offer.'],
  ['ana.sousa', 'Ana', 'Sousa', 'Software Engineer', ENG, 'Lisbon', 'PT', 'Europe/Lisbon', 'pt-PT', 'priya.raman', 'report', 22, 600, 'uncertain-direction', 'Unsure whether she wants to stay in engineering: "I genuinely don\'t know."', 30],
  ['wei.zhang', 'Wei', 'Zhang', 'Site Reliability Engineer', ENG, 'Singapore', 'SG', 'Asia/Singapore', 'en-SG', 'priya.raman', 'report', 28, 700, 'steady', 'Steady; happy in the role, wants more on-call tooling work.'],
  ['noah.cohen', 'Noah', 'Cohen', 'Senior Site Reliability Engineer', ENG, 'Toronto', 'CA', 'America/Toronto', 'en-CA', 'priya.raman', 'report', 52, 700, 'approached-externally', 'Mentioned last week that another company approached him.', 6],
  ['zeynep.kaya', 'Zeynep', 'Kaya', 'Software Engineer', ENG, 'Istanbul', 'TR', 'Europe/Istanbul', 'tr-TR', 'priya.raman', 'report', 24, 600, 'milestone', 'Led the storage migration that shipped last week.', 7],
  ['arjun.mehta', 'Arjun', 'Mehta', 'Staff Software Engineer', ENG, 'Bengaluru', 'IN', 'Asia/Kolkata', 'en-IN', 'priya.raman', 'report', 66, 700, 'steady', 'Clear technical-leadership direction; his development contract is due for its monthly review.'],
  ['isabella.rossi', 'Isabella', 'Rossi', 'Software Engineer', ENG, 'Milan', 'IT', 'Europe/Rome', 'it-IT', 'priya.raman', 'report', 30, 700, 'engagement-drop', 'Quieter in 1:1s and no longer working on the development actions she chose.', 45],
  ['tomas.hernandez', 'Tomás', 'Hernández', 'Associate Software Engineer', ENG, 'Mexico City', 'MX', 'America/Mexico_City', 'es-MX', 'priya.raman', 'report', 2, 70, 'new-joiner', 'Joined ten weeks ago; first career conversation not held yet.', 70],
  ['olena.kovalenko', 'Olena', 'Kovalenko', 'Senior Software Engineer', ENG, 'Warsaw', 'PL', 'Europe/Warsaw', 'pl-PL', 'priya.raman', 'report', 45, 35, 'role-changed', 'Her team was merged into Platform last month; her role changed significantly.', 35],
  ['rahul.nair', 'Rahul', 'Nair', 'Software Engineer II', ENG, 'Bengaluru', 'IN', 'Asia/Kolkata', 'en-IN', 'priya.raman', 'report', 26, 700, 'steady', 'Steady; wants to go deep on distributed systems.'],
  ['aisha.bello', 'Aisha', 'Bello', 'Senior Software Engineer', ENG, 'Manchester', 'GB', 'Europe/London', 'en-GB', 'mateo.garcia', 'report', 38, 10, 'manager-changed', 'Moved from Priya to Mateo ten days ago; her development contract was agreed with Priya.', 10, 'priya.raman'],
  ['lucas.dubois', 'Lucas', 'Dubois', 'Software Engineer', ENG, 'Paris', 'FR', 'Europe/Paris', 'fr-FR', 'mateo.garcia', 'report', 18, 10, 'manager-changed', 'Moved from Priya to Mateo ten days ago; no career conversation in eight months.', 10, 'priya.raman'],
  ['sofia.marin', 'Sofia', 'Marin', 'Senior Product Designer', 'Design', 'Bucharest', 'RO', 'Europe/Bucharest', 'ro-RO', 'jonas.lindqvist', 'report', 34, 600, 'steady', 'Steady; considering people leadership in a year or two.'],
  ['kenji.watanabe', 'Kenji', 'Watanabe', 'UX Researcher', 'Design', 'Osaka', 'JP', 'Asia/Tokyo', 'ja-JP', 'jonas.lindqvist', 'report', 20, 600, 'steady', 'Steady; wants to run the research practice one day.'],
  ['leila.haddad', 'Leila', 'Haddad', 'Product Designer', 'Design', 'Montreal', 'CA', 'America/Toronto', 'fr-CA', 'jonas.lindqvist', 'report', 28, 600, 'goals-changed', 'Her agreed direction was design leadership; lately she talks about moving into product management.', 20],
  ['emeka.nwosu', 'Emeka', 'Nwosu', 'Content Designer', 'Design', 'Lagos', 'NG', 'Africa/Lagos', 'en-NG', 'jonas.lindqvist', 'report', 14, 420, 'steady', 'Steady; quarterly conversations on time.'],
];

export const DEMO_PEOPLE: readonly DemoPersonSpec[] = ROWS.map((row) => {
  const [key, givenName, surname, jobTitle, department, city, country, timeZone] = row;
  const [, , , , , , , , preferredLanguage, managerKey, group, hiredMonthsAgo] = row;
  const [, , , , , , , , , , , , managerSinceDaysAgo, kind, summary, sinceDaysAgo, previous] = row;
  return {
    key,
    givenName,
    surname,
    jobTitle,
    department,
    city,
    country,
    timeZone,
    preferredLanguage,
    managerKey,
    group,
    hiredMonthsAgo,
    managerSinceDaysAgo,
    ...(previous === undefined ? {} : { previousManagerKey: previous }),
    situation: { kind, summary, ...(sinceDaysAgo === undefined ? {} : { sinceDaysAgo }) },
  };
});
