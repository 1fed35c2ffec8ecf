import { describe, expect, it } from 'vitest';
import { ALL_RIGHTS, MODULES, ROLE_TEMPLATES, actionsOf, isRight } from './rights.js';
import { passwordProblems } from './password.js';

describe('rights catalogue', () => {
  it('has every module of SPEC BASE-4 with view, edit, create; approve only for products', () => {
    expect(MODULES).toHaveLength(14);
    for (const m of MODULES) expect(actionsOf(m).slice(0, 3)).toEqual(['view', 'edit', 'create']);
    expect(ALL_RIGHTS.filter((r) => r.endsWith(':approve'))).toEqual(['products:approve']);
  });

  it('templates only use rights of the catalogue; the administrator has them all', () => {
    for (const rights of Object.values(ROLE_TEMPLATES)) expect(rights.every(isRight)).toBe(true);
    expect(new Set(ROLE_TEMPLATES.administrator)).toEqual(new Set(ALL_RIGHTS));
    expect(ROLE_TEMPLATES.read_only.every((r) => r.endsWith(':view'))).toBe(true);
    expect(ROLE_TEMPLATES.read_only).not.toContain('base:view');
  });
});

describe('password policy', () => {
  it('accepts a long mixed password and names each problem of bad ones', () => {
    expect(passwordProblems('Demo-Password-2026')).toEqual([]);
    expect(passwordProblems('short1A!')).toContain('too_short');
    expect(passwordProblems('alllowercaseletters')).toContain('too_few_kinds');
    expect(passwordProblems('Password1234')).toEqual(['too_common']);
    expect(passwordProblems('Giulia.Rossi-2026', 'giulia.rossi@example.it')).toContain('contains_email');
    expect(passwordProblems('Aa1!Aa1!Aa1!Aa1!')).toContain('repeated');
  });
});

describe('the delete right (permanent deletion)', () => {
  it('is its own action of the catalogue, held by default by the administrator template only', () => {
    expect(ALL_RIGHTS).toContain('clients:delete');
    expect(actionsOf('statistics')).not.toContain('delete');
    expect(ROLE_TEMPLATES.administrator).toContain('clients:delete');
    for (const [key, rights] of Object.entries(ROLE_TEMPLATES)) {
      if (key !== 'administrator') expect(rights.filter((r) => r.endsWith(':delete')), key).toEqual([]);
    }
    expect(ROLE_TEMPLATES.agent).toContain('clients:edit');
  });
});

describe('the policies and claims modules (issue #9 §8)', () => {
  it('have view, edit, create and delete; the claims handler works claims, the agent writes policies, the accountant only reads them', () => {
    for (const m of ['policies', 'claims'] as const) expect(actionsOf(m).slice(0, 4)).toEqual(['view', 'edit', 'create', 'delete']);
    expect(ROLE_TEMPLATES.claims_handler).toEqual(expect.arrayContaining(['claims:view', 'claims:edit', 'claims:create', 'policies:view']));
    expect(ROLE_TEMPLATES.claims_handler).not.toContain('policies:edit');
    expect(ROLE_TEMPLATES.agent).toEqual(expect.arrayContaining(['policies:view', 'policies:edit', 'policies:create']));
    expect(ROLE_TEMPLATES.accountant.filter((r) => r.startsWith('policies:'))).toEqual(['policies:view']);
    expect(ROLE_TEMPLATES.administrator).toEqual(expect.arrayContaining(['policies:delete', 'claims:delete']));
  });
});
