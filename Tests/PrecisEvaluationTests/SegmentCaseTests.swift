import Foundation
import Testing
@testable import PrecisEvaluation
import PrecisText

/// Boundary scoring of `Evaluation/segments`: counts worked out by hand, validation, the bundled data.
@Suite struct SegmentCaseTests {
    private func segmentCase(_ text: String, _ boundaries: [Int]) -> SegmentCase {
        SegmentCase(id: "t", language: "en", split: "tune", source: "test", text: text, boundaries: boundaries)
    }

    @Test func boundariesAreCountedAfterTheWhiteSpace() {
        // Gold: "Hi there." | "See you." | "Bye." (ends at 9 and 18, before the spaces).
        let text = "Hi there. See you.  Bye."
        let c = segmentCase(text, [9, 18, 24])
        #expect(c.score(with: SentenceSegmenter()) == PrecisionRecall(matched: 2, predicted: 2, expected: 2))
        // A gold label with one boundary fewer: the segmenter's extra one is a false split.
        #expect(segmentCase(text, [9, 24]).score(with: SentenceSegmenter()) == PrecisionRecall(matched: 1, predicted: 2, expected: 1))
        // Offsets are Unicode scalars, not bytes: a Japanese text of 3-byte characters.
        #expect(segmentCase("晴れ。雨。", [3, 5]).score(with: SentenceSegmenter()) == PrecisionRecall(matched: 1, predicted: 1, expected: 1))
    }

    @Test func invalidCasesNameTheField() {
        #expect(throws: FixtureError(file: "s.jsonl:1", field: "boundaries", message: "the last boundary must be the end of the text (5 scalars)")) {
            try SegmentCaseSet.validate(segmentCase("晴れ。雨。", [3]), "s.jsonl:1")
        }
        #expect(throws: FixtureError(file: "s.jsonl:1", field: "boundaries[1]", message: "3 is not after the previous boundary")) {
            try SegmentCaseSet.validate(segmentCase("晴れ。雨。", [3, 3, 5]), "s.jsonl:1")
        }
        var wrongSplit = segmentCase("a.", [2])
        wrongSplit.split = "dev"
        #expect(throws: FixtureError(file: "s.jsonl:1", field: "split", message: "must be tune or test, got 'dev'")) {
            try SegmentCaseSet.validate(wrongSplit, "s.jsonl:1")
        }
    }

    @Test func bundledBoundaryTextLoadsInTwoHalves() throws {
        let cases = try SegmentCaseSet.load(from: evaluationFolder)
        #expect(cases.filter { $0.language == "en" && $0.layout == nil }.count == 411)
        #expect(cases.filter { $0.language == "ja" && $0.layout == nil }.count == 102)
        #expect(cases.filter { $0.layout == "space-joined" }.count >= 250)
        for group in ["en", "ja", "ja-space-joined"] {
            let mine = cases.filter { $0.group.hasPrefix(group + "/") }
            #expect(abs(mine.filter { $0.split == "tune" }.count - mine.filter { $0.split == "test" }.count) <= 2)
        }
    }

    @Test func aDuplicateIdIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("precis-segments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("segments"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = #"{"id": "a", "language": "en", "split": "tune", "source": "x", "text": "One. Two.", "boundaries": [4, 9]}"#
        try Data((line + "\n" + line + "\n").utf8).write(to: folder.appendingPathComponent("segments/x.jsonl"))
        #expect(throws: FixtureError(file: "x.jsonl:2", field: "id", message: "duplicate id 'a'")) { try SegmentCaseSet.load(from: folder) }
    }
}
