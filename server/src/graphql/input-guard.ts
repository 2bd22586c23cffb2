// One gate for every argument of every operation, before any resolver runs: strings may not carry a
// NUL character (SQLite would cut them, PostgreSQL refuses them, and the driver's error would carry the
// SQL and its values) and no argument may nest deeper than MAX_INPUT_DEPTH (JSON arguments are walked
// recursively by the rule compiler and the ORM). Applies to variables and to literals in the document.
import type { ApolloServerPlugin } from '@apollo/server';
import { type ASTNode, type DocumentNode, Kind, type ValueNode, visit } from 'graphql';
import { AppError } from './errors';

/** Deepest nesting of lists and objects an argument may have (a rule graph needs well under this). */
export const MAX_INPUT_DEPTH = 64;

const refuse = (field: string, message: string): AppError => {
  const e = new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });
  e.extensions.http = { status: 400 };
  return e;
};

/**
 * The first problem in a JSON-like value, as [path, message], or null. Depth-first, each node checked
 * before its children and the children taken last first; recursion is bounded by MAX_INPUT_DEPTH. The
 * path is built only for a problem (a cart's variables are walked on every quote).
 */
export function inputProblem(value: unknown, path: string): [string, string] | null {
  const found = problemIn(value, 0);
  if (!found) return null;
  let p = path;
  for (let i = found.keys.length - 1; i >= 0; i--) {
    const k = found.keys[i]!;
    p = typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k;
  }
  return [p, found.message];
}

/** A problem with the keys leading to it, innermost first. */
interface Found {
  keys: (string | number)[];
  message: string;
}

function problemIn(v: unknown, depth: number): Found | null {
  if (typeof v === 'string') {
    return v.includes('\u0000') ? { keys: [], message: 'must not contain a NUL character' } : null;
  }
  if (v === null || typeof v !== 'object') return null;
  if (depth >= MAX_INPUT_DEPTH)
    return { keys: [], message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` };
  if (Array.isArray(v)) {
    for (let i = v.length - 1; i >= 0; i--) {
      const found = problemIn(v[i], depth + 1);
      if (found) {
        found.keys.push(i);
        return found;
      }
    }
    return null;
  }
  const keys = Object.keys(v);
  for (const k of keys)
    if (k.includes('\u0000')) return { keys: [], message: 'must not contain a NUL character in a key' };
  for (let i = keys.length - 1; i >= 0; i--) {
    const found = problemIn((v as Record<string, unknown>)[keys[i]!], depth + 1);
    if (found) {
      found.keys.push(keys[i]!);
      return found;
    }
  }
  return null;
}

/** Documents are parsed once and cached by Apollo: their literals are checked once too. */
const checkedDocuments = new WeakMap<DocumentNode, [string, string] | null>();

function literalProblem(document: DocumentNode): [string, string] | null {
  let problem = checkedDocuments.get(document);
  if (problem === undefined) checkedDocuments.set(document, (problem = findLiteralProblem(document)));
  return problem;
}

function findLiteralProblem(document: DocumentNode): [string, string] | null {
  let found: [string, string] | null = null;
  const names: string[] = [];
  const depthOf = (node: ValueNode, depth: number): number =>
    node.kind === Kind.LIST
      ? Math.max(depth, ...node.values.map((v) => depthOf(v, depth + 1)))
      : node.kind === Kind.OBJECT
        ? Math.max(depth, ...node.fields.map((f) => depthOf(f.value, depth + 1)))
        : depth;
  visit(document, {
    enter(node: ASTNode) {
      if (found) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
      if (node.kind === Kind.STRING && node.value.includes('\u0000'))
        found = [names.join('.'), 'must not contain a NUL character'];
      // The parser's own recursion bounds how deep a literal can be; bound it far lower here.
      if (node.kind === Kind.ARGUMENT && depthOf(node.value, 0) > MAX_INPUT_DEPTH)
        found = [names.join('.'), `is nested deeper than ${MAX_INPUT_DEPTH} levels`];
      return undefined;
    },
    leave(node: ASTNode) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.pop();
    },
  });
  return found;
}

/** Which argument (path) each variable is passed to, so an error names the field, not the variable. */
function argumentOfVariables(document: DocumentNode): Map<string, string> {
  const names: string[] = [];
  const map = new Map<string, string>();
  visit(document, {
    enter(node: ASTNode) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
      if (node.kind === Kind.VARIABLE && names.length > 0 && !map.has(node.name.value))
        map.set(node.name.value, names.join('.'));
    },
    leave(node: ASTNode) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.pop();
    },
  });
  return map;
}

function variableProblem(
  variables: Record<string, unknown>,
  document: DocumentNode,
): [string, string] | null {
  const problem = inputProblem(variables, '');
  if (!problem) return null;
  const [, variable = '', rest = ''] = /^([^.[]*)(.*)$/.exec(problem[0]) ?? [];
  const arg = argumentOfVariables(document).get(variable) ?? (variable || 'variables');
  return [`${arg}${rest}`, problem[1]];
}

/** The gate's verdict on one operation: a BAD_USER_INPUT naming the argument, or null. */
export function inputGuardError(
  variables: Record<string, unknown> | null | undefined,
  document: DocumentNode,
): AppError | null {
  const problem = variableProblem(variables ?? {}, document) ?? literalProblem(document);
  return problem ? refuse(problem[0] || 'variables', problem[1]) : null;
}

/** The Apollo plugin: refuses the request with BAD_USER_INPUT naming the argument, before execution. */
export const inputGuardPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ request, document }) {
        const error = inputGuardError(request.variables, document);
        if (error) throw error;
        return Promise.resolve();
      },
    });
  },
};
