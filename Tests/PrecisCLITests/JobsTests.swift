import Foundation
import PrecisTestSupport
import Testing

/// `--jobs N`: the same output for every N, in input order, with the same errors.
@Suite(.serialized) struct JobsTests {
    /// JSON Lines items from the repository's fixtures (both languages, one- and two-source
    /// items), with a bad line and an empty text among them.
    static func batch() throws -> String {
        var lines: [String] = []
        let names = ["en-wn-117000", "ja-wn-2020", "fc-en-001", "fc-ja-001", "fc-x-001", "en-wn-23233", "ja-wn-2340"]
        for (k, name) in names.enumerated() {
            let url = CLI.root.appendingPathComponent("Evaluation/fixtures/\(name).json")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            let documents = try #require(object["documents"] as? [[String: Any]])
            let item: [String: Any] = documents.count == 1
                ? ["id": name, "text": documents[0]["text"]!]
                : ["id": name, "documents": documents.map { ["id": $0["id"]!, "text": $0["text"]!] }]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: item), as: UTF8.self))
            if k == 2 { lines.append("not json") }
            if k == 4 { lines.append(#"{"id": "blank", "text": "  "}"#) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: ["summarize", "check", "figures"])
    func everyNumberOfJobsGivesTheSameOutput(command: String) throws {
        let input = try Self.batch()
        let one = try CLI.run([command, "--jsonl", "--jobs", "1"], stdin: input)
        #expect(one.status == 1, "\(one.stderr)")
        #expect(one.stderr == "Error: 2 of 9 items failed; see their error objects\n")
        let ids = one.stdout.split(separator: "\n").map { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["en-wn-117000", "ja-wn-2020", "fc-en-001", "line 4", "fc-ja-001", "fc-x-001", "blank", "en-wn-23233", "ja-wn-2340"])
        for jobs in ["2", "3", "8"] {
            let many = try CLI.run([command, "--jsonl", "--jobs", jobs], stdin: input)
            #expect(many.status == one.status, "--jobs \(jobs)")
            #expect(many.stdout == one.stdout, "--jobs \(jobs)")
            #expect(many.stderr == one.stderr, "--jobs \(jobs)")
        }
        // The default (the processors available) is the same again.
        #expect(try CLI.run([command, "--jsonl"], stdin: input).stdout == one.stdout)
    }

    @Test func badJobCountsAreRefused() throws {
        let example = CLI.root.appendingPathComponent("Examples/ja-article.txt").path
        let cases: [([String], String)] = [
            (["summarize", "--jsonl", "--jobs", "0"], "Error: --jobs must be between 1 and 1024, got 0."),
            (["check", "--jsonl", "--jobs", "5000"], "Error: --jobs must be between 1 and 1024, got 5000."),
            (["summarize", example, "--jobs", "2"], "Error: --jobs applies to --jsonl batches only."),
            (["figures", example, "--jobs", "2"], "Error: --jobs applies to --jsonl batches only."),
            (["idf", "fit", example, "--language", "ja", "--output", "/tmp/never.tsv", "--jobs=-1"],
             "Error: --jobs must be between 1 and 1024, got -1."),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments, stdin: "")
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").first.map(String.init) == message, "\(arguments)")
        }
    }

    @Test func anIDFModelIsTheSameFileForEveryNumberOfJobs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("precis-jobs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // 600 documents (more than two shares), with members idf fit ignores: null, numbers, lists.
        var corpus = ""
        let words = ["inflation", "rose", "wages", "fell", "central", "bank", "rates", "prices", "energy", "jobs", "exports", "yen"]
        var generator = SeededGenerator(seed: 7)
        for k in 0..<600 {
            let text = (0..<12).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            corpus += #"{"id": "d\#(k)", "date": null, "n": \#(k), "tags": ["a"], "text": "\#(text)."}"# + "\n"
        }
        try Data(corpus.utf8).write(to: URL(fileURLWithPath: dir + "/corpus.jsonl"))
        try Data("Energy prices rose again.".utf8).write(to: URL(fileURLWithPath: dir + "/extra.txt"))
        var models: [String] = []
        for jobs in ["1", "2", "5"] {
            let output = dir + "/m\(jobs).tsv"
            let fit = try CLI.run(["idf", "fit", dir + "/corpus.jsonl", dir + "/extra.txt", "--language", "en", "--min-df", "1",
                                   "--output", output, "--jobs", jobs])
            #expect(fit.status == 0, "\(fit.stderr)")
            #expect(fit.stderr.split(separator: "\n").last.map(String.init) == "wrote 12 terms from 601 documents to \(output)")
            models.append(try String(contentsOfFile: output, encoding: .utf8))
        }
        #expect(models[1] == models[0])
        #expect(models[2] == models[0])
    }
}

