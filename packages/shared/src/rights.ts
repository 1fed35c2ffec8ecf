/**
 * The rights catalogue (SPEC BASE-4): every module of the platform and the actions a role can grant on it.
 * Server (shield rules) and web (navigation, buttons) both read this file.
 */
export const MODULES = [
  'base',
  'clients',
  'consents',
  'policies',
  'products',
  'claims',
  'producers',
  'commissions',
  'billing',
  'ledger',
  'collections',
  'cancellations',
  'statistics',
  'portal',
] as const;
export type ModuleName = (typeof MODULES)[number];

export const ACTIONS = ['view', 'edit', 'create', 'delete', 'approve', 'export'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Modules whose records can be deleted for good (`delete`, BASE-4: administrators by default; `edit`
 * never includes it). Not in `base` (a role or user is configuration, removed under `base:edit` when
 * unused) nor `statistics` (nothing stored).
 */
const DELETABLE: readonly ModuleName[] = MODULES.filter((m) => m !== 'base' && m !== 'statistics');

/** Which actions exist for which module: delete for modules holding records; approve only for products; export for modules holding exportable data. */
const EXPORTABLE: readonly ModuleName[] = [
  'base',
  'clients',
  'consents',
  'policies',
  'claims',
  'producers',
  'commissions',
  'billing',
  'ledger',
  'collections',
  'cancellations',
  'statistics',
];

export function actionsOf(module: ModuleName): Action[] {
  const actions: Action[] = ['view', 'edit', 'create'];
  if (DELETABLE.includes(module)) actions.push('delete');
  if (module === 'products') actions.push('approve');
  if (EXPORTABLE.includes(module)) actions.push('export');
  return actions;
}

/** A right is written `module:action`, e.g. `clients:view`. */
export type Right = `${ModuleName}:${Action}`;

export const ALL_RIGHTS: Right[] = MODULES.flatMap((m) => actionsOf(m).map((a) => `${m}:${a}` as Right));

export function isRight(value: string): value is Right {
  return (ALL_RIGHTS as string[]).includes(value);
}

export function right(module: ModuleName, action: Action): Right {
  return `${module}:${action}`;
}

export type RoleTemplateKey = 'administrator' | 'agent' | 'accountant' | 'claims_handler' | 'read_only';

/** Every action of a module except `delete`, which only the administrator template holds by default. */
const all = (m: ModuleName) => actionsOf(m).filter((a) => a !== 'delete').map((a) => `${m}:${a}` as Right);
const only = (m: ModuleName, ...acts: Action[]) => acts.filter((a) => actionsOf(m).includes(a)).map((a) => `${m}:${a}` as Right);

/** Built-in role templates a company can copy and edit (BASE-4). */
export const ROLE_TEMPLATES: Record<RoleTemplateKey, Right[]> = {
  administrator: ALL_RIGHTS,
  agent: [
    ...only('clients', 'view', 'edit', 'create'),
    ...only('consents', 'view', 'edit', 'create'),
    ...only('policies', 'view', 'edit', 'create'),
    ...only('products', 'view'),
    ...only('claims', 'view', 'create'),
    ...only('cancellations', 'view', 'create'),
    ...only('portal', 'view', 'edit', 'create'),
    ...only('statistics', 'view'),
  ],
  accountant: [
    ...only('clients', 'view'),
    ...only('policies', 'view'),
    ...all('billing'),
    ...all('ledger'),
    ...all('collections'),
    ...all('commissions'),
    ...only('producers', 'view'),
    ...only('statistics', 'view', 'export'),
  ],
  claims_handler: [
    ...only('clients', 'view'),
    ...only('policies', 'view'),
    ...all('claims'),
  ],
  read_only: MODULES.filter((m) => m !== 'base').map((m) => `${m}:view` as Right),
};

/** Roles holding this right must use a second factor (BASE-5: mandatory for administrators). */
export const MFA_REQUIRING_RIGHT: Right = 'base:edit';
