import { afterEach, describe, expect, it } from 'vitest';
import { composeInvitation, composeReflectionPrompt } from '../../../src/domain/messages';
import { scriptById } from '../../../src/domain';
import { MANAGER, REPORT, withoutOwnTags } from './fixtures';

const SERIES = [
  // 10 March 2027: London on GMT, New York on EST: 5 hours apart.
  { start: '2027-03-10T14:00:00Z', end: '2027-03-10T15:00:00Z', phase: 'where-now' as const },
  // 20 March 2027: New York on EDT (from 14 March), London still on GMT (until 28 March): 4 hours.
  { start: '2027-03-20T14:00:00Z', end: '2027-03-20T15:00:00Z', phase: 'where-to-go' as const },
  { start: '2027-04-01T13:00:00Z', end: '2027-04-01T14:00:00Z', phase: 'close-the-gap' as const },
];

describe('composeInvitation', () => {
  it('uses the playbook invitation by default: "not a 1:1, not a review"', () => {
    const message = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: SERIES,
      zone: 'Europe/London',
    });
    expect(message.text).toContain(scriptById('invitation').text);
    expect(message.text).toContain('not a 1:1, not a review');
    expect(message.html).toContain('not a 1:1, not a review');
    expect(message.text).toContain('Hi Alex,');
    expect(message.text).toContain('Priya Shah');
    expect(message.subject).toBe('A career conversation with Priya Shah');
  });

  it("sends the manager's edited wording instead, and falls back when it is left blank", () => {
    const edited = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      wording: 'Fancy a proper career chat - not a 1:1, not a review?',
      sessions: SERIES,
      zone: 'Europe/London',
    });
    expect(edited.text).toContain('Fancy a proper career chat');
    expect(edited.text).not.toContain(scriptById('invitation').text);

    const blank = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      wording: '  \n ',
      sessions: SERIES,
      zone: 'Europe/London',
    });
    expect(blank.text).toContain(scriptById('invitation').text);
  });

  it('lists every session with its phase and readable local times in the given zone', () => {
    const { text, html } = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: SERIES,
      zone: 'Europe/London',
    });
    expect(text).toContain('Times are in London time.');
    expect(text).toContain(
      '- Session 1 (Where are you now?): Wednesday, 10 March 2027, 14:00–15:00',
    );
    expect(text).toContain(
      '- Session 2 (Where do you want to go?): Saturday, 20 March 2027, 14:00–15:00',
    );
    // London is on BST from 28 March.
    expect(text).toContain(
      '- Session 3 (How do we close the gap?): Thursday, 1 April 2027, 14:00–15:00',
    );
    expect(html).toContain(
      '<li>Session 2 (Where do you want to go?): Saturday, 20 March 2027, 14:00–15:00</li>',
    );
  });

  it('shows different local times across a DST change: London vs New York goes from 5 h to 4 h apart', () => {
    const compose = (zone: string) =>
      composeInvitation({ manager: MANAGER, report: REPORT, sessions: SERIES, zone }).text;
    const london = compose('Europe/London');
    const newYork = compose('America/New_York');

    expect(london).toContain('Wednesday, 10 March 2027, 14:00–15:00');
    expect(newYork).toContain('Wednesday, 10 March 2027, 09:00–10:00'); // 5 h behind
    expect(london).toContain('Saturday, 20 March 2027, 14:00–15:00');
    expect(newYork).toContain('Saturday, 20 March 2027, 10:00–11:00'); // 4 h behind
    expect(newYork).toContain('Times are in New York time.');
  });

  it('shows both days when a session crosses midnight in the zone', () => {
    const { text } = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: [{ start: '2027-03-20T23:30:00Z', end: '2027-03-21T00:30:00Z' }],
      zone: 'Europe/London',
    });
    expect(text).toContain('- Saturday, 20 March 2027, 23:30–Sunday, 21 March 2027, 00:30');
  });

  it('leaves the session list out when there are no sessions yet', () => {
    const { text, html } = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: [],
      zone: 'Europe/London',
    });
    expect(text).not.toContain('Times are in');
    expect(html).not.toContain('<ul>');
  });

  it('says in one line how to open the app beside the Teams meeting, only when sessions are booked', () => {
    const line =
      'In the Teams meeting, select Apps (+) and add Career Conversations to see our shared notes beside the call.';
    const booked = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: SERIES,
      zone: 'Europe/London',
    });
    expect(booked.text).toContain(line);
    expect(booked.html).toContain('select Apps (+) and add Career Conversations');
    const notYet = composeInvitation({
      manager: MANAGER,
      report: REPORT,
      sessions: [],
      zone: 'Europe/London',
    });
    expect(notYet.text).not.toContain('Apps (+)');
  });

  it('escapes names and wording in the HTML and keeps the subject on one line', () => {
    const message = composeInvitation({
      manager: { ...MANAGER, displayName: 'Priya <b>Shah</b>\r\nBcc: all@contoso.example' },
      report: { ...REPORT, displayName: '"Alex" & <Co>' },
      wording: '<script>alert(1)</script>\n\nSecond paragraph',
      sessions: SERIES,
      zone: 'Europe/London',
    });
    expect(withoutOwnTags(message.html)).not.toMatch(/[<>]/);
    expect(message.html).toContain('Hi &quot;Alex&quot;,');
    expect(message.html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Second');
    expect(message.text).toContain('<script>alert(1)</script>');
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(message.subject).toBe(
      'A career conversation with Priya <b>Shah</b> Bcc: all@contoso.example',
    );
  });
});

describe('deterministic formatting', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives the same message for the same input, whatever the host zone', () => {
    const compose = () => ({
      invitation: composeInvitation({
        manager: MANAGER,
        report: REPORT,
        sessions: SERIES,
        zone: 'America/New_York',
      }),
      prompt: composeReflectionPrompt({
        manager: MANAGER,
        report: REPORT,
        firstSession: { start: SERIES[0]?.start ?? '' },
        zone: 'Asia/Kolkata',
      }),
    });
    process.env.TZ = 'UTC';
    const first = compose();
    process.env.TZ = 'Pacific/Auckland';
    const second = compose();
    expect(second).toEqual(first);
    expect(compose()).toEqual(first);
  });
});
