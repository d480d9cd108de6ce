import ArgumentParser

/// `precis`: cited extractive summaries and numeric fact checks from the command line.
@main
struct PrecisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "Extractive summaries with source citations, and numeric fact checks, for Japanese and English news.",
        discussion: """
            Examples:
              precis summarize Examples/ja-article.txt --sentences 3
              precis summarize a.txt b.txt --characters 200 --format markdown
              precis sentences Examples/ja-article.txt --format json
              cat batch.jsonl | precis summarize --jsonl > summaries.jsonl
            """,
        subcommands: [SummarizeCommand.self, SentencesCommand.self, FiguresCommand.self, CheckCommand.self, IDFCommand.self]
    )
}
