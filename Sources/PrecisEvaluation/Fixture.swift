import Foundation
import PrecisText

/// One hand-labelled evaluation fixture (schema in `Evaluation/SCHEMA.md`).
public struct Fixture: Sendable, Codable {
    public struct Origin: Sendable, Codable {
        public var description: String
        public var url: String?
        public var license: String
        public var attribution: String
    }

    public struct Text: Sendable, Codable {
        public var id: String
        public var text: String
        /// Publication date, `YYYY-MM-DD`; resolves relative times ("last year", 昨年).
        public var date: String?
    }

    /// A labelled sentence: a whole sentence of one document.
    public struct Pick: Sendable, Codable {
        public var document: String
        public var text: String
    }

    public struct SummaryLabels: Sendable, Codable {
        public var top3: [Pick]
        public var top5: [Pick]
        public var reference: String
    }

    /// A labelled figure: the `occurrence`-th appearance of `text` in `document`.
    public struct FigureLabel: Sendable, Codable {
        public var document: String
        public var text: String
        public var occurrence: Int
        public var value: String
        public var upper: String?
        /// A fraction's denominator (the value is its numerator).
        public var denominator: String?
        public var kind: String
        public var unit: String?
        public var approximate: Bool?
        public var bound: String?
    }

    public struct SpanReference: Sendable, Codable {
        public var document: String
        public var text: String
        public var occurrence: Int
    }

    public struct ConflictLabel: Sendable, Codable {
        public var measure: String
        public var a: SpanReference
        public var b: SpanReference
    }

    /// A pair that looks comparable but is not a conflict, and why (`type`).
    public struct LookalikeLabel: Sendable, Codable {
        /// `entity`, `time`, `modality`, `subtotal`, `measure`, `change-level`, `points-percent`, `base` or `unit`.
        public var type: String
        public var measure: String?
        public var a: SpanReference
        public var b: SpanReference
        public var note: String?
    }

    /// Look-alike types a fixture may use.
    public static let lookalikeTypes: Set<String> = ["entity", "time", "modality", "subtotal", "measure", "change-level", "points-percent", "base", "unit"]

    public var schema: Int
    public var id: String
    /// `ja`, `en` or `mixed`.
    public var language: String
    public var origin: Origin
    public var documents: [Text]
    /// Summary labels; absent in fixtures written for fact checking only.
    public var summary: SummaryLabels?
    /// Every comparable figure; absent in fixtures written for fact checking only (then figure
    /// scores skip the fixture and pair labels need not point at labelled figures).
    public var figures: [FigureLabel]?
    public var conflicts: [ConflictLabel]
    /// Pairs that state the same value for the same frame.
    public var consistent: [ConflictLabel]?
    /// Pairs that look comparable but are not conflicts.
    public var lookalikes: [LookalikeLabel]?
    /// `tune` (thresholds may be chosen on it) or `test`; absent counts as `tune`.
    public var split: String?
    public var notes: String?
}

/// A fixture that failed validation: the file and the field at fault.
public struct FixtureError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var field: String
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
