/**
 * Priya's reports at a transition point: a promotion that stalled, a return from parental leave.
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, theirs, type PersonaHistory } from '../history-spec';

const liam: PersonaHistory = {
  key: 'liam.oconnor',
  direction: {
    text: 'Staff engineer within three years: setting technical direction for Platform with the other staff engineers, still writing code most weeks, and mentoring two or three people.',
    recorded: d(200),
  },
  transitions: [{ transition: 'promotion-decision' }],
  triggers: [{ trigger: 'promotion-not-progressed', logged: d(9) }],
  conversations: [
    {
      kind: 'full',
      at: d(200),
      focus: 'where-now',
      aspirationRecorded: true,
      notes:
        'Liam does his best work on gnarly cross-team design problems. He wants the Staff case to be about influence, not only output.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Whether the Staff case is strongest on the scheduler rewrite or on cross-team design reviews.',
        add: [
          theirs(
            'design-doc',
            'action',
            'Write the design doc for the scheduler rewrite and run its review with the staff engineers',
            d(150),
            d(152),
          ),
          theirs(
            'pair-rahul',
            'behaviour',
            'Pair weekly with Rahul on the queueing work and hand him the on-call runbook',
            d(120),
            d(125),
          ),
          mine(
            'talk-amara',
            'talk-to-own-manager',
            "Talk to Amara about Liam's Staff case and agree what evidence the panel needs",
            d(170),
            d(172),
          ),
          mine(
            'review-feedback',
            'skill-feedback',
            'Give Liam written feedback on the first design review he leads',
            d(140),
            d(138),
          ),
        ],
        reviews: [
          {
            month: d(170),
            aspect: 'Whether the design review gave Liam the cross-team visibility the case needs',
          },
          { month: d(110), aspect: 'How the pairing with Rahul is going' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(170),
      notes:
        'Design doc draft is with the staff group. Amara confirmed the panel wants two cross-team examples, not one.',
    },
    {
      kind: 'review',
      at: d(140),
      notes:
        'Feedback on the design review given: strong on trade-offs, shorter write-ups next time.',
    },
    {
      kind: 'full',
      at: d(110),
      focus: 'where-to-go',
      notes:
        'Design doc and pairing both done. Liam still wants the Staff path; agreed the case goes to the next calibration with two cross-team examples.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the design doc and the pairing are done; the Staff case goes to the next calibration with two cross-team examples.',
        openQuestion:
          'Whether the next calibration is the right moment, or whether one more cross-team project makes the case clearer.',
        add: [
          theirs(
            'incident-reviews',
            'action',
            'Lead the joint incident reviews with the Data team for one quarter',
            d(20),
            d(24),
          ),
          mine(
            'calibration',
            'talk-to-own-manager',
            "Put Liam's Staff case to the calibration panel with Amara, with the two cross-team examples",
            d(60),
            d(62),
          ),
        ],
        reviews: [
          { month: d(80), aspect: 'What the calibration panel said and what it asks for next' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(75),
      notes:
        'The panel asked for one more quarter of evidence on cross-team influence. Talked through what that means in practice.',
    },
    {
      kind: 'full',
      at: d(42),
      focus: 'close-the-gap',
      notes:
        'Liam is disappointed the case did not go through and said so. We went through what the panel asked for and agreed who does what before the next round.',
      contract: {
        reason: 'quarterly-update',
        note: 'The Staff case did not go through at calibration. Agreed what evidence the panel asked for and who does what before the next round.',
        openQuestion:
          'Whether the next calibration round is realistic, or whether a different kind of evidence would serve Liam better.',
        add: [
          theirs(
            'rfc',
            'action',
            'Run the cross-team RFC for the new deployment model and collect written feedback from three teams',
            d(-25),
          ),
          mine(
            'panel-feedback',
            'skill-feedback',
            "Share the calibration panel's written feedback with Liam and go through it together",
            d(12),
          ),
          mine(
            'intro-sipho',
            'introduction',
            'Introduce Liam to Sipho and book a first meeting about principal-level design work',
            d(28),
            d(31),
          ),
        ],
        reviews: [{ month: d(-10), aspect: 'Feedback from the three teams on the RFC' }],
      },
    },
    {
      kind: 'review',
      at: d(14),
      notes:
        'RFC draft circulated to Data and Payments. Still waiting on the written feedback from the panel.',
    },
    { kind: 'full', at: d(-4), focus: 'where-to-go', prompt: 'mail', notes: '' },
  ],
};

const yuki: PersonaHistory = {
  key: 'yuki.nakamura',
  direction: {
    text: 'Senior engineer on the client SDKs in three years, known for making them pleasant to use. I care more about good work at a steady pace than a fast track.',
    recorded: d(330),
  },
  transitions: [{ transition: 'returning-from-leave' }],
  conversations: [
    {
      kind: 'full',
      at: d(330),
      focus: 'where-now',
      aspirationRecorded: true,
      prompt: 'chat',
      notes: 'Yuki is energised by developer experience work and drained by release firefighting.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'How to keep the SDK work moving while Yuki is on parental leave, and what she wants to come back to.',
        add: [
          theirs(
            'guide',
            'action',
            'Rewrite the SDK getting-started guide and test it with two new joiners',
            d(300),
            d(302),
          ),
          theirs(
            'talk',
            'action',
            'Give the internal talk on SDK error handling at the engineering forum',
            d(295),
            d(297),
          ),
          mine(
            'forum-slot',
            'raise-profile',
            'Book Yuki a slot at the engineering forum for the SDK error-handling talk',
            d(315),
            d(318),
          ),
          mine(
            'cover',
            'other-manager',
            'Agree in writing with Wei who looks after the SDK backlog during the parental leave',
            d(295),
            d(299),
          ),
        ],
        reviews: [
          { month: d(300), aspect: 'How the getting-started guide landed with the new joiners' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(305),
      notes: 'Guide tested with two joiners; both had a build running in under an hour.',
    },
    {
      kind: 'full',
      at: d(292),
      focus: 'close-the-gap',
      notes: 'Last conversation before the parental leave. Nothing is due while Yuki is away.',
      contract: {
        reason: 'quarterly-update',
        note: "Before Yuki's parental leave: the guide and the talk are done. New dates start after her return; nothing is due while she is away.",
        openQuestion: 'What Yuki wants her first months back to look like.',
        add: [
          theirs(
            'return-pairing',
            'action',
            'Pair with Wei for the first two weeks back on the SDK release pipeline',
            d(-3),
          ),
          mine(
            'return-plan',
            'other-manager',
            'Agree a phased return plan with Yuki in her first week back, with hours she chooses',
            d(5),
            d(10),
          ),
        ],
        reviews: [{ month: d(-20), aspect: 'How the first month back has gone, in her words' }],
      },
    },
    {
      kind: 'informal',
      at: d(8),
      notes:
        'Welcome back. First week spent on the release pipeline with Wei. Yuki would like the full conversation once she has settled in.',
    },
    { kind: 'full', at: d(-3), focus: 'where-now', prompt: 'chat', notes: '' },
  ],
};

export const PRIYA_PROMOTION_AND_LEAVE: readonly PersonaHistory[] = [liam, yuki];
