// Offering a file the page made for download: a Blob URL on an <a download> that the page clicks. The
// URL is kept until the next download of the same kind replaces it (a browser may still be saving).
const kept = new Map<string, string>();

export function downloadBytes(bytes: Uint8Array, name: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  const previous = kept.get(name);
  if (previous) URL.revokeObjectURL(previous);
  kept.set(name, url);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
}
