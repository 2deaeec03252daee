import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../../../src/adapters/graph/chat/graph-chat';

describe('visibleText', () => {
  it('compares messages as Teams shows them, whatever HTML it rewrote', () => {
    expect(visibleText('<p>Summary &amp; next steps</p>')).toBe(
      visibleText('<div><p>Summary &amp; next   steps</p></div>'),
    );
    expect(visibleText('<p>A &lt;b&gt;</p>')).toBe('A <b>');
  });
});
