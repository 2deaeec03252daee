import { describe, expect, it } from 'vitest';
import {
  AMBITION_THAT_DOES_NOT_FIT,
  BEFORE_YOU_START,
  CADENCE_ROWS,
  CHECKLIST_IDS,
  CHECKLIST_ITEM_IDS,
  CHECKLISTS,
  CONVERSATION_KINDS,
  FAILURE_IDS,
  FAILURE_LIST,
  GOALS_CHANGED_SIGN_IDS,
  GOALS_CHANGED_SIGN_LIST,
  GOOD_LOOKS_LIKE_IDS,
  GOOD_LOOKS_LIKE_LIST,
  HONEST_COMMITMENT_PHRASINGS,
  MANAGER_COMMITMENT_KIND_LIST,
  MANAGER_COMMITMENT_KINDS,
  PHASE_IDS,
  PHASE_LIST,
  PLAYBOOK_VERSION,
  PROBE_GROUP_LIST,
  QUESTION_BANK,
  QUESTION_IDS,
  QUICK_REFERENCE,
  REPORT_COMMITMENT_KINDS,
  SCRIPT_IDS,
  SCRIPT_LIST,
  TRANSITION_IDS,
  TRANSITION_POINT_LIST,
  TRIGGER_IDS,
  TRIGGER_LIST,
  cadenceFor,
  checklistItemById,
  commitmentKindById,
  failureById,
  isQuestionId,
  phaseById,
  questionById,
  questionsFor,
  quickReference,
  scriptById,
  transitionById,
  triggerById,
} from '../../../src/domain/playbook';

function expectUniqueIds(items: readonly { id: string }[]): void {
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size, `duplicate id in ${ids.join(', ')}`).toBe(ids.length);
}

describe('playbook counts', () => {
  it('has as many of each element as the seed lists', () => {
    expect(TRIGGER_LIST).toHaveLength(6);
    expect(BEFORE_YOU_START.questions).toHaveLength(6);
    expect(PHASE_LIST.map((p) => p.openingQuestionIds.length)).toEqual([6, 6, 5]);
    expect(AMBITION_THAT_DOES_NOT_FIT.exploration).toHaveLength(4);
    expect(MANAGER_COMMITMENT_KIND_LIST.filter((k) => k.inSeed)).toHaveLength(6);
    expect(GOALS_CHANGED_SIGN_LIST).toHaveLength(4);
    expect(GOOD_LOOKS_LIKE_LIST).toHaveLength(7);
    expect(FAILURE_LIST).toHaveLength(5);
    expect(CHECKLISTS.map((c) => c.items.length)).toEqual([6, 7, 4, 4]);
    expect(PROBE_GROUP_LIST.map((g) => g.questionIds.length)).toEqual([3, 4, 3]);
    expect(QUICK_REFERENCE.map((g) => g.questionIds.length)).toEqual([4, 4, 3, 4]);
    expect(HONEST_COMMITMENT_PHRASINGS).toHaveLength(2);
  });

  it('gives every failure all four parts', () => {
    for (const failure of FAILURE_LIST) {
      for (const part of [failure.what, failure.why, failure.cost]) {
        expect(part.trim(), failure.id).not.toBe('');
      }
      expect(failure.instead.length, failure.id).toBeGreaterThan(0);
    }
  });

  it('marks exactly the two leaving triggers as the leaving signal', () => {
    expect(TRIGGER_LIST.filter((t) => t.leavingSignal).map((t) => t.id)).toEqual([
      'approached-by-another-organisation',
      'uncertain-this-is-the-right-place',
    ]);
  });

  it('trust-gates only the leave question, with its caution', () => {
    const gated = QUESTION_BANK.filter((q) => q.trustGated === true);
    expect(gated.map((q) => q.id)).toEqual(['probe-if-you-were-going-to-leave']);
    expect(gated[0]?.caution).toContain('Ask it only when you have established real trust.');
  });

  it('has a version', () => {
    expect(PLAYBOOK_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('playbook ids', () => {
  it('are unique within each collection', () => {
    for (const list of [
      QUESTION_BANK,
      SCRIPT_LIST,
      TRIGGER_LIST,
      TRANSITION_POINT_LIST,
      PHASE_LIST,
      PROBE_GROUP_LIST,
      QUICK_REFERENCE,
      FAILURE_LIST,
      CHECKLISTS,
      CHECKLISTS.flatMap((c) => c.items),
      GOOD_LOOKS_LIKE_LIST,
      GOALS_CHANGED_SIGN_LIST,
      MANAGER_COMMITMENT_KIND_LIST,
      BEFORE_YOU_START.questions,
      AMBITION_THAT_DOES_NOT_FIT.exploration,
    ]) {
      expectUniqueIds(list);
    }
  });

  it('each have data, found by their lookup', () => {
    for (const id of QUESTION_IDS) expect(questionById(id).id).toBe(id);
    for (const id of SCRIPT_IDS) expect(scriptById(id).id).toBe(id);
    for (const id of TRIGGER_IDS) expect(triggerById(id).id).toBe(id);
    for (const id of TRANSITION_IDS) expect(transitionById(id).id).toBe(id);
    for (const id of PHASE_IDS) expect(phaseById(id).id).toBe(id);
    for (const id of FAILURE_IDS) expect(failureById(id).id).toBe(id);
    for (const kind of CONVERSATION_KINDS) expect(cadenceFor(kind).kind).toBe(kind);
    for (const kind of [...MANAGER_COMMITMENT_KINDS, ...REPORT_COMMITMENT_KINDS]) {
      expect(commitmentKindById(kind).id).toBe(kind);
    }
    expect(GOOD_LOOKS_LIKE_LIST.map((g) => g.id)).toEqual([...GOOD_LOOKS_LIKE_IDS]);
    expect(GOALS_CHANGED_SIGN_LIST.map((s) => s.id)).toEqual([...GOALS_CHANGED_SIGN_IDS]);
    expect(CADENCE_ROWS.map((r) => r.kind)).toEqual([...CONVERSATION_KINDS]);
    for (const checklistId of CHECKLIST_IDS) {
      for (const itemId of CHECKLIST_ITEM_IDS[checklistId]) {
        expect(checklistItemById(itemId)).toMatchObject({ id: itemId, checklist: checklistId });
      }
    }
    expect(QUESTION_BANK.map((q) => q.id)).toEqual([...QUESTION_IDS]);
  });

  it('tells question ids from other strings', () => {
    expect(isQuestionId('gap-biggest')).toBe(true);
    expect(isQuestionId('toString')).toBe(false);
  });

  it('puts every question somewhere it can be reached', () => {
    const referenced = new Set([
      ...PHASE_LIST.flatMap((p) => p.openingQuestionIds),
      ...PROBE_GROUP_LIST.flatMap((g) => g.questionIds),
      ...QUICK_REFERENCE.flatMap((g) => g.questionIds),
      'version-underneath',
      'review-whats-changed',
    ]);
    expect(QUESTION_IDS.filter((id) => !referenced.has(id))).toEqual([]);
  });
});

describe('question references', () => {
  it('resolve in the quick reference, sharing identical questions with the long form', () => {
    const groups = quickReference();
    expect(groups.map((g) => g.title)).toEqual([
      'Where are you now?',
      'Where do you want to go?',
      'The honest version',
      'Closing the gap',
    ]);
    for (const group of groups) {
      for (const question of group.questions) expect(question.text).not.toBe('');
    }
    const ids = groups.flatMap((g) => g.questions.map((q) => q.id));
    expect(ids).toContain('probe-if-you-were-going-to-leave');
    expect(ids).toContain('gap-biggest');
  });

  it('link each quick-reference variant to a different, longer wording', () => {
    for (const question of QUESTION_BANK) {
      if (question.variantOf === undefined) continue;
      expect(question.kind).toBe('quick-reference-only');
      const original = questionById(question.variantOf);
      expect(original.kind).not.toBe('quick-reference-only');
      expect(original.text).not.toBe(question.text);
      expect(original.phase).toBe(question.phase);
    }
  });

  it('give each phase its openings, probes and technique, without quick-reference wordings', () => {
    for (const phase of PHASE_LIST) {
      const questions = questionsFor(phase.id);
      expect(questions.slice(0, phase.openingQuestionIds.length).map((q) => q.id)).toEqual(
        phase.openingQuestionIds,
      );
      expect(questions.every((q) => q.phase === phase.id)).toBe(true);
      expect(questions.some((q) => q.kind === 'quick-reference-only')).toBe(false);
    }
    expect(questionsFor('where-now').map((q) => q.id)).toContain('version-underneath');
    expect(questionsFor('close-the-gap').map((q) => q.id)).toContain(
      'probe-if-you-were-going-to-leave',
    );
  });
});

describe('commitment kinds', () => {
  it('default an introduction to two weeks and every kind to at most a month', () => {
    expect(commitmentKindById('introduction')).toMatchObject({ defaultDueDays: 14 });
    for (const kind of MANAGER_COMMITMENT_KIND_LIST) {
      expect(kind.defaultDueDays).toBeGreaterThan(0);
      expect(kind.defaultDueDays).toBeLessThanOrEqual(30);
      expect(kind.examplePhrasing).toMatch(/\[date\]/);
    }
  });

  it('separate manager kinds from report kinds', () => {
    expect(commitmentKindById('learning').party).toBe('report');
    expect(commitmentKindById('mentor-connection').party).toBe('manager');
  });
});
