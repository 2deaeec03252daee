import { MemoryConversationStore } from '../../../src/adapters/memory/memory-conversation-store';
import { describeConversationStore } from '../../integration/ports/conversation-store.contract';

describeConversationStore('in memory', () => Promise.resolve(new MemoryConversationStore()));
