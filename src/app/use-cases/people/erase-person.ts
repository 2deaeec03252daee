import type { UseCaseContext } from '../context';

/**
 * Erasure on request: removes every version of the person's contract, their conversation records,
 * triggers, profile, consents, observed manager history, the audit entries about them and the
 * security log's counts of refusals about them. What
 * stays: the entry the access guard appends once this returns, recording that an HR admin erased
 * the person (ids and codes only, no content), and entries in which the person acted on someone
 * else's data, which belong to that other person's trail.
 */
export async function erasePerson(ctx: UseCaseContext, personId: string): Promise<void> {
  await Promise.all([
    ctx.stores.contracts.removeAll(personId),
    ctx.stores.conversations.removeAll(personId),
    ctx.stores.triggers.removeAll(personId),
    ctx.stores.profiles.removeAll(personId),
    ctx.stores.consents.removeAll(personId),
    ctx.managerHistory.removeAll(personId),
    ctx.audit.eraseSubject(personId),
    ctx.security.eraseSubject(personId),
  ]);
}
