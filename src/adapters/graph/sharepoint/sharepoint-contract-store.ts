import { z } from 'zod/mini';
import { PortError } from '../../../app/ports';
import type { ContractStore, OpenCommitment, Versioned } from '../../../app/ports';
import type { Commitment, DevelopmentContract, IsoDate } from '../../../domain';
import type { BatchStep } from '../client';
import {
  commitmentFields,
  progressFields,
  readCommitmentRow,
  reviewFields,
  versionFields,
  versionKey,
  type CommitmentRow,
} from './contract-rows';
import { assembleContract, rowStateFixes, type ContractSnapshot } from './contract-snapshot';
import { dateToField } from './field-codecs';
import { and, eq, lt, or } from './item-filter';
import type { ListClient, ListItem, Outcomes } from './list-client';

type ContractList = 'contractVersions' | 'commitments' | 'reviewItems';
interface ItemRef {
  list: ContractList;
  id: string;
}

/** Graph runs at most 20 requests per `$batch`, and a dependent chain must fit in one. */
const CHAIN = 19;
/** Report ids per overview query: keeps the URL short; the queries travel in one `$batch`. */
const REPORTS_PER_QUERY = 15;
/** Contracts read and not yet saved that a save may build on (one per request in flight). */
const REMEMBERED = 100;

const fieldValues = z.record(z.string(), z.unknown());

const conflict = () =>
  new PortError(
    'conflict',
    'This contract was changed somewhere else since you opened it. Reload to see the latest version, then make your change again.',
  );

const invalid = (message: string) => new PortError('invalid', message);

const chunk = <T>(values: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) =>
    values.slice(i * size, i * size + size),
  );

/** Chains the first steps to `head` (one `$batch`); the rest follow in later batches. */
function chainTo(head: BatchStep, steps: readonly BatchStep[]): [BatchStep[], BatchStep[]] {
  return [
    [head, ...steps.slice(0, CHAIN).map((s) => ({ ...s, dependsOn: [head.id] }))],
    steps.slice(CHAIN),
  ];
}

function checkProgressOnly(before: Commitment, after: Commitment): void {
  const changed = (['party', 'kind', 'action', 'due'] as const).filter(
    (k) => before[k] !== after[k],
  );
  if (changed.length > 0) {
    throw invalid(
      `Changing the ${changed.join(', ')} of a commitment needs a new agreed version of the contract.`,
    );
  }
}

/**
 * Development contracts in SharePoint lists: one item per agreed version (CareerContractVersions)
 * and one row per commitment and review item per version. The contract's eTag is the eTag of its
 * current version item: every write first updates that item with If-Match (a "claim"), so of two
 * writers holding the same eTag exactly one gets through and the other hears `conflict`.
 *
 * A version is written rows first (state `pending`), then its version item (the commit point),
 * then the rows are flipped to `current` and the previous version's to `superseded`. Graph batches
 * are not transactions; this order means an interrupted save never shows a half-written version.
 */
export class SharePointContractStore implements ContractStore {
  private readonly remembered = new Map<string, ContractSnapshot>();

  constructor(
    private readonly items: ListClient,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  async get(reportId: string): Promise<Versioned<DevelopmentContract> | undefined> {
    const snapshot = await this.load(reportId);
    return snapshot && { value: snapshot.contract, etag: snapshot.current.item.etag };
  }

  private async queryReport(reportId: string): Promise<Record<ContractList, ListItem[]>> {
    const byReport = eq('reportId', reportId);
    const [contractVersions = [], commitments = [], reviewItems = []] = await this.items.queryMany([
      { list: 'contractVersions', filter: byReport },
      { list: 'commitments', filter: byReport },
      { list: 'reviewItems', filter: byReport },
    ]);
    return { contractVersions, commitments, reviewItems };
  }

  private async load(reportId: string): Promise<ContractSnapshot | undefined> {
    const found = await this.queryReport(reportId);
    const snapshot = assembleContract(
      {
        versions: found.contractVersions,
        commitments: found.commitments,
        reviews: found.reviewItems,
      },
      this.items.onProblem,
    );
    if (snapshot) this.remember(reportId, snapshot);
    return snapshot;
  }

  private remember(reportId: string, snapshot: ContractSnapshot): void {
    this.remembered.delete(reportId);
    this.remembered.set(reportId, snapshot);
    const oldest = this.remembered.keys().next().value;
    if (this.remembered.size > REMEMBERED && oldest !== undefined) this.remembered.delete(oldest);
  }

  /**
   * The snapshot a save builds on: the one the request just read when its eTag is the one the
   * save expects, so a request reads the contract once. Reusing it is as safe as reading again:
   * every write claims the current version item with If-Match first, so a snapshot that went
   * stale fails as `conflict` and nothing is written. A first version has no eTag to vouch for
   * "none yet", so it is always read.
   */
  private async basis(reportId: string, expectedEtag: string | undefined) {
    const kept = this.remembered.get(reportId);
    this.remembered.delete(reportId);
    if (expectedEtag !== undefined && kept?.current.item.etag === expectedEtag) return kept;
    return this.load(reportId);
  }

  async saveVersion(
    contract: DevelopmentContract,
    expectedEtag: string | undefined,
  ): Promise<Versioned<DevelopmentContract>> {
    const next = contract.versions.at(-1);
    if (!next) throw invalid('A contract needs at least one agreed version.');
    const snapshot = await this.basis(contract.reportId, expectedEtag);
    const stale =
      expectedEtag === undefined
        ? snapshot !== undefined
        : snapshot?.current.item.etag !== expectedEtag;
    if (stale) throw conflict();
    if (snapshot && snapshot.contract.id !== contract.id) {
      throw invalid('This is a different contract from the one stored for this person.');
    }
    const stored = snapshot?.contract.versions ?? [];
    const expectedNumber = (stored.at(-1)?.version ?? 0) + 1;
    if (next.version !== expectedNumber) {
      throw invalid(`The new version must be version ${expectedNumber}.`);
    }

    const scope = { contract, version: next.version, saveId: this.newId() };
    const rows = [
      ...next.commitments.map((c, i) =>
        this.items.create('commitments', `c${i}`, commitmentFields(scope, c, i, 'pending')),
      ),
      ...next.reviews.map((r, i) =>
        this.items.create('reviewItems', `r${i}`, reviewFields(scope, r, i)),
      ),
    ];
    const created = await this.writeRows(
      snapshot ? chainTo(this.claim(snapshot, expectedEtag), rows) : [rows, []],
    );

    const versionStep = this.items.create(
      'contractVersions',
      'v',
      versionFields(scope, next, this.newId()),
    );
    const flips = [
      ...(snapshot ? rowStateFixes(snapshot.versions, snapshot.commitmentRows, undefined) : []).map(
        (fix) => ({ itemId: fix.row.item.id, state: fix.state }),
      ),
      ...created
        .filter((ref) => ref.list === 'commitments')
        .map((ref) => ({ itemId: ref.id, state: 'current' as const })),
    ].map((flip, i) =>
      this.items.patch('commitments', `f${i}`, flip.itemId, { rowState: flip.state }),
    );
    // A first version has nothing to flip yet: it is checked for a rival first version instead.
    const [commit, later] =
      next.version === 1 ? [[versionStep], flips] : chainTo(versionStep, flips);
    const outcomes = await this.items.run(commit);
    const error = outcomes.get('v').error;
    if (error) {
      await this.removeItems(created).catch(() => undefined);
      throw error.kind === 'conflict' ? conflict() : error;
    }
    const version = this.items.createdItem('contractVersions', outcomes.get('v'));
    if (next.version === 1) await this.checkFirstVersion(contract.reportId, version, created);
    // The version is committed. Row states only keep the overview query exact, and the next write
    // heals any left wrong, so a failure here does not fail the save.
    await this.items.run(later).catch(() => undefined);
    return { value: { ...contract, versions: [...stored, next] }, etag: version.etag };
  }

  /** Claims the current version item: a conditional write that changes its eTag. */
  private claim(snapshot: ContractSnapshot, etag: string | undefined): BatchStep {
    return this.items.patch(
      'contractVersions',
      'claim',
      snapshot.current.item.id,
      { writeToken: this.newId() },
      etag === undefined ? {} : { ifMatch: etag },
    );
  }

  /** Writes the new rows; on any failure removes those it created and fails. */
  private async writeRows([first, rest]: [BatchStep[], BatchStep[]]): Promise<ItemRef[]> {
    const created: ItemRef[] = [];
    for (const steps of [first, rest]) {
      const outcomes = await this.items.run(steps);
      created.push(...this.createdRows(steps, outcomes));
      const error = outcomes.firstError();
      if (error) {
        await this.removeItems(created).catch(() => undefined);
        throw error.kind === 'conflict' ? conflict() : error;
      }
    }
    return created;
  }

  private createdRows(steps: readonly BatchStep[], outcomes: Outcomes): ItemRef[] {
    return steps.flatMap((step) => {
      const outcome = outcomes.byId.get(step.id);
      if (step.method !== 'POST' || !outcome || outcome.error) return [];
      const list = step.id.startsWith('c') ? 'commitments' : 'reviewItems';
      return [{ list, id: this.items.createdItem(list, outcome).id }];
    });
  }

  /**
   * `versionKey` is unique, so SharePoint itself refuses a second item for the same version.
   * A first version has no claim to guard it, so it is checked again: the earlier item wins.
   */
  private async checkFirstVersion(reportId: string, mine: ListItem, rows: ItemRef[]) {
    const rivals = await this.items.query(
      'contractVersions',
      eq('versionKey', versionKey(reportId, 1)),
    );
    const first = Math.min(...rivals.map((item) => Number(item.id)));
    if (first < Number(mine.id)) {
      await this.removeItems([...rows, { list: 'contractVersions', id: mine.id }]);
      throw conflict();
    }
  }

  async updateCommitment(
    reportId: string,
    commitment: Commitment,
    expectedEtag: string,
  ): Promise<Versioned<DevelopmentContract>> {
    const snapshot = await this.load(reportId);
    if (!snapshot) throw new PortError('not-found', 'There is no contract for this person.');
    if (snapshot.current.item.etag !== expectedEtag) throw conflict();
    const row = snapshot.commitmentRows.find(
      (r) =>
        r.contractVersion === snapshot.current.version.version &&
        r.saveId === snapshot.current.saveId &&
        r.commitment.id === commitment.id,
    );
    if (!row) {
      throw new PortError(
        'not-found',
        'This commitment is not in the current contract any more. Reload to see the latest version.',
      );
    }
    checkProgressOnly(row.commitment, commitment);
    const claim = this.claim(snapshot, expectedEtag);
    const heal = rowStateFixes(snapshot.versions, snapshot.commitmentRows, snapshot.current);
    const outcomes = await this.items.run([
      claim,
      this.items.patch(
        'commitments',
        'row',
        row.item.id,
        progressFields(commitment, row.commitment),
        {
          dependsOn: [claim.id],
        },
      ),
      ...heal.slice(0, CHAIN - 1).map((fix, i) =>
        this.items.patch(
          'commitments',
          `f${i}`,
          fix.row.item.id,
          { rowState: fix.state },
          {
            dependsOn: [claim.id],
          },
        ),
      ),
    ]);
    const error = outcomes.get(claim.id).error ?? outcomes.get('row').error;
    if (error) throw error.kind === 'conflict' ? conflict() : error;
    const stored = this.progressStored(row, outcomes.get('row').body) ?? commitment;
    const etag = outcomes.etagOf(claim.id) ?? (await this.get(reportId))?.etag;
    if (etag === undefined) throw conflict();
    const last = snapshot.contract.versions.length - 1;
    const versions = snapshot.contract.versions.map((v, i) =>
      i === last
        ? { ...v, commitments: v.commitments.map((c) => (c.id === stored.id ? stored : c)) }
        : v,
    );
    return { value: { ...snapshot.contract, versions }, etag };
  }

  /** The commitment as SharePoint now holds it, from the field update's answer. */
  private progressStored(row: CommitmentRow, answer: unknown): Commitment | undefined {
    const fields = fieldValues.safeParse(answer);
    if (!fields.success) return undefined;
    const item = { ...row.item, fields: { ...row.item.fields, ...fields.data } };
    return readCommitmentRow(item, this.items.onProblem)?.commitment;
  }

  async listOpenCommitmentsDue(
    reportIds: readonly string[],
    dueBefore: IsoDate,
  ): Promise<OpenCommitment[]> {
    const ids = [...new Set(reportIds)];
    if (ids.length === 0) return [];
    const open = and(
      eq('rowState', 'current'),
      eq('status', 'open'),
      lt('due', dateToField(dueBefore)),
    );
    const pages = await this.items.queryMany(
      chunk(ids, REPORTS_PER_QUERY).map((group) => ({
        list: 'commitments' as const,
        filter: and(or(...group.map((id) => eq('reportId', id))), open),
      })),
    );
    return pages
      .flat()
      .flatMap((item) => readCommitmentRow(item, this.items.onProblem) ?? [])
      .map((row) => ({
        reportId: row.reportId,
        contractId: row.contractId,
        version: row.contractVersion,
        commitment: row.commitment,
      }))
      .sort(
        (a, b) =>
          a.commitment.due.localeCompare(b.commitment.due) || a.reportId.localeCompare(b.reportId),
      );
  }

  /** Erasure: version items first, so a half-finished erasure never shows half a contract. */
  async removeAll(reportId: string): Promise<void> {
    const found = await this.queryReport(reportId);
    const refs = (list: ContractList) => found[list].map((item) => ({ list, id: item.id }));
    await this.removeItems(refs('contractVersions'));
    await this.removeItems([...refs('commitments'), ...refs('reviewItems')]);
  }

  private async removeItems(items: readonly ItemRef[]): Promise<void> {
    const outcomes = await this.items.run(
      items.map((item, i) => this.items.remove(item.list, `d${i}`, item.id)),
    );
    // Already gone is what removal wants.
    const failed = [...outcomes.byId.values()].find((o) => o.error && o.status !== 404);
    if (failed?.error) throw failed.error;
  }
}
