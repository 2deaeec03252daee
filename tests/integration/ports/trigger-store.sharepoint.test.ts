import { describeTriggerStore } from './trigger-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint(
  'SharePointTriggerStore',
  (stores) => stores.triggers,
  (label, factory) => {
    describeTriggerStore(label, factory, { bulk: true });
  },
);
