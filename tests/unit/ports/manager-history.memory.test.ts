import { MemoryManagerHistory } from '../../../src/adapters/memory/memory-manager-history';
import { describeManagerHistory } from '../../integration/ports/manager-history.contract';

describeManagerHistory('in memory', () => Promise.resolve(new MemoryManagerHistory()));
