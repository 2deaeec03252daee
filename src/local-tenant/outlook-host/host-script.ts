/**
 * Runs in the local Outlook host page (served as JavaScript by register.ts): opens the add-in's
 * task pane, hands its Office.js stand-in the open item, brokers nested app auth against the
 * tenant (the Teams host's broker) and shows what the add-in inserted into a new message. Only
 * the framed task pane, from its own origin, is answered.
 */
import { element, hostLog } from '../teams-host/host-dom.ts';
import { answerBridgeRequest } from '../teams-host/bridge-broker.ts';
import { parseBridgeRequest } from '../teams-host/protocol.ts';
import {
  isFrameMessage,
  OUTLOOK_CHANNEL,
  type FrameMessage,
  type HostMessage,
  type OutlookHostConfig,
} from './protocol.ts';

const config = JSON.parse(
  element('outlook-host-config', HTMLScriptElement).textContent,
) as OutlookHostConfig;
const frame = element('addin-frame', HTMLIFrameElement);
const log = element('host-log', HTMLOListElement);

const note = hostLog(log);

function post(message: HostMessage): void {
  frame.contentWindow?.postMessage(message, config.frameOrigin);
}

async function brokerFor(envelope: string): Promise<void> {
  const bridge = parseBridgeRequest(envelope);
  if (!bridge) {
    note('nestedAppAuthBridge: an unreadable envelope, ignored');
    return;
  }
  note(`nestedAppAuth ${bridge.method}${bridge.tokenParams ? ` ${bridge.tokenParams.scope}` : ''}`);
  const answer = await answerBridgeRequest(config, bridge);
  if (answer.success === false) note(`  → ${JSON.stringify(answer.error)}`);
  post({ channel: OUTLOOK_CHANNEL, type: 'naa', envelope: JSON.stringify(answer) });
}

/** What a new message's body now holds: inserted at the cursor (the end here). */
function insertIntoBody(message: Extract<FrameMessage, { type: 'body' }>): void {
  const body = document.getElementById('compose-body');
  if (body) {
    // Shown as text, never as markup: the host page must not run what the add-in sends.
    const text =
      message.coercion === 'html'
        ? new DOMParser().parseFromString(message.data, 'text/html').body.textContent
        : message.data;
    body.textContent = `${body.textContent}${text}`;
  }
  note(`body.setSelectedDataAsync (${message.coercion})`);
  post({ channel: OUTLOOK_CHANNEL, type: 'body-done', id: message.id });
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== config.frameOrigin) return;
  if (!isFrameMessage(event.data)) return;
  const message = event.data;
  switch (message.type) {
    case 'hello':
      note(`Office.onReady (${config.item.surface})`);
      post({
        channel: OUTLOOK_CHANNEL,
        type: 'session',
        session: {
          item: config.item,
          user: {
            displayName: config.persona.displayName,
            emailAddress: config.persona.userPrincipalName,
            timeZone: config.persona.timeZone,
          },
          displayLanguage: config.persona.locale,
          theme: config.theme,
          naa: config.naa,
        },
      });
      return;
    case 'naa':
      void brokerFor(message.envelope);
      return;
    case 'body':
      insertIntoBody(message);
      return;
  }
});

const controls = element('host-controls', HTMLFormElement);
for (const name of ['persona', 'item', 'theme', 'naa']) {
  element(`host-${name}`, HTMLSelectElement).addEventListener('change', () => {
    // A new persona has other items: let the address pick that persona's first one.
    if (name === 'persona') element('host-item', HTMLSelectElement).disabled = true;
    controls.requestSubmit();
  });
}

frame.src = config.pageUrl;
