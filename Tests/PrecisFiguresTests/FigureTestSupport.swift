import Foundation
import PrecisFigures
import Testing

/// Helpers shared by the figure-extraction tests: every extraction made through `extract(_:)`
/// is checked for exact UTF-8 spans, ordering and `isComparable` consistency.
enum FigureTestSupport {
    /// Runs the extractor and records an issue for every figure whose span does not match its text.
    static func extract(_ text: String, baseOffset: Int = 0, sourceLocation: SourceLocation = #_sourceLocation)
        -> FigureExtraction
    {
        let result = FigureExtractor().extract(from: text, baseOffset: baseOffset)
        checkSpans(result, in: text, baseOffset: baseOffset, sourceLocation: sourceLocation)
        return result
    }

    /// Every figure and rejection must cover exactly its `text` in the UTF-8 bytes; figures are ordered by start
    /// and never overlap; `isComparable` follows the kind.
    static func checkSpans(
        _ result: FigureExtraction, in text: String, baseOffset: Int = 0,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let bytes = Array(text.utf8)
        var previousEnd = Int.min
        for f in result.figures {
            let s = f.start - baseOffset, e = f.end - baseOffset
            let inside = s >= 0 && s < e && e <= bytes.count
            #expect(inside, "span out of range: \(f)", sourceLocation: sourceLocation)
            if inside {
                #expect(
                    String(decoding: bytes[s..<e], as: UTF8.self) == f.text, "span text mismatch: \(f)",
                    sourceLocation: sourceLocation)
            }
            #expect(f.start >= previousEnd, "figures overlap or are out of order: \(f)", sourceLocation: sourceLocation)
            previousEnd = f.end
            #expect(f.isComparable == f.kind.isComparable, sourceLocation: sourceLocation)
        }
        for r in result.rejected {
            let s = r.start - baseOffset, e = r.end - baseOffset
            let inside = s >= 0 && s < e && e <= bytes.count
            #expect(inside, "rejected span out of range: \(r)", sourceLocation: sourceLocation)
            if inside {
                #expect(String(decoding: bytes[s..<e], as: UTF8.self) == r.text, sourceLocation: sourceLocation)
            }
            #expect(!r.reason.isEmpty, sourceLocation: sourceLocation)
        }
    }

    /// The single figure whose span text is `span` (an issue is recorded if there is none or several).
    static func figure(_ span: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Figure? {
        let matches = extract(text, sourceLocation: sourceLocation).figures.filter { $0.text == span }
        #expect(
            matches.count == 1, "expected one figure \"\(span)\" in \"\(text)\", got \(matches.count)",
            sourceLocation: sourceLocation)
        return matches.first
    }

    /// Comparable figures only.
    static func comparable(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Figure] {
        extract(text, sourceLocation: sourceLocation).figures.filter(\.isComparable)
    }

    static func dec(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }
}

/// One expected figure in a table-driven test: input text, span, value, kind, unit and qualifiers.
struct FigureCase: Sendable, CustomTestStringConvertible {
    var input: String
    var span: String
    var value: String
    var kind: FigureKind
    var unit: String?
    var upper: String?
    var approximate = false
    var bound: FigureBound?
    /// Expected resolution, when the case pins it down.
    var resolution: String?
    /// Expected denominator of a fraction.
    var denominator: String?

    init(
        _ input: String, _ span: String, _ value: String, _ kind: FigureKind, _ unit: String? = nil,
        upper: String? = nil, approximate: Bool = false, bound: FigureBound? = nil, resolution: String? = nil,
        denominator: String? = nil
    ) {
        self.denominator = denominator
        self.input = input
        self.span = span
        self.value = value
        self.kind = kind
        self.unit = unit
        self.upper = upper
        self.approximate = approximate
        self.bound = bound
        self.resolution = resolution
    }

    var testDescription: String { "\(input) → \(span)" }

    /// Checks the case against the extractor.
    func verify(sourceLocation: SourceLocation = #_sourceLocation) {
        guard let f = FigureTestSupport.figure(span, in: input, sourceLocation: sourceLocation) else { return }
        #expect(f.value == FigureTestSupport.dec(value), "value of \(span)", sourceLocation: sourceLocation)
        #expect(f.kind == kind, "kind of \(span)", sourceLocation: sourceLocation)
        #expect(f.unit == unit, "unit of \(span)", sourceLocation: sourceLocation)
        #expect(f.upper == upper.map(FigureTestSupport.dec), "upper of \(span)", sourceLocation: sourceLocation)
        #expect(f.approximate == approximate, "approximate of \(span)", sourceLocation: sourceLocation)
        #expect(f.bound == bound, "bound of \(span)", sourceLocation: sourceLocation)
        #expect(f.denominator == denominator.map(FigureTestSupport.dec), "denominator of \(span)", sourceLocation: sourceLocation)
        if let r = resolution {
            #expect(f.resolution == FigureTestSupport.dec(r), "resolution of \(span)", sourceLocation: sourceLocation)
        }
        #expect(f.isComparable == kind.isComparable, sourceLocation: sourceLocation)
    }
}
