import { describeMailerContract } from '../../integration/ports/mailer.contract';
import { MemoryMailer } from '../../../src/adapters/memory/memory-messaging';

describeMailerContract('memory', () => {
  const mailer = new MemoryMailer();
  const recipient = { email: 'liam.oconnor@contoso.test', name: "Liam O'Connor" };
  let now = '2031-01-06T09:00:00Z';
  mailer.now = now;
  return Promise.resolve({
    mailer,
    recipient,
    received: (subject: string) =>
      Promise.resolve(
        mailer.receivedBy(recipient.email, now).filter((m) => m.subject === subject).length,
      ),
    now: () => Promise.resolve(now),
    passTime: (toAfter: string) => {
      now = new Date(Date.parse(toAfter) + 1000).toISOString();
      mailer.now = now;
      return Promise.resolve();
    },
  });
});
