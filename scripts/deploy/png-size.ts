/** What the Teams app package needs to know of an icon, read from its PNG header. */
export interface PngFacts {
  width: number;
  height: number;
  /** An alpha channel (colour type 4 or 6) or a tRNS chunk. */
  transparent: boolean;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Undefined when the bytes are not a PNG. */
export function readPngFacts(bytes: Uint8Array): PngFacts | undefined {
  if (bytes.length < 33 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = (offset: number): string =>
    String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
  if (chunkType(8) !== 'IHDR') return undefined;
  const colourType = bytes[25] ?? 0;
  let transparent = colourType === 4 || colourType === 6;
  // The chunks before the image data say whether a palette or grey image has a transparent colour.
  for (let offset = 8; !transparent && offset + 8 <= bytes.length;) {
    const type = chunkType(offset);
    if (type === 'tRNS') transparent = true;
    if (type === 'IDAT' || type === 'IEND') break;
    offset += 12 + view.getUint32(offset);
  }
  return { width: view.getUint32(16), height: view.getUint32(20), transparent };
}
