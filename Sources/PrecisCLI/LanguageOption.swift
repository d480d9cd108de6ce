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
    case text, markdown, json
}
