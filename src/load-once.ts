/**
 * A loader that runs once per key: callers share the same promise. A failure (e.g. a chunk that
 * could not be fetched offline) resolves to undefined and is forgotten, so a later call tries again.
 */
export function onceEach<T>(): (key: string, load: () => Promise<T>) => Promise<T | undefined> {
  const pending = new Map<string, Promise<T | undefined>>();
  return (key, load) => {
    let promise = pending.get(key);
    if (!promise) {
      promise = load().catch(() => {
        pending.delete(key);
        return undefined;
      });
      pending.set(key, promise);
    }
    return promise;
  };
}
