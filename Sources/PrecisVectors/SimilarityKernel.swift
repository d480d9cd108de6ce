import Dispatch

/// How the cosine similarity matrix is computed.
public enum SimilarityKernel: String, Sendable, Codable, CaseIterable {
    /// Inverted index: accumulates products over the sentences sharing each term.
    case sparse
    /// BLAS `ssyrk` on the dense sentence × term matrix restricted to terms in two or more sentences.
    case dense
    /// Picks the cheaper of the two from the input's shape (see `SimilarityCost`).
    case automatic

    /// The cosine similarity matrix of L2-normalised rows, and the kernel actually used.
    public func similarities(of matrix: TFIDFMatrix) -> (matrix: SimilarityMatrix, kernel: SimilarityKernel) {
        switch self {
        case .sparse: return (SparseSimilarity.compute(matrix), .sparse)
        case .dense: return (DenseSimilarity.compute(matrix), .dense)
        case .automatic:
            let choice = SimilarityCost(matrix).cheaper
            return choice.similarities(of: matrix)
        }
    }
}

/// Estimated cost of each kernel for one input, in seconds on a typical 2-core machine with
/// OpenBLAS; the constants were measured with the benchmark target (see Benchmarks/README.md).
public struct SimilarityCost: Sendable {
    /// Multiply-adds the sparse kernel performs: Σ over terms of df² (each row accumulates its
    /// own products).
    public let sparsePairs: Double
    /// Sentences and shared terms (df ≥ 2): the dense matrix is `sentences × sharedTerms`.
    public let sentences: Double
    /// Number of terms that occur in two or more sentences: the width of the dense matrix.
    public let sharedTerms: Double

    /// Estimates both kernels' costs for `matrix` from its terms' row frequencies (O(terms)).
    public init(_ matrix: TFIDFMatrix) {
        var pairs = 0.0
        var shared = 0.0
        for df in matrix.rowFrequency where df >= 2 {
            pairs += Double(df) * Double(df)
            shared += 1
        }
        sparsePairs = pairs
        sentences = Double(matrix.rows.count)
        sharedTerms = shared
    }

    /// Seconds per scattered multiply-add of the sparse kernel.
    static let sparsePerPair = 0.8e-9
    /// Seconds per multiply-add of `ssyrk` (about 80 GFLOP/s effective with OpenBLAS on 2 cores).
    static let densePerFMA = 0.025e-9
    /// Seconds per element written: building the dense matrix, clearing and mirroring the result.
    static let perElement = 0.4e-9

    /// Estimated run time of the sparse kernel, in seconds: its multiply-adds plus writing the
    /// `sentences × sentences` result.
    public var sparseSeconds: Double { sparsePairs * Self.sparsePerPair + sentences * sentences * Self.perElement }
    /// Estimated run time of the dense kernel, in seconds: the `ssyrk` multiply-adds, building
    /// the `sentences × sharedTerms` matrix, and clearing and mirroring the result.
    public var denseSeconds: Double {
        sentences * sentences * sharedTerms / 2 * Self.densePerFMA
            + sentences * sharedTerms * Self.perElement + sentences * sentences * Self.perElement
    }

    /// The kernel expected to be faster.
    public var cheaper: SimilarityKernel { denseSeconds < sparseSeconds ? .dense : .sparse }
}

/// The inverted-index kernel: each row accumulates the products over the postings of its
/// terms into its own contiguous slice of the output, rows spread over all cores. Every row is
/// computed alone, in the same order, so the result does not depend on the thread count.
enum SparseSimilarity {
    static func compute(_ matrix: TFIDFMatrix) -> SimilarityMatrix {
        let n = matrix.rows.count
        let postings = Postings(matrix)
        let rows = matrix.rows
        let storage = MatrixStorage(count: n * n)  // zero-filled
        let out = DisjointSlots(storage.pointer)
        let chunks = max(1, min(256, n / 32))
        let size = (n + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lo = chunk * size, hi = min(n, lo + size)
            guard lo < hi else { return }
            postings.rows.withUnsafeBufferPointer { pr in
                postings.weights.withUnsafeBufferPointer { pw in
                    for i in lo..<hi {
                        let base = out.base + i * n
                        let row = rows[i]
                        for (k, id) in row.indices.enumerated() {
                            let w = row.values[k]
                            let t = Int(id)
                            for p in postings.starts[t]..<postings.starts[t + 1] {
                                base[Int(pr[p])] += w * pw[p]
                            }
                        }
                        base[i] = row.isEmpty ? 0 : 1
                    }
                }
            }
        }
        return SimilarityMatrix(count: n, storage: storage)
    }
}

/// The inverted index of a TF-IDF matrix in CSC form: for each term, the rows containing it
/// (increasing) and their weights.
struct Postings: Sendable {
    let starts: [Int]
    let rows: [Int32]
    let weights: [Float]

    init(_ matrix: TFIDFMatrix) {
        let termCount = matrix.termCount
        var starts = [Int](repeating: 0, count: termCount + 1)
        for row in matrix.rows { for id in row.indices { starts[Int(id) + 1] += 1 } }
        for t in 0..<termCount { starts[t + 1] += starts[t] }
        var fill = starts
        var rows = [Int32](repeating: 0, count: starts[termCount])
        var weights = [Float](repeating: 0, count: starts[termCount])
        for (r, row) in matrix.rows.enumerated() {
            for (k, id) in row.indices.enumerated() {
                let p = fill[Int(id)]
                rows[p] = Int32(r)
                weights[p] = row.values[k]
                fill[Int(id)] = p + 1
            }
        }
        self.starts = starts
        self.rows = rows
        self.weights = weights
    }
}

/// The BLAS kernel: `ssyrk` over blocks of shared-term columns.
enum DenseSimilarity {
    /// Largest dense block built at once, in floats (64 MiB).
    static let blockFloats = 16 << 20

    static func compute(_ matrix: TFIDFMatrix, blockFloats: Int = blockFloats) -> SimilarityMatrix {
        let n = matrix.rows.count
        let storage = MatrixStorage(count: n * n)
        guard n > 0 else { return SimilarityMatrix(count: 0, storage: storage) }
        // Columns: terms in at least two rows; others only touch the diagonal.
        var column = [Int32](repeating: -1, count: matrix.termCount)
        var shared = 0
        for (t, df) in matrix.rowFrequency.enumerated() where df >= 2 {
            column[t] = Int32(shared)
            shared += 1
        }
        if shared > 0 {
            let width = max(1, min(shared, blockFloats / max(n, 1)))
            var block = [Float](repeating: 0, count: n * width)
            var first = 0
            while first < shared {
                let last = min(shared, first + width)
                let k = last - first
                for i in 0..<(n * k) { block[i] = 0 }
                for (r, row) in matrix.rows.enumerated() {
                    for (p, id) in row.indices.enumerated() {
                        let c = Int(column[Int(id)])
                        if c >= first && c < last { block[r * k + (c - first)] = row.values[p] }
                    }
                }
                block.withUnsafeBufferPointer { a in
                    BLAS.syrkUpper(n: n, k: k, a: a.baseAddress!, lda: k, beta: first == 0 ? 0 : 1, c: storage.pointer, ldc: n)
                }
                first = last
            }
        }
        for (i, row) in matrix.rows.enumerated() { storage.pointer[i * n + i] = row.isEmpty ? 0 : 1 }
        mirrorUpper(storage.pointer, n)
        return SimilarityMatrix(count: n, storage: storage)
    }
}

/// Copies the upper triangle of a row-major `n × n` matrix onto the lower one, in square tiles
/// so that both the reads and the strided writes stay in cache.
func mirrorUpper(_ m: UnsafeMutablePointer<Float>, _ n: Int) {
    let tile = 64
    var bi = 0
    while bi < n {
        var bj = bi
        while bj < n {
            for i in bi..<min(bi + tile, n) {
                let from = bj == bi ? i + 1 : bj
                let to = min(bj + tile, n)
                if from < to {
                    for j in from..<to { m[j * n + i] = m[i * n + j] }
                }
            }
            bj += tile
        }
        bi += tile
    }
}
