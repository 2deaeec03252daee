import { describeManagerHistory } from './manager-history.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint(
  'SharePoint ManagerHistory',
  (stores) => stores.managerHistory,
  describeManagerHistory,
);
