import { describeConversationStore } from './conversation-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint(
  'SharePointConversationStore',
  (stores) => stores.conversations,
  (label, factory) => {
    describeConversationStore(label, factory, { bulk: true });
  },
);
