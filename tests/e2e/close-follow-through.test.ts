import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { connectCareerSite } from '../../scripts/stack/seed-demo-history';
import type { Stack } from '../../scripts/stack/start-stack';
import type { ConversationRecord, DevelopmentContract } from '../../src/domain';
import { checklistItem, closeStep, SUMMARY_OPENING } from './journey/close';
import { isoAgo, isoDateIn } from './support/tenant-time';
import { startJourney } from './journey/journey-context';
import { inboxSubjects } from './journey/tenant-records';
import { screenshot } from './support/browser';
import { personId } from './support/session';
import { useTestStack } from './support/stack';

const MANAGER = 'Priya Raman';
const REPORT = 'Tomás Hernández';
const INTRODUCTION = 'Introduce Tomás to Dana Okafor in Platform and book their first meeting';
const TALK = 'Talk to Amara about Tomás’s progression and tell him how it went';

async function faults(stack: Stack, knobs: unknown): Promise<void> {
  const response = await fetch(new URL('/_local/faults', stack.tenant.listenUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(knobs),
  });
  expect(response.ok).toBe(true);
}

/**
 * The state the close step starts from, written as the API writes it (the product's own
 * SharePoint stores, with the API's app-only token): Tomás's first full conversation, held two
 * hours ago, and version 1 of his contract agreed in it, with two commitments of Priya's, one of
 * them due within the week.
 */
async function seedHeldConversation(stack: Stack, reportId: string, managerId: string) {
  const site = await connectCareerSite(stack.tenant, { provision: false });
  const conversationId = randomUUID();
  const conversation: ConversationRecord = {
    id: conversationId,
    reportId,
    managerId,
    kind: 'full',
    state: 'held',
    event: {
      eventId: `e2e-${conversationId}`,
      title: `Career conversation (${REPORT} and ${MANAGER})`,
      start: isoAgo(stack, 210),
      end: isoAgo(stack, 120),
    },
    rescheduleCount: 0,
    heldAt: isoAgo(stack, 120),
    phasesReached: ['where-now', 'where-to-go', 'close-the-gap'],
    aspirationRecorded: true,
    sharedNotes: 'Tomás is drawn to platform work and wants to lead a migration.',
    manualTicks: [],
  };
  const contract: DevelopmentContract = {
    id: randomUUID(),
    reportId,
    managerId,
    versions: [
      {
        version: 1,
        agreedAt: isoAgo(stack, 125),
        reason: 'initial',
        note: '',
        conversationId,
        commitments: [
          {
            id: randomUUID(),
            party: 'report',
            kind: 'action',
            action: 'Write a one-page plan for the queue migration and share it with the team',
            due: isoDateIn(stack, 30),
            status: 'open',
          },
          {
            id: randomUUID(),
            party: 'manager',
            kind: 'introduction',
            action: INTRODUCTION,
            due: isoDateIn(stack, 5),
            status: 'open',
          },
          {
            id: randomUUID(),
            party: 'manager',
            kind: 'talk-to-own-manager',
            action: TALK,
            due: isoDateIn(stack, 14),
            status: 'open',
          },
        ],
        reviews: [
          { id: randomUUID(), month: isoDateIn(stack, 31).slice(0, 7), aspect: 'the plan' },
        ],
        openQuestion: 'Whether leading the migration is realistic this half',
      },
    ],
  };
  await site.stores.conversations.create(conversation);
  await site.stores.contracts.saveVersion(contract, undefined);
}

describe('close and follow through (built app, career API, local tenant)', () => {
  const env = useTestStack();

  it('mails the summary, schedules Priya’s commitments, books the next conversation and ticks the after-checklist', async () => {
    const ctx = await startJourney(env, MANAGER, REPORT);
    const { stack, page, reportId } = ctx;
    const closePage = `${stack.url}#/reports/${encodeURIComponent(reportId)}/close`;

    // Nothing held yet: the screen says so and points to booking.
    await page.goto(closePage);
    await page
      .getByText('There is no career conversation to follow through yet')
      .waitFor({ timeout: 30_000 });

    await seedHeldConversation(stack, reportId, await personId(stack, MANAGER));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Send the written summary' }).waitFor({
      timeout: 30_000,
    });
    await page.getByText('0 of 4 done.').waitFor();

    // A promise in the manager's own opening is caught before it goes out in writing.
    await page.getByLabel('Opening paragraph').fill("Great talk. I'll make sure you get promoted.");
    await page.getByText("“I'll make sure you get promoted”").waitFor();

    // What the manager types survives a reload until it is sent.
    await page.getByLabel('Opening paragraph').fill(SUMMARY_OPENING);
    await page.reload();
    await page.getByLabel('Opening paragraph').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Opening paragraph').inputValue()).toBe(SUMMARY_OPENING);

    await page
      .getByRole('region', { name: 'Preview of the summary mail' })
      .getByText(SUMMARY_OPENING)
      .waitFor();
    await screenshot(page, 'close-preview-light');

    // Mail fails to go once: the manager is told plainly, nothing is recorded as sent.
    await faults(stack, {
      errors: [
        { pathPattern: '/v1.0/me/messages/*/send', method: 'POST', status: 500, remaining: 1 },
      ],
    });
    await page.getByRole('button', { name: `Send the summary to ${REPORT}` }).click();
    await page.getByText('The summary was not sent').waitFor({ timeout: 30_000 });
    await checklistItem(page, 'sent-summary-48h').getByText('Not yet', { exact: true }).waitFor();

    // The step sends it again: the same draft goes out, once.
    await closeStep(ctx);
    const summaries = (await inboxSubjects(stack, 'tomas.hernandez@contoso-demo.example')).filter(
      (subject) => subject.startsWith('Our development contract'),
    );
    expect(summaries).toHaveLength(1);

    // Where each commitment went, and the evidence behind each tick, after a reload.
    await page.reload();
    await checklistItem(page, 'booked-next')
      .getByText('Done', { exact: true })
      .waitFor({ timeout: 30_000 });
    expect(await checklistItem(page, 'sent-summary-48h').textContent()).toMatch(
      /Summary sent .*, 2 hours after the conversation/,
    );
    expect(await checklistItem(page, 'own-commitments-in-calendar').textContent()).toContain(
      'All 2 of your open commitments are in your calendar or To Do',
    );
    const introduction = page.getByRole('listitem', { name: INTRODUCTION });
    await introduction.getByText(/^In your calendar since /).waitFor();
    await page
      .getByRole('listitem', { name: TALK })
      .getByText(/^In your To Do, due /)
      .waitFor();

    // "Done anything time-sensitive within the week": the introduction is due in 5 days.
    const timeSensitive = checklistItem(page, 'done-time-sensitive-within-week');
    expect(await timeSensitive.textContent()).toContain('Still to do this week');
    await introduction.getByRole('button', { name: 'Mark done' }).click();
    await timeSensitive.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await timeSensitive.textContent()).toContain(
      'Your commitment due within the week is done',
    );
    await page.getByText('4 of 4 done.').waitFor();
    await page.close();
  });
});
