import { z } from '../../../../app/zod';
import { PHASE_IDS, type PhaseId } from '../../../../domain';
import { SHARED_NOTES_MAX } from '../../../../app/api-schemas/conversation';
import {
  parsePhaseNotes,
  phasesWithNotes,
  samePhaseNotes,
  serializePhaseNotes,
  type PhaseNotes,
} from './phase-notes';

/**
 * What conversation mode autosaves to the shared record: the notes of each phase and the phases
 * the manager marked as covered (a phase with notes counts as covered anyway).
 */
export interface SharedNotesValue {
  notes: PhaseNotes;
  covered: readonly PhaseId[];
}

const phaseId = z.enum(PHASE_IDS);

/** A draft read back from the device is checked against this before it is trusted. */
export const sharedNotesValueSchema: z.ZodMiniType<SharedNotesValue> = z.object({
  notes: z.object({
    'where-now': z.string(),
    'where-to-go': z.string(),
    'close-the-gap': z.string(),
  }),
  covered: z.array(phaseId),
});

export function fromRecord(record: {
  sharedNotes: string;
  phasesReached: readonly PhaseId[];
}): SharedNotesValue {
  return { notes: parsePhaseNotes(record.sharedNotes), covered: [...record.phasesReached] };
}

/** Covered phases in the playbook's order: marked ones and every phase with notes. */
export function phasesReached(value: SharedNotesValue): PhaseId[] {
  const withNotes = phasesWithNotes(value.notes);
  return PHASE_IDS.filter((p) => value.covered.includes(p) || withNotes.includes(p));
}

export function sameSharedNotes(a: SharedNotesValue, b: SharedNotesValue): boolean {
  const ra = phasesReached(a);
  const rb = phasesReached(b);
  return (
    samePhaseNotes(a.notes, b.notes) && ra.length === rb.length && ra.every((p) => rb.includes(p))
  );
}

/** "Where do you want to go?" written down is the aspiration the playbook asks to record. */
export function aspirationWritten(value: SharedNotesValue): boolean {
  return value.notes['where-to-go'].trim() !== '';
}

// Control characters other than tab and newlines are invisible and refused by the record.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The record's text, as sent. */
export function sharedNotesText(value: SharedNotesValue): string {
  return serializePhaseNotes(value.notes).replace(CONTROL, '');
}

/** Why the value cannot be sent as it is, if it cannot. */
export function checkSharedNotes(value: SharedNotesValue): string | undefined {
  const length = sharedNotesText(value).length;
  if (length <= SHARED_NOTES_MAX) return undefined;
  return `Shared notes hold at most ${SHARED_NOTES_MAX.toLocaleString()} characters and these have ${length.toLocaleString()}: shorten them to save.`;
}
