import * as playbook from '../../../src/domain/playbook';

export interface FoundString {
  value: string;
  /** Where it sits, e.g. FAILURES.promises.instead.0 */
  path: string;
  /** The object that holds it, so tests can tell editorial entries from seed text. */
  holder: object | undefined;
  key: string;
}

/**
 * Every string value held by the playbook's exported data (functions are skipped). An object
 * reachable twice (a list that reuses a table's entries) is visited once: a shared reference is
 * not a second copy of its text.
 */
export function playbookStrings(): FoundString[] {
  const found: FoundString[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string, holder: object | undefined, key: string): void => {
    if (typeof value === 'string') {
      found.push({ value, path, holder, key });
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    for (const [childKey, child] of Object.entries(value)) {
      visit(child, `${path}.${childKey}`, value, childKey);
    }
  };
  for (const [name, value] of Object.entries(playbook)) {
    if (typeof value !== 'function') visit(value, name, undefined, name);
  }
  return found;
}
