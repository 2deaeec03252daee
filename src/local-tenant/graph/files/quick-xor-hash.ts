/**
 * QuickXorHash, the content hash OneDrive for Business reports in `file.hashes.quickXorHash`:
 * bytes are XORed into a 160-bit ring, shifting 11 bits per byte, and the length is XORed into
 * the last 64 bits.
 * https://learn.microsoft.com/en-us/onedrive/developer/code-snippets/quickxorhash
 */
const WIDTH = 160;
const SHIFT = 11;
const MASK64 = (1n << 64n) - 1n;

export function quickXorHash(bytes: Uint8Array): string {
  const cells = [0n, 0n, 0n];
  let cell = 0;
  let offset = 0;
  const iterations = Math.min(bytes.length, WIDTH);
  for (let i = 0; i < iterations; i += 1) {
    const isLast = cell === cells.length - 1;
    const bitsInCell = isLast ? 32 : 64;
    let xored = 0;
    for (let j = i; j < bytes.length; j += WIDTH) xored ^= bytes[j] ?? 0;
    const value = BigInt(xored);
    if (offset <= bitsInCell - 8) {
      cells[cell] = ((cells[cell] ?? 0n) ^ (value << BigInt(offset))) & MASK64;
    } else {
      const next = isLast ? 0 : cell + 1;
      cells[cell] = ((cells[cell] ?? 0n) ^ (value << BigInt(offset))) & MASK64;
      cells[next] = (cells[next] ?? 0n) ^ (value >> BigInt(bitsInCell - offset));
    }
    offset += SHIFT;
    while (offset >= bitsInCell) {
      cell = isLast ? 0 : cell + 1;
      offset -= bitsInCell;
    }
  }
  const out = new Uint8Array(WIDTH / 8);
  cells.forEach((value, index) => {
    for (let byte = 0; byte < 8 && index * 8 + byte < out.length; byte += 1) {
      out[index * 8 + byte] = Number((value >> BigInt(8 * byte)) & 0xffn);
    }
  });
  let length = BigInt(bytes.length);
  for (let byte = 0; byte < 8; byte += 1) {
    const at = WIDTH / 8 - 8 + byte;
    out[at] = (out[at] ?? 0) ^ Number(length & 0xffn);
    length >>= 8n;
  }
  return Buffer.from(out).toString('base64');
}
