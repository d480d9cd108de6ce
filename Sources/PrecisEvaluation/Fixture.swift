import Foundation
import PrecisText

/// One hand-labelled evaluation fixture (schema in `Evaluation/SCHEMA.md`).
public struct Fixture: Sendable, Codable {
    /// Where the fixture's texts come from, and under which license.
    public struct Origin: Sendable, Codable {
        /// What the source is, e.g. "Japanese Wikinews article 「…」 (record ja-wn-1133 of the Precis corpus)".
        public var description: String
        /// The source's address; nil when there is none.
        public var url: String?
        /// The license of the texts, e.g. `CC BY 2.5`.
        public var license: String
        /// The attribution line of the source record.
        public var attribution: String
    }

    /// One source document of the fixture.
    public struct Text: Sendable, Codable {
        /// The document's id, unique within the fixture; labels name their document by it.
        public var id: String
        /// The document text, copied byte for byte from the source record; not empty.
        public var text: String
        /// Publication date, `YYYY-MM-DD`; resolves relative times ("last year", 昨年).
        public var date: String?
    }

    /// A labelled sentence: a whole sentence of one document.
    public struct Pick: Sendable, Codable {
        /// The id of the document the sentence is in.
        public var document: String
        /// The sentence exactly as it occurs in the document; its first occurrence is the one matched.
        public var text: String
    }

    /// The summary labels: the sentences a careful editor would pick, and a reference summary.
    public struct SummaryLabels: Sendable, Codable {
        /// The 3 best sentences (exactly 3), scored against the 3-sentence summary.
        public var top3: [Pick]
        /// The 5 best sentences (exactly 5), scored against the 5-sentence summary.
        public var top5: [Pick]
        /// A 2–4 sentence summary in the labeller's own words (English for `mixed`), the target of
        /// ROUGE; not empty.
        public var reference: String
    }

    /// A labelled figure: the `occurrence`-th appearance of `text` in `document`.
    public struct FigureLabel: Sendable, Codable {
        /// The id of the document the figure is in.
        public var document: String
        /// The figure as written, with its unit, counter or currency but without qualifiers
        /// (`2万8500人`, `$1.2m`; not 約 or "about").
        public var text: String
        /// Which occurrence of `text` in the document this is (1-based, counting every substring match).
        public var occurrence: Int
        /// The exact value as a decimal string, fully scaled (`2万8500人` → `"28500"`); a range's lower
        /// end; a date as yyyymmdd with 0 for unknown parts (`5月14日` → `"514"`).
        public var value: String
        /// A range's upper end as a decimal string (`1950-53年` → `"1953"`); nil for a single value.
        /// The fixture figure score does not compare it.
        public var upper: String?
        /// A fraction's denominator (the value is its numerator).
        public var denominator: String?
        /// The figure kind: `percent`, `percentagePoints`, `money`, `count`, `quantity`, `year`,
        /// `date`, `duration` or `fraction`.
        public var kind: String
        /// The unit: an ISO 4217 code for money (`JPY`, `USD`), `%`, `pt`, the counter or counted noun
        /// (`人`, `troops`) or a unit symbol (`km`); nil for years and dates. Compared case-insensitively
        /// for `figure-units`.
        public var unit: String?
        /// True when the text marks the figure as approximate (約, およそ, about, roughly); absent
        /// otherwise. Not scored.
        public var approximate: Bool?
        /// The bound a qualifier puts on the figure: `moreThan` (超, more than), `atLeast` (以上, at
        /// least), `atMost` (以下, up to) or `lessThan` (未満, under); absent when none. Not scored.
        public var bound: String?
    }

    /// Points at one span of a document: the `occurrence`-th appearance of `text`.
    public struct SpanReference: Sendable, Codable {
        /// The id of the document.
        public var document: String
        /// The span's text, usually a labelled figure's `text`.
        public var text: String
        /// Which occurrence of `text` in the document (1-based, counting every substring match).
        public var occurrence: Int
    }

    /// A labelled pair of figures for the same measure, entity, time and modality: a conflict
    /// (in `conflicts`) or a consistent pair (in `consistent`).
    public struct ConflictLabel: Sendable, Codable {
        /// What the two figures measure, in words ("South Korea defence spending, share of GDP");
        /// for people, not scored.
        public var measure: String
        /// One figure of the pair; the order of `a` and `b` does not matter when matching.
        public var a: SpanReference
        /// The other figure of the pair.
        public var b: SpanReference
    }

    /// A pair that looks comparable but is not a conflict, and why (`type`).
    public struct LookalikeLabel: Sendable, Codable {
        /// `entity`, `time`, `modality`, `subtotal`, `measure`, `change-level`, `points-percent`, `base` or `unit`.
        public var type: String
        /// What the two figures measure, in words; nil when not given.
        public var measure: String?
        /// One figure of the pair; the order of `a` and `b` does not matter when matching.
        public var a: SpanReference
        /// The other figure of the pair.
        public var b: SpanReference
        /// Why the pair is not a conflict, in words; nil when not given.
        public var note: String?
    }

    /// Look-alike types a fixture may use.
    public static let lookalikeTypes: Set<String> = ["entity", "time", "modality", "subtotal", "measure", "change-level", "points-percent", "base", "unit"]

    /// The fixture format version; must be 1.
    public var schema: Int
    /// The fixture's id (e.g. `ja-wn-1133`), unique within a fixture set; the file is named
    /// `<id>.json` by convention.
    public var id: String
    /// `ja`, `en` or `mixed`.
    public var language: String
    /// Where the texts come from, and their license.
    public var origin: Origin
    /// The source documents: at least one, with unique ids.
    public var documents: [Text]
    /// Summary labels; absent in fixtures written for fact checking only.
    public var summary: SummaryLabels?
    /// Every comparable figure; absent in fixtures written for fact checking only (then figure
    /// scores skip the fixture and pair labels need not point at labelled figures).
    public var figures: [FigureLabel]?
    /// Every pair of figures that state different values for the same measure, entity, time and
    /// modality; empty when the sources agree.
    public var conflicts: [ConflictLabel]
    /// Pairs that state the same value for the same frame.
    public var consistent: [ConflictLabel]?
    /// Pairs that look comparable but are not conflicts.
    public var lookalikes: [LookalikeLabel]?
    /// `tune` (thresholds may be chosen on it) or `test`; absent counts as `tune`.
    public var split: String?
    /// Free text for people; not used in scoring.
    public var notes: String?
}

/// A fixture that failed validation: the file and the field at fault.
public struct FixtureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file at fault: its name, `name:line` for an item of a JSON Lines file, or a folder's
    /// path when the folder itself is at fault.
    public var file: String
    /// The field at fault as a path (`summary.top3[2].text`, `figures[0].kind`), or `(file)`,
    /// `(line)`, `(folder)` or `(baseline)` when it is the whole.
    public var field: String
    /// What is wrong, in words.
    public var message: String

    public var description: String { "\(file): \(field): \(message)" }
}

/// The figure kinds a fixture may label (the comparable kinds of `FigureKind`).
let labelledKinds: Set<String> = ["percent", "percentagePoints", "money", "count", "quantity", "year", "date", "duration", "fraction"]

extension Fixture {
    /// Reads and validates a fixture file.
    /// - Throws: `FixtureError` naming the file and the field.
    public static func load(contentsOf url: URL) throws(FixtureError) -> Fixture {
        let file = url.lastPathComponent
        let data: Data
        do { data = Data(try FileInput.bytes(atPath: url.path)) } catch {
            throw FixtureError(file: file, field: "(file)", message: error.problem)
        }
        return try decode(data, file: file)
    }

    /// Decodes and validates the bytes of a fixture file; `file` names it in errors.
    /// - Throws: `FixtureError` naming the file and the field.
    public static func decode(_ data: Data, file: String) throws(FixtureError) -> Fixture {
        let fixture: Fixture
        do { fixture = try JSONDecoder().decode(Fixture.self, from: data) } catch let error as DecodingError {
            throw FixtureError(file: file, field: Self.path(of: error), message: Self.reason(of: error))
        } catch {
            throw FixtureError(file: file, field: "(file)", message: "\(error)")
        }
        try fixture.validate(file: file)
        return fixture
    }

    /// Checks the labels against the texts: every picked sentence, figure and conflict side must
    /// be found in its document; counts and kinds must be as the schema says.
    public func validate(file: String) throws(FixtureError) {
        func fail(_ field: String, _ message: String) -> FixtureError { FixtureError(file: file, field: field, message: message) }
        guard schema == 1 else { throw fail("schema", "unsupported schema \(schema); expected 1") }
        guard ["ja", "en", "mixed"].contains(language) else { throw fail("language", "'\(language)' is not ja, en or mixed") }
        guard !documents.isEmpty else { throw fail("documents", "no documents") }
        var texts: [String: String] = [:]
        for (k, d) in documents.enumerated() {
            guard texts[d.id] == nil else { throw fail("documents[\(k)].id", "duplicate id '\(d.id)'") }
            guard !d.text.isEmpty else { throw fail("documents[\(k)].text", "empty text") }
            if let date = d.date, Document.day(fromISO: date) == nil { throw fail("documents[\(k)].date", "'\(date)' is not a YYYY-MM-DD date") }
            texts[d.id] = d.text
        }
        if let split, !["tune", "test"].contains(split) { throw fail("split", "must be tune or test, got '\(split)'") }
        if let summary {
            for (name, picks, count) in [("top3", summary.top3, 3), ("top5", summary.top5, 5)] {
                guard picks.count == count else { throw fail("summary.\(name)", "expected \(count) sentences, found \(picks.count)") }
                for (k, p) in picks.enumerated() {
                    guard let text = texts[p.document] else { throw fail("summary.\(name)[\(k)].document", "unknown document '\(p.document)'") }
                    guard text.contains(p.text) else { throw fail("summary.\(name)[\(k)].text", "not found in document '\(p.document)'") }
                }
            }
            guard !summary.reference.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw fail("summary.reference", "empty reference summary")
            }
        }
        for (k, f) in (figures ?? []).enumerated() {
            guard let text = texts[f.document] else { throw fail("figures[\(k)].document", "unknown document '\(f.document)'") }
            guard labelledKinds.contains(f.kind) else { throw fail("figures[\(k)].kind", "'\(f.kind)' is not a comparable figure kind") }
            guard Decimal(string: f.value, locale: Locale(identifier: "en_US_POSIX")) != nil else { throw fail("figures[\(k)].value", "'\(f.value)' is not a decimal") }
            guard SpanLocator.range(of: f.text, occurrence: f.occurrence, in: text) != nil else {
                throw fail("figures[\(k)].text", "occurrence \(f.occurrence) of '\(f.text)' not found in '\(f.document)'")
            }
        }
        let pairs = conflicts.map { ("conflicts", $0.a, $0.b) } + (consistent ?? []).map { ("consistent", $0.a, $0.b) }
            + (lookalikes ?? []).map { ("lookalikes", $0.a, $0.b) }
        var counters: [String: Int] = [:]
        for (list, a, b) in pairs {
            let k = counters[list, default: 0]
            counters[list] = k + 1
            for (side, ref) in [("a", a), ("b", b)] {
                guard let text = texts[ref.document] else { throw fail("\(list)[\(k)].\(side).document", "unknown document '\(ref.document)'") }
                guard SpanLocator.range(of: ref.text, occurrence: ref.occurrence, in: text) != nil else {
                    throw fail("\(list)[\(k)].\(side).text", "occurrence \(ref.occurrence) of '\(ref.text)' not found")
                }
                if let figures, !figures.contains(where: { $0.document == ref.document && $0.text == ref.text && $0.occurrence == ref.occurrence }) {
                    throw fail("\(list)[\(k)].\(side)", "does not point at a labelled figure")
                }
            }
        }
        for (k, l) in (lookalikes ?? []).enumerated() where !Self.lookalikeTypes.contains(l.type) {
            throw fail("lookalikes[\(k)].type", "'\(l.type)' is not one of \(Self.lookalikeTypes.sorted().joined(separator: ", "))")
        }
    }

    private static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .keyNotFound(let key, let c): return (c.codingPath + [key]).map(Self.name).joined(separator: ".")
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return "(file)"
        }
        return context.codingPath.isEmpty ? "(file)" : context.codingPath.map(Self.name).joined(separator: ".")
    }

    private static func name(_ key: any CodingKey) -> String { key.intValue.map { "[\($0)]" } ?? key.stringValue }

    private static func reason(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound: return "missing"
        case .typeMismatch(let type, _): return "wrong type, expected \(type)"
        case .valueNotFound(let type, _): return "null, expected \(type)"
        case .dataCorrupted(let c): return c.debugDescription
        @unknown default: return "invalid"
        }
    }
}

/// Finds labelled text in a document as UTF-8 byte ranges.
enum SpanLocator {
    /// The byte range of the `occurrence`-th (1-based) appearance of `needle`, counting raw
    /// substring matches (overlapping ones included).
    static func range(of needle: String, occurrence: Int, in haystack: String) -> Range<Int>? {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, occurrence >= 1, n.count <= h.count else { return nil }
        var seen = 0
        var i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && Array(h[i..<(i + n.count)]) == n {
                seen += 1
                if seen == occurrence { return i..<(i + n.count) }
            }
            i += 1
        }
        return nil
    }
}
