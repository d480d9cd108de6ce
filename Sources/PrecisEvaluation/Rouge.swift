import Foundation
import PrecisText

/// The ROUGE variants computed by `RougeScorer`, named as in Google's rouge-score.
public enum RougeType: String, Sendable, Codable, CaseIterable, Hashable {
    /// Unigram overlap.
    case rouge1
    /// Bigram overlap.
    case rouge2
    /// Longest common subsequence of the whole texts (sentence-level LCS).
    case rougeL
    /// Summary-level LCS: lines of the target against all lines of the prediction, with union LCS.
    case rougeLsum
}

/// Precision, recall and F1 of one ROUGE variant, reported together because each alone is misleading.
public struct RougeScore: Sendable, Codable, Hashable {
    /// Matched units divided by the prediction's units.
    public var precision: Double
    /// Matched units divided by the target's units.
    public var recall: Double
    /// Harmonic mean of precision and recall; 0 when both are 0 (never NaN).
    public var f1: Double

    /// Creates a score from its three values as given.
    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// Creates a score from precision and recall, with F1 computed as rouge-score's
    /// `scoring.fmeasure` does (`2 * p * r / (p + r)`, or 0 when `p + r` is 0).
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// All three values zero: the score of an empty target or prediction.
    public static let zero = RougeScore(precision: 0, recall: 0, f1: 0)
}

/// Computes ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum for one target and one prediction, reproducing Google's rouge-score so numbers are comparable.
///
/// For English the result equals `rouge_scorer.RougeScorer(types, use_stemmer=True).score(target,
/// prediction)` from the PyPI package rouge-score 0.1.2 (see `RougeTokenizer` for the tokens).
/// Japanese uses character tokens and the same formulas. Arguments are in rouge-score's order:
/// the reference (target) first, the system output (prediction) second. Every score is 0 when
/// the target or the prediction has no tokens.
///
/// - ROUGE-N: clipped n-gram counts; precision = matches / prediction n-grams, recall =
///   matches / target n-grams.
/// - ROUGE-L: LCS length over the prediction's and the target's token counts.
/// - ROUGE-Lsum: both texts are split into sentences on newlines (`"\n"`; empty lines are
///   dropped). For each target sentence, the union of one LCS with every prediction sentence
///   is taken (the LCS chosen by rouge-score's backtracking, which decides ties), and its
///   tokens count as hits while both texts still have unused occurrences of that token, as in
///   ROUGE-1.5.5. Precision and recall divide the hits by the prediction's and the target's
///   total token counts.
///
/// Cost, with n and m the target's and the prediction's token counts: ROUGE-N takes O(n + m)
/// time and memory. ROUGE-L takes O(n·m) time and O(min(n, m)) memory. ROUGE-Lsum takes O(n·m)
/// time in total; each sentence pair of lengths a and b keeps a full a·b table of 32-bit
/// integers while that has at most `fullTableLimit` cells (16 MiB) and otherwise only every
/// ⌈√a⌉-th row, about 2·√a·b cells, recomputing the rows it needs. There is no length limit:
/// two unsegmented 100,000-token texts cost 10¹⁰ cell updates (tens of seconds), so callers
/// that score arbitrary input should cap its length themselves.
public struct RougeScorer: Sendable {
    /// The language whose tokenization is used.
    public let language: Language
    /// The variants that `score` computes, in the order given.
    public let types: [RougeType]
    /// The tokenizer used for both texts.
    public let tokenizer: RougeTokenizer

    /// Sentence pairs whose LCS table has at most this many cells keep the whole table.
    static let fullTableLimit = 1 << 22

    /// Creates a scorer for `language` that computes `types` (all four by default).
    public init(language: Language, types: [RougeType] = RougeType.allCases) {
        self.language = language
        self.types = types
        self.tokenizer = RougeTokenizer(language: language)
    }

    /// Returns the tokens ROUGE compares for `text` (stemmed words for English, characters for Japanese).
    public func tokenize(_ text: String) -> [String] {
        tokenizer.tokenize(text)
    }

    /// Scores `prediction` against the reference `target`, one entry per requested type.
    public func score(target: String, prediction: String) -> [RougeType: RougeScore] {
        // Tokens never span a newline, so the whole text's tokens are its lines' tokens in order.
        var vocabulary: [String: Int32] = [:]
        func ids(_ sentences: [[String]]) -> [[Int32]] {
            sentences.map { sentence in
                sentence.map { token in
                    if let id = vocabulary[token] { return id }
                    let id = Int32(vocabulary.count)
                    vocabulary[token] = id
                    return id
                }
            }
        }
        let targetSentences = ids(tokenizer.sentenceTokens(target))
        let predictionSentences = ids(tokenizer.sentenceTokens(prediction))
        let targetTokens = Array(targetSentences.joined())
        let predictionTokens = Array(predictionSentences.joined())
        let vocabularySize = vocabulary.count

        var result: [RougeType: RougeScore] = [:]
        for type in types {
            switch type {
            case .rouge1:
                result[type] = Self.ngramScore(target: targetTokens, prediction: predictionTokens, n: 1)
            case .rouge2:
                result[type] = Self.ngramScore(target: targetTokens, prediction: predictionTokens, n: 2)
            case .rougeL:
                result[type] = Self.lcsScore(target: targetTokens, prediction: predictionTokens)
            case .rougeLsum:
                result[type] = Self.summaryLevelLCSScore(
                    target: targetSentences, prediction: predictionSentences, vocabularySize: vocabularySize)
            }
        }
        return result
    }

    // MARK: ROUGE-N

    /// Clipped n-gram overlap (n is 1 or 2); rouge-score's `_score_ngrams`.
    static func ngramScore(target: [Int32], prediction: [Int32], n: Int) -> RougeScore {
        precondition(n == 1 || n == 2, "only unigrams and bigrams are supported")
        func key(_ tokens: [Int32], _ index: Int) -> Int64 {
            n == 1 ? Int64(tokens[index]) : Int64(tokens[index]) << 32 | Int64(tokens[index + 1])
        }
        let targetCount = max(target.count - n + 1, 0)
        let predictionCount = max(prediction.count - n + 1, 0)
        var remaining: [Int64: Int] = [:]
        remaining.reserveCapacity(targetCount)
        for index in 0..<targetCount { remaining[key(target, index), default: 0] += 1 }
        var matches = 0
        for index in 0..<predictionCount {
            let k = key(prediction, index)
            if let left = remaining[k], left > 0 {
                matches += 1
                remaining[k] = left - 1
            }
        }
        return RougeScore(
            precision: Double(matches) / Double(max(predictionCount, 1)),
            recall: Double(matches) / Double(max(targetCount, 1)))
    }

    // MARK: ROUGE-L

    /// Sentence-level LCS score; rouge-score's `_score_lcs`.
    static func lcsScore(target: [Int32], prediction: [Int32]) -> RougeScore {
        guard !target.isEmpty, !prediction.isEmpty else { return .zero }
        let length = lcsLength(target, prediction)
        return RougeScore(
            precision: Double(length) / Double(prediction.count),
            recall: Double(length) / Double(target.count))
    }

    /// Length of the longest common subsequence, in O(|a|·|b|) time and O(min(|a|, |b|)) memory.
    static func lcsLength(_ a: [Int32], _ b: [Int32]) -> Int {
        let (outer, inner) = a.count >= b.count ? (a, b) : (b, a)
        guard !inner.isEmpty else { return 0 }
        let width = inner.count + 1
        var previous = [Int32](repeating: 0, count: width)
        var current = [Int32](repeating: 0, count: width)
        inner.withUnsafeBufferPointer { inner in
            for symbol in outer {
                previous.withUnsafeBufferPointer { above in
                    current.withUnsafeMutableBufferPointer { row in
                        var left: Int32 = 0
                        for j in 1..<width {
                            let value = inner[j - 1] == symbol ? above[j - 1] + 1 : max(above[j], left)
                            row[j] = value
                            left = value
                        }
                    }
                }
                swap(&previous, &current)
            }
        }
        return Int(previous[width - 1])
    }

    // MARK: ROUGE-Lsum

    /// Summary-level LCS with union LCS and ROUGE-1.5.5's guard against double counting;
    /// rouge-score's `_summary_level_lcs`.
    static func summaryLevelLCSScore(target: [[Int32]], prediction: [[Int32]], vocabularySize: Int) -> RougeScore {
        guard !target.isEmpty, !prediction.isEmpty else { return .zero }
        let targetTotal = target.reduce(0) { $0 + $1.count }
        let predictionTotal = prediction.reduce(0) { $0 + $1.count }
        guard targetTotal > 0, predictionTotal > 0 else { return .zero }

        var targetLeft = [Int32](repeating: 0, count: vocabularySize)
        var predictionLeft = [Int32](repeating: 0, count: vocabularySize)
        for sentence in target { for token in sentence { targetLeft[Int(token)] += 1 } }
        for sentence in prediction { for token in sentence { predictionLeft[Int(token)] += 1 } }

        var hits = 0
        for reference in target where !reference.isEmpty {
            var inUnion = [Bool](repeating: false, count: reference.count)
            for candidate in prediction where !candidate.isEmpty {
                for index in lcsIndices(reference, candidate) { inUnion[index] = true }
            }
            for index in reference.indices where inUnion[index] {
                let token = Int(reference[index])
                if predictionLeft[token] > 0 && targetLeft[token] > 0 {
                    hits += 1
                    predictionLeft[token] -= 1
                    targetLeft[token] -= 1
                }
            }
        }
        return RougeScore(
            precision: Double(hits) / Double(predictionTotal),
            recall: Double(hits) / Double(targetTotal))
    }

    /// Indices into `reference` of the LCS that rouge-score's `lcs_ind` returns, in increasing order.
    ///
    /// Backtracking from the table's last cell: on equal tokens take the diagonal, otherwise
    /// move left when `T[i][j-1] > T[i-1][j]` and up otherwise; this tie-breaking decides which
    /// LCS is returned and so the ROUGE-Lsum union. Tables with more than `fullTableLimit`
    /// cells keep only checkpoint rows and recompute each block of rows during backtracking.
    static func lcsIndices(
        _ reference: [Int32], _ candidate: [Int32], fullTableLimit: Int = RougeScorer.fullTableLimit
    ) -> [Int] {
        let rows = reference.count
        let columns = candidate.count
        guard rows > 0, columns > 0 else { return [] }
        let width = columns + 1

        /// Fills the row at offset `destination` of `table` from the row at `source`, for reference token `symbol`.
        func fillRow(_ table: UnsafeMutableBufferPointer<Int32>, source: Int, destination: Int, symbol: Int32) {
            candidate.withUnsafeBufferPointer { candidate in
                table[destination] = 0
                var left: Int32 = 0
                for j in 1..<width {
                    let value = candidate[j - 1] == symbol
                        ? table[source + j - 1] + 1 : max(table[source + j], left)
                    table[destination + j] = value
                    left = value
                }
            }
        }

        var indices: [Int] = []
        indices.reserveCapacity(min(rows, columns))
        var i = rows
        var j = columns

        let (cells, overflow) = (rows + 1).multipliedReportingOverflow(by: width)
        if !overflow && cells <= fullTableLimit {
            var table = [Int32](repeating: 0, count: cells)
            table.withUnsafeMutableBufferPointer { table in
                for r in 1...rows {
                    fillRow(table, source: (r - 1) * width, destination: r * width, symbol: reference[r - 1])
                }
                while i > 0 && j > 0 {
                    if reference[i - 1] == candidate[j - 1] {
                        indices.append(i - 1)
                        i -= 1
                        j -= 1
                    } else if table[i * width + j - 1] > table[(i - 1) * width + j] {
                        j -= 1
                    } else {
                        i -= 1
                    }
                }
            }
        } else {
            // Checkpoint every k-th row, then recompute one block of at most k + 1 rows at a time.
            let k = max(1, Int(Double(rows).squareRoot().rounded(.up)))
            var checkpoints = [Int32](repeating: 0, count: (rows / k + 1) * width)
            var rolling = [Int32](repeating: 0, count: 2 * width)
            rolling.withUnsafeMutableBufferPointer { rolling in
                checkpoints.withUnsafeMutableBufferPointer { checkpoints in
                    for r in 1...rows {
                        let source = ((r - 1) & 1) * width
                        let destination = (r & 1) * width
                        fillRow(rolling, source: source, destination: destination, symbol: reference[r - 1])
                        if r % k == 0 {
                            let start = (r / k) * width
                            for c in 0..<width { checkpoints[start + c] = rolling[destination + c] }
                        }
                    }
                }
            }
            var block = [Int32](repeating: 0, count: (k + 1) * width)
            block.withUnsafeMutableBufferPointer { block in
                while i > 0 && j > 0 {
                    let base = ((i - 1) / k) * k
                    checkpoints.withUnsafeBufferPointer { checkpoints in
                        let start = (base / k) * width
                        for c in 0..<width { block[c] = checkpoints[start + c] }
                    }
                    if i > base {
                        for r in (base + 1)...i {
                            fillRow(block, source: (r - base - 1) * width, destination: (r - base) * width,
                                    symbol: reference[r - 1])
                        }
                    }
                    while i > base && j > 0 {
                        if reference[i - 1] == candidate[j - 1] {
                            indices.append(i - 1)
                            i -= 1
                            j -= 1
                        } else if block[(i - base) * width + j - 1] > block[(i - base - 1) * width + j] {
                            j -= 1
                        } else {
                            i -= 1
                        }
                    }
                }
            }
        }
        indices.reverse()
        return indices
    }
}
