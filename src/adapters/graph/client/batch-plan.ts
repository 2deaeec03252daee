import type { BatchStep } from './batch';

export type BatchPlan = { ok: true; value: BatchStep[][] } | { ok: false; message: string };

/** Steps in their original order, grouped by `dependsOn` links (a connected group). */
function linkedGroups(
  steps: readonly BatchStep[],
): { ok: true; value: BatchStep[][] } | { ok: false; message: string } {
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
  return { ok: true, value: [...groups.values()] };
}

/** Each step after the first waits on exactly the one before it. */
function isChain(group: readonly BatchStep[]): boolean {
  return group.every((step, at) => {
    const dependsOn = step.dependsOn ?? [];
    if (at === 0) return dependsOn.length === 0;
    return (
      dependsOn.length === 1 && dependsOn[0]?.toLowerCase() === group[at - 1]?.id.toLowerCase()
    );
  });
}

/** How many dependency hops lie before each step: steps of one level never wait on each other. */
function levels(group: readonly BatchStep[]): Map<string, number> {
  const level = new Map<string, number>();
  for (const step of group) {
    const before = (step.dependsOn ?? []).map((id) => level.get(id.toLowerCase()) ?? 0);
    level.set(step.id.toLowerCase(), before.length === 0 ? 0 : Math.max(...before) + 1);
  }
  return level;
}

const slices = <T>(values: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) =>
    values.slice(i * size, i * size + size),
  );

/**
 * Splits steps into `/$batch` requests of at most `max`, each of a shape Graph runs: fully
 * parallel (no `dependsOn`) or one chain (each request waits on the one before). Graph refuses
 * anything else with 400 "Batch should be either fully sequential or fully parallel"
 * (https://learn.microsoft.com/graph/json-batching, "Sequencing requests with the dependsOn
 * property"), so several steps waiting on one (a "star") go out in waves: the head in one
 * request, then everything that waited on it, in parallel, in the next. A step's dependencies
 * are always in an earlier request or, for a chain, earlier in the same one; the runner drops
 * `dependsOn` that points outside the request and does not send a step whose dependency failed.
 */
export function planBatchChunks(steps: readonly BatchStep[], max: number): BatchPlan {
  const groups = linkedGroups(steps);
  if (!groups.ok) return groups;
  const chains: BatchStep[][] = [];
  const waves: BatchStep[][] = [];
  for (const group of groups.value) {
    if (group.length > 1 && isChain(group)) {
      // A chain longer than a batch continues in the next one, still in order.
      chains.push(...slices(group, max));
      continue;
    }
    const level = levels(group);
    for (const step of group) {
      const at = level.get(step.id.toLowerCase()) ?? 0;
      (waves[at] ??= []).push(step);
    }
  }
  const [first = [], ...later] = waves;
  return {
    ok: true,
    value: [...slices(first, max), ...chains, ...later.flatMap((wave) => slices(wave, max))],
  };
}
