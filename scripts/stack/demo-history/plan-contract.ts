/**
 * A development contract's life as the app lives it: versions agreed through the domain's
 * createContract / reviseContract (so every version passes the same rules a manager's would) and
 * commitments ticked off by their owner in between, in the order it all happened.
 */
import {
  createContract,
  currentVersion,
  markCommitmentDone,
  reviseContract,
  Temporal,
  type Commitment,
  type ContractError,
  type ContractTerms,
  type DevelopmentContract,
  type Result,
} from '../../../src/domain';
import { demoId } from './demo-ids';
import type { CommitmentSpec, VersionSpec } from './history-spec';
import type { PersonaContext } from './persona-context';
import type { PlannedConversation } from './plan-conversations';

export type ContractStep =
  /** Store this contract's newest version. */
  | { kind: 'agree'; at: Temporal.Instant; contract: DevelopmentContract }
  /** Progress on one commitment of the current version (after the last agreed version). */
  | { kind: 'done'; at: Temporal.Instant; commitment: Commitment };

type Event =
  | { kind: 'agree'; at: Temporal.Instant; spec: VersionSpec; conversation: PlannedConversation }
  | { kind: 'done'; at: Temporal.Instant; commitment: CommitmentSpec };

/** Marked done in the afternoon, and never before the version that added it. */
const DONE_HOUR = 16;

function unwrap<T>(key: string, result: Result<T, ContractError>): T {
  if (result.ok) return result.value;
  const problems = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  throw new Error(`Demo history for ${key} breaks a contract rule: ${problems}`);
}

function eventsOf(ctx: PersonaContext, conversations: readonly PlannedConversation[]): Event[] {
  const events: Event[] = [];
  for (const conversation of conversations) {
    const spec = conversation.spec.contract;
    if (!spec) continue;
    events.push({ kind: 'agree', at: conversation.end, spec, conversation });
    for (const commitment of spec.add) {
      if (!commitment.done) continue;
      const planned = ctx.instantOf(commitment.done, DONE_HOUR);
      const earliest = conversation.end.add({ hours: 1 });
      const latest = ctx.now.subtract({ minutes: 5 });
      const at = Temporal.Instant.compare(planned, earliest) < 0 ? earliest : planned;
      events.push({
        kind: 'done',
        at: Temporal.Instant.compare(at, latest) > 0 ? latest : at,
        commitment,
      });
    }
  }
  return events.sort((a, b) => Temporal.Instant.compare(a.at, b.at));
}

/** The contract's steps in time order; empty when no conversation agreed one. */
export function planContract(
  ctx: PersonaContext,
  conversations: readonly PlannedConversation[],
): ContractStep[] {
  const { person } = ctx;
  const idOf = (ref: string): string => demoId('commitment', person.key, ref);
  const toCommitment = (spec: CommitmentSpec): Commitment => ({
    id: idOf(spec.ref),
    party: spec.party,
    kind: spec.kind,
    action: spec.action,
    due: ctx.dayOf(spec.due).toString(),
    status: 'open',
  });

  let contract: DevelopmentContract | undefined;
  const steps: ContractStep[] = [];
  let pendingProgress: ContractStep[] = [];
  for (const event of eventsOf(ctx, conversations)) {
    if (event.kind === 'done') {
      if (!contract) throw new Error(`Demo history for ${person.key}: done before any contract`);
      const id = idOf(event.commitment.ref);
      contract = unwrap(
        person.key,
        markCommitmentDone(contract, id, event.commitment.party, event.at),
      );
      const done = currentVersion(contract).commitments.find((c) => c.id === id);
      if (done) pendingProgress.push({ kind: 'done', at: event.at, commitment: done });
      continue;
    }
    const { spec, conversation } = event;
    const manager = ctx.managerOn(conversation.spec.at);
    const common = {
      now: event.at,
      zone: manager.timeZone,
      conversationId: conversation.record.id,
    };
    const reviews = spec.reviews.map((review, i) => ({
      id: demoId('review', person.key, conversation.record.id, i),
      month: ctx.dayOf(review.month).toPlainYearMonth().toString(),
      aspect: review.aspect,
    }));
    const added = spec.add.map(toCommitment);
    if (!contract) {
      const terms: ContractTerms = { commitments: added, reviews, openQuestion: spec.openQuestion };
      contract = unwrap(
        person.key,
        createContract({
          id: demoId('contract', person.key),
          reportId: person.id,
          managerId: manager.id,
          terms,
          note: spec.note,
          ...common,
        }),
      );
    } else {
      const dropped = new Set((spec.drop ?? []).map((drop) => idOf(drop.ref)));
      const redated = new Map((spec.redate ?? []).map((r) => [idOf(r.ref), ctx.dayOf(r.due)]));
      const kept = currentVersion(contract)
        .commitments.filter((c) => c.status === 'open' && !dropped.has(c.id))
        .map((c) => ({ ...c, due: redated.get(c.id)?.toString() ?? c.due }));
      contract = unwrap(
        person.key,
        reviseContract(
          { ...contract, managerId: manager.id },
          {
            terms: { commitments: [...kept, ...added], reviews, openQuestion: spec.openQuestion },
            reason: spec.reason,
            note: spec.note,
            dropped: (spec.drop ?? []).map((drop) => ({ id: idOf(drop.ref), why: drop.why })),
            ...common,
          },
        ),
      );
    }
    // Progress made under the previous version is carried into this one as done (the diff
    // between the two shows it completed); writing it to the old rows as well would only cost
    // start-up time.
    pendingProgress = [];
    steps.push({ kind: 'agree', at: event.at, contract });
  }
  return [...steps, ...pendingProgress];
}
