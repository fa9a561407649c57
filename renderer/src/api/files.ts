/**
 * How a finished export reaches the facilitator's disk: the desktop app has a native save
 * dialog behind `reports.save`; in the browser host the same bytes come as a download.
 */
export function hasSaveDialog(): boolean {
  return window.rembuk !== undefined;
}

/** Starts the browser's download of a ready export. */
export function downloadExport(jobId: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = `./api/reports/${encodeURIComponent(jobId)}/file`;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
