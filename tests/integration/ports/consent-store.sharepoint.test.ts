import { describeConsentStore } from './consent-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint('SharePoint ConsentStore', (stores) => stores.consents, describeConsentStore);
