import { describe, expect, it } from 'vitest';
import {
  appLinksFor,
  composeContractSummary,
  composeInvitation,
  composeReflectionPrompt,
} from '../../../src/domain/messages';
import { aContract, aHeldFull, aVersion, at, ZONE } from '../builders';
import { MANAGER, REPORT } from './fixtures';

const TARGET = {
  appUrl: 'https://career.contoso.example/',
  teams: { appId: 'app-1', entityId: 'career-home' },
};
const contractLinks = appLinksFor(TARGET, { page: 'contract', reportId: REPORT.id });
const START = '2026-03-10T10:00:00Z';

describe('the invitation, the prompt and the summary carry a link that opens the right screen', () => {
  it('invitation (and so the booked events, whose body it is): Teams deep link and browser link', () => {
    const message = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: [{ start: START, end: '2026-03-10T11:30:00Z' }],
      zone: ZONE,
      links: contractLinks,
    });
    expect(message.html).toContain(
      `<a href="${contractLinks.teams?.replace(/&/g, '&amp;') ?? ''}">Open it in Teams</a>`,
    );
    expect(message.html).toContain(
      `<a href="https://career.contoso.example/#/contract/${REPORT.id}">Open it in a browser</a>`,
    );
    expect(message.text).toContain(`Open it in Teams: ${contractLinks.teams ?? ''}`);
  });

  it('reflection prompt: the link, in both renderings', () => {
    const message = composeReflectionPrompt({
      manager: MANAGER,
      report: REPORT,
      firstSession: { start: START },
      zone: ZONE,
      links: contractLinks,
    });
    expect(message.text).toContain(`https://career.contoso.example/#/contract/${REPORT.id}`);
    expect(message.html).toContain('subEntityId');
  });

  it('summary: the conversation’s link; without Teams only the browser link', () => {
    const conversation = aHeldFull('2026-03-03');
    const links = appLinksFor(
      { appUrl: 'https://career.contoso.example/' },
      { page: 'conversation', reportId: REPORT.id, conversationId: conversation.id },
    );
    const message = composeContractSummary({
      manager: MANAGER,
      report: REPORT,
      contract: aContract(aVersion({ agreedAt: '2026-03-03T11:00:00Z' })),
      conversation,
      zone: ZONE,
      now: at('2026-03-04T09:00:00Z'),
      links,
    });
    expect(message.html).toContain(
      `<a href="https://career.contoso.example/#/conversation/${REPORT.id}/${conversation.id}">Open it in Career Conversations</a>`,
    );
    expect(message.html).not.toContain('teams.microsoft.com');
  });

  it('adds no link when the app’s address is not known', () => {
    const message = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: [],
      zone: ZONE,
    });
    expect(message.html).not.toContain('<a ');
  });
});
