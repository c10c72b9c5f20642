/** Object URLs live this long after the click; some browsers read them after the click returns. */
const REVOKE_AFTER_MS = 30_000;

/**
 * Saves text as a file: a Blob behind an object URL, clicked through a temporary `<a download>`
 * placed in `parent` (a shadow root keeps it out of the page's DOM). Nothing leaves the device.
 */
export function downloadText(parent: ParentNode, filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
