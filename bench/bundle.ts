import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of the built JavaScript and CSS in dist/web (run `vite build` first). */
export function measureBundle(dir = 'dist/web/assets'): BundleFile[] {
  return readdirSync(dir)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const path = join(dir, file);
      const content = readFileSync(path);
      return { file, bytes: statSync(path).size, gzipBytes: gzipSync(content).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
