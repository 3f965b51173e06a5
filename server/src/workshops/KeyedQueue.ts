/** Runs tasks one after another per key (a workshop), so a check and the change it allows cannot interleave with another's. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // the last task of a key removes the key, so idle workshops hold nothing
    void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    return result;
  }
}
