import { describeProfileStore } from './profile-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint('SharePointProfileStore', (stores) => stores.profiles, describeProfileStore);
