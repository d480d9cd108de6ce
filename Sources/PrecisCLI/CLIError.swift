/// Errors the command line reports itself; each message names the file or flag at fault.
enum CLIError: Error, CustomStringConvertible {
    case noSuchFile(String)
    case isDirectory(String)
    case unreadable(String, String)
    case failed(String)

    var description: String {
        switch self {
        case .noSuchFile(let path): return "\(path): no such file"
        case .isDirectory(let path): return "\(path): is a directory, expected a text file"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .failed(let message): return message
        }
    }
}
