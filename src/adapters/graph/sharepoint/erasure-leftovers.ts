import type { Leftover } from '../../../app/career-api';
import { SHAREPOINT_LISTS } from './schema';

const LIST_NAMES = Object.values(SHAREPOINT_LISTS).map((list) => list.displayName);

/**
 * What SharePoint keeps after the API deletes a person's list items. A deleted item goes to the
 * site's recycle bin with its whole version history (first stage, then the site collection's
 * second stage, 93 days in all from the deletion) before SharePoint purges it. The app cannot
 * empty it: Microsoft Graph lists a site's recycle bin only in its beta endpoint and has no call
 * to delete from it (permanent deletion of recycle bin items exists only for SharePoint Embedded
 * containers), and the API holds Sites.Selected on the one site, nothing more. So the receipt
 * names it, with the admin steps.
 */
export function sharePointErasureLeftovers(): Leftover[] {
  return [
    {
      place: 'sharepoint-recycle-bin',
      what: 'The deleted list items (contract versions, commitments with their wording as the item title, review items, conversation records, triggers, profile, consents, manager history, audit entries) sit in the career site’s recycle bin, deleted by the career API’s app at the erasure time, for up to 93 days before SharePoint purges them.',
      refs: LIST_NAMES,
      purge:
        'A site collection admin opens the career site › Settings › Site contents › Recycle bin, sorts by Date deleted, selects the items deleted by the career API’s app at the erasure time (erasedAt) whose original location is one of these lists, and chooses Delete; then opens Second-stage recycle bin at the bottom of the page and deletes the same items there. With PnP PowerShell: Get-PnPRecycleBinItem -FirstStage | Where-Object { $_.DirName -match "Lists/Career" -and $_.DeletedDate -ge <erasedAt> } | Clear-PnPRecycleBinItem -Force, then the same with -SecondStage.',
    },
    {
      place: 'sharepoint-version-history',
      what: 'Each deleted item’s earlier versions went to the recycle bin with it. The items that stay (the kept audit entries) are written once and never edited, so they hold no earlier versions.',
      refs: LIST_NAMES,
      purge:
        'Purged with the recycle bin items above; nothing else to do. Do not restore the items from the recycle bin: that would bring their versions back.',
    },
  ];
}
