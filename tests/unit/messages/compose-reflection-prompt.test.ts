import { describe, expect, it } from 'vitest';
import { composeReflectionPrompt } from '../../../src/domain/messages';
import { scriptById } from '../../../src/domain';
import { MANAGER, REPORT, withoutOwnTags } from './fixtures';

const FIRST = { start: '2027-03-20T14:00:00Z' };

describe('composeReflectionPrompt', () => {
  it('is a greeting, the playbook prompt and when we meet', () => {
    const message = composeReflectionPrompt({
      manager: MANAGER,
      report: REPORT,
      firstSession: FIRST,
      zone: 'America/New_York',
    });
    expect(message.text.split('\n\n')).toEqual([
      'Hi Alex,',
      scriptById('reflection-prompt').text,
      "We meet on Saturday, 20 March 2027 at 10:00 (New York time). There's nothing to write or send back - just come as you are.",
      'Priya Shah\n',
    ]);
    expect(message.subject).toBe('Something to think about before our career conversation');
  });

  it('is not a form: no headings, lists or fields', () => {
    const { html } = composeReflectionPrompt({
      manager: MANAGER,
      report: REPORT,
      firstSession: FIRST,
      zone: 'Europe/London',
    });
    expect(html).not.toMatch(/<(h\d|ul|ol|li|form|input|textarea|table)\b/);
    expect(html).toContain('Saturday, 20 March 2027 at 14:00 (London time)');
  });

  it('sends edited wording, escaped, keeping its paragraphs and line breaks', () => {
    const { html, text } = composeReflectionPrompt({
      manager: MANAGER,
      report: REPORT,
      wording: 'Think about what <energises> you.\nAnd what drains you.\r\n\r\nNo prep needed.',
      firstSession: FIRST,
      zone: 'Europe/London',
    });
    expect(html).toContain(
      '<p>Think about what &lt;energises&gt; you.<br>And what drains you.</p>\n<p>No prep needed.</p>',
    );
    expect(withoutOwnTags(html)).not.toMatch(/[<>]/);
    expect(text).toContain('Think about what <energises> you.\nAnd what drains you.\n\nNo prep');
    expect(text).not.toContain(scriptById('reflection-prompt').text);
  });
});
