/**
 * The subset of OData `$filter` that Graph workloads commonly accept: comparisons, `and`/`or`/`not`,
 * `in (...)`, startswith/endswith/contains, literals (strings, numbers, booleans, null, unquoted
 * date-times) and property paths such as `start/dateTime`. Each feature decides which properties
 * it lets callers filter on (see `filterProperties`), as the real service does per resource.
 */
export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; operand: FilterNode }
  | { type: 'compare'; op: CompareOp; left: FilterNode; right: FilterNode }
  | { type: 'in'; left: FilterNode; values: FilterNode[] }
  | { type: 'call'; name: string; args: FilterNode[] }
  | { type: 'property'; path: string }
  | { type: 'literal'; value: string | number | boolean | null };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const FUNCTIONS: readonly string[] = ['startswith', 'endswith', 'contains', 'tolower', 'toupper'];

export type FilterParse = { ok: true; node: FilterNode } | { ok: false; message: string };

interface Token {
  kind: 'open' | 'close' | 'comma' | 'string' | 'number' | 'word';
  text: string;
  position: number;
}

const TOKEN_PATTERN =
  /\s*(?:(\()|(\))|(,)|'((?:[^']|'')*)'|(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)|(-?\d+(?:\.\d+)?)(?![\w-])|([A-Za-z_$@][\w./$@]*))/y;

function tokenize(source: string): Token[] | { error: number } {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  while (TOKEN_PATTERN.lastIndex < source.length) {
    if (source.slice(TOKEN_PATTERN.lastIndex).trim() === '') break;
    const position = TOKEN_PATTERN.lastIndex;
    const match = TOKEN_PATTERN.exec(source);
    if (!match) return { error: position };
    const [, open, close, comma, str, date, num, word] = match;
    if (open) tokens.push({ kind: 'open', text: open, position });
    else if (close) tokens.push({ kind: 'close', text: close, position });
    else if (comma) tokens.push({ kind: 'comma', text: comma, position });
    else if (str !== undefined)
      tokens.push({ kind: 'string', text: str.replace(/''/g, "'"), position });
    else if (date !== undefined) tokens.push({ kind: 'string', text: date, position });
    else if (num !== undefined) tokens.push({ kind: 'number', text: num, position });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word, position });
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.parseOr();
    if (this.index < this.tokens.length) throw this.syntaxError();
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text.toLowerCase() === text;
  }

  private expect(kind: Token['kind']): Token {
    const token = this.peek();
    if (token?.kind !== kind) throw this.syntaxError();
    this.index += 1;
    return token;
  }

  private syntaxError(): Error {
    return new Error(String(this.peek()?.position ?? 'end'));
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.index += 1;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseNot();
    while (this.isWord('and')) {
      this.index += 1;
      left = { type: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): FilterNode {
    if (this.isWord('not')) {
      this.index += 1;
      return { type: 'not', operand: this.parseNot() };
    }
    return this.parseComparison();
  }

  private parseComparison(): FilterNode {
    const left = this.parsePrimary();
    const token = this.peek();
    if (token?.kind === 'word' && COMPARE_OPS.includes(token.text.toLowerCase())) {
      this.index += 1;
      return {
        type: 'compare',
        op: token.text.toLowerCase() as CompareOp,
        left,
        right: this.parsePrimary(),
      };
    }
    if (this.isWord('in')) {
      this.index += 1;
      this.expect('open');
      const values: FilterNode[] = [this.parsePrimary()];
      while (this.peek()?.kind === 'comma') {
        this.index += 1;
        values.push(this.parsePrimary());
      }
      this.expect('close');
      return { type: 'in', left, values };
    }
    return left;
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (!token) throw this.syntaxError();
    this.index += 1;
    if (token.kind === 'open') {
      const inner = this.parseOr();
      this.expect('close');
      return inner;
    }
    if (token.kind === 'string') return { type: 'literal', value: token.text };
    if (token.kind === 'number') return { type: 'literal', value: Number(token.text) };
    if (token.kind !== 'word') throw new Error(String(token.position));
    const lower = token.text.toLowerCase();
    if (lower === 'true' || lower === 'false') return { type: 'literal', value: lower === 'true' };
    if (lower === 'null') return { type: 'literal', value: null };
    if (FUNCTIONS.includes(lower) && this.peek()?.kind === 'open') {
      this.index += 1;
      const args: FilterNode[] = [this.parseOr()];
      while (this.peek()?.kind === 'comma') {
        this.index += 1;
        args.push(this.parseOr());
      }
      this.expect('close');
      return { type: 'call', name: lower, args };
    }
    if (this.peek()?.kind === 'open') throw new Error(String(token.position));
    return { type: 'property', path: token.text };
  }
}

export function parseFilter(source: string): FilterParse {
  const tokens = tokenize(source);
  const invalid = (position: number | string): FilterParse => ({
    ok: false,
    message: `Invalid filter clause: Syntax error at position ${position} in '${source}'.`,
  });
  if (!Array.isArray(tokens)) return invalid(tokens.error);
  if (tokens.length === 0) return invalid(0);
  try {
    return { ok: true, node: new Parser(tokens).parse() };
  } catch (error) {
    return invalid(error instanceof Error ? error.message : 'end');
  }
}

/** Every property path a filter reads, so a handler can refuse the ones it does not index. */
export function filterProperties(node: FilterNode): string[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    case 'not':
      return filterProperties(node.operand);
    case 'compare':
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    case 'in':
      return [...filterProperties(node.left), ...node.values.flatMap(filterProperties)];
    case 'call':
      return node.args.flatMap(filterProperties);
    case 'property':
      return [node.path];
    case 'literal':
      return [];
  }
}

export type PropertyResolver = (path: string) => unknown;

export function evaluateFilter(node: FilterNode, resolve: PropertyResolver): boolean {
  return evaluate(node, resolve) === true;
}

function evaluate(node: FilterNode, resolve: PropertyResolver): unknown {
  switch (node.type) {
    case 'and':
      return evaluate(node.left, resolve) === true && evaluate(node.right, resolve) === true;
    case 'or':
      return evaluate(node.left, resolve) === true || evaluate(node.right, resolve) === true;
    case 'not':
      return evaluate(node.operand, resolve) !== true;
    case 'compare':
      return compareValues(node.op, evaluate(node.left, resolve), evaluate(node.right, resolve));
    case 'in': {
      const left = evaluate(node.left, resolve);
      return node.values.some((value) => compareValues('eq', left, evaluate(value, resolve)));
    }
    case 'call':
      return callFunction(
        node.name,
        node.args.map((arg) => evaluate(arg, resolve)),
      );
    case 'property':
      return resolve(node.path);
    case 'literal':
      return node.value;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T/;

function comparable(value: unknown): string | number | boolean | null {
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) {
      // Graph compares date-times by instant; a zone-less value is read as UTC.
      const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(value);
      const ms = Date.parse(hasZone ? value : `${value}Z`);
      if (!Number.isNaN(ms)) return ms;
    }
    return value.toLowerCase();
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function compareValues(op: CompareOp, leftRaw: unknown, rightRaw: unknown): boolean {
  const left = comparable(leftRaw);
  const right = comparable(rightRaw);
  if (op === 'eq') return left === right;
  if (op === 'ne') return left !== right;
  if (left === null || right === null || typeof left !== typeof right) return false;
  switch (op) {
    case 'gt':
      return left > right;
    case 'ge':
      return left >= right;
    case 'lt':
      return left < right;
    case 'le':
      return left <= right;
  }
}

function callFunction(name: string, args: unknown[]): unknown {
  const [first, second] = args;
  const a = typeof first === 'string' ? first.toLowerCase() : undefined;
  const b = typeof second === 'string' ? second.toLowerCase() : undefined;
  switch (name) {
    case 'startswith':
      return a !== undefined && b !== undefined && a.startsWith(b);
    case 'endswith':
      return a !== undefined && b !== undefined && a.endsWith(b);
    case 'contains':
      return a !== undefined && b !== undefined && a.includes(b);
    case 'tolower':
      return typeof first === 'string' ? first.toLowerCase() : first;
    case 'toupper':
      return typeof first === 'string' ? first.toUpperCase() : first;
    default:
      return undefined;
  }
}
