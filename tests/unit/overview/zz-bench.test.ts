import { it } from 'vitest';
import { planCadence } from '../../../src/domain/cadence';
import { detectFailures } from '../../../src/domain/failures';
import { assessContractHealth } from '../../../src/domain/contract';
import { summarizeTeam } from '../../../src/domain/overview';
import { Temporal } from '../../../src/domain';
import { aReportHistory, aContract, aVersion, aCommitment, aManagerCommitment, at, MANAGER_ID } from '../builders';
it('bench', () => {
  const histories = Array.from({ length: 50 }, (_, i) => {
    const b = aReportHistory().withReport({ id: `r${i}`, displayName: `Person ${i}` }).withDirection('Lead platform');
    for (let q = 0; q < 8; q++) b.withHeldFull(`202${4 + Math.floor(q / 4)}-0${1 + (q % 4) * 2}-10`);
    b.withBookedFull('2026-07-01');
    b.withContract(aContract(aVersion({ commitments: [aCommitment({ due: '2026-04-01' }), aManagerCommitment({ due: '2026-04-02' }), aManagerCommitment({ status: 'done' })] })));
    return b.build();
  });
  const now = at('2026-06-01T09:00:00Z');
  const zone = 'Europe/London';
  const time = (label: string, f: () => void) => { f(); const t = performance.now(); for (let k = 0; k < 3; k++) f(); console.log(label, ((performance.now() - t) / 3).toFixed(2), 'ms'); };
  const today = Temporal.PlainDate.from('2026-06-01');
  time('cadence', () => histories.forEach((h) => planCadence(h, now, zone)));
  time('failures', () => histories.forEach((h) => detectFailures(h, now, zone)));
  time('health', () => histories.forEach((h) => assessContractHealth(h.contract, today)));
  time('team', () => summarizeTeam({ managerId: MANAGER_ID, histories, now, zone }));
  time('toZoned x500', () => { for (let k = 0; k < 500; k++) now.toZonedDateTimeISO(zone); });
  time('Instant.from x500', () => { for (let k = 0; k < 500; k++) Temporal.Instant.from('2026-06-01T09:00:00Z'); });
}, 60000);
