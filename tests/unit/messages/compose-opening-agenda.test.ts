import { describe, expect, it } from 'vitest';
import { composeOpeningAgenda } from '../../../src/domain/messages';
import { questionById } from '../../../src/domain';
import {
  aCommitment,
  aContract,
  aManagerCommitment,
  aReview,
  aVersion,
  at,
  ZONE,
} from '../builders';
import { withoutOwnTags } from './fixtures';

const NOW = at('2026-06-01T09:00:00Z');

const v1 = aVersion({
  commitments: [
    aCommitment({ id: 'r-open', action: 'Write the proposal', due: '2026-07-01' }),
    aCommitment({ id: 'r-late', action: 'Pair with Dana', due: '2026-05-01' }),
    aManagerCommitment({ id: 'm-done', action: 'Introduce Alex to Dana', due: '2026-04-01' }),
    aManagerCommitment({ id: 'm-late', action: 'Talk to my manager', due: '2026-05-20' }),
    aManagerCommitment({ id: 'm-today', action: 'Find a talk slot', due: '2026-06-01' }),
    aManagerCommitment({ id: 'm-gone', action: 'Book the offsite', due: '2026-04-15' }),
  ],
  reviews: [aReview({ month: '2026-06', aspect: 'the proposal draft' })],
  openQuestion: 'Is platform realistic this year?',
});
const v2 = aVersion({
  version: 2,
  agreedAt: '2026-04-20T10:00:00Z',
  reason: 'monthly-review',
  note: 'Progress',
  commitments: v1.commitments.map((c) =>
    c.id === 'm-done'
      ? { ...c, status: 'done' as const, completedAt: '2026-03-30T10:00:00Z' }
      : c.id === 'm-gone'
        ? { ...c, status: 'dropped' as const, droppedReason: 'Offsite cancelled' }
        : c,
  ),
  reviews: v1.reviews,
  openQuestion: v1.openQuestion,
});
const CONTRACT = aContract(v1, v2);

const agenda = (previous = true) =>
  composeOpeningAgenda({
    contract: CONTRACT,
    ...(previous ? { previousVersion: v1 } : {}),
    now: NOW,
    zone: ZONE,
  });

describe('composeOpeningAgenda', () => {
  it("starts with the manager's own commitments, then what's changed, then the plan", () => {
    expect(agenda().sections.map((s) => s.id)).toEqual([
      'manager-commitments',
      'whats-changed',
      'report-commitments',
      'reviews',
      'open-question',
      'contract-changes',
      'update-contract',
    ]);
    expect(agenda(false).sections.map((s) => s.id)).not.toContain('contract-changes');
  });

  it("marks each of the manager's commitments done, not done or overdue (due today is not overdue)", () => {
    const [mine] = agenda().sections;
    expect(mine?.items).toEqual([
      {
        text: 'Introduce Alex to Dana by 1 April 2026',
        state: 'done',
        commitmentId: 'm-done',
        due: '2026-04-01',
      },
      {
        text: 'Talk to my manager by 20 May 2026',
        state: 'overdue',
        commitmentId: 'm-late',
        due: '2026-05-20',
      },
      {
        text: 'Find a talk slot by 1 June 2026',
        state: 'not-done',
        commitmentId: 'm-today',
        due: '2026-06-01',
      },
    ]);
  });

  it("asks the playbook's review-opening question second", () => {
    const section = agenda().sections[1];
    const question = questionById('review-whats-changed').text;
    expect(section?.items).toEqual([{ text: "What's changed since we last spoke?" }]);
    expect(section?.items[0]?.text.toLowerCase()).toBe(question.toLowerCase());
  });

  it("then lists the report's commitments, the reviews and the open question", () => {
    const sections = agenda().sections;
    expect(sections[2]?.items.map((i) => [i.commitmentId, i.state])).toEqual([
      ['r-late', 'overdue'],
      ['r-open', 'not-done'],
    ]);
    expect(sections[3]?.items).toEqual([
      { text: 'In June 2026, we will check in on the proposal draft' },
    ]);
    expect(sections[4]?.items).toEqual([{ text: 'Is platform realistic this year?' }]);
  });

  it('says what changed since the previous version, dropped ones with their reason', () => {
    const changes = agenda().sections.find((s) => s.id === 'contract-changes');
    expect(changes?.title).toBe('Changed since version 1 (3 March 2026)');
    expect(changes?.items.map((i) => i.text)).toEqual([
      "Done (manager's): Introduce Alex to Dana",
      "Dropped (manager's): Book the offsite (why: Offsite cancelled)",
    ]);
  });

  it('ends by updating the contract', () => {
    const last = agenda().sections.at(-1);
    expect(last?.id).toBe('update-contract');
    expect(last?.items[0]?.text).toMatch(/^Update the development contract/);
  });

  it('renders the same order in HTML and text, with each state spelt out', () => {
    const { html, text } = agenda();
    const bodies: [string, string][] = [
      [html, 'What&#39;s changed since we last spoke?'],
      [text, "What's changed since we last spoke?"],
    ];
    for (const [body, question] of bodies) {
      const mine = body.indexOf('Talk to my manager by 20 May 2026 (overdue)');
      const asked = body.indexOf(question);
      const theirs = body.indexOf('Pair with Dana by 1 May 2026 (overdue)');
      expect(mine).toBeGreaterThanOrEqual(0);
      expect(asked).toBeGreaterThan(mine);
      expect(theirs).toBeGreaterThan(asked);
    }
    expect(text).toContain('- Find a talk slot by 1 June 2026 (not done yet)');
    expect(text).toContain('- Introduce Alex to Dana by 1 April 2026 (done)');
  });

  it('says "None." for an empty section rather than leaving a bare heading', () => {
    const empty = composeOpeningAgenda({
      contract: aContract(aVersion({ commitments: [], reviews: [], openQuestion: '' })),
      now: NOW,
      zone: ZONE,
    });
    expect(empty.sections[0]?.items).toEqual([]);
    expect(empty.text).toContain('first: what was done, and what was not?\nNone.');
  });

  it('escapes user text in the HTML', () => {
    const nasty = composeOpeningAgenda({
      contract: aContract(
        aVersion({
          commitments: [aManagerCommitment({ action: '<b>Promote</b> Alex' })],
          openQuestion: '"><script>x</script>',
        }),
      ),
      now: NOW,
      zone: ZONE,
    });
    expect(withoutOwnTags(nasty.html)).not.toMatch(/[<>]/);
    expect(nasty.sections[0]?.items[0]?.text).toBe('<b>Promote</b> Alex by 30 September 2026');
  });
});

describe('composeOpeningAgenda: what the report wants to raise', () => {
  it('puts the report’s own items right after “what’s changed”, in their words', () => {
    const agenda = composeOpeningAgenda({
      contract: CONTRACT,
      now: NOW,
      zone: ZONE,
      raisedByReport: ['Shadowing the platform on-call', 'Conference <budget>'],
    });
    const ids = agenda.sections.map((s) => s.id);
    expect(ids.indexOf('raised-by-report')).toBe(ids.indexOf('whats-changed') + 1);
    const raised = agenda.sections.find((s) => s.id === 'raised-by-report');
    expect(raised?.title).toBe('What they want to raise');
    expect(raised?.items.map((i) => i.text)).toEqual([
      'Shadowing the platform on-call',
      'Conference <budget>',
    ]);
    expect(agenda.html).toContain('Conference &lt;budget&gt;');
  });

  it('leaves the section out when they added nothing', () => {
    const agenda = composeOpeningAgenda({
      contract: CONTRACT,
      now: NOW,
      zone: ZONE,
      raisedByReport: [],
    });
    expect(agenda.sections.map((s) => s.id)).not.toContain('raised-by-report');
  });
});
