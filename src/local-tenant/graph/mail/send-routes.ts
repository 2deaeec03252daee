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
import { graphBodyError } from '../collections';
import { composeMessage } from './compose';
import { checkRecipients, deliverDueMessages, sendNew, submitDraft } from './delivery';
import { findMessage, mailSlice } from './mail-state';
import { MAIL_SEND, resolveMailbox } from './mailbox-access';
import { readSendMailInput } from './message-input';
import { itemNotFound, lookupMessage, type MailPath } from './message-routes';

export async function sendDraft(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const found = lookupMessage(ctx, req, path, id, MAIL_SEND);
  if (!found.ok) return found.reply;
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
  const recipients = checkRecipients(message);
  if (!recipients.ok) return graphError(400, 'ErrorInvalidRecipients', recipients.message);
  submitDraft(ctx, message);
  return empty(202);
}

export async function sendMail(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const target = resolveMailbox(ctx, req, path.user, MAIL_SEND);
  if (!target.ok) return target.reply;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const input = readSendMailInput(body.value);
  if (!input.ok) return input.reply;
  const message = composeMessage(ctx, target.owner, input.value.message, 'sentitems');
  const recipients = checkRecipients(message);
  if (!recipients.ok) return graphError(400, 'ErrorInvalidRecipients', recipients.message);
  sendNew(ctx, message, input.value.saveToSentItems);
  return empty(202);
}
