import type { MethodName, MethodResult, ParsedInput } from '#shared/api.ts';
import type { CoreContext } from './context.ts';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CoreContext) => Promise<MethodResult<M>>;

/** The handlers of some methods of the contract; each domain folder exports one of these. */
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };
