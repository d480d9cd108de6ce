/// A sparse vector: term ids in increasing order with their weights.
public struct SparseVector: Sendable, Hashable, Codable {
    public var indices: [Int32]
    public var values: [Float]

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
