/**
 * Length limits for what people type into a development contract. The minimum keeps out "tbd" and
 * "help"; the maximum keeps a commitment to one specific thing that fits on a calendar block.
 */
export const CONTRACT_LIMITS = {
  actionMin: 8,
  actionMax: 280,
  reviewAspectMax: 280,
  openQuestionMax: 500,
  dropReasonMax: 280,
  /** Why a flagged promise is in the manager's own gift: a sentence, shown to the report. */
  inGiftReasonMax: 280,
  noteMax: 1000,
  /** A few sentences next to a done commitment, not a second report. */
  doneNoteMax: 500,
} as const;
