/**
 * Priya's reports whose direction is the story: an ambition the organisation cannot offer, and
 * "I genuinely don't know".
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, theirs, type PersonaHistory } from '../history-spec';

const chidi: PersonaHistory = {
  key: 'chidi.okeke',
  direction: {
    text: 'Running my own company in two or three years: developer tools for payments teams in West Africa. Until then I want to learn everything I can about running production systems at scale.',
    recorded: d(70),
  },
  conversations: [
    {
      kind: 'full',
      at: d(160),
      focus: 'where-now',
      notes:
        'Chidi is at his best when a problem touches customers directly. He finds internal tooling work flat.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Which parts of the platform work build the skills Chidi wants for the company he plans to found.',
        add: [
          theirs(
            'incident-command',
            'action',
            'Act as incident commander for two production incidents, with a written review of each',
            d(100),
            d(105),
          ),
          theirs(
            'discovery-course',
            'learning',
            'Complete the internal product discovery course and interview three internal customers',
            d(90),
            d(85),
          ),
          mine(
            'intro-daniel',
            'introduction',
            'Introduce Chidi to Daniel Kim to talk about how product bets are chosen here',
            d(145),
            d(150),
          ),
        ],
        reviews: [
          { month: d(130), aspect: 'What Chidi learned from commanding the first incident' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(128),
      notes: 'First incident done: calm under pressure; wants to tighten the written timeline.',
    },
    { kind: 'review', at: d(98), notes: 'Second incident done. Discovery interviews under way.' },
    {
      kind: 'full',
      at: d(70),
      focus: 'where-to-go',
      aspirationRecorded: true,
      notes:
        'Chidi described the company he wants to build. Priya said plainly that this organisation cannot offer that path, and asked what would be useful to learn here in the meantime.',
      contract: {
        reason: 'quarterly-update',
        note: 'We were honest that founding a company is not a path this organisation can offer. We agreed on the parts of that direction that can grow here: product discovery and owning a service end to end.',
        openQuestion:
          'Whether more product ownership inside Platform would serve Chidi for the next two years.',
        add: [
          theirs(
            'own-webhooks',
            'action',
            'Own the webhooks service end to end for a quarter, including its roadmap',
            d(-20),
          ),
          theirs(
            'portal-proposal',
            'action',
            "Write a one-page proposal for the developer portal and present it to Daniel's team",
            d(15),
            d(17),
          ),
          mine(
            'intro-grace',
            'mentor-connection',
            'Connect Chidi with Grace Achieng, who went from engineering into product, for two conversations',
            d(45),
          ),
        ],
        reviews: [
          { month: d(40), aspect: 'How the webhooks roadmap is shaping up' },
          { month: d(10), aspect: 'Feedback on the developer portal proposal' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(40),
      notes: 'Roadmap draft done. Introduction to Grace still to happen.',
    },
    {
      kind: 'review',
      at: d(12),
      notes: "Proposal went well with Daniel's team; they asked for a follow-up.",
    },
  ],
};

const ana: PersonaHistory = {
  key: 'ana.sousa',
  direction: {
    text: "I genuinely don't know. I like the puzzle-solving in engineering, but I'm not sure I want the next ten years to be backend services. Maybe something closer to the people who use what we build.",
    recorded: d(27),
  },
  // Flagged the day Ana said it in the check-in below.
  transitions: [{ transition: 'expressed-uncertainty', since: d(32) }],
  conversations: [
    {
      kind: 'full',
      at: d(125),
      focus: 'where-now',
      notes:
        'Ana enjoys debugging hard problems; less sure about long projects with no users in sight.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Whether deeper backend work is what Ana wants, or what she thinks is expected of her.',
        add: [
          theirs(
            'certification',
            'learning',
            'Complete the cloud architecture certification',
            d(40),
          ),
          theirs(
            'db-upgrade',
            'action',
            'Take over the database upgrade runbook and run the next upgrade',
            d(80),
            d(82),
          ),
          mine(
            'runbook-feedback',
            'skill-feedback',
            "Review Ana's first upgrade runbook with her and give written feedback",
            d(75),
            d(76),
          ),
        ],
        reviews: [{ month: d(95), aspect: 'How the database upgrade went' }],
      },
    },
    {
      kind: 'review',
      at: d(95),
      notes: 'Upgrade went smoothly. Ana is less excited about the certification than she was.',
    },
    {
      kind: 'review',
      at: d(62),
      notes: 'Certification paused halfway; Ana says it feels like box-ticking.',
    },
    {
      kind: 'informal',
      at: d(32),
      notes:
        'Ana is not sure engineering is still the right direction for her. Agreed to book a proper career conversation this week.',
    },
    {
      kind: 'full',
      at: d(27),
      focus: 'where-to-go',
      aspirationRecorded: true,
      prompt: 'mail',
      notes:
        "Ana doesn't know where she wants to go, and that is fine. We looked at what she is drawn to (users, explaining things) and what she is moving away from (long invisible projects).",
      contract: {
        reason: 'goals-changed',
        note: 'Ana is no longer sure backend depth is what she wants. We dropped the certification and agreed two short experiments instead, to learn what she is drawn to.',
        openQuestion: 'What Ana is drawn to, and what she is moving away from.',
        drop: [
          {
            ref: 'certification',
            why: 'Ana no longer wants to pursue backend depth; the certification stopped serving her direction.',
          },
        ],
        add: [
          theirs(
            'shadow-devex',
            'action',
            'Shadow the developer experience team for two days and write down what energised her',
            d(10),
            d(12),
          ),
          theirs(
            'research-sessions',
            'action',
            "Sit in on three user research sessions with Kenji's team",
            d(-14),
          ),
          mine(
            'intro-kenji',
            'introduction',
            'Introduce Ana to Kenji Watanabe and book the first research session she joins',
            d(20),
            d(24),
          ),
          mine(
            'debriefs',
            'other-manager',
            'Hold a 20-minute debrief with Ana after each experiment',
            d(-15),
          ),
        ],
        reviews: [
          { month: d(-5), aspect: 'What the two experiments taught Ana about her direction' },
        ],
      },
    },
  ],
};

export const PRIYA_DIRECTION: readonly PersonaHistory[] = [chidi, ana];
