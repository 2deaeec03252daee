import { escapeHtml, GROUP_HEADINGS } from '../entra/sign-in-page';
import type { SignInGroup } from '../seed/demo-people';
import type { HostPersona } from './protocol';

/** One `<option>`, escaped. */
export function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

/**
 * The local hosts' "Signed in as" picker: the tenant's people grouped as the sign-in page groups
 * them (managers, reports, HR admins), the host's persona selected.
 */
export function personaOptions(config: {
  personas: readonly HostPersona[];
  persona: HostPersona;
}): string {
  const groups: SignInGroup[] = ['manager', 'report', 'hr-admin'];
  return groups
    .map((group) => {
      const people = config.personas.filter((persona) => persona.group === group);
      if (people.length === 0) return '';
      const options = people
        .map((p) => option(p.userPrincipalName, p.displayName, p.id === config.persona.id))
        .join('');
      return `<optgroup label="${escapeHtml(GROUP_HEADINGS[group])}">${options}</optgroup>`;
    })
    .join('');
}
