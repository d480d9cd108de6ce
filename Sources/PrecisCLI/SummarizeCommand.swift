import ArgumentParser
import Foundation
import PrecisCommandLine
import Precis

/// `precis summarize`: a cited extractive summary of one or more documents.
struct SummarizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Summarize documents; every summary sentence cites its source sentence and byte range.",
        discussion: """
            With several files, the documents are summarized together and near-duplicate sentences \
            collapse into one that cites every source. The default budget is 3 sentences.

            --jsonl reads JSON Lines from standard input, one item per line, either \
            {"id": "...", "text": "..."} or {"id": "...", "documents": [{"id": "...", "text": "..."}]}, \
            and writes one result per line: {"id": "...", "sentences": [...]} or {"id": "...", "error": "..."}.
            """
    )

    @Argument(help: "Text files to summarize together ('-' or none: standard input).")
    var files: [String] = []

    @Option(help: "Budget: at most N sentences (1 to 1000000000).") var sentences: Int?
    @Option(help: "Budget: at most N characters (1 to 1000000000).") var characters: Int?
    @Option(help: "Budget: at most N words, 1 to 1000000000 (Japanese: one word per two characters).") var words: Int?
    @Option(help: "Budget: at most this fraction in (0, 1] of the input's characters.") var ratio: Double?

    @Option(help: "Scoring algorithm: \(SummaryAlgorithm.allCases.map(\.rawValue).joined(separator: ", ")).")
    var algorithm: SummaryAlgorithm = .lexrank

    @Option(help: "Language: auto, ja or en.") var language: LanguageOption = .auto

    @Option(name: .customLong("idf-model"), help: "Term weights: 'bundled' (default), 'input', or a model file made by 'precis idf fit'.")
    var idfModel: String = "bundled"

    @Option(help: "Similarity kernel: automatic, sparse or dense (BLAS).") var kernel: SimilarityKernel = .automatic
    @Option(help: "MMR trade-off lambda in [0, 1]; 1 disables redundancy control.") var mmr: Double = 0.7
    @Option(name: .customLong("position-weight"), help: "Weight in [0, 1] of the lead prior for news.") var positionWeight: Double = 0.5
    @Option(help: "Output order: document or rank.") var order: SummaryOrder = .document
    @Option(help: "A query for a topic-focused summary (JSON Lines: a \"query\" field per item).") var query: String?
    @Option(name: .customLong("query-weight"), help: "Weight in [0, 1] of the similarity to the query.") var queryWeight: Double = 0.5
    @Option(help: "Output format: text, markdown, json or html (one self-contained page).") var format: OutputFormat = .text
    @Flag(help: "Read JSON Lines items from standard input and write one JSON result per line.") var jsonl = false
    @OptionGroup var jobs: JobsOption
    @OptionGroup var idField: IDFieldOption

    func validate() throws {
        try jobs.validate(jsonl: jsonl)
        try idField.validate(jsonl: jsonl)
        let budgets = [sentences != nil, characters != nil, words != nil, ratio != nil].filter { $0 }.count
        if budgets > 1 { throw ValidationError("Give only one of --sentences, --characters, --words, --ratio.") }
        for (name, value) in [("--sentences", sentences), ("--characters", characters), ("--words", words)] {
            if let value, !(1...SummaryBudget.maximumCount).contains(value) {
                throw ValidationError("\(name) must be between 1 and \(SummaryBudget.maximumCount), got \(value).")
            }
        }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be in (0, 1], got \(ratio).") }
        if !(0...1).contains(mmr) { throw ValidationError("--mmr must be in [0, 1], got \(mmr).") }
        if !(0...1).contains(positionWeight) { throw ValidationError("--position-weight must be in [0, 1], got \(positionWeight).") }
        if !(0...1).contains(queryWeight) { throw ValidationError("--query-weight must be in [0, 1], got \(queryWeight).") }
        if jsonl && !files.isEmpty { throw ValidationError("--jsonl reads standard input; do not name files.") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input ('-') can be read only once.") }
        if jsonl && format != .text && format != .json { throw ValidationError("--jsonl always writes JSON; drop --format.") }
    }

    func options() throws -> SummaryOptions {
        var o = SummaryOptions()
        if let sentences { o.budget = .sentences(sentences) }
        if let characters { o.budget = .characters(characters) }
        if let words { o.budget = .words(words) }
        if let ratio { o.budget = .ratio(ratio) }
        o.algorithm = algorithm
        o.language = language.language
        o.kernel = kernel
        o.mmrLambda = mmr
        o.positionWeight = positionWeight
        o.order = order
        o.query = query
        o.queryWeight = queryWeight
        switch idfModel {
        case "bundled": o.weighting = .bundled
        case "input": o.weighting = .input
        default:
            do { o.weighting = .model(try IDFModel.load(contentsOf: URL(fileURLWithPath: idfModel))) } catch {
                throw CLIError.failed(error.description)
            }
        }
        return o
    }

    func run() throws {
        let summarizer = Summarizer(options: try options())
        if jsonl {
            try JSONLinesRunner.run(jobs: jobs.count, idField: idField.name) { documents, item in
                var itemSummarizer = summarizer
                if let query = item.query { itemSummarizer.options.query = query }
                let summary = try itemSummarizer.summarize(documents)
                return ["sentences": try JSONValue(summary.sentences)]
            }
            return
        }
        let documents = try InputReader.documents(files, language: language.language)
        let summary: Summary
        do { summary = try summarizer.summarize(documents) } catch { throw CLIError.failed(error.description) }
        if summary.candidates == 0 {
            let total = documents.reduce(0) { $0 + $1.sentences.count }
            FileHandle.standardError.write(Data("warning: nothing to summarize: none of the \(total) sentences is prose of at least 3 terms (the rest is noise such as URLs, reply markers and timestamps)\n".utf8))
        } else if summary.shortInput {
            FileHandle.standardError.write(Data("warning: short input: fewer sentences of 3 or more terms than the budget asks for, so every sentence with a term was a candidate\n".utf8))
        } else if summary.sentences.isEmpty {
            FileHandle.standardError.write(Data("warning: no sentence fits the budget (\(summary.candidates) candidate sentences)\n".utf8))
        }
        try StandardOutput.write(SummaryRenderer.render(summary, documents: documents, format: format))
    }
}

extension SummaryAlgorithm: ExpressibleByArgument {}
extension SimilarityKernel: ExpressibleByArgument {}
extension SummaryOrder: ExpressibleByArgument {}
