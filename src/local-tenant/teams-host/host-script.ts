/**
 * Runs in the local Teams host page (served as JavaScript by register.ts): answers the tab's
 * teams-js messages as Teams does, brokers nested app auth against the tenant, and sends theme
 * changes. Only the framed tab, from its own origin, is answered.
 */
import { element, hostLog } from './host-dom.ts';
import { answerBridgeRequest } from './bridge-broker.ts';
import {
  initializeArgs,
  legacyContext,
  parseBridgeRequest,
  parseDeepLink,
  savedTabOf,
  sidePanelAddressOf,
  type HostConfig,
  type HostSession,
  type HostTheme,
  type TeamsRequest,
} from './protocol.ts';

const config = JSON.parse(
  element('teams-host-config', HTMLScriptElement).textContent,
) as HostConfig;
const frame = element('app-frame', HTMLIFrameElement);
const log = element('host-log', HTMLOListElement);
const session: HostSession = { sessionId: crypto.randomUUID(), appSessionId: crypto.randomUUID() };

const note = hostLog(log);

function post(message: unknown): void {
  frame.contentWindow?.postMessage(message, config.frameOrigin);
}

function reply(request: TeamsRequest, args: unknown[]): void {
  post({ id: request.id, uuidAsString: request.uuidAsString, args });
}

/** Opens the app's tab afresh, as Teams does for a deep link to it or a change of frame. */
function openTab(subPageId: string | undefined): void {
  config.subPageId = subPageId;
  const address = new URL(window.location.href);
  if (subPageId === undefined) address.searchParams.delete('subPageId');
  else address.searchParams.set('subPageId', subPageId);
  history.replaceState(null, '', address);
  frame.src = config.contentUrl;
}

function openLink(request: TeamsRequest): void {
  const link = typeof request.args[0] === 'string' ? request.args[0] : '';
  const target = parseDeepLink(link, config.appId, config.entityIds);
  note(`executeDeepLink ${link} → ${target.kind}`);
  if (target.kind === 'refused') {
    reply(request, [false, target.reason]);
    return;
  }
  reply(request, [true]);
  if (target.kind === 'web') window.open(target.url, '_blank', 'noopener');
  else openTab(target.subPageId);
}

/** `nestedAppAuth.execute`: the reply carries MSAL's response envelope as a JSON string. */
async function nestedAppAuth(request: TeamsRequest): Promise<void> {
  const bridge = parseBridgeRequest(request.data);
  if (!bridge) {
    note('nestedAppAuth.execute with an unreadable envelope: ignored');
    return;
  }
  note(
    `nestedAppAuth.execute ${bridge.method}${bridge.tokenParams ? ` ${bridge.tokenParams.scope}` : ''}`,
  );
  const envelope = await answerBridgeRequest(config, bridge);
  if (envelope.success === false) note(`  → ${JSON.stringify(envelope.error)}`);
  reply(request, [null, JSON.stringify(envelope)]);
}

const saveButton = document.getElementById('host-save');

/**
 * The configuration page's half of adding a tab, as Teams runs it: the page says when its
 * settings are valid (Save enabled), Save sends `settings.save`, the page's save handler calls
 * `setConfig` (`settings.setSettings`, answered here), then reports success, and Teams opens the
 * saved tab: here, this meeting's side panel framing the saved address.
 */
let saved: ReturnType<typeof savedTabOf> | undefined;

function configure(request: TeamsRequest): boolean {
  switch (request.func) {
    case 'settings.setValidityState':
      note(`settings.setValidityState ${String(request.args[0])}`);
      if (saveButton instanceof HTMLButtonElement) saveButton.disabled = request.args[0] !== true;
      return true;
    case 'settings.setSettings': {
      saved = savedTabOf(request.args[0], config.frameOrigin);
      note(`settings.setSettings → ${saved.ok ? saved.tab.contentUrl : saved.reason}`);
      reply(request, saved.ok ? [true] : [false, saved.reason]);
      return true;
    }
    case 'settings.save.success':
      note('settings.save.success');
      if (saved?.ok) window.location.assign(sidePanelAddressOf(window.location.href, saved.tab));
      else note('  the page saved no settings: nothing to open');
      return true;
    case 'settings.save.failure':
      note(`settings.save.failure ${String(request.args[0])}`);
      return true;
    default:
      return false;
  }
}

saveButton?.addEventListener('click', () => {
  note('settings.save');
  post({ func: 'settings.save', args: [{}] });
});

/** Messages the tab sends without waiting for an answer. */
const ONE_WAY = new Set([
  'registerHandler',
  'appInitialization.appLoaded',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
]);

function isRequest(data: unknown): data is TeamsRequest {
  if (typeof data !== 'object' || data === null) return false;
  const candidate = data as Partial<TeamsRequest>;
  return typeof candidate.id === 'number' && typeof candidate.func === 'string';
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== config.frameOrigin) return;
  if (!isRequest(event.data)) return;
  const request: TeamsRequest = {
    ...event.data,
    args: Array.isArray(event.data.args) ? event.data.args : [],
  };
  switch (request.func) {
    case 'initialize':
      note(`initialize (teams-js ${String(request.args[0])})`);
      reply(request, initializeArgs(config));
      return;
    case 'getContext':
      note('getContext');
      reply(request, [legacyContext(config, session)]);
      return;
    case 'executeDeepLink':
      openLink(request);
      return;
    case 'nestedAppAuth.execute':
      void nestedAppAuth(request);
      return;
    default:
      if (config.frame === 'config' && configure(request)) return;
      note(ONE_WAY.has(request.func) ? request.func : `${request.func} (not emulated: no answer)`);
  }
});

const controls = element('host-controls', HTMLFormElement);
const themeSelect = element('host-theme', HTMLSelectElement);
// A theme change reaches the open tab as Teams sends it; the other settings reload the tab.
themeSelect.addEventListener('change', () => {
  const theme = themeSelect.value as HostTheme;
  config.theme = theme;
  document.documentElement.dataset.theme = theme;
  const address = new URL(window.location.href);
  address.searchParams.set('theme', theme);
  history.replaceState(null, '', address);
  note(`themeChange → ${theme}`);
  post({ func: 'themeChange', args: [theme] });
});
for (const name of ['persona', 'frame', 'naa']) {
  element(`host-${name}`, HTMLSelectElement).addEventListener('change', () => {
    controls.requestSubmit();
  });
}

openTab(config.subPageId);
