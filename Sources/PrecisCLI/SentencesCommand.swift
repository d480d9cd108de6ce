import ArgumentParser
import Foundation
import PrecisCommandLine
import Precis

/// `precis sentences`: the segmentation, with each sentence's UTF-8 byte range.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split a document into sentences with their UTF-8 byte ranges."
    )

    @Argument(help: "A text file ('-' or none: standard input).") var file: String?
    @Option(help: "Output format: text or json.") var format: ListingFormat = .text
    @Option(help: "Language: auto, ja or en.") var language: LanguageOption = .auto

    func validate() throws {
    }

    struct Report: Encodable {
        var version = 1
        var document: String
        var language: Language
        var bytes: Int
        var sentences: [Sentence]
    }

    /// The sentence on one line of the tab-separated listing: line breaks shown as ⏎, tabs as →.
    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { s -> Character in
            switch s.value {
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return "⏎"
            case 0x09: return "→"
            default: return Character(s)
            }
        })
    }

    func run() throws {
        let document = try InputReader.documents(file.map { [$0] } ?? [], language: language.language)[0]
        switch format {
        case .json:
            try StandardOutput.line(JSONOutput.string(Report(document: document.id, language: document.language,
                                           bytes: document.text.utf8.count, sentences: document.sentences)))
        default:
            for s in document.sentences {
                try StandardOutput.line("\(s.index)\t\(s.start)-\(s.end)\(s.isNoise ? "\tnoise" : "")\t\(Self.oneLine(s.text))")
            }
        }
    }
}
