// The shipped levels, validated and parsed at build time by the builtInLevels plugin in vite.config.ts.
declare module 'virtual:built-in-levels' {
  const levels: import('./schema').Level[];
  export default levels;
}
