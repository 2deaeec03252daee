import type { PromptRecall } from '../../app/my-365/prompt/follow-the-series';

/** One sentence on what became of the queued reflection prompt, for the notice after a change. */
export function promptOutcomeSentence(outcome: PromptRecall | 'requeued', name: string): string {
  switch (outcome) {
    case 'requeued':
      return ` The queued reflection prompt moved with it: ${name} gets it a few days before the new first session.`;
    case 'recalled':
      return ` The queued reflection prompt was taken back: ${name} will not get it.`;
    case 'delivered':
      return ` The reflection prompt had already reached ${name}.`;
    case 'not-recallable':
      return ` The reflection prompt queued earlier could not be taken back: delete it from your Drafts in Outlook.`;
    case 'none':
      return '';
  }
}
