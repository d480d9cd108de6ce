import ArgumentParser
import Foundation
import Precis

/// `precis sentences`: the segmentation, with each sentence's UTF-8 byte range.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split a document into sentences with their UTF-8 byte ranges."
    )

    @Argument(help: "A text file ('-' or none: standard input).") var file: String?
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Option(help: "Language: auto, ja or en.") var language: LanguageOption = .auto

    func validate() throws {
        if format == .markdown { throw ValidationError("--format must be text or json for sentences.") }
    }

    struct Report: Encodable {
        var version = 1
        var document: String
        var language: Language
        var bytes: Int
        var sentences: [Sentence]
    }

    func run() throws {
        let document = try InputReader.documents(file.map { [$0] } ?? [], language: language.language)[0]
        switch format {
        case .json:
            print(JSONOutput.string(Report(document: document.id, language: document.language,
                                           bytes: document.text.utf8.count, sentences: document.sentences)))
        default:
            for s in document.sentences {
                print("\(s.index)\t\(s.start)-\(s.end)\(s.isNoise ? "\tnoise" : "")\t\(s.text.replacingOccurrences(of: "\n", with: "⏎"))")
            }
        }
    }
}
