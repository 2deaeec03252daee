import type { IsoDate, IsoInstant } from '../../domain';
import type { Attendee } from './calendar';

export interface OutgoingMail {
  to: readonly Attendee[];
  subject: string;
  /** HTML with all user text escaped. */
  html: string;
  /** Held back by the mail server and delivered at this time (deferred delivery). */
  deliverAt?: IsoInstant;
  /** Same key, one message: a retried send never mails twice. */
  idempotencyKey: string;
}

export interface SentMail {
  /** The message's id in the sender's mailbox. */
  id: string;
  deliverAt?: IsoInstant;
}

/**
 * What became of a deferred message asked back: taken out before delivery, already delivered
 * (too late to recall), or no longer there (deleted in Outlook, or recalled before a retry).
 */
export type RecallOutcome = 'recalled' | 'delivered' | 'gone';

/** Mail from the signed-in person's own mailbox. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SentMail>;
  /** Takes a message sent with `deliverAt` back before the mail server delivers it. */
  recall(id: string): Promise<RecallOutcome>;
}

/** A one-on-one Teams chat message from the signed-in person. */
export interface Chat {
  sendDirect(
    toUserId: string,
    html: string,
    idempotencyKey: string,
  ): Promise<{ chatId: string; messageId: string }>;
}

export interface NewTask {
  title: string;
  due: IsoDate;
  /** Plain text. */
  body: string;
  idempotencyKey: string;
}

/** The signed-in person's To Do tasks. */
export interface Tasks {
  createTask(task: NewTask): Promise<{ id: string }>;
  completeTask(id: string): Promise<void>;
}
