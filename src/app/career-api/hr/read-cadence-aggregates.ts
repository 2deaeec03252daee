import type { Person, Result, TimeZoneId } from '../../../domain';
import {
  aggregateCadenceHealth,
  cadenceFactsFor,
  type AggregateError,
  type AggregateReport,
  type OrgUnitInput,
  type PersonCadenceFacts,
} from '../../../domain/aggregates';
import type { UseCaseContext } from '../context';
import { mapConcurrent } from '../map-concurrent';

const IN_FLIGHT = 8;
/** Deeper than any real organisation; guards against a cycle in bad directory data. */
const MAX_DEPTH = 30;
export const NO_DEPARTMENT = 'No department';

export interface OrgMember {
  person: Person;
  managerId: string;
}

/** The top of the caller's organisation: follow managers up until there is none. */
export async function findTop(ctx: UseCaseContext, startId: string): Promise<string> {
  let current = startId;
  const seen = new Set<string>([current]);
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    const manager = await ctx.directory.managerOf(current);
    if (!manager || seen.has(manager.id)) return current;
    seen.add(manager.id);
    current = manager.id;
  }
  return current;
}

/** Everyone under the top, level by level, each with their manager. */
export async function walkOrganisation(ctx: UseCaseContext, topId: string): Promise<OrgMember[]> {
  const members: OrgMember[] = [];
  const seen = new Set<string>([topId]);
  let level = [topId];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth += 1) {
    const teams = await mapConcurrent(level, IN_FLIGHT, async (managerId) => ({
      managerId,
      reports: await ctx.directory.directReports(managerId),
    }));
    level = [];
    for (const { managerId, reports } of teams) {
      for (const person of reports) {
        if (seen.has(person.id)) continue;
        seen.add(person.id);
        members.push({ person, managerId });
        level.push(person.id);
      }
    }
  }
  return members;
}

async function factsOf(
  ctx: UseCaseContext,
  member: OrgMember,
  zone: TimeZoneId,
): Promise<PersonCadenceFacts> {
  const [contract, conversations] = await Promise.all([
    ctx.stores.contracts.get(member.person.id),
    ctx.stores.conversations.listForReport(member.person.id),
  ]);
  const facts = cadenceFactsFor(
    {
      report: member.person,
      managerId: member.managerId,
      transitions: [],
      triggers: [],
      conversations: conversations.map((c) => c.value),
      ...(contract ? { contract: contract.value } : {}),
    },
    ctx.clock.now(),
    zone,
  );
  // The manager knows these facts too: suppression must hold even when they subtract them.
  return { ...facts, managerId: member.managerId };
}

/**
 * Cadence health for HR, per department: counts only, small groups suppressed by the domain.
 * The organisation is read from the directory (everyone under the top of the caller's tree);
 * every report's records are read to count, and nothing but the counts leaves this function.
 * Each call reads the whole organisation: the API goes through `CadenceAggregatesCache`. `zone` is
 * the organisation's time zone, never the caller's.
 */
export async function readCadenceAggregates(
  ctx: UseCaseContext,
  input: { callerId: string; zone: TimeZoneId },
): Promise<Result<AggregateReport, AggregateError>> {
  return aggregateOrganisation(ctx, await findTop(ctx, input.callerId), input.zone);
}

/** The counts for everyone under `topId`, the quarter drawn in the organisation's `zone`. */
export async function aggregateOrganisation(
  ctx: UseCaseContext,
  topId: string,
  zone: TimeZoneId,
): Promise<Result<AggregateReport, AggregateError>> {
  const members = await walkOrganisation(ctx, topId);
  const facts = await mapConcurrent(members, IN_FLIGHT, (m) => factsOf(ctx, m, zone));
  const byUnit = new Map<string, PersonCadenceFacts[]>();
  members.forEach((member, i) => {
    const label = member.person.department?.trim() || NO_DEPARTMENT;
    const fact = facts[i];
    if (fact) byUnit.set(label, [...(byUnit.get(label) ?? []), fact]);
  });
  const units: OrgUnitInput[] = [...byUnit.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, people]) => ({ unitId: `department:${label}`, label, people }));
  return aggregateCadenceHealth({ units, now: ctx.clock.now(), zone });
}
