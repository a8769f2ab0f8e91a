// What global setup hands the browser through Vitest's provide/inject: the bootstrapped root
// user's credentials.
declare module 'vitest' {
  export interface ProvidedContext {
    rootEmail: string;
    rootPassword: string;
  }
}

export {};
