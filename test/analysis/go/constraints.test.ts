import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileConstraint, parseConstraint, satisfiable } from '../../../src/analysis/go/constraints.js';

describe('go build constraints (properties)', () => {
  it('never throws on arbitrary expressions, and a constraint is compatible with itself unless unsatisfiable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const e = parseConstraint(s);
        expect(typeof satisfiable([e])).toBe('boolean');
        if (satisfiable([e])) expect(satisfiable([e, e])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('combines the //go:build line with the file name', () => {
    expect(satisfiable([fileConstraint('x_windows.go', 'linux')])).toBe(false);
    expect(satisfiable([fileConstraint('x_linux.go', 'cgo'), fileConstraint('y.go', '!cgo')])).toBe(false);
    expect(satisfiable([fileConstraint('x_linux.go', ''), fileConstraint('y_amd64.go', '')])).toBe(true);
  });
});
