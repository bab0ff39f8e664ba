/**
 * Finds a fixed set of words in texts, leftmost-longest: a character trie walked from each position, with its
 * transitions in one map keyed by (node, character code), so that scanning allocates nothing but its results.
 */
export class WordScanner {
  /** (node × 65,536 + character code) → child node; node 0 is the root. */
  private readonly next = new Map<number, number>();
  /** Whether a node ends a word. */
  private readonly ends: boolean[] = [false];
  /** Whether some word starts with a character (by code): most positions are passed at a glance. */
  private readonly starts = new Uint8Array(65536);

  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.length < 2) continue;
      let node = 0;
      this.starts[w.charCodeAt(0)] = 1;
      for (let i = 0; i < w.length; i++) {
        const key = node * 65536 + w.charCodeAt(i);
        let child = this.next.get(key);
        if (child === undefined) {
          child = this.ends.length;
          this.ends.push(false);
          this.next.set(key, child);
        }
        node = child;
      }
      this.ends[node] = true;
    }
  }

  /** The words found in a text, left to right, none overlapping another. */
  scan(text: string): { word: string; start: number }[] {
    const out: { word: string; start: number }[] = [];
    for (let i = 0; i < text.length; ) {
      if (!this.starts[text.charCodeAt(i)]) {
        i++;
        continue;
      }
      let node = 0;
      let found = 0;
      for (let j = i; j < text.length; j++) {
        const child = this.next.get(node * 65536 + text.charCodeAt(j));
        if (child === undefined) break;
        node = child;
        if (this.ends[node]) found = j + 1 - i;
      }
      if (found) {
        out.push({ word: text.slice(i, i + found), start: i });
        i += found;
      } else i++;
    }
    return out;
  }
}
