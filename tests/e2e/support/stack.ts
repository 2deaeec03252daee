import { startStack, type Stack } from '../../../scripts/stack/start-stack';

/** The product started like `npm start`, but serving the built app and keeping state in memory. */
export function startTestStack(now?: string): Promise<Stack> {
  return startStack({ web: 'built', webPort: 0, ...(now ? { now } : {}) });
}
