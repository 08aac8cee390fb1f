// no-alerting-rules: a service with no alert defined as code (RULES.md, observability, service rule):
// no PrometheusRule, no Prometheus rule file (`groups: - rules: - alert:`), no Alertmanager or
// Grafana alerting provisioning, no vendor monitors in Terraform, no jsonnet mixin alerts. Metrics
// nobody watches wake nobody up. Owns the "alerting" gap row.
import { entries, get, items, keyFilter, parseYaml, str } from '../../analysis/yaml.js';
import { defineCheck } from '../../model/check.js';

const TF_ALERTS = /resource\s+"(datadog_monitor|newrelic_(?:nrql_)?alert_(?:condition|policy)|aws_cloudwatch_metric_alarm|google_monitoring_alert_policy|azurerm_monitor_(?:metric|scheduled_query_rules)_alert(?:_v2)?|grafana_rule_group|opsgenie_\w+|pagerduty_service|sentry_(?:metric_)?alert\w*|signalfx_detector|honeycombio_trigger)"/;

/** The keys a YAML alert definition needs one of (the rest are read under them); most YAML has none. */
const MAY_HOLD_ALERTS = keyFilter(/receivers|groups/, /prometheusrule|alerts?|alerting/i);

export default defineCheck({
  meta: {
    id: 'no-alerting-rules',
    area: 'observability',
    severity: 'P1',
    effortMinutes: 240,
    title: 'No alerting rules',
    serviceOnly: true,
    certainty: 'likely',
    precision: 'medium',
    docs: 'rules/checks/no-alerting-rules.md',
    pure: true,
    files: ['**/*.{yml,yaml,rules}', '**/*.{jsonnet,libsonnet}', '**/*.tf'],
    messages: {
      missing: 'No alerting rules as code (no PrometheusRule, Prometheus rule file, Alertmanager/Grafana alerting or vendor monitors in Terraform): when the service fails, nobody is told.',
    },
    remediation:
      'Define alerts next to the code: a PrometheusRule (or rule file) for the error rate, latency and availability of the service, routed by Alertmanager to the on-call rota, and link each alert to the runbook.',
  },
  create(ctx) {
    return {
      file(f) {
        if ((ctx.classOf(f.path) !== 'runtime') || !/alert|monitor|alarm|rule|detector|trigger|receiver/i.test(f.text)) return;
        const what = alertIn(f.path, f.text);
        if (what) ctx.observe(what);
      },
      end() {
        if (ctx.workspace.profile.kind === 'library') return ctx.gap('alerting', 'n/a');
        const hit = ctx.observations<string>()[0];
        if (hit) return ctx.gap('alerting', 'present', `${hit.path}: ${hit.value}`);
        ctx.gap('alerting', 'missing');
        ctx.report({ messageId: 'missing', location: { path: '.' }, fingerprintKey: 'missing' });
      },
    };
  },
});

/** What alert definition a file holds, if any. */
export function alertIn(path: string, text: string): string | undefined {
  if (path.endsWith('.tf')) return TF_ALERTS.exec(text)?.[1];
  if (/\.(jsonnet|libsonnet)$/.test(path)) return /\bprometheusAlerts\b|\balert\s*:\s*['"]/.test(text) ? 'jsonnet alerts' : undefined;
  if (text.includes('kind: PrometheusRule') || /^kind:\s*(PrometheusRule|VMRule|AlertmanagerConfig)\s*$/m.test(text)) return 'PrometheusRule';
  if (!MAY_HOLD_ALERTS(text)) return undefined;
  const y = parseYaml(text);
  for (const d of y.docs) {
    const root = d.root;
    if (get(root, 'receivers') !== undefined && get(root, 'route') !== undefined) return 'Alertmanager configuration';
    for (const g of items(get(root, 'groups') ?? get(get(root, 'spec'), 'groups'))) {
      for (const r of items(get(g, 'rules'))) {
        if (str(get(r, 'alert')) !== undefined) return 'Prometheus alert rules';
        if (get(r, 'condition') !== undefined && get(r, 'data') !== undefined) return 'Grafana alert rules';
      }
    }
    // Helm values switching a chart's alert rules on: `prometheusRule: { enabled: true }`.
    for (const [k, v] of entries(root)) {
      if (/^(prometheusRule|alerts?|alerting)$/i.test(k) && str(get(v, 'enabled')) === 'true') return `${k}.enabled in ${path}`;
    }
  }
  return undefined;
}
