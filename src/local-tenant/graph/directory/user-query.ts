import {
  evaluateFilter,
  filterProperties,
  parseFilter,
  type FilterNode,
} from '../../core/odata-filter';
import { graphError, type Reply } from '../../core/reply';
import type { TenantRequest } from '../../core/request';
import type { DirectoryUser } from '../../state/types';
import { resolved, type Resolved } from '../route-helper';
import { userFilterValue } from './user-shape';

/** Properties the directory indexes for `$filter` on users (a subset of Graph's list). */
const FILTERABLE = new Set(
  [
    'id',
    'userPrincipalName',
    'mail',
    'displayName',
    'givenName',
    'surname',
    'jobTitle',
    'department',
    'accountEnabled',
    'employeeId',
    'city',
    'country',
    'usageLocation',
    'companyName',
    'officeLocation',
    'userType',
    'employeeHireDate',
    'createdDateTime',
  ].map((name) => name.toLowerCase()),
);
const ORDERABLE = new Set(['displayname', 'userprincipalname']);

export type UserQuery = Resolved<{ users: DirectoryUser[]; count: number | undefined }>;

/** Operators that only work as "advanced queries" (ConsistencyLevel: eventual + $count). */
function advancedOperator(node: FilterNode): string | undefined {
  switch (node.type) {
    case 'and':
    case 'or':
      return advancedOperator(node.left) ?? advancedOperator(node.right);
    case 'not':
      return 'not';
    case 'compare':
      return node.op === 'ne' ? 'ne' : undefined;
    case 'call':
      return node.name === 'endswith' || node.name === 'contains' ? node.name : undefined;
    default:
      return undefined;
  }
}

const unsupported = (message: string): Reply =>
  graphError(400, 'Request_UnsupportedQuery', message);

/** `$search="displayName:ann"`: prefix match on words of the named property. */
function matchesSearch(user: DirectoryUser, search: string): boolean {
  const clauses = [...search.matchAll(/"([^":]+):([^"]*)"/g)];
  if (clauses.length === 0) return false;
  return clauses.every(([, property = '', term = '']) => {
    const value = userFilterValue(user, property);
    if (typeof value !== 'string') return false;
    const lowerTerm = term.toLowerCase();
    return value
      .toLowerCase()
      .split(/[\s.@_-]+/)
      .some((word) => word.startsWith(lowerTerm));
  });
}

function sortKey(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Applies `$filter`, `$search`, `$orderby` and `$count` to a user list, as Graph validates them. */
export function queryUsers(req: TenantRequest, users: DirectoryUser[]): UserQuery {
  const odata = req.odata;
  const eventual = req.header('consistencylevel')?.toLowerCase() === 'eventual';
  let result = users;
  if (odata.filter !== undefined) {
    const parsed = parseFilter(odata.filter);
    if (!parsed.ok) return { ok: false, reply: graphError(400, 'BadRequest', parsed.message) };
    const property = filterProperties(parsed.node).find((p) => !FILTERABLE.has(p.toLowerCase()));
    if (property !== undefined) {
      return {
        ok: false,
        reply: unsupported(
          `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`,
        ),
      };
    }
    const operator = advancedOperator(parsed.node);
    if (operator !== undefined && !(eventual && odata.count)) {
      return {
        ok: false,
        reply: unsupported(
          `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
        ),
      };
    }
    result = result.filter((user) =>
      evaluateFilter(parsed.node, (path) => userFilterValue(user, path)),
    );
  }
  if (odata.search !== undefined) {
    if (!eventual) {
      return {
        ok: false,
        reply: graphError(
          400,
          'Request_UnsupportedQuery',
          "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
        ),
      };
    }
    const search = odata.search;
    result = result.filter((user) => matchesSearch(user, search));
  }
  if (odata.count && !eventual) {
    return {
      ok: false,
      reply: graphError(400, 'Request_BadRequest', '$count is not currently supported.'),
    };
  }
  if (odata.orderBy) {
    const invalid = odata.orderBy.find((item) => !ORDERABLE.has(item.property.toLowerCase()));
    if (invalid && !eventual)
      return { ok: false, reply: unsupported('Sorting not supported for current query.') };
    result = [...result].sort((a, b) => {
      for (const item of odata.orderBy ?? []) {
        const left = sortKey(userFilterValue(a, item.property));
        const right = sortKey(userFilterValue(b, item.property));
        const order = left.localeCompare(right, 'en', { sensitivity: 'base' });
        if (order !== 0) return item.direction === 'desc' ? -order : order;
      }
      return 0;
    });
  }
  return resolved({ users: result, count: odata.count ? result.length : undefined });
}
