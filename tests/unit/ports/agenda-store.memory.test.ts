import { MemoryAgendaStore } from '../../../src/adapters/memory/memory-agenda-store';
import { describeAgendaStore } from '../../integration/ports/agenda-store.contract';

describeAgendaStore('in memory', () => Promise.resolve(new MemoryAgendaStore()));
