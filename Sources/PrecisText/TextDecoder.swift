/// Turns raw bytes into text, refusing what is not UTF-8 text instead of guessing.
///
/// Invalid UTF-8 and binary data are errors naming the byte offset; nothing is replaced
/// silently, so byte offsets reported later always refer to the caller's exact bytes.
public struct TextDecoder: Sendable {
    /// Inputs larger than this many bytes are rejected (default 256 MiB).
    public var maximumBytes: Int

    /// The default of `maximumBytes`: 256 MiB.
    public static let defaultMaximumBytes = 256 << 20

    /// Creates a decoder that rejects inputs of more than `maximumBytes` bytes (default 256 MiB).
    public init(maximumBytes: Int = defaultMaximumBytes) {
        self.maximumBytes = maximumBytes
    }

    /// Validates `bytes` and returns them as a string.
    /// - Parameters:
    ///   - bytes: the raw input.
    ///   - source: a name for messages (a file path, a JSON Lines id).
    /// - Throws: `TextInputError` for empty, white-space-only, binary, invalid or oversized input.
    public func decode(_ bytes: some Collection<UInt8>, source: String) throws(TextInputError) -> String {
        let count = bytes.count
        if count == 0 { throw .empty(source: source) }
        if count > maximumBytes { throw .tooLarge(source: source, bytes: count, limit: maximumBytes) }
        var offset = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var allWhite = true
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                let v = scalar.value
                if v < 0x20 && !(0x09...0x0D).contains(v) {
                    throw .binary(source: source, offset: offset)
                }
                if v == 0x7F { throw .binary(source: source, offset: offset) }
                if allWhite && !ScalarClass.isWhitespace(v) { allWhite = false }
                offset += encoded.count
            case .error(let length):
                _ = length
                throw .invalidUTF8(source: source, offset: offset)
            case .emptyInput:
                break loop
            }
        }
        if allWhite { throw .whitespaceOnly(source: source) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
