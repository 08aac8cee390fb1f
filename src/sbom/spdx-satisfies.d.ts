// spdx-satisfies ships no types: satisfies(expression, approved simple licenses) → boolean.
declare module 'spdx-satisfies' {
  function satisfies(expression: string, approved: readonly string[]): boolean;
  export default satisfies;
}
