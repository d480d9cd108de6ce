/// Cosine similarities of all sentence pairs: a dense, symmetric, row-major `count × count` matrix.
///
/// The diagonal is 1 for a sentence with terms and 0 for one without.
public struct SimilarityMatrix: Sendable {
    public let count: Int
    let storage: MatrixStorage

    /// Creates a matrix of `count × count` entries from `values`, row by row (copied; symmetry
    /// is not checked).
    /// - Precondition: `values.count == count * count`; otherwise it traps.
    public init(count: Int, values: [Float]) {
        precondition(values.count == count * count, "values must hold count × count entries")
        self.count = count
        storage = MatrixStorage(count: values.count)
        for (k, v) in values.enumerated() { storage.pointer[k] = v }
    }

    /// Wraps storage a kernel filled.
    init(count: Int, storage: MatrixStorage) {
        precondition(storage.count == count * count, "storage must hold count × count entries")
        self.count = count
        self.storage = storage
    }

    /// All entries, row by row (a copy).
    public var values: [Float] { Array(UnsafeBufferPointer(start: storage.pointer, count: count * count)) }

    /// The entry in row `i`, column `j`: the cosine similarity of sentences `i` and `j`.
    /// Both indices must be in `0..<count`; they are not checked.
    @inline(__always)
    public subscript(i: Int, j: Int) -> Float { storage.pointer[i * count + j] }

    /// `y = S·x`, by BLAS level 2.
    public func multiply(_ x: [Float]) -> [Float] {
        precondition(x.count == count, "vector length must equal the matrix size")
        var y = [Float](repeating: 0, count: count)
        guard count > 0 else { return y }
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                BLAS.gemv(m: count, n: count, a: storage.pointer, x: xp.baseAddress!, y: yp.baseAddress!)
            }
        }
        return y
    }
}
