// Types of tree-edit.mjs for the tests.
export function sourceToEdit(dir: string): string | undefined;
export function editableCopy(dir: string, work: string): { copy: string; rel: string; edit(i: number, code?: boolean): string | undefined } | undefined;
