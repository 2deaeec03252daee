import { describePrivateNotesContract } from './private-notes.contract';
import { GraphPrivateNotes } from '../../../src/adapters/graph/notes/graph-private-notes';
import { signInGraph, startDemoTenant } from './graph-harness';

describePrivateNotesContract('Graph over the local tenant', async () => {
  const tenant = await startDemoTenant();
  const { client } = await signInGraph(tenant, 'priya.raman');
  return { notes: new GraphPrivateNotes(client), close: () => tenant.close() };
});
