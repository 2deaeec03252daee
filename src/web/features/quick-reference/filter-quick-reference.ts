import type { ResolvedQuickReferenceGroup } from '../../../domain/playbook';

/** Case- and accent-insensitive match on question text; groups with no match are left out. */
export function filterQuickReference(
  groups: readonly ResolvedQuickReferenceGroup[],
  query: string,
): readonly ResolvedQuickReferenceGroup[] {
  const needle = normalise(query.trim());
  if (!needle) return groups;
  return groups
    .map((group) => ({
      ...group,
      questions: group.questions.filter((question) => normalise(question.text).includes(needle)),
    }))
    .filter((group) => group.questions.length > 0);
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
