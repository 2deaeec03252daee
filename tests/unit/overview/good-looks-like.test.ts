import { describe, expect, it } from 'vitest';
import { summarizeTeam } from '../../../src/domain/overview';
import type { GoodLooksLikeCheck } from '../../../src/domain/overview';
import type { GoodLooksLikeId, ReportHistory } from '../../../src/domain';
import { GOOD_LOOKS_LIKE, GOOD_LOOKS_LIKE_IDS } from '../../../src/domain';
import {
  aCommitment,
  aContract,
  aConversation,
  aManagerCommitment,
  aReportHistory,
  aVersion,
  at,
  MANAGER_ID,
  ZONE,
} from '../builders';

const NOW = at('2026-06-01T09:00:00Z');

function check(histories: ReportHistory[], id: GoodLooksLikeId): GoodLooksLikeCheck {
  const overview = summarizeTeam({ managerId: MANAGER_ID, histories, now: NOW, zone: ZONE });
  const item = overview.goodLooksLike.find((c) => c.id === id);
  if (!item) throw new Error(`missing ${id}`);
  return item;
}

const named = (id: string, displayName: string) =>
  aReportHistory().withReport({ id, displayName, mail: `${id}@contoso.example` });

const contractWith = (...commitments: ReturnType<typeof aCommitment>[]) =>
  aContract(aVersion({ commitments }));

describe('"What good looks like" self-check', () => {
  it('has the seven items in the playbook order, with the playbook wording', () => {
    const overview = summarizeTeam({ managerId: MANAGER_ID, histories: [], now: NOW, zone: ZONE });
    expect(overview.goodLooksLike.map((c) => c.id)).toEqual([...GOOD_LOOKS_LIKE_IDS]);
    for (const item of overview.goodLooksLike) {
      expect(item.text).toBe(GOOD_LOOKS_LIKE[item.id].text);
      expect(item.evidence).not.toBe('');
    }
  });

  it('leaves feelings, a future and trajectory to the manager, whatever the records say', () => {
    const perfect = named('a', 'Ana')
      .withDirection('Principal engineer')
      .withHeldFull('2026-05-01')
      .withContract(contractWith(aCommitment(), aManagerCommitment({ status: 'done' })))
      .build();
    for (const histories of [[], [perfect], [named('b', 'Ben').build()]]) {
      for (const id of ['feels-seen', 'sees-a-future', 'visible-trajectory'] as const) {
        const item = check(histories, id);
        expect(item.state).toBe('self-assess');
        expect(item.evidence).toBe(check([], id).evidence);
      }
    }
  });

  describe('consistent-quarterly', () => {
    it('is met when every report had a held full conversation in the last quarter', () => {
      const item = check(
        [
          // three months ago to the day, early morning in London
          named('a', 'Ana').withHeldFull('2026-03-01T00:30:00Z').build(),
          named('b', 'Ben').withHeldFull('2026-05-20').build(),
        ],
        'consistent-quarterly',
      );
      expect(item.state).toBe('met');
      expect(item.evidence).toContain('2 of 2');
    });

    it('is not yet met when one report’s last full conversation is older than a quarter', () => {
      const item = check(
        [
          named('a', 'Ana').withHeldFull('2026-02-28T23:30:00Z').build(),
          named('b', 'Ben').withHeldFull('2026-05-20').build(),
        ],
        'consistent-quarterly',
      );
      expect(item.state).toBe('not-yet');
      expect(item.evidence).toContain('1 of 2');
      expect(item.evidence).toContain('Ana');
      expect(item.evidence).not.toContain('Ben');
    });

    it('counts only held full conversations, not reviews, booked or cancelled ones', () => {
      const item = check(
        [
          named('a', 'Ana')
            .withConversation(
              aConversation({ kind: 'review', state: 'held', heldAt: '2026-05-20T10:00:00Z' }),
            )
            .withBookedFull('2026-06-10')
            .withConversation(aConversation({ state: 'cancelled' }))
            .build(),
        ],
        'consistent-quarterly',
      );
      expect(item.state).toBe('not-yet');
    });

    it('names at most five reports, then says how many more', () => {
      const histories = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n) =>
        named(n, `Person ${n}`).build(),
      );
      const item = check(histories, 'consistent-quarterly');
      expect(item.evidence).toContain('Person E and 2 more');
      expect(item.evidence).not.toContain('Person F');
    });
  });

  describe('manager-follows-through', () => {
    it('is met with at least one done and none overdue', () => {
      const item = check(
        [
          named('a', 'Ana')
            .withContract(
              contractWith(
                aManagerCommitment({ status: 'done' }),
                aManagerCommitment({ due: '2026-09-01' }),
                aCommitment({ due: '2026-01-01' }), // theirs, overdue: not the manager's
              ),
            )
            .build(),
        ],
        'manager-follows-through',
      );
      expect(item.state).toBe('met');
      expect(item.evidence).toBe('1 of your commitments done, none overdue.');
    });

    it('is not yet met while any of the manager’s commitments is overdue', () => {
      const item = check(
        [
          named('a', 'Ana')
            .withContract(contractWith(aManagerCommitment({ status: 'done' })))
            .build(),
          named('b', 'Ben')
            .withContract(contractWith(aManagerCommitment({ due: '2026-05-01' })))
            .build(),
        ],
        'manager-follows-through',
      );
      expect(item.state).toBe('not-yet');
      expect(item.evidence).toContain('1 overdue');
    });

    it('is not yet met when nothing is done, even with nothing overdue', () => {
      const item = check(
        [named('a', 'Ana').withContract(contractWith(aManagerCommitment())).build()],
        'manager-follows-through',
      );
      expect(item.state).toBe('not-yet');
    });
  });

  it('knows-each-direction is met only when every report has a recorded direction', () => {
    const withDirection = named('a', 'Ana').withDirection('Lead a product team').build();
    expect(check([withDirection], 'knows-each-direction').state).toBe('met');
    const item = check([withDirection, named('b', 'Ben').build()], 'knows-each-direction');
    expect(item.state).toBe('not-yet');
    expect(item.evidence).toContain('Ben');
  });

  it('clearer-picture needs dated commitments from both parties in every contract', () => {
    const both = named('a', 'Ana')
      .withContract(contractWith(aCommitment(), aManagerCommitment()))
      .build();
    const onlyTheirs = named('b', 'Ben').withContract(contractWith(aCommitment())).build();
    const none = named('c', 'Cy').build();
    expect(check([both], 'clearer-picture').state).toBe('met');
    expect(check([both, onlyTheirs], 'clearer-picture').state).toBe('not-yet');
    expect(check([both, none], 'clearer-picture').evidence).toContain('Cy');
  });

  it('claims nothing as met for a manager with no reports', () => {
    const overview = summarizeTeam({ managerId: MANAGER_ID, histories: [], now: NOW, zone: ZONE });
    expect(overview.goodLooksLike.filter((c) => c.state === 'met')).toEqual([]);
  });
});
