//! Summarize a news article in three sentences, each citing the source bytes it came from.
// snippet.hide
import Foundation
// snippet.show
import Precis

do {
    // A file path, or "-" for standard input; empty, binary or invalid UTF-8 input throws.
    let path = CommandLine.arguments.dropFirst().first ?? "Examples/en-article.txt"
    let document = try Document(contentsOfFile: path)          // throws TextInputError

    var options = SummaryOptions()
    options.budget = .sentences(3)
    let summary = try Summarizer(options: options).summarize([document])  // throws SummarizeError

    for sentence in summary.sentences {
        // `start..<end` is a UTF-8 byte range of the source: the citation.
        let bytes = Array(document.text.utf8)[sentence.start..<sentence.end]
        precondition(String(decoding: bytes, as: UTF8.self) == sentence.text)
        print("[\(sentence.document):\(sentence.start)-\(sentence.end)] \(sentence.text)")
    }
} catch {
    print("error: \(error)")
}
