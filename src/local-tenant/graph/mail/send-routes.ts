/**
 * Sending: message: send (a draft) and user: sendMail (a new message). Both answer 202 with no
 * body; delivery happens in the tenant at once or, for a draft with PR_DEFERRED_SEND_TIME ahead,
 * when the tenant clock reaches it.
 * https://learn.microsoft.com/en-us/graph/api/message-send
 * https://learn.microsoft.com/en-us/graph/api/user-sendmail
 */
import type { TenantContext } from '../../core/context';
import { empty, graphError, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { parsedBody, resolveThen } from '../route-helper';
import { composeMessage } from './compose';
import { checkRecipients, deliverDueMessages, sendNew, submitDraft } from './delivery';
import { findMessage, mailSlice, type StoredMessage } from './mail-state';
import { MAIL_SEND, mailbox } from './mailbox-access';
import { readSendMailInput } from './message-input';
import { itemNotFound, messageAt, type MailPath } from './message-routes';

export function sendDraft(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Promise<Reply> {
  deliverDueMessages(ctx);
  return resolveThen(req, { found: messageAt(ctx, path, id, MAIL_SEND) }, async ({ found }) => {
    // Graph ignores a body here; read it so the connection is drained.
    await req.readText();
    const message = findMessage(mailSlice(ctx).get(), found.ownerId, id);
    if (!message) return itemNotFound();
    if (!message.isDraft || message.submittedDateTime !== null) {
      return graphError(
        400,
        'ErrorInvalidOperation',
        'The item has already been sent and cannot be sent again.',
      );
    }
    return checkedThen(message, () => {
      submitDraft(ctx, message);
    });
  });
}

/** Refuses a message with a recipient Exchange cannot resolve; otherwise sends it: 202. */
function checkedThen(message: StoredMessage, send: () => void): Reply {
  const recipients = checkRecipients(message);
  if (!recipients.ok) return graphError(400, 'ErrorInvalidRecipients', recipients.message);
  send();
  return empty(202);
}

export function sendMail(ctx: TenantContext, req: GraphRequest, path: MailPath): Promise<Reply> {
  deliverDueMessages(ctx);
  const steps = {
    owner: mailbox(ctx, path.user, MAIL_SEND),
    input: parsedBody(readSendMailInput),
  };
  return resolveThen(req, steps, ({ owner, input }) => {
    const message = composeMessage(ctx, owner, input.message, 'sentitems');
    return checkedThen(message, () => {
      sendNew(ctx, message, input.saveToSentItems ? 'keep' : 'discard');
    });
  });
}
