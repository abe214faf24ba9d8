// Copying text for the reader. The Clipboard API is refused in some frames and insecure contexts,
// so fall back to selecting a visible text field and execCommand('copy'); if that fails too the
// text stays selected for the reader to copy by hand. Never throws.
export async function copyText(
  text: string,
  field?: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: try the old way.
  }
  try {
    if (field) {
      field.focus();
      field.select();
      return document.execCommand('copy');
    }
  } catch {
    // Nothing more to try.
  }
  return false;
}
