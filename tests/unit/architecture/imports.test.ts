import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules live in eslint.config.js; these cases prove they bite. */
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('one-way imports', () => {
  it.each([
    ['electron/core/cards/x.ts', "import { app } from 'electron';"],
    ['electron/core/cards/x.ts', "import { startHost } from '../../host/server.ts';"],
    ['renderer/src/features/x.ts', "import { openCore } from '../../../electron/core/core.ts';"],
    ['renderer/src/features/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { dispatch } from '../electron/core/dispatch.ts';"],
    ['electron/preload/x.ts', "import { z } from 'zod';"],
    ['electron/main/x.ts', "import { startHost } from '../host/server.ts';"],
    ['renderer/src/commands/x.ts', "import { Toolbar } from '../features/board/Toolbar.tsx';"],
    ['renderer/src/editor/board/x.ts', "import { readFileSync } from 'node:fs';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  it.each([
    ['electron/core/cards/x.ts', "import { AppError } from '#shared/errors.ts';"],
    ['renderer/src/features/x.ts', "import type { Card } from '#shared/model.ts';"],
    ['electron/main/x.ts', "import { openCore } from '../core/core.ts';"],
    ['electron/main/x.ts', "import { createDoorListener } from '../host/door/listener.ts';"],
    ['renderer/src/features/shell/x.tsx', "import { command } from '../../commands/index.ts';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
