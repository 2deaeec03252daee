import { describe, expect, it, vi } from 'vitest';
import { MemoryChat, MemoryMailer } from '../../../src/adapters/memory/memory-messaging';
import type { PromptDelivery } from '../../../src/domain';
import { scriptById } from '../../../src/domain';
import { Temporal } from '../../../src/domain/time/temporal';
import {
  planReflectionPrompt,
  queueReflectionPrompt,
} from '../../../src/app/my-365/prompt/queue-reflection-prompt';
import { HOURS, NOW, PEOPLE, ZONE } from './booking-fixtures';

function ports() {
  const mailer = new MemoryMailer();
  const chat = new MemoryChat();
  const recorded: PromptDelivery[] = [];
  const recordPrompt = vi.fn((prompt: PromptDelivery) => {
    recorded.push(prompt);
    return Promise.resolve();
  });
  return { mailer, chat, recordPrompt, recorded };
}

const base = {
  ...PEOPLE,
  zone: ZONE,
  reportHours: HOURS,
  now: NOW,
  // Thursday 11 March, 15:00 UTC (09:00 in Mexico City).
  firstSessionStart: '2027-03-11T15:00:00Z',
};

describe('the reflection prompt by mail', () => {
  it('is held by the mail server until 09:00 in the report’s zone, three working days before', async () => {
    const p = ports();
    const result = await queueReflectionPrompt(p, { ...base, channel: 'mail', key: 'p1' });
    // Monday 8 March, 09:00 in Mexico City.
    const deliverAt = '2027-03-08T15:00:00Z';
    expect(result).toEqual({
      ok: true,
      // The held message's id is kept, so a move or a cancel can take it back.
      prompt: {
        channel: 'mail',
        deliverAt,
        queuedAt: '2027-03-01T08:00:00Z',
        messageId: 'message-1',
      },
    });
    expect(p.mailer.sent).toHaveLength(1);
    expect(p.mailer.sent[0]).toMatchObject({
      to: [{ email: PEOPLE.report.mail, name: PEOPLE.report.displayName }],
      subject: 'Something to think about before our career conversation',
      deliverAt,
    });
    expect(p.mailer.sent[0]?.html).toContain('what energises you most about your work');
    expect(p.mailer.receivedBy(PEOPLE.report.mail, '2027-03-05T00:00:00Z')).toEqual([]);
    expect(p.mailer.receivedBy(PEOPLE.report.mail, '2027-03-08T15:00:01Z')).toHaveLength(1);
    expect(p.recorded).toEqual([
      { channel: 'mail', deliverAt, queuedAt: '2027-03-01T08:00:00Z', messageId: 'message-1' },
    ]);
  });

  it('goes at the next working moment, with a warning, when the conversation is close', () => {
    const plan = planReflectionPrompt({ ...base, firstSessionStart: '2027-03-02T16:00:00Z' });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.onTime).toBe(false);
    // Monday 1 March, 09:00 in Mexico City is the first working moment after 08:00 London.
    expect(plan.mailDeliverAt).toBe('2027-03-01T15:00:00Z');
    expect(plan.warnings[0]).toMatch(/less than 3 working days away/);
  });

  it('sends at once (no deferral) when the planned time has already come', async () => {
    const p = ports();
    const now = Temporal.Instant.from('2027-03-08T15:30:00Z');
    const result = await queueReflectionPrompt(p, {
      ...base,
      now,
      firstSessionStart: '2027-03-08T16:00:00Z',
      channel: 'mail',
      key: 'p2',
    });
    expect(p.mailer.sent[0]?.deliverAt).toBeUndefined();
    expect(result.ok && result.prompt.deliverAt).toBe('2027-03-08T15:30:00Z');
  });

  it('uses the manager’s wording, escaped, and never sends twice for one key', async () => {
    const p = ports();
    const input = {
      ...base,
      wording: 'Think about <what> you enjoy.',
      channel: 'mail' as const,
      key: 'p3',
    };
    await queueReflectionPrompt(p, input);
    await queueReflectionPrompt(p, input);
    expect(p.mailer.sent).toHaveLength(1);
    expect(p.mailer.sent[0]?.html).toContain('Think about &lt;what&gt; you enjoy.');
    expect(p.mailer.sent[0]?.html).not.toContain(scriptById('reflection-prompt').text);
  });
});

describe('the reflection prompt in Teams chat', () => {
  it('is posted now (a chat cannot be scheduled) and recorded as delivered now', async () => {
    const p = ports();
    const result = await queueReflectionPrompt(p, { ...base, channel: 'chat', key: 'c1' });
    expect(p.chat.messages).toHaveLength(1);
    expect(p.chat.messages[0]?.toUserId).toBe(PEOPLE.report.id);
    expect(p.mailer.sent).toEqual([]);
    expect(result.ok && result.prompt).toEqual({
      channel: 'chat',
      deliverAt: '2027-03-01T08:00:00Z',
      queuedAt: '2027-03-01T08:00:00Z',
    });
  });

  it('records nothing when the send fails, so the manager can retry', async () => {
    const p = ports();
    p.chat.failures.failNext('unavailable');
    await expect(
      queueReflectionPrompt(p, { ...base, channel: 'chat', key: 'c2' }),
    ).rejects.toThrow();
    expect(p.recordPrompt).not.toHaveBeenCalled();
  });
});
