import { MemoryHistoryRequestStore } from '../../../src/adapters/memory/memory-history-request-store';
import { describeHistoryRequestStore } from '../../integration/ports/history-request-store.contract';

describeHistoryRequestStore('in memory', () => Promise.resolve(new MemoryHistoryRequestStore()));
