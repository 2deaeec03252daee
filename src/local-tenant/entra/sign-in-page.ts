import type { TenantState } from '../state/types';
import { DEMO_PEOPLE, type SignInGroup } from '../seed/demo-people';
import { HR_ADMIN_ROLE, API_APP_ID } from '../seed/well-known-apps';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; }
  body { margin: 0; background: Canvas; color: CanvasText; }
  main { max-width: 44rem; margin: 2rem auto; padding: 0 1rem 3rem; }
  .brand { font-weight: 600; letter-spacing: .02em; }
  h1 { font-size: 1.6rem; margin: .5rem 0; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
  ul { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
  li { border: 1px solid GrayText; border-radius: .4rem; padding: .5rem .75rem; }
  button { font: inherit; cursor: pointer; text-align: left; padding: .4rem .6rem; border-radius: .3rem;
    border: 1px solid ButtonBorder; background: ButtonFace; color: ButtonText; min-height: 2.75rem; }
  li button { width: 100%; display: flex; flex-direction: column; }
  button:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
  .name { font-weight: 600; }
  .note { margin: .35rem 0 0; font-size: .9rem; }
  .notice { border-left: 4px solid Highlight; padding: .5rem .75rem; }
  .actions { margin-top: 2rem; }
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main aria-labelledby="page-title">
<p class="brand">Contoso Demo · local tenant</p>
${body}
</main></body></html>`;
}

export const GROUP_HEADINGS: Record<SignInGroup, string> = {
  manager: 'Managers',
  report: 'People who report to a manager',
  'hr-admin': 'HR admins',
};

/** How the account picker (and the local Teams host's persona picker) groups a person. */
export function signInGroupOf(state: TenantState, userId: string): SignInGroup {
  const isHrAdmin = state.appRoleAssignments.some(
    (a) =>
      a.principalId === userId &&
      a.resourceAppId === API_APP_ID &&
      a.appRoleValue === HR_ADMIN_ROLE,
  );
  if (isHrAdmin) return 'hr-admin';
  return state.users.some((u) => u.managerId === userId) ? 'manager' : 'report';
}

function summaryOf(upn: string): string | undefined {
  const key = upn.split('@')[0];
  return DEMO_PEOPLE.find((person) => person.key === key)?.situation.summary;
}

export interface PickerInput {
  state: TenantState;
  formAction: string;
  flow: string;
  appName: string;
  notice?: string;
  hintedUserId?: string;
}

/** Entra's account picker, reduced to choosing a demo person. */
export function renderAccountPicker(input: PickerInput): string {
  const { state } = input;
  const groups: SignInGroup[] = ['manager', 'report', 'hr-admin'];
  const sections = groups
    .map((group) => {
      const users = state.users
        .filter((user) => user.accountEnabled && signInGroupOf(state, user.id) === group)
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
      if (users.length === 0) return '';
      const items = users
        .map((user) => {
          const summary = summaryOf(user.userPrincipalName);
          const noteId = `note-${user.id}`;
          const hinted = user.id === input.hintedUserId ? ' autofocus' : '';
          return `<li><button type="submit" name="user" value="${escapeHtml(user.id)}"${summary ? ` aria-describedby="${noteId}"` : ''}${hinted}>
<span class="name">${escapeHtml(user.displayName)}</span>
<span>${escapeHtml(user.jobTitle ?? '')} · ${escapeHtml(user.userPrincipalName)}</span></button>
${summary ? `<p class="note" id="${noteId}">${escapeHtml(summary)}</p>` : ''}</li>`;
        })
        .join('\n');
      return `<section aria-labelledby="group-${group}"><h2 id="group-${group}">${GROUP_HEADINGS[group]}</h2><ul>${items}</ul></section>`;
    })
    .join('\n');
  const empty =
    state.users.length === 0 ? '<p>This tenant has no people yet (empty seed).</p>' : '';
  return page(
    'Sign in to your account',
    `<h1 id="page-title">Pick an account</h1>
<p>to continue to <strong>${escapeHtml(input.appName)}</strong>. This is a local stand-in for Microsoft Entra ID: choose a person, no password is needed.</p>
${input.notice ? `<p class="notice" role="alert">${escapeHtml(input.notice)}</p>` : ''}
<form method="post" action="${escapeHtml(input.formAction)}">
<input type="hidden" name="flow" value="${escapeHtml(input.flow)}">
${empty}${sections}
<p class="actions"><button type="submit" name="action" value="cancel">Cancel sign-in</button></p>
</form>`,
  );
}

/** Errors Entra shows in the browser instead of redirecting (bad client, bad redirect URI). */
export function renderErrorPage(heading: string, description: string): string {
  return page(
    heading,
    `<h1 id="page-title">${escapeHtml(heading)}</h1>
<p role="alert">${escapeHtml(description)}</p>`,
  );
}

/** form_post response mode: the browser posts the result to the redirect URI. */
export function renderFormPost(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('');
  return page(
    'Working...',
    `<h1 id="page-title">Signing you in</h1>
<form method="post" action="${escapeHtml(action)}" id="result">${inputs}
<noscript><button type="submit">Continue</button></noscript></form>
<script>document.getElementById('result').submit();</script>`,
  );
}
