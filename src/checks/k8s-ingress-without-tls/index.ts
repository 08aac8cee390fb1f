// k8s-ingress-without-tls: an Ingress with rules and no spec.tls (RULES.md, security): its hosts
// are served over plain HTTP, credentials and session cookies included. Helm templates count when
// they offer a `tls:` block (usually behind `.Values.ingress.tls`); an annotation by which a cloud
// load balancer terminates TLS (ALB certificate-arn, GKE managed certificates...) counts too.
// An Ingress of an API version Kubernetes removed (extensions/v1beta1) cannot be applied to a
// current cluster: likely only. Owns the "TLS" row of the gap table.
import { isDevPath, isK8sCandidate, K8S_GLOBS, k8sOf, removedGap } from '../../analysis/k8s.js';
import { defineCheck } from '../../model/check.js';

interface Seen {
  name: string;
  line: number;
  tls: boolean;
  how?: string;
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
          ctx.observe({ name: ing.name, line: ing.rulesLine ?? ing.line, tls, ...(ing.tlsAnnotation ? { how: ing.tlsAnnotation } : {}) } satisfies Seen);
          if (tls) continue;
          ctx.report({
            messageId: 'noTls',
            location: { path: f.path, line: ing.rulesLine ?? ing.line },
            data: { name: ing.name || '(unnamed)', hosts: ing.hosts.length > 0 ? ing.hosts.join(', ') : 'its rules' },
            // An Ingress of a removed API version cannot be applied: it proves no exposure.
            ...(ing.removedIn !== undefined && ing.apiVersion !== undefined
              ? { certainty: 'likely' as const, gap: removedGap({ kind: 'Ingress', apiVersion: ing.apiVersion, removedIn: ing.removedIn }) }
              : {}),
            fingerprintKey: `ingress:${ing.name}`,
          });
        }
      },
      end() {
        const all = ctx.observations<Seen>();
        if (all.length === 0) return ctx.gap('TLS', 'n/a', 'no Ingress');
        const bad = all.filter((o) => !o.value.tls);
        if (bad.length === 0) ctx.gap('TLS', 'present', all[0]!.path);
        else ctx.gap('TLS', bad.length === all.length ? 'missing' : 'partial', `${bad[0]!.path}:${bad[0]!.value.line}`);
      },
    };
  },
});
