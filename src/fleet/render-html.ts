// Stand-in for the HTML dashboard (issue 15 item 2), written on another branch: the lead replaces
// this file with that one. Same export, so `readiness-gate merge` writes dashboard.html either way.
import { escapeHtml } from '../report/markdown.js';
import type { MergedReport } from './types.js';

export function renderDashboard(m: MergedReport): string {
  const t = m.totals;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>Organisation readiness</title></head>\n<body><h1>Organisation readiness: ${t.repositories} repositories</h1>\n<p>${t.ready} ready, ${t.blocked} blocked, ${t.failed} failed to scan.</p>\n<ul>\n${m.repositories.map((r) => `<li>${escapeHtml(r.repository)}: ${r.status === 'failed' ? 'failed' : r.blocked ? 'blocked' : 'ready'}</li>`).join('\n')}\n</ul></body></html>\n`;
}
