/** @jest-environment jsdom */
// A download: an <a download="<name>" href="blob:…"> the page clicks, its URL kept until the same name is downloaded again.
import { downloadBytes } from '../../src/web/download';

test('clicks a hidden link with the suggested name and a Blob URL, then takes the link away', () => {
  const urls: string[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    expect(blob.type).toBe('application/zip');
    urls.push(`blob:null/${urls.length}`);
    return urls[urls.length - 1];
  };
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
  const clicked: { download: string; href: string }[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.getAttribute('href') ?? '' });
  });
  try {
    downloadBytes(new Uint8Array([1, 2]), '汇总表.merged.zip', 'application/zip');
    downloadBytes(new Uint8Array([3]), '汇总表.merged.zip', 'application/zip');
    expect(clicked).toEqual([
      { download: '汇总表.merged.zip', href: 'blob:null/0' },
      { download: '汇总表.merged.zip', href: 'blob:null/1' },
    ]);
    expect(revoked).toEqual(['blob:null/0']);
    expect(document.querySelectorAll('a')).toHaveLength(0);
  } finally {
    click.mockRestore();
  }
});
