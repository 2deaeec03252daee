import { toIsoInstant } from '../../../domain';
import type { UseCaseContext } from '../context';
import { erasureReceipt, type ErasureReceipt } from './erasure-receipt';

/**
 * Erasure on request: removes every version of the person's contract, their conversation records,
 * triggers, profile, consents, agenda for the next conversation, requests to share their history, observed manager history, the audit entries about them and the
 * security log's counts of refusals about them. What stays in the lists: the entry the access
 * guard appends once this returns, recording that an HR admin erased the person (ids and codes
 * only, no content), and entries in which the person acted on someone else's data, which belong
 * to that other person's trail. What the product cannot reach (the managers' own OneDrive, mail,
 * calendar and To Do; what the storage keeps after a removal) is read first and named in the
 * receipt, with how an admin purges it.
 */
export async function erasePerson(ctx: UseCaseContext, personId: string): Promise<ErasureReceipt> {
  const [contract, conversations, stints] = await Promise.all([
    ctx.stores.contracts.get(personId),
    ctx.stores.conversations.listForReport(personId),
    ctx.managerHistory.stints(personId),
  ]);
  await Promise.all([
    ctx.stores.contracts.removeAll(personId),
    ctx.stores.conversations.removeAll(personId),
    ctx.stores.triggers.removeAll(personId),
    ctx.stores.profiles.removeAll(personId),
    ctx.stores.consents.removeAll(personId),
    ctx.stores.agenda.removeAll(personId),
    ctx.stores.historyRequests.removeAll(personId),
    ctx.managerHistory.removeAll(personId),
    ctx.audit.eraseSubject(personId),
    ctx.security.eraseSubject(personId),
  ]);
  return erasureReceipt(
    {
      personId,
      contract: contract?.value,
      conversations: conversations.map((c) => c.value),
      stints,
    },
    toIsoInstant(ctx.clock.now()),
    ctx.storageLeftovers ?? [],
  );
}
