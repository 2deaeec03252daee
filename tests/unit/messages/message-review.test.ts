import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeContractSummary,
  composeInvitation,
  composeReflectionPrompt,
} from '../../../src/domain/messages';
import { reviewLine } from '../../../src/domain/messages/contract-lines';
import type { Person } from '../../../src/domain';
import { reviseContract } from '../../../src/domain/contract/versioning';
import { notesSections } from '../../../src/web/shared/notes-sections';
import {
  placeholdersIn,
  quickStart,
  withoutDatePlaceholder,
} from '../../../src/web/features/contract-editor/contract-draft';
import {
  MANAGER_COMMITMENT_KIND_LIST,
  REPORT_COMMITMENT_KIND_LIST,
  Temporal,
} from '../../../src/domain';
import {
  aCommitment,
  aContract,
  aHeldFull,
  aManagerCommitment,
  aReview,
  aVersion,
  at,
  MANAGER_ID,
  REPORT_ID,
} from '../builders';

/**
 * Every text a report receives, rendered for generated people and contracts, read as the report
 * reads it: their first name, their own commitments as theirs, zones as people name them, and
 * sentences that end once.
 */

const NOW = at('2027-01-04T09:00:00Z');
const ZONES = ['America/Mexico_City', 'Europe/London', 'Asia/Kolkata', 'Europe/Dublin'] as const;

const givenNames = fc.constantFrom('Tomás', 'Leila', 'Zoë', 'Chidi', 'Seán');
const surnames = fc.constantFrom('Hernández', 'Haddad', "O'Connor", 'van der Berg');
const zones = fc.constantFrom(...ZONES);
/** What a manager or report really types: ends with a full stop, an exclamation, or nothing. */
const actions = fc
  .tuple(
    fc.constantFrom(
      'Have coffee with Sipho about the platform team',
      'Lead the incident review',
      'Share the design doc with the staff group',
    ),
    fc.constantFrom('', '.', '!', ' .'),
  )
  .map(([text, end]) => text + end);
const aspects = fc
  .tuple(fc.constantFrom('What', 'How', 'Whether'), givenNames)
  .map(([word, name]) => `${word} ${name} learned from leading the review`);

const people = fc.record({
  given: givenNames,
  surname: surnames,
  reportZone: zones,
  managerZone: zones,
});

function personOf(id: string, name: string, zone: string): Person {
  return { id, displayName: name, mail: `${id}@contoso.example`, timeZone: zone };
}

const IANA = /\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+/;
const PUNCTUATION_BEFORE_BY = /[.!?]\s+by\s+\d/;

function checkForReport(text: string, given: string, shared: boolean): void {
  expect(text.startsWith(`Hi ${given},\n`)).toBe(true);
  expect(text).not.toMatch(IANA);
  if (shared) expect(text).not.toMatch(/ time\)|Times are shown in/);
  expect(text).not.toMatch(PUNCTUATION_BEFORE_BY);
  expect(text).not.toMatch(/[,;]\s*\./);
  expect(text).not.toMatch(/check in on [A-Z]/);
}

describe('every text a report receives, for a generated contract', () => {
  it('greets by first name, names zones as people do, speaks to them about their commitments', () => {
    fc.assert(
      fc.property(people, actions, actions, aspects, (who, theirs, mine, aspect) => {
        const report = personOf(REPORT_ID, `${who.given} ${who.surname}`, who.reportZone);
        const manager = personOf(MANAGER_ID, 'Priya Raman', who.managerZone);
        const shared = who.reportZone === who.managerZone;
        const zone = who.reportZone;
        const contract = aContract(
          aVersion({
            commitments: [
              aCommitment({ action: theirs, due: '2027-01-05' }),
              aManagerCommitment({ action: mine, due: '2027-01-20' }),
            ],
            reviews: [aReview({ aspect })],
          }),
        );
        const session = { start: '2027-01-12T16:00:00Z', end: '2027-01-12T17:00:00Z' };

        const invitation = composeInvitation({ manager, report, sessions: [session], zone });
        const prompt = composeReflectionPrompt({ manager, report, firstSession: session, zone });
        const summary = composeContractSummary({
          manager,
          report,
          contract,
          conversation: aHeldFull('2027-01-03'),
          zone,
          now: NOW,
        });

        for (const message of [invitation, prompt, summary]) {
          checkForReport(message.text, who.given, shared);
        }
        if (!shared) {
          const city = zone.split('/')[1]?.replace(/_/g, ' ') ?? '';
          expect(invitation.text).toContain(`${city} time`);
          expect(prompt.text).toContain(`(${city} time)`);
        }
        expect(summary.text).toContain('\nYour commitments\n');
        expect(summary.text).not.toContain('Their commitments');
        expect(summary.text).not.toContain(report.displayName);
      }),
    );
  });

  it('reads a review aspect mid-sentence without a capital, keeping names and acronyms', () => {
    expect(reviewLine(aReview({ month: '2027-02', aspect: 'What Leila learned' }))).toBe(
      'In February 2027, we will check in on what Leila learned',
    );
    expect(reviewLine(aReview({ month: '2027-02', aspect: 'Leila’s talk' }))).toBe(
      'In February 2027, we will check in on Leila’s talk',
    );
    expect(reviewLine(aReview({ month: '2027-02', aspect: 'API design reviews' }))).toBe(
      'In February 2027, we will check in on API design reviews',
    );
  });

  it('shows the history’s notes with their phase titles as titles, never as raw markdown', () => {
    const sections = notesSections(
      '## Where are you now?\nEnjoys the on-call tooling.\n\n## Where do you want to go?\nStaff in three years.',
    );
    expect(sections).toEqual([
      { title: 'Where are you now?', text: 'Enjoys the on-call tooling.' },
      { title: 'Where do you want to go?', text: 'Staff in three years.' },
    ]);
    expect(notesSections('Just a note.')).toEqual([{ text: 'Just a note.' }]);
  });

  it('takes the date out of a wording without leaving ",." behind', () => {
    expect(
      withoutDatePlaceholder(
        'I will connect you with <mentor>, who has made the move you want, by <date>.',
      ),
    ).toBe('I will connect you with <mentor>, who has made the move you want.');
    for (const kind of [...MANAGER_COMMITMENT_KIND_LIST, ...REPORT_COMMITMENT_KIND_LIST]) {
      expect(withoutDatePlaceholder(kind.examplePhrasing)).not.toMatch(/[,;]\s*\./);
    }
  });

  it('never pre-fills a commitment that would pass every check: a quick start has a placeholder', () => {
    const today = Temporal.PlainDate.from('2027-01-04');
    for (const kind of REPORT_COMMITMENT_KIND_LIST) {
      expect(placeholdersIn(quickStart('report', kind.id, today).action)).not.toEqual([]);
    }
    for (const kind of MANAGER_COMMITMENT_KIND_LIST) {
      expect(placeholdersIn(quickStart('manager', kind.id, today).action)).not.toEqual([]);
    }
  });

  it('says plainly why a later version cannot be "initial"', () => {
    const result = reviseContract(aContract(aVersion()), {
      reason: 'initial',
      note: 'Changed after the review',
      terms: {
        commitments: [aCommitment(), aManagerCommitment()],
        reviews: [aReview()],
        openQuestion: 'x',
      },
      now: NOW,
      zone: 'Europe/London',
    });
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages.join(' ')).not.toContain('Only the first version is the initial one');
    expect(messages).toContain(
      'This contract already has its first agreement. Choose why it is changing: a quarterly update, their goals changed, a monthly review or a correction.',
    );
  });
});
