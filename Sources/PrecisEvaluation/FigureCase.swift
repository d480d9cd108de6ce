import Foundation
import PrecisText

/// One labelled sentence of `Evaluation/figures/*.jsonl`: every comparable figure in it, and the
/// number-like strings that must not become comparable figures. Format: `Evaluation/SCHEMA.md`.
public struct FigureCase: Sendable, Codable, Equatable {
    /// One labelled figure: its span as written, exact value, kind and qualifiers.
    public struct Label: Sendable, Codable, Equatable {
        /// The figure as written in the sentence, without qualifiers (`400万人`).
        public var text: String
        /// Which occurrence of `text` in the sentence (1-based).
        public var occurrence: Int
        /// Exact decimal string, fully scaled; the lower end of a range; a fraction's numerator.
        public var value: String
        /// A range's upper end as an exact decimal string; nil for a single value.
        public var upper: String?
        /// A fraction's denominator as an exact decimal string (`3分の1` → `"3"`); present for
        /// kind `fraction` and only for it.
        public var denominator: String?
        /// The figure kind, one of the comparable kinds (`percent`, `money`, `count`, `fraction`…);
        /// compared with the extracted figure's kind.
        public var kind: String
        /// The unit, as in fixtures (`人`, `JPY`, `%`); not scored.
        public var unit: String?
        /// True when the sentence marks the figure as approximate (約, about); not scored.
        public var approximate: Bool?
        /// `moreThan`, `atLeast`, `atMost` or `lessThan` when a qualifier bounds the figure
        /// (超, 以上, 以下, 未満); not scored.
        public var bound: String?
    }

    /// The case's id, `ja-fig-NNN` or `en-fig-NNN` (the prefix is the language); unique across
    /// the figure files.
    public var id: String
    /// The corpus record the sentence was copied from.
    public var record: String
    /// `tune` (thresholds may be chosen on it) or `test` (reported, never tuned on).
    public var split: String
    /// Tags of what the sentence exercises (`scale`, `kanji`, `range`, `fraction`…); not scored.
    public var forms: [String]
    /// The sentence, copied byte for byte from `record`; not empty.
    public var text: String
    /// Every comparable figure in the sentence.
    public var figures: [Label]
    /// Substrings with digits or number words that are not comparable figures ("F-35", a phone
    /// number); extracted figures over them are counted as `negativeHits`. nil or empty when none.
    public var negatives: [String]?

    /// The case's language, from its id prefix (`ja-fig-…`, `en-fig-…`).
    public var language: String { String(id.prefix { $0 != "-" }) }
}

/// Loads the figure cases of a folder (`figures/*.jsonl` under it); none when the folder has none.
public enum FigureCaseSet {
    /// Kinds a case may label: the comparable figure kinds.
    static let kinds: Set<String> = labelledKinds
    static let bounds: Set<String> = ["moreThan", "atLeast", "atMost", "lessThan"]

    /// The cases, in file-name and line order.
    /// - Throws: `FixtureError` naming the file, the line and the field at fault.
    public static func load(from folder: URL) throws(FixtureError) -> [FigureCase] {
        try JSONLinesFixtures.load(FigureCase.self, folder: folder, subfolder: "figures", expected: "a figure case", id: \.id, validate: validate)
    }

    static func validate(_ c: FigureCase, _ file: String) throws(FixtureError) {
        func fail(_ field: String, _ message: String) -> FixtureError { FixtureError(file: file, field: field, message: message) }
        try JSONLinesFixtures.checkSplit(c.split, file)
        guard ["ja", "en"].contains(c.language) else { throw fail("id", "must start with ja- or en-") }
        guard !c.text.isEmpty else { throw fail("text", "empty sentence") }
        for (k, f) in c.figures.enumerated() {
            guard SpanLocator.range(of: f.text, occurrence: f.occurrence, in: c.text) != nil else {
                throw fail("figures[\(k)].text", "'\(f.text)' does not occur \(f.occurrence) time(s) in the sentence")
            }
            for (field, v) in [("value", Optional(f.value)), ("upper", f.upper), ("denominator", f.denominator)] {
                if let v, Self.decimal(v) == nil { throw fail("figures[\(k)].\(field)", "'\(v)' is not an exact decimal") }
            }
            guard kinds.contains(f.kind) else { throw fail("figures[\(k)].kind", "'\(f.kind)' is not a comparable kind") }
            if let b = f.bound, !bounds.contains(b) { throw fail("figures[\(k)].bound", "'\(b)' is not a bound") }
            if (f.kind == "fraction") != (f.denominator != nil) { throw fail("figures[\(k)].denominator", "fractions and only fractions have one") }
        }
        for (k, n) in (c.negatives ?? []).enumerated() where SpanLocator.range(of: n, occurrence: 1, in: c.text) == nil {
            throw fail("negatives[\(k)]", "'\(n)' does not occur in the sentence")
        }
    }

    /// An exact decimal from a label string (plain digits, one optional sign and point), else nil.
    static func decimal(_ s: String) -> Decimal? {
        guard s.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil else { return nil }
        return Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))
    }
}
