/**
 * The bar chart of figures: one panel per group of comparable figures (same
 * kind, unit and currency), bars to scale within a panel only. Each bar is
 * labelled with the figure as written and the source that states it; a range
 * (`two to three percent`) is drawn solid to its lower bound and lighter to
 * its upper bound.
 */
import { type Picture, type Shape, clip, label, r1 } from './picture.ts';

export interface BarGroup {
  label: string;
  bars: { text: string; source: string; value: number; max: number | null }[];
}

const WIDTH = 340;
const PAD = 4;
const BAR = 12;

export function barsPicture(id: string, groups: readonly BarGroup[], title = 'Figures compared'): Picture {
  const shapes: Shape[] = [];
  const track = WIDTH - 2 * PAD;
  let y = 4;
  for (const group of groups) {
    shapes.push(label(PAD, y + 14, clip(group.label, 44), ['pic-text', 'pic-strong']));
    y += 24;
    const top = Math.max(...group.bars.map((b) => b.max ?? b.value), 0);
    for (const bar of group.bars) {
      shapes.push(label(PAD, y + 12, clip(`${bar.text} · ${bar.source}`, 46), ['pic-text']));
      y += 18;
      const scale = top > 0 ? track / top : 0;
      const solid = Math.max(2, bar.value * scale);
      shapes.push({ kind: 'rect', x: PAD, y: r1(y), width: r1(track), height: BAR, cls: 'pic-track' });
      shapes.push({ kind: 'rect', x: PAD, y: r1(y), width: r1(solid), height: BAR, cls: 'pic-bar' });
      if (bar.max !== null && bar.max > bar.value) {
        shapes.push({ kind: 'rect', x: r1(PAD + solid), y: r1(y), width: r1(Math.max(1, (bar.max - bar.value) * scale)), height: BAR, cls: 'pic-bar-range' });
      }
      y += BAR + 10;
    }
    y += 8;
  }
  const count = groups.reduce((n, g) => n + g.bars.length, 0);
  return {
    id,
    title,
    desc: `${count} ${count === 1 ? 'figure' : 'figures'} in ${groups.length} ${groups.length === 1 ? 'group' : 'groups'} of comparable figures (${groups
      .map((g) => g.label)
      .join('; ')}). Bars are to scale within a group, not across groups. The same figures are listed in the table beside the picture.`,
    width: WIDTH,
    height: Math.max(40, Math.ceil(y)),
    shapes,
  };
}
