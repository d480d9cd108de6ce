/// Cosine similarities of all sentence pairs: a dense, symmetric, row-major `count × count` matrix.
///
/// The diagonal is 1 for a sentence with terms and 0 for one without.
public struct SimilarityMatrix: Sendable {
    public let count: Int
    public internal(set) var values: [Float]

    public init(count: Int, values: [Float]) {
        precondition(values.count == count * count, "values must hold count × count entries")
        self.count = count
        self.values = values
    }

    @inline(__always)
    public subscript(i: Int, j: Int) -> Float { values[i * count + j] }

    /// `y = S·x`, by BLAS level 2.
    public func multiply(_ x: [Float]) -> [Float] {
        precondition(x.count == count, "vector length must equal the matrix size")
        var y = [Float](repeating: 0, count: count)
        guard count > 0 else { return y }
        values.withUnsafeBufferPointer { a in
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    BLAS.gemv(m: count, n: count, a: a.baseAddress!, x: xp.baseAddress!, y: yp.baseAddress!)
                }
            }
        }
        return y
    }
}
