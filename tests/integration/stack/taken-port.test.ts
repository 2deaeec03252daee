import { get } from 'node:https';
import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/stack/free-port';
import { PortTakenError } from '../../../scripts/stack/port-taken';
import { startStack, type Stack } from '../../../scripts/stack/start-stack';

/** Binds a port as another process on the machine would, on the host the stack's web server uses. */
async function takePort(host: string): Promise<{ port: number; release: () => Promise<void> }> {
  // It accepts and never answers; its connections end when the test closes it.
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  const release = (): Promise<void> =>
    new Promise((resolve) => {
      server.close(() => {
        resolve();
      });
      for (const socket of sockets) socket.destroy();
    });
  return { port: address.port, release };
}

/** The status of a GET over the stack's own (self-signed) certificate. */
function statusOf(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false, agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

/** Hands out `first` in order, then ports that are free, recording every one handed out. */
function portsStartingWith(first: readonly number[]): {
  pick: () => Promise<number>;
  handedOut: number[];
} {
  const queue = [...first];
  const handedOut: number[] = [];
  return {
    handedOut,
    pick: async () => {
      const port = queue.shift() ?? (await freePort());
      handedOut.push(port);
      return port;
    },
  };
}

describe('starting the local stack when a port it picked is taken in the meantime', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  /** A dev stack without demo history, its ports from `pick`, closed after the test. */
  const startPicking = async (pick: () => Promise<number>): Promise<Stack> => {
    const stack = await startStack({ web: 'dev', webPort: 0, seedHistory: false, pickPort: pick });
    cleanup.push(() => stack.close());
    return stack;
  };

  it("starts again on new ports when the web server's port was taken", async () => {
    const taken = await takePort('localhost');
    cleanup.push(taken.release);
    const ports = portsStartingWith([taken.port]);

    const stack = await startPicking(ports.pick);

    expect(ports.handedOut[0]).toBe(taken.port);
    expect(new URL(stack.url).port).not.toBe(String(taken.port));
    expect(await statusOf(new URL('/config.json', stack.url))).toBe(200);
  });

  it("starts again on new ports when the career API's port was taken", async () => {
    const taken = await takePort('127.0.0.1');
    cleanup.push(taken.release);
    const web = await freePort();
    const ports = portsStartingWith([web, taken.port]);

    const stack = await startPicking(ports.pick);

    // web, the taken API port, then a second web port and a second API port.
    expect(ports.handedOut).toHaveLength(4);
    expect(ports.handedOut[1]).toBe(taken.port);
    const api = await statusOf(new URL('/api/openapi.json', stack.url));
    expect(api).toBe(200);
  });

  it('refuses a web port the caller named when it is taken, without trying another', async () => {
    const taken = await takePort('localhost');
    cleanup.push(taken.release);
    const ports = portsStartingWith([]);

    const start = startStack({
      web: 'dev',
      webPort: taken.port,
      seedHistory: false,
      pickPort: ports.pick,
    });

    await expect(start).rejects.toBeInstanceOf(PortTakenError);
    await expect(start).rejects.toThrow(`Port ${String(taken.port)} is already in use`);
    // Only the API's port was picked, once: the start was not tried again.
    expect(ports.handedOut).toHaveLength(1);
  });
});
