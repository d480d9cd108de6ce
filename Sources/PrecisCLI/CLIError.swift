/// Errors the command line reports itself; each message names the file or flag at fault.
enum CLIError: Error, CustomStringConvertible {
    case failed(String)

    var description: String {
        switch self {
        case .failed(let message): return message
        }
    }
}
