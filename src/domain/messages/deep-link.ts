import { link, type MessageBlock } from './message-blocks';

/**
 * The screens a mail or an event links back to. Inside Teams a link names the static tab and a
 * `subPageId` the app routes by; in a browser the same `subPageId` is the hash route, so one
 * grammar serves both and the app parses it in one place.
 */
export type LinkedPage =
  | { page: 'contract'; reportId: string }
  | { page: 'conversation'; reportId: string; conversationId: string }
  | { page: 'my-development' };

/** Where the app is deployed, from its configuration; Teams links need the app package's ids. */
export interface AppLinkTarget {
  /** The web app's address, e.g. `https://career.contoso.example/`. */
  appUrl: string;
  /** The Teams app id (manifest `id`) and the personal tab's `entityId`, when it is deployed there. */
  teams?: { appId: string; entityId: string };
}

export interface AppLinks {
  /** Opens the screen in a browser: the app's address with the hash route. */
  browser: string;
  /** Opens the screen inside the Teams tab, when the app is deployed in Teams. */
  teams?: string;
}

const seg = (value: string): string => encodeURIComponent(value);

function decode(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/** `contract/<reportId>`, `conversation/<reportId>/<conversationId>` or `my-development`. */
export function subPageIdOf(link: LinkedPage): string {
  switch (link.page) {
    case 'contract':
      return `contract/${seg(link.reportId)}`;
    case 'conversation':
      return `conversation/${seg(link.reportId)}/${seg(link.conversationId)}`;
    case 'my-development':
      return 'my-development';
  }
}

/** The linked page a `subPageId` names, or undefined when it names none of them. */
export function parseSubPageId(subPageId: string): LinkedPage | undefined {
  const [page, ...rest] = subPageId.split('/').filter((part) => part !== '');
  const ids = rest.map(decode);
  if (ids.some((id) => id === undefined)) return undefined;
  const [first, second] = ids;
  if (page === 'my-development' && ids.length === 0) return { page };
  if (page === 'contract' && ids.length === 1 && first) return { page, reportId: first };
  if (page === 'conversation' && ids.length === 2 && first && second) {
    return { page, reportId: first, conversationId: second };
  }
  return undefined;
}

/**
 * The browser link and, when the app is in Teams, the Teams deep link
 * (`https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":…}`) for a page.
 */
export function appLinksFor(target: AppLinkTarget, link: LinkedPage): AppLinks {
  return appLinksForSubPage(target, subPageIdOf(link));
}

/** The same links for any `subPageId` the app routes by (a report's step, say). */
export function appLinksForSubPage(target: AppLinkTarget, subPageId: string): AppLinks {
  const base = target.appUrl.replace(/#.*$/, '');
  const browser = `${base}#/${subPageId}`;
  if (!target.teams) return { browser };
  const { appId, entityId } = target.teams;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: subPageId }));
  return {
    browser,
    teams: `https://teams.microsoft.com/l/entity/${seg(appId)}/${seg(entityId)}?context=${context}`,
  };
}

/**
 * The links a mail or an event body ends with: inside Teams and in a browser when the app is in
 * Teams, else the browser's alone. None when the app's address is not known.
 */
export function linkBlocks(links: AppLinks | undefined): MessageBlock[] {
  if (!links) return [];
  if (!links.teams) return [link('Open it in Career Conversations', links.browser)];
  return [link('Open it in Teams', links.teams), link('Open it in a browser', links.browser)];
}
