import { MemorySecurityLog } from '../../../src/adapters/memory/memory-security-log';
import { describeSecurityLog } from '../../integration/ports/security-log.contract';

describeSecurityLog('in memory', () => Promise.resolve(new MemorySecurityLog()));
