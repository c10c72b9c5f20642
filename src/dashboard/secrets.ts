/**
 * The token and the private key live in memory; a copy goes to `sessionStorage` (this tab only,
 * gone when it closes) only when the counsellor ticks "Remember in this tab". Never localStorage.
 */
export type SecretName = 'token' | 'key';

const storageKey = (name: SecretName) => `recipro-dashboard:${name}`;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked: memory only
  }
}

export function recalled(name: SecretName): string | undefined {
  return storage()?.getItem(storageKey(name)) ?? undefined;
}

/** Keeps a copy in this tab's storage when asked, else makes sure none is left there. */
export function remember(name: SecretName, value: string | undefined, inTab: boolean): void {
  const store = storage();
  try {
    if (value !== undefined && inTab) store?.setItem(storageKey(name), value);
    else store?.removeItem(storageKey(name));
  } catch {
    // quota or a blocked storage: the value stays in memory only
  }
}
