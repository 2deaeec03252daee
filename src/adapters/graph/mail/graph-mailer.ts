import { z } from 'zod/mini';
import type { Mailer, OutgoingMail, RecallOutcome, SentMail } from '../../../app/ports';
import { isPortError } from '../../../app/ports';
import { GraphRequestError, odataString, segment, type GraphClient } from '../client';
import { SCOPES } from '../shared/scopes';

/**
 * A named string property that carries the idempotency key on the draft. The GUID is this
 * product's property set; Exchange indexes the value so the key can be found with $filter.
 */
export const IDEMPOTENCY_PROPERTY =
  'String {6b3f2c1e-8d4a-4f7b-9c2e-5a1d0e3b7f48} Name CareerConversationsIdempotencyKey';
/** PR_DEFERRED_SEND_TIME: Exchange holds the message until then (deferred delivery). */
export const DEFERRED_SEND_PROPERTY = 'SystemTime 0x3FEF';

/** Ids that survive the move from Drafts to Sent Items, so the id we return stays valid. */
const IMMUTABLE_IDS = { Prefer: 'IdType="ImmutableId"' };

const messageRef = z.object({
  id: z.string().check(z.minLength(1)),
  isDraft: z.catch(z.nullish(z.boolean()), null),
});
const heldRef = z.extend(messageRef, { parentFolderId: z.catch(z.nullish(z.string()), null) });

function isAlreadySent(error: unknown): boolean {
  return (
    isPortError(error, 'invalid') &&
    error.cause instanceof GraphRequestError &&
    error.cause.code === 'ErrorInvalidOperation'
  );
}

/**
 * Sends mail from the signed-in person's mailbox exactly once per idempotency key: the draft
 * carries the key, a send first looks the key up, and only a key never seen creates a draft.
 * One draft can be sent only once, so a repeated /send (after a lost answer) cannot deliver a
 * second copy.
 */
export class GraphMailer implements Mailer {
  constructor(private readonly graph: GraphClient) {}

  async send(mail: OutgoingMail): Promise<SentMail> {
    const result = (id: string): SentMail => ({
      id,
      ...(mail.deliverAt ? { deliverAt: mail.deliverAt } : {}),
    });
    const existing = await this.findByKey(mail.idempotencyKey);
    if (existing && existing.isDraft === false) return result(existing.id);
    const draftId = existing?.id ?? (await this.createDraft(mail));
    try {
      await this.graph.send({
        method: 'POST',
        path: `/me/messages/${segment(draftId)}/send`,
        headers: IMMUTABLE_IDS,
        scopes: SCOPES.mailSend,
      });
    } catch (error) {
      // A deferred message waits in Drafts after its /send; Exchange refuses to send it again.
      if (isAlreadySent(error)) return result(draftId);
      // A lost answer to an earlier /send: the draft is gone from Drafts because it went out.
      if (!isPortError(error, 'not-found')) throw error;
      const after = await this.findByKey(mail.idempotencyKey);
      if (after?.isDraft !== false) throw error;
    }
    return result(draftId);
  }

  /**
   * Exchange keeps a deferred message in Drafts (still `isDraft`) until its send time; deleting
   * it there means it is never sent (message-delete moves it to Deleted Items:
   * https://learn.microsoft.com/en-us/graph/api/message-delete). Once delivered it sits in Sent
   * Items with `isDraft` false, and the recipient's copy is beyond recall, so it is left alone.
   */
  async recall(id: string): Promise<RecallOutcome> {
    const path = `/me/messages/${segment(id)}`;
    try {
      const [message, deleted] = await Promise.all([
        this.graph.json(
          {
            method: 'GET',
            path,
            headers: IMMUTABLE_IDS,
            query: { $select: 'id,isDraft,parentFolderId' },
            scopes: SCOPES.mailDraft,
          },
          heldRef,
        ),
        // An immutable id still finds the message in Deleted Items: recalled before, not held.
        this.graph.json(
          {
            method: 'GET',
            path: '/me/mailFolders/deleteditems',
            query: { $select: 'id' },
            scopes: SCOPES.mailDraft,
          },
          z.object({ id: z.string() }),
        ),
      ]);
      if (message.parentFolderId === deleted.id) return 'gone';
      if (message.isDraft !== true) return 'delivered';
      await this.graph.send({
        method: 'DELETE',
        path,
        headers: IMMUTABLE_IDS,
        scopes: SCOPES.mailDraft,
      });
      return 'recalled';
    } catch (error) {
      // Deleted in Outlook, or recalled by an earlier attempt whose answer was lost.
      if (isPortError(error, 'not-found')) return 'gone';
      throw error;
    }
  }

  private async findByKey(key: string): Promise<z.infer<typeof messageRef> | undefined> {
    const filter =
      `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(IDEMPOTENCY_PROPERTY)}` +
      ` and ep/value eq ${odataString(key)})`;
    const found = await this.graph.json(
      {
        method: 'GET',
        path: '/me/messages',
        headers: IMMUTABLE_IDS,
        query: { $filter: filter, $select: 'id,isDraft', $top: 10 },
        scopes: SCOPES.mailDraft,
      },
      z.object({ value: z.catch(z.array(z.catch(messageRef, { id: '', isDraft: null })), []) }),
    );
    const messages = found.value.filter((m) => m.id !== '');
    // A sent copy wins over a leftover draft, so a retry never sends a second one.
    return messages.find((m) => m.isDraft === false) ?? messages[0];
  }

  private async createDraft(mail: OutgoingMail): Promise<string> {
    const properties = [
      { id: IDEMPOTENCY_PROPERTY, value: mail.idempotencyKey },
      ...(mail.deliverAt ? [{ id: DEFERRED_SEND_PROPERTY, value: mail.deliverAt }] : []),
    ];
    const draft = await this.graph.json(
      {
        method: 'POST',
        path: '/me/messages',
        headers: IMMUTABLE_IDS,
        body: {
          subject: mail.subject,
          body: { contentType: 'HTML', content: mail.html },
          toRecipients: mail.to.map((to) => ({
            emailAddress: { address: to.email, name: to.name },
          })),
          singleValueExtendedProperties: properties,
        },
        scopes: SCOPES.mailDraft,
      },
      messageRef,
    );
    return draft.id;
  }
}

export function createGraphMailer(graph: GraphClient): Mailer {
  return new GraphMailer(graph);
}
