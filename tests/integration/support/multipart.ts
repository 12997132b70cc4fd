/** A multipart/form-data body as the import form posts it: the stage field, then the file (tests of the upload route). */
export function multipart(fileBytes: Uint8Array): { body: Uint8Array<ArrayBuffer>; contentType: string } {
  const boundary = "----grænse4711";
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="stage"\r\n\r\nPROPOSED\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="status.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + fileBytes.length + tail.length);
  body.set(head, 0);
  body.set(fileBytes, head.length);
  body.set(tail, head.length + fileBytes.length);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
