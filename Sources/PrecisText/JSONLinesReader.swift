import Foundation

/// Reads JSON Lines (one JSON value per line, RFC 8259 within each line) for every command and
/// fixture loader, so they accept and reject exactly the same input.
///
/// Lines end at LF only (U+2028 and U+2029 are ordinary characters inside strings); a CR before
/// the LF is dropped; a UTF-8 byte-order mark at the start of the first line is skipped; blank
/// lines are skipped but still counted, so line numbers match an editor's.
public struct JSONLinesReader {
    /// One non-blank line: its 1-based number and its bytes (without the line break).
    public struct Line: Sendable {
        /// The line's 1-based number in the input, blank lines included.
        public let number: Int
        /// The line's UTF-8 bytes, not yet validated: without the LF, a CR before it, or (on
        /// line 1) a byte-order mark.
        public let bytes: [UInt8]
        /// Creates a line from its number (1-based) and bytes.
        public init(number: Int, bytes: [UInt8]) { self.number = number; self.bytes = bytes }
    }

    /// Why a line could not be decoded: a sentence that names the line.
    public struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The line's 1-based number.
        public let line: Int
        /// What is wrong, without the line number ("not valid JSON"); `description` prefixes `line N: `.
        public let message: String
        /// The line's `id` member, when the line is a JSON object that has a string id.
        public let id: String?
        /// Creates an error for line `line` (1-based) with `message` and the line's id, if known.
        public init(line: Int, message: String, id: String?) { self.line = line; self.message = message; self.id = id }
        public var description: String { "line \(line): \(message)" }
    }

    private let nextChunk: () throws -> [UInt8]?
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var lineNumber = 0

    /// Reads lines from chunks handed out by `nextChunk` (nil: the end of the input).
    public init(chunks nextChunk: @escaping () throws -> [UInt8]?) { self.nextChunk = nextChunk }

    /// Reads lines from bytes already in memory.
    public init(bytes: [UInt8]) {
        var pending: [UInt8]? = bytes
        self.init(chunks: { defer { pending = nil }; return pending })
    }

    /// The next non-blank line, or nil at the end.
    /// - Throws: whatever `nextChunk` throws (a read error).
    public mutating func next() throws -> Line? {
        while true {
            guard var raw = try nextRawLine() else { return nil }
            lineNumber += 1
            if lineNumber == 1, raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
            if raw.last == 0x0D { raw.removeLast() }
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return Line(number: lineNumber, bytes: raw)
        }
    }

    private mutating func nextRawLine() throws -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                defer { start = newline + 1 }
                return Array(buffer[start..<newline])
            }
            if finished {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return Array(buffer[start...])
            }
            buffer.removeFirst(start)
            start = 0
            if let chunk = try nextChunk(), !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { finished = true }
        }
    }

    /// Decodes `line` as `T`: invalid UTF-8, text that is not JSON and a JSON value of the wrong
    /// shape are each a `LineError` with a sentence saying which (`expected` describes the shape).
    public static func decode<T: Decodable>(_ type: T.Type, from line: Line, expected: String) throws(LineError) -> T {
        if let offset = invalidUTF8Offset(line.bytes) {
            throw LineError(line: line.number, message: "invalid UTF-8 at byte offset \(offset) of the line", id: nil)
        }
        let data = Data(line.bytes)
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) == nil {
                let detail = loneSurrogate(in: line.bytes).map { ": a lone surrogate escape at byte offset \($0)" } ?? ""
                throw LineError(line: line.number, message: "not valid JSON\(detail)", id: nil)
            }
            let id = (try? JSONDecoder().decode(IDOnly.self, from: data))?.id
            throw LineError(line: line.number, message: "not a valid item: expected \(expected)", id: id)
        }
    }

    private struct IDOnly: Decodable { var id: String }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The byte offset of a `\uD800`–`\uDFFF` escape that is not half of a surrogate pair.
    static func loneSurrogate(in bytes: [UInt8]) -> Int? {
        func escape(at i: Int) -> UInt32? {
            guard i + 5 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
            return UInt32(String(decoding: bytes[(i + 2)...(i + 5)], as: UTF8.self), radix: 16)
        }
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5C, i + 1 < bytes.count, bytes[i + 1] != 0x75 { i += 2; continue }  // \" \\ \n …
            guard let value = escape(at: i) else { i += 1; continue }
            if (0xD800...0xDBFF).contains(value) {
                guard let low = escape(at: i + 6), (0xDC00...0xDFFF).contains(low) else { return i }
                i += 12
            } else if (0xDC00...0xDFFF).contains(value) {
                return i
            } else {
                i += 6
            }
        }
        return nil
    }
}
