// Document text is untrusted: before it reaches a terminal, control characters (which could carry
// escape sequences) are removed, whitespace runs collapse to one space, and long text is cut.
const CONTROL_OR_SPACE = /[\s\p{Cc}]+/gu;

export function forTerminal(text: string, maxLength = Infinity): string {
  const flat = text.replace(CONTROL_OR_SPACE, ' ').trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1).trimEnd()}…` : flat;
}

/** For one-line messages that quote a file name or an error: control characters become '?'. */
export function withoutControls(text: string): string {
  return text.replace(/\p{Cc}/gu, '?');
}
