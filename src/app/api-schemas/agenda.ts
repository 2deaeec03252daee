import { Id, text } from './common';
import { documented, z } from '../zod';

export const AGENDA_TEXT_MAX = 500;
/** A handful is an agenda; more is a list nobody gets through in one conversation. */
export const AGENDA_ITEMS_MAX = 20;

export const NewAgendaItemBody = documented(
  z.strictObject({
    text: documented(
      text(AGENDA_TEXT_MAX, 'text').check(
        z.refine((value) => value.trim() !== '', 'write what you want to raise'),
      ),
      { description: 'What you want to raise next time, in your own words.' },
    ),
  }),
  { id: 'NewAgendaItem' },
);

export const AgendaItemParams = z.object({ itemId: Id });

export const AgendaItem = documented(
  z.object({
    id: z.string(),
    reportId: z.string(),
    managerId: documented(z.string(), { description: 'The manager it was added for.' }),
    text: z.string(),
    addedAt: z.string(),
  }),
  { id: 'AgendaItem' },
);

export const AgendaResponse = documented(
  z.object({ reportId: z.string(), items: z.array(AgendaItem) }),
  { id: 'Agenda', description: 'Oldest first.' },
);
