// The repository map for a run: built once after discovery, before the checks, and handed to the
// workers as data. PROVISIONAL: until src/analysis/repo-map lands, the classes come from the
// folder-name lists the checks used to keep privately.
import { isTestCode, isTestData } from '../analysis/deps/test-code.js';
import { isSamplePath } from '../analysis/k8s.js';
import { FILE_CLASSES, type ClassDecision, type FileClass, type RepositoryMap, type RepositoryMapData } from '../model/repo-map.js';

function decide(path: string): ClassDecision {
  if (isTestData(path) || isTestCode(path)) return { class: 'test', reason: 'folder or file name' };
  if (isSamplePath(path)) return { class: 'example', reason: 'folder name' };
  return { class: 'runtime', reason: 'default' };
}

export function repositoryMapFromData(data: RepositoryMapData): RepositoryMap {
  return {
    ...data,
    classOf: (p) => decide(p).class,
    decision: decide,
    data: () => data,
  };
}

export function repositoryMapFor(files: readonly string[]): RepositoryMap {
  const counts = Object.fromEntries(FILE_CLASSES.map((c) => [c, 0])) as Record<FileClass, number>;
  for (const f of files) counts[decide(f).class]++;
  return repositoryMapFromData({ units: [], roots: [], counts });
}
