import { AUDIT_OUTCOMES } from '../../domain';
import { Person } from './common';
import { AgendaItem } from './agenda';
import { HistoryRequest } from './history-request';
import { Consent } from './consent';
import { ContractVersion } from './contract';
import { Conversation } from './conversation';
import { documented, z } from '../zod';

export const MeResponse = documented(
  z.object({
    userId: z.string(),
    isHrAdmin: documented(z.boolean(), {
      description: 'From the token’s app roles (CareerConversations.HRAdmin).',
    }),
    hasDirectReports: documented(z.boolean(), {
      description: 'Whether the directory lists anyone reporting to you right now.',
    }),
    manager: z.exactOptional(z.object({ id: z.string() })),
  }),
  { id: 'Me' },
);

export const AuditEntry = documented(
  z.object({
    id: z.exactOptional(z.string()),
    at: z.string(),
    actorId: z.string(),
    subjectId: z.string(),
    action: z.string(),
    recordId: z.exactOptional(z.string()),
    outcome: z.enum(AUDIT_OUTCOMES),
    basis: z.exactOptional(z.string()),
    reason: z.exactOptional(z.string()),
    count: documented(z.exactOptional(z.number().check(z.int(), z.gte(2))), {
      description:
        'Reads are one entry per reader, record and UTC day: this many times, the last at `at`.',
    }),
    firstAt: documented(z.exactOptional(z.string()), {
      description: 'With `count`: the first of the day’s reads.',
    }),
  }),
  { id: 'AuditEntry' },
);

/** Both lists of a person's trail, newest first. */
const AuditLists = z.object({ aboutYou: z.array(AuditEntry), byYou: z.array(AuditEntry) });

export const AUDIT_PAGE_MAX = 100;

export const AuditQuery = z.object({
  cursor: documented(z.exactOptional(z.string().check(z.maxLength(1024))), {
    description: 'The `nextCursor` of the previous page; leave out for the newest.',
  }),
  limit: documented(
    z.exactOptional(z.coerce.number().check(z.int(), z.gte(1), z.lte(AUDIT_PAGE_MAX))),
    {
      description: `Entries per list per page (default and most ${String(AUDIT_PAGE_MAX)}).`,
    },
  ),
});

/** One page of each list; `hasMore` until both have reached their oldest entry. */
export const AuditResponse = documented(
  z.extend(AuditLists, { hasMore: z.boolean(), nextCursor: z.exactOptional(z.string()) }),
  { id: 'AuditTrail' },
);

export const ExportResponse = documented(
  z.object({
    exportedAt: z.string(),
    person: Person,
    contract: z.exactOptional(
      z.object({
        id: z.string(),
        reportId: z.string(),
        managerId: z.string(),
        versions: z.array(ContractVersion),
      }),
    ),
    conversations: z.array(z.omit(Conversation, { etag: true })),
    triggers: z.array(
      z.object({
        id: z.string(),
        trigger: z.string(),
        loggedAt: z.string(),
        closedAt: z.exactOptional(z.string()),
        closedByConversationId: z.exactOptional(z.string()),
      }),
    ),
    profile: z.exactOptional(
      z.object({
        reportId: z.string(),
        managerId: z.string(),
        direction: z.exactOptional(z.object({ text: z.string(), recordedAt: z.string() })),
        transitions: z.array(z.object({ transition: z.string(), since: z.string() })),
      }),
    ),
    consents: z.array(z.omit(Consent, { etag: true })),
    agenda: z.array(AgendaItem),
    historyRequests: z.array(HistoryRequest),
    managerHistory: z.array(
      z.object({ managerId: z.string(), since: z.string(), until: z.exactOptional(z.string()) }),
    ),
    audit: AuditLists,
  }),
  { id: 'OwnDataExport' },
);
