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
    /// The input is larger than the configured limit.
    case tooLarge(source: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty(let source):
            return "\(source): the input is empty"
        case .whitespaceOnly(let source):
            return "\(source): the input holds only white space"
        case .binary(let source, let offset):
            return "\(source): binary data (control byte) at byte offset \(offset); expected UTF-8 text"
        case .invalidUTF8(let source, let offset):
            return "\(source): invalid UTF-8 at byte offset \(offset)"
        case .tooLarge(let source, let bytes, let limit):
            return "\(source): \(bytes) bytes is larger than the limit of \(limit) bytes"
        }
    }
}
