import { isDeepStrictEqual } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { decodeValues, encodeValues } from '../../src/engine/value-codec.js';

const OWN = 0xc1;
const V8 = 0xff;

/**
 * decode(encode(v)), checked to be what V8's serializer gives back (what the cache gave before) in
 * every way toStrictEqual sees: types, prototypes, -0, keys whose value is undefined.
 */
const roundTrip = (v: unknown) => {
  const bytes = encodeValues(v);
  const back = decodeValues(bytes);
  expect(back).toStrictEqual(deserialize(serialize(v)));
  return { bytes, back };
};

describe('value codec', () => {
  it('writes plain values itself and reads them back exactly', () => {
    const values = [
      [],
      [undefined, null, true, false],
      [0, -0, 1, -1, 127, 128, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 0.5, -1e-300, NaN, Infinity, -Infinity],
      ['', 'a', 'é', '日本', '😀', 'x'.repeat(42), 'é'.repeat(42), '😀'.repeat(21), 'y'.repeat(43), 'z'.repeat(100_000), 'nul\u0000in'],
      [{ path: 'a.ts', line: 3, imports: [{ spec: './b', typeOnly: false, guarded: undefined }], nested: { deeper: { list: [[1], [2, [3]]] } } }],
      [{ 1: 'one', b: 'bee', 0: 'zero', a: 'ay' }],
      // A null prototype comes back as a plain object, as V8's serializer gives it.
      [Object.assign(Object.create(null) as object, { bare: 1 })],
      // The two halves of a pair in two strings: the text is well-formed, and each comes back alone.
      ['\uD800', '\uDC00'],
    ];
    for (const v of values) {
      const { bytes, back } = roundTrip(v);
      expect(bytes[0]).toBe(OWN);
      expect(Object.keys(back as object)).toEqual(Object.keys(v));
    }
    // Negative zero stays negative, and the key order of an object is its own.
    expect(Object.is((decodeValues(encodeValues([-0])) as number[])[0], -0)).toBe(true);
    expect(Object.keys((decodeValues(encodeValues([{ b: 1, a: 2, 2: 3 }])) as Array<Record<string, number>>)[0]!)).toEqual(['2', 'b', 'a']);
  });

  it('keeps `__proto__` as a key, as V8 does, never as the prototype', () => {
    const v = [JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<string, unknown>];
    const { bytes, back } = roundTrip(v);
    expect(bytes[0]).toBe(OWN);
    const o = (back as Array<Record<string, unknown>>)[0]!;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives what it cannot write exactly to V8, which reads it back as V8 wrote it', () => {
    const shared = { s: 1 };
    const cyclic: Record<string, unknown> = { name: 'c' };
    cyclic.self = cyclic;
    const holey = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const named = Object.assign([1, 2], { extra: true });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 70; i++) deep = [deep];
    class Point {
      constructor(readonly x: number) {}
    }
    const cases: unknown[] = [[new Map([['k', 1]])], [new Set([1])], [new Date(0)], [/re/g], [Uint8Array.of(1, 2)], [holey], [named], [shared, shared], [cyclic], ['\uD800 lone'], [{ ['\uDC00']: 1 }], [deep], [new Point(1)], [10n]];
    for (const v of cases) {
      const bytes = encodeValues(v);
      expect(bytes[0]).toBe(V8);
      expect(Buffer.compare(bytes, serialize(v))).toBe(0);
    }
    // One object reached twice comes back as one object, as V8 keeps it.
    const [a, b] = decodeValues(encodeValues([shared, shared])) as unknown[];
    expect(a).toBe(b);
    const back = decodeValues(encodeValues([holey])) as unknown[][];
    expect(1 in back[0]!).toBe(false);
    // A function cannot be serialized at all: V8's error, as before.
    expect(() => encodeValues([() => 1])).toThrow();
  });

  it('gives the same bytes for the same values (they name the observations), and the scratch buffer does not leak between values', () => {
    const big = { text: 'q'.repeat(200_000), list: Array.from({ length: 5000 }, (_, i) => ({ i })) };
    const first = Buffer.from(encodeValues([big]));
    const small = encodeValues(['s']);
    expect(Buffer.compare(encodeValues([big]), first)).toBe(0);
    expect(decodeValues(small)).toEqual(['s']);
    expect(Buffer.compare(encodeValues([{ a: 1, b: 2 }]), encodeValues([{ a: 1, b: 2 }]))).toBe(0);
    expect(Buffer.compare(encodeValues([{ a: 1, b: 2 }]), encodeValues([{ b: 2, a: 1 }]))).not.toBe(0);
    // A key is written once per value: a hundred objects with the same two keys hold them once.
    const many = Array.from({ length: 100 }, (_, i) => ({ spec: `./m${i}`, line: i }));
    expect(encodeValues(many).toString('latin1').split('spec').length - 1).toBe(1);
    expect(decodeValues(encodeValues(many))).toStrictEqual(many);
    // Values written later do not change the bytes given out before.
    const kept = encodeValues(['kept']);
    const copy = Buffer.from(kept);
    for (let i = 0; i < 2000; i++) encodeValues([`other ${i}`]);
    expect(Buffer.compare(kept, copy)).toBe(0);
  });

  it('agrees with V8 on 3,000 random values (a fixed seed): what it reads back, V8 reads back from its own bytes; the same values, the same bytes', () => {
    let seed = 0x2545f491;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const CHARS = ['a', 'Z', '0', '/', ' ', '"', '\\', '\n', '\u0000', 'é', '日', '😀', '\uD800', '\uDC00', '\uFFFF'];
    const str = () => Array.from({ length: rnd(12) }, () => CHARS[rnd(rnd(4) === 0 ? CHARS.length : 11)]).join('');
    const NUMBERS = [0, -0, 1, -1, 127, 128, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 + 2, 0.1, -1e-310, NaN, Infinity, -Infinity];
    const KEYS = ['a', 'spec', 'line', '0', '10', '__proto__', 'constructor', 'é', ''];
    let shared: unknown[] = [];
    const gen = (depth: number): unknown => {
      const k = rnd(depth > 3 ? 6 : 9);
      if (k === 0) return undefined;
      if (k === 1) return rnd(2) === 0 ? null : rnd(2) === 0;
      if (k === 2) return NUMBERS[rnd(NUMBERS.length)]! * (rnd(3) === 0 ? rnd(1000) : 1);
      if (k === 3 || k === 4) return str();
      if (k === 5) return shared.length > 0 && rnd(8) === 0 ? shared[rnd(shared.length)] : rnd(1 << 20) - (1 << 19);
      if (k === 6 || k === 7) {
        const a = Array.from({ length: rnd(5) }, () => gen(depth + 1));
        if (rnd(20) === 0) delete a[0]; // a hole
        if (rnd(4) === 0) shared.push(a);
        return a;
      }
      const o: Record<string, unknown> = {};
      for (let i = rnd(5); i > 0; i--) Object.defineProperty(o, KEYS[rnd(KEYS.length)]!, { value: gen(depth + 1), enumerable: true, writable: true, configurable: true });
      if (rnd(4) === 0) shared.push(o);
      return o;
    };
    let own = 0;
    for (let i = 0; i < 3000; i++) {
      shared = [];
      const v = [gen(0), gen(0)];
      const bytes = encodeValues(v);
      if (bytes[0] === OWN) own++;
      // Node's strict deep equality (prototypes, -0, holes), not vitest's: an own key `constructor` fools its type check.
      expect(isDeepStrictEqual(decodeValues(bytes), deserialize(serialize(v)))).toBe(true);
      // The same values made again (a copy that keeps shared objects shared): the same bytes. V8's do
      // not always agree (a string's inner form shows in them): a cache miss, never a wrong replay.
      if (bytes[0] === OWN) expect(Buffer.compare(encodeValues(structuredClone(v)), bytes)).toBe(0);
    }
    // Both ways are exercised: most values are this codec's, some go to V8.
    expect(own).toBeGreaterThan(1500);
    expect(own).toBeLessThan(3000);
  });

  it('throws on bytes it did not write: cut short, a length past the end, an unknown tag, trailing bytes', () => {
    const good = encodeValues([{ a: 'text', n: [1, 2, 3] }]);
    expect(() => decodeValues(good.subarray(0, good.length - 2))).toThrow(/value bytes/);
    // The structure's length past the end; an array's; a string's past the text.
    expect(() => decodeValues(Buffer.from([OWN, 50, 7]))).toThrow(/truncated/);
    expect(() => decodeValues(Buffer.from([OWN, 6, 7, 0xff, 0xff, 0xff, 0xff, 0x0f]))).toThrow(/bad length/);
    expect(() => decodeValues(Buffer.from([OWN, 2, 6, 10, 0x61]))).toThrow(/truncated/);
    expect(() => decodeValues(Buffer.from([OWN, 1, 99]))).toThrow(/unknown tag/);
    // An object key named by a number no key had.
    expect(() => decodeValues(Buffer.from([OWN, 4, 8, 1, 5, 1]))).toThrow(/bad key/);
    // A byte more in the text, or in the structure.
    expect(() => decodeValues(Buffer.concat([good, Buffer.from('x')]))).toThrow(/trailing/);
    expect(() => decodeValues(Buffer.from([OWN, 2, 1, 1]))).toThrow(/trailing/);
    const nested = Buffer.from([OWN, 0xc9, 0x01, ...Array.from({ length: 100 }, () => [7, 1]).flat(), 1]);
    expect(() => decodeValues(nested)).toThrow(/too deep/);
  });
});
