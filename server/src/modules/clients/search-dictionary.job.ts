import type { Task } from 'graphile-worker';

/**
 * The typo dictionary's prune (migration 0040): a changed or erased name's words leave
 * `app_search.word_key` within a minute. Saves only note a word that may have lost its last client
 * (`app_search.word_orphan`); this job, in its own transaction, deletes the keys of those that no
 * client has, and leaves for its next run a word a transaction is giving at that moment — so a save
 * never waits on it and a word given concurrently is never lost. Search results never depend on it:
 * a word no client has finds no client.
 */
export const DICTIONARY_PRUNE_TASK = 'search_dictionary_prune';

export function searchDictionaryJobs(): { tasks: Record<string, Task>; crontab: string[] } {
  return {
    tasks: {
      // the worker's own connection (the schema owner): app_search is closed to the run-time role
      [DICTIONARY_PRUNE_TASK]: async (_payload, helpers) => void (await helpers.query('select app_search.word_key_prune()')),
    },
    crontab: [`* * * * * ${DICTIONARY_PRUNE_TASK}`],
  };
}
