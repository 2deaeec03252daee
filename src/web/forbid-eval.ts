import { z } from '../app/zod';

// The pages' Content-Security-Policy forbids eval. Zod probes `new Function` when its first object
// schema is built, and the browser reports each refused probe as a violation; jitless mode skips
// the probe. Imported first by main.tsx, before any module builds a schema.
z.config({ jitless: true });
