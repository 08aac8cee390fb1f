// todo-debt: TODO/FIXME/HACK/XXX markers left in code, config and docs (RULES.md, code-health).
// Always a metric (`todos`); a repository-level finding only when `thresholds.max-todos` is set
// and the count is above it. What counts as a marker is decided in markers.ts.
import { DOCKERFILE_GLOBS } from '../../analysis/dockerfile.js';
import { defineCheck } from '../../model/check.js';
import { findMarkers, MARKERS, type Marker } from './markers.js';

/** Code, configuration and documentation. Data files (json, csv, svg...) are not scanned. */
const CODE = 'js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte,astro,py,pyi,pyx,go,rs,java,kt,kts,scala,groovy,gradle,c,h,cc,cpp,cxx,hpp,hh,hxx,m,mm,cs,fs,fsx,vb,swift,dart,rb,rake,php,pl,pm,lua,r,jl,ex,exs,erl,hrl,hs,elm,clj,cljs,cljc,ml,mli,zig,nim,sol,sh,bash,zsh,fish,ps1,psm1,bat,cmd,sql,proto,graphql,gql,tf,hcl,nix,html,htm,css,scss,sass,less,j2,jinja,tmpl,tpl,ejs,hbs,erb';
const CONFIG = 'yml,yaml,toml,ini,cfg,conf,properties,xml,env,mk,cmake';
const DOCS = 'md,mdx,markdown,rst,adoc,asciidoc,txt';
const NAMED = ['Makefile', 'GNUmakefile', 'Jenkinsfile', 'Vagrantfile', 'Rakefile', 'Gemfile', 'Procfile'];

/** Lockfiles match the globs above (`pnpm-lock.yaml`) but are generated: never counted. */
const LOCKFILE = /(?:^|\/)(?:pnpm-lock\.ya?ml|yarn\.lock|[^/]*\.lock|go\.sum|requirements[^/]*\.lock\.txt)$/;
/** Minified or generated one-liners: an average line this long is not hand-written code. */
const MAX_AVERAGE_LINE = 400;
const TOP_FILES = 5;

export default defineCheck({
  meta: {
    id: 'todo-debt',
    area: 'code-health',
    severity: 'P2',
    effortMinutes: 60,
    title: 'TODO/FIXME debt above threshold',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/todo-debt.md',
    pure: true,
    files: [`**/*.{${CODE},${CONFIG},${DOCS}}`, ...DOCKERFILE_GLOBS, ...NAMED.map((n) => `**/${n}`)],
    messages: {
      aboveThreshold:
        '{total} TODO/FIXME/HACK/XXX markers ({byMarker}) exceed the limit of {max} (thresholds.max-todos); most in {top}. Counted in comments and at line starts: a heuristic.',
    },
    remediation:
      'Turn the markers into tracked issues and delete them, fix the cheap ones now, or raise thresholds.max-todos if this debt is accepted. Start with the files that hold the most.',
  },
  create(ctx) {
    return {
      file(f) {
        const t = f.text;
        if (LOCKFILE.test(f.path) || /\.min\.[a-z]+$/.test(f.path)) return;
        // Cheap prefilter before the regex: most files have none of the four words.
        if (!t.includes('TODO') && !t.includes('FIXME') && !t.includes('HACK') && !t.includes('XXX')) return;
        if (looksMinified(t)) return;
        const hits = findMarkers(t);
        if (hits.length > 0) ctx.observe(hits.map((h) => h.marker));
      },
      end() {
        const byMarker: Record<Marker, number> = { TODO: 0, FIXME: 0, HACK: 0, XXX: 0 };
        const perFile = new Map<string, number>();
        let total = 0;
        for (const { path, value } of ctx.observations<Marker[]>()) {
          for (const m of value) byMarker[m]++;
          total += value.length;
          perFile.set(path, value.length);
        }
        const topFiles = [...perFile]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .slice(0, TOP_FILES)
          .map(([path, count]) => ({ path, count }));
        ctx.metric('todos', { total, byMarker: { ...byMarker }, files: perFile.size, topFiles });
        const max = ctx.options.maxTodos;
        if (max === undefined || total <= max) return;
        ctx.report({
          messageId: 'aboveThreshold',
          location: { path: '.' },
          data: {
            total,
            max,
            byMarker: MARKERS.filter((m) => byMarker[m] > 0).map((m) => `${m} ${byMarker[m]}`).join(', '),
            top: topFiles.slice(0, 3).map((t) => `${t.path} (${t.count})`).join(', '),
          },
          // One finding per repository: its identity must not change as the count moves.
          fingerprintKey: 'todo-debt',
        });
      },
    };
  },
});

function looksMinified(t: string): boolean {
  if (t.length < 4096) return false;
  let lines = 1;
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) lines++;
  return t.length / lines > MAX_AVERAGE_LINE;
}
