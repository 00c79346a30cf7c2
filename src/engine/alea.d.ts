// seedrandom ships its Alea generator as a separate CommonJS file without types of its own.
declare module 'seedrandom/lib/alea' {
  interface AleaState { c: number; s0: number; s1: number; s2: number }
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
    state(): AleaState;
  }
  function alea(seed?: string, options?: { state: true | AleaState }): AleaPrng;
  export default alea;
}
