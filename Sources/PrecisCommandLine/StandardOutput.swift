#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output with every write checked: a full disk, a closed pipe or a device that refuses
/// data is an error the command reports (and exits non-zero on), never a truncated result with
/// exit status 0. Writes go straight to file descriptor 1, unbuffered, so nothing is lost at exit.
public enum StandardOutput {
    /// A write to standard output that failed, with the system's reason.
    public struct WriteError: Error, CustomStringConvertible {
        public let code: Int32
        public var description: String { "standard output: cannot write: \(String(cString: strerror(code)))" }
    }

    /// Writes all of `text`, retrying interrupted and partial writes.
    /// - Throws: `WriteError` when the system refuses the data (ENOSPC, EPIPE, EIO …).
    public static func write(_ text: String) throws(WriteError) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError(code: errno)
            }
            offset += n
        }
    }

    /// Writes `line` and a line break.
    public static func line(_ line: String) throws(WriteError) { try write(line + "\n") }

    /// Whether two paths name the same existing file (same device and inode: also through
    /// symbolic links, hard links and spellings such as `./a.txt`).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }
}
