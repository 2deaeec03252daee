import { useMyManager } from '../../data/my-manager';
import { useContract } from '../../data/use-report-data';
import { QueryState } from '../query-state';
import { CommitmentsCard } from './commitments-card';
import { ContractCard } from './contract-card';
import { firstNameOf } from './my-development-model';

/**
 * The report's own contract and the commitments on both sides: the heart of their tab, and what
 * the Outlook task pane shows them beside their manager's mail.
 */
export function OwnContract({ userId, zone }: { userId: string; zone: string }) {
  const contract = useContract(userId, zone);
  const manager = useMyManager(userId);
  return (
    <QueryState query={contract} what="Your contract" loadingLabel="Reading your contract…">
      {(current) => (
        <>
          {current !== null && (
            <CommitmentsCard
              userId={userId}
              contract={current}
              zone={zone}
              managerFirstName={firstNameOf(manager.data?.displayName)}
            />
          )}
          <ContractCard userId={userId} contract={current} zone={zone} />
        </>
      )}
    </QueryState>
  );
}
