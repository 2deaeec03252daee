import { NUDGE_KINDS, type NudgeKind } from '../../../domain';
import type { NudgeStore } from '../../ports';

export interface NudgePreference {
  kind: NudgeKind;
  on: boolean;
}

/** Every kind of nudge with whether the person receives it: all on until they choose. */
export async function nudgePreferencesOf(
  store: NudgeStore,
  personId: string,
): Promise<NudgePreference[]> {
  const off = new Set(await store.switchedOff(personId));
  return NUDGE_KINDS.map((kind) => ({ kind, on: !off.has(kind) }));
}

/** The person's own choice, and only theirs: no one else can switch their nudges. */
export async function setNudgePreferences(
  store: NudgeStore,
  personId: string,
  switchedOff: readonly NudgeKind[],
): Promise<NudgePreference[]> {
  await store.setSwitchedOff(personId, switchedOff);
  return nudgePreferencesOf(store, personId);
}
