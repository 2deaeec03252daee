import {
  lintPromiseLanguage,
  planBooking,
  planCadence,
  summarizeTeam,
  Temporal,
  type ConversationRecord,
  type ReportHistory,
} from '../src/domain';
import { time, type Timing } from './measure';

const NOW = Temporal.Instant.from('2026-11-24T09:00:00Z');
const ZONE = 'Europe/London';

/** A report with two years of quarterly conversations and monthly reviews. */
function syntheticHistory(index: number): ReportHistory {
  const conversations: ConversationRecord[] = [];
  for (let month = 24; month >= 1; month--) {
    const start = NOW.subtract({ hours: 24 * 30 * month + index });
    const kind = month % 3 === 0 ? 'full' : 'review';
    conversations.push({
      id: `c-${index}-${month}`,
      reportId: `r-${index}`,
      managerId: 'm-1',
      kind,
      state: 'held',
      event: {
        eventId: `e-${index}-${month}`,
        title: kind === 'full' ? 'Career conversation' : 'Contract review',
        start: start.toString(),
        end: start.add({ minutes: kind === 'full' ? 60 : 30 }).toString(),
      },
      heldAt: start.toString(),
      rescheduleCount: 0,
      phasesReached: ['where-now', 'where-to-go', 'close-the-gap'],
      aspirationRecorded: true,
      sharedNotes: '',
      manualTicks: [],
    });
  }
  return {
    report: { id: `r-${index}`, displayName: `Person ${index}`, mail: `p${index}@example.com` },
    managerId: 'm-1',
    transitions: index % 7 === 0 ? [{ transition: 'promotion-decision', since: '2026-11-01' }] : [],
    triggers: [],
    conversations,
  };
}

const SENTENCES = [
  'I will introduce you to Priya by 15 January and book the meeting.',
  'You will definitely get the promotion next round.',
  'I will support you with the move when things calm down.',
  'I can advocate for this with my manager - I cannot commit to the outcome.',
  'Lead the design review for the billing service by 2027-02-28.',
];

export function benchDomain(): Timing[] {
  const histories = Array.from({ length: 5000 }, (_, i) => syntheticHistory(i));
  const text = Array.from({ length: 200 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
  const busy = Array.from({ length: 200 }, (_, i) => {
    const start = NOW.add({ hours: 24 + i * 3 });
    return {
      start: start.toString(),
      end: start.add({ minutes: 90 }).toString(),
      kind: 'busy' as const,
    };
  });

  return [
    time(
      'planCadence, 5,000 reports',
      5000,
      () => histories.map((h) => planCadence(h, NOW, ZONE)),
      10,
    ),
    time('summarizeTeam, one manager with 50 reports', 50, () =>
      summarizeTeam({ managerId: 'm-1', histories: histories.slice(0, 50), now: NOW, zone: ZONE }),
    ),
    time('lintPromiseLanguage, 200 sentences', 200, () => lintPromiseLanguage(text)),
    time('planBooking, series of three over 200 busy blocks', 1, () =>
      planBooking({
        now: NOW,
        zone: ZONE,
        workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
        busy,
        format: 'series-of-three',
      }),
    ),
  ];
}
