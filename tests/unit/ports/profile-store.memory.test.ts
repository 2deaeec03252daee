import { MemoryProfileStore } from '../../../src/adapters/memory/memory-profile-store';
import { describeProfileStore } from '../../integration/ports/profile-store.contract';

describeProfileStore('in memory', () => Promise.resolve(new MemoryProfileStore()));
