import Foundation
import Testing
@testable import PrecisVectors
import PrecisTestSupport


/// Random tokenized sentences over a Zipf-like vocabulary, some empty.
func randomSentences(_ generator: inout SeededGenerator, count: Int, vocabulary: Int) -> [[String]] {
    (0..<count).map { _ in
        let length = Int.random(in: 0...12, using: &generator)
        return (0..<length).map { _ in
            let r = Double.random(in: 0..<1, using: &generator)
            return "t\(Int(pow(r, 2.5) * Double(vocabulary)))"
        }
    }
}

/// The plain reference: every pair's dot product by merging sorted sparse vectors.
func referenceSimilarity(_ m: TFIDFMatrix) -> [Float] {
    let n = m.rows.count
    var out = [Float](repeating: 0, count: n * n)
    for i in 0..<n {
        for j in 0..<n { out[i * n + j] = i == j ? (m.rows[i].isEmpty ? 0 : 1) : m.rows[i].dot(m.rows[j]) }
    }
    return out
}

@Suite struct SimilarityTests {
    @Test func kernelsMatchReference() {
        for seed in UInt64(1)...UInt64(400) {
            var generator = SeededGenerator(seed: seed)
            let count = Int.random(in: 0...70, using: &generator)
            let vocabulary = Int.random(in: 1...300, using: &generator)
            let sentences = randomSentences(&generator, count: count, vocabulary: vocabulary)
            let matrix = TFIDFVectorizer(idf: .input, sublinearTF: seed % 2 == 0).vectorize(sentences)
            let reference = referenceSimilarity(matrix)
            for kernel in SimilarityKernel.allCases {
                let (result, used) = kernel.similarities(of: matrix)
                #expect(used != .automatic)
                let worst = zip(result.values, reference).map { abs($0 - $1) }.max() ?? 0
                #expect(worst <= 1e-5, "seed \(seed), kernel \(kernel): max difference \(worst)")
            }
        }
    }

    @Test func denseKernelWorksAcrossColumnBlocks() {
        var generator = SeededGenerator(seed: 99)
        let sentences = randomSentences(&generator, count: 300, vocabulary: 5_000)
        let matrix = TFIDFVectorizer().vectorize(sentences)
        let reference = referenceSimilarity(matrix)
        let dense = DenseSimilarity.compute(matrix, blockFloats: 300 * 7)
        let worst = zip(dense.values, reference).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= 1e-5, "max difference \(worst)")
    }

    @Test func symmetricWithUnitDiagonal() {
        let matrix = TFIDFVectorizer().vectorize([["a", "b"], [], ["b", "c"], ["a", "b"]])
        let (s, _) = SimilarityKernel.automatic.similarities(of: matrix)
        #expect(s[0, 0] == 1 && s[1, 1] == 0)
        #expect(abs(s[0, 3] - 1) < 1e-6)
        #expect(s[0, 2] == s[2, 0] && s[0, 2] > 0 && s[0, 2] < 1)
    }

    @Test func automaticChoosesByShape() {
        // Few terms shared by all sentences favour the dense kernel; many rare terms the sparse one.
        let crowded = TFIDFVectorizer().vectorize((0..<400).map { i in ["a", "b", "c", "t\(i % 7)"] })
        #expect(SimilarityCost(crowded).cheaper == .dense)
        let scattered = TFIDFVectorizer().vectorize((0..<400).map { i in ["u\(i)", "v\(i)", "w\(i / 2)"] })
        #expect(SimilarityCost(scattered).cheaper == .sparse)
    }
}

@Suite struct TFIDFTests {
    @Test func smoothedIDFAndNormalisation() {
        let m = TFIDFVectorizer(idf: .input, sublinearTF: false).vectorize([["a", "a", "b"], ["b"]])
        // idf(a) = ln(3/2) + 1, idf(b) = ln(3/3) + 1 = 1; row 0 = (2·idf(a), 1) normalised.
        let ia = Float(log(1.5) + 1)
        let norm = (4 * ia * ia + 1).squareRoot()
        #expect(m.terms == ["a", "b"])
        #expect(abs(m.rows[0].values[0] - 2 * ia / norm) < 1e-6)
        #expect(abs(m.rows[0].values[1] - 1 / norm) < 1e-6)
        #expect(m.rows[1].values == [1])
        #expect(m.rowFrequency == [1, 2])
    }

    @Test func sublinearTF() {
        let m = TFIDFVectorizer(idf: .input, sublinearTF: true).vectorize([["a", "a", "a", "b"], ["b", "c"]])
        let wa = (1 + log(Float(3))) * Float(log(1.5) + 1)
        let wb = Float(1)
        #expect(abs(m.rows[0].values[0] / m.rows[0].values[1] - wa / wb) < 1e-5)
    }
}

@Suite struct NeighbourGraphTests {
    @Test func keepsTheStrongestNeighboursAndExactSums() {
        for seed in UInt64(1)...UInt64(40) {
            var generator = SeededGenerator(seed: seed)
            let sentences = randomSentences(&generator, count: Int.random(in: 1...120, using: &generator), vocabulary: 80)
            let matrix = TFIDFVectorizer().vectorize(sentences)
            let n = matrix.rows.count
            let reference = referenceSimilarity(matrix)
            let k = Int.random(in: 1...10, using: &generator)
            let graph = NeighbourGraph(matrix, neighbours: k, keepAbove: 0.9)
            let sums = graph.fullRowSums()
            for i in 0..<n {
                let row = (0..<n).map { reference[i * n + $0] }
                #expect(abs(sums[i] - row.reduce(0) { $0 + Double($1) }) < 1e-4, "seed \(seed) row \(i)")
                // The kept neighbours are the k largest off-diagonal entries (and all ≥ 0.9).
                let others = (0..<n).filter { $0 != i && row[$0] > 0 }.sorted { row[$0] != row[$1] ? row[$0] > row[$1] : $0 < $1 }
                let expected = Set(others.prefix(k) + others.filter { row[$0] >= 0.9 + 1e-5 })
                let kept = Set((graph.rowStarts[i]..<graph.rowStarts[i + 1]).map { Int(graph.columns[$0]) })
                #expect(expected.isSubset(of: kept), "seed \(seed) row \(i)")
                #expect(kept.count <= max(k, 0) + others.filter { row[$0] >= 0.9 - 1e-5 }.count)
                for j in 0..<n { #expect(abs(graph.similarity(i, j) - row[j]) < 1e-5) }
            }
        }
    }

    @Test func propagateMatchesDenseOnFullGraph() {
        var generator = SeededGenerator(seed: 5)
        let matrix = TFIDFVectorizer().vectorize(randomSentences(&generator, count: 60, vocabulary: 50))
        let dense = SparseSimilarity.compute(matrix)
        let graph = NeighbourGraph(matrix, neighbours: 60, keepAbove: 2)
        let q = (0..<60).map { _ in Float.random(in: 0...1, using: &generator) }
        let a = dense.propagate(q), b = graph.propagate(q)
        #expect(zip(a, b).allSatisfy { abs($0 - $1) < 1e-4 })
        #expect(zip(dense.edgeWeightSums(), graph.edgeWeightSums()).allSatisfy { abs($0 - $1) < 1e-4 })
    }
}
