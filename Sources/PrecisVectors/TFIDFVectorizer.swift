import Foundation

/// Where IDF weights come from.
public enum IDFSource: Sendable {
    /// From the input itself: each sentence counts as a document (smoothed IDF).
    case input
    /// From a model fitted on a corpus.
    case model(IDFModel)
}

/// Sentence × term TF-IDF vectors, L2-normalised, with the vocabulary that names the columns.
public struct TFIDFMatrix: Sendable {
    /// One vector per sentence; an empty vector for a sentence without terms.
    public let rows: [SparseVector]
    /// Column names: `terms[id]` is the term with id `id`.
    public let terms: [String]
    /// How many rows each term occurs in.
    public let rowFrequency: [Int32]

    /// Number of distinct terms: the number of columns.
    public var termCount: Int { terms.count }
}

/// Builds sparse TF-IDF sentence vectors.
///
/// Weight of term `t` in sentence `s`: `tf(t, s) · idf(t)`, where `tf` is the raw count or, with
/// `sublinearTF`, `1 + ln(count)`; each vector is then divided by its L2 norm.
public struct TFIDFVectorizer: Sendable {
    /// Where the IDF weights come from: the sentences being vectorized, or a fitted model.
    public var idf: IDFSource
    /// Whether `tf` is `1 + ln(count)` rather than the raw count of the term in the sentence.
    public var sublinearTF: Bool

    /// Creates a vectorizer; by default IDF comes from the input and `tf` is sublinear.
    public init(idf: IDFSource = .input, sublinearTF: Bool = true) {
        self.idf = idf
        self.sublinearTF = sublinearTF
    }

    /// Vectorizes tokenized sentences.
    /// - Parameter sentences: each sentence's terms, with repeats.
    /// - Complexity: O(total terms · log terms per sentence).
    public func vectorize(_ sentences: [[String]]) -> TFIDFMatrix {
        var ids: [String: Int32] = [:]
        var terms: [String] = []
        var rowTerms: [[(Int32, Int32)]] = []
        rowTerms.reserveCapacity(sentences.count)
        var rowFrequency: [Int32] = []
        for sentence in sentences {
            var counts: [Int32: Int32] = [:]
            for term in sentence {
                let id: Int32
                if let known = ids[term] { id = known } else {
                    id = Int32(terms.count)
                    ids[term] = id
                    terms.append(term)
                    rowFrequency.append(0)
                }
                counts[id, default: 0] += 1
            }
            let sorted = counts.sorted { $0.key < $1.key }
            for (id, _) in sorted { rowFrequency[Int(id)] += 1 }
            rowTerms.append(sorted.map { ($0.key, $0.value) })
        }
        let weights: [Float]
        switch idf {
        case .input:
            let n = Double(sentences.count)
            weights = rowFrequency.map { Float(log((1 + n) / (1 + Double($0))) + 1) }
        case .model(let model):
            weights = terms.map { Float(model.idf($0)) }
        }
        let rows = rowTerms.map { entries -> SparseVector in
            var indices: [Int32] = []
            var values: [Float] = []
            indices.reserveCapacity(entries.count)
            values.reserveCapacity(entries.count)
            var squares: Float = 0
            for (id, count) in entries {
                let tf = sublinearTF ? 1 + log(Float(count)) : Float(count)
                let w = tf * weights[Int(id)]
                indices.append(id)
                values.append(w)
                squares += w * w
            }
            if squares > 0 {
                let scale = 1 / squares.squareRoot()
                for k in values.indices { values[k] *= scale }
            }
            return SparseVector(indices: indices, values: values)
        }
        return TFIDFMatrix(rows: rows, terms: terms, rowFrequency: rowFrequency)
    }
}
