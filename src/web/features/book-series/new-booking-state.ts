import type { BookingFormat, Interval, Party, TimeZoneId, WorkingHours } from '../../../domain';
import { DEFAULT_SESSION_MINUTES } from '../../../domain';
import { draftOf, type SessionDraft } from './local-time';
import type { Choice } from './proposal-list';

/** What the "Invite and book" form holds between renders; the invitation text keeps its own draft. */
export interface NewBookingState {
  format: BookingFormat;
  /** The manager's working week as the screen assumes it. */
  hours: WorkingHours;
  /** The report's, likewise. */
  reportHours: WorkingHours;
  chosen: Choice;
  drafts: SessionDraft[];
  /** One per booking attempt: a retry after a failure never books twice. */
  key: string;
}

export type NewBookingAction =
  | { type: 'change-format'; format: BookingFormat }
  | { type: 'change-hours'; whose: Party; hours: WorkingHours }
  /** `proposals` are the ones on the screen, `zone` the manager's: the drafts are read in it. */
  | {
      type: 'choose';
      choice: Exclude<Choice, undefined>;
      proposals: readonly { sessions: readonly Interval[] }[];
      zone: TimeZoneId;
    }
  | { type: 'change-draft'; index: number; draft: SessionDraft }
  /** Booked: the next booking is a new attempt, with a key of its own. */
  | { type: 'booked'; key: string };

export function initialNewBookingState(hours: WorkingHours, key: string): NewBookingState {
  return {
    format: 'series-of-three',
    hours,
    reportHours: hours,
    chosen: undefined,
    drafts: [],
    key,
  };
}

/** Blank sessions for a format: its count, each at the playbook's length. */
function blankDrafts(format: BookingFormat): SessionDraft[] {
  const count = format === 'series-of-three' ? 3 : 1;
  const minutes = DEFAULT_SESSION_MINUTES[format];
  return Array.from({ length: count }, () => ({ start: '', minutes }));
}

export function newBookingReducer(
  state: NewBookingState,
  action: NewBookingAction,
): NewBookingState {
  switch (action.type) {
    case 'change-format':
      // Another format has other sessions and other proposals: the choice starts again.
      return { ...state, format: action.format, chosen: undefined, drafts: [] };
    case 'change-hours': {
      const hours = action.whose === 'manager' ? { hours: action.hours } : {};
      const reportHours = action.whose === 'report' ? { reportHours: action.hours } : {};
      // Other hours bring other proposals: a proposal picked from the old list keeps its times
      // as the manager's own, rather than marking whichever new option now has its number.
      const chosen = typeof state.chosen === 'number' ? 'own' : state.chosen;
      return { ...state, ...hours, ...reportHours, chosen };
    }
    case 'choose':
      return { ...state, chosen: action.choice, drafts: draftsFor(state, action) };
    case 'change-draft':
      // A time typed over a proposal makes it the manager's own choice.
      return {
        ...state,
        chosen: 'own',
        drafts: state.drafts.map((d, i) => (i === action.index ? action.draft : d)),
      };
    case 'booked':
      return { ...state, key: action.key };
  }
}

/** A proposal's sessions; "own" keeps what is typed, or starts from the first proposal. */
function draftsFor(
  state: NewBookingState,
  { choice, proposals, zone }: Extract<NewBookingAction, { type: 'choose' }>,
): SessionDraft[] {
  if (choice === 'own' && state.drafts.length > 0) return state.drafts;
  const proposal = proposals[choice === 'own' ? 0 : choice];
  return proposal ? proposal.sessions.map((s) => draftOf(s, zone)) : blankDrafts(state.format);
}
