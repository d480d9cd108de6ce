import PrecisVectors

/// Maximal Marginal Relevance (Carbonell & Goldstein, 1998) under a length budget: repeatedly
/// picks the sentence maximising `λ·relevance − (1 − λ)·max similarity to those already picked`,
/// among the ones that still fit; near-duplicates of a picked sentence are never picked.
struct MMRSelector {
    var lambda: Double
    var duplicateThreshold: Float

    /// Indices of the picked sentences, in the order they were picked.
    /// - Parameters:
    ///   - scores: relevance per sentence, higher is better.
    ///   - representatives: only these may be picked (one per near-duplicate group).
    ///   - lengths: each sentence's cost against `limit`.
    func select(scores: [Double], similarity: some SimilarityGraph, representatives: [Bool],
                lengths: [Int], limit: Int) -> [Int] {
        let n = scores.count
        let top = scores.max() ?? 0
        let relevance = scores.map { top > 0 ? $0 / top : 0 }
        var redundancy = [Double](repeating: 0, count: n)
        var open = (0..<n).filter { representatives[$0] && lengths[$0] <= limit }
        var picked: [Int] = []
        var used = 0
        while !open.isEmpty {
            var best = -1
            var bestValue = -Double.infinity
            for i in open {
                let value = lambda * relevance[i] - (1 - lambda) * redundancy[i]
                let rounded = (value * 1e9).rounded() / 1e9
                if rounded > bestValue { bestValue = rounded; best = i }  // first (earliest) wins ties
            }
            guard best >= 0 else { break }  // only NaN scores: nothing can be ranked
            picked.append(best)
            used += lengths[best]
            open.removeAll { i in
                if i == best || used + lengths[i] > limit { return true }
                let s = similarity.similarity(best, i)
                if s >= duplicateThreshold { return true }
                redundancy[i] = max(redundancy[i], Double(s))
                return false
            }
        }
        return picked
    }
}
