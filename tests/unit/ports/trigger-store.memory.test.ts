import { MemoryTriggerStore } from '../../../src/adapters/memory/memory-trigger-store';
import { describeTriggerStore } from '../../integration/ports/trigger-store.contract';

describeTriggerStore('in memory', () => Promise.resolve(new MemoryTriggerStore()));
