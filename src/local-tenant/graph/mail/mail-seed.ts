/**
 * Demo mail: each person's Inbox holds a few ordinary messages (a note from their manager about
 * the next 1:1 and each report's answer, the People team's quarterly reminder), with the matching
 * Sent Items copies, so mailboxes are not empty and a new summary mail has to be found among others.
 */
import type { SeedInput } from '../../seed/build-state';
import type { DemoPerson } from '../../seed/demo-org';
import {
  newChangeKey,
  newConversationId,
  newConversationIndex,
  newImmutableId,
  newInternetMessageId,
  newMessageId,
  type EmailAddress,
  type MailState,
  type StoredMessage,
  type WellKnownFolder,
} from './mail-state';
import { wrapHtml } from './message-shape';

const HOUR_MS = 3600 * 1000;

interface Letter {
  from: DemoPerson;
  to: DemoPerson[];
  subject: string;
  html: string;
  at: Date;
}

const address = (person: DemoPerson): EmailAddress => ({
  name: person.displayName,
  address: person.mail,
});

function copy(
  letter: Letter,
  owner: DemoPerson,
  folder: WellKnownFolder,
  shared: Pick<StoredMessage, 'internetMessageId' | 'conversationId' | 'conversationIndex'>,
): StoredMessage {
  const at = letter.at.toISOString();
  return {
    id: newMessageId(),
    immutableId: newImmutableId(),
    ownerId: owner.id,
    folder,
    createdDateTime: at,
    lastModifiedDateTime: at,
    receivedDateTime: at,
    sentDateTime: at,
    changeKey: newChangeKey(),
    subject: letter.subject,
    body: { contentType: 'html', content: wrapHtml(letter.html) },
    importance: 'normal',
    isRead: folder === 'sentitems',
    isDraft: false,
    from: address(letter.from),
    sender: address(letter.from),
    toRecipients: letter.to.map(address),
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    categories: [],
    ...shared,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    inferenceClassification: 'focused',
    flag: { flagStatus: 'notFlagged' },
    internetMessageHeaders: [],
    singleValueExtendedProperties: [],
    submittedDateTime: null,
  };
}

function post(state: MailState, letter: Letter): void {
  const shared = {
    internetMessageId: newInternetMessageId(letter.from.mail.split('@')[1] ?? 'local'),
    conversationId: newConversationId(),
    conversationIndex: newConversationIndex(),
  };
  state.messages.push(copy(letter, letter.from, 'sentitems', shared));
  for (const person of letter.to) state.messages.push(copy(letter, person, 'inbox', shared));
}

export function seedMail({ state, org, now }: SeedInput): void {
  const mail: MailState = { messages: [] };
  if (org) {
    const people = org.people;
    const partner = people.find((person) => person.key === 'hannah.becker');
    if (partner) {
      post(mail, {
        from: partner,
        to: people.filter((person) => person.reportKeys.length > 0 && person.key !== partner.key),
        subject: 'Quarterly check-in window is open',
        html: '<p>Hi all,</p><p>The quarterly check-in window is open for the next three weeks. Please make time for a proper career conversation with each of your reports, separate from your regular 1:1s.</p><p>Thanks,<br>Hannah</p>',
        at: new Date(now.getTime() - 3 * 24 * HOUR_MS),
      });
    }
    for (const person of people) {
      const manager = people.find((candidate) => candidate.id === person.managerId);
      if (!manager) continue;
      post(mail, {
        from: manager,
        to: [person],
        subject: `Our next 1:1`,
        html: `<p>Hi ${person.givenName},</p><p>Anything you would like to put on the agenda for our next 1:1? Reply here or add it to our shared notes.</p><p>${manager.givenName}</p>`,
        at: new Date(now.getTime() - (26 + (person.id.charCodeAt(0) % 20)) * HOUR_MS),
      });
      // The answer, so a manager's Inbox holds mail from each report (the Outlook add-in's case).
      post(mail, {
        from: person,
        to: [manager],
        subject: `Re: Our next 1:1`,
        html: `<p>Hi ${manager.givenName},</p><p>Could we talk about where I want to be in a few years? I have been thinking about it.</p><p>${person.givenName}</p>`,
        at: new Date(now.getTime() - (2 + (person.id.charCodeAt(1) % 20)) * HOUR_MS),
      });
    }
  }
  state.features.mail = mail;
}
