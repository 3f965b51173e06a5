import type { DownloadedFile } from '../../api/downloadFile';

/** Hands a file to the browser's downloads, under its name, as a link with `download` would. */
export function saveBlob({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own copy once started; a minute leaves slow devices time
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
