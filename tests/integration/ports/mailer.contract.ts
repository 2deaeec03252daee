import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attendee, Mailer, OutgoingMail } from '../../../src/app/ports';
import { uniqueKey } from './contract-helpers';

export interface MailerFixture {
  mailer: Mailer;
  recipient: Attendee;
  /** How many messages with this subject the recipient has received so far. */
  received(subject: string): Promise<number>;
  /** Now, as the mail server sees it. */
  now(): Promise<string>;
  /** Lets the mail server's clock pass the instant (deferred delivery falls due). */
  passTime(toAfter: string): Promise<void>;
  close?: () => Promise<void>;
}

/** What every Mailer must do, whatever sits behind it. */
export function describeMailerContract(name: string, setup: () => Promise<MailerFixture>): void {
  describe(`Mailer contract: ${name}`, () => {
    let f: MailerFixture;
    const mail = (extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
      to: [f.recipient],
      subject: `Before our career conversation ${uniqueKey('s')}`,
      html: '<p>It might help to spend a few minutes thinking about what energises you.</p>',
      idempotencyKey: uniqueKey('mail'),
      ...extra,
    });
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => {
      await f.close?.();
    });

    it('delivers a message to the recipient', async () => {
      const message = mail();
      const sent = await f.mailer.send(message);
      expect(sent.id).not.toBe('');
      expect(sent.deliverAt).toBeUndefined();
      expect(await f.received(message.subject)).toBe(1);
    });

    it('delivers once per idempotency key, however often send is repeated', async () => {
      const message = mail();
      const first = await f.mailer.send(message);
      const again = await f.mailer.send(message);
      expect(again.id).toBe(first.id);
      expect(await f.received(message.subject)).toBe(1);
    });

    it('holds a deferred message until its time, then delivers it once', async () => {
      const now = Date.parse(await f.now());
      const deliverAt = new Date(now + 30 * 60_000).toISOString().slice(0, 19) + 'Z';
      const message = mail({ deliverAt });
      const sent = await f.mailer.send(message);
      expect(sent.deliverAt).toBe(deliverAt);
      expect(await f.mailer.send(message)).toEqual(sent);
      expect(await f.received(message.subject)).toBe(0);
      await f.passTime(deliverAt);
      await f.mailer.send(message);
      expect(await f.received(message.subject)).toBe(1);
    });

    it('recalls a deferred message before its time, so it never arrives', async () => {
      const now = Date.parse(await f.now());
      const deliverAt = new Date(now + 5 * 60_000).toISOString().slice(0, 19) + 'Z';
      const message = mail({ deliverAt });
      const sent = await f.mailer.send(message);
      expect(await f.mailer.recall(sent.id)).toBe('recalled');
      expect(await f.mailer.recall(sent.id)).toBe('gone');
      await f.passTime(deliverAt);
      expect(await f.received(message.subject)).toBe(0);
    });

    it('says a message already delivered is too late to recall, and leaves it', async () => {
      const now = Date.parse(await f.now());
      const deliverAt = new Date(now + 5 * 60_000).toISOString().slice(0, 19) + 'Z';
      const message = mail({ deliverAt });
      const sent = await f.mailer.send(message);
      await f.passTime(deliverAt);
      expect(await f.received(message.subject)).toBe(1);
      expect(await f.mailer.recall(sent.id)).toBe('delivered');
      expect(await f.received(message.subject)).toBe(1);
    });
  });
}
