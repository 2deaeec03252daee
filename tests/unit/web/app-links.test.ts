import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { servedAt, TEAMS_TAB_ENTITY_ID } from '../../../src/web/data/app-links';

describe('the app’s own address for the links in mails and events', () => {
  it('names the personal tab the manifest declares, so a Teams deep link opens it', () => {
    const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as {
      staticTabs: { entityId: string; contentUrl?: string }[];
    };
    const tab = manifest.staticTabs.find((t) => t.entityId === TEAMS_TAB_ENTITY_ID);
    expect(tab?.contentUrl).toBeDefined();
  });

  it('is the page’s address without its hash route or query', () => {
    expect(servedAt({ origin: 'https://career.contoso.example', pathname: '/index.html' })).toBe(
      'https://career.contoso.example/index.html',
    );
  });

  it('is the app’s own page when read from the Outlook add-in page, which opens only in Outlook', () => {
    expect(servedAt({ origin: 'https://career.contoso.example', pathname: '/addin.html' })).toBe(
      'https://career.contoso.example/index.html',
    );
  });
});
