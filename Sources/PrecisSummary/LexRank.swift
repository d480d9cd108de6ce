import PrecisVectors

/// Continuous LexRank (Erkan & Radev, 2004): the stationary distribution of a random walk that
/// moves between sentences in proportion to their cosine similarity, or jumps anywhere with
/// probability `teleport`.
///
/// Self-similarity is ignored. A sentence similar to no other (an all-zero row) jumps uniformly,
/// so the walk is always well defined and scores are never NaN. Each step is one product
/// `Mᵀp = Sᵀ·(p ⊘ rowsum)`: BLAS level 2 on the dense matrix, a sparse pass on the
/// nearest-neighbour graph of large inputs.
struct LexRank {
    var teleport: Double
    var maxIterations: Int
    var tolerance: Double

    /// Scores summing to 1, one per row of `similarity`.
    /// - Complexity: O(iterations · n²).
    func scores(_ similarity: some SimilarityGraph) -> [Double] {
        let n = similarity.count
        guard n > 0 else { return [] }
        let rowSums = similarity.edgeWeightSums()
        var p = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<maxIterations {
            var q = [Float](repeating: 0, count: n)
            var dangling = 0.0
            for i in 0..<n {
                if rowSums[i] > 1e-12 { q[i] = Float(p[i] / rowSums[i]) } else { dangling += p[i] }
            }
            let walked = similarity.propagate(q)
            var next = [Double](repeating: 0, count: n)
            let base = teleport / Double(n) + (1 - teleport) * dangling / Double(n)
            var total = 0.0
            for i in 0..<n {
                next[i] = base + (1 - teleport) * max(Double(walked[i]), 0)
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
    func scores(_ similarity: some SimilarityGraph) -> [Double] {
        let n = similarity.count
        guard n > 0 else { return [] }
        let sums = similarity.fullRowSums()
        let total = sums.reduce(0, +)
        guard total > 0 else { return [Double](repeating: 0, count: n) }
        let scale = 1 / total.squareRoot()
        return sums.map { max($0, 0) * scale }
    }
}
