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

/** The first problem in a JSON-like value, as [path, message], or null. Iterative: no stack to overflow. */
export function inputProblem(value: unknown, path: string): [string, string] | null {
  const stack: [unknown, string, number][] = [[value, path, 0]];
  while (stack.length > 0) {
    const [v, p, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return [p, 'must not contain a NUL character'];
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_INPUT_DEPTH) return [p, `is nested deeper than ${MAX_INPUT_DEPTH} levels`];
      if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${p}[${i}]`, depth + 1]));
      else
        for (const [k, x] of Object.entries(v)) {
          if (k.includes('\u0000')) return [p, 'must not contain a NUL character in a key'];
          stack.push([x, p ? `${p}.${k}` : k, depth + 1]);
        }
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
