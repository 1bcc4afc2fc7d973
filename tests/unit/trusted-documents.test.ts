import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as consoleDocuments from '../../admin/src/gql/graphql.js';
import { TrustedDocuments } from '../../server/src/common/trusted-documents.js';
import { loadConfig } from '../../server/src/config.js';

const manifestFile = loadConfig({}).trustedDocumentsManifest;
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;

describe('the committed manifest of trusted documents', () => {
  it('names every document by the sha256 of its text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(0);
    for (const [id, text] of Object.entries(manifest)) expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  it('holds every document the console sends', () => {
    const ids = Object.values(consoleDocuments).flatMap((value) => {
      const hash = (value as { __meta__?: { hash?: string } } | undefined)?.__meta__?.hash;
      return hash ? [hash] : [];
    });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !(id in manifest))).toEqual([]);
  });
});

describe('TrustedDocuments', () => {
  const text = 'query One { sdgs { number } }';
  const hex = createHash('sha256').update(text).digest('hex');
  const registry = new TrustedDocuments({ [`sha256:${hex}`]: text });

  it('finds a document by its id, with or without the sha256: prefix', () => {
    expect(registry.byId(`sha256:${hex}`)).toBe(text);
    expect(registry.byId(hex)).toBe(text);
    expect(registry.byId(`sha256:${'0'.repeat(64)}`)).toBeUndefined();
    expect(registry.byId('One')).toBeUndefined();
  });

  it('registers exactly the text, not an equivalent one', () => {
    expect(registry.isRegistered(text)).toBe(true);
    expect(registry.isRegistered(`${text} `)).toBe(false);
  });

  it('refuses a manifest whose ids are not the hashes of their texts', () => {
    expect(() => new TrustedDocuments({ [`sha256:${hex}`]: 'mutation { logout }' })).toThrow(/not the sha256 of its text/);
    expect(() => TrustedDocuments.load(`${manifestFile}.missing`)).toThrow(/run `npm run codegen`/);
    expect(TrustedDocuments.load(manifestFile).byId(Object.keys(manifest)[0]!)).toBe(Object.values(manifest)[0]);
  });
});
