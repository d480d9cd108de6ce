import ArgumentParser
import Foundation
import Precis
import PrecisCommandLine

/// `precis idf`: term-weight models.
struct IDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idf",
        abstract: "Build term-weight (IDF) models.",
        subcommands: [Fit.self]
    )

    /// `precis idf fit`: counts document frequencies over a corpus into a model file.
    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fit an IDF model on text files or JSON Lines.",
            discussion: """
                Each .jsonl file holds one document per line (the --field member, default "text"); \
                any other file is one document. Progress goes to standard error.
                Example: precis idf fit corpus.jsonl --language ja --output Models/idf-ja.tsv
                """
        )

        @Argument(help: "Text files or .jsonl files.") var inputs: [String]
        @Option(help: "Language of the corpus: ja or en.") var language: Language
        @Option(help: "Where to write the model.") var output: String
        @Option(name: .customLong("min-df"), help: "Drop terms seen in fewer documents.") var minDF: Int = 2
        @Option(help: "JSON member holding the text in .jsonl files.") var field: String = "text"
        @Option(help: "Provenance recorded in the model header.") var source: String?
        @Option(help: "Licence of the corpus, recorded in the model header.") var license: String?
        @OptionGroup var jobs: JobsOption

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("Name at least one input file.") }
            if minDF < 1 { throw ValidationError("--min-df must be at least 1.") }
        }

        func run() throws {
            // The model never replaces a corpus file, however the path is spelled (./a.txt, a
            // symbolic or hard link): checked before anything is read.
            if let input = inputs.first(where: { OutputFile.isSameFile($0, output) }) {
                throw CLIError.failed("\(output): is the input \(input); refusing to overwrite it (choose another --output)")
            }
            var builder = IDFModelBuilder(tokenizer: try Tokenizer.bundled(for: language))
            var lastReport = Date()
            func progress(_ documents: Int, force: Bool = false) {
                if force || Date().timeIntervalSince(lastReport) > 1 {
                    FileHandle.standardError.write(Data("fitted \(documents) documents\n".utf8))
                    lastReport = Date()
                }
            }
            var items = CorpusItems(paths: inputs)
            let field = self.field
            try builder.add({ try items.next() }, text: { try $0.text(field: field) },
                            batch: OrderedBatch(jobs: jobs.count), progress: { progress($0) })
            progress(builder.documentCount, force: true)
            var metadata: [String: String] = [:]
            metadata["source"] = source
            metadata["license"] = license
            let model = builder.build(minimumDocumentFrequency: minDF, metadata: metadata)
            // A model without terms weighs nothing; writing it would only hide the mistake.
            guard model.termCount > 0 else {
                let hint = builder.documentCount < minDF
                    ? "--min-df \(minDF) is more than the \(builder.documentCount) document(s) read"
                    : "no term occurs in \(minDF) or more of the \(builder.documentCount) document(s)"
                throw CLIError.failed("\(output): not written: the model would hold no terms (\(hint); use a larger corpus or --min-df 1)")
            }
            do { try OutputFile.write(model.serialized(), to: output) } catch { throw CLIError.failed(error.description) }
            FileHandle.standardError.write(Data("wrote \(model.documentFrequency.count) terms from \(model.documentCount) documents to \(output)\n".utf8))
        }
    }
}

/// One member of a JSON Lines object: its text when it is a string (other values are allowed and
/// ignored, since only the `--field` member is read).
struct TextMember: Decodable {
    let text: String?
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { text = nil; return }  // "date": null
        do { text = try container.decode(String.self) } catch DecodingError.typeMismatch {
            text = nil  // a number, list or object is not text; a broken string (a lone surrogate) still fails
        }
    }
}

extension Language: ExpressibleByArgument {}
