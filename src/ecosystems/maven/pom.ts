// One pom.xml as written (streaming XML: ../xml.ts): coordinates, parent, <properties>, dependencies
// and <dependencyManagement>; and Maven's `${property}` interpolation.
import { walkXml } from '../../formats/xml.js';

export interface PomDependency {
  groupId?: string;
  artifactId?: string;
  version?: string;
  scope?: string;
  optional?: string;
  /** `pom` with scope `import` in <dependencyManagement>: a BOM. */
  type?: string;
  line: number;
}

export interface PomParent {
  groupId?: string;
  artifactId?: string;
  version?: string;
  /** As written; '' for an empty `<relativePath/>` (no local lookup); undefined means `../pom.xml`. */
  relativePath?: string;
}

export interface Pom {
  groupId?: string;
  artifactId?: string;
  version?: string;
  parent?: PomParent;
  properties: Map<string, string>;
  dependencies: PomDependency[];
  managed: PomDependency[];
}

export function readPom(content: string): Pom {
  const pom: Pom = { properties: new Map(), dependencies: [], managed: [] };
  const parent: Record<string, string> = {};
  let dep: PomDependency | undefined;
  walkXml(content, {
    open(stack, _attrs, line) {
      const path = stack.join('/');
      if (path === 'project/dependencies/dependency' || path === 'project/dependencyManagement/dependencies/dependency') dep = { line };
    },
    close(stack, value) {
      const path = stack.join('/');
      const leaf = stack[stack.length - 1]!;
      if (stack.length === 2 && ['groupId', 'artifactId', 'version'].includes(leaf)) pom[leaf as 'groupId'] = value;
      else if (stack.length === 3 && stack[1] === 'parent') parent[leaf] = value;
      else if (stack.length === 3 && stack[1] === 'properties') pom.properties.set(leaf, value);
      else if (dep && path.endsWith('/dependency/' + leaf) && ['groupId', 'artifactId', 'version', 'scope', 'optional', 'type'].includes(leaf)) dep[leaf as 'groupId'] = value;
      else if (dep && (path === 'project/dependencies/dependency' || path === 'project/dependencyManagement/dependencies/dependency')) {
        (stack[1] === 'dependencies' ? pom.dependencies : pom.managed).push(dep);
        dep = undefined;
      }
    },
  });
  if (Object.keys(parent).length > 0) pom.parent = parent;
  pom.groupId ??= parent.groupId;
  pom.version ??= parent.version;
  const builtins: Record<string, string | undefined> = {
    'project.groupId': pom.groupId,
    'project.artifactId': pom.artifactId,
    'project.version': pom.version,
    'project.parent.version': parent.version,
    'project.parent.groupId': parent.groupId,
    'pom.version': pom.version,
  };
  for (const [k, v] of Object.entries(builtins)) if (v !== undefined && !pom.properties.has(k)) pom.properties.set(k, v);
  return pom;
}

/** `${a}-${b}` with properties, repeatedly (properties may refer to properties); undefined if unresolved. */
export function interpolate(value: string | undefined, props: ReadonlyMap<string, string>): string | undefined {
  if (value === undefined) return undefined;
  let v = value;
  for (let i = 0; i < 10 && v.includes('${'); i++) v = v.replace(/\$\{([^}]+)\}/g, (m, k: string) => props.get(k) ?? m);
  return v.includes('${') ? undefined : v;
}

