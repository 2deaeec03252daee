import { describe, expect, it } from 'vitest';
import {
  CAREER_SITE_ID,
  buildSharePointState,
} from '../../../../src/local-tenant/graph/sharepoint/seed';
import { findSite, parseSitePath } from '../../../../src/local-tenant/graph/sharepoint/site-path';

const state = buildSharePointState(new Date('2025-01-01T00:00:00Z'), [], 'tenant', 'API');

describe('parseSitePath', () => {
  it('reads the ways Graph addresses a site', () => {
    expect(parseSitePath('root/lists')).toEqual({
      selector: { kind: 'root' },
      segments: ['lists'],
    });
    expect(parseSitePath('contoso.sharepoint.com,a,b/lists/Books/items/3')).toEqual({
      selector: { kind: 'id', hostname: 'contoso.sharepoint.com', ids: ['a', 'b'] },
      segments: ['lists', 'Books', 'items', '3'],
    });
    expect(parseSitePath('contoso.sharepoint.com:/sites/hr')).toEqual({
      selector: { kind: 'path', hostname: 'contoso.sharepoint.com', path: '/sites/hr' },
      segments: [],
    });
    expect(parseSitePath('contoso.sharepoint.com:/sites/hr:/lists/Books')).toEqual({
      selector: { kind: 'path', hostname: 'contoso.sharepoint.com', path: '/sites/hr' },
      segments: ['lists', 'Books'],
    });
  });

  it('finds seeded sites by id, path and hostname, and refuses other hosts', () => {
    const byId = findSite(state, parseSitePath(CAREER_SITE_ID).selector);
    const byPath = findSite(
      state,
      parseSitePath('contosodemo.sharepoint.com:/sites/Career-Conversations/').selector,
    );
    expect(byId.ok && byId.site.id).toBe(CAREER_SITE_ID);
    expect(byPath.ok && byPath.site.id).toBe(CAREER_SITE_ID);
    const host = findSite(state, parseSitePath('contosodemo.sharepoint.com').selector);
    expect(host.ok && host.site.isRoot).toBe(true);
    expect(findSite(state, parseSitePath('fabrikam.sharepoint.com:/sites/x').selector).ok).toBe(
      false,
    );
    expect(findSite(state, parseSitePath('contosodemo.sharepoint.com,x,y').selector).ok).toBe(
      false,
    );
  });
});
