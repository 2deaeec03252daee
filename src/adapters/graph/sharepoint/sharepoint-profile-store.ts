import { PortError } from '../../../app/ports';
import type { ProfileStore, ReportProfile, Versioned } from '../../../app/ports';
import { TRANSITION_IDS, type Direction, type TransitionFlag } from '../../../domain';
import { dateToField, FieldReader } from './field-codecs';
import { eq } from './item-filter';
import { KeyedItems } from './keyed-items';
import type { FieldValues, ListClient, ListItem } from './list-client';
import { transitionColumnName } from './schema';

/** Each transition point has its own dateTime column, so a report has each at most once. */
function profileFields(profile: ReportProfile): FieldValues {
  const since = new Map(profile.transitions.map((flag) => [flag.transition, flag.since]));
  if (since.size !== profile.transitions.length) {
    throw new PortError('invalid', 'Each transition point can be recorded once per person.');
  }
  return {
    Title: `Profile ${profile.reportId}`,
    reportId: profile.reportId,
    managerId: profile.managerId,
    directionText: profile.direction?.text ?? null,
    directionRecordedAt: profile.direction?.recordedAt ?? null,
    ...Object.fromEntries(
      TRANSITION_IDS.map((transition) => {
        const date = since.get(transition);
        return [transitionColumnName(transition), date === undefined ? null : dateToField(date)];
      }),
    ),
  };
}

/** Direction and transition points per report: one item each in CareerProfiles. */
export class SharePointProfileStore implements ProfileStore {
  private readonly profiles: KeyedItems;

  constructor(private readonly items: ListClient) {
    this.profiles = new KeyedItems(items, 'profiles', 'reportId', 'profile');
  }

  private versioned(item: ListItem): Versioned<ReportProfile> | undefined {
    const r = new FieldReader('profiles', item.id, item.fields);
    const required = { reportId: r.text('reportId'), managerId: r.text('managerId') };
    const text = r.text('directionText');
    const recordedAt = r.instant('directionRecordedAt');
    const transitions: TransitionFlag[] = TRANSITION_IDS.flatMap((transition) => {
      const since = r.date(transitionColumnName(transition));
      return since === undefined ? [] : [{ transition, since }];
    });
    const v = r.finish(this.items.onProblem, required);
    if (!v) return undefined;
    if ((text === undefined) !== (recordedAt === undefined)) {
      this.items.onProblem({
        list: 'profiles',
        itemId: item.id,
        field: 'directionText, directionRecordedAt',
        problem: 'the direction is only partly recorded',
        action: 'repaired',
      });
    }
    const direction: Direction | undefined =
      text !== undefined && recordedAt !== undefined ? { text, recordedAt } : undefined;
    const value: ReportProfile = { ...v, transitions, ...(direction ? { direction } : {}) };
    return { value, etag: item.etag };
  }

  async get(reportId: string): Promise<Versioned<ReportProfile> | undefined> {
    const item = await this.profiles.find(reportId);
    return item && this.versioned(item);
  }

  async put(
    profile: ReportProfile,
    expectedEtag: string | undefined,
  ): Promise<Versioned<ReportProfile>> {
    const fields = profileFields(profile);
    const item =
      expectedEtag === undefined
        ? await this.profiles.create(profile.reportId, fields)
        : await this.profiles.update(profile.reportId, fields, expectedEtag);
    return this.versioned(item) ?? { value: profile, etag: item.etag };
  }

  async removeAll(reportId: string): Promise<void> {
    await this.profiles.removeWhere(eq('reportId', reportId));
  }
}
