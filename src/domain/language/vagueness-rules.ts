/**
 * Failure 5, "The conversation that goes nowhere", as data: timing that is not a date and
 * actions that cannot be checked at the next conversation.
 */

const rx = (source: string): RegExp => new RegExp(source, 'gi');

export interface VaguenessRule {
  id: string;
  pattern: RegExp;
}

const PERIOD = String.raw`(?:week|month|quarter|year|q[1-4]|spring|summer|autumn|fall|winter)`;

export const VAGUE_TIMING_RULES: readonly VaguenessRule[] = [
  {
    id: 'soon',
    pattern: rx(
      String.raw`(?<!\bas\s)\bsoon(?:-?ish)?\b|\bshortly\b|\bin\s+(?:a\s+(?:bit|while|little\s+while)|the\s+next\s+little\s+while)\b`,
    ),
  },
  {
    id: 'asap',
    pattern: rx(String.raw`\basap\b|\bas\s+soon\s+as\s+(?:possible|I\s+can|we\s+can)\b`),
  },
  {
    id: 'when-things-calm-down',
    pattern: rx(
      [
        String.raw`\b(?:when|once|after)\s+(?:things|work|it|the\s+\w+)\s+(?:calms?|settles?|quietens?|quiets?|slows?)\s+down\b`,
        String.raw`\b(?:when|once)\s+(?:things|it|work|the\s+\w+)\s+(?:is|are|gets?)\s+(?:quieter|calmer|less\s+busy|back\s+to\s+normal|out\s+of\s+the\s+way|behind\s+us)\b`,
        String.raw`\b(?:after|once)\s+the\s+(?:busy|crunch|hectic)\s+(?:period|patch|season|time)\b`,
      ].join('|'),
    ),
  },
  { id: 'at-some-point', pattern: rx(String.raw`\bat\s+some\s+(?:point|stage)\b|\bsometime\b`) },
  // "later" as a time, not as an adjective ("the later sections") or a deadline ("no later than").
  {
    id: 'later',
    pattern: rx(
      String.raw`\blater(?:\s+on|\s+(?:in\s+the|this|next)\s+${PERIOD})?(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|this|next|when|once|after|if)\b)|\bat\s+a\s+later\s+(?:date|stage|point|time)\b`,
    ),
  },
  {
    id: 'in-the-future',
    pattern: rx(String.raw`\bin\s+(?:the\s+)?(?:near\s+|not\s+too\s+distant\s+)?future\b`),
  },
  { id: 'eventually', pattern: rx(String.raw`\beventually\b`) },
  {
    id: 'when-i-get-a-chance',
    pattern: rx(
      String.raw`\bwhen\s+(?:I|we)\s+(?:get|have|find)\s+(?:a|the|some)\s+(?:chance|moment|minute|second|time)\b|\bwhen\s+time\s+allows\b|\bat\s+the\s+(?:earliest|first)\s+(?:opportunity|chance)\b|\bfirst\s+chance\s+(?:I|we)\s+get\b|\bwhen\s+(?:I|we)\s+can\b`,
    ),
  },
  { id: 'ish', pattern: rx(String.raw`\b(?:(?:next|this)\s+)?${PERIOD}-?ish\b`) },
  {
    id: 'down-the-line',
    pattern: rx(String.raw`\bdown\s+the\s+(?:line|road|track)\b|\bin\s+due\s+course\b`),
  },
  {
    id: 'coming-weeks',
    pattern: rx(
      String.raw`\b(?:in|over|within)\s+(?:the\s+)?(?:coming|next\s+few|following|a\s+few|a\s+couple\s+(?:of\s+)?|several)\s+(?:days|weeks|months|quarters)\b`,
    ),
  },
  {
    id: 'one-day',
    pattern: rx(
      String.raw`\bone\s+day\b|\bsome\s?day\b|\bone\s+of\s+these\s+days\b|\bsooner\s+or\s+later\b`,
    ),
  },
];

export const VAGUE_ACTION_RULES: readonly VaguenessRule[] = [
  {
    id: 'support-you',
    pattern: rx(
      String.raw`\bsupport\s+(?:you|your|them|him|her|\w+'s)\b(?!\s+(?:will|need|needs|asked|want|wanted|get|'ll|'d))`,
    ),
  },
  { id: 'help-with', pattern: rx(String.raw`\bhelp\s+(?:\w+\s+)?with\b`) },
  { id: 'help-you', pattern: rx(String.raw`\bhelp\s+(?:you|them)\b`) },
  { id: 'look-into', pattern: rx(String.raw`\blook(?:ing)?\s+into\b`) },
  { id: 'think-about', pattern: rx(String.raw`\bthink\s+about\b`) },
  {
    id: 'explore-options',
    pattern: rx(
      String.raw`\bexplore\s+(?:some\s+|the\s+|a\s+few\s+|other\s+|different\s+|possible\s+)?options\b`,
    ),
  },
  {
    id: 'keep-an-eye-out',
    pattern: rx(
      String.raw`\bkeep\s+an\s+eye\s+(?:out|open)\b|\bkeep\s+(?:you|them|it|this)\s+in\s+mind\b`,
    ),
  },
  {
    id: 'look-at-ways',
    pattern: rx(
      String.raw`\blook\s+(?:at|for)\s+(?:ways|options|how)\b|\bwork\s+on\s+(?:your|my|it|this|that|things)\b`,
    ),
  },
  { id: 'be-there-for-you', pattern: rx(String.raw`\b(?:be\s+there|here)\s+for\s+you\b`) },
  { id: 'try-to', pattern: rx(String.raw`\btry\s+(?:to|and)\b|\bdo\s+(?:my|our)\s+best\s+to\b`) },
  {
    id: 'be-supportive',
    pattern: rx(
      String.raw`\bbe\s+(?:more\s+)?(?:supportive|mindful|aware|conscious|intentional|thoughtful|available)\b|\bgive\s+(?:it\s+|this\s+)?(?:some\s+|more\s+)?thought\b|\bkeep\s+(?:pushing|trying|looking)\b`,
    ),
  },
  {
    id: 'see-what-i-can-do',
    pattern: rx(
      String.raw`\bsee\s+what\s+(?:I|we)\s+can\s+do\b|\bdo\s+(?:what|whatever|all|everything)\s+(?:I|we)\s+can\b|\bhowever\s+(?:I|we)\s+can\b|\bfigure\s+(?:it|this|that|something)\s+out\b`,
    ),
  },
];

/**
 * When this comes before the vague words in their clause, they describe a wish, not a plan.
 * Aspirations are allowed to be vague about time and shape ("I'd like to lead a team one day"):
 * the playbook asks not to push for a clearer answer than the person has.
 */
export const ASPIRATION = rx(
  String.raw`\b(?:want|wants|wanted|'d\s+(?:like|love|rather)|would\s+(?:like|love|rather)|hop(?:e|es|ing)|aspir\w*|dream\w*|goal|ambition|see\s+(?:myself|yourself))\b`,
);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** Anything that pins a commitment to a day, week, month or quarter. */
export const DATE_EXPRESSION = rx(
  [
    String.raw`\b\d{4}-\d{2}(?:-\d{2})?\b`,
    String.raw`\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    // "May" is also a verb: a bare month counts only after a preposition.
    String.raw`\b(?:in|by|before|from|until|of|on|mid|early|late|the|this|next)[\s-]+${MONTH}\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(?:today|tomorrow|tonight)\b`,
    String.raw`\bq[1-4]\b`,
    String.raw`\b(?:this|next|end\s+of\s+(?:the\s+)?)\s*(?:week|month|quarter|sprint|year)\b`,
    String.raw`\b(?:within|in)\s+(?:\d+|a|one|two|three|four|five|six)\s+(?:hours?|days?|weeks?|months?)\b`,
  ].join('|'),
);
