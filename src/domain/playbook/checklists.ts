import { CHECKLIST_IDS, CHECKLIST_ITEM_IDS } from './ids';
import type { ChecklistId, ChecklistItemId } from './ids';
import { renderProse } from './prose';
import type { ById, Checklist, ChecklistItem } from './types';

export const CHECKLIST_TITLES = {
  before: 'Before the conversation:',
  during: 'During the conversation:',
  after: 'After the conversation:',
  next: 'At the next career conversation:',
} as const satisfies Record<ChecklistId, string>;

// Automatic means the records named in evidenceNote can prove it; anything about the manager's
// own thinking or judgement stays manual, because no record could honestly tick it.
export const CHECKLIST_ITEMS = {
  'booked-dedicated-60': {
    id: 'booked-dedicated-60',
    checklist: 'before',
    text: ['Booked at least 60 minutes as a dedicated session'],
    evidence: 'automatic',
    evidenceNote: 'The booked event lasts at least 60 minutes and is not inside a 1:1.',
  },
  'thought-about-aspirations': {
    id: 'thought-about-aspirations',
    checklist: 'before',
    text: ['Thought about what I already know about their career aspirations'],
    evidence: 'manual',
    evidenceNote: 'Private reflection leaves no record.',
  },
  'identified-opportunities': {
    id: 'identified-opportunities',
    checklist: 'before',
    text: ['Identified what opportunities realistically exist in the organisation'],
    evidence: 'manual',
    evidenceNote: 'Private preparation leaves no record.',
  },
  'honest-about-commitments': {
    id: 'honest-about-commitments',
    checklist: 'before',
    text: ['Been honest with myself about what I can and cannot commit to'],
    evidence: 'manual',
    evidenceNote: 'Only the manager can know.',
  },
  'sent-reflection-prompt': {
    id: 'sent-reflection-prompt',
    checklist: 'before',
    text: ['Sent a light reflection prompt in advance'],
    evidence: 'automatic',
    evidenceNote: 'A reflection prompt was queued for delivery before the session starts.',
  },
  'cleared-head': {
    id: 'cleared-head',
    checklist: 'before',
    text: ['Cleared my head - this conversation needs to be about them, not about me'],
    evidence: 'manual',
    evidenceNote: 'Only the manager can know.',
  },
  'started-from-their-perspective': {
    id: 'started-from-their-perspective',
    checklist: 'during',
    text: ['Started from their perspective, not mine'],
    evidence: 'manual',
    evidenceNote: 'A judgement about how the conversation went.',
  },
  'covered-where-now': {
    id: 'covered-where-now',
    checklist: 'during',
    text: ['Covered where they are now - with real depth, not just the acceptable answer'],
    evidence: 'automatic',
    evidenceNote:
      "The conversation reached the where-now phase. Depth is still the manager's call to reflect on.",
  },
  'covered-where-to-go': {
    id: 'covered-where-to-go',
    checklist: 'during',
    text: ['Covered where they want to go - including the ambiguous or uncertain parts'],
    evidence: 'automatic',
    evidenceNote: 'The conversation reached the where-to-go phase and a direction was recorded.',
  },
  'did-not-push-for-clarity': {
    id: 'did-not-push-for-clarity',
    checklist: 'during',
    text: ['Did not push them to have a clearer answer than they have'],
    evidence: 'manual',
    evidenceNote: 'A judgement about how the conversation went.',
  },
  'covered-the-gap': {
    id: 'covered-the-gap',
    checklist: 'during',
    text: ['Covered the gap - practical, specific, honest'],
    evidence: 'automatic',
    evidenceNote: 'The conversation reached the close-the-gap phase.',
  },
  'honest-about-what-org-can-offer': {
    id: 'honest-about-what-org-can-offer',
    checklist: 'during',
    text: ['Been honest about what the organisation can and cannot offer'],
    evidence: 'manual',
    evidenceNote: 'Only the manager can know.',
  },
  'agreed-contract': {
    id: 'agreed-contract',
    checklist: 'during',
    text: ['Agreed a development contract - specific commitments, both parties, with dates'],
    evidence: 'automatic',
    evidenceNote:
      'A contract version was agreed in this conversation with dated commitments for both parties.',
  },
  'sent-summary-48h': {
    id: 'sent-summary-48h',
    checklist: 'after',
    text: ['Sent a written summary of the development contract within 48 hours'],
    evidence: 'automatic',
    evidenceNote: 'The summary was sent within 48 hours of the conversation.',
  },
  'own-commitments-in-calendar': {
    id: 'own-commitments-in-calendar',
    checklist: 'after',
    text: ['Put my own commitments in my calendar with dates'],
    evidence: 'automatic',
    evidenceNote: 'Every open manager commitment is scheduled as a calendar block or task.',
  },
  'booked-next': {
    id: 'booked-next',
    checklist: 'after',
    text: ['Booked the next career conversation'],
    evidence: 'automatic',
    evidenceNote: 'A later career conversation with the same person is booked.',
  },
  'done-time-sensitive-within-week': {
    id: 'done-time-sensitive-within-week',
    checklist: 'after',
    text: ['Done anything time-sensitive within the week'],
    evidence: 'automatic',
    evidenceNote:
      'Every manager commitment due within seven days of the conversation is marked done.',
  },
  'reviewed-contract-before': {
    id: 'reviewed-contract-before',
    checklist: 'next',
    text: ['Reviewed the development contract before the session'],
    evidence: 'manual',
    evidenceNote: 'Reading the contract leaves no record.',
  },
  'checked-own-commitments-first': {
    id: 'checked-own-commitments-first',
    checklist: 'next',
    text: ['Checked my own commitments first - what did I do and what did I not do?'],
    evidence: 'automatic',
    evidenceNote: "The previous contract's commitments were reviewed at the start of the session.",
  },
  'opened-with-whats-changed': {
    id: 'opened-with-whats-changed',
    checklist: 'next',
    text: ['Opened with ', { questionId: 'review-whats-changed' }, ' before revisiting the plan'],
    evidence: 'automatic',
    evidenceNote: 'The manager marked the opening question as asked during the session.',
  },
  'updated-contract': {
    id: 'updated-contract',
    checklist: 'next',
    text: ['Updated the development contract with progress and new commitments'],
    evidence: 'automatic',
    evidenceNote: 'A new contract version was agreed in this conversation.',
  },
} as const satisfies ById<ChecklistItemId, ChecklistItem>;

export const CHECKLISTS: readonly Checklist[] = CHECKLIST_IDS.map((id) => ({
  id,
  title: CHECKLIST_TITLES[id],
  items: CHECKLIST_ITEM_IDS[id].map((itemId) => CHECKLIST_ITEMS[itemId]),
}));

export function checklistItemById(id: ChecklistItemId): ChecklistItem {
  return CHECKLIST_ITEMS[id];
}

export function checklistItemText(id: ChecklistItemId): string {
  return renderProse(CHECKLIST_ITEMS[id].text);
}
