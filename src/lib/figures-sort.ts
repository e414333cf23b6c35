/**
 * Progressive enhancement for `<table data-sortable>` (the figures table):
 * each column heading becomes a button that sorts the rows by that column,
 * ascending then descending, and `aria-sort` follows. Cells sort by their
 * `data-value` (as numbers in columns marked `data-type="number"`); ties keep
 * the table's default order (`data-rank` on each row). Without JavaScript the
 * table stays in its default order. Runs in the browser only.
 */

type Direction = 'ascending' | 'descending';

const ARROWS: Record<Direction | 'none', string> = { ascending: '▲', descending: '▼', none: '↕' };

function cellValue(row: HTMLTableRowElement, col: number): string {
  return (row.cells[col] as HTMLElement | undefined)?.dataset.value ?? row.cells[col]?.textContent?.trim() ?? '';
}

function sortRows(table: HTMLTableElement, col: number, direction: Direction, numeric: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rank = (row: HTMLTableRowElement) => Number(row.dataset.rank ?? 0);
  const rows = [...body.rows];
  const sign = direction === 'ascending' ? 1 : -1;
  rows.sort((a, b) => {
    const x = cellValue(a, col);
    const y = cellValue(b, col);
    const diff = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'en', { numeric: true, sensitivity: 'base' });
    return sign * diff || rank(a) - rank(b);
  });
  body.append(...rows);
}

/** Turn the headings of every `table[data-sortable]` under `root` into sort buttons. */
export function enhanceSortableTables(root: Document | HTMLElement): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    if (table.dataset.enhanced) continue;
    table.dataset.enhanced = 'true';
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    table.after(status);

    const icons = new Map<HTMLTableCellElement, HTMLElement>();
    const paint = () => {
      for (const th of headers) {
        const state = (th.getAttribute('aria-sort') as Direction | null) ?? 'none';
        const icon = icons.get(th);
        if (icon) icon.textContent = ARROWS[state] ?? ARROWS.none;
      }
    };

    headers.forEach((th, col) => {
      const label = th.textContent?.trim() ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      const text = document.createElement('span');
      text.textContent = label;
      const icon = document.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(text, icon);
      icons.set(th, icon);
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        sortRows(table, col, direction, th.dataset.type === 'number');
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction);
        paint();
        status.textContent = `Sorted by ${label}, ${direction}.`;
      });
    });
    paint();
  }
}
