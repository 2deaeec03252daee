import { describe, expect, it } from 'vitest';
import { composeContractSummary } from '../../../src/domain/messages';
import type { DevelopmentContract } from '../../../src/domain';
import { DEVELOPMENT_CONTRACT } from '../../../src/domain';
import {
  aCommitment,
  aContract,
  aHeldFull,
  aManagerCommitment,
  aReview,
  aVersion,
  at,
  ZONE,
} from '../builders';
import { MANAGER, REPORT, withoutOwnTags } from './fixtures';

const NOW = at('2026-03-04T09:00:00Z');

const version = aVersion({
  agreedAt: '2026-03-03T11:00:00Z',
  commitments: [
    aCommitment({
      id: 'r2',
      action: 'Present the proposal at architecture review',
      due: '2026-05-15',
    }),
    aCommitment({ id: 'r1', action: 'Write the billing design proposal', due: '2026-04-10' }),
    aManagerCommitment({
      id: 'm1',
      action: 'Introduce Alex to Dana in platform',
      due: '2026-03-17',
    }),
    aManagerCommitment({
      id: 'm2',
      kind: 'talk-to-own-manager',
      action: "Talk to my manager about Alex's progression",
      due: '2026-04-30',
    }),
  ],
  reviews: [
    aReview({ month: '2026-06', aspect: 'how the proposal landed' }),
    aReview({ month: '2026-04', aspect: 'the draft proposal' }),
  ],
  openQuestion: 'Whether a move into platform is realistic this year',
});
const CONTRACT = aContract(version);
const CONVERSATION = aHeldFull('2026-03-03', {
  sharedNotes: 'SECRET-NOTES: energised by design work, drained by on-call',
});

const compose = (contract: DevelopmentContract = CONTRACT) =>
  composeContractSummary({
    manager: MANAGER,
    report: REPORT,
    contract,
    conversation: CONVERSATION,
    zone: ZONE,
    now: NOW,
  });

const indexes = (text: string, parts: string[]): number[] => parts.map((p) => text.indexOf(p));

describe('composeContractSummary', () => {
  it('is titled with the day the contract was agreed', () => {
    expect(compose().subject).toBe('Our development contract — 3 March 2026');
  });

  it("shows every commitment with its date, in the playbook's structure and order", () => {
    const { text, html } = compose();
    const lines = [
      'Your commitments',
      '- Write the billing design proposal by 10 April 2026',
      '- Present the proposal at architecture review by 15 May 2026',
      'My commitments (Priya Shah)',
      '- Introduce Alex to Dana in platform by 17 March 2026',
      "- Talk to my manager about Alex's progression by 30 April 2026",
      'What we will review',
      '- In April 2026, we will check in on the draft proposal',
      '- In June 2026, we will check in on how the proposal landed',
      'The open question we are sitting with',
      '- Whether a move into platform is realistic this year',
    ];
    const at = indexes(text, lines);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    for (const c of version.commitments) {
      expect(html).toContain(c.action.replace(/'/g, '&#39;'));
    }
    expect(html).toContain('<h2>My commitments (Priya Shah)</h2>');
    expect(html).toContain('<li>Introduce Alex to Dana in platform by 17 March 2026</li>');
  });

  it("uses the playbook's section titles, the commitments addressed to the report as theirs and the manager's as mine", () => {
    const { text } = compose();
    for (const section of DEVELOPMENT_CONTRACT.sections.filter(
      (s) => !s.id.endsWith('commitments'),
    )) {
      expect(text).toContain(section.title.replace(/:$/, ''));
    }
    expect(text).toContain('Your commitments\n');
    expect(text).toContain('My commitments (Priya Shah)\n');
  });

  it('thanks them for the conversation on the day it was held', () => {
    expect(compose().text).toContain('Thank you for our conversation on 3 March 2026.');
    const withoutConversation = composeContractSummary({
      manager: MANAGER,
      report: REPORT,
      contract: CONTRACT,
      zone: ZONE,
      now: NOW,
    });
    expect(withoutConversation.text).toContain('as we agreed it on 3 March 2026');
  });

  it('carries the contract, not the shared notes', () => {
    const { text, html } = compose();
    expect(text).not.toContain('SECRET-NOTES');
    expect(html).not.toContain('SECRET-NOTES');
  });

  it('marks done and overdue commitments, and names what was dropped with its reason', () => {
    const v2 = aVersion({
      version: 2,
      agreedAt: '2026-05-01T10:00:00Z',
      reason: 'monthly-review',
      note: 'Dana moved teams',
      commitments: [
        { ...aCommitment({ id: 'r1', due: '2026-04-10' }), status: 'done' },
        aCommitment({ id: 'r2', action: 'Present the proposal', due: '2026-04-20' }),
        {
          ...aManagerCommitment({ id: 'm1', action: 'Introduce Alex to Dana' }),
          status: 'dropped',
          droppedReason: 'Dana moved teams',
        },
      ],
    });
    const { text, subject } = composeContractSummary({
      manager: MANAGER,
      report: REPORT,
      contract: aContract(version, v2),
      zone: ZONE,
      now: at('2026-05-02T09:00:00Z'),
    });
    expect(text).toMatch(/by 10 April 2026 \(done\)/);
    expect(text).toContain('- Present the proposal by 20 April 2026 (overdue)');
    expect(text).toContain('My commitments (Priya Shah)\nNone yet.');
    expect(text).toContain(
      'No longer part of the contract\n- Introduce Alex to Dana (why: Dana moved teams)',
    );
    expect(subject).toBe('Our development contract — 1 May 2026');
  });

  it('says why a promise agreed as in the manager’s own gift is theirs to give, in their voice', () => {
    const promised = aVersion({
      commitments: [
        aCommitment({ action: 'Write the billing design proposal', due: '2026-04-10' }),
        aManagerCommitment({
          kind: 'other-manager',
          action: 'I will make sure you get promoted',
          due: '2026-04-30',
          inGiftReason: 'I chair the promotion panel for this level',
        }),
      ],
    });
    expect(compose(aContract(promised)).text).toContain(
      '- I will make sure you get promoted by 30 April 2026 (in my own gift: I chair the promotion panel for this level)',
    );
  });

  it('escapes every piece of user text in the HTML', () => {
    const nasty = aContract(
      aVersion({
        commitments: [
          aCommitment({ action: '<script>alert("x")</script>' }),
          aManagerCommitment({ action: "Book <b onclick='x()'>Dana</b> & co" }),
        ],
        reviews: [aReview({ aspect: '</li></ul><h1>Promoted</h1>' })],
        openQuestion: '<img src=x onerror=alert(1)>',
      }),
    );
    const { html } = composeContractSummary({
      manager: { ...MANAGER, displayName: '<Priya>' },
      report: { ...REPORT, displayName: 'Alex "the <great>"' },
      contract: nasty,
      zone: ZONE,
      now: NOW,
    });
    expect(withoutOwnTags(html)).not.toMatch(/[<>]/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Book &lt;b onclick=&#39;x()&#39;&gt;Dana&lt;/b&gt; &amp; co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is deterministic for a fixed input', () => {
    expect(compose()).toEqual(compose());
  });
});
