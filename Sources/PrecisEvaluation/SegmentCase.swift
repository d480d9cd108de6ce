import Foundation
import PrecisText

/// One text with gold sentence boundaries (`Evaluation/segments/*.jsonl`). Format: `Evaluation/SCHEMA.md`.
public struct SegmentCase: Sendable, Codable, Equatable {
    /// The text's id (e.g. a treebank and its sentence ids); unique across the segment files.
    public var id: String
    /// `ja` or `en`.
    public var language: String
    /// `tune` (rules may be chosen on it) or `test` (reported, never tuned on).
    public var split: String
    /// Where the text and its boundaries come from (treebank, file, commit).
    public var source: String
    /// A layout reported on its own (`space-joined`: headings and bodies joined by one space),
    /// or nil for running text.
    public var layout: String?
    /// The text to segment; not empty. `boundaries` count its Unicode scalars.
    public var text: String
    /// End of each gold sentence, in Unicode scalars of `text`, increasing; the last is the end of the text.
    public var boundaries: [Int]

    /// The row of the report the case counts in: `ja/tune`, or `ja-space-joined/test` for a layout.
    public var group: String { "\(language)\(layout.map { "-" + $0 } ?? "")/\(split)" }

    /// Scores the segmenter on this text: precision and recall of the internal boundaries, each
    /// boundary (gold and predicted) moved past the white space that follows it.
    public func score(with segmenter: SentenceSegmenter) -> PrecisionRecall {
        let scalars = Array(text.unicodeScalars)
        func skipSpace(_ k: Int) -> Int {
            var k = k
            while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
            return k
        }
        // Byte offsets of the segmenter's sentence ends, as scalar offsets.
        var scalarAtByte: [Int: Int] = [:]
        var byte = 0
        for (k, s) in scalars.enumerated() {
            scalarAtByte[byte] = k
            byte += UTF8.width(s)
        }
        scalarAtByte[byte] = scalars.count
        let predicted = Set(segmenter.sentences(in: text).compactMap { scalarAtByte[$0.end].map(skipSpace) }).subtracting([scalars.count])
        let gold = Set(boundaries.map(skipSpace)).subtracting([scalars.count])
        return PrecisionRecall(matched: predicted.intersection(gold).count, predicted: predicted.count, expected: gold.count)
    }
}

/// Loads the boundary-labelled texts of a folder (`segments/*.jsonl` under it); none when it has none.
public enum SegmentCaseSet {
    /// The cases, in file-name and line order.
    /// - Throws: `FixtureError` naming the file, the line and the field at fault.
    public static func load(from folder: URL) throws(FixtureError) -> [SegmentCase] {
        try JSONLinesFixtures.load(SegmentCase.self, folder: folder, subfolder: "segments", expected: "a segment case", id: \.id, validate: validate)
    }

    static func validate(_ c: SegmentCase, _ file: String) throws(FixtureError) {
        func fail(_ field: String, _ message: String) -> FixtureError { FixtureError(file: file, field: field, message: message) }
        try JSONLinesFixtures.checkSplit(c.split, file)
        guard ["ja", "en"].contains(c.language) else { throw fail("language", "must be ja or en, got '\(c.language)'") }
        guard !c.text.isEmpty else { throw fail("text", "empty text") }
        let count = c.text.unicodeScalars.count
        guard c.boundaries.last == count else { throw fail("boundaries", "the last boundary must be the end of the text (\(count) scalars)") }
        for (k, b) in c.boundaries.enumerated() where b <= (k == 0 ? 0 : c.boundaries[k - 1]) {
            throw fail("boundaries[\(k)]", "\(b) is not after the previous boundary")
        }
    }
}
