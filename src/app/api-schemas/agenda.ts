import { z } from 'zod';
import { Id, text } from './common';

export const AGENDA_TEXT_MAX = 500;
/** A handful is an agenda; more is a list nobody gets through in one conversation. */
export const AGENDA_ITEMS_MAX = 20;

export const NewAgendaItemBody = z
  .strictObject({
    text: text(AGENDA_TEXT_MAX, 'text')
      .refine((value) => value.trim() !== '', 'write what you want to raise')
      .meta({ description: 'What you want to raise next time, in your own words.' }),
  })
  .meta({ id: 'NewAgendaItem' });

export const AgendaItemParams = z.object({ itemId: Id });

export const AgendaItem = z
  .object({
    id: z.string(),
    reportId: z.string(),
    managerId: z.string().meta({ description: 'The manager it was added for.' }),
    text: z.string(),
    addedAt: z.string(),
  })
  .meta({ id: 'AgendaItem' });

export const AgendaResponse = z
  .object({ reportId: z.string(), items: z.array(AgendaItem) })
  .meta({ id: 'Agenda', description: 'Oldest first.' });
