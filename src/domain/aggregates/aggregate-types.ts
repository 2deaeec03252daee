import type { DomainError } from '../result';
import type { Temporal } from '../time/temporal';
import type { IsoDate, IsoInstant, TimeZoneId } from '../time/values';

/**
 * What the aggregate needs to know about one report, and nothing more: no names, no content, no
 * leaving intention or risk of any kind. `personId` is only used to check that nobody is counted
 * twice; it never reaches the output.
 */
export interface PersonCadenceFacts {
  personId: string;
  hadFullConversationLastQuarter: boolean;
  contractHasDatedCommitmentsFromBoth: boolean;
  /** Manager commitments that fell due in the last quarter. */
  managerCommitmentsDue: number;
  /** Of those, the ones marked done by their due date. */
  managerCommitmentsOnTime: number;
  /**
   * The person's manager, who knows these facts too and could subtract them from a figure. Like
   * `personId`, it only shapes suppression and never reaches the output.
   */
  managerId?: string;
}

export interface OrgUnitInput {
  unitId: string;
  label: string;
  parentId?: string;
  /** The unit's own members; members of its sub-units are listed under those. */
  people: readonly PersonCadenceFacts[];
}

export interface AggregateInput {
  units: readonly OrgUnitInput[];
  now: Temporal.Instant;
  /** The organisation's time zone: where the quarter starts and ends and "on time" is judged. */
  zone: TimeZoneId;
  /** Smallest group whose figures may be shown. Never below 5. */
  minGroupSize?: number;
}

/** Whole percent, 0-100. */
export type Percent = number;

export interface CadenceMetrics {
  /** Share of people who had a full career conversation in the last quarter. */
  fullConversationLastQuarter: Percent;
  /** Share of people whose contract has dated commitments from both parties. */
  datedContracts: Percent;
  /** Share of manager commitments due in the last quarter that were done on time; null if none fell due. */
  managerCommitmentsOnTime: Percent | null;
}

export const SUPPRESSION_CAUSES = ['small-group', 'complementary'] as const;
export type SuppressionCause = (typeof SUPPRESSION_CAUSES)[number];

export type AggregateFigure =
  | { size: number; metrics: CadenceMetrics }
  | { size: 'suppressed'; metrics: 'suppressed'; suppressedBecause: SuppressionCause };

/** A unit's figures include its sub-units, so a parent is the total of its whole subtree. */
export type UnitAggregate = { unitId: string; label: string; parentId?: string } & AggregateFigure;

export interface AggregateReport {
  generatedAt: IsoInstant;
  /** The quarter the figures look back over, in the organisation's time zone. */
  period: { from: IsoDate; to: IsoDate; timeZone: TimeZoneId };
  minGroupSize: number;
  organisation: AggregateFigure;
  units: UnitAggregate[];
}

export type AggregateErrorCode =
  | 'min-group-too-small'
  | 'duplicate-unit'
  | 'unknown-parent'
  | 'unit-cycle'
  | 'person-in-two-units'
  | 'invalid-counts';

export type AggregateError = DomainError<AggregateErrorCode>;
