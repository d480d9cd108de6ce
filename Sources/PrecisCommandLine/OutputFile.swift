#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a command's report or model file with every step checked.
///
/// A regular file (or a new path) is written to a temporary file in the same folder, flushed to
/// disk and renamed into place, so a failure leaves the old file intact and readers never see half
/// a file. A path that already names something else (a character device such as `/dev/stdout`, a
/// FIFO) is written in place, since it cannot be replaced. Every failure names the path and the
/// system's reason.
public enum OutputFile {
    /// A write that failed: the path and the reason, as one sentence.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        /// The path the caller asked to write, as given (not resolved).
        public let path: String
        /// Why the write failed: the system's message for the errno (`strerror`, such as
        /// "No space left on device") or a check of ours ("is a directory").
        public let reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    /// Writes `text` (as UTF-8) to `path`.
    /// - Throws: `WriteError` for a missing folder, a folder at `path`, no permission, a full disk …
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path`.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw WriteError(path: path, reason: "is a directory") }
            if type != S_IFREG { return try writeInPlace(bytes, to: path) }
        }
        let folder = directory(of: path)
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw WriteError(path: path, reason: "the folder \(folder) does not exist")
        }
        var template = Array("\(folder)/.\(basename(of: path)).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteError(path: path, reason: reason(errno)) }
        let temporary = String(cString: template)
        var isOpen = true
        do throws(WriteError) {
            // mkstemp creates mode 0600; give the file the mode a plain create would (0666 less the umask),
            // or keep the mode of the file being replaced.
            let mode: mode_t
            if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 } else {
                let mask = umask(0)
                umask(mask)
                mode = 0o666 & ~mask
            }
            guard fchmod(fd, mode) == 0 else { throw WriteError(path: path, reason: reason(errno)) }
            try writeAll(bytes, to: fd, path: path)
            guard fsync(fd) == 0 else { throw WriteError(path: path, reason: reason(errno)) }
            isOpen = false
            guard close(fd) == 0 else { throw WriteError(path: path, reason: reason(errno)) }
            guard rename(temporary, path) == 0 else { throw WriteError(path: path, reason: reason(errno)) }
        } catch {
            if isOpen { close(fd) }
            unlink(temporary)
            throw error
        }
    }

    /// Opens an existing non-regular file (device, FIFO) and writes to it.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError(path: path, reason: reason(errno)) }
        do throws(WriteError) {
            try writeAll(bytes, to: fd, path: path)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw WriteError(path: path, reason: reason(errno)) }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(WriteError) {
        if let code = writeAll(bytes, to: fd) { throw WriteError(path: path, reason: reason(code)) }
    }

    /// Writes every byte to `fd`, retrying interrupted and partial writes; the errno of a
    /// failure, or nil.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    /// Whether two paths name the same existing file (same device and inode: also through
    /// symbolic links, hard links and spellings such as `./a.txt`).
    public static func isSameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }

    /// The folder part of `path` (`.` for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func basename(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `write(2)`.
@inline(__always)
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
    #else
    return Darwin.write(fd, buffer, count)
    #endif
}
