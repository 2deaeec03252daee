import { describePrivateNotesContract } from '../../integration/ports/private-notes.contract';
import { MemoryPrivateNotes } from '../../../src/adapters/memory/memory-private-notes';

describePrivateNotesContract('memory', () => Promise.resolve({ notes: new MemoryPrivateNotes() }));
