// SharePoint saves a list's schema (its fields) as one unit, checked against the version it read:
// when two column additions to one list overlap, the later save is refused with SPException
// -2130246326 "Save Conflict" (passed through by Graph as 409 with SharePoint's code, as it does
// SPQueryThrottledException). Provisioning scripts that add a list's columns in parallel meet it
// on real tenants, so columns of one list must be added one at a time; other lists are apart.
// Code and text as SharePoint reports them (SPException list of CSOM/REST clients that retry it,
// e.g. AvePoint's "V_LIST_VERSION_CONFLICT"); issue 13 of this repository records the behaviour.

/**
 * How long a column addition holds its list's schema. The local tenant answers in microseconds, so
 * without a hold two requests sent together would never overlap; SharePoint takes far longer.
 */
export const COLUMN_SAVE_MS = 10;

export interface SchemaSave {
  /** Waits as long as SharePoint takes to save the list's schema. */
  hold(): Promise<void>;
  end(): void;
}

const saving = new WeakMap<object, Set<string>>();

/**
 * Marks a schema change of one list as in flight, or undefined when another one is: the caller
 * answers Save Conflict. `tenant` scopes the marks to one tenant (its SharePoint slice).
 */
export function beginSchemaSave(
  tenant: object,
  listId: string,
  holdMs: number = COLUMN_SAVE_MS,
): SchemaSave | undefined {
  const lists = saving.get(tenant) ?? new Set<string>();
  saving.set(tenant, lists);
  if (lists.has(listId)) return undefined;
  lists.add(listId);
  return {
    hold: () => new Promise((resolve) => setTimeout(resolve, holdMs)),
    end: () => {
      lists.delete(listId);
    },
  };
}
