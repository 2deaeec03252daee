import type { BatchStep } from './batch';

export type BatchPlan = { ok: true; value: BatchStep[][] } | { ok: false; message: string };

/**
 * Splits steps into `/$batch` requests of at most `max`. Steps linked by `dependsOn` must travel
 * together (Graph resolves dependencies only within one batch), so linked steps form a group and
 * groups are packed whole, in their original order.
 */
export function planBatchChunks(steps: readonly BatchStep[], max: number): BatchPlan {
  const index = new Map<string, number>();
  for (const [position, step] of steps.entries()) {
    const key = step.id.toLowerCase();
    if (index.has(key)) return { ok: false, message: `Batch step id "${step.id}" is used twice.` };
    index.set(key, position);
  }
  const parent = steps.map((_, position) => position);
  const find = (at: number): number => {
    let root = at;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[at] = root;
    return root;
  };
  for (const [position, step] of steps.entries()) {
    for (const id of step.dependsOn ?? []) {
      const target = index.get(id.toLowerCase());
      if (target === undefined || target >= position) {
        return {
          ok: false,
          message: `Batch step "${step.id}" depends on "${id}", which is not an earlier step.`,
        };
      }
      parent[find(position)] = find(target);
    }
  }
  const groups = new Map<number, BatchStep[]>();
  for (const [position, step] of steps.entries()) {
    const root = find(position);
    groups.set(root, [...(groups.get(root) ?? []), step]);
  }
  const chunks: BatchStep[][] = [];
  let current: BatchStep[] = [];
  for (const group of groups.values()) {
    if (group.length > max) {
      return { ok: false, message: `A chain of ${group.length} dependent steps exceeds ${max}.` };
    }
    if (current.length + group.length > max) {
      chunks.push(current);
      current = [];
    }
    current = [...current, ...group];
  }
  if (current.length > 0) chunks.push(current);
  return { ok: true, value: chunks };
}
