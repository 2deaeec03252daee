import { z } from 'zod';
import { describeMailerContract } from './mailer.contract';
import { GraphMailer } from '../../../src/adapters/graph/mail/graph-mailer';
import { signInGraph, startDemoTenant, upnOf } from './graph-harness';
import { odataString } from '../../../src/adapters/graph/client';

describeMailerContract('Graph over the local tenant', async () => {
  const tenant = await startDemoTenant();
  const priya = await signInGraph(tenant, 'priya.raman');
  const liam = await signInGraph(tenant, 'liam.oconnor');
  return {
    mailer: new GraphMailer(priya.client),
    recipient: { email: upnOf('liam.oconnor'), name: "Liam O'Connor" },
    received: async (subject: string) => {
      const inbox = await liam.client.json(
        {
          method: 'GET',
          path: '/me/mailFolders/inbox/messages',
          query: { $filter: `subject eq ${odataString(subject)}`, $select: 'id,subject' },
          scopes: ['Mail.ReadWrite'],
        },
        z.object({ value: z.array(z.unknown()) }),
      );
      return inbox.value.length;
    },
    now: () => Promise.resolve(tenant.clock.now().toISOString()),
    passTime: (toAfter: string) => {
      tenant.clock.advance(Date.parse(toAfter) - tenant.clock.now().getTime() + 1000);
      return Promise.resolve();
    },
    close: () => tenant.close(),
  };
});
