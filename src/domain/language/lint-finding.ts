import type { Party } from '../model/contract';

export const LINT_CODES = ['promise', 'vague-timing', 'vague-action'] as const;
/**
 * promise = Failure 4, "Making promises you cannot keep"; vague-timing and vague-action =
 * Failure 5, "The conversation that goes nowhere".
 */
export type LintCode = (typeof LINT_CODES)[number];

export type LintSeverity = 'warning' | 'info';

/** Character offsets into the linted text: `text.slice(start, end)` is the excerpt. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface LintFinding {
  code: LintCode;
  severity: LintSeverity;
  span: TextSpan;
  excerpt: string;
  /** User-facing: says why, in the playbook's terms. */
  message: string;
  /** Honest rephrasings the user can adapt; placeholders are in <angle brackets>. */
  suggestions: string[];
  /** Which rule matched, for tests and telemetry-free debugging; stable across wording edits. */
  rule: string;
}

/** Where the text comes from: one commitment's action, or free text such as a summary mail. */
export type LintContext = 'commitment' | 'summary';

export interface LintOptions {
  /** Who wrote or owns the text. Promises are the manager's failure mode. Default: manager. */
  party?: Party;
  /** Default: summary. */
  context?: LintContext;
  /** In commitment context: the commitment has a due date field set, so the text needs none. */
  hasDueDate?: boolean;
}
