import { describe, expect, it } from 'vitest';
import type {
  ConversationRecord,
  TriggerLogRecord,
} from '../../../src/adapters/career-api/career-api-client';
import { Temporal, type TriggerId } from '../../../src/domain';
import { triggerViews } from '../../../src/web/shared/triggers-model';
import { aConversation, anEvent, aPerson, MANAGER_ID } from '../builders';

const NOW = Temporal.Instant.from('2026-06-10T09:00:00Z');
const ZONE = 'Europe/London';

function log(
  id: string,
  trigger: TriggerId,
  loggedAt: string,
  over: Partial<TriggerLogRecord> = {},
) {
  return { id, trigger, label: trigger, loggedAt, etag: `"${id}"`, ...over };
}

function views(triggers: TriggerLogRecord[], conversations: ConversationRecord[] = []) {
  return triggerViews({
    report: aPerson(),
    managerId: MANAGER_ID,
    triggers,
    conversations,
    now: NOW,
    zone: ZONE,
  });
}

describe('triggerViews: what each logged trigger calls for', () => {
  it('suggests an ad hoc conversation within a week of a milestone', () => {
    const { open, closed } = views([log('m', 'major-milestone', '2026-06-08T10:00:00Z')]);
    expect(closed).toEqual([]);
    expect(open[0]?.trigger.label).toBe('Major milestone');
    expect(open[0]?.due?.kind).toBe('ad-hoc');
    expect(open[0]?.due?.dueBy).toBe('2026-06-15');
    expect(open[0]?.coveredBy).toBeUndefined();
  });

  it('calls for a conversation today after a leaving signal, however long ago it was logged', () => {
    const { open } = views([
      log('a', 'approached-by-another-organisation', '2026-06-01T10:00:00Z'),
    ]);
    expect(open[0]?.trigger.leavingSignal).toBe(true);
    expect(open[0]?.due?.dueBy).toBe('2026-06-10');
    expect(open[0]?.due?.message).toMatch(/before the decision crystallises/);
  });

  it('names the booked ad hoc conversation that takes care of it', () => {
    const booked = {
      ...aConversation({
        id: 'adhoc',
        kind: 'ad-hoc',
        trigger: 'major-milestone',
        event: anEvent('2026-06-12T10:00:00Z'),
      }),
      etag: '"adhoc"',
    };
    const { open } = views([log('m', 'major-milestone', '2026-06-08T10:00:00Z')], [booked]);
    expect(open[0]?.coveredBy?.id).toBe('adhoc');
  });

  it('lists closed triggers apart, with the conversation that answered them, newest first', () => {
    const held = {
      ...aConversation({
        id: 'held',
        kind: 'ad-hoc',
        state: 'held',
        heldAt: '2026-05-20T10:00:00Z',
      }),
      etag: '"held"',
    };
    const { open, closed } = views(
      [
        log('old', 'role-or-team-changed', '2026-05-10T10:00:00Z', {
          closedAt: '2026-05-20T11:00:00Z',
          closedByConversationId: 'held',
        }),
        log('new', 'drop-in-engagement', '2026-06-09T10:00:00Z'),
      ],
      [held],
    );
    expect(open.map((v) => v.log.id)).toEqual(['new']);
    expect(closed.map((v) => [v.log.id, v.closedBy?.id])).toEqual([['old', 'held']]);
    expect(closed[0]?.due).toBeUndefined();
  });
});
