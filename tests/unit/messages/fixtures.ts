import type { Person } from '../../../src/domain';
import { aPerson, MANAGER_ID } from '../builders';

export const MANAGER: Person = {
  id: MANAGER_ID,
  displayName: 'Priya Shah',
  mail: 'priya.shah@contoso.example',
};
export const REPORT: Person = aPerson();

/** Every tag the composers write. Anything else that looks like markup came from user text. */
export const OWN_TAGS = /<\/?(?:p|h2|ul|li|br)>/g;

/** HTML with the composers' own tags taken out: what is left must hold no `<` or `>`. */
export const withoutOwnTags = (html: string): string => html.replace(OWN_TAGS, '');
