/**
 * A small reader for the Bicep this repository writes (no Bicep CLI exists on these machines):
 * the names it declares, the outputs it gives, and the bare names its expressions use. Not a
 * parser: enough to catch a parameter used but not declared, or declared and never used.
 */

export interface BicepFile {
  params: string[];
  /** Parameters declared with a default value (`param x string = …`). */
  paramsWithDefault: string[];
  outputs: string[];
  /** params, vars, resources, modules and outputs. */
  declared: Set<string>;
  /** Bare identifiers in expressions: not object keys, properties, types, or Bicep's functions. */
  used: Map<string, number>;
}

const DECLARATION = /^\s*(param|var|resource|module|output)\s+([A-Za-z_][A-Za-z0-9_]*)/gm;

/** Bicep's keywords, types and the functions this repository may call. */
const BUILT_INS = new Set([
  ...['param', 'var', 'resource', 'module', 'output', 'existing', 'if', 'for', 'in', 'true'],
  ...['false', 'null', 'string', 'int', 'bool', 'object', 'array', 'secureString', 'scope'],
  ...['description', 'minLength', 'maxLength', 'minValue', 'maxValue', 'allowed', 'secure'],
  ...['metadata', 'sys', 'az', 'resourceGroup', 'subscription', 'tenant', 'environment'],
  ...['toLower', 'toUpper', 'replace', 'concat', 'format', 'guid', 'uniqueString', 'substring'],
  ...['take', 'skip', 'length', 'empty', 'contains', 'union', 'split', 'join', 'first', 'last'],
  ...['subscriptionResourceId', 'resourceId', 'listKeys', 'reference', 'dependsOn', 'parent'],
]);

/** Removes comments and string text, keeping each `${…}` interpolation's expression. */
function expressionsOnly(source: string): string {
  // One pass, so that `//` inside a string ('https://…') is not taken for a comment.
  return source.replace(/'(?:[^'\\]|\\.)*'|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (token) =>
    token.startsWith("'")
      ? [...token.matchAll(/\$\{([^}]*)\}/g)].map((match) => ` ${match[1] ?? ''} `).join(' ')
      : token.replace(/[^\n]/g, ' '),
  );
}

export function readBicep(source: string): BicepFile {
  const params: string[] = [];
  const paramsWithDefault: string[] = [];
  const outputs: string[] = [];
  const declared = new Set<string>();
  for (const match of source.matchAll(DECLARATION)) {
    const [, kind = '', name = ''] = match;
    declared.add(name);
    if (kind === 'param') params.push(name);
    if (kind === 'output') outputs.push(name);
  }
  for (const match of source.matchAll(/^\s*param\s+([A-Za-z_]\w*)\s+\w+\s*=/gm)) {
    paramsWithDefault.push(match[1] ?? '');
  }

  const used = new Map<string, number>();
  const code = expressionsOnly(source);
  for (const line of code.split('\n')) {
    // The declaration's own name and its type are not uses.
    const body = line.replace(/^\s*(param|var|resource|module|output)\s+\w+(\s+\w+)?/, ' ');
    for (const match of body.matchAll(/(?<![.\w@])([A-Za-z_][A-Za-z0-9_]*)(?!\s*:)(?!\w)/g)) {
      const name = match[1] ?? '';
      if (BUILT_INS.has(name)) continue;
      used.set(name, (used.get(name) ?? 0) + 1);
    }
  }
  return { params, paramsWithDefault, outputs, declared, used };
}
