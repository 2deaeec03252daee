/**
 * The settings form both local hosts (Teams, Outlook) show above the app: who is signed in, the
 * theme, and whether the host brokers nested app auth.
 */
import { escapeHtml, GROUP_HEADINGS } from '../entra/sign-in-page';
import type { SignInGroup } from '../seed/demo-people';
import type { HostPersona, HostTheme } from './protocol';

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

/** One labelled `<select>` of the settings form (`id="host-<name>"`, read by the host scripts). */
export function select(name: string, label: string, options: string): string {
  return `<label>${label}<select name="${name}" id="host-${name}">${options}</select></label>`;
}

export function themeSelect(theme: HostTheme): string {
  return select(
    'theme',
    'Theme',
    [
      option('default', 'Default', theme === 'default'),
      option('dark', 'Dark', theme === 'dark'),
      option('contrast', 'High contrast', theme === 'contrast'),
    ].join(''),
  );
}

/** Off: a host without nested app auth, to exercise the app's popup fallback. */
export function naaSelect(naa: boolean): string {
  return select(
    'naa',
    'Nested app auth',
    [option('on', 'Supported', naa), option('off', 'Not supported (fallback)', !naa)].join(''),
  );
}
