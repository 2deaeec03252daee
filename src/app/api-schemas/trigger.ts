import { EarlierHistory, Id, TriggerId } from './common';
import { documented, z } from '../zod';

/** Strict: a trigger is one of six categories and nothing else. There is no text field. */
export const NewTriggerBody = documented(z.strictObject({ trigger: TriggerId }), {
  id: 'NewTrigger',
  description: 'One of the playbook’s six triggers; no free text.',
});

export const CloseTriggerBody = documented(z.strictObject({ conversationId: Id }), {
  id: 'CloseTrigger',
  description: 'The held conversation that answered the trigger.',
});

export const TriggerParams = z.object({ personId: Id, logId: Id });

export const TriggerLog = documented(
  z.object({
    id: z.string(),
    trigger: TriggerId,
    label: z.string(),
    loggedAt: z.string(),
    closedAt: z.exactOptional(z.string()),
    closedByConversationId: z.exactOptional(z.string()),
    etag: z.string(),
  }),
  { id: 'TriggerLog' },
);

export const TriggerListResponse = documented(
  z.object({ reportId: z.string(), items: z.array(TriggerLog), earlierHistory: EarlierHistory }),
  { id: 'TriggerLogs' },
);
