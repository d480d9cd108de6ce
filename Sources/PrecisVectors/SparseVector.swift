/// A sparse vector: term ids in increasing order with their weights.
public struct SparseVector: Sendable, Hashable, Codable {
    /// The ids of the non-zero terms (columns), in increasing order.
    public var indices: [Int32]
    /// The weight of each term in `indices`, at the same position.
    public var values: [Float]

    /// Creates a vector from its term ids and weights (default: the empty vector). The order of
    /// `indices` is not checked; `dot(_:)` needs it increasing.
    /// - Precondition: `indices` and `values` have the same length; otherwise it traps.
    public init(indices: [Int32] = [], values: [Float] = []) {
        precondition(indices.count == values.count, "indices and values must have the same length")
        self.indices = indices
        self.values = values
    }

    /// True when the vector has no non-zero entry.
    public var isEmpty: Bool { indices.isEmpty }

    /// The dot product, merging the two sorted index lists.
    /// - Complexity: O(m + n).
    public func dot(_ other: SparseVector) -> Float {
        var i = 0, j = 0
        var sum: Float = 0
        while i < indices.count && j < other.indices.count {
            let a = indices[i], b = other.indices[j]
            if a == b { sum += values[i] * other.values[j]; i += 1; j += 1 }
            else if a < b { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// The Euclidean norm.
    public var norm: Float { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}
