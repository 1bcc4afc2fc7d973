import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../server/src/', import.meta.url));

interface Import {
  /** Relative to server/src, with the `.ts` the `.js` specifier stands for. */
  readonly target: string;
  /** `import type`, or every name in the braces marked `type`: erased, so it cannot take part in the order modules load in. */
  readonly typeOnly: boolean;
  /** `import('…')`: loaded when called, after every module has loaded, so it cannot either. */
  readonly dynamic?: true;
}

const STATIC = /^[ \t]*(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(SRC, full).split(path.sep).join('/')] : [];
  });
}

function allTypes(names: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(names.trim());
  if (!braces) return false;
  const specifiers = braces[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  return specifiers.length > 0 && specifiers.every((s) => s.startsWith('type '));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const resolve = (specifier: string) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.replace(/\.js$/, '.ts')));
  const found: Import[] = [];
  for (const [, type, names, specifier] of text.matchAll(STATIC)) {
    if (specifier!.startsWith('.')) found.push({ target: resolve(specifier!), typeOnly: Boolean(type) || allTypes(names!) });
  }
  for (const [, specifier] of text.matchAll(BARE)) {
    if (specifier!.startsWith('.')) found.push({ target: resolve(specifier!), typeOnly: false });
  }
  for (const [, specifier] of text.matchAll(DYNAMIC)) {
    if (specifier!.startsWith('.')) found.push({ target: resolve(specifier!), typeOnly: false, dynamic: true });
  }
  return found;
}

const FILES = sourceFiles(SRC);
const IMPORTS = new Map(FILES.map((file) => [file, importsOf(file)]));

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

/** Tarjan's strongly connected components of the runtime import graph. */
function importCycles(): string[][] {
  const graph = new Map(FILES.map((file) => [file, IMPORTS.get(file)!.filter((i) => !i.typeOnly && !i.dynamic && IMPORTS.has(i.target)).map((i) => i.target)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)!) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) components.push(component.sort());
  };
  for (const file of FILES) if (!index.has(file)) visit(file);
  return components;
}

describe('the module structure', () => {
  it('reads the imports of every server source file', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(IMPORTS.get('server.ts')).toContainEqual({ target: 'entities.ts', typeOnly: false });
    expect(IMPORTS.get('common/context.ts')).toContainEqual({ target: 'common/loaders.ts', typeOnly: false });
    expect(IMPORTS.get('common/context.ts')).toContainEqual({ target: 'common/viewer.ts', typeOnly: true });
    expect(IMPORTS.get('server.ts')).toContainEqual({ target: 'demo/load-demo-data.ts', typeOnly: false, dynamic: true });
  });

  it('keeps shared infrastructure (common/, db/) free of feature imports, type-only and dynamic ones included: features register with it', () => {
    // Migrations are the database's own history and import nothing of the features.
    const allowed = (target: string) => /^(common|db|migrations)\//.test(target) || target === 'config.ts';
    const outward = FILES.filter((file) => /^(common|db)\//.test(file)).flatMap((file) =>
      IMPORTS.get(file)!
        .filter((i) => !allowed(i.target))
        .map((i) => `${file} imports ${i.target}`),
    );
    expect(outward).toEqual([]);
  });

  it('has no import cycle across folders among the imports that run as modules load (not type-only, not dynamic)', () => {
    const crossing = importCycles()
      .filter((component) => new Set(component.map(folderOf)).size > 1)
      .map((component) => component.join(' → '));
    expect(crossing).toEqual([]);
  });
});
