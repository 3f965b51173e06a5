/** Puts text on the system clipboard from a menu (a user gesture); the page's own copy is made either way. */
export async function writeSystemClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, not focused): fall through to the older command
  }
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  // capture, ahead of useClipboardEvents' listener, which would copy the selection again
  document.addEventListener('copy', onCopy, { capture: true, once: true });
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, { capture: true });
  }
}

/** The system clipboard's text for a menu's « Coller », or null when the browser does not give it (the page's copy is used). */
export async function readSystemClipboard(): Promise<string | null> {
  try {
    return navigator.clipboard?.readText ? await navigator.clipboard.readText() : null;
  } catch {
    return null;
  }
}
