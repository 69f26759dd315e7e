// The only way this page makes elements. Document text is untrusted, so it only ever becomes
// textContent or a text node: never innerHTML, never an attribute that runs or loads anything.
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; title?: string } = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.title = options.title;
  element.append(...children);
  return element;
}

/** A link to a document's URL when it is http(s); any other scheme (javascript:, data:) stays plain text. */
export function externalLink(url: string | null, label: string): HTMLElement {
  let parsed: URL | null = null;
  try {
    parsed = url === null ? null : new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    return el('span', { text: label });
  const link = el('a', { text: label, title: parsed.href });
  link.href = parsed.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

export function button(label: string, onClick: () => void, className?: string): HTMLButtonElement {
  const element = el('button', { text: label, ...(className ? { className } : {}) });
  element.type = 'button';
  element.addEventListener('click', onClick);
  return element;
}
