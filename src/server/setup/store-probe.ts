import { isPortError } from '../../app/ports';
import type { CareerStores } from '../../app/career-api';
import { toIsoInstant, type Clock } from '../../domain';
import type { SetupHealth } from '../../app/api-schemas/hr';

/** An id no record has: reading it proves the store answers without touching anyone's data. */
const PROBE_ID = '00000000-0000-0000-0000-000000000000';

const KIND_ADVICE: Record<string, string> = {
  forbidden:
    'The API app is not granted this site. Grant it Sites.Selected (write) on the career site.',
  unauthenticated: 'The API could not sign in. Check API_CLIENT_ID and API_CLIENT_SECRET.',
  'not-found': 'A list is missing. Run provisioning for the career site.',
  throttled: 'SharePoint is throttling the API. Check again in a few minutes.',
  unavailable: 'SharePoint could not be reached.',
};

function advice(error: unknown): string {
  if (isPortError(error)) return KIND_ADVICE[error.kind] ?? 'The store refused the probe.';
  return 'The store failed unexpectedly; see the API log.';
}

/**
 * A read-only check for setups without a deeper inspection: each store answers a query for an id
 * no one has. It shows the site is reachable and the permission works, not that every index is.
 */
export function probeStores(stores: CareerStores, clock: Clock): () => Promise<SetupHealth> {
  const probes: { id: string; label: string; run: () => Promise<unknown> }[] = [
    { id: 'contracts', label: 'Contracts can be read', run: () => stores.contracts.get(PROBE_ID) },
    {
      id: 'commitments',
      label: 'Commitments can be queried by due date',
      run: () => stores.contracts.listOpenCommitmentsDue([PROBE_ID], '2000-01-01'),
    },
    {
      id: 'conversations',
      label: 'Conversations can be read',
      run: () => stores.conversations.listForReport(PROBE_ID),
    },
    {
      id: 'triggers',
      label: 'Triggers can be read',
      run: () => stores.triggers.listForReport(PROBE_ID),
    },
    { id: 'profiles', label: 'Profiles can be read', run: () => stores.profiles.get(PROBE_ID) },
    {
      id: 'consents',
      label: 'Consents can be read',
      run: () => stores.consents.listForReport(PROBE_ID),
    },
  ];
  return async () => {
    const checks = await Promise.all(
      probes.map(async (probe) => {
        try {
          await probe.run();
          return { id: probe.id, label: probe.label, ok: true, detail: 'OK' };
        } catch (error) {
          return { id: probe.id, label: probe.label, ok: false, detail: advice(error) };
        }
      }),
    );
    return { ok: checks.every((c) => c.ok), checkedAt: toIsoInstant(clock.now()), checks };
  };
}
