import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeContractSummary,
  composeInvitation,
  composeOpeningAgenda,
  composeReflectionPrompt,
  escapeHtml,
} from '../../../src/domain/messages';
import type { ComposedMessage } from '../../../src/domain/messages';
import type { DevelopmentContract } from '../../../src/domain';
import { QUESTIONS } from '../../../src/domain';
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

/**
 * Arbitrary user text that certainly holds a `<` and is bracketed by characters our own markup
 * never uses, so finding it raw in the HTML can only mean it went in unescaped.
 */
const userText = fc
  .tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }))
  .map(([a, b]) => `«${a}<${b}»`);

function aContractWith(
  action: string,
  managerAction: string,
  openQuestion: string,
  aspect: string,
): DevelopmentContract {
  return aContract(
    aVersion({
      commitments: [
        aCommitment({ id: 'theirs', action }),
        aManagerCommitment({ id: 'mine', action: managerAction }),
      ],
      reviews: [aReview({ id: 'review', aspect })],
      openQuestion,
    }),
  );
}

function composeAll(contract: DevelopmentContract) {
  return {
    summary: composeContractSummary({
      manager: MANAGER,
      report: REPORT,
      contract,
      conversation: aHeldFull('2026-03-03', { id: 'conversation' }),
      zone: ZONE,
      now: NOW,
    }),
    agenda: composeOpeningAgenda({ contract, now: NOW, zone: ZONE }),
  };
}

describe('message properties', () => {
  it('never lets user text into the HTML unescaped', () => {
    fc.assert(
      fc.property(userText, userText, userText, userText, (action, mine, question, aspect) => {
        const { summary, agenda } = composeAll(aContractWith(action, mine, question, aspect));
        for (const { html } of [summary, agenda]) {
          for (const text of [action, mine, question, aspect]) {
            expect(html).toContain(escapeHtml(text));
            expect(html).not.toContain(text);
          }
          // Every `<` left is the start of one of our own tags.
          expect(withoutOwnTags(html)).not.toMatch(/[<>]/);
        }
        // The plain-text alternative carries the text exactly as typed.
        expect(summary.text).toContain(action);
        expect(summary.text).toContain(question);
      }),
      { numRuns: 60 },
    );
  });

  it('escapes edited wording and names in the invitation and the prompt', () => {
    fc.assert(
      fc.property(userText, userText, (wording, name) => {
        const manager = { ...MANAGER, displayName: name };
        const messages = [
          composeInvitation({
            manager,
            report: REPORT,
            wording,
            sessions: [{ start: '2027-03-20T14:00:00Z', end: '2027-03-20T15:00:00Z' }],
            zone: ZONE,
          }),
          composeReflectionPrompt({
            manager,
            report: REPORT,
            wording,
            firstSession: { start: '2027-03-20T14:00:00Z' },
            zone: ZONE,
          }),
        ];
        for (const { html, subject } of messages) {
          expect(withoutOwnTags(html)).not.toMatch(/[<>]/);
          expect(subject).not.toMatch(/[\r\n\u2028\u2029]/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(userText, userText, (action, question) => {
        const contract = aContractWith(action, 'x', question, 'y');
        expect(composeAll(contract)).toEqual(composeAll(structuredClone(contract)));
      }),
      { numRuns: 20 },
    );
  });
});

describe('what messages never say', () => {
  const leaveQuestion = QUESTIONS['probe-if-you-were-going-to-leave'].text;
  const { summary, agenda } = composeAll(
    aContractWith(
      'Write the proposal',
      'Introduce Alex to Dana',
      'Is platform realistic?',
      'the proposal',
    ),
  );
  const messages: [string, ComposedMessage][] = [
    [
      'invitation',
      composeInvitation({
        manager: MANAGER,
        report: REPORT,
        sessions: [{ start: '2027-03-20T14:00:00Z', end: '2027-03-20T15:00:00Z' }],
        zone: ZONE,
      }),
    ],
    [
      'reflection prompt',
      composeReflectionPrompt({
        manager: MANAGER,
        report: REPORT,
        firstSession: { start: '2027-03-20T14:00:00Z' },
        zone: ZONE,
      }),
    ],
    ['contract summary', summary],
    ['opening agenda', agenda],
  ];

  it.each(messages)('the %s asks no leaving question and names no flight risk', (_, message) => {
    for (const part of [message.subject, message.html, message.text]) {
      expect(part).not.toContain(leaveQuestion);
      expect(part).not.toMatch(/\bleav(e|ing)\b|flight|risk|retention|retain/i);
    }
  });
});
