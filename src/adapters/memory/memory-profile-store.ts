import { PortError } from '../../app/ports';
import type { ProfileStore, ReportProfile, Versioned } from '../../app/ports';
import { TRANSITION_IDS } from '../../domain';
import { EtagSource, FailureSwitch } from './memory-failure-switch';

type Operation = 'get' | 'put' | 'removeAll';

const copy = (entry: Versioned<ReportProfile>): Versioned<ReportProfile> => ({
  value: structuredClone(entry.value),
  etag: entry.etag,
});

/** Report profiles in memory, with the SharePoint store's rules (one flag per transition). */
export class MemoryProfileStore implements ProfileStore {
  readonly failures = new FailureSwitch<Operation>();
  private readonly byReport = new Map<string, Versioned<ReportProfile>>();
  private readonly etags = new EtagSource('profile');

  get(reportId: string): Promise<Versioned<ReportProfile> | undefined> {
    return this.failures.run('get', () => {
      const entry = this.byReport.get(reportId);
      return entry && copy(entry);
    });
  }

  put(profile: ReportProfile, expectedEtag: string | undefined): Promise<Versioned<ReportProfile>> {
    return this.failures.run('put', () => {
      const entry = this.byReport.get(profile.reportId);
      if (expectedEtag === undefined && entry) {
        throw new PortError('conflict', 'This profile already exists. Reload to see it.');
      }
      if (expectedEtag !== undefined && !entry) {
        throw new PortError('not-found', 'This profile no longer exists. It may have been erased.');
      }
      if (entry && entry.etag !== expectedEtag) {
        throw new PortError('conflict', 'This profile was changed somewhere else. Reload it.');
      }
      const transitions = TRANSITION_IDS.flatMap((id) =>
        profile.transitions.filter((t) => t.transition === id),
      );
      if (transitions.length !== new Set(transitions.map((t) => t.transition)).size) {
        throw new PortError('invalid', 'Each transition point can be recorded once per person.');
      }
      const stored = {
        value: structuredClone({ ...profile, transitions }),
        etag: this.etags.next(),
      };
      this.byReport.set(profile.reportId, stored);
      return copy(stored);
    });
  }

  removeAll(reportId: string): Promise<void> {
    return this.failures.run('removeAll', () => {
      this.byReport.delete(reportId);
    });
  }
}
