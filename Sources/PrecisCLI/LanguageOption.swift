import ArgumentParser
import Precis

/// `--language auto|ja|en`.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case auto, ja, en

    var language: Language? {
        switch self {
        case .auto: return nil
        case .ja: return .ja
        case .en: return .en
        }
    }
}

/// `--format text|markdown|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html
}

/// `--format` of the listing commands (`sentences`, `figures`): a table or JSON, nothing else.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--jobs N`: how many items (JSON Lines items, or `idf fit`'s shares of documents) are processed at once.
struct JobsOption: ParsableArguments {
    /// More threads than this only adds memory; it is a guard against a typo such as 10000.
    static let maximum = 1024

    @Option(help: "Items processed at once, on that many threads (default: the processors available). Output is the same for every value.")
    var jobs: Int?

    func validate() throws {
        if let jobs, !(1...Self.maximum).contains(jobs) {
            throw ValidationError("--jobs must be between 1 and \(Self.maximum), got \(jobs).")
        }
    }

    /// Rejects `--jobs` without `--jsonl` (summarize, check, figures), where it would do nothing.
    func validate(jsonl: Bool) throws {
        if jobs != nil && !jsonl { throw ValidationError("--jobs applies to --jsonl batches only.") }
    }

    var count: Int { jobs ?? OrderedBatch.defaultJobs }
}

/// `--id-field NAME`: the member of each JSON Lines item that holds its id, when it is not `id`
/// (an engine's own key: `doc_id`, `url`); a string or a number.
struct IDFieldOption: ParsableArguments {
    @Option(name: .customLong("id-field"), help: "The member of each JSON Lines item that holds its id (default: id); a string or a number.")
    var name: String?

    /// Rejects `--id-field` without `--jsonl` and an empty name.
    func validate(jsonl: Bool) throws {
        guard let name else { return }
        if !jsonl { throw ValidationError("--id-field applies to --jsonl batches only.") }
        if name.isEmpty { throw ValidationError("--id-field needs a member name.") }
    }
}

