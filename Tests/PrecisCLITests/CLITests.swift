import Foundation
import PrecisModels
import Testing

/// Runs the built `precis` executable and captures what a user would see.
struct CLI {
    struct Result {
        /// The exit status; 128 + N when the process was killed by signal N.
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let executable = built("precis")
    static let evaluate = built("evaluate")

    /// A built executable of this package, next to the test bundle.
    static func built(_ name: String) -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent(name)
    }

    /// Runs a shell script with `$PRECIS` and `$EVALUATE` set: for redirections (`> /dev/full`),
    /// process substitution and FIFOs, as a user's shell does them.
    static func shell(_ script: String) throws -> Result {
        try run(["-c", script],
                environment: ["PRECIS": executable.path, "EVALUATE": evaluate.path], program: URL(fileURLWithPath: "/bin/bash"))
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    program: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryFile(_ bytes: [UInt8], name: String = UUID().uuidString) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-test-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }
}

@Suite(.serialized) struct CLITests {
    @Test func anIDFieldNamesEachItemsID() throws {
        let input = #"{"doc_id": "n-17", "text": "Prices rose 3% in May."}"# + "\n" + #"{"doc_id": 42, "text": "Wages rose 2% in May."}"# + "\n"
            + #"{"text": "no id here"}"# + "\n" + #"{"doc_id": true, "text": "x"}"# + "\n"
        let result = try CLI.run(["figures", "--jsonl", "--id-field", "doc_id"], stdin: input)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.map { $0?["id"] as? String } == ["n-17", "42", "line 3", "line 4"])
        #expect(lines[2]?["error"] as? String == "line 3: no string or number member \"doc_id\" (--id-field)")
        let misplaced = try CLI.run(["figures", CLI.root.appendingPathComponent("Examples/en-article.txt").path, "--id-field", "doc_id"])
        #expect(misplaced.status == 2)
        #expect(misplaced.stderr.hasPrefix("Error: --id-field applies to --jsonl batches only.\n"))
    }

    @Test func aLanguageTheTextContradictsIsWarnedAbout() throws {
        let ja = CLI.root.appendingPathComponent("Examples/ja-article.txt").path
        let wrong = try CLI.run(["sentences", ja, "--language", "en"])
        #expect(wrong.status == 0)
        #expect(wrong.stderr == "warning: \(ja): the text looks Japanese, but --language en was given\n")
        let right = try CLI.run(["sentences", ja, "--language", "ja"])
        #expect(right.stderr.isEmpty)
    }

    @Test func bothCommandsPrintTheLibraryVersion() throws {
        for program in [CLI.executable, CLI.evaluate] {
            let result = try CLI.run(["--version"], program: program)
            #expect(result.status == 0)
            #expect(result.stdout == PrecisVersion.current + "\n")
        }
        #expect(PrecisVersion.current.split(separator: ".").compactMap { Int($0) }.count == 3)
    }

    @Test func summarizesBundledExampleAsJSON() throws {
        let path = CLI.root.appendingPathComponent("Examples/ja-article.txt").path
        let result = try CLI.run(["summarize", path, "--sentences", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let sentences = object["sentences"] as! [[String: Any]]
        #expect(sentences.count == 3)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for s in sentences {
            let start = s["start"] as! Int, end = s["end"] as! Int
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == s["text"] as! String)
            #expect(s["document"] as? String == path)
            #expect(s["score"] is Double && s["sentence"] is Int)
        }
    }

    @Test func errorsAreClearAndLeaveStdoutEmpty() throws {
        let empty = try CLI.temporaryFile([]), blank = try CLI.temporaryFile(Array(" \n ".utf8))
        let binary = try CLI.temporaryFile([0x41, 0x00, 0x42]), broken = try CLI.temporaryFile(Array("日本".utf8) + [0xC3, 0x28])
        let english = CLI.root.appendingPathComponent("Examples/en-article.txt").path
        // (arguments, exit status, first line of standard error)
        let cases: [([String], Int32, String)] = [
            (["summarize", "/nonexistent/file.txt"], 3, "Error: /nonexistent/file.txt: no such file"),
            (["summarize", "/tmp"], 3, "Error: /tmp: is a directory, expected a text file"),
            (["summarize", empty], 3, "Error: \(empty): the input is empty"),
            (["summarize", blank], 3, "Error: \(blank): the input holds only white space"),
            (["summarize", binary], 3, "Error: \(binary): binary data (control byte) at byte offset 1; expected UTF-8 text"),
            (["summarize", broken], 3, "Error: \(broken): invalid UTF-8 at byte offset 6"),
            (["summarize", "x.txt", "--sentences", "0"], 2, "Error: --sentences must be between 1 and 1000000000, got 0."),
            (["summarize", "x.txt", "--sentences", "2", "--characters", "100"], 2, "Error: Give only one of --sentences, --characters, --words, --ratio."),
            (["summarize", "x.txt", "--ratio", "1.5"], 2, "Error: --ratio must be in (0, 1], got 1.5."),
            (["summarize", "--idf-model", "/nonexistent.tsv", english], 3, "Error: /nonexistent.tsv: cannot read model file: no such file"),
        ]
        for (arguments, status, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments) wrote to stdout: \(result.stdout)")
            #expect(result.stderr.split(separator: "\n").first.map(String.init) == message, "\(arguments)")
        }
    }

    @Test func jsonLinesReportsBadLinesAndGoesOn() throws {
        let input = """
            {"id": "one", "text": "Prices rose sharply in March. Wages did not keep up with them. Unions asked for more."}
            not json
            {"id": "empty", "text": "   "}
            {"id": "two", "documents": [{"id": "a", "text": "長い文章の一つ目です。二つ目の文もあります。"}, {"id": "b", "text": "三つ目の文章はここにある。"}]}
            """
        let result = try CLI.run(["summarize", "--jsonl", "--sentences", "1"], stdin: input)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 4)
        #expect(lines.map { $0["id"] as! String } == ["one", "line 2", "empty", "two"])
        #expect((lines[0]["sentences"] as! [Any]).count == 1)
        #expect(lines[1]["error"] != nil && lines[2]["error"] != nil)
        #expect((lines[3]["sentences"] as! [[String: Any]]).count == 1)
        #expect(result.stderr == "Error: 2 of 4 items failed; see their error objects\n")
    }

    /// The two triggers of the old figure-across-a-boundary crash ("Rs." ends a sentence; a number
    /// at the 1,000-character cut), first in a batch: every line still gets its result.
    @Test func figuresAndCheckSurviveSentenceBoundaryTriggers() throws {
        let long = String(repeating: "あ", count: 996) + "12,345人が参加した。"
        let items = [
            #"{"id": "rs", "text": "The fee was Rs. 20. It rose."}"#,
            "{\"id\": \"cut\", \"text\": \"\(long)\"}",
            #"{"id": "plain", "text": "GDP比2.3%だ。"}"#,
        ]
        let figures = try CLI.run(["figures", "--jsonl"], stdin: items.joined(separator: "\n") + "\n")
        #expect(figures.status == 0, "\(figures.stderr)")
        let lines = figures.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.map { $0["id"] as! String } == ["rs", "cut", "plain"])
        let values = lines.map { ($0["figures"] as! [[String: Any]]).filter { $0["comparable"] as! Bool }.map { $0["value"] as! String } }
        #expect(values == [["20"], ["12345"], ["2.3"]])
        let batch = items.map { line -> String in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let text = object["text"] as! String
            let pair: [String: Any] = ["id": object["id"]!, "documents": [["id": "a", "text": text], ["id": "b", "text": text]]]
            return String(decoding: try! JSONSerialization.data(withJSONObject: pair), as: UTF8.self)
        }
        let check = try CLI.run(["check", "--jsonl"], stdin: batch.joined(separator: "\n") + "\n")
        #expect(check.status == 0, "\(check.stderr)")
        let checked = check.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(checked.map { $0["id"] as! String } == ["rs", "cut", "plain"])
        #expect(checked.allSatisfy { $0["error"] == nil })
    }

    @Test func jsonLinesRejectsInvalidUTF8AndDuplicateIDs() throws {
        var input = Data("{\"id\": \"bad\", \"text\": \"caf".utf8)
        input.append(0xE9)
        input.append(contentsOf: Data("s are open. Prices rose today.\"}\n{\"id\": \"good\", \"text\": \"Prices rose sharply in March. Wages did not keep up.\"}\n".utf8))
        let path = try CLI.temporaryFile([UInt8](input))
        // Feed the raw bytes through a shell (a Swift String would repair the invalid byte).
        let raw = Process()
        raw.executableURL = URL(fileURLWithPath: "/bin/sh")
        raw.arguments = ["-c", "\"$0\" summarize --jsonl < \"$1\"", CLI.executable.path, path]
        let out = Pipe()
        raw.standardOutput = out
        raw.standardError = Pipe()
        try raw.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        raw.waitUntilExit()
        #expect(raw.terminationStatus != 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("invalid UTF-8 at byte offset 26") == true)
        #expect(lines.last?.contains("\"sentences\"") == true)

        let check = try CLI.run(["check", "--jsonl"], stdin: "{\"id\": \"x\", \"documents\": [{\"id\": \"a\", \"text\": \"GDP比2.3%だ。\"}, {\"id\": \"a\", \"text\": \"GDP比2.6%だ。\"}]}\n")
        #expect(check.status != 0 && check.stdout.contains("two sources have the id 'a'"))
    }

    @Test func sentencesCommandSlicesExactly() throws {
        let path = CLI.root.appendingPathComponent("Examples/en-article.txt").path
        let result = try CLI.run(["sentences", path, "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let sentences = object["sentences"] as! [[String: Any]]
        #expect(sentences.count > 20)
        for s in sentences {
            #expect(String(decoding: bytes[(s["start"] as! Int)..<(s["end"] as! Int)], as: UTF8.self) == s["text"] as! String)
        }
    }

    /// Byte-identical output whatever the BLAS and worker thread counts.
    @Test func deterministicAcrossThreadCounts() throws {
        let path = CLI.root.appendingPathComponent("Examples/en-article.txt").path
        for kernel in ["dense", "sparse"] {
            let arguments = ["summarize", path, "--sentences", "4", "--format", "json", "--kernel", kernel]
            let one = try CLI.run(arguments, environment: ["OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"])
            let many = try CLI.run(arguments, environment: ["OPENBLAS_NUM_THREADS": "4", "OMP_NUM_THREADS": "4"])
            let again = try CLI.run(arguments)
            #expect(one.status == 0 && !one.stdout.isEmpty)
            #expect(one.stdout == many.stdout && one.stdout == again.stdout, "kernel \(kernel)")
        }
    }

    @Test func checkReportsTheSeedConflictAsJSON() throws {
        let fixture = CLI.root.appendingPathComponent("Evaluation/fixtures/seed-002.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as! [String: Any]
        let text = ((object["documents"] as! [[String: Any]])[0]["text"] as! String)
        let path = try CLI.temporaryFile(Array(text.utf8), name: "seed-002.txt")
        let result = try CLI.run(["check", path, "--format", "json"])
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let conflicts = report["conflicts"] as! [[String: Any]]
        let pair = conflicts.first { c in
            Set([(c["a"] as! [String: Any])["figure"] as! String, (c["b"] as! [String: Any])["figure"] as! String]) == ["2.6%", "2.3%"]
        }
        #expect(pair != nil)
        let bytes = Array(text.utf8)
        for side in [pair?["a"], pair?["b"]].compactMap({ $0 as? [String: Any] }) {
            let start = side["start"] as! Int, end = side["end"] as! Int
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == side["figure"] as! String)
            #expect(side["value"] is String && side["kind"] as? String == "percent" && side["unit"] as? String == "%")
            #expect(String(decoding: bytes[(side["sentenceStart"] as! Int)..<(side["sentenceEnd"] as! Int)], as: UTF8.self) == side["text"] as! String)
        }
        let figures = try CLI.run(["figures", path, "--format", "json"])
        #expect(figures.status == 0 && figures.stdout.contains("\"kind\" : \"marker\""))
    }

    @Test func markdownHasCitations() throws {
        let path = CLI.root.appendingPathComponent("Examples/en-article.txt").path
        let result = try CLI.run(["summarize", path, "--format", "markdown", "--sentences", "2"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[^1]:") && result.stdout.contains("[^2]:"))
        #expect(result.stdout.contains("bytes "))
    }

    @Test func htmlPagesForSummariesAndChecks() throws {
        let path = CLI.root.appendingPathComponent("Examples/en-article.txt").path
        let summary = try CLI.run(["summarize", path, "--format", "html", "--sentences", "2"])
        #expect(summary.status == 0)
        #expect(summary.stderr.isEmpty)
        #expect(summary.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(summary.stdout.hasSuffix("</body>\n</html>\n"))
        // Two picks in the source and one in the legend.
        #expect(summary.stdout.components(separatedBy: "<mark class=\"pick\"").count == 4)
        let check = try CLI.run(["check", path, "--format", "html"])
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(check.stdout.contains("<h2 id=\"conflict\">Conflicts ("))
        for command in ["sentences", "figures"] {
            let help = try CLI.run([command, "--help"]).stdout.components(separatedBy: "\n")
            let line = help.first { $0.hasPrefix("  --format <format>") }
            #expect(line == "  --format <format>       Output format: text or json. (values: text, json;", "\(command)")
        }
        for (arguments, message) in [
            // The listing commands accept only text and json, and their help lists only those.
            (["figures", path, "--format", "markdown"], "The value 'markdown' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
            (["figures", path, "--format", "html"], "The value 'html' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
            (["sentences", path, "--format", "markdown"], "The value 'markdown' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
            (["check", "--jsonl", "--format", "html"], "--jsonl always writes JSON; drop --format."),
        ] {
            let result = try CLI.run(arguments, stdin: "")
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(arguments)")
            #expect(result.stderr.contains("Usage: precis "), "\(arguments)")
        }
    }
}
