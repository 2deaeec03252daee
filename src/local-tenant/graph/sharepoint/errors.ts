import { graphError, type Reply } from '../../core/reply';

/**
 * The errors Graph's SharePoint workload returns, with the codes and messages seen on real
 * tenants (camelCase codes: itemNotFound, accessDenied, invalidRequest, resourceModified).
 */
export const spErrors = {
  accessDenied: (): Reply => graphError(403, 'accessDenied', 'Access denied'),
  noClaims: (): Reply =>
    graphError(403, 'accessDenied', 'Either scp or roles claim need to be present in the token.'),
  siteNotFound: (): Reply => graphError(404, 'itemNotFound', 'Requested site could not be found'),
  invalidHostname: (): Reply =>
    graphError(400, 'invalidRequest', 'Invalid hostname for this tenancy'),
  listNotFound: (): Reply => graphError(404, 'itemNotFound', 'The specified list was not found'),
  itemNotFound: (): Reply => graphError(404, 'itemNotFound', 'Item not found'),
  invalid: (message: string): Reply => graphError(400, 'invalidRequest', message),
  conflict: (message: string): Reply => graphError(409, 'nameAlreadyExists', message),
  /** A stale If-Match on a list item; the item is left as it was. */
  stale: (): Reply =>
    graphError(
      412,
      'resourceModified',
      'The resource has changed since the caller last read it; usually an eTag mismatch',
    ),
  notRecognized: (field: string): Reply =>
    graphError(400, 'invalidRequest', `Field '${field}' is not recognized`),
  notIndexed: (field: string): Reply =>
    graphError(
      400,
      'invalidRequest',
      `Field '${field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
    ),
  /** SharePoint's SPQueryThrottledException, passed through by Graph with its own code. */
  threshold: (): Reply =>
    graphError(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    ),
  /** Two changes to one list's schema overlapped (see schema-saves.ts); nothing was saved. */
  saveConflict: (): Reply =>
    graphError(
      409,
      '-2130246326, Microsoft.SharePoint.SPException',
      'Save Conflict.\r\n\r\nYour changes conflict with those made concurrently by another user. If you want your changes to be applied, click Back in your Web browser, refresh the page, and resubmit your changes.',
    ),
  methodNotAllowed: (allowed: string[]): Reply =>
    graphError(
      405,
      'Request_BadRequest',
      'Specified HTTP method is not allowed for the request target.',
      { Allow: allowed.join(', ') },
    ),
  badSegment: (segment: string): Reply =>
    graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`),
} as const;
