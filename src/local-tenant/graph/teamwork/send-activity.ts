/**
 * `POST /users/{id | userPrincipalName}/teamwork/sendActivityNotification`, as strict as Graph:
 * TeamsActivity.Send (delegated or application), a recipient who has the calling app's Teams
 * app installed, an activity type the app's manifest declares (or `systemDefault`), template
 * parameters that fill exactly the template's, and a topic that is either a Graph URL
 * (`entityUrl`) or text with a `webUrl`. 204 No Content on success.
 * https://learn.microsoft.com/en-us/graph/api/userteamwork-sendactivitynotification
 * https://learn.microsoft.com/en-us/graph/api/resources/teamworkactivitytopic
 */
import { z } from 'zod';
import type { TenantContext } from '../../core/context';
import { empty, graphError, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { findUser } from '../../entra/lookups';
import type { PermissionRule } from '../auth';
import { requireChatPermission } from '../chat/chat-access';
import { graphBodyError } from '../collections';
import { teamworkSlice, type CatalogApp } from './teamwork-state';

const SEND: PermissionRule = {
  delegated: ['TeamsActivity.Send'],
  application: ['TeamsActivity.Send'],
};
/** Teams shows the first 150 characters of the preview. */
const PREVIEW_MAX = 150;
const SYSTEM_DEFAULT = 'systemDefault';

const bodySchema = z.object({
  topic: z.object({
    source: z.enum(['entityUrl', 'text']),
    value: z.string().min(1),
    webUrl: z.string().optional(),
  }),
  activityType: z.string().min(1),
  chainId: z.number().int().optional(),
  previewText: z.object({ content: z.string(), contentType: z.string().optional() }).optional(),
  teamsAppId: z.string().optional(),
  templateParameters: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
});

const badRequest = (message: string): Reply => graphError(400, 'BadRequest', message);

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The template's `{name}` parameters; `{actor}` is filled by Teams, not the caller. */
function templateNames(templateText: string): string[] {
  return [...templateText.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => name !== 'actor');
}

function checkTopic(
  ctx: TenantContext,
  topic: z.infer<typeof bodySchema>['topic'],
): string | undefined {
  if (topic.source === 'text') {
    if (!topic.webUrl) return "webUrl is required when the topic source is 'text'.";
    if (!isHttps(topic.webUrl)) return 'The topic webUrl must be an absolute https address.';
    return undefined;
  }
  const graphBases = [
    ctx.urls.graph,
    'https://graph.microsoft.com/v1.0',
    'https://graph.microsoft.com/beta',
  ];
  if (!graphBases.some((base) => topic.value.startsWith(`${base}/`))) {
    return "The topic value must be a Microsoft Graph URL when the source is 'entityUrl'.";
  }
  if (topic.webUrl !== undefined && !isHttps(topic.webUrl)) {
    return 'The topic webUrl must be an absolute https address.';
  }
  return undefined;
}

/** The app the caller may notify through: its Entra app id is the Teams app's, and it is installed. */
function installedApp(
  ctx: TenantContext,
  userId: string,
  callerAppId: string,
  teamsAppId: string | undefined,
): CatalogApp | Reply {
  const data = teamworkSlice(ctx).get();
  const candidates = data.catalog.filter(
    (app) =>
      app.azureAdAppId.toLowerCase() === callerAppId.toLowerCase() &&
      (teamsAppId === undefined || app.teamsAppId === teamsAppId),
  );
  const installed = candidates.find((app) =>
    data.installations.some((i) => i.userId === userId && i.teamsAppId === app.teamsAppId),
  );
  if (installed) return installed;
  return graphError(
    403,
    'Forbidden',
    `The Teams app for the calling application '${callerAppId}' is not installed for the recipient user '${userId}'. Install it in the user's personal scope first.`,
  );
}

export async function sendActivityNotification(
  ctx: TenantContext,
  req: GraphRequest,
  userKey: string,
): Promise<Reply> {
  // Teams' own 403 body, naming the permission it wanted, as for chats.
  const denied = requireChatPermission(req, SEND);
  if (denied) return denied;
  const user = findUser(ctx.store.state, decodeURIComponent(userKey));
  if (!user) return graphError(404, 'NotFound', `User '${userKey}' was not found.`);
  const read = await req.readJson();
  if (!read.ok) return graphBodyError(read);
  const parsed = bodySchema.safeParse(read.value);
  if (!parsed.success) {
    return badRequest(`Invalid request body: ${z.prettifyError(parsed.error)}`);
  }
  const body = parsed.data;
  const topicProblem = checkTopic(ctx, body.topic);
  if (topicProblem) return badRequest(topicProblem);
  if (req.caller.kind === 'delegated' && req.caller.userId === user.id) {
    return badRequest('A user cannot send an activity notification to themselves.');
  }
  const app = installedApp(ctx, user.id, req.caller.appId, body.teamsAppId);
  if ('kind' in app) return app;
  const parameters = new Map((body.templateParameters ?? []).map((p) => [p.name, p.value]));
  let text: string;
  if (body.activityType === SYSTEM_DEFAULT) {
    const free = parameters.get('systemDefaultText');
    if (!free)
      return badRequest(
        "The 'systemDefault' activity type needs the 'systemDefaultText' template parameter.",
      );
    text = free;
  } else {
    const declared = app.activityTypes.find((type) => type.type === body.activityType);
    if (!declared) {
      return badRequest(
        `Activity type '${body.activityType}' is not declared in the Teams app manifest of app '${app.teamsAppId}'.`,
      );
    }
    const wanted = templateNames(declared.templateText);
    const missing = wanted.filter((name) => !parameters.has(name));
    const extra = [...parameters.keys()].filter((name) => !wanted.includes(name));
    if (missing.length > 0 || extra.length > 0) {
      return badRequest(
        `Template parameters do not match activity type '${body.activityType}': missing [${missing.join(', ')}], unexpected [${extra.join(', ')}].`,
      );
    }
    text = declared.templateText.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name === 'actor' ? app.displayName : (parameters.get(name) ?? whole),
    );
  }
  const topic = body.topic;
  teamworkSlice(ctx).update((data) => {
    data.notifications.push({
      id: ctx.newId(),
      recipientId: user.id,
      teamsAppId: app.teamsAppId,
      activityType: body.activityType,
      text,
      previewText: (body.previewText?.content ?? '').slice(0, PREVIEW_MAX),
      topic: { source: topic.source, value: topic.value, webUrl: topic.webUrl ?? topic.value },
      templateParameters: body.templateParameters ?? [],
      chainId: body.chainId,
      createdDateTime: ctx.clock.now().toISOString(),
    });
  });
  return empty(204);
}
