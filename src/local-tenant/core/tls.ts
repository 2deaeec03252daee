import { generateKeyPair } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { createSelfSignedCertificate, derToPem } from './x509';

const generateRsa = promisify(generateKeyPair);
const tlsFileSchema = z.object({
  keyPem: z.string(),
  certPem: z.string(),
  hosts: z.array(z.string()),
});

export interface TlsMaterial {
  key: string;
  cert: string;
}

/**
 * A self-signed certificate for https on loopback. MSAL rejects http authorities, so a browser
 * app against the local tenant needs https; the certificate is kept in the data folder so a
 * browser that accepted it once keeps accepting it.
 */
export async function loadOrCreateTls(
  dataDir: string | undefined,
  extraHost?: string,
): Promise<TlsMaterial> {
  const hosts = ['localhost', '127.0.0.1', '::1', ...(extraHost ? [extraHost] : [])];
  const file = dataDir ? join(dataDir, 'tls.json') : undefined;
  if (file) {
    try {
      const stored = tlsFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
      if (hosts.every((host) => stored.hosts.includes(host)))
        return { key: stored.keyPem, cert: stored.certPem };
    } catch {
      // Missing or unreadable: make a new one below.
    }
  }
  const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: 2048 });
  const now = Date.now();
  const der = createSelfSignedCertificate({
    privateKey,
    publicKey,
    commonName: 'localhost',
    dnsNames: hosts.filter((host) => !/^[\d.:]+$/.test(host)),
    ipAddresses: hosts.filter((host) => /^[\d.:]+$/.test(host)),
    notBefore: new Date(now - 24 * 3600 * 1000),
    notAfter: new Date(now + 397 * 24 * 3600 * 1000),
    serverAuth: true,
  });
  const material = {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    cert: derToPem(der),
  };
  if (file && dataDir) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify({ keyPem: material.key, certPem: material.cert, hosts }));
  }
  return material;
}
