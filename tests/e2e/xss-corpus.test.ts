/**
 * Reliability drill: the XSS corpus through every text field a person types and the product shows
 * again. Each payload is written through the career API as the person who would type it (Priya
 * as manager, Tomás as her report), then every screen that shows it is opened in Chromium with the
 * page's Content-Security-Policy switched off, so the drill proves the rendering escapes, not that
 * the policy would save it. 0 executed: `__xss` (a tripwire every frame can call) is never called,
 * no dialog opens, and no element carries a payload as a script, handler or URL. And each written
 * text is found, literally, on a screen that shows that field: a screen rendering nothing fails.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { inboxMessages } from './journey/tenant-records';
import { newTestContext, settled } from './support/browser';
import { personId, signInOn } from './support/session';
import { useTestStack } from './support/stack';
import { isoAgo, isoDateIn } from './support/tenant-time';
import { joinedPayloads, XSS_CORPUS, type XssPayload } from './support/xss-corpus';

const MANAGER = 'Priya Raman';
const REPORT = 'Tomás Hernández';
const REPORT_MAIL = 'tomas.hernandez@contoso-demo.example';
/** The manager's wording the promise lint flags, so an in-gift reason is kept with it. */
const PROMISE = 'I will make sure you get promoted';

/** One text written into one field: `text` holds the payload, tagged with the field's name. */
interface Written {
  field: string;
  payload: XssPayload;
  text: string;
}

const tagged = (field: string, payload: XssPayload): Written => ({
  field,
  payload,
  text: `${field} ${payload.text}`,
});

/** Every payload joined into one long field (notes, direction), as many as the cap allows. */
function joined(field: string, max: number): Written[] {
  const text = joinedPayloads(XSS_CORPUS, max);
  return XSS_CORPUS.filter((p) => text.includes(p.text)).map((payload) => ({
    field,
    payload,
    text: payload.text,
  }));
}

/** A person signed in in a context of their own, with the tripwires set and their API token. */
interface Caller {
  context: BrowserContext;
  page: Page;
  authorization: string;
}

/** What the drill saw: tripwires that fired and elements that carried a payload as code. */
const executed: string[] = [];
const injected: string[] = [];

type Env = { browser: Parameters<typeof newTestContext>[0]; stack: Stack };

/** A page in a context of its own with the page's CSP off and the tripwires set. */
async function tripwiredPage(env: Env): Promise<Page> {
  const context = await newTestContext(env.browser, env.stack, { bypassCSP: true });
  // Every frame (the app, a host's frames, a payload's own srcdoc) can reach it.
  await context.exposeFunction('__xss', (id: unknown) => executed.push(`__xss(${String(id)})`));
  context.on('page', watchDialogs);
  const page = await context.newPage();
  return page;
}

function watchDialogs(page: Page): void {
  page.on('dialog', (dialog) => {
    executed.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

async function signInWithTripwires(env: Env, name: string): Promise<Caller> {
  const page = await tripwiredPage(env);
  const context = page.context();
  const firstApiCall = page.waitForRequest(
    (request) => request.url().includes('/api/') && request.headers().authorization !== undefined,
    { timeout: 60_000 },
  );
  await signInOn(page, env.stack, name);
  const authorization = (await firstApiCall).headers().authorization ?? '';
  return { context, page, authorization };
}

/** A call to the career API over the stack's HTTPS origin, as the signed-in person. */
async function api(
  stack: Stack,
  caller: Caller,
  method: string,
  path: string,
  data?: unknown,
  headers: Record<string, string> = {},
): Promise<{ json: Record<string, unknown>; etag: string }> {
  const response = await caller.page.request.fetch(new URL(path, stack.url).toString(), {
    method,
    headers: { authorization: caller.authorization, ...headers },
    ...(data === undefined ? {} : { data }),
  });
  const text = await response.text();
  expect(response.ok(), `${method} ${path}: ${String(response.status())} ${text}`).toBe(true);
  return {
    json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    etag: response.headers().etag ?? '',
  };
}

/** Elements that carry a payload where a browser would run it: scripts, handlers, URLs. */
function scanForInjection(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const payload = /__xss|alert\(/;
    const urlAttributes = new Set([
      'href',
      'xlink:href',
      'src',
      'srcdoc',
      'action',
      'formaction',
      'data',
      'content',
      'style',
      'to',
    ]);
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const risky = attribute.name.startsWith('on') || urlAttributes.has(attribute.name);
        if (risky && payload.test(attribute.value)) {
          found.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
      }
      if (element.localName === 'script' && payload.test(element.textContent)) {
        found.push(`<script>${element.textContent}</script>`);
      }
    }
    return found;
  });
}

/** Text a person reads on the screen, and what the screen's fields hold, in every frame. */
async function screenText(page: Page): Promise<string> {
  const parts = await Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(() => {
        const values = Array.from(document.querySelectorAll('input, textarea')).map(
          (field) => (field as HTMLInputElement | HTMLTextAreaElement).value,
        );
        return [document.body.textContent, ...values].join('\n');
      }),
    ),
  );
  return parts.join('\n');
}

/**
 * Opens a screen, waits for `ready` and for it to settle, then records what it shows and any
 * payload that became code in any of its frames.
 */
async function visit(
  page: Page,
  open: () => Promise<unknown>,
  ready: string,
  seen: Map<string, string>,
  name: string,
): Promise<void> {
  await open();
  // In a field or a collapsed section as much as in view: what matters is that it was rendered.
  await expect
    .poll(async () => (await screenText(page)).includes(ready), { timeout: 30_000 })
    .toBe(true);
  await settled(page);
  for (const frame of page.frames()) {
    injected.push(...(await scanForInjection(frame)).map((found) => `${name}: ${found}`));
  }
  // Checked screen by screen, so a failure names the first screen that ran or carried a payload.
  expect(executed, `executed on or before the ${name}`).toEqual([]);
  expect(injected, `injected on the ${name}`).toEqual([]);
  seen.set(name, await screenText(page));
}

const go = (page: Page, hash: string) => () =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

describe('XSS corpus through every text field, rendered in Chromium (built app, API, tenant)', () => {
  const env = useTestStack();

  it('executes none of the payloads on any screen or mail body, and shows each one as text', async () => {
    const { stack } = env;
    const started = performance.now();
    const reportId = await personId(stack, REPORT);
    const people = `/api/people/${encodeURIComponent(reportId)}`;
    const priya = await signInWithTripwires(env, MANAGER);

    // Priya: a held conversation with shared notes and a titled event, the prompt's wording.
    const written: Written[] = [];
    const notes = joined('notes', 20_000);
    const conversation = await api(stack, priya, 'POST', `${people}/conversations`, {
      kind: 'full',
      state: 'held',
      event: {
        eventId: 'xss-drill-event',
        title: `Career conversation (${REPORT} and ${MANAGER})`,
        start: isoAgo(stack, 180),
        end: isoAgo(stack, 120),
      },
      heldAt: isoAgo(stack, 120),
      phasesReached: ['where-now', 'where-to-go', 'close-the-gap'],
      aspirationRecorded: true,
      sharedNotes: notes.map((w) => w.text).join(' | '),
    });
    written.push(...notes);
    const conversationId = String(conversation.json.id);
    const wording = joined('prompt', 4_000);
    await api(
      stack,
      priya,
      'PATCH',
      `/api/conversations/${conversationId}`,
      {
        prompt: {
          channel: 'mail',
          deliverAt: isoAgo(stack, 60 * 24),
          queuedAt: isoAgo(stack, 60 * 25),
          wording: wording.map((w) => w.text).join(' | '),
        },
      },
      { 'if-match': conversation.etag },
    );
    written.push(...wording);

    // Version 1: a commitment per payload (the manager's flagged, with an in-gift reason), a
    // review per payload up to the cap, the open question and the note.
    const actions = XSS_CORPUS.map((payload, index) => {
      const party = index % 2 === 0 ? 'report' : 'manager';
      return party === 'report'
        ? { payload, party, kind: 'action', action: tagged('act', payload) }
        : {
            payload,
            party,
            kind: 'introduction',
            action: { ...tagged('act', payload), text: `${PROMISE} act ${payload.text}` },
            gift: tagged('gift', payload),
          };
    });
    const reviews = XSS_CORPUS.slice(0, 24).map((payload) => tagged('review', payload));
    const question = joined('question', 500);
    const note = joined('note', 1_000);
    const v1 = await api(stack, priya, 'POST', `${people}/contract/versions`, {
      reason: 'initial',
      note: note.map((w) => w.text).join(' | '),
      conversationId,
      timeZone: 'Europe/London',
      terms: {
        commitments: actions.map((a, index) => ({
          party: a.party,
          kind: a.kind,
          action: a.action.text,
          due: isoDateIn(stack, 10 + index),
          ...(a.gift ? { inGiftReason: a.gift.text } : {}),
        })),
        reviews: reviews.map((r, index) => ({
          month: isoDateIn(stack, 31 * (index + 1)).slice(0, 7),
          aspect: r.text,
        })),
        openQuestion: question.map((w) => w.text).join(' | '),
      },
    });
    // A dropped commitment shows its action and why; its in-gift reason no longer applies.
    const kept = actions.slice(0, -8);
    written.push(...actions.map((a) => a.action), ...kept.flatMap((a) => (a.gift ? [a.gift] : [])));
    written.push(...reviews, ...question, ...note);

    // Version 2 drops the last eight commitments, each with its reason.
    const current = v1.json as { current: { commitments: { id: string; action: string }[] } };
    const commitments = current.current.commitments;
    const droppedIds = commitments.slice(-8).map((c) => c.id);
    const why = XSS_CORPUS.slice(-8).map((payload) => tagged('why', payload));
    const v2 = await api(
      stack,
      priya,
      'POST',
      `${people}/contract/versions`,
      {
        reason: 'correction',
        note: 'Corrected after the conversation',
        timeZone: 'Europe/London',
        terms: {
          commitments: commitments.slice(0, -8).map((c) => {
            const { id, ...rest } = c as unknown as Record<string, unknown>;
            return {
              id,
              ...pick(rest, ['party', 'kind', 'action', 'due', 'status', 'inGiftReason']),
            };
          }),
          reviews: reviews.map((r, index) => ({
            month: isoDateIn(stack, 31 * (index + 1)).slice(0, 7),
            aspect: r.text,
          })),
          openQuestion: question.map((w) => w.text).join(' | '),
        },
        dropped: droppedIds.map((id, index) => ({ id, why: why[index]?.text ?? '' })),
      },
      { 'if-match': v1.etag },
    );
    written.push(...why);

    const direction = joined('direction', 2_000);
    await api(stack, priya, 'PUT', `${people}/profile`, {
      direction: direction.map((w) => w.text).join(' | '),
      transitions: [],
    });
    written.push(...direction);

    // Tomás: a done note on each of his commitments still standing, and his agenda.
    const tomas = await signInWithTripwires(env, REPORT);
    const his = commitments.slice(0, -8).filter((_, index) => index % 2 === 0);
    let etag = v2.etag;
    for (const [index, commitment] of his.entries()) {
      const done = tagged('done', XSS_CORPUS[index * 2] as XssPayload);
      const answer = await api(
        stack,
        tomas,
        'POST',
        `${people}/contract/commitments/${commitment.id}/done`,
        { note: done.text },
        { 'if-match': etag },
      );
      etag = answer.etag;
      written.push(done);
    }
    for (const payload of XSS_CORPUS.slice(0, 20)) {
      const item = tagged('raise', payload);
      await api(stack, tomas, 'POST', '/api/me/agenda', { text: item.text });
      written.push(item);
    }

    // Every screen that shows them: Priya's, Tomás's, and the summary mail as sent.
    const seen = new Map<string, string>();
    const first = XSS_CORPUS[0] as XssPayload;
    const report = `#/reports/${encodeURIComponent(reportId)}`;
    const p = priya.page;
    await visit(p, go(p, report), `act ${first.text}`, seen, 'report page');
    await visit(p, go(p, `${report}/contract`), 'Version 2', seen, 'contract editor');
    await visit(p, go(p, `${report}/conversation/where-now`), first.text, seen, 'conversation');
    await visit(p, go(p, `${report}/close`), `act ${first.text}`, seen, 'close');
    await p.getByRole('button', { name: `Send the summary to ${REPORT}` }).click();
    await p
      .getByText(/Summary sent/)
      .first()
      .waitFor({ timeout: 30_000 });
    await visit(p, go(p, `${report}/review`), `act ${first.text}`, seen, 'monthly review');
    await visit(p, go(p, `${report}/prompt`), first.text, seen, 'reflection prompt');
    await visit(p, go(p, '#/team'), REPORT, seen, 'team overview');
    await visit(
      tomas.page,
      go(tomas.page, '#/my-development'),
      `act ${first.text}`,
      seen,
      'my development',
    );

    // The Outlook add-in: the task pane beside Tomás's mail, and the summary inserted into a
    // new message in the host's compose window.
    const outlook = await tripwiredPage(env);
    await visit(
      outlook,
      async () => {
        await outlook.goto(`${stack.outlookHostUrl}?persona=priya.raman`);
        await outlook.selectOption('#host-item', { label: 'Tomás Hernández: Re: Our next 1:1' });
        await outlook.waitForURL(/item=/);
      },
      // The pane shows the direction in their words (and overdue commitments: none here).
      first.text,
      seen,
      'Outlook task pane',
    );
    await visit(
      outlook,
      async () => {
        await outlook.goto(
          `${stack.outlookHostUrl}?persona=priya.raman&item=compose&to=tomas.hernandez`,
        );
        const frame = await (await outlook.waitForSelector('#addin-frame')).contentFrame();
        if (!frame) throw new Error('The Outlook host has no task pane frame.');
        await frame.getByRole('button', { name: 'Insert the summary' }).click({ timeout: 30_000 });
        await frame.getByText('Inserted.').waitFor();
      },
      `act ${first.text}`,
      seen,
      'Outlook compose, summary inserted',
    );
    // Inserted into the message itself (HTML coercion), not only shown in the pane.
    expect(await outlook.getByRole('textbox', { name: 'Message body' }).textContent()).toContain(
      `act ${first.text}`,
    );

    // The summary mail's HTML body as it arrived, in a page of its own (as a mail client shows it).
    const [summary] = (await inboxMessages(stack, REPORT_MAIL)).filter((m) =>
      m.subject.startsWith('Our development contract'),
    );
    const body = summary?.body?.content ?? '';
    expect(body).not.toBe('');
    const mail = await tomas.context.newPage();
    await visit(mail, () => mail.setContent(body), `act ${first.text}`, seen, 'summary mail');

    // 0 executed, 0 injected, and every text written is shown literally somewhere.
    expect(executed).toEqual([]);
    expect(injected).toEqual([]);
    const screens = [...seen.values()];
    const missing = written.filter((w) => !screens.some((text) => text.includes(w.text)));
    expect(missing.map((w) => `${w.field} ${w.payload.id}`)).toEqual([]);
    const fields = new Set(written.map((w) => w.field));
    console.info(
      `[xss drill] ${String(XSS_CORPUS.length)} payloads, ${String(written.length)} writes into ${String(fields.size)} fields (${[...fields].join(', ')}), ${String(seen.size)} screens: ${String(executed.length)} executed, ${String(injected.length)} injected, in ${String(Math.round((performance.now() - started) / 1000))} s`,
    );
    await priya.context.close();
    await tomas.context.close();
    await outlook.context().close();
  });
});

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));
}
