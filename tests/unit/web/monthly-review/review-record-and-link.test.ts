import { describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../../../../src/adapters/career-api/career-api-client';
import { Temporal } from '../../../../src/domain';
import { linkTargetFor } from '../../../../src/web/features/contract-editor/link-target';
import { dateFormatFor } from '../../../../src/web/shared/date-format';
import { ongoingReview, previousReview } from '../../../../src/web/data/review-record';
import { aConversation, anEvent } from '../../builders';

const NOW = Temporal.Instant.from('2026-03-02T10:00:00Z');
const ZONE = 'Europe/London';
const FORMAT = dateFormatFor('en-GB', ZONE);

const record = (overrides: Partial<ConversationRecord>): ConversationRecord => ({
  ...aConversation(),
  etag: 'etag',
  ...overrides,
});

describe('which review record is this month’s review', () => {
  it('is a review held today (or later by the server’s clock), not last month’s', () => {
    const old = record({
      id: 'old',
      kind: 'review',
      state: 'held',
      heldAt: '2026-02-01T10:00:00Z',
    });
    const today = record({
      id: 'today',
      kind: 'review',
      state: 'held',
      heldAt: '2026-03-02T09:00:00Z',
    });
    const full = record({
      id: 'full',
      kind: 'full',
      state: 'held',
      heldAt: '2026-03-02T09:30:00Z',
    });
    expect(ongoingReview([old, full], NOW, ZONE)).toBeUndefined();
    expect(ongoingReview([old, today, full], NOW, ZONE)?.id).toBe('today');
    expect(previousReview([old, today, full], today)?.id).toBe('old');
  });
});

describe('which conversation a new version is agreed in', () => {
  const review = record({
    id: 'rev',
    kind: 'review',
    state: 'held',
    heldAt: '2026-03-02T09:00:00Z',
  });

  it('links a monthly-review update to the review, anything else to the conversation under way', () => {
    const held = record({
      id: 'full',
      kind: 'full',
      state: 'held',
      heldAt: '2026-03-02T08:00:00Z',
    });
    expect(linkTargetFor([review, held], 'monthly-review', NOW, FORMAT)?.id).toBe('rev');
    expect(linkTargetFor([review, held], 'quarterly-update', NOW, FORMAT)).toMatchObject({
      id: 'full',
      etag: 'etag',
      label: expect.stringMatching(/^the career conversation \(full\) of /) as unknown,
    });
  });

  it('does not link to a conversation booked for later, unless it is visibly under way', () => {
    const later = record({ id: 'later', kind: 'full', event: anEvent('2026-03-09') });
    expect(linkTargetFor([later], 'initial', NOW, FORMAT)).toBeUndefined();
    const begun = { ...later, phasesReached: ['where-now' as const] };
    expect(linkTargetFor([begun], 'initial', NOW, FORMAT)?.id).toBe('later');
    const started = record({ id: 'now', kind: 'full', event: anEvent('2026-03-02T09:30:00Z') });
    expect(linkTargetFor([started], 'initial', NOW, FORMAT)?.id).toBe('now');
  });
});
