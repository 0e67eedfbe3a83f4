/**
 * Copy and download, with no library: the Clipboard API, else a selected textarea and
 * `execCommand('copy')` where the API is missing or refused; a Blob behind an `<a download>`.
 */

/** Copies text; false when neither way works (the caller says so). */
export async function copyText(text: string, root: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const back = (root as ShadowRoot).activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'visually-hidden';
    root.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      // Nothing more to try.
    }
    area.remove();
    back?.focus();
    return copied;
  }
}

export function download(filename: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = filename;
  link.click();
  // A download may start after click() returns; give it time before the address is released.
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}
