/**
 * The source page's citation script (browser): opens the metadata box on wide
 * screens, fills a paragraph's citation box from the source's template when it
 * is opened (format menu, the reference and its copy button, the in-text
 * citation and its own), keeps `#cite-p-…` links working, and returns to the
 * paragraph from its box. Without it every citation is still readable.
 * Escape hides the preview of a name linked in the text (shown by CSS on hover
 * and focus) until the pointer leaves that name or focus moves.
 */
import { fillFormats, type TemplateFormat } from './fill.ts';

// The metadata box is open on wide screens (folded on phones, so the text starts in the first screen).
const about = document.querySelector<HTMLDetailsElement>('details.source-about');
if (about && window.matchMedia('(min-width: 48rem)').matches) about.open = true;

const dataText = document.getElementById('cite-paragraph-data')?.textContent ?? '{}';
const data = JSON.parse(dataText) as { template?: TemplateFormat[]; paragraphs?: Record<string, TemplateFormat[]> };
const canCopy = Boolean(navigator.clipboard && window.isSecureContext);
const STYLE_KEY = 'sourcebook-cite-format';

const status = document.createElement('p');
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
document.body.append(status);

/** A copy button for the text of `source` (shown only where copying can work). */
function wireCopy(button: HTMLButtonElement, source: () => string): void {
  if (!canCopy) return;
  button.hidden = false;
  const label = button.textContent;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source());
      button.textContent = 'Copied';
      status.textContent = 'Copied to the clipboard.';
    } catch {
      button.textContent = 'Copy failed';
      status.textContent = 'Could not copy: select the text and copy it instead.';
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
}

/** A "Copy" button after `element`, copying exactly its text. */
function copyButton(element: HTMLElement, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.hidden = true;
  button.setAttribute('aria-label', `Copy ${label}`);
  wireCopy(button, () => element.textContent ?? '');
  return button;
}

for (const element of document.querySelectorAll<HTMLElement>('[data-copy-label]')) {
  if (canCopy) element.after(' ', copyButton(element, element.dataset.copyLabel ?? 'citation'));
}

/** The paragraph a citation box is for: its number, id and permalink, on the box's body. */
function paragraphOf(box: HTMLDetailsElement): { n: number; id: string; permalink: string | null; body: HTMLElement | null } {
  const body = box.querySelector<HTMLElement>('.para-cite-body');
  // The permalink is the page's canonical URL (written only when the site URL is configured) with the paragraph's id.
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const id = body?.dataset.p ?? '';
  return { n: Number(body?.dataset.n), id, permalink: canonical ? `${canonical.replace(/#.*$/, '')}#${id}` : null, body };
}

function formatsFor(box: HTMLDetailsElement): TemplateFormat[] {
  const { id, n } = paragraphOf(box);
  return data.template ? fillFormats(data.template, { id, n }) : (data.paragraphs?.[id] ?? []);
}

/** Fills a paragraph's citation box (once): a format menu, the reference with its copy button, the in-text citation with its own. */
function fill(box: HTMLDetailsElement): void {
  if (box.dataset.filled) return;
  const formats = formatsFor(box);
  if (formats.length === 0) return;
  box.dataset.filled = 'true';
  const { n, id, permalink } = paragraphOf(box);
  const ui = document.createElement('div');
  ui.className = 'cite-fill';
  if (permalink) {
    const where = document.createElement('p');
    const link = document.createElement('a');
    link.href = `#${id}`;
    link.textContent = permalink;
    where.append('Archived at ', link);
    ui.append(where);
  }
  const pick = document.createElement('label');
  pick.className = 'cite-pick';
  pick.append('Format ');
  const select = document.createElement('select');
  for (const f of formats) select.append(new Option(f.label, f.id));
  pick.append(select);
  const pre = document.createElement('pre');
  pre.className = 'cite-text';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy-button';
  copy.hidden = true;
  copy.textContent = 'Copy reference';
  const inText = document.createElement('p');
  inText.className = 'cite-intext';
  const inTextLabel = document.createElement('span');
  const code = document.createElement('code');
  const copyInText = document.createElement('button');
  copyInText.type = 'button';
  copyInText.className = 'copy-button';
  copyInText.hidden = true;
  copyInText.textContent = 'Copy';
  inText.append(inTextLabel, ' ', code, ' ', copyInText);
  const show = (id: string) => {
    const format = formats.find((f) => f.id === id) ?? formats[0]!;
    select.value = format.id;
    pre.textContent = format.text;
    pre.dataset.format = format.id;
    copy.setAttribute('aria-label', `Copy ${format.label} reference for paragraph ${n}`);
    inText.hidden = format.inText === null;
    inTextLabel.textContent = format.id === 'chicago' ? 'Short note:' : 'In the text:';
    code.textContent = format.inText ?? '';
    copyInText.setAttribute('aria-label', `Copy ${format.label} in-text citation for paragraph ${n}`);
  };
  select.addEventListener('change', () => {
    show(select.value);
    try {
      localStorage.setItem(STYLE_KEY, select.value);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this box only.
    }
  });
  wireCopy(copy, () => pre.textContent ?? '');
  wireCopy(copyInText, () => code.textContent ?? '');
  let chosen = 'apa';
  try {
    chosen = localStorage.getItem(STYLE_KEY) ?? chosen;
  } catch {
    // as above
  }
  show(chosen);
  const actions = document.createElement('p');
  actions.className = 'cite-actions';
  actions.append(copy);
  ui.append(pick, pre, actions, inText);
  box.querySelector('.cite-nojs')?.remove();
  box.querySelector('.cite-back')?.before(ui);
}

/** Opens the <details> around the fragment's target (and fills a paragraph's citation). */
function reveal(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let details = target.closest('details');
  if (!details) return;
  while (details) {
    details.open = true;
    if (details.classList.contains('para-cite-box')) fill(details);
    details = details.parentElement?.closest('details') ?? null;
  }
  target.scrollIntoView({ block: 'nearest' });
}
window.addEventListener('hashchange', reveal);
reveal();

for (const box of document.querySelectorAll<HTMLDetailsElement>('details.para-cite-box')) {
  box.addEventListener('toggle', () => {
    if (box.open) fill(box);
  });
  const pid = paragraphOf(box).id;
  const para = document.getElementById(pid);
  const control = para?.querySelector<HTMLAnchorElement>('a.para-cite');
  // The gutter's "cite": opens the citation under the paragraph without moving the paragraph away.
  control?.addEventListener('click', (event) => {
    event.preventDefault();
    box.open = !box.open;
    if (!box.open) return;
    fill(box);
    history.pushState(null, '', `#cite-${pid}`);
    box.scrollIntoView({ block: 'nearest' });
    box.querySelector<HTMLElement>('.para-cite-body')?.focus({ preventScroll: true });
  });
  // "Back to paragraph n": closes the citation and returns to the paragraph and its control.
  box.querySelector<HTMLAnchorElement>('.cite-back a')?.addEventListener('click', (event) => {
    event.preventDefault();
    box.open = false;
    history.pushState(null, '', `#${pid}`);
    para?.scrollIntoView({ block: 'nearest' });
    control?.focus({ preventScroll: true });
  });
}

// A name's preview can be dismissed without moving the pointer or focus (WCAG 1.4.13).
const root = document.documentElement;
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') root.classList.add('previews-off');
});
const previewsBack = (event: Event) => {
  if (event.target instanceof Element && event.target.closest('.para-text a[data-preview]')) root.classList.remove('previews-off');
};
document.addEventListener('focusin', previewsBack);
document.addEventListener('mouseout', previewsBack);
