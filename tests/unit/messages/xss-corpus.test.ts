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
import { XSS_CORPUS, type XssPayload } from '../../e2e/support/xss-corpus';
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
const LINKS = { browser: 'https://app.example/#/reports/r' };

/**
 * A contract whose every typed field holds the payload: both parties' actions, a done note, an
 * in-gift reason, a review aspect, the open question, the version's note, and a commitment
 * dropped in this version with the payload as its reason.
 */
function contractFull(text: string): DevelopmentContract {
  const kept = aCommitment({ id: 'kept', action: `Theirs ${text}` });
  const dropped = aManagerCommitment({ id: 'dropped', action: `Dropped ${text}` });
  const v1 = aVersion({
    version: 1,
    commitments: [kept, dropped],
    reviews: [aReview({ id: 'review', aspect: text })],
    openQuestion: text,
  });
  const v2 = aVersion({
    version: 2,
    agreedAt: '2026-03-03T12:00:00Z',
    reason: 'correction',
    note: text,
    commitments: [
      { ...kept, status: 'done', completedAt: '2026-03-03T12:00:00Z', doneNote: text },
      { ...dropped, status: 'dropped', droppedReason: text },
      aManagerCommitment({ id: 'mine', action: `Mine ${text}`, inGiftReason: text }),
    ],
    reviews: [aReview({ id: 'review', aspect: text })],
    openQuestion: text,
  });
  return aContract(v1, v2);
}

/** Every mail body the product composes, with the payload in every text a person typed. */
function messagesWith({ text }: XssPayload): [string, ComposedMessage][] {
  const contract = contractFull(text);
  const manager = { ...MANAGER, displayName: `Priya ${text}` };
  const report = { ...REPORT, displayName: `Alex ${text}` };
  const session = { start: '2027-03-20T14:00:00Z', end: '2027-03-20T15:00:00Z' };
  return [
    [
      'contract summary',
      composeContractSummary({
        manager,
        report,
        contract,
        conversation: aHeldFull('2026-03-03', { sharedNotes: text }),
        zone: ZONE,
        now: NOW,
        intro: text,
        links: LINKS,
      }),
    ],
    ['opening agenda', composeOpeningAgenda({ contract, now: NOW, zone: ZONE })],
    [
      'invitation',
      composeInvitation({ manager, report, wording: text, sessions: [session], zone: ZONE }),
    ],
    [
      'reflection prompt',
      composeReflectionPrompt({
        manager,
        report,
        wording: text,
        firstSession: session,
        zone: ZONE,
      }),
    ],
  ];
}

/** The product's own links (`<a href="https://…">`), the only attribute-bearing tag it writes. */
const withoutOwnLinks = (html: string): string =>
  html.replace(/<a href="https:\/\/[^"<>]*">/g, '').replaceAll('</a>', '');

describe('the XSS corpus through every mail body the product sends', () => {
  it.each(XSS_CORPUS.map((p) => [p.id, p] as const))(
    '%s: shows as text in the HTML body, never as markup',
    (_id, payload) => {
      for (const [name, { html, text }] of messagesWith(payload)) {
        // The payload is in the mail, escaped (so a test over an empty body cannot pass)…
        expect(html, name).toContain(escapeHtml(payload.text));
        expect(text, name).toContain(payload.text);
        // …and every `<` left is the start of one of the composers' own tags.
        expect(withoutOwnTags(withoutOwnLinks(html)), name).not.toMatch(/[<>]/);
      }
    },
  );
});
