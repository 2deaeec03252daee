/** Every demo person with career-conversation history, team by team. */
import type { PersonaHistory } from '../history-spec';
import { PRIYA_PROMOTION_AND_LEAVE } from './priya-promotion-and-leave';
import { PRIYA_DIRECTION } from './priya-direction';
import { PRIYA_SIGNALS } from './priya-signals';
import { PRIYA_ENGAGEMENT_AND_CHANGE } from './priya-engagement-and-change';
import { PRIYA_STEADY } from './priya-steady';
import { MOVED_TO_MATEO } from './moved-to-mateo';
import { JONAS_TEAM } from './jonas-team';
import { PRODUCT_TEAM } from './product-team';

export const DEMO_HISTORIES: readonly PersonaHistory[] = [
  ...PRIYA_PROMOTION_AND_LEAVE,
  ...PRIYA_DIRECTION,
  ...PRIYA_SIGNALS,
  ...PRIYA_ENGAGEMENT_AND_CHANGE,
  ...PRIYA_STEADY,
  ...MOVED_TO_MATEO,
  ...JONAS_TEAM,
  ...PRODUCT_TEAM,
];
