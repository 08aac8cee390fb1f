import { describe, expect, it } from 'vitest';
import { scriptSources } from '../../../src/analysis/js/frontend.js';

describe('static frontend entries: the scripts an HTML page loads', () => {
  it('reads src in any quoting, skips inline scripts, and stops at an opening tag that never closes', () => {
    const html = '<script type="module" src="/src/main.js"></script>\n<script>window.x = 1</script>\n<SCRIPT src=\'./a.ts\' defer></SCRIPT><script src=b.js></script>';
    expect(scriptSources(html)).toEqual(['/src/main.js', './a.ts', 'b.js']);
    // near miss: `data-src` is no src
    expect(scriptSources('<script data-src="x.js"></script>')).toEqual([]);
    expect(scriptSources(`<script src="ok.js"></script>${'<script '.repeat(50_000)}`)).toEqual(['ok.js']);
  });
});
