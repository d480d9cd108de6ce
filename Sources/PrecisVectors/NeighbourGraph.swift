import Dispatch

/// A sparse similarity graph for large inputs: each sentence keeps its `k` most similar
/// sentences (ties to the earlier one) and up to `k` more at or above `keepAbove`.
///
/// Built row by row with the inverted-index kernel, rows spread over all cores (each row is
/// computed alone, so the result does not depend on the thread count); memory is O(n·k)
/// instead of the n² floats of the dense matrix (1.6 GB at 20,000 sentences). Exact row sums
/// are kept for centroid scoring, and `similarity(_:_:)` is exact for any pair.
public struct NeighbourGraph: SimilarityGraph {
    public let count: Int
    /// CSR rows: `columns[rowStarts[i]..<rowStarts[i + 1]]` are row `i`'s neighbours, increasing.
    let rowStarts: [Int]
    let columns: [Int32]
    let weights: [Float]
    let rowSums: [Double]
    let rows: [SparseVector]

    /// Builds the graph of `matrix`'s rows.
    /// - Parameters:
    ///   - matrix: the TF-IDF rows (one per sentence), L2-normalised so dot products are cosines.
    ///   - neighbours: `k`, the neighbours kept per sentence.
    ///   - keepAbove: up to `k` more similarities at or above this are kept (near-duplicates).
    /// - Complexity: O(Σ over terms of df²) time, O(n·k) memory plus O(n) per core.
    public init(_ matrix: TFIDFMatrix, neighbours: Int, keepAbove: Float) {
        precondition(neighbours >= 1, "neighbours must be at least 1")
        let n = matrix.rows.count
        count = n
        rows = matrix.rows
        let index = Postings(matrix)
        // Rows in chunks; each chunk writes only its own slots.
        let chunkCount = max(1, min(64, n / 64))
        let chunkSize = (n + chunkCount - 1) / max(chunkCount, 1)
        let perRow = UnsafeMutableBufferPointer<[(Int32, Float)]>.allocate(capacity: n)
        perRow.initialize(repeating: [])
        let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        sums.initialize(repeating: 0)
        defer {
            perRow.deinitialize()
            perRow.deallocate()
            sums.deallocate()
        }
        let rowsCopy = matrix.rows
        let postings = index
        let rowOutput = DisjointSlots(perRow.baseAddress!), sumOutput = DisjointSlots(sums.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: n == 0 ? 0 : chunkCount) { chunk in
            let lo = chunk * chunkSize, hi = min(n, lo + chunkSize)
            guard lo < hi else { return }
            var acc = [Float](repeating: 0, count: n)
            var touched: [Int32] = []
            touched.reserveCapacity(1024)
            postings.rows.withUnsafeBufferPointer { pr in
                postings.weights.withUnsafeBufferPointer { pw in
                    for i in lo..<hi {
                        let row = rowsCopy[i]
                        var selfSum: Float = 0
                        for (k, id) in row.indices.enumerated() {
                            let w = row.values[k]
                            selfSum += w * w
                            let t = Int(id)
                            for p in postings.starts[t]..<postings.starts[t + 1] {
                                let j = Int(pr[p])
                                if j == i { continue }
                                if acc[j] == 0 { touched.append(Int32(j)) }
                                acc[j] += w * pw[p]
                            }
                        }
                        var total = Double(selfSum > 0 ? 1 : 0)
                        for j in touched { total += Double(acc[Int(j)]) }
                        sumOutput.base[i] = total
                        rowOutput.base[i] = NeighbourGraph.strongest(touched, acc, k: neighbours, keepAbove: keepAbove)
                        for j in touched { acc[Int(j)] = 0 }
                        touched.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        var rowStarts = [0]
        rowStarts.reserveCapacity(n + 1)
        var columns: [Int32] = []
        var weights: [Float] = []
        for i in 0..<n {
            for (j, w) in perRow[i] {
                columns.append(j)
                weights.append(w)
            }
            rowStarts.append(columns.count)
        }
        self.rowStarts = rowStarts
        self.columns = columns
        self.weights = weights
        self.rowSums = Array(sums)
    }

    /// The `k` largest entries (ties to the smaller index) plus all at or above `keepAbove`,
    /// sorted by column.
    static func strongest(_ touched: [Int32], _ acc: [Float], k: Int, keepAbove: Float) -> [(Int32, Float)] {
        var picked: [(Int32, Float)]
        if touched.count <= k {
            picked = touched.map { ($0, acc[Int($0)]) }
        } else {
            // A min-heap of the best k by (weight, then lower index wins).
            func better(_ a: (Int32, Float), _ b: (Int32, Float)) -> Bool { a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
            var heap: [(Int32, Float)] = []
            heap.reserveCapacity(k)
            var extra: [(Int32, Float)] = []
            for j in touched {
                let e = (j, acc[Int(j)])
                if heap.count < k {
                    heap.append(e)
                    var c = heap.count - 1
                    while c > 0 { let p = (c - 1) / 2; if better(heap[p], heap[c]) { heap.swapAt(p, c); c = p } else { break } }
                } else if better(e, heap[0]) {
                    if heap[0].1 >= keepAbove { extra.append(heap[0]) }
                    heap[0] = e
                    var c = 0
                    while true {
                        let l = 2 * c + 1, r = l + 1
                        var worst = c
                        if l < heap.count && better(heap[worst], heap[l]) { worst = l }
                        if r < heap.count && better(heap[worst], heap[r]) { worst = r }
                        if worst == c { break }
                        heap.swapAt(c, worst)
                        c = worst
                    }
                } else if e.1 >= keepAbove {
                    extra.append(e)
                }
            }
            // Near-duplicates beyond the k best are kept too, but at most k of them: a sentence
            // repeated thousands of times must not make the graph quadratic.
            extra.sort { better($0, $1) }
            picked = heap + extra.prefix(k)
        }
        picked.sort { $0.0 < $1.0 }
        return picked
    }

    public func similarity(_ i: Int, _ j: Int) -> Float {
        i == j ? (rows[i].isEmpty ? 0 : 1) : rows[i].dot(rows[j])
    }

    public func edgeWeightSums() -> [Double] {
        (0..<count).map { i in (rowStarts[i]..<rowStarts[i + 1]).reduce(0.0) { $0 + Double(weights[$1]) } }
    }

    public func propagate(_ q: [Float]) -> [Float] {
        var y = [Float](repeating: 0, count: count)
        for i in 0..<count where q[i] != 0 {
            let qi = q[i]
            for p in rowStarts[i]..<rowStarts[i + 1] { y[Int(columns[p])] += qi * weights[p] }
        }
        return y
    }

    public func fullRowSums() -> [Double] { rowSums }

    /// Pairs kept by either end, as `(smaller, larger)`, in order.
    public func pairs(atLeast threshold: Float) -> [(Int, Int)] {
        var seen = Set<Int>()
        var result: [(Int, Int)] = []
        for i in 0..<count {
            for p in rowStarts[i]..<rowStarts[i + 1] where weights[p] >= threshold {
                let j = Int(columns[p])
                let a = min(i, j), b = max(i, j)
                if seen.insert(a * count + b).inserted { result.append((a, b)) }
            }
        }
        return result.sorted { $0 < $1 }
    }

    /// Edges stored, for reports.
    public var edgeCount: Int { columns.count }
}

/// Output slots that concurrent workers fill, each worker its own disjoint indices.
struct DisjointSlots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    init(_ base: UnsafeMutablePointer<T>) { self.base = base }
}
