import PrecisText

/// Why a summary could not be made.
public enum SummarizeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The budget is zero, negative or out of range.
    case invalidBudget(String)
    /// A setting of `SummaryOptions` is out of range (NaN included).
    case invalidOption(String)
    /// No documents were given.
    case noDocuments
    /// Two documents share an id, so citations would be ambiguous.
    case duplicateDocumentID(String)
    /// A bundled or given model could not be loaded.
    case model(ModelLoadError)
    /// The term-weight model was fitted with other tokenization rules than the input needs.
    case modelMismatch(expected: String, found: String)

    public var description: String {
        switch self {
        case .invalidBudget(let message), .invalidOption(let message): return message
        case .noDocuments: return "no documents to summarize"
        case .duplicateDocumentID(let id): return "two documents have the id '\(id)'; ids must be unique"
        case .model(let error): return error.description
        case .modelMismatch(let expected, let found):
            return "the term-weight model was fitted with tokenizer '\(found)', but this input needs '\(expected)'"
        }
    }
}
