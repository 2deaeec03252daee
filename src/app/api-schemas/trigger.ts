import { z } from 'zod';
import { EarlierHistory, Id, TriggerId } from './common';

/** Strict: a trigger is one of six categories and nothing else. There is no text field. */
export const NewTriggerBody = z
  .strictObject({ trigger: TriggerId })
  .meta({ id: 'NewTrigger', description: 'One of the playbook’s six triggers; no free text.' });

export const CloseTriggerBody = z
  .strictObject({ conversationId: Id })
  .meta({ id: 'CloseTrigger', description: 'The held conversation that answered the trigger.' });

export const TriggerParams = z.object({ personId: Id, logId: Id });

export const TriggerLog = z
  .object({
    id: z.string(),
    trigger: TriggerId,
    label: z.string(),
    loggedAt: z.string(),
    closedAt: z.string().optional(),
    closedByConversationId: z.string().optional(),
    etag: z.string(),
  })
  .meta({ id: 'TriggerLog' });

export const TriggerListResponse = z
  .object({ reportId: z.string(), items: z.array(TriggerLog), earlierHistory: EarlierHistory })
  .meta({ id: 'TriggerLogs' });
