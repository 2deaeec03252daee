import { questionById } from './question-bank';
import type { QuickReferenceGroup, ResolvedQuickReferenceGroup } from './types';

// Where the quick reference words a question exactly as the long form does, it points at that
// question; a different wording is its own quick-reference-only question.
export const QUICK_REFERENCE = [
  {
    id: 'where-now',
    title: 'Where are you now?',
    questionIds: [
      'qr-now-best-work',
      'qr-now-energising',
      'qr-now-good-at',
      'probe-advising-best-friend',
    ],
  },
  {
    id: 'where-to-go',
    title: 'Where do you want to go?',
    questionIds: [
      'qr-go-three-years',
      'qr-go-role',
      'qr-go-leadership-direction',
      'qr-money-no-object',
    ],
  },
  {
    id: 'honest-version',
    title: 'The honest version',
    questionIds: ['qr-version-underneath', 'qr-something-i-do', 'probe-if-you-were-going-to-leave'],
  },
  {
    id: 'close-the-gap',
    title: 'Closing the gap',
    questionIds: [
      'gap-biggest',
      'gap-need-from-me',
      'qr-in-your-way',
      'qr-commit-next-three-months',
    ],
  },
] as const satisfies readonly QuickReferenceGroup[];

export const QUICK_REFERENCE_TITLE = 'Quick Reference - Question Bank';

/** The quick reference with each id replaced by its question (text, kind, trust gate...). */
export function quickReference(): readonly ResolvedQuickReferenceGroup[] {
  return QUICK_REFERENCE.map((group) => ({
    id: group.id,
    title: group.title,
    questions: group.questionIds.map(questionById),
  }));
}
