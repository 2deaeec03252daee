import { randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A minimal DER encoder for self-signed X.509 v3 certificates. Entra publishes each signing key
 * with its certificate (`x5c`, `x5t` in the JWKS), and MSAL only accepts an https authority, so
 * the tenant needs certificates; Node can parse them but not create them.
 */
export interface CertificateOptions {
  privateKey: KeyObject;
  publicKey: KeyObject;
  commonName: string;
  dnsNames?: string[];
  ipAddresses?: string[];
  notBefore: Date;
  notAfter: Date;
  serverAuth?: boolean;
}

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

const sequence = (...content: Buffer[]): Buffer => tlv(0x30, ...content);
const set = (...content: Buffer[]): Buffer => tlv(0x31, ...content);
const explicit = (tagNumber: number, content: Buffer): Buffer => tlv(0xa0 + tagNumber, content);
const octetString = (content: Buffer): Buffer => tlv(0x04, content);
const bitString = (content: Buffer): Buffer => tlv(0x03, Buffer.from([0]), content);
const nullValue = (): Buffer => Buffer.from([0x05, 0x00]);
const booleanTrue = (): Buffer => Buffer.from([0x01, 0x01, 0xff]);

function integer(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  const first = trimmed[0] ?? 0;
  return tlv(0x02, first >= 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = parts;
  const bytes: number[] = [first * 40 + second];
  for (const part of rest) {
    const chunk: number[] = [part & 0x7f];
    for (let value = Math.floor(part / 128); value > 0; value = Math.floor(value / 128)) {
      chunk.unshift((value & 0x7f) | 0x80);
    }
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function time(date: Date): Buffer {
  const iso = date.toISOString();
  const year = date.getUTCFullYear();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  // RFC 5280: UTCTime through 2049, GeneralizedTime after.
  return year < 2050
    ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'ascii'))
    : tlv(0x18, Buffer.from(`${digits}Z`, 'ascii'));
}

function name(commonName: string): Buffer {
  return sequence(set(sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}

function ipBytes(address: string): Buffer {
  if (address.includes(':')) {
    const [head = '', tail = ''] = address.split('::');
    const headParts = head === '' ? [] : head.split(':');
    const tailParts = tail === '' ? [] : tail.split(':');
    const zeros = new Array<string>(8 - headParts.length - tailParts.length).fill('0');
    const groups = address.includes('::') ? [...headParts, ...zeros, ...tailParts] : headParts;
    return Buffer.from(
      groups.flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]),
    );
  }
  return Buffer.from(address.split('.').map(Number));
}

/** A certificate extension; a critical one must be understood by whoever checks the certificate. */
function extension(
  id: string,
  value: Buffer,
  marked: 'critical' | 'non-critical' = 'non-critical',
): Buffer {
  return sequence(oid(id), ...(marked === 'critical' ? [booleanTrue()] : []), octetString(value));
}

export function createSelfSignedCertificate(options: CertificateOptions): Buffer {
  const sha256WithRsa = sequence(oid('1.2.840.113549.1.1.11'), nullValue());
  const altNames = [
    ...(options.dnsNames ?? []).map((dns) => tlv(0x82, Buffer.from(dns, 'ascii'))),
    ...(options.ipAddresses ?? []).map((ip) => tlv(0x87, ipBytes(ip))),
  ];
  const extensions = [
    extension('2.5.29.19', sequence(), 'critical'), // basicConstraints: not a CA
    extension('2.5.29.15', tlv(0x03, Buffer.from([0x05, 0xa0])), 'critical'), // digitalSignature, keyEncipherment
    ...(altNames.length > 0 ? [extension('2.5.29.17', sequence(...altNames))] : []),
    ...(options.serverAuth ? [extension('2.5.29.37', sequence(oid('1.3.6.1.5.5.7.3.1')))] : []),
  ];
  const subject = name(options.commonName);
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    sha256WithRsa,
    subject,
    sequence(time(options.notBefore), time(options.notAfter)),
    subject,
    options.publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(...extensions)),
  );
  const signature = sign('sha256', tbs, options.privateKey);
  return sequence(tbs, sha256WithRsa, bitString(signature));
}

export function derToPem(der: Buffer, label = 'CERTIFICATE'): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
