import { describeAuditLog } from './audit-log.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint('SharePoint AuditLog', (stores) => stores.audit, describeAuditLog);
