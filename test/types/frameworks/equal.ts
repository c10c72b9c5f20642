/** `same<A, B>(true)` compiles only when A and B are the same type (neither may be `any`). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const same = <A, B>(proof: Equal<A, B>) => proof;
