import type { z } from 'zod';

/** One method of the contract: its input schema, and (as a type only) what it returns. */
export interface MethodSpec<Input extends z.ZodType, Result> {
  input: Input;
  /** Never set: carries the result type for the compiler. */
  readonly result?: Result;
}

/** `method<Card>()(schema)`: the result type is written once, beside the schema. */
export function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Result> => ({ input });
}
