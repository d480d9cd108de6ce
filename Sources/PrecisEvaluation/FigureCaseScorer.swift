import Foundation
import PrecisFacts
import PrecisText

/// Scores the figure extractor on labelled sentences (`FigureCase`).
///
/// A label is *found* when a comparable figure's span overlaps it (one to one, in order). A found
/// figure's *value* is right when value, upper end and denominator are exactly the label's (and
/// its kind is the label's); a *sign or scale error* is a found figure whose value differs from the
/// label's only in sign or by a power of ten, the silent errors that matter most. A comparable
/// figure that overlaps a labelled negative ("F-35", a phone number) counts against precision.
public struct FigureCaseScorer: Sendable {
    /// Counts for one group of cases (a language and split, or one kind within it).
    public struct Counts: Sendable, Equatable {
        /// Labelled figures (a count).
        public var labels = 0
        /// Labels matched, one to one, by an extracted comparable figure whose span overlaps them.
        public var found = 0
        /// Found labels whose figure has exactly the label's value, upper end, denominator and kind.
        public var valueRight = 0
        /// Found labels whose figure has the label's kind.
        public var kindRight = 0
        /// Found labels whose figure's value differs from the label's only in sign or by a power of
        /// ten (3.5 for 35, -3 for 3).
        public var signOrScaleErrors = 0
        /// Comparable figures the extractor found in the sentence; set in the `all` totals only.
        public var extracted = 0
        /// Extracted comparable figures that overlap a labelled negative; set in the `all` totals only.
        public var negativeHits = 0

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(labels: a.labels + b.labels, found: a.found + b.found, valueRight: a.valueRight + b.valueRight,
                   kindRight: a.kindRight + b.kindRight, signOrScaleErrors: a.signOrScaleErrors + b.signOrScaleErrors,
                   extracted: a.extracted + b.extracted, negativeHits: a.negativeHits + b.negativeHits)
        }
    }

    /// Creates a scorer. It has no settings: each case runs a default `FigureExtractor`.
    public init() {}

    /// Counts per labelled kind for one case, plus the case's totals under the key "all".
    public func score(_ c: FigureCase) -> [String: Counts] {
        let document = Document(id: c.id, text: c.text, language: c.language == "ja" ? .ja : .en)
        let system = FigureExtractor().extract(from: document).figures.filter(\.isComparable)
        var result: [String: Counts] = [:]
        var used = Set<Int>()
        for label in c.figures {
            guard let range = SpanLocator.range(of: label.text, occurrence: label.occurrence, in: c.text) else { continue }
            var counts = Counts(labels: 1)
            if let k = system.indices.first(where: { !used.contains($0) && system[$0].start < range.upperBound && range.lowerBound < system[$0].end }) {
                used.insert(k)
                let f = system[k]
                counts.found = 1
                let value = FigureCaseSet.decimal(label.value)
                let exact = f.value == value && f.upper == label.upper.flatMap(FigureCaseSet.decimal)
                    && f.denominator == label.denominator.flatMap(FigureCaseSet.decimal)
                counts.kindRight = f.kind.rawValue == label.kind ? 1 : 0
                counts.valueRight = exact && counts.kindRight == 1 ? 1 : 0
                if let value, f.value != value, Self.differsInSignOrScale(f.value, value) { counts.signOrScaleErrors = 1 }
            }
            result[label.kind, default: Counts()] = result[label.kind, default: Counts()] + counts
            result["all", default: Counts()] = result["all", default: Counts()] + counts
        }
        let negatives = (c.negatives ?? []).compactMap { SpanLocator.range(of: $0, occurrence: 1, in: c.text) }
        var all = result["all", default: Counts()]
        all.extracted = system.count
        all.negativeHits = system.filter { f in negatives.contains { f.start < $0.upperBound && $0.lowerBound < f.end } }.count
        result["all"] = all
        return result
    }

    /// True when `a` is `b` negated or scaled by a power of ten (|a| = |b| × 10^k, k ≠ 0).
    static func differsInSignOrScale(_ a: Decimal, _ b: Decimal) -> Bool {
        if a == -b { return true }
        guard !a.isZero, !b.isZero else { return false }
        var x = abs(a), y = abs(b)
        if x < y { swap(&x, &y) }
        for _ in 0..<40 {
            y *= 10
            if y == x { return true }
            if y > x { return false }
        }
        return false
    }
}
