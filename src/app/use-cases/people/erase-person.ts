import type { UseCaseContext } from '../context';

/**
 * Erasure on request: removes every version of the person's contract, their conversation records,
 * triggers, profile, consents and observed manager history. The audit trail keeps its entries
 * (ids and codes only) as the record that access and the erasure itself happened.
 */
export async function erasePerson(ctx: UseCaseContext, personId: string): Promise<void> {
  await Promise.all([
    ctx.stores.contracts.removeAll(personId),
    ctx.stores.conversations.removeAll(personId),
    ctx.stores.triggers.removeAll(personId),
    ctx.stores.profiles.removeAll(personId),
    ctx.stores.consents.removeAll(personId),
    ctx.managerHistory.removeAll(personId),
  ]);
}
