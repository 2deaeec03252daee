import { MemoryNudgeStore } from '../../../src/adapters/memory/memory-nudge-store';
import { describeNudgeStore } from '../../integration/ports/nudge-store.contract';

describeNudgeStore('in memory', () => Promise.resolve(new MemoryNudgeStore()));
