import { describeSecurityLog } from './security-log.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint('SharePoint SecurityLog', (stores) => stores.security, describeSecurityLog);
