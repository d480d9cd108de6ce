import ArgumentParser
import PrecisCommandLine
import PrecisModels

/// `precis`: cited extractive summaries and numeric fact checks from the command line.
@main
struct PrecisCommand: ParsableCommand {
    static func main() { CommandMain.run(Self.self) }

    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "Extractive summaries with source citations, and numeric fact checks, for Japanese and English news.",
        discussion: """
            Examples:
              precis summarize Examples/ja-article.txt --sentences 3
              precis summarize a.txt b.txt --characters 200 --format markdown
              precis sentences Examples/ja-article.txt --format json
              cat batch.jsonl | precis summarize --jsonl > summaries.jsonl

            Inputs: a path, '-' for standard input, or any readable stream (a pipe, a FIFO, <(...)).
            Exit status: 0 success, 1 some JSON Lines items failed (each has an error object), \
            2 usage error, 3 fatal (unreadable input, failed write, missing model), 130 interrupted.
            """,
        version: PrecisVersion.current,
        subcommands: [SummarizeCommand.self, SentencesCommand.self, FiguresCommand.self, CheckCommand.self, IDFCommand.self]
    )
}
