import PrecisVectors

/// Near-duplicate sentences (cosine ≥ threshold) grouped by union-find; each group is
/// represented by its first member in input order.
struct DuplicateGroups {
    private var parent: [Int]
    /// `representatives[i]` is true when `i` is the first member of its group.
    private(set) var representatives: [Bool]
    private var groups: [Int: [Int]] = [:]

    init(similarity: some SimilarityGraph, threshold: Float) {
        let n = similarity.count
        parent = Array(0..<n)
        representatives = [Bool](repeating: false, count: n)
        for (i, j) in similarity.pairs(atLeast: threshold) { union(i, j) }
        for i in 0..<n {
            let root = find(i)
            groups[root, default: []].append(i)
        }
        for (_, members) in groups { representatives[members[0]] = true }
    }

    /// The group of `i`, `i` first and the rest in input order.
    func members(of i: Int) -> [Int] {
        var root = i
        while parent[root] != root { root = parent[root] }
        let all = groups[root] ?? [i]
        return [i] + all.filter { $0 != i }
    }

    private mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
