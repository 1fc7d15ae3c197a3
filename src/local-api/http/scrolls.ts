import { randomBytes } from 'node:crypto';
import { ApiError } from './errors.js';

/** Intercom lets an app hold one open scroll (per resource), which expires after a minute unused. */
export const SCROLL_IDLE_SECONDS = 60;

export type ScrollKind = 'users' | 'leads' | 'companies';

interface OpenScroll {
  param: string;
  /** The last `seq` handed out; the next page starts after it. */
  afterSeq: number;
  touchedAt: number;
}

export class ScrollRegistry {
  private readonly open = new Map<ScrollKind, OpenScroll>();

  constructor(private readonly now: () => number) {}

  /**
   * Where the page for this call starts. Without a param a new scroll opens — refused with 400
   * `scroll_exists` while another one of this kind is open. A param that is unknown or expired is 404.
   */
  begin(kind: ScrollKind, param: string | null): OpenScroll {
    const now = this.now();
    const current = this.open.get(kind);
    const live = current && now - current.touchedAt < SCROLL_IDLE_SECONDS ? current : undefined;
    if (!live && current) this.open.delete(kind);
    if (param === null || param === '') {
      if (live) throw new ApiError(400, 'scroll_exists', 'scroll already exists for this app');
      const fresh: OpenScroll = { param: randomBytes(16).toString('hex'), afterSeq: 0, touchedAt: now };
      this.open.set(kind, fresh);
      return fresh;
    }
    if (!live || live.param !== param) {
      throw new ApiError(404, 'not_found', 'scroll_param not found or expired; start a new scroll', 'scroll_param');
    }
    live.touchedAt = now;
    return live;
  }

  /** Records how far the scroll got; an empty page ends it so a new one can open at once. */
  advance(kind: ScrollKind, scroll: OpenScroll, lastSeq: number | undefined): void {
    if (lastSeq === undefined) {
      this.open.delete(kind);
      return;
    }
    scroll.afterSeq = lastSeq;
    scroll.touchedAt = this.now();
  }
}
