import { addAgendaItem, agendaFor } from '../../app/career-api';
import { AGENDA_ITEMS_MAX } from '../../app/api-schemas/agenda';
import { AGENDA_ENDPOINTS as E } from '../../app/api-schemas/conversation-endpoints';
import { handle, type Route } from './route';

const read = handle(E.agenda, async ({ caller, params: { personId }, grant }, services) => {
  const items = await grant.run(() => services.ctx.stores.agenda.listForReport(personId));
  return { body: { reportId: personId, items: agendaFor(items, caller.userId, personId) } };
});

const add = handle(E.addAgendaItem, async ({ caller, body, grant }, services) => {
  const liveManagerId = await services.managers.liveManagerOf(caller.userId);
  const saved = await grant.run(() =>
    addAgendaItem(services.ctx, {
      reportId: caller.userId,
      text: body.text,
      liveManagerId,
      maxItems: AGENDA_ITEMS_MAX,
    }),
  );
  return { body: saved.value };
});

const remove = handle(E.removeAgendaItem, async ({ caller, params, grant }, services) => {
  const { agenda } = services.ctx.stores;
  const items = await grant.run(async () => {
    await agenda.remove(caller.userId, params.itemId);
    return agenda.listForReport(caller.userId);
  });
  return { body: { reportId: caller.userId, items: items.map((i) => i.value) } };
});

export const AGENDA_ROUTES: Route[] = [read, add, remove];
