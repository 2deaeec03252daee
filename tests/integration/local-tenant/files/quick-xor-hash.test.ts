import { describe, expect, it } from 'vitest';
import { quickXorHash } from '../../../../src/local-tenant/graph/files/quick-xor-hash';

// Test vectors from rclone's QuickXorHash implementation
// (backend/onedrive/quickxorhash/quickxorhash_test.go), which it checks against OneDrive.
const VECTORS: [input: string, hash: string][] = [
  ['', 'AAAAAAAAAAAAAAAAAAAAAAAAAAA='],
  ['Sg==', 'SgAAAAAAAAAAAAAAAQAAAAAAAAA='],
  ['tbQ=', 'taAFAAAAAAAAAAAAAgAAAAAAAAA='],
  ['h490d57Pqz5q2rtT', 'h3gEHe7giWeswgdq3MYupgAAAAA='],
  ['2fuxhBJXtpWFe8dOfdGeHw==', 'O9tHLAghgSvYohKFyMMxnNCHaHg='],
  ['NbYXsp5/K6mR+NmHwExjvWeWDJFnXTKWVlzYHoesp2E=', 'wjuAuWDiq04qDt1R8hHWDDcwVoQ='],
  [
    'jyibxJSzO6ZiZ0O1qe3tG/bvIAYssvukh9suIT5wEy1JBINVgPiqdsTW0cOpP0aUfP7mgqLfADkzI/m/GgCuVhr8oFLrOCoTx1/psBOWwhltCbhUx51Icm9aH8tY4Z3ccU+6BKpYQkLCy0B/A9Zc',
    'hZfLIilSITC6N3e3tQ/iSgEzkto=',
  ],
];

describe('QuickXorHash (file.hashes.quickXorHash)', () => {
  it.each(VECTORS)('hashes %s', (input, hash) => {
    expect(quickXorHash(Buffer.from(input, 'base64'))).toBe(hash);
  });

  it('covers inputs longer than the 160-byte ring', () => {
    const bytes = Buffer.alloc(400, 7);
    expect(quickXorHash(bytes)).not.toBe(quickXorHash(Buffer.alloc(401, 7)));
  });
});
