/**
 * OData lambda operators on top of the core `$filter` parser, as Outlook and To Do accept them:
 * `singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')`,
 * `categories/any(c: c eq 'Blue')`, `linkedResources/any(l: l/externalId eq '…')`.
 * https://learn.microsoft.com/en-us/graph/filter-query-parameter#using-lambda-operators
 *
 * Each lambda is cut out of the expression and replaced by a placeholder property, so the core
 * parser handles the rest; the placeholder resolves to the lambda's result for each item.
 */
import {
  evaluateFilter,
  filterProperties,
  parseFilter,
  type FilterNode,
} from '../../core/odata-filter';

export interface Lambda {
  placeholder: string;
  /** The collection the lambda ranges over, e.g. `singleValueExtendedProperties`. */
  collection: string;
  variable: string;
  body: FilterNode;
}

export interface LambdaFilter {
  node: FilterNode;
  lambdas: Lambda[];
}

export type LambdaFilterParse = { ok: true; filter: LambdaFilter } | { ok: false; message: string };

const LAMBDA_START = /([A-Za-z_][\w/]*)\/(any|all)\(\s*([A-Za-z_]\w*)\s*:/gi;

/** Index of the parenthesis closing the one opened just before `from`, skipping quoted text. */
function closingParen(source: string, from: number): number {
  let depth = 1;
  let quoted = false;
  for (let index = from; index < source.length; index += 1) {
    const char = source[index];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth += 1;
    if (char === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

export function parseLambdaFilter(source: string): LambdaFilterParse {
  const lambdas: Lambda[] = [];
  let rewritten = '';
  let cursor = 0;
  LAMBDA_START.lastIndex = 0;
  for (let match = LAMBDA_START.exec(source); match; match = LAMBDA_START.exec(source)) {
    const [whole, collection = '', operator = '', variable = ''] = match;
    const bodyStart = match.index + whole.length;
    const close = closingParen(source, bodyStart);
    if (close === -1) {
      return { ok: false, message: `Invalid filter clause: Syntax error in '${source}'.` };
    }
    if (operator.toLowerCase() !== 'any') {
      return { ok: false, message: "The query filter contains an unsupported 'all' operator." };
    }
    const body = parseFilter(source.slice(bodyStart, close));
    if (!body.ok) return { ok: false, message: body.message };
    const placeholder = `__lambda${String(lambdas.length)}`;
    lambdas.push({ placeholder, collection, variable, body: body.node });
    rewritten += `${source.slice(cursor, match.index)}${placeholder} eq true`;
    cursor = close + 1;
    LAMBDA_START.lastIndex = cursor;
  }
  rewritten += source.slice(cursor);
  const parsed = parseFilter(rewritten);
  if (!parsed.ok) return { ok: false, message: parsed.message.replace(rewritten, source) };
  return { ok: true, filter: { node: parsed.node, lambdas } };
}

/** Property paths read outside lambdas, with each lambda reported as its collection name. */
export function lambdaFilterProperties(filter: LambdaFilter): string[] {
  return filterProperties(filter.node).map(
    (path) => filter.lambdas.find((lambda) => lambda.placeholder === path)?.collection ?? path,
  );
}

/** Property paths read inside one lambda, without the range variable (`ep/id` gives `id`). */
export function lambdaBodyProperties(lambda: Lambda): string[] {
  const prefix = `${lambda.variable.toLowerCase()}/`;
  return filterProperties(lambda.body).map((path) =>
    path.toLowerCase() === lambda.variable.toLowerCase()
      ? ''
      : path.toLowerCase().startsWith(prefix)
        ? path.slice(prefix.length)
        : path,
  );
}

export interface LambdaResolvers {
  /** Plain properties of the item. */
  property(path: string): unknown;
  /** The elements of a collection the item holds (objects or primitives). */
  collection(name: string): unknown[] | undefined;
  /**
   * Optional custom comparison inside a lambda (for example case-sensitive extended property ids).
   * Return undefined to fall back to the core evaluator.
   */
  compare?(collection: string, node: FilterNode, element: unknown): boolean | undefined;
}

function elementValue(element: unknown, variable: string, path: string): unknown {
  const lower = path.toLowerCase();
  if (lower === variable.toLowerCase()) return element;
  const prefix = `${variable.toLowerCase()}/`;
  if (!lower.startsWith(prefix) || typeof element !== 'object' || element === null)
    return undefined;
  const key = path.slice(prefix.length).toLowerCase();
  const entry = Object.entries(element).find(([name]) => name.toLowerCase() === key);
  return entry?.[1];
}

function evaluateBody(
  node: FilterNode,
  lambda: Lambda,
  element: unknown,
  resolvers: LambdaResolvers,
): boolean {
  switch (node.type) {
    case 'and':
      return (
        evaluateBody(node.left, lambda, element, resolvers) &&
        evaluateBody(node.right, lambda, element, resolvers)
      );
    case 'or':
      return (
        evaluateBody(node.left, lambda, element, resolvers) ||
        evaluateBody(node.right, lambda, element, resolvers)
      );
    case 'not':
      return !evaluateBody(node.operand, lambda, element, resolvers);
    default: {
      const custom = resolvers.compare?.(lambda.collection, node, element);
      if (custom !== undefined) return custom;
      return evaluateFilter(node, (path) => elementValue(element, lambda.variable, path));
    }
  }
}

export function evaluateLambdaFilter(filter: LambdaFilter, resolvers: LambdaResolvers): boolean {
  return evaluateFilter(filter.node, (path) => {
    const lambda = filter.lambdas.find((candidate) => candidate.placeholder === path);
    if (!lambda) return resolvers.property(path);
    const elements = resolvers.collection(lambda.collection) ?? [];
    return elements.some((element) => evaluateBody(lambda.body, lambda, element, resolvers));
  });
}
