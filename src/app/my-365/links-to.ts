import { appLinksFor, type AppLinks, type AppLinkTarget, type LinkedPage } from '../../domain';

/**
 * The `links` a composer takes, spread into its input: absent when the app's address is not
 * known (a test, a script), so the message simply has no link.
 */
export function linksTo(target: AppLinkTarget | undefined, page: LinkedPage): { links?: AppLinks } {
  return target === undefined ? {} : { links: appLinksFor(target, page) };
}
