import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config';

/** What Vite copies into the build as it is: src/web/public (root + publicDir in vite.config.ts). */
const publicDir = join(String(viteConfig.root), String(viteConfig.publicDir));
const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as {
  developer: { privacyUrl: string; termsOfUseUrl: string };
};

const pageOf = (url: string): string => {
  const prefix = '${{APP_ORIGIN}}/';
  expect(url.startsWith(prefix), `${url} is on the app's origin`).toBe(true);
  return url.slice(prefix.length);
};

describe('the privacy and terms pages the manifest links to', () => {
  it.each([
    ['privacyUrl', manifest.developer.privacyUrl],
    ['termsOfUseUrl', manifest.developer.termsOfUseUrl],
  ])('%s is a page the build publishes, with no script', (_, url) => {
    const path = join(publicDir, pageOf(url));
    expect(existsSync(path), path).toBe(true);
    const html = readFileSync(path, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).not.toMatch(/<script/i);
  });

  it('every address on the app’s origin the manifest names is a file the build publishes', () => {
    const text = readFileSync('manifest/manifest.json', 'utf8');
    const paths = [...text.matchAll(/\$\{\{APP_ORIGIN\}\}\/([^"?#]+)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(paths).toEqual(expect.arrayContaining(['privacy.html', 'terms.html', 'addin.html']));
    for (const path of paths) {
      // A page Vite builds (index.html, addin.html) or a file copied from the public folder.
      const built = existsSync(join(String(viteConfig.root), path)) && path.endsWith('.html');
      expect(built || existsSync(join(publicDir, path)), path).toBe(true);
    }
  });

  it('the privacy page says who sees what, what HR never sees, where data lives and erasure', () => {
    const html = readFileSync(join(publicDir, pageOf(manifest.developer.privacyUrl)), 'utf8')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    for (const phrase of [
      'only your manager can read them',
      'you and your current manager',
      'what hr never sees',
      'at least five people',
      'never scores flight risk',
      'sharepoint site in your organisation',
      'erase',
    ]) {
      expect(html).toContain(phrase);
    }
  });
});
