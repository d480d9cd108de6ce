import ArgumentParser
import Foundation
import PrecisCommandLine
import Precis

/// `precis check`: cross-checks the figures of several sources.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Cross-check figures across sources: conflicts and corroborations, citing both sentences.",
        discussion: """
            Each file is a source; figures within one source are checked against each other too. \
            --jsonl reads {"id": ..., "documents": [{"id": ..., "text": ...}]} lines from standard \
            input and writes one result per line.
            Example: precis check a.txt b.txt --format markdown
            """
    )

    @Argument(help: "Source files ('-': standard input).") var files: [String] = []
    @Option(help: "Output format: text, markdown, json or html (one self-contained page).") var format: OutputFormat = .text
    @Option(help: "Language: auto, ja or en.") var language: LanguageOption = .auto
    @Flag(help: "Read JSON Lines items from standard input and write one JSON result per line.") var jsonl = false
    @OptionGroup var jobs: JobsOption
    @OptionGroup var idField: IDFieldOption
    @Option(name: .customLong("min-evidence"), help: "Minimum evidence that two figures measure the same thing (default 0.25).") var minEvidence: Double?
    @Option(name: .customLong("min-same-document-evidence"), help: "The same, for two figures of one source (default 0.55).") var minSameDocument: Double?
    @Option(name: .customLong("min-cross-language-evidence"), help: "The same, for sources in different languages (default 0.25).") var minCrossLanguage: Double?
    @Option(name: .customLong("min-confidence"), help: "Pairs less confident than this are left out (default 0.28).") var minConfidence: Double?
    @Option(name: .customLong("min-context-cosine"), help: "Minimum context similarity of two same-language figures (default 0.1).") var minContextCosine: Double?
    @Option(name: .customLong("min-document-cosine"), help: "Same-language sources less similar than this are not compared (default 0.2).") var minDocumentCosine: Double?
    @Flag(help: "Show each figure's measure frame and the slot that decided each verdict (text output; JSON always has them).") var explain = false
    @Option(help: "Publication date of the sources (YYYY-MM-DD), to resolve relative years (last year, Japanese sakunen) and two-digit years.") var date: String?

    func validate() throws {
        try jobs.validate(jsonl: jsonl)
        try idField.validate(jsonl: jsonl)
        if jsonl && !files.isEmpty { throw ValidationError("--jsonl reads standard input; do not name files.") }
        if jsonl && format != .text && format != .json { throw ValidationError("--jsonl always writes JSON; drop --format.") }
        for (name, value) in [("--min-evidence", minEvidence), ("--min-same-document-evidence", minSameDocument),
                              ("--min-cross-language-evidence", minCrossLanguage), ("--min-confidence", minConfidence),
                              ("--min-context-cosine", minContextCosine), ("--min-document-cosine", minDocumentCosine)] {
            if let value, !(0...2).contains(value) { throw ValidationError("\(name) must be between 0 and 2, got \(value).") }
        }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input ('-') can be read only once.") }
        if !jsonl && files.isEmpty { throw ValidationError("Name at least one source file.") }
        if let date, Document.day(fromISO: date) == nil { throw ValidationError("--date must be a date as YYYY-MM-DD, got '\(date)'.") }
        if explain && (jsonl || format != .text) { throw ValidationError("--explain is for text output; JSON output always includes the frames.") }
    }

    func run() throws {
        var options = FactCheckOptions()
        if let minEvidence { options.minimumSimilarity = minEvidence }
        if let minSameDocument { options.minimumSameDocumentSimilarity = minSameDocument }
        if let minCrossLanguage { options.minimumCrossLanguageSimilarity = minCrossLanguage }
        if let minConfidence { options.minimumConfidence = minConfidence }
        if let minContextCosine { options.minimumContextCosine = minContextCosine }
        if let minDocumentCosine { options.minimumDocumentCosine = minDocumentCosine }
        let checker = FactChecker(options: options)
        if jsonl {
            try JSONLinesRunner.run(jobs: jobs.count, idField: idField.name) { documents, _ in
                let report: CheckReport
                do { report = CheckReport(try checker.check(documents), documents: documents) } catch { throw CLIError.failed("\(error)") }
                return ["conflicts": try JSONValue(report.conflicts), "consistent": try JSONValue(report.consistent),
                        "notComparable": try JSONValue(report.notComparable)]
            }
            return
        }
        var documents = try InputReader.documents(files, language: language.language)
        if let date { for k in documents.indices { documents[k].date = Document.day(fromISO: date) } }
        let checked: FactCheckReport
        do { checked = try checker.check(documents) } catch { throw CLIError.failed(error.description) }
        let report = CheckReport(checked, documents: documents)
        switch format {
        case .html: try StandardOutput.write(HTMLReport.check(checked, documents: documents))
        case .json: try StandardOutput.line(JSONOutput.string(report))
        case .text: try StandardOutput.write(report.text(explain: explain))
        case .markdown: try StandardOutput.write(report.markdown())
        }
    }
}

/// The JSON document `precis check --format json` writes (schema in README.md).
struct CheckReport: Encodable {
    struct Side: Encodable {
        var document: String
        var sentence: Int
        var start: Int
        var end: Int
        var text: String
        var figure: String
        var value: String
        var upper: String?
        var denominator: String?
        var unit: String?
        var kind: String
        var approximate: Bool
        var bound: String?
        var modality: String
        var time: String?
        var entity: String?
        var sentenceStart: Int
        var sentenceEnd: Int
        /// The figure's measure frame (what `--explain` prints).
        var frame: Frame

        struct Frame: Encodable {
            var measure: String?
            var concepts: [String]
            var base: String?
            var entity: String?
            var entityInherited: Bool
            var time: String?
            var baseTime: String?
            var aggregation: String?
            var change: String
            var modality: String

            init(_ m: Measure) {
                measure = m.key ?? m.subject
                concepts = m.concepts
                base = m.base
                entity = m.entity
                entityInherited = m.entityInherited
                time = m.time
                baseTime = m.baseTime
                aggregation = m.aggregation?.rawValue
                change = m.change.rawValue
                modality = m.modality.rawValue
            }

            var text: String {
                var parts = ["measure=\(measure ?? "?")"]
                if !concepts.isEmpty { parts.append("concepts=\(concepts.joined(separator: ","))") }
                if let base { parts.append("base=\(base)") }
                if let entity { parts.append("entity=\(entity)\(entityInherited ? " (carried over)" : "")") }
                if let time { parts.append("time=\(time)") }
                if let baseTime { parts.append("compared-with=\(baseTime)") }
                if let aggregation { parts.append("aggregation=\(aggregation)") }
                parts.append("change=\(change)")
                parts.append("modality=\(modality)")
                return parts.joined(separator: " ")
            }
        }

        init(_ s: SourcedFigure) {
            document = s.document
            sentence = s.sentence
            start = s.start
            end = s.end
            text = s.sentenceText
            figure = s.figure.text
            value = "\(s.figure.value)"
            upper = s.figure.upper.map { "\($0)" }
            denominator = s.figure.denominator.map { "\($0)" }
            unit = s.figure.unit
            kind = s.figure.kind.rawValue
            approximate = s.figure.approximate
            bound = s.figure.bound?.rawValue
            modality = s.measure.modality.rawValue
            time = s.measure.time
            entity = s.measure.entity
            sentenceStart = s.sentenceStart
            sentenceEnd = s.sentenceEnd
            frame = Frame(s.measure)
        }
    }

    struct Pair: Encodable {
        var verdict: String
        var measure: String
        var reason: String
        /// The frame slot that decided the verdict: value, time, baseTime or modality.
        var decidedBy: String
        var confidence: Double
        var evidence: Double
        var absoluteDifference: String
        var relativeDifference: Double
        var a: Side
        var b: Side

        init(_ c: FigureComparison) {
            verdict = c.verdict.rawValue
            measure = c.measure
            reason = c.reason
            decidedBy = c.decidedBy
            confidence = c.confidence
            evidence = c.evidence
            absoluteDifference = "\(c.absoluteDifference)"
            relativeDifference = c.relativeDifference
            a = Side(c.a)
            b = Side(c.b)
        }
    }

    var version = 1
    var documents: [String]
    var figures: Int
    var conflicts: [Pair]
    var consistent: [Pair]
    var notComparable: [Pair]
    var rejected: [RejectedNumber]

    init(_ report: FactCheckReport, documents: [Document]) {
        self.documents = documents.map(\.id)
        figures = report.figures.count
        conflicts = report.conflicts.map(Pair.init)
        consistent = report.consistent.map(Pair.init)
        notComparable = report.notComparable.map(Pair.init)
        rejected = report.rejected
    }

    func text(explain: Bool = false) -> String {
        var out = "\(figures) figures in \(documents.count) source(s): \(conflicts.count) conflict(s), \(consistent.count) consistent, \(notComparable.count) not comparable\n"
        for (title, pairs) in [("CONFLICT", conflicts), ("not comparable", notComparable), ("consistent", consistent)] {
            for p in pairs {
                out += "\n\(title): \(p.measure): \(p.a.figure) vs \(p.b.figure) (difference \(p.absoluteDifference), \(String(format: "%.1f", p.relativeDifference * 100))%; \(p.reason); confidence \(String(format: "%.2f", p.confidence)))\n"
                for side in [p.a, p.b] {
                    out += "  \(side.document) #\(side.sentence) bytes \(side.start)–\(side.end): \(side.text)\n"
                    if explain { out += "    frame: \(side.frame.text)\n" }
                }
                if explain { out += "  decided by: \(p.decidedBy)\n" }
            }
        }
        return out
    }

    func markdown() -> String {
        var out = "**\(figures) figures, \(conflicts.count) conflict(s), \(consistent.count) consistent, \(notComparable.count) not comparable**\n"
        for (title, pairs) in [("Conflicts", conflicts), ("Not comparable", notComparable), ("Consistent", consistent)] where !pairs.isEmpty {
            out += "\n## \(title)\n\n| measure | A | B | difference | confidence |\n|---|---|---|---|---|\n"
            for p in pairs {
                func cell(_ s: Side) -> String { "**\(s.figure)** — \(s.text.replacingOccurrences(of: "|", with: "\\|")) (`\(s.document)` #\(s.sentence), bytes \(s.start)–\(s.end))" }
                out += "| \(p.measure) | \(cell(p.a)) | \(cell(p.b)) | \(p.absoluteDifference) (\(String(format: "%.1f", p.relativeDifference * 100))%) | \(String(format: "%.2f", p.confidence)) |\n"
            }
        }
        return out
    }
}
