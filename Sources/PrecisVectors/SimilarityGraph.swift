/// What the summarizer needs from a similarity structure: a dense matrix for small inputs, a
/// sparse nearest-neighbour graph for large ones.
public protocol SimilarityGraph: Sendable {
    /// Number of sentences (nodes).
    var count: Int { get }
    /// Cosine similarity of sentences `i` and `j` (exact, whatever the graph keeps).
    func similarity(_ i: Int, _ j: Int) -> Float
    /// Σⱼ S[i, j] over the graph's edges, self-similarity excluded: the out-weight of each node.
    func edgeWeightSums() -> [Double]
    /// `y[j] = Σᵢ q[i]·S[i, j]` over the graph's edges, self-similarity excluded (one random-walk step).
    func propagate(_ q: [Float]) -> [Float]
    /// Σⱼ S[i, j] over all sentences, self included, exactly: the centroid scores' numerators.
    func fullRowSums() -> [Double]
    /// Pairs `i < j` with similarity at least `threshold`, in order.
    func pairs(atLeast threshold: Float) -> [(Int, Int)]
}

extension SimilarityMatrix: SimilarityGraph {
    public func similarity(_ i: Int, _ j: Int) -> Float { self[i, j] }

    public func edgeWeightSums() -> [Double] {
        let full = multiply([Float](repeating: 1, count: count))
        return (0..<count).map { Double(full[$0] - self[$0, $0]) }
    }

    /// The matrix is symmetric, so `Sᵀq = S·q` (BLAS `sgemv`), less the diagonal's share.
    public func propagate(_ q: [Float]) -> [Float] {
        var y = multiply(q)
        for i in 0..<count { y[i] -= self[i, i] * q[i] }
        return y
    }

    public func fullRowSums() -> [Double] { multiply([Float](repeating: 1, count: count)).map(Double.init) }

    public func pairs(atLeast threshold: Float) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        for i in 0..<count {
            for j in (i + 1)..<max(count, i + 1) where self[i, j] >= threshold { result.append((i, j)) }
        }
        return result
    }
}
