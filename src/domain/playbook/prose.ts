import { questionById } from './question-bank';
import { scriptById } from './scripts';
import type { Prose, ProseSegment } from './types';

function renderSegment(segment: ProseSegment): string {
  if (typeof segment === 'string') return segment;
  const quoted =
    'questionId' in segment ? questionById(segment.questionId) : scriptById(segment.scriptId);
  return `"${quoted.text}"`;
}

/** Plain text of a prose field, with each referenced question or script in straight quotes. */
export function renderProse(prose: Prose): string {
  return prose.map(renderSegment).join('');
}
