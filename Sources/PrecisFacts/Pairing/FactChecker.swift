import Foundation
import PrecisText
import PrecisVectors

/// Settings of the fact checker; the defaults are the evaluated choice.
public struct FactCheckOptions: Sendable {
    /// Minimum evidence that two figures measure the same thing: half the cosine similarity of
    /// their contexts, plus 0.3 for a shared measure concept, 0.1 for the same ratio base and 0.1
    /// for the same explicitly named entity.
    public var minimumSimilarity: Double = 0.35
    /// The same, for years and dates, which name events rather than measure quantities.
    public var minimumEventSimilarity: Double = 0.55
    /// The same, for two figures of one document.
    public var minimumSameDocumentSimilarity: Double = 0.55
    /// Pairs whose confidence is lower are left out of the report.
    public var minimumConfidence: Double = 0.3
    /// Each figure takes part in at most this many pairs (its best-supported ones).
    public var maximumPairsPerFigure: Int = 8
    /// Groups of one kind and dimension up to this size are compared pair by pair (O(n²)).
    public var exhaustivePairingLimit: Int = 1_000
    /// Above it, each figure is compared with this many following figures of its group.
    public var pairingWindow: Int = 64
    /// Weight of a measure concept (`@defence`) relative to an ordinary context term's TF-IDF.
    public var conceptWeight: Double = 3
    public init() {}
}

/// Cross-checks figures between sources (and within one): pairs the figures that measure the
/// same thing and says whether they agree.
///
/// Two figures are paired when they have the same kind and dimension (percent with percent;
/// money in the same currency, scales normalized, never converted; counts of people with counts
/// of people), no conflicting entity, ratio base or measure concept, and similar contexts (TF-IDF
/// cosine of the words around them, plus language-independent concept terms). Figures of one
/// sentence are not paired with each other ("from 2.6% to 3.8%"). A pair's verdict is
/// `notComparable` when the time or the modality differs, else `consistent` when the values'
/// stated precision intervals overlap and `conflict` when they do not.
public struct FactChecker: Sendable {
    public var options: FactCheckOptions

    public init(options: FactCheckOptions = FactCheckOptions()) {
        self.options = options
    }

    /// Every figure of a document: the comparable ones with what they measure, the others
    /// (ordinals, names, times, markers) as extracted, and numbers rejected with a reason.
    /// - Throws: `FactCheckError.model` when the bundled lexicon cannot be loaded.
    public func figures(in document: Document) throws(FactCheckError) -> (measured: [SourcedFigure], other: [Figure], rejected: [RejectedNumber]) {
        let lexicon: FactLexicon
        do { lexicon = try FactLexicon.bundled() } catch { throw .model(error) }
        let extraction = FigureExtractor().extract(from: document)
        let measured = MeasureReader(lexicon: lexicon).read(document, figures: extraction.figures)
        return (measured, extraction.figures.filter { !$0.isComparable }, extraction.rejected)
    }

    /// Extracts figures from every document and compares them.
    /// - Throws: `FactCheckError` for duplicate document ids or a bundled model that cannot be loaded.
    public func check(_ documents: [Document]) throws(FactCheckError) -> FactCheckReport {
        let lexicon: FactLexicon
        do {
            lexicon = try FactLexicon.bundled()
            for language in Set(documents.map(\.language)) {
                _ = try Tokenizer.bundled(for: language)
                _ = try IDFModel.bundled(for: language)
            }
        } catch { throw .model(error) }
        var sourced: [SourcedFigure] = []
        var rejected: [RejectedNumber] = []
        var ids = Set<String>()
        for document in documents {
            guard ids.insert(document.id).inserted else { throw .duplicateDocumentID(document.id) }
            let listing = try figures(in: document)
            rejected += listing.rejected
            sourced += listing.measured
        }
        // A year or date in a sentence that also states a quantity is that quantity's time
        // (「失業率は2024年に3.1%」), not an event of its own: such figures are not compared.
        var quantitySentences = Set<String>()
        for s in sourced where !Self.isEvent(s.figure) { quantitySentences.insert("\(s.document)#\(s.sentence)") }
        let timeQualifiers = Set(sourced.indices.filter { Self.isEvent(sourced[$0].figure) && quantitySentences.contains("\(sourced[$0].document)#\(sourced[$0].sentence)") })
        let languages = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.language) })
        let vectors = sourced.map { contextVector($0, language: languages[$0.document] ?? .en) }
        // Candidate pairs as (i, j) indices into `sourced`, which is in input order, so (i, j)
        // order is document order.
        var candidates: [(i: Int, j: Int, score: PairScore)] = []
        let conceptSets = sourced.map { Set($0.measure.concepts) }
        // Decimal arithmetic is slow: intervals and approximate magnitudes once per figure.
        let intervals = sourced.map { ValueInterval($0.figure) }
        let magnitudes = sourced.map { abs(NSDecimalNumber(decimal: $0.figure.value).doubleValue) }
        let groups = Dictionary(grouping: sourced.indices) { dimension(sourced[$0], lexicon) }
        for key in groups.keys.sorted() {
            let members = groups[key]!
            // All pairs of a group, unless it is huge (a table of thousands of percentages):
            // then each figure is compared with the next `pairingWindow` of its kind, in input order.
            let window = members.count > options.exhaustivePairingLimit ? options.pairingWindow : members.count
            for x in 0..<members.count {
                for y in (x + 1)..<max(min(members.count, x + 1 + window), x + 1) {
                    let i = members[x], j = members[y]
                    if timeQualifiers.contains(i) || timeQualifiers.contains(j) { continue }
                    if let c = compare(sourced[i], sourced[j], similarity: vectors[i].dot(vectors[j]),
                                       concepts: (conceptSets[i], conceptSets[j]), intervals: (intervals[i], intervals[j]),
                                       magnitudes: (magnitudes[i], magnitudes[j])) {
                        candidates.append((i, j, c))
                    }
                }
            }
        }
        // Each figure keeps its `maximumPairsPerFigure` best-supported pairs, so that a table of
        // a thousand percentages does not yield half a million "consistent" pairs.
        candidates.sort { $0.score.evidence != $1.score.evidence ? $0.score.evidence > $1.score.evidence : ($0.i, $0.j) < ($1.i, $1.j) }
        var used = [Int](repeating: 0, count: sourced.count)
        candidates = candidates.filter { c in
            guard used[c.i] < options.maximumPairsPerFigure, used[c.j] < options.maximumPairsPerFigure else { return false }
            used[c.i] += 1
            used[c.j] += 1
            return true
        }
        candidates.sort { ($0.i, $0.j) < ($1.i, $1.j) }
        let comparisons = candidates.map { comparison(sourced[$0.i], sourced[$0.j], $0.score) }
        return FactCheckReport(figures: sourced, conflicts: comparisons.filter { $0.verdict == .conflict },
                               consistent: comparisons.filter { $0.verdict == .consistent },
                               notComparable: comparisons.filter { $0.verdict == .notComparable }, rejected: rejected)
    }

    static func isEvent(_ f: Figure) -> Bool { f.kind == .year || f.kind == .date }

    /// Kind and dimension: figures are only compared within one of these.
    func dimension(_ s: SourcedFigure, _ lexicon: FactLexicon) -> String {
        let f = s.figure
        switch f.kind {
        case .money: return "money:\(f.unit ?? "?")"
        case .count:
            let unit = f.unit ?? ""
            let people = lexicon.entries[.person]?.contains { $0.term.lowercased() == unit.lowercased() } ?? false
            return people ? "count:people" : "count:\(unit.lowercased())"
        case .quantity, .duration: return "\(f.kind.rawValue):\(f.unit?.lowercased() ?? "")"
        default: return f.kind.rawValue
        }
    }

    /// Context terms around the figure, TF-IDF weighted (bundled model of the document's
    /// language), plus measure concepts and the ratio base; L2-normalised.
    func contextVector(_ s: SourcedFigure, language: Language) -> ContextVector {
        let bytes = Array(s.sentenceText.utf8)
        let lo = s.start - s.sentenceStart, hi = s.end - s.sentenceStart
        // The figure's own clause (the words between it and its neighbouring figures) says what
        // it measures: 「死者309人、行方不明者298人」. It weighs double; the wider context adds
        // the sentence's topic. Years and dates name events and use their clause alone
        // ("2026年に…創設" is not "2030年までの…移管").
        let event = s.figure.kind == .year || s.figure.kind == .date
        let clauseLeft = MeasureReader.window(bytes, max(s.previousFigureEnd - s.sentenceStart, lo - MeasureReader.modalityBytes), lo)
        let clauseRight = MeasureReader.window(bytes, hi, min(s.nextFigureStart - s.sentenceStart, hi + MeasureReader.modalityBytes))
        let left = MeasureReader.window(bytes, lo - MeasureReader.contextBytes, lo)
        let right = MeasureReader.window(bytes, hi, hi + MeasureReader.contextBytes)
        func text(_ a: Range<Int>, _ b: Range<Int>) -> String {
            String(decoding: bytes[a], as: UTF8.self) + " " + String(decoding: bytes[b], as: UTF8.self)
        }
        var weights: [String: Double] = [:]
        // Both load once per process; check(_:) has made sure they can.
        if let tokenizer = try? Tokenizer.bundled(for: language), let model = try? IDFModel.bundled(for: language) {
            for (part, weight) in [(text(clauseLeft, clauseRight), 2.0), (event ? "" : text(left, right), 1.0)] {
                for term in tokenizer.terms(in: part) where !term.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
                    weights[term, default: 0] += weight * model.idf(term)
                }
            }
        }
        for concept in s.measure.concepts { weights[concept, default: 0] += options.conceptWeight * 4 }
        if let base = s.measure.base { weights["#base:" + base, default: 0] += options.conceptWeight * 2 }
        return ContextVector(weights)
    }

    /// The verdict and scores of a candidate pair, before the full comparison is built.
    struct PairScore {
        var verdict: Verdict
        var reason: String
        var evidence: Double
        var confidence: Double
    }

    /// Scores a pair, or `nil` when the two figures do not measure the same thing.
    func compare(_ a: SourcedFigure, _ b: SourcedFigure, similarity: Double, concepts: (Set<String>, Set<String>),
                 intervals: (ValueInterval, ValueInterval), magnitudes: (Double, Double)) -> PairScore? {
        if a.document == b.document && a.sentence == b.sentence { return nil }
        let ma = a.measure, mb = b.measure
        // Different entities are different measures, unless one was only carried over from an
        // earlier sentence (a guess).
        if let ea = ma.entity, let eb = mb.entity, ea != eb, !ma.entityInherited, !mb.entityInherited { return nil }
        if ma.base != mb.base { return nil }
        if !concepts.0.isEmpty && !concepts.1.isEmpty && concepts.0.isDisjoint(with: concepts.1) { return nil }
        let event = a.figure.kind == .year || a.figure.kind == .date
        // Evidence that both measure the same thing: similar words, plus the structured cues.
        let sharedConcept = !concepts.0.isDisjoint(with: concepts.1)
        let sameEntity = ma.entity != nil && ma.entity == mb.entity && !ma.entityInherited && !mb.entityInherited
        let similarity = 0.5 * similarity + (sharedConcept ? 0.3 : 0) + (ma.base != nil ? 0.1 : 0) + (sameEntity ? 0.1 : 0)
        var threshold = event ? options.minimumEventSimilarity : options.minimumSimilarity
        // One source rarely states two values for one measure; parts, steps of a change and
        // other subjects are far more common, so pairs within a document need closer contexts.
        // Two attributed statements ("Reuters said 10", "AP reported 13") are the exception.
        if a.document == b.document && !(ma.attributed && mb.attributed) {
            threshold = max(threshold, options.minimumSameDocumentSimilarity)
        }
        guard similarity >= threshold else { return nil }

        let verdict: Verdict
        let reason: String
        if ma.modality != mb.modality {
            verdict = .notComparable
            reason = "different modality: \(ma.modality.rawValue) vs \(mb.modality.rawValue)"
        } else if let ta = ma.time, let tb = mb.time, ta != tb, !(Set([ta, tb]) == ["now", "this-year"]) {
            verdict = .notComparable
            reason = "different time: \(ta) vs \(tb)"
        } else if (a.figure.value == b.figure.value && a.figure.upper == b.figure.upper)
                    || intervals.0.overlaps(intervals.1) {
            verdict = .consistent
            reason = "equal within the stated precision"
        } else {
            verdict = .conflict
            reason = "outside the stated precision"
        }
        // Approximate relative difference (exact values are only needed for the kept pairs).
        let largest = max(magnitudes.0, magnitudes.1)
        let relative = largest == 0 ? 0 : abs(magnitudes.0 - magnitudes.1) / largest
        var confidence = min(1, similarity / 0.8)
        // Sources that disagree are usually near each other; a value several times another is
        // more often a different measure (a part, a total, a step of a change).
        if verdict == .conflict && relative > 0.5 { confidence *= 1 - (relative - 0.5) }
        if ma.entity == nil || mb.entity == nil || ma.entityInherited || mb.entityInherited { confidence *= 0.85 }
        if a.figure.approximate || b.figure.approximate || a.figure.bound != nil || b.figure.bound != nil { confidence *= 0.9 }
        guard confidence >= options.minimumConfidence else { return nil }
        return PairScore(verdict: verdict, reason: reason, evidence: (similarity * 1000).rounded() / 1000,
                         confidence: (confidence * 100).rounded() / 100)
    }

    /// The full comparison of a kept pair, with exact differences.
    func comparison(_ a: SourcedFigure, _ b: SourcedFigure, _ score: PairScore) -> FigureComparison {
        let difference = abs(a.figure.value - b.figure.value)
        let largest = max(abs(a.figure.value), abs(b.figure.value))
        let relative = largest == 0 ? 0 : (difference / largest as NSDecimalNumber).doubleValue
        return FigureComparison(verdict: score.verdict, measure: a.measure.summary, a: a, b: b, absoluteDifference: difference,
                                relativeDifference: (relative * 1e6).rounded() / 1e6, confidence: score.confidence,
                                evidence: score.evidence, reason: score.reason)
    }
}

/// A normalised sparse context vector: terms in sorted order with their weights, so that sums
/// run in the same order in every process (Swift's hashing is seeded per process).
struct ContextVector {
    let terms: [String]
    let weights: [Double]

    init(_ raw: [String: Double]) {
        let sorted = raw.sorted { $0.key < $1.key }
        let norm = sorted.reduce(0) { $0 + $1.value * $1.value }.squareRoot()
        terms = sorted.map(\.key)
        weights = norm > 0 ? sorted.map { $0.value / norm } : sorted.map { _ in 0 }
    }

    func dot(_ other: ContextVector) -> Double {
        var i = 0, j = 0
        var sum = 0.0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] { sum += weights[i] * other.weights[j]; i += 1; j += 1 }
            else if terms[i] < other.terms[j] { i += 1 } else { j += 1 }
        }
        return sum
    }
}
