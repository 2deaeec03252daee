import type { Person } from '../model/person';
import { PHASES } from '../playbook/conversations';
import type { PhaseId } from '../playbook/ids';
import { scriptById } from '../playbook/scripts';
import type { IsoInstant, TimeZoneId } from '../time/values';
import { firstNameOf, messageWording, zoneNote } from './address-person';
import { wordingOr } from './default-wording';
import { heading, list, paragraph, renderHtml, renderText, toSubject } from './message-blocks';
import type { MessageBlock } from './message-blocks';
import type { ComposedMessage } from './message-types';
import { MESSAGE_SUBJECTS } from './message-subjects';
import { linkBlocks, type AppLinks } from './deep-link';

export interface InvitationSession {
  start: IsoInstant;
  end: IsoInstant;
  /** From a booking proposal: which of the three conversations, or all three in one. */
  phase?: PhaseId | 'all-three';
}

export interface InvitationInput {
  manager: Person;
  report: Person;
  /** The manager's edited wording; the playbook's invitation when absent or blank. */
  wording?: string;
  sessions: readonly InvitationSession[];
  /** The zone the times are shown in: the report's when known, else the manager's. */
  zone: TimeZoneId;
  /** Back into the app: the report's development, or the manager's screen for them. */
  links?: AppLinks;
}

function sessionLine(
  session: InvitationSession,
  index: number,
  total: number,
  zone: TimeZoneId,
): string {
  const when = messageWording(zone).session(session.start, session.end);
  if (session.phase === undefined || session.phase === 'all-three') {
    return total > 1 ? `Session ${index + 1}: ${when}` : when;
  }
  return `Session ${index + 1} (${PHASES[session.phase].title}): ${when}`;
}

/**
 * The sessions are Teams meetings. The app is not added to their chats for the manager (that
 * needs an admin-consented Graph permission the app does not ask for: docs/architecture.md), so
 * the invitation says how to open its side panel.
 */
export const MEETING_PANEL_LINE =
  'In the Teams meeting, select Apps (+) and add Career Conversations to see our shared notes beside the call.';

export function composeInvitation(input: InvitationInput): ComposedMessage {
  const { manager, report, sessions, zone } = input;
  const wording = wordingOr(input.wording, scriptById('invitation').text);
  const blocks: MessageBlock[] = [paragraph(`Hi ${firstNameOf(report)},`), paragraph(wording)];
  const zoneSaid = zoneNote(zone, [manager, report]);
  if (sessions.length > 0) {
    blocks.push(
      heading(sessions.length === 1 ? 'When' : 'The sessions'),
      ...(zoneSaid === undefined ? [] : [paragraph(`Times are in ${zoneSaid}.`)]),
      list(sessions.map((session, i) => sessionLine(session, i, sessions.length, zone))),
      paragraph("If a time doesn't work for you, just say and we'll find another."),
      paragraph(MEETING_PANEL_LINE),
    );
  }
  blocks.push(...linkBlocks(input.links), paragraph(manager.displayName));
  return {
    subject: toSubject(`${MESSAGE_SUBJECTS.invitation} ${manager.displayName}`),
    html: renderHtml(blocks),
    text: renderText(blocks),
  };
}
