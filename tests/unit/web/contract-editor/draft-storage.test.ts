import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftFrom } from '../../../../src/web/features/contract-editor/contract-draft';
import {
  canKeepDrafts,
  clearDraft,
  loadDraft,
  saveDraft,
} from '../../../../src/web/features/contract-editor/draft-storage';
import { drafts } from '../../../../src/web/shared/drafts/owned-drafts';
import { aVersion } from '../../builders';

/** The Web Storage API over a Map: node has no localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

describe('the unsaved draft kept in this browser', () => {
  beforeEach(() => {
    Object.assign(globalThis, { localStorage: memoryStorage(), sessionStorage: memoryStorage() });
    drafts.begin({ tenantId: 'contoso', userId: 'priya' });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  it('comes back exactly as it was typed, per report, until cleared', () => {
    const draft = {
      ...draftFrom('r1', { version: aVersion({ version: 2 }), etag: 'e2' }),
      note: 'Typed before the reload',
    };
    expect(canKeepDrafts()).toBe(true);
    saveDraft(draft, '2026-03-02T10:00:00Z');
    expect(loadDraft('r1')).toEqual({ savedAt: '2026-03-02T10:00:00Z', draft });
    expect(loadDraft('r2')).toBeUndefined();
    clearDraft('r1');
    expect(loadDraft('r1')).toBeUndefined();
  });

  it('ignores what it cannot read rather than showing a broken draft', () => {
    localStorage.setItem('career.contract-draft.v1.r1', '{not json');
    expect(loadDraft('r1')).toBeUndefined();
    localStorage.setItem(
      'career.contract-draft.v1.r1',
      JSON.stringify({ savedAt: 'x', draft: {} }),
    );
    expect(loadDraft('r1')).toBeUndefined();
  });

  it('says so when the browser keeps nothing', () => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    expect(canKeepDrafts()).toBe(false);
  });
});
