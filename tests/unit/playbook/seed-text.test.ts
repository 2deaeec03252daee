import { describe, expect, it } from 'vitest';
import {
  AMBITION_THAT_DOES_NOT_FIT,
  AVOIDANCE,
  BEFORE_YOU_START,
  CADENCE_MINIMUM,
  CADENCE_ROWS,
  CHECKLISTS,
  DEVELOPMENT_CONTRACT,
  DO_NOT_PREPARE,
  FAILURE_LIST,
  GOALS_CHANGED_SIGN_LIST,
  GOOD_LOOKS_LIKE_LIST,
  MANAGER_COMMITMENT_KIND_LIST,
  NOT_FOR,
  PHASE_LIST,
  PROBE_GROUP_LIST,
  TRANSITION_POINT_LIST,
  TRIGGER_LIST,
  WHEN_TO_USE,
  checklistItemText,
  questionById,
  quickReference,
  renderProse,
} from '../../../src/domain/playbook';
import type { QuestionId } from '../../../src/domain/playbook';
import { SEED_TEXT, bulletsUnder, lineAfterPrefix, tableRows, unquote } from './seed';
import { playbookStrings } from './walk';

const texts = (items: readonly { text: string }[]): string[] => items.map((item) => item.text);
const questionTexts = (ids: readonly QuestionId[]): string[] =>
  ids.map((id) => questionById(id).text);

describe('lists match the seed, in order', () => {
  it('purpose', () => {
    expect(texts(AVOIDANCE.reasons)).toEqual(bulletsUnder(AVOIDANCE.lead));
    expect(texts(NOT_FOR)).toEqual(bulletsUnder('What it is not for:'));
  });

  it('cadence, transitions and the leaving signal', () => {
    const [minimum, transitions, leaving] = bulletsUnder('Cadence:');
    expect(minimum).toBe(CADENCE_MINIMUM.text);
    expect(minimum).toContain(`at least ${CADENCE_MINIMUM.minMinutes} minutes`);
    expect(transitions).toBe(
      `${WHEN_TO_USE.transitionRule} - ${texts(TRANSITION_POINT_LIST).join(', ')}`,
    );
    expect(leaving).toBe(WHEN_TO_USE.leavingSignalRule);
  });

  it('the cadence table', () => {
    const rows = CADENCE_ROWS.filter((row) => row.inSeedTable).map((row) => [
      row.conversation,
      row.frequency,
      `${row.duration.min}-${row.duration.max} minutes`,
      row.format,
    ]);
    expect(rows).toEqual(tableRows('Conversation'));
  });

  it('triggers and preparation', () => {
    expect(texts(TRIGGER_LIST)).toEqual(
      bulletsUnder('Triggers for an ad hoc career conversation:'),
    );
    expect(texts(BEFORE_YOU_START.questions)).toEqual(bulletsUnder(BEFORE_YOU_START.lead));
    expect(SEED_TEXT).toContain(`${texts(DO_NOT_PREPARE.items).join(' ')} ${DO_NOT_PREPARE.why}`);
  });

  it('the opening questions of each conversation', () => {
    for (const phase of PHASE_LIST) {
      const heading = `Conversation ${phase.number} - ${phase.title}`;
      expect(questionTexts(phase.openingQuestionIds)).toEqual(
        bulletsUnder('Questions that open this:', heading).map(unquote),
      );
    }
  });

  it('the honest-answer probes', () => {
    for (const group of PROBE_GROUP_LIST) {
      expect(questionTexts(group.questionIds)).toEqual(
        bulletsUnder(`${group.title}:`).map(unquote),
      );
    }
  });

  it('the quick reference', () => {
    for (const group of quickReference()) {
      expect(texts(group.questions)).toEqual(
        bulletsUnder(group.title, 'Quick Reference - Question Bank').map(unquote),
      );
    }
  });

  it('the ambition exploration', () => {
    expect(texts(AMBITION_THAT_DOES_NOT_FIT.exploration)).toEqual(
      bulletsUnder(AMBITION_THAT_DOES_NOT_FIT.explorationLead),
    );
  });

  it('the development contract templates', () => {
    for (const section of DEVELOPMENT_CONTRACT.sections) {
      expect(section.templates).toEqual(bulletsUnder(section.title, 'Structure:'));
    }
  });

  it('the follow-through commitments', () => {
    expect(
      MANAGER_COMMITMENT_KIND_LIST.filter((kind) => kind.inSeed).map(
        (kind) => `${kind.label}: ${kind.description}`,
      ),
    ).toEqual(bulletsUnder('Practical follow-through commitments managers commonly make:'));
  });

  it('goals changed and what good looks like', () => {
    expect(texts(GOALS_CHANGED_SIGN_LIST)).toEqual(bulletsUnder('Signs that goals have changed:'));
    expect(texts(GOOD_LOOKS_LIKE_LIST)).toEqual(bulletsUnder('What Good Looks Like'));
  });

  it('the checklists, with quoted questions put back', () => {
    for (const checklist of CHECKLISTS) {
      expect(checklist.items.map((item) => checklistItemText(item.id))).toEqual(
        bulletsUnder(checklist.title),
      );
    }
  });

  it('the failures, part by part', () => {
    for (const failure of FAILURE_LIST) {
      const heading = `Failure ${failure.number} - ${failure.title}`;
      expect(lineAfterPrefix('What it is: ', heading)).toBe(failure.what);
      expect(lineAfterPrefix('Why it happens: ', heading)).toBe(failure.why);
      expect(lineAfterPrefix('What it costs: ', heading)).toBe(
        failure.costFromSeed ? failure.cost : undefined,
      );
      expect(lineAfterPrefix('What to do instead: ', heading)).toBe(renderProse(failure.instead));
    }
  });
});

// Wording that is ours, not the seed's: short labels, notes and examples, and the entries flagged
// as not in the seed. Everything else the data holds must be found in the seed as written.
const EDITORIAL_KEYS = new Set(['label', 'use', 'evidenceNote', 'examplePhrasing', 'whenToUse']);

function isEditorial(holder: object | undefined, key: string): boolean {
  if (EDITORIAL_KEYS.has(key)) return true;
  if (holder === undefined) return false;
  const flags = holder as Record<string, unknown>;
  return (
    flags['inSeed'] === false ||
    flags['inSeedTable'] === false ||
    flags['party'] === 'report' ||
    (key === 'cost' && flags['costFromSeed'] === false)
  );
}

describe('the rest of the text', () => {
  it('is the seed as written, apart from ids and marked editorial wording', () => {
    const invented = playbookStrings().filter(
      ({ value, holder, key }) =>
        !/^[a-z0-9-]+$/.test(value) &&
        key !== 'PLAYBOOK_VERSION' &&
        !isEditorial(holder, key) &&
        !SEED_TEXT.includes(value),
    );
    expect(invented.map(({ path, value }) => `${path}: ${value}`)).toEqual([]);
  });
});
