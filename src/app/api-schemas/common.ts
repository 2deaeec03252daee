import {
  CHECKLIST_ITEM_IDS,
  CONVERSATION_KINDS,
  FAILURE_IDS,
  GOOD_LOOKS_LIKE_IDS,
  isValidIsoDate,
  isValidTimeZone,
  parseInstant,
  MANAGER_COMMITMENT_KINDS,
  PARTIES,
  PHASE_IDS,
  REPORT_COMMITMENT_KINDS,
  TRANSITION_IDS,
  TRIGGER_IDS,
} from '../../domain';
import { documented, z } from '../zod';

/** Entra object ids, record ids: letters, digits and a few separators, never a path or markup. */
export const Id = documented(
  z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(128, 'must be at most 128 characters'),
      z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be an id (letters, digits, . _ : -)'),
    ),
  { description: 'An id: an Entra object id for people, a generated id for records.' },
);

export const IsoDate = documented(
  z.string().check(z.refine(isValidIsoDate, 'must be a date like 2026-06-30')),
  { description: 'A calendar date, YYYY-MM-DD.', example: '2026-06-30' },
);

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/;
export const IsoInstant = documented(
  z.string().check(
    z.refine((value) => {
      return INSTANT.test(value) && parseInstant(value) !== undefined;
    }, 'must be a UTC instant like 2026-06-30T09:00:00Z'),
  ),
  { description: 'An instant in UTC, ISO 8601 with Z.', example: '2026-06-30T09:00:00Z' },
);

export const IsoMonth = documented(
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-09')),
  { description: 'A month, YYYY-MM.', example: '2026-09' },
);

export const TimeZone = documented(
  z
    .string()
    .check(
      z.maxLength(64),
      z.refine(isValidTimeZone, 'must be an IANA time zone like Europe/London'),
    ),
  { description: 'An IANA time zone.', example: 'Europe/London' },
);

export const PhaseId = z.enum(PHASE_IDS);
export const ConversationKind = z.enum(CONVERSATION_KINDS);
export const TriggerId = z.enum(TRIGGER_IDS);
export const TransitionId = z.enum(TRANSITION_IDS);
export const FailureId = z.enum(FAILURE_IDS);
export const GoodLooksLikeId = z.enum(GOOD_LOOKS_LIKE_IDS);
export const CommitmentKind = z.enum([...REPORT_COMMITMENT_KINDS, ...MANAGER_COMMITMENT_KINDS]);
export const ChecklistItemId = z.enum([
  ...CHECKLIST_ITEM_IDS.before,
  ...CHECKLIST_ITEM_IDS.during,
  ...CHECKLIST_ITEM_IDS.after,
  ...CHECKLIST_ITEM_IDS.next,
]);
export const Party = z.enum(PARTIES);

/** Text a person typed; control characters other than line breaks and tabs are refused. */
export function text(max: number, what = 'text') {
  return z.string().check(
    z.maxLength(max, `must be at most ${String(max)} characters`),
    z.refine(
      // eslint-disable-next-line no-control-regex
      (value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value),
      `${what} must not contain control characters`,
    ),
  );
}

/** `?tz=`: the caller's zone, for "today" and "overdue". */
export const ZoneQuery = z.strictObject({ tz: z.exactOptional(TimeZone) });

export const PersonParams = z.object({ personId: Id });

export const Person = z.object({
  id: z.string(),
  displayName: z.string(),
  mail: z.string(),
  jobTitle: z.exactOptional(z.string()),
  department: z.exactOptional(z.string()),
  timeZone: z.exactOptional(z.string()),
});

/** A stored item with its version, for bodies that list several (each keeps its own ETag). */
export function withEtag<T extends object>(value: T, etag: string): T & { etag: string } {
  return { ...value, etag };
}

/**
 * Whether records from before the caller became the manager exist and are not shown. Never how
 * many: how much there is belongs to the history the person decides whether to share.
 */
export const EarlierHistory = documented(z.boolean(), {
  description:
    'True when there is earlier history from before you became the manager that is not shared with you. The person decides whether to share it; how much there is is not said.',
});
