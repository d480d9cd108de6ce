import Foundation
import PrecisText

/// One labelled sentence of `Evaluation/figures/*.jsonl`: every comparable figure in it, and the
/// number-like strings that must not become comparable figures. Format: `Evaluation/SCHEMA.md`.
public struct FigureCase: Sendable, Codable, Equatable {
    /// One labelled figure: its span as written, exact value, kind and qualifiers.
    public struct Label: Sendable, Codable, Equatable {
        public var text: String
        /// Which occurrence of `text` in the sentence (1-based).
        public var occurrence: Int
        /// Exact decimal string, fully scaled; the lower end of a range; a fraction's numerator.
        public var value: String
        public var upper: String?
        public var denominator: String?
        public var kind: String
        public var unit: String?
        public var approximate: Bool?
        public var bound: String?
    }

    public var id: String
    /// The corpus record the sentence was copied from.
    public var record: String
    /// `tune` (thresholds may be chosen on it) or `test` (reported, never tuned on).
    public var split: String
    public var forms: [String]
    public var text: String
    public var figures: [Label]
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
