import type { regionMethods } from '#shared/methods/regions.ts';
import type { Region } from '#shared/model.ts';
import type { HandlerMap } from '../handler-types.ts';
import { regionIndexFor, regionIndexForCode } from './load.ts';

export const regionHandlers: HandlerMap<keyof typeof regionMethods> = {
  async 'regions.search'(input) {
    return (await regionIndexFor(input.levels)).search(input);
  },

  async 'regions.lookup'({ codes }) {
    const found: Region[] = [];
    for (const code of new Set(codes)) {
      const region = (await regionIndexForCode(code)).lookup(code);
      if (region) found.push(region);
    }
    return found;
  },
};
