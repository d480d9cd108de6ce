import Foundation
import PrecisFacts
import PrecisTestSupport
import PrecisText
import Testing

/// Real articles (the repository's Wikinews fixtures) against a second source derived from each:
/// some figures reworded (3,500 → 3500, half-width → full-width digits), some changed (the
/// leading digit moved by at least 2). Changed figures must come out as conflicts with their
/// originals, reworded ones as consistent. The figures to change are chosen by a seeded generator.
@Suite struct DerivedSourceTests {
    static let articles = [
        "en-wn-117000", "en-wn-149740", "en-wn-23233", "en-wn-25858", "en-wn-37250", "en-wn-58318", "en-wn-71738",
        "en-wn-80941", "en-wn-8281", "en-wnv-2019-083", "ja-wn-2020", "ja-wn-2340",
        "ja-wn-2437", "ja-wn-2561", "ja-wn-2730", "ja-wn-3021", "ja-wn-3364", "ja-wn-3410", "ja-wn-3591", "ja-wn-968",
    ]

    /// One edit of the derived source: the original figure's byte range and its new text.
    struct Edit {
        var range: Range<Int>
        var replacement: String
        var changed: Bool
    }

    /// A reworded form with the same value: grouping commas dropped, "%" ↔ " percent", or ASCII
    /// digits made full-width (Japanese).
    static func reworded(_ text: String, japanese: Bool) -> String? {
        if text.contains(","), text.contains(where: \.isNumber) { return text.replacingOccurrences(of: ",", with: "") }
        if !japanese, text.hasSuffix("%") { return String(text.dropLast()) + " percent" }
        if !japanese, text.hasSuffix(" percent") { return String(text.dropLast(8)) + "%" }
        guard japanese, text.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (0x30...0x39).contains(s.value) ? Unicode.Scalar(s.value - 0x30 + 0xFF10)! : s
        }))
    }

    /// The same text with its first non-zero digit moved by 2–7 (never to 0): a different value, same form.
    static func changed(_ text: String, using g: inout SeededGenerator) -> String? {
        var scalars = Array(text.unicodeScalars)
        guard let k = scalars.firstIndex(where: { $0.value >= 0x31 && $0.value <= 0x39 }) else { return nil }
        let d = Int(scalars[k].value - 0x30)
        let step = Int.random(in: 2...7, using: &g)
        var n = (d - 1 + step) % 9 + 1
        if abs(n - d) < 2 { n = d <= 5 ? d + 3 : d - 3 }
        scalars[k] = Unicode.Scalar(UInt32(0x30 + n))!
        return String(String.UnicodeScalarView(scalars))
    }

    @Test("Changed figures conflict with their originals, reworded ones agree", arguments: articles)
    func derived(_ id: String) throws {
        let original = try fixtureDocument(id)
        let listing = try FactChecker().figures(in: original)
        // Candidates: plain figures of the kinds news disputes.
        var perSentence: [Int: [SourcedFigure]] = [:]
        let kinds: Set<FigureKind> = [.money, .count, .percent, .quantity]
        func eligible(_ s: SourcedFigure) -> Bool {
            let f = s.figure
            guard kinds.contains(f.kind), !f.approximate, f.bound == nil, f.upper == nil else { return false }
            let digits = f.text.unicodeScalars.contains { (0x31...0x39).contains($0.value) }
            return digits && f.value >= 1 && s.measure.modality == .reported
        }
        for f in listing.measured where eligible(f) { perSentence[f.sentence, default: []].append(f) }
        // At most one figure per sentence is edited (its first eligible one).
        let candidates: [SourcedFigure] = perSentence.values.compactMap(\.first).sorted { $0.start < $1.start }
        // Every article of the list has at least two such figures (the test checks something).
        #expect(candidates.count >= 2, "\(id): only \(candidates.count) candidate figures")
        guard candidates.count >= 2 else { return }
        var g = SeededGenerator(seed: UInt64(id.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & 0xFFFF) &+ 0xDE21_7ED)
        var edits: [Edit] = []
        for (k, c) in candidates.enumerated() {
            if k % 2 == 0, let new = Self.changed(c.figure.text, using: &g) {
                edits.append(Edit(range: c.start..<c.end, replacement: new, changed: true))
            } else if let new = Self.reworded(c.figure.text, japanese: original.language == .ja) {
                edits.append(Edit(range: c.start..<c.end, replacement: new, changed: false))
            }
        }
        var bytes = Array(original.text.utf8)
        var newRanges: [Int] = []  // start of each edit in the derived text, in edit order
        var shift = 0
        for e in edits {
            newRanges.append(e.range.lowerBound + shift)
            shift += e.replacement.utf8.count - e.range.count
        }
        for e in edits.reversed() { bytes.replaceSubrange(e.range, with: Array(e.replacement.utf8)) }
        let derived = Document(id: "derived", text: String(decoding: bytes, as: UTF8.self), language: original.language)
        #expect(edits.contains { $0.changed }, "\(id): \(edits.count) edits, none changed")
        let report = try FactChecker().check([original, derived])
        for (e, start) in zip(edits, newRanges) {
            func same(_ c: FigureComparison) -> Bool {
                let sides = [c.a, c.b]
                return sides.contains { $0.document == original.id && $0.start == e.range.lowerBound }
                    && sides.contains { $0.document == "derived" && $0.start == start }
            }
            let text = String(decoding: Array(original.text.utf8)[e.range], as: UTF8.self)
            if e.changed {
                #expect(report.conflicts.contains(where: same), "\(id): \(text) → \(e.replacement) is not reported as a conflict")
            } else {
                #expect(report.consistent.contains(where: same), "\(id): \(text) → \(e.replacement) is not reported as consistent")
            }
        }
    }
}
