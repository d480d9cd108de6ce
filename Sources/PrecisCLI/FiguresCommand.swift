import ArgumentParser
import Foundation
import PrecisCommandLine
import Precis

/// `precis figures`: every figure of a document with span, value, kind, unit, qualifiers and measure.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List every figure of a document: span, exact value, kind, unit, qualifiers and what it measures.",
        discussion: """
            --jsonl reads {"id": ..., "text": ...} (or {"id": ..., "documents": [...]}) lines from \
            standard input and writes one {"id", "figures", "rejected"} line per item.
            Example: cat batch.jsonl | precis figures --jsonl > figures.jsonl
            """
    )

    @Argument(help: "A text file ('-' or none: standard input).") var file: String?
    @Option(help: "Output format: text or json.") var format: ListingFormat = .text
    @Option(help: "Language: auto, ja or en.") var language: LanguageOption = .auto
    @Flag(help: "Read JSON Lines items from standard input and write one JSON result per line.") var jsonl = false
    @OptionGroup var jobs: JobsOption
    @OptionGroup var idField: IDFieldOption

    func validate() throws {
        try jobs.validate(jsonl: jsonl)
        try idField.validate(jsonl: jsonl)
        if jsonl && file != nil { throw ValidationError("--jsonl reads standard input; do not name a file.") }
    }

    /// Every figure of the documents, comparable and not, in document order, and the rejected numbers.
    static func records(_ documents: [Document]) throws -> (figures: [FigureRecord], rejected: [RejectedNumber]) {
        var records: [FigureRecord] = []
        var rejected: [RejectedNumber] = []
        for document in documents {
            let listing: (measured: [SourcedFigure], other: [Figure], rejected: [RejectedNumber])
            do { listing = try FactChecker().figures(in: document) } catch { throw CLIError.failed(error.description) }
            let starts = document.sentences.map(\.start)
            var mine = listing.measured.map { FigureRecord($0) }
            mine += listing.other.map { FigureRecord($0, document: document, sentenceStarts: starts) }
            records += mine.sorted { $0.start < $1.start }
            rejected += listing.rejected
        }
        return (records, rejected)
    }

    struct Report: Encodable {
        var version = 1
        var document: String
        var figures: [FigureRecord]
        var rejected: [RejectedNumber]
    }

    func run() throws {
        if jsonl {
            try JSONLinesRunner.run(jobs: jobs.count, idField: idField.name) { documents, _ in
                let listing = try Self.records(documents)
                return ["figures": try JSONValue(listing.figures), "rejected": try JSONValue(listing.rejected)]
            }
            return
        }
        let document = try InputReader.documents(file.map { [$0] } ?? [], language: language.language)[0]
        let (records, rejected) = try Self.records([document])
        switch format {
        case .json:
            try StandardOutput.line(JSONOutput.string(Report(document: document.id, figures: records, rejected: rejected)))
        default:
            for r in records {
                var qualifiers: [String] = []
                if r.approximate { qualifiers.append("approximate") }
                if let b = r.bound { qualifiers.append(b) }
                let range = r.denominator.map { "\(r.value)/\($0)" } ?? r.upper.map { "\(r.value)–\($0)" } ?? r.value
                try StandardOutput.line("\(r.start)-\(r.end)\t\(r.text)\t\(r.kind)\t\(range)\(r.unit.map { " \($0)" } ?? "")"
                      + (qualifiers.isEmpty ? "" : "\t(\(qualifiers.joined(separator: ", ")))")
                      + (r.measure.map { "\t\($0)" } ?? ""))
            }
            for r in rejected { try StandardOutput.line("\(r.start)-\(r.end)\t\(r.text)\trejected: \(r.reason)") }
        }
    }
}

/// One figure as the command line prints it; values are exact decimal strings.
struct FigureRecord: Encodable {
    var document: String
    var sentence: Int?
    var start: Int
    var end: Int
    var text: String
    var value: String
    var upper: String?
    /// A fraction's denominator (its numerator is `value`).
    var denominator: String?
    var kind: String
    var unit: String?
    var approximate: Bool
    var bound: String?
    var comparable: Bool
    var measure: String?
    var modality: String?
    var entity: String?
    var time: String?
    var sentenceText: String?

    init(_ s: SourcedFigure) {
        document = s.document
        sentence = s.sentence
        start = s.start
        end = s.end
        text = s.figure.text
        value = "\(s.figure.value)"
        upper = s.figure.upper.map { "\($0)" }
        denominator = s.figure.denominator.map { "\($0)" }
        kind = s.figure.kind.rawValue
        unit = s.figure.unit
        approximate = s.figure.approximate
        bound = s.figure.bound?.rawValue
        comparable = true
        measure = s.measure.summary
        modality = s.measure.modality.rawValue
        entity = s.measure.entity
        time = s.measure.time
        sentenceText = s.sentenceText
    }

    init(_ f: Figure, document: Document, sentenceStarts: [Int]) {
        self.document = document.id
        // The last sentence starting at or before the figure (binary search), if it contains it.
        var lo = 0, hi = sentenceStarts.count
        while lo < hi { let mid = (lo + hi) / 2; if sentenceStarts[mid] <= f.start { lo = mid + 1 } else { hi = mid } }
        sentence = lo > 0 && f.start < document.sentences[lo - 1].end ? lo - 1 : nil
        start = f.start
        end = f.end
        text = f.text
        value = "\(f.value)"
        upper = f.upper.map { "\($0)" }
        denominator = f.denominator.map { "\($0)" }
        kind = f.kind.rawValue
        unit = f.unit
        approximate = f.approximate
        bound = f.bound?.rawValue
        comparable = false
    }
}
