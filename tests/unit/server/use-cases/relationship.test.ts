import { describe, expect, it } from 'vitest';
import { UNKNOWN_START } from '../../../../src/app/ports';
import {
  conversationFacts,
  resolveRelationship,
  triggerFacts,
  type UseCaseContext,
} from '../../../../src/app/career-api';
import { aConversation } from '../../builders';
import { createHarness, MANAGER, OTHER_MANAGER, REPORT, type Harness } from '../harness';

function contextOf(h: Harness): UseCaseContext {
  return {
    stores: h.deps.stores,
    directory: h.directory,
    managerHistory: h.managerHistory,
    audit: h.audit,
    security: h.security,
    clock: h.clock,
    newId: () => 'id',
  };
}

describe('resolveRelationship', () => {
  it('starts the first stint at the beginning of time when nothing says otherwise', async () => {
    const h = createHarness();
    const resolved = await resolveRelationship(contextOf(h), REPORT, MANAGER);
    expect(resolved.relationship).toEqual({
      currentManagerId: MANAGER,
      formerManagerIds: [],
      historyConsent: [],
      managerSince: UNKNOWN_START,
    });
  });

  it('starts the first stint after the latest record made with another manager', async () => {
    const h = createHarness();
    await h.conversations.create(
      aConversation({
        id: 'old',
        reportId: REPORT,
        managerId: MANAGER,
        state: 'held',
        heldAt: '2026-01-10T10:00:00Z',
      }),
    );
    const resolved = await resolveRelationship(contextOf(h), REPORT, OTHER_MANAGER);
    expect(resolved.relationship.managerSince).toBe('2026-01-10T10:00:01Z');
    const old = (await h.conversations.get('old'))?.value;
    expect(old && conversationFacts(resolved, old).heldByManagerId).toBe(MANAGER);
  });

  it('records a manager change when it sees one, and names the former manager', async () => {
    const h = createHarness();
    const ctx = contextOf(h);
    await resolveRelationship(ctx, REPORT, MANAGER);
    h.clock.advance({ hours: 2 });
    const resolved = await resolveRelationship(ctx, REPORT, OTHER_MANAGER);
    expect(resolved.relationship.currentManagerId).toBe(OTHER_MANAGER);
    expect(resolved.relationship.formerManagerIds).toEqual([MANAGER]);
    expect(resolved.relationship.managerSince).toBe('2026-04-15T11:00:00Z');
    // A trigger logged before the change was logged under the previous manager.
    const facts = triggerFacts(resolved, {
      id: 't1',
      trigger: 'major-milestone',
      loggedAt: '2026-04-15T10:00:00Z',
    });
    expect(facts.heldByManagerId).toBe(MANAGER);
  });

  it('does not write anything when the manager is unchanged', async () => {
    const h = createHarness();
    const ctx = contextOf(h);
    await resolveRelationship(ctx, REPORT, MANAGER);
    h.clock.advance({ hours: 1 });
    await resolveRelationship(ctx, REPORT, MANAGER);
    expect(await h.managerHistory.stints(REPORT)).toHaveLength(1);
  });
});
