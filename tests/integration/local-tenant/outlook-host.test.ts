import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../src/local-tenant';
import type { OutlookHostConfig } from '../../../src/local-tenant/outlook-host/protocol';
import { startTenant } from './helpers';

/** The host page's embedded configuration: what it frames and hands the Office.js stand-in. */
async function hostConfig(tenant: LocalTenant, query: string): Promise<OutlookHostConfig> {
  const response = await fetch(`${tenant.url}/_local/outlook?${query}`);
  expect(response.status).toBe(200);
  const page = await response.text();
  const json = /<script type="application\/json" id="outlook-host-config">(.*?)<\/script>/s.exec(
    page,
  )?.[1];
  if (!json) throw new Error('The host page has no configuration.');
  return JSON.parse(json) as OutlookHostConfig;
}

describe('the local Outlook host (/_local/outlook)', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('offers a persona’s Inbox mails, calendar events and a new message, and frames the manifest’s add-in page', async () => {
    const config = await hostConfig(tenant, 'persona=priya.raman');
    const fromTomas = config.choices.find((c) => c.label.startsWith('Tomás Hernández:'));
    expect(fromTomas?.group).toBe('Inbox');
    expect(config.choices.some((c) => c.group === 'Calendar')).toBe(true);
    expect(config.choices.at(-1)).toMatchObject({ value: 'compose', group: 'New' });
    expect(config.pageUrl).toBe(`${tenant.url}/addin.html`);

    const mail = await hostConfig(tenant, `persona=priya.raman&item=${fromTomas?.value ?? ''}`);
    expect(mail.item).toMatchObject({
      surface: 'mailRead',
      from: { displayName: 'Tomás Hernández' },
      to: [{ displayName: 'Priya Raman' }],
    });
  });

  it('refuses an item that is not the persona’s', async () => {
    const response = await fetch(`${tenant.url}/_local/outlook?persona=priya.raman&item=mail:nope`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('No item');
  });

  it('serves the Office.js stand-in as a classic script, labelled as a test host', async () => {
    const response = await fetch(`${tenant.url}/_local/outlook/office.js`);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    const script = await response.text();
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).toContain('TEST HOST');
    // It parses as a classic script (a module's syntax would be a SyntaxError here).
    const { Script } = await import('node:vm');
    expect(() => new Script(script)).not.toThrow();
  });
});
