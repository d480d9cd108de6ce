/// Why an input cannot be turned into a document. Every case names the source and, where it
/// applies, the byte offset, so a user can find the problem.
public enum TextInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input has no bytes.
    case empty(source: String)
    /// The input holds only white space.
    case whitespaceOnly(source: String)
    /// The input looks binary: a NUL or other control byte at `offset`.
    case binary(source: String, offset: Int)
    /// The bytes at `offset` are not valid UTF-8.
    case invalidUTF8(source: String, offset: Int)
    /// The input is larger than the configured limit (`bytes`: its size, or for a stream the
    /// bytes read when the limit was passed).
    case tooLarge(source: String, bytes: Int, limit: Int)
    /// Nothing exists at the path.
    case noSuchFile(source: String)
    /// The path is a folder, not a file.
    case isDirectory(source: String)
    /// The system refused to open or read the file: `reason` is its text ("Permission denied").
    case unreadable(source: String, reason: String)

    /// The input's name: a path, a JSON Lines item id, `standard input`.
    public var source: String {
        switch self {
        case .empty(let source), .whitespaceOnly(let source), .binary(let source, _), .invalidUTF8(let source, _),
             .tooLarge(let source, _, _), .noSuchFile(let source), .isDirectory(let source), .unreadable(let source, _):
            return source
        }
    }

    /// What is wrong, without the source's name.
    public var problem: String {
        switch self {
        case .empty: return "the input is empty"
        case .whitespaceOnly: return "the input holds only white space"
        case .binary(_, let offset): return "binary data (control byte) at byte offset \(offset); expected UTF-8 text"
        case .invalidUTF8(_, let offset): return "invalid UTF-8 at byte offset \(offset)"
        case .tooLarge(_, let bytes, let limit): return "\(bytes) bytes is larger than the limit of \(limit) bytes"
        case .noSuchFile: return "no such file"
        case .isDirectory: return "is a directory, expected a text file"
        case .unreadable(_, let reason): return "cannot read: \(reason)"
        }
    }

    public var description: String { "\(source): \(problem)" }
}
