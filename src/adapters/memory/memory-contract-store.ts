import { PortError } from '../../app/ports';
import type { ContractStore, OpenCommitment, Versioned } from '../../app/ports';
import type { Commitment, DevelopmentContract, IsoDate } from '../../domain';
import { EtagSource, FailureSwitch } from './memory-failure-switch';

type Operation =
  'get' | 'saveVersion' | 'updateCommitment' | 'listOpenCommitmentsDue' | 'removeAll';

const conflict = () =>
  new PortError(
    'conflict',
    'This contract was changed somewhere else since you opened it. Reload to see the latest version, then make your change again.',
  );

const copy = (entry: Versioned<DevelopmentContract>): Versioned<DevelopmentContract> => ({
  value: structuredClone(entry.value),
  etag: entry.etag,
});

/**
 * Development contracts in memory, with the SharePoint store's rules: every version kept, writes
 * conditional on the eTag read, the newest version must follow the stored one, and progress on a
 * commitment cannot change what was agreed.
 */
export class MemoryContractStore implements ContractStore {
  readonly failures = new FailureSwitch<Operation>();
  private readonly byReport = new Map<string, Versioned<DevelopmentContract>>();
  private readonly etags = new EtagSource('contract');

  get(reportId: string): Promise<Versioned<DevelopmentContract> | undefined> {
    return this.failures.run('get', () => {
      const entry = this.byReport.get(reportId);
      return entry && copy(entry);
    });
  }

  saveVersion(
    contract: DevelopmentContract,
    expectedEtag: string | undefined,
  ): Promise<Versioned<DevelopmentContract>> {
    return this.failures.run('saveVersion', () => {
      const next = contract.versions.at(-1);
      if (!next) throw new PortError('invalid', 'A contract needs at least one agreed version.');
      const entry = this.byReport.get(contract.reportId);
      const stale = expectedEtag === undefined ? entry !== undefined : entry?.etag !== expectedEtag;
      if (stale) throw conflict();
      if (entry && entry.value.id !== contract.id) {
        throw new PortError(
          'invalid',
          'This is a different contract from the one stored for this person.',
        );
      }
      const stored = entry?.value.versions ?? [];
      const expected = (stored.at(-1)?.version ?? 0) + 1;
      if (next.version !== expected) {
        throw new PortError('invalid', `The new version must be version ${expected}.`);
      }
      return this.put({ ...contract, versions: [...stored, next] });
    });
  }

  updateCommitment(
    reportId: string,
    commitment: Commitment,
    expectedEtag: string,
  ): Promise<Versioned<DevelopmentContract>> {
    return this.failures.run('updateCommitment', () => {
      const entry = this.byReport.get(reportId);
      if (!entry) throw new PortError('not-found', 'There is no contract for this person.');
      if (entry.etag !== expectedEtag) throw conflict();
      const versions = entry.value.versions;
      const current = versions.at(-1);
      const before = current?.commitments.find((c) => c.id === commitment.id);
      if (!current || !before) {
        throw new PortError(
          'not-found',
          'This commitment is not in the current contract any more. Reload to see the latest version.',
        );
      }
      const changed = (['party', 'kind', 'action', 'due'] as const).filter(
        (k) => before[k] !== commitment[k],
      );
      if (changed.length > 0) {
        throw new PortError(
          'invalid',
          `Changing the ${changed.join(', ')} of a commitment needs a new agreed version of the contract.`,
        );
      }
      const updated = {
        ...current,
        commitments: current.commitments.map((c) => (c.id === commitment.id ? commitment : c)),
      };
      return this.put({ ...entry.value, versions: [...versions.slice(0, -1), updated] });
    });
  }

  listOpenCommitmentsDue(
    reportIds: readonly string[],
    dueBefore: IsoDate,
  ): Promise<OpenCommitment[]> {
    return this.failures.run('listOpenCommitmentsDue', () =>
      [...new Set(reportIds)]
        .flatMap((reportId) => {
          const contract = this.byReport.get(reportId)?.value;
          const current = contract?.versions.at(-1);
          if (!contract || !current) return [];
          return current.commitments
            .filter((c) => c.status === 'open' && c.due < dueBefore)
            .map((c) => ({
              reportId,
              contractId: contract.id,
              version: current.version,
              commitment: structuredClone(c),
            }));
        })
        .sort(
          (a, b) =>
            a.commitment.due.localeCompare(b.commitment.due) ||
            a.reportId.localeCompare(b.reportId),
        ),
    );
  }

  removeAll(reportId: string): Promise<void> {
    return this.failures.run('removeAll', () => {
      this.byReport.delete(reportId);
    });
  }

  private put(contract: DevelopmentContract): Versioned<DevelopmentContract> {
    const entry = { value: structuredClone(contract), etag: this.etags.next() };
    this.byReport.set(contract.reportId, entry);
    return copy(entry);
  }
}
