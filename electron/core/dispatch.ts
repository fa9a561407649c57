import type { z } from 'zod';
import { isMethodName, methods, type MethodName, type MethodResult } from '#shared/api.ts';
import { AppError, FIELD_PROBLEMS, type FieldProblem, type FieldProblemKind, type Outcome } from '#shared/errors.ts';
import type { CoreContext } from './context.ts';
import { isDiskFull } from './db/sqlite-errors.ts';
import type { Handler } from './handler-types.ts';
import { handlers } from './handlers.ts';

/**
 * The single entry every door calls: validate the input against the shared schema, run the
 * handler, and turn every failure into `{ code, message }` data. Nothing is written unless
 * the input is valid and the handler's transaction commits.
 */
export async function dispatch(ctx: CoreContext, method: string, input: unknown): Promise<Outcome<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: new AppError('unknown_method', `Unknown method: ${String(method).slice(0, 80)}`).toData() };
  }
  const parsed = methods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.flatMap(toFieldProblems);
    return { ok: false, error: new AppError('invalid_input', `Invalid input for ${method}`, { fields }).toData() };
  }
  try {
    const handler = handlers[method] as Handler<MethodName>;
    const value: MethodResult<MethodName> = await handler(parsed.data as never, ctx);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    // Nothing of the failed change was committed; everything acknowledged before stays.
    if (isDiskFull(error)) return { ok: false, error: new AppError('disk_full', `The disk is full (${method})`).toData() };
    console.error(`Handler ${method} failed`, error);
    return { ok: false, error: new AppError('internal', 'Something went wrong inside Rembuk').toData() };
  }
}

export function toFieldProblems(issue: z.core.$ZodIssue): FieldProblem[] {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, problem: 'unknown_field' as const }));
    case 'invalid_type':
      return [{ path, problem: issue.input === undefined ? 'required' : 'invalid' }];
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return [{ path, problem: limit <= 1 ? 'required' : 'too_short', limit }];
      return [{ path, problem: 'too_small', limit }];
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      return [{ path, problem: issue.origin === 'string' ? 'too_long' : 'too_big', limit }];
    }
    case 'custom': {
      const known = (FIELD_PROBLEMS as readonly string[]).includes(issue.message);
      return [{ path, problem: known ? (issue.message as FieldProblemKind) : 'invalid' }];
    }
    default:
      return [{ path, problem: 'invalid' }];
  }
}
