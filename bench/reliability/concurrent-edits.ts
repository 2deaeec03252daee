/**
 * Concurrent contract edits: `callers` managers' tabs (the same manager, as when one person has
 * the report page open in several places) each read the contract and agree a new version with
 * the ETag they read, `editsPerCaller` times, all at once. Every answer must be a 201 or a 412;
 * the history must hold exactly the versions that were answered 201 (no update lost, none
 * written twice).
 */
import { performance } from 'node:perf_hooks';
import { startTenant } from '../../tests/integration/local-tenant/helpers';
import { userIdOf } from '../../tests/integration/ports/graph-harness';
import { seedContract, startApiHarness } from '../../tests/integration/server/api-harness';
import { round } from '../measure';

export interface ConcurrentEditsResult {
  callers: number;
  edits: number;
  agreed: number;
  conflicts412: number;
  /** Answers other than 201 and 412, by status. */
  otherAnswers: Record<string, number>;
  versionsInHistory: number;
  lostUpdates: number;
  duplicatedUpdates: number;
  seconds: number;
}

interface ContractView {
  current: { commitments: unknown[]; reviews: unknown[]; openQuestion?: string | null };
}

export async function runConcurrentEditsDrill(
  callers: number,
  editsPerCaller: number,
): Promise<ConcurrentEditsResult> {
  const tenant = await startTenant();
  const api = await startApiHarness({ tenant });
  try {
    const liam = userIdOf(tenant, 'liam.oconnor');
    const person = `/api/people/${liam}`;
    await seedContract(api, 'priya.raman', liam, 1);
    const agreedNotes: string[] = [];
    const other: Record<string, number> = {};
    let conflicts = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: callers }, async (_, caller) => {
        for (let edit = 0; edit < editsPerCaller; edit += 1) {
          const read = await api.call('priya.raman', 'GET', `${person}/contract?tz=Europe/London`);
          const etag = read.headers.get('etag') ?? '';
          const { current } = JSON.parse(read.text) as ContractView;
          const note = `Edit ${String(edit)} from tab ${String(caller)}`;
          const answer = await api.call('priya.raman', 'POST', `${person}/contract/versions`, {
            headers: { 'if-match': etag },
            body: {
              terms: {
                commitments: current.commitments,
                reviews: current.reviews,
                openQuestion: current.openQuestion ?? '',
              },
              reason: 'quarterly-update',
              note,
              timeZone: 'Europe/London',
            },
          });
          if (answer.status === 201) agreedNotes.push(note);
          else if (answer.status === 412) conflicts += 1;
          else {
            const key = `${String(answer.status)} ${answer.text.slice(0, 80)}`;
            other[key] = (other[key] ?? 0) + 1;
          }
        }
      }),
    );
    const seconds = round((performance.now() - start) / 1000);
    await api.server.app.flushAudit();
    const history = JSON.parse(
      (await api.call('priya.raman', 'GET', `${person}/contract/history`)).text,
    ) as {
      versions: { note?: string | null }[];
    };
    const notes = history.versions.map((version) => version.note ?? '');
    const counted = new Map<string, number>();
    for (const note of notes) counted.set(note, (counted.get(note) ?? 0) + 1);
    return {
      callers,
      edits: callers * editsPerCaller,
      agreed: agreedNotes.length,
      conflicts412: conflicts,
      otherAnswers: other,
      versionsInHistory: history.versions.length,
      lostUpdates: agreedNotes.filter((note) => !counted.has(note)).length,
      duplicatedUpdates: agreedNotes.filter((note) => (counted.get(note) ?? 0) > 1).length,
      seconds,
    };
  } finally {
    await api.close();
    await tenant.close();
  }
}
