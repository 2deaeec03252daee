/**
 * Outlook mail in Microsoft Graph v1.0: messages, mail folders, send and sendMail, with delivery
 * between the tenant's mailboxes and deferred delivery (PR_DEFERRED_SEND_TIME).
 * https://learn.microsoft.com/en-us/graph/api/resources/mail-api-overview
 */
import type { TenantFeature } from '../../core/context';
import type { GraphRequest } from '../../core/router';
import { deliverDueMessages } from './delivery';
import { getFolder, listFolders } from './folder-routes';
import { seedMail } from './mail-seed';
import { mailboxControl } from './mailbox-view';
import {
  createMessage,
  deleteMessage,
  getMessage,
  listMessages,
  updateMessage,
  type MailPath,
} from './message-routes';
import { sendDraft, sendMail } from './send-routes';

/** `/me` and `/users/{user}` prefixes; `user` undefined means the signed-in user. */
const MAILBOXES: { prefix: string; user: (req: GraphRequest) => string | undefined }[] = [
  { prefix: '/me', user: () => undefined },
  { prefix: '/users/{user}', user: (req) => req.params.user },
];

export const mailFeature: TenantFeature = {
  name: 'mail',
  register(routes, ctx) {
    // Scheduled messages fall due when the tenant clock moves, not only on requests.
    ctx.clock.onChange(() => {
      deliverDueMessages(ctx);
    });
    for (const { prefix, user } of MAILBOXES) {
      const at = (req: GraphRequest): MailPath => ({ user: user(req), folder: undefined });
      /** `/mailFolders/{folder}/…`: the same routes, inside one folder. */
      const inFolder = (req: GraphRequest): MailPath => ({
        user: user(req),
        folder: req.params.folder,
      });
      const id = (req: GraphRequest): string => req.params.id ?? '';
      routes.graph('GET', `${prefix}/messages`, (req) => listMessages(ctx, req, at(req)));
      routes.graph('POST', `${prefix}/messages`, (req) => createMessage(ctx, req, at(req)));
      routes.graph('GET', `${prefix}/messages/{id}`, (req) =>
        getMessage(ctx, req, at(req), id(req)),
      );
      routes.graph('PATCH', `${prefix}/messages/{id}`, (req) =>
        updateMessage(ctx, req, at(req), id(req)),
      );
      routes.graph('DELETE', `${prefix}/messages/{id}`, (req) =>
        deleteMessage(ctx, req, at(req), id(req)),
      );
      for (const action of ['send', 'microsoft.graph.send']) {
        routes.graph('POST', `${prefix}/messages/{id}/${action}`, (req) =>
          sendDraft(ctx, req, at(req), id(req)),
        );
        routes.graph('POST', `${prefix}/mailFolders/{folder}/messages/{id}/${action}`, (req) =>
          sendDraft(ctx, req, inFolder(req), id(req)),
        );
      }
      for (const action of ['sendMail', 'microsoft.graph.sendMail']) {
        routes.graph('POST', `${prefix}/${action}`, (req) => sendMail(ctx, req, at(req)));
      }
      routes.graph('GET', `${prefix}/mailFolders`, (req) => listFolders(ctx, req, at(req)));
      routes.graph('GET', `${prefix}/mailFolders/{folder}`, (req) =>
        getFolder(ctx, req, inFolder(req)),
      );
      routes.graph('GET', `${prefix}/mailFolders/{folder}/messages`, (req) =>
        listMessages(ctx, req, inFolder(req)),
      );
      routes.graph('POST', `${prefix}/mailFolders/{folder}/messages`, (req) =>
        createMessage(ctx, req, inFolder(req)),
      );
      routes.graph('GET', `${prefix}/mailFolders/{folder}/messages/{id}`, (req) =>
        getMessage(ctx, req, inFolder(req), id(req)),
      );
      routes.graph('PATCH', `${prefix}/mailFolders/{folder}/messages/{id}`, (req) =>
        updateMessage(ctx, req, inFolder(req), id(req)),
      );
      routes.graph('DELETE', `${prefix}/mailFolders/{folder}/messages/{id}`, (req) =>
        deleteMessage(ctx, req, inFolder(req), id(req)),
      );
    }
    routes.route('GET', '/_local/mailboxes/{user}', (req) => mailboxControl(ctx, req));
  },
  seed: seedMail,
};
