/**
 * Priya's reports, part two: a milestone, a drop in engagement, a team merge, a newcomer with no
 * conversation yet, and two steady engineers (one contract due for its monthly review).
 */
import { d, mine, mo, theirs, type PersonaHistory } from './history-spec';

const zeynep: PersonaHistory = {
  key: 'zeynep.kaya',
  direction: {
    text: 'Engineering manager in three years. Running the storage migration showed me I like unblocking people more than I expected.',
    recorded: d(50),
  },
  triggers: [{ trigger: 'major-milestone', logged: d(4) }],
  conversations: [
    {
      kind: 'full',
      at: d(140),
      focus: 'where-now',
      notes: 'Zeynep is energised by the storage migration and wants to see it through.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'Whether Zeynep wants to lead people or lead projects.',
        add: [
          theirs(
            'migration-plan',
            'action',
            'Lead the planning of the storage migration and present the plan to the team',
            d(110),
            d(112),
          ),
          mine(
            'standup-feedback',
            'skill-feedback',
            'Give Zeynep feedback on how she runs the migration stand-ups, after the second and the fifth',
            d(100),
            d(95),
          ),
        ],
        reviews: [{ month: d(110), aspect: 'The migration plan and how the team received it' }],
      },
    },
    {
      kind: 'review',
      at: d(110),
      notes: 'Plan presented; the team asked good questions about rollback.',
    },
    {
      kind: 'review',
      at: d(80),
      notes: 'Migration on schedule. Feedback on the stand-ups given twice.',
    },
    {
      kind: 'full',
      at: d(50),
      focus: 'where-to-go',
      aspirationRecorded: true,
      notes:
        'Zeynep wants to try people leadership. Agreed a small first step that fits the migration.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: Zeynep wants to try people leadership. Agreed a first step that fits the migration: she runs 1:1s with the two engineers joining it.',
        openQuestion:
          'Whether the engineering manager path is what Zeynep wants once she has tried leading people.',
        add: [
          theirs(
            'one-on-ones',
            'action',
            'Run weekly 1:1s with the two engineers joining the migration',
            d(10),
            d(12),
          ),
          theirs(
            'retro',
            'action',
            'Run the migration retrospective and share what she would do differently',
            d(-10),
          ),
          mine(
            'talk-amara',
            'talk-to-own-manager',
            'Talk to Amara about what a first people-leadership step for Zeynep could look like',
            d(25),
            d(26),
          ),
        ],
        reviews: [{ month: d(20), aspect: 'How the 1:1s with the two engineers are going' }],
      },
    },
    {
      kind: 'review',
      at: d(20),
      notes: '1:1s running. Zeynep asked for reading on giving feedback.',
    },
  ],
};

const isabella: PersonaHistory = {
  key: 'isabella.rossi',
  direction: {
    text: 'Frontend specialist in accessibility and design systems. I would like to be the person other teams ask about accessible components.',
    recorded: d(170),
  },
  triggers: [{ trigger: 'drop-in-engagement', logged: d(10) }],
  conversations: [
    {
      kind: 'full',
      at: d(170),
      focus: 'where-now',
      aspirationRecorded: true,
      notes:
        'Isabella lights up when talking about accessibility. She feels it is treated as a side task.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          "Whether Isabella's accessibility work can become a recognised part of her job.",
        add: [
          theirs(
            'audit-plan',
            'action',
            'Plan the accessibility audit of the admin console with the design team',
            d(140),
            d(141),
          ),
          mine(
            'intro-design',
            'introduction',
            "Introduce Isabella to Jonas Lindqvist's design system group and book the first joint session",
            d(150),
            d(152),
          ),
        ],
        reviews: [{ month: d(140), aspect: 'The audit plan' }],
      },
    },
    { kind: 'review', at: d(140), notes: 'Audit plan agreed with design.' },
    {
      kind: 'review',
      at: d(110),
      notes: 'First joint session with the design system group went well.',
    },
    {
      kind: 'full',
      at: d(80),
      focus: 'close-the-gap',
      notes: 'Next steps are the audit itself and a talk on accessible components.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the audit plan is agreed with design. The audit itself and a talk on accessible components are next.',
        openQuestion: "How much of Isabella's week accessibility work can take.",
        add: [
          theirs(
            'audit',
            'action',
            'Finish the accessibility audit of the admin console and file the issues found',
            d(30),
          ),
          theirs('lunch-talk', 'action', 'Give a lunch talk on accessible form components', d(20)),
          mine(
            'protect-time',
            'other-manager',
            "Protect one day a week for Isabella's accessibility work in sprint planning",
            d(70),
            d(72),
          ),
        ],
        reviews: [
          { month: d(50), aspect: 'Progress on the audit' },
          { month: d(20), aspect: 'The lunch talk' },
        ],
      },
    },
    { kind: 'review', at: d(50), notes: 'Audit about a third done; sprint work crowded it out.' },
    { kind: 'ad-hoc', at: d(-2), trigger: 'drop-in-engagement', prompt: 'mail', notes: '' },
  ],
};

// Tomás Hernández joined ten weeks ago and has had no career conversation yet: no history at all.

const olena: PersonaHistory = {
  key: 'olena.kovalenko',
  direction: {
    text: 'After the merge I want to rebuild depth first and become the go-to person for the merged build system. In a year I would like to choose between staff engineer and managing, with real experience of both.',
    recorded: d(19),
  },
  triggers: [{ trigger: 'role-or-team-changed', logged: d(32) }],
  conversations: [
    {
      kind: 'ad-hoc',
      at: d(27),
      trigger: 'role-or-team-changed',
      phases: ['where-now'],
      notes:
        'Talked through what changed with the merge: Olena lost the release tooling she owned and has not found her footing in Platform yet. Agreed to hold a full career conversation within three weeks.',
    },
    {
      kind: 'full',
      at: d(19),
      focus: 'where-to-go',
      aspirationRecorded: true,
      prompt: 'mail',
      notes: 'Olena wants depth first, then a real choice between the staff and manager paths.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Whether Olena wants to grow towards staff engineer or towards managing, once she has tried parts of both.',
        add: [
          theirs(
            'caching-layer',
            'action',
            "Take ownership of the build system's caching layer and write its design notes",
            d(-30),
          ),
          theirs(
            'onboarding',
            'action',
            'Run the onboarding session on the build system for the Platform team',
            d(5),
            d(6),
          ),
          mine(
            'intro-arjun',
            'introduction',
            'Introduce Olena to Arjun Mehta to compare notes on the build roadmap, and book the meeting',
            d(12),
            d(15),
          ),
          mine(
            'release-tooling',
            'talk-to-own-manager',
            'Talk to Amara about which release tooling decisions Olena can own after the merge',
            d(5),
          ),
        ],
        reviews: [{ month: d(-10), aspect: 'How ownership of the caching layer is going' }],
      },
    },
  ],
};

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

export const PLATFORM_TEAM_B: readonly PersonaHistory[] = [zeynep, isabella, olena, arjun, rahul];
