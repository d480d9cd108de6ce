import Foundation
import Testing
import PrecisText
import PrecisVectors

@Suite struct IDFModelTests {
    @Test func fitsSerializesAndParses() throws {
        var builder = IDFModelBuilder(tokenizer: Tokenizer(language: .en, stopwords: []))
        builder.add(document: "Apples and pears. Apples again.")
        builder.add(document: "Pears only")
        builder.add(document: "apples")
        let model = builder.build(minimumDocumentFrequency: 2, metadata: ["source": "test"])
        #expect(model.documentCount == 3)
        #expect(model.documentFrequency == ["appl": 2, "pear": 2])
        let parsed = try IDFModel.parse(model.serialized(), path: "m.tsv")
        #expect(parsed == model)
        #expect(abs(parsed.idf("appl") - (log(4.0 / 3.0) + 1)) < 1e-12)
        // Unseen terms weigh as df = 0, the largest weight.
        #expect(abs(parsed.idf("zebra") - (log(4.0) + 1)) < 1e-12)
    }

    @Test func malformedFilesNameTheLine() {
        #expect(throws: ModelLoadError.malformed(path: "m", line: 1, reason: "not a precis-idf 1 file (missing '#precis-idf<TAB>1')")) {
            try IDFModel.parse("#language\ten\n", path: "m")
        }
        #expect(throws: ModelLoadError.malformed(path: "m", line: 6, reason: "document frequency 'x' is not a non-negative integer")) {
            try IDFModel.parse("#precis-idf\t1\n#language\ten\n#tokenizer\tprecis-en-1\n#documents\t3\n#min-df\t1\nterm\tx\n", path: "m")
        }
        #expect(throws: ModelLoadError.malformed(path: "m", line: 2, reason: "expected two tab-separated fields")) {
            try IDFModel.parse("#precis-idf\t1\nbroken line\n", path: "m")
        }
    }

    /// The required header lines of a 3-document English model, without `min-df` and `terms`.
    static let header = "#precis-idf\t1\n#language\ten\n#tokenizer\tprecis-en-1\n#documents\t3\n"

    @Test func inconsistentModelsAreRejected() throws {
        let header = Self.header
        #expect(throws: ModelLoadError.malformed(path: "m", line: 1, reason: "term 'war' has document frequency 9, more than the 3 documents")) {
            try IDFModel.parse(header + "#min-df\t1\n#terms\t1\nwar\t9\n", path: "m")
        }
        #expect(throws: ModelLoadError.malformed(path: "m", line: 1, reason: "a term is listed more than once and its frequencies add up past 2,147,483,647")) {
            try IDFModel.parse(header + "#terms\t2\nwar\t2147483647\nwar\t1\n", path: "m")
        }
        #expect(throws: ModelLoadError.malformed(path: "m", line: 1, reason: "'#min-df' must be a whole number ≥ 1, got 'abc'")) {
            try IDFModel.parse(header + "#min-df\tabc\n#terms\t1\nwar\t1\n", path: "m")
        }
        #expect(throws: ModelLoadError.malformed(path: "m", line: 1, reason: "'#tokenizer' precis-en-1 does not match '#language' ja")) {
            try IDFModel.parse("#precis-idf\t1\n#language\tja\n#tokenizer\tprecis-en-1\n#documents\t3\n", path: "m")
        }
        // Repeated terms within the limits add up; CRLF line ends are accepted.
        let model = try IDFModel.parse((header + "#min-df\t1\n#terms\t2\nwar\t1\nwar\t2\n").replacingOccurrences(of: "\n", with: "\r\n"), path: "m")
        #expect(model.documentFrequency(of: "war") == 3)
    }

    @Test func modelsDeclareTheirTermCount() throws {
        let header = Self.header + "#min-df\t1\n"
        #expect(throws: ModelLoadError.malformed(path: "m", line: 1, reason: "missing or invalid '#terms' (the number of term lines)")) {
            try IDFModel.parse(header + "war\t1\n", path: "m")
        }
        #expect(throws: ModelLoadError.malformed(path: "m", line: 1, reason: "the model holds no terms (refit with a lower --min-df)")) {
            try IDFModel.parse(header + "#terms\t0\n", path: "m")
        }
        // A bundled model cut at a line boundary is refused, not loaded as if whole.
        let text = try IDFModel.bundled(for: .en).serialized()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let declared = try #require(lines.first { $0.hasPrefix("#terms\t") }.flatMap { Int($0.dropFirst(7)) })
        lines.removeLast(101)  // the final empty piece and 100 term lines
        #expect(throws: ModelLoadError.malformed(path: "m", line: lines.count, reason: "the header declares \(declared) terms but the file holds \(declared - 100) (cut short or edited?)")) {
            try IDFModel.parse(lines.joined(separator: "\n") + "\n", path: "m")
        }
        // The full text round-trips.
        #expect(try IDFModel.parse(text, path: "m") == IDFModel.bundled(for: .en))
    }

    @Test func bundledModelsLoad() throws {
        for language in Language.allCases {
            let model = try IDFModel.bundled(for: language)
            #expect(model.language == language)
            #expect(model.tokenizer == Tokenizer(language: language, stopwords: []).version)
            #expect(model.documentCount > 1_000)
        }
    }
}
