import { describe, expect, it } from 'vitest';
import {
  decodeNote,
  encodeNote,
} from '../../../../../src/adapters/graph/notes/graph-private-notes';

describe('note files', () => {
  it('round-trips any text, including JSON-looking text', () => {
    for (const text of ['', 'plain', '{"text":"not me"}', 'line\nline ✓ "quoted"']) {
      expect(decodeNote(encodeNote(text))).toBe(text);
    }
  });

  it('repairs a file someone edited by hand: its content is the note', () => {
    expect(decodeNote('typed in OneDrive')).toBe('typed in OneDrive');
    expect(decodeNote('{"version":1}')).toBe('{"version":1}');
  });
});
