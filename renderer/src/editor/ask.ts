import type { MethodInput, MethodName, MethodResult } from '#shared/api.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';

/**
 * A question to the core that changes nothing (load a board, look regions up): resolves with the
 * answer, or undefined when the core refused (the reason is shown, translated). Changes go
 * through the mutation runner instead.
 */
export async function ask<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M> | undefined> {
  try {
    return await call(method, input);
  } catch (error) {
    notifyError(error);
    return undefined;
  }
}
