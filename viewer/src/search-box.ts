// The search box: matches actors by any name or alias as you type; Enter opens the best match.
import type { SearchHit } from '../../view/types.js';
import type { DataClient } from './client.js';
import { button, el } from './dom.js';
import { byId } from './filters.js';

export function setUpSearch(
  client: DataClient,
  open: (id: string) => void,
  report: (message: string) => void,
): void {
  const form = byId<HTMLFormElement>('search-form');
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('search-results');
  let hits: SearchHit[] = [];
  let asked = 0;

  const choose = (hit: SearchHit) => {
    list.hidden = true;
    input.value = hit.name;
    open(hit.id);
  };
  const show = () => {
    list.replaceChildren(
      ...hits.map((hit) => {
        const label = hit.matched === hit.name ? hit.name : `${hit.name} (${hit.matched})`;
        return el('li', {}, [button(label, () => choose(hit), 'link')]);
      }),
    );
    if (hits.length === 0 && input.value.trim() !== '')
      list.replaceChildren(el('li', { className: 'hint', text: 'No actor by that name' }));
    list.hidden = input.value.trim() === '';
  };
  // Only the newest question's answer is shown, whatever order the answers arrive in.
  const ask = async () => {
    const mine = ++asked;
    const query = input.value.trim();
    const found = query === '' ? [] : await client.search(query);
    if (mine === asked) {
      hits = found;
      show();
    }
    return found;
  };

  // The list closes on Escape and on a click anywhere else, like any suggestion box.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') list.hidden = true;
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) list.hidden = true;
  });
  input.addEventListener('input', () => void ask().catch((err: unknown) => report(String(err))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask()
      .then((found) => {
        const best = found[0];
        if (best) choose(best);
      })
      .catch((err: unknown) => report(String(err)));
  });
}
