import { MemoryAuditLog } from '../../../src/adapters/memory/memory-audit-log';
import { describeAuditLog } from '../../integration/ports/audit-log.contract';

describeAuditLog('in memory', () => Promise.resolve(new MemoryAuditLog()));
