/** The subscribers of an external store, for `useSyncExternalStore`. */
export class Listeners {
  private readonly set = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.set.add(listener);
    return () => this.set.delete(listener);
  };

  notify(): void {
    for (const listener of [...this.set]) listener();
  }

  clear(): void {
    this.set.clear();
  }
}
