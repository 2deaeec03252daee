import type { LintFinding } from '../../../domain';
import { withoutDatePlaceholder } from './contract-draft';

/**
 * A suggestion the manager can apply with one click. The lint's suggestions are whole
 * sentences; those built around "<action>" are advice for any commitment ("put it in your
 * calendar"), not a rewording of this one, so they are shown but not offered as a replacement.
 */
export function applicableSuggestions(finding: LintFinding): string[] {
  return finding.suggestions
    .filter((s) => !s.includes('<action>'))
    .map(withoutDatePlaceholder)
    .filter((s, i, all) => s !== '' && all.indexOf(s) === i);
}

export function adviceOnly(finding: LintFinding): string[] {
  return finding.suggestions.filter((s) => s.includes('<action>'));
}

/** The sentence of `text` that holds the span: the lint flags a phrase, the fix replaces its sentence. */
function sentenceAround(text: string, span: { start: number; end: number }) {
  const before = text.slice(0, span.start);
  const ends = [...before.matchAll(/[.!?]+(?=\s)|\n/g)];
  const last = ends.at(-1);
  const start = last === undefined ? 0 : last.index + last[0].length;
  const after = /[.!?]+(?=\s|$)|\n/.exec(text.slice(span.end));
  const end = after === null ? text.length : span.end + after.index + after[0].length;
  return { start, end };
}

/**
 * Replaces the flagged sentence with the suggestion, keeping the rest of what was typed, so
 * accepting a rephrasing never throws away another sentence the manager wrote.
 */
export function applySuggestion(
  text: string,
  span: { start: number; end: number },
  suggestion: string,
): string {
  const { start, end } = sentenceAround(text, span);
  const head = text.slice(0, start);
  const tail = text.slice(end);
  const lead = head === '' || /\s$/.test(head) ? '' : ' ';
  const trail = tail === '' || /^\s/.test(tail) ? '' : ' ';
  return `${head}${lead}${suggestion}${trail}${tail}`;
}
