import { PHASE_IDS, phaseById, type PhaseId } from '../../../../domain';
import { mergeTexts } from '../../autosave/merge-text';

/** The shared notes of one conversation, one text per phase. */
export type PhaseNotes = Readonly<Record<PhaseId, string>>;

export const EMPTY_PHASE_NOTES: PhaseNotes = {
  'where-now': '',
  'where-to-go': '',
  'close-the-gap': '',
};

/** The record keeps one text that both people read, so each phase is a titled section in it. */
export function phaseHeading(phase: PhaseId): string {
  return `## ${phaseById(phase).title}`;
}

function headingPhase(line: string, seen: ReadonlySet<PhaseId>): PhaseId | undefined {
  const trimmed = line.trimEnd();
  return PHASE_IDS.find((p) => !seen.has(p) && trimmed === phaseHeading(p));
}

/** Leading blank lines and trailing whitespace are layout, not notes. */
function tidy(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

/**
 * Splits the record's text into phases. Text before any phase heading (notes written elsewhere,
 * e.g. by hand on the record) belongs to the first phase, so nothing is dropped; a heading that
 * repeats is kept as text.
 */
export function parsePhaseNotes(shared: string): PhaseNotes {
  const lines: Record<PhaseId, string[]> = {
    'where-now': [],
    'where-to-go': [],
    'close-the-gap': [],
  };
  const seen = new Set<PhaseId>();
  let current: PhaseId = 'where-now';
  for (const line of shared.replace(/\r\n?/g, '\n').split('\n')) {
    const phase = headingPhase(line, seen);
    if (phase) {
      seen.add(phase);
      current = phase;
      // A preamble and the first phase's own section are one text, separated by a blank line.
      const before = lines[current];
      while (before.length > 0 && before[before.length - 1]?.trim() === '') before.pop();
      if (before.length > 0) before.push('');
    } else {
      lines[current].push(line);
    }
  }
  return {
    'where-now': tidy(lines['where-now'].join('\n')),
    'where-to-go': tidy(lines['where-to-go'].join('\n')),
    'close-the-gap': tidy(lines['close-the-gap'].join('\n')),
  };
}

/** The record's text: each phase with notes under its heading, in the playbook's order. */
export function serializePhaseNotes(notes: PhaseNotes): string {
  return PHASE_IDS.filter((p) => notes[p].trim() !== '')
    .map((p) => `${phaseHeading(p)}\n${tidy(notes[p])}`)
    .join('\n\n');
}

export function phasesWithNotes(notes: PhaseNotes): PhaseId[] {
  return PHASE_IDS.filter((p) => notes[p].trim() !== '');
}

/** Same notes once layout whitespace is set aside (what autosave compares). */
export function samePhaseNotes(a: PhaseNotes, b: PhaseNotes): boolean {
  return serializePhaseNotes(a) === serializePhaseNotes(b);
}

/** Phase by phase, keeping every line of both versions. */
export function mergePhaseNotes(mine: PhaseNotes, theirs: PhaseNotes): PhaseNotes {
  return {
    'where-now': mergeTexts(mine['where-now'], theirs['where-now']),
    'where-to-go': mergeTexts(mine['where-to-go'], theirs['where-to-go']),
    'close-the-gap': mergeTexts(mine['close-the-gap'], theirs['close-the-gap']),
  };
}
