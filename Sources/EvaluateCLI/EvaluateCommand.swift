import ArgumentParser
import Foundation
import PrecisCommandLine
import PrecisModels
import PrecisEvaluation
import PrecisSummary
import PrecisText

/// `evaluate`: scores Precis against hand-labelled fixtures and fails on regression.
@main
struct EvaluateCommand: ParsableCommand {
    static func main() { CommandMain.run(Self.self) }

    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the summarizer and the fact checker against hand-labelled fixtures; exit 1 on regression.",
        discussion: """
            Reads the fixtures of a folder (default: Evaluation/), scores them, prints a table and \
            compares with the baseline (default: <folder>/baseline.json). A metric below its \
            threshold is a regression: the command names it and exits 1. Exit status: 0 no regression, \
            1 regression, 2 usage error, 3 fatal (unreadable fixtures, a failed write).

            Examples:
              swift run evaluate
              swift run evaluate --fixtures my-fixtures/ --baseline my-fixtures/baseline.json --junit report.xml
              swift run evaluate --update-baseline
              swift run evaluate rouge --reference ref.txt --candidate sys.txt --language en
            """,
        version: PrecisVersion.current,
        subcommands: [Run.self, RougeCommand.self],
        defaultSubcommand: Run.self
    )
}

/// Runs the evaluation.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Evaluate fixtures against the baseline (the default).")

    @Option(help: "Folder of fixtures (its fixtures/ subfolder if present).") var fixtures: String = "Evaluation"
    @Option(help: "Baseline thresholds (default: <fixtures>/baseline.json).") var baseline: String?
    @Flag(name: .customLong("update-baseline"), help: "Write the current scores, less the tolerance, as the new baseline.") var updateBaseline = false
    @Option(help: "Tolerance subtracted by --update-baseline.") var tolerance: Double = 0.02
    @Option(help: "Write a machine-readable JSON report here.") var json: String?
    @Option(help: "Write JUnit XML (one test case per fixture and metric) here.") var junit: String?
    @Option(help: "Summarizer variant to score: lexrank or centroid.") var algorithm: String = "lexrank"
    @Option(name: .customLong("position-weight"), help: "Summarizer variant: weight of the lead prior.") var positionWeight: Double?
    @Option(help: "Summarizer variant: MMR lambda.") var mmr: Double?

    func validate() throws {
        if !(0...1).contains(tolerance) { throw ValidationError("--tolerance must be in [0, 1], got \(tolerance).") }
        if let mmr, !(0...1).contains(mmr) { throw ValidationError("--mmr must be in [0, 1], got \(mmr).") }
        if let positionWeight, !(0...1).contains(positionWeight) { throw ValidationError("--position-weight must be in [0, 1], got \(positionWeight).") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: fixtures)
        let baselineURL = URL(fileURLWithPath: baseline ?? folder.appendingPathComponent("baseline.json").path)
        try refuseOverwritingInputs(baseline: baselineURL.path)
        let loaded: [Fixture]
        if let baseline, !updateBaseline, !FileManager.default.fileExists(atPath: baselineURL.path) {
            // A mistyped --baseline must not turn the gate off.
            throw Failure(message: "\(baseline): no such baseline (write one with --update-baseline)")
        }
        // The default baseline may sit among the fixtures: it is none of them.
        let defaultBaseline = folder.appendingPathComponent("baseline.json")
        do { loaded = try FixtureSet.load(from: folder, excluding: [baselineURL, defaultBaseline]) } catch { throw Failure(message: "invalid fixture: \(error)") }
        var options = SummaryOptions()
        guard let chosen = SummaryAlgorithm(rawValue: algorithm) else { throw ValidationError("--algorithm must be lexrank or centroid.") }
        options.algorithm = chosen
        if let positionWeight { options.positionWeight = positionWeight }
        if let mmr { options.mmrLambda = mmr }
        let cases: [FigureCase]
        do { cases = try FigureCaseSet.load(from: folder) } catch { throw Failure(message: "invalid figure case: \(error)") }
        let segments: [SegmentCase]
        do { segments = try SegmentCaseSet.load(from: folder) } catch { throw Failure(message: "invalid segment case: \(error)") }
        let report = try Evaluator(options: options).evaluate(loaded, figureCases: cases, segmentCases: segments)

        if updateBaseline {
            let updated = Baseline.updated(from: report, tolerance: tolerance,
                                           note: "Minimum scores for CI: written by `evaluate --update-baseline` (current scores less the tolerance).")
            try write(try updated.jsonText(), to: baselineURL.path)
            try StandardOutput.line(ReportRenderer.table(report, baseline: updated))
            try StandardOutput.line("wrote \(updated.thresholds.count) thresholds to \(baselineURL.path)")
            return
        }
        let thresholds: Baseline?
        if FileManager.default.fileExists(atPath: baselineURL.path) {
            do { thresholds = try Baseline.load(contentsOf: baselineURL) } catch { throw Failure(message: "\(baselineURL.path): \(error)") }
        } else {
            thresholds = nil
            FileHandle.standardError.write(Data("warning: no baseline at \(baselineURL.path); nothing is gated (write one with --update-baseline)\n".utf8))
        }
        let regressions = thresholds?.regressions(in: report) ?? []
        try StandardOutput.line(ReportRenderer.table(report, baseline: thresholds))
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try write(String(decoding: try encoder.encode(report), as: UTF8.self), to: json)
        }
        if let junit { try write(ReportRenderer.junit(report, regressions: regressions), to: junit) }
        if !regressions.isEmpty {
            let lines = regressions.map { "regression: \($0)" }.joined(separator: "\n")
            throw PartialFailure("\(lines)\n\(regressions.count) regression(s) against \(baselineURL.path)")
        }
        try StandardOutput.line("no regression against \(thresholds == nil ? "(no baseline)" : baselineURL.path)")
    }

    /// Writes a report file atomically; a failure is fatal and names the path.
    private func write(_ text: String, to path: String) throws {
        do { try OutputFile.write(text, to: path) } catch { throw Failure(message: error.description) }
    }

    /// Refuses a report path that is the baseline or a fixture file (however spelled), before
    /// anything is read or written.
    private func refuseOverwritingInputs(baseline: String) throws {
        var inputs = [baseline]
        for folder in [fixtures, fixtures + "/fixtures", fixtures + "/figures", fixtures + "/segments"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []  // a folder that is not there holds no inputs
            inputs += names.map { folder + "/" + $0 }
        }
        for (flag, path) in [("--json", json), ("--junit", junit)] {
            guard let path, let input = inputs.first(where: { OutputFile.isSameFile($0, path) }) else { continue }
            throw ValidationError("\(flag) \(path) is the input \(input); refusing to overwrite it.")
        }
    }
}

/// `evaluate rouge`: ROUGE for any pair of texts.
struct RougeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rouge",
        abstract: "ROUGE-1/2/L/Lsum of a candidate against a reference (rouge-score compatible for English).",
        discussion: "Lines are sentences for ROUGE-Lsum. Japanese is scored on characters after NFKC, without white space and punctuation."
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(help: "The reference (target) text file.") var reference: String
    @Option(help: "The candidate (prediction) text file.") var candidate: String
    @Option(help: "Language: auto, ja or en.") var language: String = "auto"
    @Option(help: "Output format: text or json.") var format: Format = .text

    func validate() throws {
        if !["auto", "ja", "en"].contains(language) { throw ValidationError("--language must be auto, ja or en.") }
    }

    func run() throws {
        let decoder = TextDecoder()
        func read(_ path: String) throws -> String {
            do { return try decoder.decode(try FileInput.bytes(atPath: path), source: path) } catch { throw Failure(message: error.description) }
        }
        let target = try read(reference), prediction = try read(candidate)
        let lang = Language(rawValue: language) ?? Language.detect(target)
        let scores = RougeScorer(language: lang).score(target: target, prediction: prediction)
        switch format {
        case .json:
            var object: [String: [String: Double]] = [:]
            for (type, s) in scores { object[type.rawValue] = ["precision": s.precision, "recall": s.recall, "f1": s.f1] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try StandardOutput.line(String(decoding: try encoder.encode(object), as: UTF8.self))
        case .text:
            try StandardOutput.line("type       precision  recall  f1      (language \(lang.rawValue)\(lang == .ja ? ": characters after NFKC, no white space or punctuation" : ": rouge-score tokens, Porter stemming"))")
            for type in RougeType.allCases {
                let s = scores[type] ?? .zero
                try StandardOutput.line(type.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                      + String(format: " %.4f     %.4f  %.4f", s.precision, s.recall, s.f1))
            }
        }
    }
}

/// An error whose message is printed as is.
struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
