#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input: a regular file, or any readable stream (a pipe, a FIFO, `<(…)` process
/// substitution, `/dev/stdin`, a character device) read to its end. One reader for the library and
/// both commands, so every input form behaves alike and every failure names its path.
public enum FileInput {
    /// The default ceiling on one input, in bytes: `TextDecoder`'s.
    public static let defaultMaximumBytes = TextDecoder.defaultMaximumBytes

    /// The bytes at `path`; `"-"` reads standard input.
    /// - Parameters:
    ///   - path: a file path, or `"-"` for standard input.
    ///   - maximumBytes: refuse inputs larger than this (a stream is read only that far).
    /// - Throws: `TextInputError` (`noSuchFile`, `isDirectory`, `unreadable`, `tooLarge`) naming the path (shown as `standard input` for `-`).
    public static func bytes(atPath path: String, maximumBytes: Int = defaultMaximumBytes) throws(TextInputError) -> [UInt8] {
        if path == "-" { return try read(descriptor: 0, name: "standard input", maximumBytes: maximumBytes) }
        let fd = try open(path)
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(source: path, reason: reason(errno)) }
        return try read(descriptor: fd, name: path, maximumBytes: maximumBytes,
                        sizeHint: (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0)
    }

    /// The next chunk of standard input (up to 64 KiB), or nil at its end: for streaming readers
    /// such as `JSONLinesReader`, which keep memory bounded by the longest line.
    /// - Throws: `TextInputError.unreadable` with the system's reason.
    public static func nextChunkOfStandardInput() throws(TextInputError) -> [UInt8]? {
        try chunk(of: 0, name: "standard input")
    }

    /// An open input read in chunks (a file, a stream, or standard input for `"-"`), so that a
    /// reader such as `JSONLinesReader` keeps memory bounded by its longest line, not the input.
    /// The file is closed when the stream is released.
    public final class Stream {
        /// The path as given; `standard input` for `"-"`.
        public let name: String
        private let descriptor: Int32
        private let owned: Bool

        /// Opens `path` for reading (`"-"`: standard input).
        /// - Throws: `TextInputError` (`noSuchFile`, `isDirectory`, `unreadable`) naming the path.
        public init(path: String) throws(TextInputError) {
            if path == "-" {
                (name, descriptor, owned) = ("standard input", 0, false)
                return
            }
            (name, descriptor, owned) = (path, try FileInput.open(path), true)
        }

        deinit { if owned { close(descriptor) } }

        /// The next chunk (up to 64 KiB), or nil at the end of the input.
        /// - Throws: `TextInputError.unreadable` with the system's reason.
        public func nextChunk() throws(TextInputError) -> [UInt8]? { try chunk(of: descriptor, name: name) }
    }

    /// Opens `path` read-only, refusing a directory; the caller closes the descriptor.
    private static func open(_ path: String) throws(TextInputError) -> Int32 {
        var fd: Int32
        repeat { fd = systemOpen(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .noSuchFile(source: path) }
            if code == EISDIR { throw .isDirectory(source: path) }
            throw .unreadable(source: path, reason: reason(code))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .unreadable(source: path, reason: reason(code))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .isDirectory(source: path)
        }
        return fd
    }

    /// Reads `descriptor` to its end.
    static func read(descriptor: Int32, name: String, maximumBytes: Int, sizeHint: Int = 0) throws(TextInputError) -> [UInt8] {
        if sizeHint > maximumBytes { throw .tooLarge(source: name, bytes: sizeHint, limit: maximumBytes) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint)
        while let next = try chunk(of: descriptor, name: name) {
            if bytes.count + next.count > maximumBytes { throw .tooLarge(source: name, bytes: bytes.count + next.count, limit: maximumBytes) }
            bytes.append(contentsOf: next)
        }
        return bytes
    }

    /// One `read(2)` of up to 64 KiB, retrying interrupted reads; nil at the end of the input.
    private static func chunk(of descriptor: Int32, name: String) throws(TextInputError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EISDIR { throw .isDirectory(source: name) }
                throw .unreadable(source: name, reason: reason(code))
            }
            return n == 0 ? nil : Array(buffer[0..<n])
        }
    }

    /// The system's text for an errno value ("Permission denied").
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `open(2)`, named apart from `FileInput.open`.
@inline(__always)
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, flags)
    #else
    return Darwin.open(path, flags)
    #endif
}

/// `read(2)`, named apart from `FileInput.read`.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}
