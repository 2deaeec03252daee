import type { Reply } from './reply';
import type { TenantRequest } from './request';
import type { Caller } from '../graph/caller';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RouteHandler = (req: TenantRequest) => Reply | Promise<Reply>;

/** A Graph request always has an authenticated caller; the core has checked the token. */
export interface GraphRequest extends TenantRequest {
  readonly caller: Caller;
}
export type GraphHandler = (req: GraphRequest) => Reply | Promise<Reply>;

interface Route {
  method: HttpMethod;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
}

export type RouteMatch =
  | { kind: 'found'; handler: RouteHandler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'not-found' };

/**
 * Patterns use Graph's documentation style: `/users/{id}/manager`; `{*rest}` matches across
 * slashes, for OneDrive paths like `/me/drive/special/approot:/{*path}:/content`. Matching is
 * case-insensitive, as Graph's is, and the first registered route wins.
 */
export function compilePattern(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  let source = '';
  let rest = pattern;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    if (open === -1) {
      source += escapeRegex(rest);
      break;
    }
    const close = rest.indexOf('}', open);
    if (close === -1) throw new Error(`Unclosed parameter in route pattern ${pattern}`);
    source += escapeRegex(rest.slice(0, open));
    const name = rest.slice(open + 1, close);
    if (name.startsWith('*')) {
      names.push(name.slice(1));
      source += '(.+?)';
    } else {
      names.push(name);
      source += '([^/]+)';
    }
    rest = rest.slice(close + 1);
  }
  return { regex: new RegExp(`^${source}/?$`, 'i'), names };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: HttpMethod, pattern: string, handler: RouteHandler): void {
    const { regex, names } = compilePattern(pattern);
    this.routes.push({ method, pattern, regex, names, handler });
  }

  match(method: string, path: string): RouteMatch {
    const allowed: HttpMethod[] = [];
    for (const route of this.routes) {
      const found = route.regex.exec(path);
      if (!found) continue;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '');
      });
      return { kind: 'found', handler: route.handler, params };
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
