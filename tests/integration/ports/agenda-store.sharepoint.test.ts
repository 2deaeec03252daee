import { describeAgendaStore } from './agenda-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint('SharePoint AgendaStore', (stores) => stores.agenda, describeAgendaStore);
