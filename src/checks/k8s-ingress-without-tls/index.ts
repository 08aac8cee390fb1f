// k8s-ingress-without-tls: an Ingress with rules and no spec.tls (RULES.md, security): its hosts
// are served over plain HTTP, credentials and session cookies included. Helm templates count when
// they offer a `tls:` block (usually behind `.Values.ingress.tls`); an annotation by which a cloud
// load balancer terminates TLS (ALB certificate-arn, GKE managed certificates...) counts too.
// An Ingress of an API version Kubernetes removed (extensions/v1beta1) cannot be applied to a
// current cluster: likely only; so is one whose every host is a name only the machine or a private
// network resolves (`localhost`, `.internal`), written or from the chart's values files. Owns the
// "TLS" row of the gap table.
import { hasMarkers, helmOverrides, helmValues, isDevPath, isK8sCandidate, isLocalHostName, K8S_GLOBS, k8sOf, removedGap, resolveValues } from '../../analysis/k8s.js';
import { defineCheck, type ReportDescriptor } from '../../model/check.js';

interface Seen {
  name: string;
  line: number;
  tls: boolean;
  how?: string;
  /** The hosts of an Ingress with TLS, as written: another Ingress of the same hosts may only redirect to it. */
  hosts?: string[];
  /**
   * An Ingress with TLS for hosts its chart's values fill in (`- hosts: [{{ . }}]` in a range): its
   * rules' templated hosts, as written.
   */
  valuesHosts?: string[];
  /**
   * A finding reported in end(): whether its hosts are local (`chart`: from the chart's values, read
   * there) or served with TLS by another Ingress is known only once every file is read.
   */
  held?: { report: ReportDescriptor<'noTls'>; hosts: string[]; chart?: string };
}

export default defineCheck({
  meta: {
    id: 'k8s-ingress-without-tls',
    area: 'security',
    severity: 'P0',
    effortMinutes: 60,
    title: 'Ingress without TLS',
    certainty: 'proven',
    proof: 'the Ingress has rules but neither `spec.tls` nor a load-balancer annotation that terminates TLS',
    scope: 'deploy',
    precision: 'high',
    // security: credentials and cookies cross the network in clear text.
    tags: ['security'],
    docs: 'rules/checks/k8s-ingress-without-tls.md',
    pure: true,
    files: K8S_GLOBS,
    // The charts' values files: where a templated host's name comes from.
    capture: ['**/*values*.yaml', '**/*values*.yml'],
    messages: {
      noTls: 'Ingress `{name}` serves {hosts} without TLS (no `spec.tls`): traffic, credentials and cookies cross the network in clear text.',
    },
    remediation:
      'Add `spec.tls` with the hosts and a certificate secret (cert-manager can issue it: `cert-manager.io/cluster-issuer` annotation + `tls: - hosts: [...] secretName: ...`), and redirect HTTP to HTTPS.',
  },
  create(ctx) {
    return {
      file(f) {
        if (!isK8sCandidate(f.path) || isDevPath(f.path) || ctx.classOf(f.path) !== 'runtime') return;
        const k = k8sOf(f, ctx.malformed);
        for (const ing of k.ingresses) {
          if (!ing.hasRules) continue;
          const tls = ing.hasTls || ing.tlsAnnotation !== undefined;
          const seen: Seen = { name: ing.name, line: ing.rulesLine ?? ing.line, tls, ...(ing.tlsAnnotation ? { how: ing.tlsAnnotation } : {}) };
          if (tls) {
            // The hosts it serves with TLS: those spec.tls lists, else (no list, or a template fills it) its rules'.
            const listed = new Set(ing.tlsHosts);
            const secure = listed.size > 0 ? ing.hosts.filter((h) => listed.has(h)) : ing.hostless ? [] : ing.hosts;
            const fromValues = ing.hasTls && k.chart !== undefined && (ing.tlsHosts.some(hasMarkers) || (listed.size === 0 && ing.hosts.some(hasMarkers)));
            ctx.observe({ ...seen, ...(ing.hasTls && secure.length > 0 ? { hosts: secure.slice(0, 100) } : {}), ...(fromValues ? { valuesHosts: ing.hosts.filter(hasMarkers).slice(0, 100) } : {}) });
            continue;
          }
          const report: ReportDescriptor<'noTls'> = {
            messageId: 'noTls',
            location: { path: f.path, line: ing.rulesLine ?? ing.line },
            data: { name: ing.name || '(unnamed)', hosts: ing.hosts.length > 0 ? ing.hosts.join(', ') : 'its rules' },
            // An Ingress of a removed API version cannot be applied: it proves no exposure.
            ...(ing.removedIn !== undefined && ing.apiVersion !== undefined
              ? { certainty: 'likely' as const, gap: removedGap({ kind: 'Ingress', apiVersion: ing.apiVersion, removedIn: ing.removedIn }) }
              : {}),
            fingerprintKey: `ingress:${ing.name}`,
          };
          const local = report.certainty === undefined && !ing.hostless && ing.hosts.length > 0;
          if (local && k.chart !== undefined && ing.hosts.some(hasMarkers)) {
            ctx.observe({ ...seen, held: { report, hosts: ing.hosts, chart: k.chart } } satisfies Seen);
            continue;
          }
          if (local && ing.hosts.every(isLocalHostName)) {
            ctx.observe(seen);
            ctx.report({ ...report, certainty: 'likely', gap: localGap(ing.hosts) });
          } else if (local) ctx.observe({ ...seen, held: { report, hosts: ing.hosts } } satisfies Seen);
          else {
            ctx.observe(seen);
            ctx.report(report);
          }
        }
      },
      end() {
        const all = ctx.observations<Seen>();
        // Hosts another Ingress serves with TLS. A templated host is read as a marker, not its
        // expression: it is the same host only in the same template file.
        const hostKey = (path: string, h: string) => (hasMarkers(h) ? `${path}\0${h}` : h);
        const secured = new Map<string, { name: string; path: string; line: number }>();
        for (const { path, value } of all) {
          for (const h of value.hosts ?? []) if (!secured.has(hostKey(path, h))) secured.set(hostKey(path, h), { name: value.name, path, line: value.line });
        }
        for (const { path, value } of all) {
          if (!value.held) continue;
          const { report, hosts, chart } = value.held;
          // Hosts from the chart's values: local only when every values file it deploys with says so.
          if (chart !== undefined) {
            const configs = [helmValues(ctx.workspace)(chart), ...helmOverrides(ctx.workspace)(chart)];
            const resolved = configs.flatMap((v) => hosts.map((h) => (v === undefined ? undefined : resolveValues(h, v))));
            if (resolved.every((h): h is string => h !== undefined && isLocalHostName(h))) {
              ctx.report({ ...report, certainty: 'likely', gap: localGap([...new Set(resolved as string[])], true) });
              continue;
            }
          }
          const other = hosts.every((h) => secured.has(hostKey(path, h))) ? secured.get(hostKey(path, hosts[0]!)) : undefined;
          if (other) {
            ctx.report({ ...report, certainty: 'likely', gap: securedGap(hosts, other) });
            continue;
          }
          // The same expression for its hosts in two templates of one chart (`{{ .host }}` in a range
          // over the same values, as likely as not) may be the same hosts, which a controller that
          // applies TLS per host (ingress-nginx) then serves with TLS.
          const sibling = chart !== undefined && hosts.every(hasMarkers) ? all.find((o) => o.path !== path && (chart === '' || o.path.startsWith(`${chart}/`)) && hosts.every((h) => o.value.valuesHosts?.includes(h))) : undefined;
          ctx.report(sibling ? { ...report, certainty: 'likely', gap: chartTlsGap(sibling.value.name, sibling.path, sibling.value.line) } : report);
        }
        if (all.length === 0) return ctx.gap('TLS', 'n/a', 'no Ingress');
        const bad = all.filter((o) => !o.value.tls);
        if (bad.length === 0) ctx.gap('TLS', 'present', all[0]!.path);
        else ctx.gap('TLS', bad.length === all.length ? 'missing' : 'partial', `${bad[0]!.path}:${bad[0]!.value.line}`);
      },
    };
  },
});

/**
 * An Ingress without TLS whose every host another Ingress serves with TLS: the pair an HTTP-to-HTTPS
 * redirect takes on controllers that give each listener its own Ingress (Azure's Application Gateway
 * for Containers with a redirect IngressExtension, an ALB's ssl-redirect; exceptionless's api.yaml).
 * Whether this one only redirects is the controller's configuration, not read: likely.
 */
function securedGap(hosts: readonly string[], other: { name: string; path: string; line: number }): string {
  const shown = hosts.slice(0, 3).map((h) => `\`${h.slice(0, 80)}\``).join(', ');
  return `Ingress \`${other.name.slice(0, 80) || '(unnamed)'}\` (${other.path.slice(0, 120)}:${other.line}) serves its hosts (${shown}) with TLS: this one may only redirect HTTP to HTTPS, which the controller's configuration decides`;
}

/**
 * An Ingress of hosts from the chart's values beside another of the same chart that serves such hosts
 * with TLS (ministryofjustice/laa-submit-crime-forms's public-ingress.yaml and ingress.yaml, both
 * ranging over `.Values.ingress.hosts`): whether they are the same hosts is the values' business.
 */
function chartTlsGap(name: string, path: string, line: number): string {
  return `Ingress \`${name.slice(0, 80) || '(unnamed)'}\` (${path.slice(0, 120)}:${line}) of the same chart serves hosts from its values with TLS: if they are this one's, a controller that applies TLS per host (ingress-nginx) serves them with TLS`;
}

/** Why an Ingress of local names proves no exposure; an install may still give it a public name. */
function localGap(hosts: readonly string[], fromValues = false): string {
  const shown = hosts.slice(0, 3).map((h) => `\`${h.slice(0, 80)}\``).join(', ');
  return `its hosts (${shown}${fromValues ? ", from the chart's values" : ''}) are names only the machine or a private network resolves: nothing shows clear text crossing a network; an install that gives it a public name needs TLS`;
}
