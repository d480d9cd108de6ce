import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exit statuses of `precis` and `evaluate`, the same for every subcommand.
public enum ExitStatus: Int32, Sendable {
    /// Everything worked.
    case success = 0
    /// The command ran to the end, but some items failed (a bad JSON Lines line) or the gate
    /// failed (a regression): the output is complete for everything else.
    case partialFailure = 1
    /// The command line is wrong: an unknown flag, a value out of range, a missing argument.
    case usage = 2
    /// Nothing trustworthy was produced: an unreadable input, a failed write, a missing model.
    case fatal = 3
    /// Stopped by Ctrl-C (SIGINT), as the shell reports it (128 + 2).
    case interrupted = 130
}

/// An error for exit status 1: the command finished, but some items failed or the gate failed.
public struct PartialFailure: Error, CustomStringConvertible {
    /// What failed, as printed after `Error: ` on standard error (for example
    /// `2 of 10 items failed; see their error objects`); may span several lines.
    public let message: String
    /// Creates a partial failure that reports `message`.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Runs a command and maps its outcome to an `ExitStatus`, so both executables report alike.
public enum CommandMain {
    /// Parses the process arguments, runs the command and exits with its status; messages go to
    /// standard error as one sentence each (`Error: …`), help to standard output.
    public static func run<Command: ParsableCommand>(_ command: Command.Type) -> Never {
        // A closed pipe downstream must reach us as EPIPE (and end the command quietly), not as
        // a signal that could strike in the middle of a file write.
        signal(SIGPIPE, SIG_IGN)
        do {
            var parsed = try Command.parseAsRoot()
            try parsed.run()
            exit(ExitStatus.success.rawValue)
        } catch let error as StandardOutput.WriteError where error.isClosedPipe {
            exit(ExitStatus.success.rawValue)
        } catch {
            let status = status(of: error, command: Command.self)
            let message = Command.fullMessage(for: error)
            if status == .success {
                // Help or version text: if standard output refuses it, say so and fail.
                if !message.isEmpty, let code = OutputFile.writeAll(Array((message + "\n").utf8), to: 1) {
                    _ = OutputFile.writeAll(Array("Error: \(StandardOutput.WriteError(code: code))\n".utf8), to: 2)
                    exit(ExitStatus.fatal.rawValue)
                }
            } else {
                let text = message.isEmpty ? "" : (message.hasPrefix("Error: ") || status == .usage ? message : "Error: \(message)") + "\n"
                _ = OutputFile.writeAll(Array(text.utf8), to: 2)  // standard error is the last resort: nowhere to report its failure
            }
            exit(status.rawValue)
        }
    }

    /// The status for an error thrown by parsing or running.
    public static func status<Command: ParsableCommand>(of error: any Error, command: Command.Type) -> ExitStatus {
        if error is PartialFailure { return .partialFailure }
        let code = Command.exitCode(for: error)
        if code == .success { return .success }
        if code == .validationFailure { return .usage }
        return .fatal
    }
}
