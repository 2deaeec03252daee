import { z } from 'zod';
import { AUDIT_OUTCOMES } from '../../domain';
import { Person } from './common';
import { AgendaItem } from './agenda';
import { Consent } from './consent';
import { ContractVersion } from './contract';
import { Conversation } from './conversation';

export const MeResponse = z
  .object({
    userId: z.string(),
    isHrAdmin: z
      .boolean()
      .meta({ description: 'From the token’s app roles (CareerConversations.HRAdmin).' }),
    hasDirectReports: z
      .boolean()
      .meta({ description: 'Whether the directory lists anyone reporting to you right now.' }),
    manager: z.object({ id: z.string() }).optional(),
  })
  .meta({ id: 'Me' });

export const AuditEntry = z
  .object({
    id: z.string().optional(),
    at: z.string(),
    actorId: z.string(),
    subjectId: z.string(),
    action: z.string(),
    recordId: z.string().optional(),
    outcome: z.enum(AUDIT_OUTCOMES),
    basis: z.string().optional(),
    reason: z.string().optional(),
    count: z.number().int().min(2).optional().meta({
      description: 'The same read on the same UTC day, this many times; the last at `at`.',
    }),
  })
  .meta({ id: 'AuditEntry' });

/** Both lists of a person's trail, newest first. */
const AuditLists = z.object({ aboutYou: z.array(AuditEntry), byYou: z.array(AuditEntry) });

export const AUDIT_PAGE_MAX = 100;

export const AuditQuery = z.object({
  cursor: z
    .string()
    .max(1024)
    .optional()
    .meta({ description: 'The `nextCursor` of the previous page; leave out for the newest.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(AUDIT_PAGE_MAX)
    .optional()
    .meta({
      description: `Entries per list per page (default and most ${String(AUDIT_PAGE_MAX)}).`,
    }),
});

/** One page of each list; `hasMore` until both have reached their oldest entry. */
export const AuditResponse = AuditLists.extend({
  hasMore: z.boolean(),
  nextCursor: z.string().optional(),
}).meta({ id: 'AuditTrail' });

export const ExportResponse = z
  .object({
    exportedAt: z.string(),
    person: Person,
    contract: z
      .object({
        id: z.string(),
        reportId: z.string(),
        managerId: z.string(),
        versions: z.array(ContractVersion),
      })
      .optional(),
    conversations: z.array(Conversation.omit({ etag: true })),
    triggers: z.array(
      z.object({
        id: z.string(),
        trigger: z.string(),
        loggedAt: z.string(),
        closedAt: z.string().optional(),
        closedByConversationId: z.string().optional(),
      }),
    ),
    profile: z
      .object({
        reportId: z.string(),
        managerId: z.string(),
        direction: z.object({ text: z.string(), recordedAt: z.string() }).optional(),
        transitions: z.array(z.object({ transition: z.string(), since: z.string() })),
      })
      .optional(),
    consents: z.array(Consent.omit({ etag: true })),
    agenda: z.array(AgendaItem),
    managerHistory: z.array(
      z.object({ managerId: z.string(), since: z.string(), until: z.string().optional() }),
    ),
    audit: AuditLists,
  })
  .meta({ id: 'OwnDataExport' });
