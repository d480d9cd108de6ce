/// A normalised sparse vector with its keys in sorted order, so that sums run in the same order
/// in every process (Swift's hashing is seeded per process) and a dot product is one merge.
struct SortedSparseVector<Key: Comparable & Hashable> {
    let keys: [Key]
    let weights: [Double]

    /// L2-normalises `raw` (all-zero weights stay zero).
    init(_ raw: [Key: Double]) {
        let sorted = raw.sorted { $0.key < $1.key }
        let norm = sorted.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        keys = sorted.map(\.key)
        weights = norm > 0 ? sorted.map { $0.value / norm } : sorted.map { _ in 0 }
    }

    /// The cosine of two normalised vectors.
    /// - Complexity: O(m + n) for m and n keys.
    func dot(_ other: SortedSparseVector) -> Double {
        var i = 0, j = 0
        var sum = 0.0
        while i < keys.count && j < other.keys.count {
            if keys[i] == other.keys[j] { sum += weights[i] * other.weights[j]; i += 1; j += 1 }
            else if keys[i] < other.keys[j] { i += 1 } else { j += 1 }
        }
        return sum
    }
}

/// Context terms of a figure.
typealias ContextVector = SortedSparseVector<String>
/// Terms of a whole document, as ids of a vocabulary shared by the documents of one check.
typealias DocumentVector = SortedSparseVector<Int32>
