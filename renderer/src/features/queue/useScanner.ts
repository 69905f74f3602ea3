/** Placeholder until the scanner hook is built (its helper replaces this file). */
export function useScanner(): void {}
