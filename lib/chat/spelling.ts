/** Typo repair: a query word the course never uses is matched to the nearest word it does use. */

/** Optimal string alignment distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/** The course word nearest to `word` (one edit, two for long words), most frequent on ties. */
export function correctWord(word: string, vocabulary: Map<string, number>): string | null {
  if (word.length < 5 || vocabulary.has(word)) return null;
  const max = word.length >= 7 ? 2 : 1;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [candidate, count] of vocabulary) {
    // A typo rarely changes the first letter; requiring it keeps "sort" from becoming "port".
    if (candidate.length < 4 || candidate[0] !== word[0]) continue;
    const d = editDistance(word, candidate, max);
    const score = d - Math.min(count, 50) / 100;
    if (d <= max && score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best ?? completeWord(word, vocabulary);
}

/** A cut-short word ("setsock", "recvf", "reuseadd") completed to the most frequent course word it starts. */
function completeWord(word: string, vocabulary: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [candidate, count] of vocabulary)
    if (candidate.length > word.length && candidate.startsWith(word) && count > bestCount)
      [best, bestCount] = [candidate, count];
  return best;
}
