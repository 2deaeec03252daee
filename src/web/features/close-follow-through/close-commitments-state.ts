import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import type { ScheduledItem, ScheduleVia } from '../../../app/my-365/follow-through';
import type { Commitment } from '../../../domain';

/** The manager's standing commitments, soonest due first. */
export function managerCommitments(contract: CurrentContract): Commitment[] {
  return contract.current.commitments
    .filter((c) => c.party === 'manager' && c.status !== 'dropped')
    .sort((a, b) => a.due.localeCompare(b.due));
}

/** Those still to put somewhere: open, and in neither the calendar nor To Do. */
export function toSchedule(mine: readonly Commitment[]): Commitment[] {
  return mine.filter((c) => c.status === 'open' && c.scheduled === undefined);
}

/** What the close step's commitments section remembers between renders. */
export interface CloseCommitmentsState {
  /** Where the manager wants each commitment, by id; a calendar block unless they said. */
  via: Readonly<Record<string, ScheduleVia>>;
  /** Each scheduled block, by commitment id, so the manager sees when without opening Outlook. */
  blocks: Readonly<Record<string, ScheduledItem['block']>>;
  /** The last scheduling's outcome, for the live region. */
  status: string;
}

export type CloseCommitmentsAction =
  | { type: 'choose-via'; commitmentId: string; via: ScheduleVia }
  | { type: 'scheduling' }
  | { type: 'scheduled'; done: readonly ScheduledItem[] };

export const initialCloseCommitmentsState: CloseCommitmentsState = {
  via: {},
  blocks: {},
  status: '',
};

export function closeCommitmentsReducer(
  state: CloseCommitmentsState,
  action: CloseCommitmentsAction,
): CloseCommitmentsState {
  switch (action.type) {
    case 'choose-via':
      return { ...state, via: { ...state.via, [action.commitmentId]: action.via } };
    case 'scheduling':
      return { ...state, status: '' };
    case 'scheduled': {
      const count = action.done.length;
      const blocks = Object.fromEntries(action.done.map((d) => [d.commitmentId, d.block]));
      return {
        ...state,
        blocks: { ...state.blocks, ...blocks },
        status:
          count === 0
            ? ''
            : `Scheduled ${String(count)} ${count === 1 ? 'commitment' : 'commitments'}.`,
      };
    }
  }
}

export const viaOf = (state: CloseCommitmentsState, commitment: Commitment): ScheduleVia =>
  state.via[commitment.id] ?? 'calendar';
