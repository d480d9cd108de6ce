#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output with every write checked: a full disk or a device that refuses data is an
/// error the command reports (and exits non-zero on), never a truncated result with exit status 0.
/// Writes go straight to file descriptor 1, unbuffered, so nothing is lost at exit.
public enum StandardOutput {
    /// A write to standard output that failed, with the system's reason.
    public struct WriteError: Error, CustomStringConvertible {
        /// The errno value (`ENOSPC`, `EPIPE` …).
        public let code: Int32
        /// Creates the error for a failed write that set `errno` to `code`.
        public init(code: Int32) { self.code = code }
        public var description: String { "standard output: cannot write: \(String(cString: strerror(code)))" }
        /// The reader went away (`precis … | head -1`): the command ends quietly, not with an error.
        public var isClosedPipe: Bool { code == EPIPE }
    }

    /// Writes all of `text`, retrying interrupted and partial writes.
    /// - Throws: `WriteError` when the system refuses the data (ENOSPC, EPIPE, EIO …).
    public static func write(_ text: String) throws(WriteError) {
        if let code = OutputFile.writeAll(Array(text.utf8), to: 1) { throw WriteError(code: code) }
    }

    /// Writes `line` and a line break.
    public static func line(_ line: String) throws(WriteError) { try write(line + "\n") }
}
