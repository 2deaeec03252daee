import { escapeHtml } from '../entra/sign-in-page';
import { naaSelect, option, personaOptions, select, themeSelect } from './host-form';
import { SIDE_PANEL_WIDTH_PX, type HostConfig } from './protocol';

const STYLE = `
  html { --bg: #f5f5f5; --fg: #242424; --bar: #ebebeb; --accent: #5b5fc7; --line: #d1d1d1; }
  html[data-theme="dark"] { --bg: #1f1f1f; --fg: #ffffff; --bar: #292929; --accent: #7f85f5; --line: #3d3d3d; }
  html[data-theme="contrast"] { --bg: #000000; --fg: #ffffff; --bar: #000000; --accent: #ffff01; --line: #ffffff; }
  html { font-family: "Segoe UI", system-ui, sans-serif; background: var(--bg); color: var(--fg); }
  body { margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { background: var(--bar); border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
  h1 { font-size: 1rem; margin: 0 0 .4rem; }
  form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
  label { display: flex; flex-direction: column; font-size: .85rem; gap: .15rem; }
  select, button { font: inherit; min-height: 2rem; background: var(--bg); color: var(--fg);
    border: 1px solid var(--line); border-radius: .25rem; }
  button { border-color: var(--accent); padding: 0 .75rem; cursor: pointer; }
  :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  main { flex: 1; display: flex; gap: 1rem; padding: .75rem; min-height: 0; }
  .stage { flex: 1; display: flex; justify-content: center; min-width: 0; }
  iframe { border: 1px solid var(--line); background: var(--bg); width: 100%; height: 100%; }
  .side-panel iframe { width: ${SIDE_PANEL_WIDTH_PX}px; flex: none; }
  details { width: 18rem; overflow: auto; font-size: .8rem; }
  .activity { width: 18rem; overflow: auto; font-size: .85rem; }
  .activity h2 { font-size: .95rem; margin: 0 0 .4rem; }
  .activity li { margin-bottom: .6rem; } .activity p { margin: .15rem 0; }
  .activity a { color: var(--fg); font-weight: 600; }
  ol { padding-left: 1.25rem; }
`;

/** The meeting named in the address, kept when the settings reload the tab. */
function meetingInput(named: string | null): string {
  return named === null ? '' : `<input type="hidden" name="meeting" value="${escapeHtml(named)}">`;
}

/**
 * The host page: Teams' chrome reduced to the controls a tester needs, the tab's frame (its
 * address is set by host-script.ts once it listens, so no message from the tab is missed) and a
 * log of the messages answered.
 */
export function renderHostPage(
  config: HostConfig,
  tabName: string,
  meeting: string | null = null,
  activity = '',
): string {
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en" data-theme="${escapeHtml(config.theme)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local Teams host · ${escapeHtml(tabName)}</title><style>${STYLE}</style>
<script type="application/json" id="teams-host-config">${configJson}</script>
<script type="module" src="/_local/teams/scripts/host-script.js"></script>
</head>
<body>
<header>
<h1>Microsoft Teams · local host (Contoso Demo)</h1>
<form method="get" action="/_local/teams" id="host-controls" aria-label="Host settings">
${select('persona', 'Signed in as', personaOptions(config))}
${themeSelect(config.theme)}
${select(
  'frame',
  'Frame',
  [
    option('tab', 'Personal tab', config.frame === 'tab'),
    option('side-panel', 'Meeting side panel (320 px)', config.frame === 'side-panel'),
    option('config', 'Add to a meeting (configuration)', config.frame === 'config'),
  ].join(''),
)}
${meetingInput(meeting)}
${naaSelect(config.naa)}
<button type="submit">Reload the tab</button>
${config.frame === 'config' ? '<button type="button" id="host-save" disabled>Save</button>' : ''}
</form>
</header>
<main>
${activity}
<div class="stage${config.frame === 'tab' ? '' : ' side-panel'}">
<iframe id="app-frame" title="${escapeHtml(tabName)}" allow="clipboard-read; clipboard-write"></iframe>
</div>
<details><summary>Messages from the tab</summary><ol id="host-log"></ol></details>
</main>
</body></html>`;
}
