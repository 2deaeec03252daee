/**
 * Priya's steady engineers: one contract due for its monthly review, one conversation squeezed
 * into a 1:1.
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, mo, theirs, type PersonaHistory } from '../history-spec';

const arjun: PersonaHistory = {
  key: 'arjun.mehta',
  direction: {
    text: 'Principal engineer: owning the technical strategy for Platform across teams, and writing about it publicly.',
    recorded: d(240),
  },
  conversations: [
    {
      kind: 'full',
      at: d(240),
      focus: 'where-now',
      aspirationRecorded: true,
      notes: 'Arjun knows where he wants to go. The gap is time: delivery work fills his weeks.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          "Which cross-team problem is the best vehicle for Arjun's technical leadership.",
        add: [
          theirs(
            'strategy',
            'action',
            'Write the two-year technical strategy draft for the build and release area',
            d(200),
            d(205),
          ),
          mine(
            'leadership-sync',
            'raise-profile',
            "Put Arjun's strategy draft on the agenda of Amara's leadership sync",
            d(190),
            d(191),
          ),
        ],
        reviews: [{ month: d(210), aspect: 'Feedback on the strategy draft' }],
      },
    },
    { kind: 'review', at: d(210), notes: 'Draft shared with two teams for comments.' },
    {
      kind: 'review',
      at: d(180),
      notes: 'Leadership sync accepted the strategy draft with small changes.',
    },
    {
      kind: 'full',
      at: d(150),
      focus: 'close-the-gap',
      notes: 'Strategy accepted. Arjun leads its first milestone across two teams.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the strategy draft was accepted. Arjun now leads its first milestone across two teams.',
        openQuestion: 'How Arjun spends less time on delivery and more on direction.',
        add: [
          theirs(
            'milestone-one',
            'action',
            'Lead the first strategy milestone across the Build and Release teams',
            d(70),
            d(66),
          ),
          theirs(
            'blog-post',
            'action',
            'Publish an engineering blog post on the build cache design',
            d(100),
            d(96),
          ),
          mine(
            'intro-sipho',
            'mentor-connection',
            'Connect Arjun with Sipho Dlamini for monthly conversations about principal-level work',
            d(130),
            d(131),
          ),
        ],
        reviews: [{ month: d(120), aspect: 'Milestone progress across the two teams' }],
      },
    },
    { kind: 'review', at: d(120), notes: 'Milestone one on track; blog post drafted.' },
    {
      kind: 'review',
      at: d(90),
      notes: 'Blog post published. First monthly conversation with Sipho held.',
    },
    {
      kind: 'full',
      at: d(58),
      focus: 'where-to-go',
      notes:
        'First milestone delivered. Arjun wants to let go of delivery and spend his time on design across Platform.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: first milestone delivered. Next, Arjun hands over delivery of milestone two and focuses on design reviews across Platform.',
        openQuestion:
          'Whether a principal path is realistic here within two years, and what the evidence would need to show.',
        add: [
          theirs(
            'delegate',
            'behaviour',
            'Hand delivery of milestone two to Rahul and Wei and join only the weekly check',
            d(30),
            d(33),
          ),
          theirs(
            'design-review',
            'action',
            'Chair the Platform design review every fortnight',
            d(-40),
          ),
          mine(
            'chairing-feedback',
            'skill-feedback',
            'Give Arjun written feedback on how he chairs the design review, after the third session',
            d(20),
            d(18),
          ),
        ],
        reviews: [{ month: d(-3), aspect: 'How handing over milestone two is going' }],
      },
    },
    // Held a month ago, less three days: the next monthly review is due within days.
    {
      kind: 'review',
      at: mo(1, -3),
      notes:
        'Milestone two handed over; Arjun finds it hard not to jump in. Feedback on chairing given.',
    },
  ],
};

const rahul: PersonaHistory = {
  key: 'rahul.nair',
  direction: {
    text: 'Go deep on distributed systems: own the consensus layer of the scheduler and speak about it at a conference.',
    recorded: d(160),
  },
  conversations: [
    {
      kind: 'full',
      at: d(160),
      focus: 'where-now',
      aspirationRecorded: true,
      notes: 'Rahul wants depth over breadth and is happy to stay on Platform.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Which part of the scheduler gives Rahul the deepest distributed systems work.',
        add: [
          theirs(
            'raft',
            'learning',
            'Read the Raft paper and present it at the reading group',
            d(130),
            d(128),
          ),
          theirs(
            'pair-liam',
            'action',
            'Pair with Liam on the queueing work for a quarter',
            d(75),
            d(76),
          ),
          mine(
            'intro-scheduler',
            'introduction',
            "Introduce Rahul to the scheduler team's lead and book a walkthrough of the consensus code",
            d(145),
            d(146),
          ),
        ],
        reviews: [{ month: d(130), aspect: 'The reading group presentation' }],
      },
    },
    { kind: 'review', at: d(128), notes: 'Raft presentation given; good discussion.' },
    { kind: 'review', at: d(96), notes: 'Pairing with Liam going well.' },
    {
      kind: 'full',
      at: d(65),
      focus: 'close-the-gap',
      minutes: 45,
      insideOneOnOne: true,
      aspirationRecorded: false,
      notes:
        'Squeezed into the end of our 1:1 this time: we covered the gap but rushed where Rahul wants to go.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the pairing with Liam is done. Rahul takes on a first change to the consensus layer.',
        openQuestion: 'Whether a conference talk next year is realistic for Rahul.',
        add: [
          theirs(
            'timeout-change',
            'action',
            'Ship the leader-election timeout change in the scheduler with a written design note',
            d(-20),
          ),
          theirs(
            'talk-proposal',
            'action',
            'Submit a talk proposal to the internal engineering conference',
            d(15),
            d(16),
          ),
          mine(
            'design-note-review',
            'skill-feedback',
            "Review Rahul's design note for the timeout change within a week of receiving it",
            d(-10),
          ),
        ],
        reviews: [{ month: d(30), aspect: 'Progress on the timeout change' }],
      },
    },
    { kind: 'review', at: d(32), notes: 'Talk proposal submitted. Design note started.' },
    { kind: 'review', at: d(9), notes: 'Design note in review with the scheduler team.' },
  ],
};

export const PRIYA_STEADY: readonly PersonaHistory[] = [arjun, rahul];
