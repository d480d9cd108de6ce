import Foundation
import Precis

/// Writes a summary as plain text, Markdown with numbered citations, JSON, or an HTML page.
enum SummaryRenderer {
    static func render(_ summary: Summary, documents: [Document], format: OutputFormat) -> String {
        switch format {
        case .json:
            return JSONOutput.string(SummaryReport(summary: summary, documents: documents)) + "\n"
        case .html:
            return HTMLReport.summary(summary, documents: documents)
        case .text:
            var out = ""
            for s in summary.sentences {
                out += "\(s.text)\n    [\(s.document) #\(s.sentence), bytes \(s.start)–\(s.end), score \(decimal(s.score))\(more(s))]\n"
            }
            return out
        case .markdown:
            var body = ""
            var sources = ""
            for (k, s) in summary.sentences.enumerated() {
                body += "\(s.text) [^\(k + 1)]\n\n"
                let cited = s.sources.map { "`\($0.document)` sentence \($0.sentence), bytes \($0.start)–\($0.end)" }
                sources += "[^\(k + 1)]: " + cited.joined(separator: "; ") + "\n"
            }
            return body + sources
        }
    }

    private static func more(_ s: SummarySentence) -> String {
        s.sources.count > 1 ? "; also in \(s.sources.dropFirst().map { "\($0.document) #\($0.sentence)" }.joined(separator: ", "))" : ""
    }

    private static func decimal(_ score: Double) -> String { String(format: "%.4f", score) }
}

/// The JSON document `precis summarize --format json` writes (schema in README.md).
struct SummaryReport: Encodable {
    struct DocumentInfo: Encodable {
        var id: String
        var language: Language
        var bytes: Int
        var sentences: Int
    }

    var version = 1
    var algorithm: SummaryAlgorithm
    var language: Language
    var kernel: SimilarityKernel
    var graph: String
    var budget: SummaryBudget
    var candidates: Int
    var shortInput: Bool
    var documents: [DocumentInfo]
    var sentences: [SummarySentence]

    init(summary: Summary, documents: [Document]) {
        algorithm = summary.algorithm
        language = summary.language
        kernel = summary.kernel
        graph = summary.graph
        budget = summary.budget
        candidates = summary.candidates
        shortInput = summary.shortInput
        self.documents = documents.map { DocumentInfo(id: $0.id, language: $0.language, bytes: $0.text.utf8.count, sentences: $0.sentences.count) }
        sentences = summary.sentences
    }
}

/// Deterministic JSON: sorted keys, no escaped slashes.
enum JSONOutput {
    static func string(_ value: some Encodable, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
