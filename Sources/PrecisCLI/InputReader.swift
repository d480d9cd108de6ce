import Foundation
import Precis

/// Reads command-line inputs (files or standard input) as validated documents.
enum InputReader {
    /// The raw bytes of `path`, or of standard input for `-`.
    static func bytes(of path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CLIError.noSuchFile(path) }
        if isDirectory.boolValue { throw CLIError.isDirectory(path) }
        do { return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw CLIError.unreadable(path, error.localizedDescription)
        }
    }

    /// A `YYYY-MM-DD` date as yyyymmdd, or nil when it is not a valid calendar date.
    static func day(_ s: String) -> Int? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), y >= 1000, (1...12).contains(m) else { return nil }
        let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return nil }
        return y * 10000 + m * 100 + d
    }

    /// Decodes and segments each path (`-` or no path at all: standard input).
    static func documents(_ paths: [String], language: Language?) throws -> [Document] {
        let list = paths.isEmpty ? ["-"] : paths
        return try list.map { path in
            let id = path == "-" ? "stdin" : path
            do { return try Document(id: id, bytes: try bytes(of: path), language: language) } catch let error as TextInputError {
                throw CLIError.failed(error.description)
            }
        }
    }
}
