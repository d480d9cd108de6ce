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
