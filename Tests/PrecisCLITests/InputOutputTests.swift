import Foundation
import Testing

/// Input and output as a pipeline sees them, through the built executables: every input form,
/// every failed write, no self-overwrite, range-checked options, honest models, one JSON Lines reader.
@Suite(.serialized) struct InputOutputTests {
    static let english = CLI.root.appendingPathComponent("Examples/en-article.txt").path
    static let japanese = CLI.root.appendingPathComponent("Examples/ja-article.txt").path
    static let fullDisk = "Error: standard output: cannot write: No space left on device"

    /// A fresh temporary folder.
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A fixtures folder holding one small fixture, so `evaluate` finishes in a moment.
    static func smallFixtures() throws -> String {
        let root = try folder()
        try FileManager.default.createDirectory(atPath: root + "/fixtures", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.root.appendingPathComponent("Evaluation/fixtures/en-wn-58318.json").path,
                                         toPath: root + "/fixtures/en-wn-58318.json")
        return root
    }

    static func firstLine(_ text: String) -> String? { text.split(separator: "\n").first.map(String.init) }
    /// The first `Error: …` line of standard error (warnings may come before it).
    static func errorLine(_ text: String) -> String? { text.split(separator: "\n").first { $0.hasPrefix("Error: ") }.map(String.init) }

    @Test func modelNeverReplacesItsInputHoweverSpelled() throws {
        let dir = try Self.folder()
        let corpus = dir + "/a.txt"
        let bytes = Array("Markets rose on Monday. Markets fell on Tuesday.\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: corpus))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: corpus)
        try FileManager.default.linkItem(atPath: corpus, toPath: dir + "/hard.txt")
        for output in ["a.txt", "./a.txt", dir + "/a.txt", "link.txt", "hard.txt"] {
            let result = try CLI.shell("cd '\(dir)' && \"$PRECIS\" idf fit a.txt --language en --min-df 1 --output '\(output)'")
            #expect(result.status == 3, "\(output): \(result.stderr)")
            #expect(result.stderr == "Error: \(output): is the input a.txt; refusing to overwrite it (choose another --output)\n")
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus))) == bytes, "\(output) changed the input")
        }
        // evaluate: a report path that is its baseline.
        let fixtures = try Self.smallFixtures()
        try Data("{\"tolerance\": 0.02, \"thresholds\": []}\n".utf8).write(to: URL(fileURLWithPath: fixtures + "/baseline.json"))
        let before = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/baseline.json"))
        let evaluate = try CLI.run(["--fixtures", fixtures, "--json", fixtures + "/./baseline.json"], program: CLI.evaluate)
        #expect(evaluate.status == 2)
        #expect(Self.errorLine(evaluate.stderr) == "Error: --json \(fixtures)/./baseline.json is the input \(fixtures)/baseline.json; refusing to overwrite it.")
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixtures + "/baseline.json")) == before)
    }

    @Test func everyOutputToAFullDiskFails() throws {
        let fixtures = try Self.smallFixtures()
        let item = #"{"id": "a", "text": "Prices rose 3% in May. Wages rose 2%."}"#
        let en = Self.english, ja = Self.japanese
        // (script, first line of standard error)
        let cases: [(String, String)] = [
            ("\"$PRECIS\" summarize '\(en)' > /dev/full", Self.fullDisk),
            ("\"$PRECIS\" summarize '\(en)' --format json > /dev/full", Self.fullDisk),
            ("\"$PRECIS\" sentences '\(en)' > /dev/full", Self.fullDisk),
            ("\"$PRECIS\" figures '\(en)' > /dev/full", Self.fullDisk),
            ("\"$PRECIS\" check '\(en)' '\(ja)' > /dev/full", Self.fullDisk),
            ("echo '\(item)' | \"$PRECIS\" summarize --jsonl > /dev/full", Self.fullDisk),
            ("echo '\(item)' | \"$PRECIS\" figures --jsonl > /dev/full", Self.fullDisk),
            ("echo '\(item)' | \"$PRECIS\" check --jsonl > /dev/full", Self.fullDisk),
            ("\"$PRECIS\" --help > /dev/full", Self.fullDisk),
            ("\"$PRECIS\" idf fit '\(en)' --language en --min-df 1 --output /dev/full", "Error: /dev/full: cannot write: No space left on device"),
            ("\"$EVALUATE\" --fixtures '\(fixtures)' > /dev/full", Self.fullDisk),
            ("\"$EVALUATE\" --fixtures '\(fixtures)' --json /dev/full > /dev/null", "Error: /dev/full: cannot write: No space left on device"),
            ("\"$EVALUATE\" --fixtures '\(fixtures)' --junit /dev/full > /dev/null", "Error: /dev/full: cannot write: No space left on device"),
            ("\"$EVALUATE\" rouge --reference '\(en)' --candidate '\(en)' > /dev/full", Self.fullDisk),
        ]
        for (script, message) in cases {
            let result = try CLI.shell(script)
            #expect(result.status == 3, "\(script): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").map(String.init).contains(message), "\(script): \(result.stderr)")
        }
        // A device is written in place, never replaced by a regular file.
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aBaselineAmongTheFixturesIsNoFixtureAndAMistypedOneIsAnError() throws {
        // Fixtures directly in the folder, the baseline beside them.
        let folder = try Self.folder()
        try FileManager.default.copyItem(atPath: CLI.root.appendingPathComponent("Evaluation/fixtures/en-wn-58318.json").path,
                                         toPath: folder + "/en-wn-58318.json")
        let update = try CLI.run(["--fixtures", folder, "--update-baseline"], program: CLI.evaluate)
        #expect(update.status == 0, "\(update.stderr)")
        let run = try CLI.run(["--fixtures", folder], program: CLI.evaluate)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").last.map(String.init) == "no regression against \(folder)/baseline.json")
        let typo = try CLI.run(["--fixtures", folder, "--baseline", folder + "/basline.json"], program: CLI.evaluate)
        #expect(typo.status == 3)
        #expect(Self.errorLine(typo.stderr) == "Error: \(folder)/basline.json: no such baseline (write one with --update-baseline)")
    }

    @Test func reportsInAMissingFolderSaySo() throws {
        let fixtures = try Self.smallFixtures()
        let result = try CLI.run(["--fixtures", fixtures, "--junit", "/nonexistent/dir/report.xml"], program: CLI.evaluate)
        #expect(result.status == 3)
        #expect(Self.errorLine(result.stderr) == "Error: /nonexistent/dir/report.xml: cannot write: the folder /nonexistent/dir does not exist")
        // A report that can be written is complete, and replacing it keeps no temporary file behind.
        let dir = try Self.folder()
        for _ in 0..<2 {
            let ok = try CLI.run(["--fixtures", fixtures, "--junit", dir + "/r.xml", "--json", dir + "/r.json"], program: CLI.evaluate)
            #expect(ok.status == 0, "\(ok.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["r.json", "r.xml"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/r.json")))
        #expect(json is [String: Any])
    }

    @Test func streamsAreReadAsInputs() throws {
        let en = Self.english
        let direct = try CLI.run(["summarize", en, "--sentences", "2"])
        #expect(direct.status == 0)
        let expected = direct.stdout.replacingOccurrences(of: "[\(en) ", with: "[SOURCE ")
        let dir = try Self.folder()
        let scripts: [(String, String)] = [
            ("\"$PRECIS\" summarize <(cat '\(en)') --sentences 2", "/dev/fd/"),
            ("mkfifo '\(dir)/fifo' && (cat '\(en)' > '\(dir)/fifo' &) && \"$PRECIS\" summarize '\(dir)/fifo' --sentences 2", "\(dir)/fifo"),
            ("\"$PRECIS\" summarize /dev/stdin --sentences 2 < '\(en)'", "/dev/stdin"),
            ("cat '\(en)' | \"$PRECIS\" summarize - --sentences 2", "stdin"),
        ]
        for (script, source) in scripts {
            let result = try CLI.shell(script)
            #expect(result.status == 0, "\(script): \(result.stderr)")
            let normalised = result.stdout.replacingOccurrences(of: #"\[/dev/fd/\d+ "#, with: "[SOURCE ", options: .regularExpression)
                .replacingOccurrences(of: "[\(source) ", with: "[SOURCE ")
            #expect(normalised == expected, "\(script)")
        }
    }

    @Test func closedPipeDownstreamEndsQuietly() throws {
        let big = try CLI.temporaryFile(Array(String(repeating: "Markets rose on Monday. ", count: 50_000).utf8))
        let result = try CLI.shell("\"$PRECIS\" sentences '\(big)' | head -1; echo \"status ${PIPESTATUS[0]}\"")
        #expect(result.stdout == "0\t0-23\tMarkets rose on Monday.\nstatus 0\n")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func everyNumericOptionIsRangeChecked() throws {
        let fixtures = try Self.smallFixtures()
        let en = Self.english
        let dir = try Self.folder()
        let commands: [(program: URL, arguments: [String], options: [String])] = [
            (CLI.executable, ["summarize", en], ["--sentences", "--characters", "--words", "--ratio", "--mmr", "--position-weight"]),
            (CLI.executable, ["check", en, Self.japanese], ["--min-evidence", "--min-same-document-evidence", "--min-cross-language-evidence",
                                                  "--min-confidence", "--min-context-cosine", "--min-document-cosine"]),
            (CLI.executable, ["idf", "fit", en, "--language", "en", "--output", dir + "/m.tsv"], ["--min-df"]),
            (CLI.evaluate, ["--fixtures", fixtures], ["--tolerance", "--position-weight", "--mmr"]),
        ]
        let values = ["0", "-1", "2147483648", "9223372036854775807", "9223372036854775808", "1e309", "nan", "inf", "-inf"]
        for command in commands {
            for option in command.options {
                for value in values {
                    let arguments = command.arguments + ["\(option)=\(value)"]
                    let result = try CLI.run(arguments, program: command.program)
                    #expect(result.status < 128, "\(arguments) died of signal \(result.status - 128)")
                    #expect([0, 2, 3].contains(result.status), "\(arguments): status \(result.status)")
                    if result.status == 2 {
                        let line = Self.firstLine(result.stderr) ?? ""
                        #expect(line.hasPrefix("Error: ") && line.contains(option), "\(arguments): \(line)")
                        #expect(result.stdout.isEmpty)
                    }
                    if result.status == 3 {
                        // Only a model that would be empty may stop idf fit; never a crash message.
                        #expect(option == "--min-df", "\(arguments): \(result.stderr)")
                        #expect(result.stderr.contains("not written: the model would hold no terms"), "\(arguments): \(result.stderr)")
                    }
                }
            }
        }
    }

    @Test func uselessAndDamagedModelsAreRefused() throws {
        let dir = try Self.folder()
        let en = Self.english
        // One document with the default --min-df 2: nothing is written, and the message says what to change.
        let tiny = try CLI.run(["idf", "fit", en, "--language", "en", "--output", dir + "/tiny.tsv"])
        #expect(tiny.status == 3)
        #expect(tiny.stderr.split(separator: "\n").last.map(String.init)
                == "Error: \(dir)/tiny.tsv: not written: the model would hold no terms (--min-df 2 is more than the 1 document(s) read; use a larger corpus or --min-df 1)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/tiny.tsv"))

        let fit = try CLI.run(["idf", "fit", en, "--language", "en", "--min-df", "1", "--output", dir + "/m.tsv"])
        #expect(fit.status == 0, "\(fit.stderr)")
        let text = try String(contentsOfFile: dir + "/m.tsv", encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let terms = try #require(lines.first { $0.hasPrefix("#terms\t") }.flatMap { Int($0.dropFirst(7)) })
        #expect(terms == lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }.count)
        #expect(try CLI.run(["summarize", en, "--idf-model", dir + "/m.tsv"]).status == 0)

        lines.removeLast(6)  // the final empty piece and five term lines: cut at a line boundary
        try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/cut.tsv", atomically: true, encoding: .utf8)
        let zero = text.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.hasPrefix("#terms\t") ? "#terms\t0" : String($0) }
        try (zero.joined(separator: "\n") + "\n").write(toFile: dir + "/zero.tsv", atomically: true, encoding: .utf8)
        let documents = text.replacingOccurrences(of: "#documents\t1\n", with: "#documents\t0\n")
        try documents.write(toFile: dir + "/nodocs.tsv", atomically: true, encoding: .utf8)
        let cases: [(String, String)] = [
            ("cut.tsv", "\(dir)/cut.tsv:\(lines.count): the header declares \(terms) terms but the file holds \(terms - 5) (cut short or edited?)"),
            ("zero.tsv", "\(dir)/zero.tsv:1: the model holds no terms (refit with a lower --min-df)"),
            ("nodocs.tsv", "\(dir)/nodocs.tsv:1: missing or invalid '#documents'"),
        ]
        for (name, message) in cases {
            let result = try CLI.run(["summarize", en, "--idf-model", dir + "/" + name])
            #expect(result.status == 3, "\(name)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "Error: \(message)\n", "\(name)")
        }
    }

    @Test func jsonLinesEdgeCasesAreTheSameForEveryCommand() throws {
        let lone = #"{"id": "lone", "text": "Sales rose 5% \ud800 in May."}"#
        let lines = [
            "\u{FEFF}" + #"{"id": "bom", "text": "Sales rose 5% in May. Costs fell 2%."}"#,
            "",
            #"{"id": "separator", "text": "Sales rose 5% in May.\#u{2028}Costs fell 2%."}"#,
            #"{"id": "pair", "text": "Sales rose 5% in May \ud83d\ude00. Costs fell 2%."}"# + "\r",
            lone,
            #"{"id": "shape", "txt": "Sales rose 5% in May."}"#,
        ]
        let input = lines.joined(separator: "\n") + "\n"
        let escape = try #require(lone.utf8.firstRange(of: Array(#"\ud800"#.utf8)))
        let offset = lone.utf8.distance(from: lone.utf8.startIndex, to: escape.lowerBound)
        let loneError = "line 5: not valid JSON: a lone surrogate escape at byte offset \(offset)"
        for command in ["summarize", "figures", "check"] {
            let result = try CLI.run([command, "--jsonl"], stdin: input)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            let objects = try result.stdout.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            #expect(objects.map { $0["id"] as? String } == ["bom", "separator", "pair", "line 5", "shape"], "\(command)")
            #expect(objects.map { $0["error"] as? String } == [nil, nil, nil, loneError,
                     "line 6: give either \"text\" or a non-empty \"documents\" list"], "\(command)")
            #expect(result.stderr == "Error: 2 of 5 items failed; see their error objects\n", "\(command)")
        }
        // idf fit reads the same lines the same way: the first bad line stops it, by number.
        let dir = try Self.folder()
        try Data(input.utf8).write(to: URL(fileURLWithPath: dir + "/bad.jsonl"))
        let bad = try CLI.run(["idf", "fit", dir + "/bad.jsonl", "--language", "en", "--min-df", "1", "--output", dir + "/m.tsv"])
        #expect(bad.status == 3)
        #expect(bad.stderr.split(separator: "\n").last.map(String.init) == "Error: \(dir)/bad.jsonl: \(loneError)")
        try Data((lines[0..<4].joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dir + "/good.jsonl"))
        let good = try CLI.run(["idf", "fit", dir + "/good.jsonl", "--language", "en", "--min-df", "1", "--output", dir + "/m.tsv"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(try String(contentsOfFile: dir + "/m.tsv", encoding: .utf8).contains("\n#documents\t3\n"))
    }
}
