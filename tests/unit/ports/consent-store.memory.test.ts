import { MemoryConsentStore } from '../../../src/adapters/memory/memory-consent-store';
import { describeConsentStore } from '../../integration/ports/consent-store.contract';

describeConsentStore('in memory', () => Promise.resolve(new MemoryConsentStore()));
