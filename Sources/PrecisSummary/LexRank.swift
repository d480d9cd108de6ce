import PrecisVectors

/// Continuous LexRank (Erkan & Radev, 2004): the stationary distribution of a random walk that
/// moves between sentences in proportion to their cosine similarity, or jumps anywhere with
/// probability `teleport`.
///
/// Self-similarity is ignored. A sentence similar to no other (an all-zero row) jumps uniformly,
/// so the walk is always well defined and scores are never NaN. Each step is one BLAS level-2
/// product with the symmetric similarity matrix: `Mᵀp = S·(p ⊘ rowsum)`.
struct LexRank {
    var teleport: Double
    var maxIterations: Int
    var tolerance: Double

    /// Scores summing to 1, one per row of `similarity`.
    /// - Complexity: O(iterations · n²).
    func scores(_ similarity: SimilarityMatrix) -> [Double] {
        let n = similarity.count
        guard n > 0 else { return [] }
        let ones = [Float](repeating: 1, count: n)
        let diagonal = (0..<n).map { similarity[$0, $0] }
        let full = similarity.multiply(ones)
        let rowSums = (0..<n).map { Double(full[$0] - diagonal[$0]) }
        var p = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<maxIterations {
            var q = [Float](repeating: 0, count: n)
            var dangling = 0.0
            for i in 0..<n {
                if rowSums[i] > 1e-12 { q[i] = Float(p[i] / rowSums[i]) } else { dangling += p[i] }
            }
            let walked = similarity.multiply(q)
            var next = [Double](repeating: 0, count: n)
            let base = teleport / Double(n) + (1 - teleport) * dangling / Double(n)
            var total = 0.0
            for i in 0..<n {
                let w = Double(walked[i]) - Double(diagonal[i]) * Double(q[i])
                next[i] = base + (1 - teleport) * max(w, 0)
                total += next[i]
            }
            var change = 0.0
            for i in 0..<n {
                next[i] /= total
                change += abs(next[i] - p[i])
            }
            p = next
            if change < tolerance { break }
        }
        return p
    }
}

/// Centroid scoring: cosine between each sentence and the mean of all sentence vectors.
///
/// For unit vectors, `xᵢ·c = (1/n)·Σⱼ S[i, j]` and `|c|² = (1/n²)·Σᵢⱼ S[i, j]`, so the scores are
/// the row sums of the similarity matrix (one BLAS level-2 product) over the root of their sum.
struct CentroidScorer {
    func scores(_ similarity: SimilarityMatrix) -> [Double] {
        let n = similarity.count
        guard n > 0 else { return [] }
        let sums = similarity.multiply([Float](repeating: 1, count: n)).map(Double.init)
        let total = sums.reduce(0, +)
        guard total > 0 else { return [Double](repeating: 0, count: n) }
        let scale = 1 / total.squareRoot()
        return sums.map { max($0, 0) * scale }
    }
}
