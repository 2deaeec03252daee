import { toIsoInstant } from '../../../domain';
import { PortError, type AgendaItem, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';

/**
 * Adds what the report wants to raise next time, for the manager they have now. Someone with no
 * manager has nobody to raise it with, and an agenda past `maxItems` is not one conversation's.
 */
export async function addAgendaItem(
  ctx: UseCaseContext,
  input: { reportId: string; text: string; liveManagerId: string | undefined; maxItems: number },
): Promise<Versioned<AgendaItem>> {
  if (input.liveManagerId === undefined) {
    throw new PortError('invalid', 'You have no manager in the directory to raise this with.');
  }
  const items = await ctx.stores.agenda.listForReport(input.reportId);
  if (items.length >= input.maxItems) {
    throw new PortError(
      'invalid',
      `Your agenda holds ${String(input.maxItems)} items already: remove one you no longer need.`,
    );
  }
  return ctx.stores.agenda.create({
    id: ctx.newId(),
    reportId: input.reportId,
    managerId: input.liveManagerId,
    text: input.text.trim(),
    addedAt: toIsoInstant(ctx.clock.now()),
  });
}

/**
 * What the reader may see of the agenda: the report all of it; a manager only what was added for
 * them, never what was meant for the manager before.
 */
export function agendaFor(
  items: readonly Versioned<AgendaItem>[],
  readerId: string,
  reportId: string,
): AgendaItem[] {
  return items
    .map((item) => item.value)
    .filter((item) => readerId === reportId || item.managerId === readerId);
}
