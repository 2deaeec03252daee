import { escapeHtml } from '../entra/sign-in-page';
import { naaSelect, option, personaOptions, select, themeSelect } from '../teams-host/host-form';
import { TASK_PANE_WIDTH_PX, type ItemAddress, type OutlookHostConfig } from './protocol';

const STYLE = `
  html { --bg: #f5f5f5; --fg: #242424; --bar: #ebebeb; --accent: #0f6cbd; --line: #d1d1d1; }
  html[data-theme="dark"] { --bg: #1f1f1f; --fg: #ffffff; --bar: #292929; --accent: #479ef5; --line: #3d3d3d; }
  html[data-theme="contrast"] { --bg: #000000; --fg: #ffffff; --bar: #000000; --accent: #ffff01; --line: #ffffff; }
  html { font-family: "Segoe UI", system-ui, sans-serif; background: var(--bg); color: var(--fg); }
  body { margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { background: var(--bar); border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
  h1 { font-size: 1rem; margin: 0 0 .4rem; }
  h2 { font-size: 1rem; margin: 0 0 .5rem; }
  form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
  label { display: flex; flex-direction: column; font-size: .85rem; gap: .15rem; }
  select, button { font: inherit; min-height: 2rem; background: var(--bg); color: var(--fg);
    border: 1px solid var(--line); border-radius: .25rem; max-width: 28rem; }
  button { border-color: var(--accent); padding: 0 .75rem; cursor: pointer; }
  :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  main { flex: 1; display: flex; gap: 1rem; padding: .75rem; min-height: 0; }
  .reading { flex: 1; overflow: auto; min-width: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  #compose-body { border: 1px solid var(--line); min-height: 8rem; padding: .5rem; white-space: pre-wrap; }
  iframe { border: 1px solid var(--line); background: var(--bg); width: ${TASK_PANE_WIDTH_PX}px;
    height: 100%; flex: none; }
  details { font-size: .8rem; }
`;

function itemOptions(config: OutlookHostConfig): string {
  return (['Inbox', 'Calendar', 'New'] as const)
    .map((group) => {
      const options = config.choices
        .filter((choice) => choice.group === group)
        .map((choice) => option(choice.value, choice.label, choice.value === config.itemChoice))
        .join('');
      return options ? `<optgroup label="${group}">${options}</optgroup>` : '';
    })
    .join('');
}

const people = (list: ItemAddress[]): string =>
  escapeHtml(list.map((a) => `${a.displayName} <${a.emailAddress}>`).join('; ') || '(none)');

/** The item as Outlook's reading pane or form shows it, reduced to what a tester checks. */
function itemView(config: OutlookHostConfig): string {
  const item = config.item;
  switch (item.surface) {
    case 'mailRead':
      return `<h2>${escapeHtml(item.subject)}</h2><dl><dt>From</dt><dd>${people([item.from])}</dd><dt>To</dt><dd>${people(item.to)}</dd><dt>Cc</dt><dd>${people(item.cc)}</dd></dl>`;
    case 'mailCompose':
      return `<h2>New message</h2><dl><dt>To</dt><dd>${people(item.to)}</dd></dl><div id="compose-body" role="textbox" aria-multiline="true" aria-label="Message body" aria-readonly="true"></div>`;
    case 'meetingDetailsOrganizer':
    case 'meetingDetailsAttendee':
      return `<h2>${escapeHtml(item.subject)}</h2><dl><dt>When</dt><dd>${escapeHtml(item.start)} to ${escapeHtml(item.end)} (UTC)</dd><dt>Organizer</dt><dd>${people([item.organizer])}</dd><dt>Required</dt><dd>${people(item.requiredAttendees)}</dd><dt>Optional</dt><dd>${people(item.optionalAttendees)}</dd></dl>`;
  }
}

/**
 * The host page: Outlook reduced to the controls a tester needs, the open item, the add-in's
 * task pane frame (its address is set by host-script.ts once it listens) and a log.
 */
export function renderOutlookHostPage(config: OutlookHostConfig): string {
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en" data-theme="${escapeHtml(config.theme)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local Outlook host (test host) · Career Conversations</title><style>${STYLE}</style>
<script type="application/json" id="outlook-host-config">${configJson}</script>
<script type="module" src="/_local/outlook/scripts/host-script.js"></script>
</head>
<body>
<header>
<h1>Outlook · local test host (Contoso Demo): not Microsoft Outlook, for development and tests</h1>
<form method="get" action="/_local/outlook" id="host-controls" aria-label="Host settings">
${select('persona', 'Signed in as', personaOptions(config))}
${select('item', 'Item', itemOptions(config))}
${themeSelect(config.theme)}
${naaSelect(config.naa)}
${config.composeTo === undefined ? '' : `<input type="hidden" name="to" value="${escapeHtml(config.composeTo)}">`}
<button type="submit">Reopen the task pane</button>
</form>
</header>
<main>
<section class="reading" aria-label="Open item">
${itemView(config)}
<details><summary>Calls from the add-in</summary><ol id="host-log"></ol></details>
</section>
<iframe id="addin-frame" title="Career Conversations task pane" allow="clipboard-read; clipboard-write"></iframe>
</main>
</body></html>`;
}
