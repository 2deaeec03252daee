import { describeNudgeStore } from './nudge-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint('SharePoint NudgeStore', (stores) => stores.nudges, describeNudgeStore);
