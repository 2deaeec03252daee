import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASE_IDS } from '../../../../src/domain';
import {
  EMPTY_PHASE_NOTES,
  mergePhaseNotes,
  parsePhaseNotes,
  phaseHeading,
  phasesWithNotes,
  serializePhaseNotes,
} from '../../../../src/web/shared/conversation/notes-sync/phase-notes';

describe('phase notes: one shared text, one section per phase', () => {
  it('writes each phase with notes under its playbook title, in order', () => {
    const text = serializePhaseNotes({
      'where-now': 'Best work: design reviews.\n',
      'where-to-go': '',
      'close-the-gap': 'Lead the incident reviews.',
    });
    expect(text).toBe(
      '## Where are you now?\nBest work: design reviews.\n\n## How do we close the gap?\nLead the incident reviews.',
    );
    expect(phasesWithNotes(parsePhaseNotes(text))).toEqual(['where-now', 'close-the-gap']);
  });

  it('keeps notes written before any heading, in the first phase', () => {
    const notes = parsePhaseNotes('Written on the record by hand.\n\n## Where are you now?\nMore.');
    expect(notes['where-now']).toBe('Written on the record by hand.\n\nMore.');
    expect(parsePhaseNotes('Plain old notes.')).toEqual({
      ...EMPTY_PHASE_NOTES,
      'where-now': 'Plain old notes.',
    });
  });

  it('reads back what it wrote', () => {
    const section = fc.array(fc.stringMatching(/^[a-z ?#]{0,12}$/), { maxLength: 4 }).map((lines) =>
      lines
        .join('\n')
        .replace(/^(?:[ \t]*\n)+/, '')
        .trimEnd(),
    );
    fc.assert(
      fc.property(section, section, section, (a, b, c) => {
        const notes = { 'where-now': a, 'where-to-go': b, 'close-the-gap': c };
        const expected = Object.fromEntries(
          PHASE_IDS.map((p) => [p, notes[p].trim() === '' ? '' : notes[p]]),
        );
        expect(parsePhaseNotes(serializePhaseNotes(notes))).toEqual(expected);
      }),
    );
  });

  it('keeps a repeated heading as text, so nothing moves twice', () => {
    const twice = `${phaseHeading('where-to-go')}\nA\n${phaseHeading('where-to-go')}\nB`;
    expect(parsePhaseNotes(twice)['where-to-go']).toBe(`A\n${phaseHeading('where-to-go')}\nB`);
  });

  it('merges phase by phase, keeping both versions', () => {
    const merged = mergePhaseNotes(
      { ...EMPTY_PHASE_NOTES, 'where-now': 'base\nmine' },
      { ...EMPTY_PHASE_NOTES, 'where-now': 'base\ntheirs', 'where-to-go': 'theirs only' },
    );
    expect(merged).toEqual({
      'where-now': 'base\ntheirs\nmine',
      'where-to-go': 'theirs only',
      'close-the-gap': '',
    });
  });
});
