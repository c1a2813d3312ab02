/** Text and attribute values in HTML: every character with a meaning to HTML becomes an entity. */
export function escapeHtml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      // eslint-disable-next-line no-control-regex -- control characters have no place in a page
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD')
      // Line breaks as references: the page may be printed to a workflow step's log, where a line starting with `::` is a command.
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\u2028/g, '&#8232;')
      .replace(/\u2029/g, '&#8233;')
  );
}
