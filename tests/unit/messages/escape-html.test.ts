import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/domain/messages';

/** The inverse, for the round-trip property only. */
const unescape = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ["' onmouseover='steal()", '&#39; onmouseover=&#39;steal()'],
    ['" autofocus onfocus="x', '&quot; autofocus onfocus=&quot;x'],
    ['Tom &amp; Jerry', 'Tom &amp;amp; Jerry'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['&#60;script&#62;', '&amp;#60;script&amp;#62;'],
    ['</li></ul><h1>Promoted!</h1>', '&lt;/li&gt;&lt;/ul&gt;&lt;h1&gt;Promoted!&lt;/h1&gt;'],
    ['<!-- hidden -->', '&lt;!-- hidden --&gt;'],
    ['<![CDATA[x]]>', '&lt;![CDATA[x]]&gt;'],
    ['a < b > c', 'a &lt; b &gt; c'],
    ['Zoë’s “plan” — 日本語, عربي, 🚀👩🏽‍💻', 'Zoë’s “plan” — 日本語, عربي, 🚀👩🏽‍💻'],
    ['\u202Egnp.exe', '\u202Egnp.exe'],
    ['', ''],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('never leaves a character that can open a tag or end an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('loses nothing: unescaping gives the text back, and escaping twice is not escaping once', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(unescape(escapeHtml(text))).toBe(text);
        if (/[&<>"']/.test(text)) expect(escapeHtml(escapeHtml(text))).not.toBe(escapeHtml(text));
      }),
    );
  });

  it('escapes piecewise, so escaped user text can be found inside a larger escaped string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(escapeHtml(a + b)).toBe(escapeHtml(a) + escapeHtml(b));
      }),
    );
  });
});
