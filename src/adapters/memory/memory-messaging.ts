import type { Chat, Mailer, OutgoingMail, RecallOutcome, SentMail } from '../../app/ports';
import { FailureSwitch } from './memory-failure-switch';

export interface MemoryMessage extends OutgoingMail {
  id: string;
  /** Set when it was recalled before delivery: it never arrives. */
  recalled?: boolean;
}

/** Mail in memory: one message per idempotency key, kept in `sent` for tests to read. */
export class MemoryMailer implements Mailer {
  readonly failures = new FailureSwitch<'send' | 'recall'>();
  private readonly messages: MemoryMessage[] = [];
  /** The mail server's clock: a deferred message is delivered once it passes `deliverAt`. */
  now: string | undefined;

  get sent(): readonly MemoryMessage[] {
    return this.messages;
  }

  /** What one person received (deferred messages count once their time has come). */
  receivedBy(email: string, now?: string): MemoryMessage[] {
    return this.messages.filter(
      (m) =>
        m.recalled !== true &&
        m.to.some((to) => to.email.toLowerCase() === email.toLowerCase()) &&
        (m.deliverAt === undefined || now === undefined || m.deliverAt <= now),
    );
  }

  send(mail: OutgoingMail): Promise<SentMail> {
    return this.failures.run('send', () => {
      let message = this.messages.find((m) => m.idempotencyKey === mail.idempotencyKey);
      if (!message) {
        message = { ...structuredClone(mail), id: `message-${String(this.messages.length + 1)}` };
        this.messages.push(message);
      }
      return { id: message.id, ...(message.deliverAt ? { deliverAt: message.deliverAt } : {}) };
    });
  }

  recall(id: string): Promise<RecallOutcome> {
    return this.failures.run('recall', (): RecallOutcome => {
      const message = this.messages.find((m) => m.id === id);
      if (!message || message.recalled === true) return 'gone';
      const held =
        message.deliverAt !== undefined && (this.now === undefined || message.deliverAt > this.now);
      if (!held) return 'delivered';
      message.recalled = true;
      return 'recalled';
    });
  }
}

export interface MemoryChatMessage {
  chatId: string;
  messageId: string;
  toUserId: string;
  html: string;
  idempotencyKey: string;
}

/**
 * One-on-one chats in memory: one chat per person, one message per idempotency key. (The Graph
 * adapter can only approximate the key by recent identical text; this fake is exact.)
 */
export class MemoryChat implements Chat {
  readonly failures = new FailureSwitch<'sendDirect'>();
  private readonly posted: MemoryChatMessage[] = [];

  get messages(): readonly MemoryChatMessage[] {
    return this.posted;
  }

  sendDirect(
    toUserId: string,
    html: string,
    idempotencyKey: string,
  ): Promise<{ chatId: string; messageId: string }> {
    return this.failures.run('sendDirect', () => {
      const earlier = this.posted.find((m) => m.idempotencyKey === idempotencyKey);
      if (earlier) return { chatId: earlier.chatId, messageId: earlier.messageId };
      const message: MemoryChatMessage = {
        chatId: `chat-${toUserId}`,
        messageId: `chat-message-${String(this.posted.length + 1)}`,
        toUserId,
        html,
        idempotencyKey,
      };
      this.posted.push(message);
      return { chatId: message.chatId, messageId: message.messageId };
    });
  }
}

export const createMemoryMailer = (): MemoryMailer => new MemoryMailer();
export const createMemoryChat = (): MemoryChat => new MemoryChat();
