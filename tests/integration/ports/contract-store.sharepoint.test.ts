import { describeContractStore } from './contract-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint(
  'SharePointContractStore',
  (stores) => stores.contracts,
  (label, factory) => {
    describeContractStore(label, factory, { bulk: true });
  },
);
