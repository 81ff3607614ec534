// docs/deploy.md is what IT copies: its TJMS example must apply without a notice, pass Chrome's
// schema, and every recipe (registry, Linux, Firefox) must say the same as the example.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePolicy } from '../../../lib/policy/parse';
import { chromeManagedSchema, chromeTypeErrors } from '../../../lib/policy/managed-schema';
import { FIREFOX_ID } from '../../../lib/policy/keys';
import { POLICY_KEYS } from '../../../lib/policy/schema';

const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/deploy.md'), 'utf8');

/** The fenced block right after `<!-- marker -->`. */
function block(marker: string): string {
  const at = doc.indexOf(`<!-- ${marker} -->`);
  if (at < 0) throw new Error(`docs/deploy.md: no <!-- ${marker} -->`);
  const match = /```[a-z]*\n([\s\S]*?)```/.exec(doc.slice(at));
  if (!match) throw new Error(`docs/deploy.md: no code block after ${marker}`);
  return match[1]!;
}

/** The values of the `…\policy]` key of a .reg file, as Chrome reads them (REG_SZ JSON → schema type). */
function registryPolicy(reg: string): Record<string, unknown> {
  const section = reg.slice(reg.indexOf('\\policy]'));
  const values: Record<string, unknown> = {};
  for (const line of section.split('\n').slice(1)) {
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/.exec(line);
    const text = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (dword) values[dword[1]!] = parseInt(dword[2]!, 16) === 1;
    else if (text) {
      const raw = text[2]!.replace(/\\(.)/g, '$1');
      values[text[1]!] = /^[[{]/.test(raw) ? JSON.parse(raw) : raw;
    }
  }
  return values;
}

const example = JSON.parse(block('exemplo-politica-tjms')) as Record<string, unknown>;

describe('docs/deploy.md', () => {
  it('the complete TJMS example sets every key and applies without a single notice', () => {
    expect(Object.keys(example)).toEqual([...POLICY_KEYS]);
    expect(parsePolicy(example).notices).toEqual([]);
  });

  it('Chrome\'s schema accepts the example', () => {
    expect(chromeTypeErrors(chromeManagedSchema(), example)).toEqual([]);
  });

  it('the Chrome registry recipe is the example, value for value', () => {
    expect(registryPolicy(block('exemplo-registro-chrome'))).toEqual(example);
    expect(block('exemplo-registro-chrome')).toContain('\\Google\\Chrome\\3rdparty\\extensions\\ID_DA_EXTENSAO\\policy]');
  });

  it('the Edge registry recipe is the example without profiles (the text says to add that line)', () => {
    const { profiles, ...rest } = example;
    void profiles;
    expect(registryPolicy(block('exemplo-registro-edge'))).toEqual(rest);
    expect(block('exemplo-registro-edge')).toContain('\\Microsoft\\Edge\\3rdparty\\extensions\\ID_DA_EXTENSAO\\policy]');
  });

  it('the Linux and Firefox recipes carry the example\'s keys, under the right ids, and parse cleanly', () => {
    const linux = JSON.parse(block('exemplo-linux-chrome'));
    const firefox = JSON.parse(block('exemplo-firefox'));
    const fromFirefox = firefox.policies['3rdparty'].Extensions[FIREFOX_ID];
    for (const policy of [linux['3rdparty'].extensions.ID_DA_EXTENSAO, fromFirefox]) {
      expect(Object.keys(policy)).toEqual([...POLICY_KEYS]);
      const { profiles, ...rest } = policy;
      const { profiles: exampleProfiles, ...exampleRest } = example;
      void exampleProfiles;
      expect(rest).toEqual(exampleRest);
      expect(parsePolicy({ profiles }).notices).toEqual([]);
    }
    expect(firefox.policies.ExtensionSettings[FIREFOX_ID].installation_mode).toBe('force_installed');
  });
});
