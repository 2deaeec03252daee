import type { Person } from '../model/person';
import { scriptById } from '../playbook/scripts';
import type { IsoInstant, TimeZoneId } from '../time/values';
import { firstNameOf, messageWording, zoneNote } from './address-person';
import { wordingOr } from './default-wording';
import { paragraph, renderHtml, renderText, toSubject } from './message-blocks';
import type { ComposedMessage } from './message-types';
import { MESSAGE_SUBJECTS } from './message-subjects';
import { linkBlocks, type AppLinks } from './deep-link';

export interface ReflectionPromptInput {
  manager: Person;
  report: Person;
  /** The manager's edited wording; the playbook's reflection prompt when absent or blank. */
  wording?: string;
  firstSession: { start: IsoInstant };
  /** The zone the time is shown in: the report's when known, else the manager's. */
  zone: TimeZoneId;
  /** Back into the app, where the report finds the session and their contract. */
  links?: AppLinks;
}

/**
 * "Not a form. Not a template. Just a prompt to help them show up thinking.": a greeting, the
 * prompt and when we meet. No headings, no questions to answer back, nothing to fill in.
 */
export function composeReflectionPrompt(input: ReflectionPromptInput): ComposedMessage {
  const { manager, report, firstSession, zone } = input;
  const zoneSaid = zoneNote(zone, [manager, report]);
  const when = messageWording(zone).sessionStart(firstSession.start);
  const blocks = [
    paragraph(`Hi ${firstNameOf(report)},`),
    paragraph(wordingOr(input.wording, scriptById('reflection-prompt').text)),
    paragraph(
      `We meet on ${zoneSaid === undefined ? when : `${when} (${zoneSaid})`}. There's nothing to write or send back - just come as you are.`,
    ),
    ...linkBlocks(input.links),
    paragraph(manager.displayName),
  ];
  return {
    subject: toSubject(MESSAGE_SUBJECTS.reflectionPrompt),
    html: renderHtml(blocks),
    text: renderText(blocks),
  };
}
