import { describe, expect, it } from 'vitest';
import {
  auditEntry,
  authorize,
  isAuditable,
  refusalHour,
  refusalOf,
} from '../../../src/domain/access';
import type { AccessRequest } from '../../../src/domain/access';
import { Temporal } from '../../../src/domain';

const request = (callerId: string, overrides: Partial<AccessRequest> = {}): AccessRequest => ({
  caller: { userId: callerId, isHrAdmin: false },
  action: 'conversation.read',
  subjectId: 'report-ana',
  relationship: { currentManagerId: 'manager-bo', formerManagerIds: [], historyConsent: [] },
  record: { id: 'conv-7', heldByManagerId: 'manager-bo', createdAt: '2026-03-01T10:00:00Z' },
  now: Temporal.Instant.from('2026-05-04T09:30:00.123Z'),
  ...overrides,
});

describe('audit trail', () => {
  it('records who read whose data, when, on what basis, and which record', () => {
    const req = request('manager-bo');
    expect(auditEntry(req, authorize(req))).toEqual({
      at: '2026-05-04T09:30:00Z',
      actorId: 'manager-bo',
      subjectId: 'report-ana',
      action: 'conversation.read',
      recordId: 'conv-7',
      outcome: 'allowed',
      basis: 'current-manager',
    });
  });

  it('records a refusal with its reason and no message text', () => {
    const req = request('stranger-eli');
    const entry = auditEntry(req, authorize(req));
    expect(entry).toMatchObject({ outcome: 'denied', reason: 'not-your-report' });
    expect(entry).not.toHaveProperty('message');
  });

  it('records an allowed operation that then failed as failed', () => {
    const req = request('manager-bo', { action: 'conversation.write' });
    expect(auditEntry(req, authorize(req), 'failed')).toMatchObject({
      outcome: 'failed',
      basis: 'current-manager',
    });
  });

  it('audits every access to another person’s data; not own reads, not refusals', () => {
    const byManager = request('manager-bo');
    const ownRead = request('report-ana');
    const ownRefused = request('report-ana', { action: 'contract.create-version' });
    const byStranger = request('peer-cy');
    expect(isAuditable(byManager, authorize(byManager))).toBe(true);
    expect(isAuditable(ownRead, authorize(ownRead))).toBe(false);
    // Refusals are counted in the security log instead, so they cannot flood anyone's trail.
    expect(isAuditable(ownRefused, authorize(ownRefused))).toBe(false);
    expect(isAuditable(byStranger, authorize(byStranger))).toBe(false);
  });

  it('counts a refusal in the hour it happened, with ids and codes only', () => {
    const req = request('peer-cy', { now: Temporal.Instant.from('2026-05-20T10:59:59.900Z') });
    const decision = authorize(req);
    if (decision.allowed) throw new Error('a stranger was allowed');
    const refusal = refusalOf(req, decision.reason);
    expect(refusal).toEqual({
      at: '2026-05-20T10:59:59Z',
      actorId: 'peer-cy',
      subjectId: 'report-ana',
      action: 'conversation.read',
      reason: 'not-your-report',
    });
    expect(refusalHour(refusal.at)).toBe('2026-05-20T10:00:00Z');
  });
});
