import { describeDirectoryContract } from './directory.contract';
import { GraphDirectory } from '../../../src/adapters/graph/directory/graph-directory';
import { signInGraph, startDemoTenant, upnOf, userIdOf } from './graph-harness';

describeDirectoryContract('Graph over the local tenant', async () => {
  const tenant = await startDemoTenant();
  const { client, userId } = await signInGraph(tenant, 'priya.raman');
  const priya = userId;
  const reports = tenant.state.state.users.filter((u) => u.managerId === priya);
  const reportIds = reports.map((u) => u.id);
  const reportTimeZones = Object.fromEntries(reports.map((u) => [u.id, u.timeZone]));
  const me = tenant.state.state.users.find((u) => u.id === priya);
  return {
    // A small page size makes the adapter follow nextLinks through Priya's twelve reports.
    directory: new GraphDirectory(client, { pageSize: 5 }),
    me: { id: priya, mail: upnOf('priya.raman'), ...(me ? { timeZone: me.timeZone } : {}) },
    manager: { id: priya, reportIds, reportTimeZones },
    report: { id: userIdOf(tenant, 'liam.oconnor'), mail: upnOf('liam.oconnor') },
    top: { id: userIdOf(tenant, 'elena.vasquez') },
    unknownId: '00000000-0000-4000-8000-000000000000',
    close: () => tenant.close(),
  };
});
