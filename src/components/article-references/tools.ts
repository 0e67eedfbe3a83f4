/** Saves text as a file, with no library: a Blob behind an `<a download>`. */
export function download(filename: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = filename;
  link.click();
  // A download may start after click() returns; give it time before the address is released.
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}
