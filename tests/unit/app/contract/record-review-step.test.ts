import { describe, expect, it } from 'vitest';
import { PortError } from '../../../../src/app/ports/port-error';
import { recordReviewStep } from '../../../../src/app/my-365/contract/record-review-step';

/** An in-memory conversation record with ETags, as the career API keeps one. */
function conversations() {
  const records = new Map<string, { id: string; etag: string; fields: Record<string, unknown> }>();
  let n = 0;
  const bump = (id: string, fields: Record<string, unknown>) => {
    const next = { id, etag: `e${String(++n)}`, fields };
    records.set(id, next);
    return next;
  };
  return {
    records,
    bump,
    create: () => Promise.resolve(bump(`conv-${String(records.size + 1)}`, {})),
    read: (id: string) => {
      const found = records.get(id);
      return found ? Promise.resolve(found) : Promise.reject(new PortError('not-found', 'gone'));
    },
    update: (id: string, patch: Record<string, unknown>, etag: string) => {
      const found = records.get(id);
      if (found === undefined) return Promise.reject(new PortError('not-found', 'gone'));
      if (found.etag !== etag) return Promise.reject(new PortError('conflict', 'moved on'));
      return Promise.resolve(bump(id, { ...found.fields, ...patch }));
    },
  };
}

describe('recording a step of the monthly review', () => {
  it('creates the review record on the first step and updates it on the next', async () => {
    const store = conversations();
    const first = await recordReviewStep(store, {
      existing: undefined,
      step: 'previousCommitmentsReviewedAt',
      at: '2026-03-02T10:00:00Z',
    });
    const second = await recordReviewStep(store, {
      existing: first,
      step: 'openedWithWhatsChangedAt',
      at: '2026-03-02T10:05:00Z',
    });
    expect(store.records.size).toBe(1);
    expect(second.fields).toEqual({
      previousCommitmentsReviewedAt: '2026-03-02T10:00:00Z',
      openedWithWhatsChangedAt: '2026-03-02T10:05:00Z',
    });
  });

  it('reads a record that moved on meanwhile and records the step on top of the other change', async () => {
    const store = conversations();
    const stale = store.bump('conv-1', {});
    store.bump('conv-1', { previousCommitmentsReviewedAt: 'other tab' });
    const saved = await recordReviewStep(store, {
      existing: stale,
      step: 'openedWithWhatsChangedAt',
      at: '2026-03-02T10:05:00Z',
    });
    expect(saved.fields).toEqual({
      previousCommitmentsReviewedAt: 'other tab',
      openedWithWhatsChangedAt: '2026-03-02T10:05:00Z',
    });
  });
});
