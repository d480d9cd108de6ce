import Foundation
import Precis
#if canImport(Glibc)
import Glibc
#endif

/// precis-bench: times Precis on real text; each case runs in a child process of its own so
/// that its peak memory (max RSS) is its own.
///
///     precis-bench --inputs DIR [--corpus DIR] [--repeat N] [--json FILE] [--only CASE]
///
/// DIR holds the inputs written by Scripts/bench/make_inputs.py (article-en.txt,
/// article-ja.txt, sentences-{1000,5000,20000}.txt, one sentence per line); --corpus points at
/// a folder with en.jsonl / ja.jsonl for the throughput cases.
struct Options {
    var inputs = "/tmp/precis-bench-inputs"
    var corpus: String?
    var repeats = 5
    var json: String?
    var only: String?
    var list = false

    init(_ arguments: [String]) {
        var i = 1
        func value() -> String {
            i += 1
            guard i < arguments.count else { fail("missing value after \(arguments[i - 1])") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--inputs": inputs = value()
            case "--corpus": corpus = value()
            case "--repeat": repeats = Int(value()) ?? { fail("--repeat takes a whole number") }()
            case "--json": json = value()
            case "--only": only = value()
            case "--list": list = true
            case "-h", "--help":
                print("usage: precis-bench --inputs DIR [--corpus DIR] [--repeat N] [--json FILE] [--only CASE] [--list]")
                exit(0)
            default: fail("unknown argument \(arguments[i])")
            }
            i += 1
        }
        if repeats < 1 { fail("--repeat must be at least 1") }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("precis-bench: \(message)\n".utf8))
    exit(2)
}

/// One measured case.
struct Result: Codable {
    var task: String
    var tool = "precis"
    var input: String
    var sentences: Int?
    var bytes: Int?
    var median_s: Double
    var runs: [Double]
    var throughput_mb_s: Double?
    var peak_rss_mb: Double?
    var note: String?
}

/// Peak resident memory of this process: VmHWM on Linux (ru_maxrss can carry the parent's
/// peak across spawn), ru_maxrss elsewhere.
func peakRSSMegabytes() -> Double {
    #if os(Linux)
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kb = Double(line.split(separator: " ").dropFirst().first ?? "") {
        return kb / 1024
    }
    #endif
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
    #endif
}

func time(_ repeats: Int, warmup: Bool = true, _ body: () throws -> Void) rethrows -> [Double] {
    if warmup { try body() }
    var runs: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return runs
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func read(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path); run Scripts/bench/make_inputs.py first") }
    return String(decoding: data, as: UTF8.self)
}

func corpusTexts(_ folder: String, _ language: String) -> [String] {
    read("\(folder)/\(language).jsonl").split(separator: "\n").compactMap { line in
        (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
    }
}

/// The cases, by name; each returns one result.
func cases(_ o: Options) -> [(String, () throws -> Result)] {
    var list: [(String, () throws -> Result)] = []
    if let corpus = o.corpus {
        for language in ["ja", "en"] {
            let lang = Language(rawValue: language)!
            /// A throughput case: `work` runs over every corpus text and returns a count (> 0).
            func throughput(_ task: String, _ work: @escaping ([String]) throws -> Int) -> () throws -> Result {
                return {
                    let texts = corpusTexts(corpus, language)
                    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
                    let runs = try time(max(1, o.repeats / 2)) { let count = try work(texts); precondition(count > 0) }
                    let m = median(runs)
                    return Result(task: task, input: "\(language).jsonl", bytes: bytes, median_s: m, runs: runs,
                                  throughput_mb_s: Double(bytes) / 1e6 / m)
                }
            }
            list.append(("segment-tokenize-\(language)", throughput("segment+tokenize") { texts in
                let tokenizer = try Tokenizer.bundled(for: lang)
                var terms = 0
                for t in texts {
                    for s in Document(id: "x", text: t, language: lang).sentences { terms &+= tokenizer.terms(in: s.text).count }
                }
                return terms
            }))
            // Tokenization alone, whole texts: as `terms(in:)` (a String per term) and as
            // `forEachTerm` (term bytes, what idf fit interns).
            list.append(("tokenize-\(language)", throughput("tokenize (String per term)") { texts in
                let tokenizer = try Tokenizer.bundled(for: lang)
                return texts.reduce(0) { $0 &+ tokenizer.terms(in: $1).count }
            }))
            list.append(("tokenize-bytes-\(language)", throughput("tokenize (term bytes)") { texts in
                let tokenizer = try Tokenizer.bundled(for: lang)
                var terms = 0
                for t in texts { tokenizer.forEachTerm(in: t) { terms &+= $0.count > 0 ? 1 : 0 } }
                return terms
            }))
            list.append(("idf-count-\(language)", throughput("idf fit counting, one thread") { texts in
                var builder = IDFModelBuilder(tokenizer: try Tokenizer.bundled(for: lang))
                builder.add(documents: texts, batch: OrderedBatch(jobs: 1))
                return builder.build(minimumDocumentFrequency: 1).termCount
            }))
            list.append(("segment-\(language)", throughput("segment") { texts in
                texts.reduce(0) { $0 &+ SentenceSegmenter().sentences(in: $1).count }
            }))
            list.append(("figures-\(language)", throughput("figures") { texts in
                texts.reduce(0) { $0 &+ FigureExtractor().extract(from: $1).figures.count }
            }))
            // What `FactChecker` and `precis figures` do: segment, then extract sentence by sentence.
            list.append(("figures-document-\(language)", throughput("segment+figures") { texts in
                texts.reduce(0) { $0 &+ FigureExtractor().extract(from: Document(id: "x", text: $1, language: lang)).figures.count }
            }))
        }
    }
    for article in ["article-en.txt", "article-ja.txt"] {
        list.append(("summarize-\(article)", {
            let text = read("\(o.inputs)/\(article)")
            var options = SummaryOptions()
            options.budget = .sentences(5)
            let summarizer = Summarizer(options: options)
            let document = Document(id: article, text: text)
            _ = try summarizer.summarize([document])  // loads the bundled models once
            let runs = try time(max(o.repeats, 20)) { _ = try summarizer.summarize([Document(id: article, text: text)]) }
            return Result(task: "summarize", input: article, sentences: document.sentences.count, bytes: text.utf8.count,
                          median_s: median(runs), runs: runs)
        }))
    }
    for size in [1_000, 5_000, 20_000] {
        let file = "sentences-\(size).txt"
        // What a user of scikit-learn's TfidfVectorizer + cosine_similarity gets: from sentences
        // to the full similarity matrix (tokenize, stem, weight, automatic kernel).
        list.append(("similarity-\(size)", {
            let lines = read("\(o.inputs)/\(file)").split(separator: "\n").map(String.init)
            let tokenizer = try Tokenizer.bundled(for: .en)
            let model = try IDFModel.bundled(for: .en)
            var tfidf: [Double] = []
            let runs = time(size >= 20_000 ? min(o.repeats, 3) : o.repeats, warmup: size < 20_000) {
                let start = DispatchTime.now().uptimeNanoseconds
                let matrix = TFIDFVectorizer(idf: .model(model)).vectorize(lines.map { tokenizer.terms(in: $0) })
                tfidf.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                _ = SimilarityKernel.automatic.similarities(of: matrix)
            }
            return Result(task: "similarity", input: file, sentences: lines.count, median_s: median(runs), runs: runs,
                          note: "of which tokenize + TF-IDF \(String(format: "%.3f", median(tfidf))) s")
        }))
        // The kernels on the same matrix, interleaved run by run so that machine noise hits
        // them alike; the automatic choice is judged against the faster explicit kernel.
        list.append(("kernels-\(size)", {
            let lines = read("\(o.inputs)/\(file)").split(separator: "\n").map(String.init)
            let tokenizer = try Tokenizer.bundled(for: .en)
            let model = try IDFModel.bundled(for: .en)
            let matrix = TFIDFVectorizer(idf: .model(model)).vectorize(lines.map { tokenizer.terms(in: $0) })
            let cost = SimilarityCost(matrix)
            var kernels = SimilarityKernel.allCases
            var notes: [String] = []
            if cost.denseSeconds > 30 {
                kernels.removeAll { $0 == .dense }
                notes.append(String(format: "dense skipped: estimated %.0f s (%.0f shared terms)", cost.denseSeconds, cost.sharedTerms))
            }
            var runs: [SimilarityKernel: [Double]] = [:]
            var used: [SimilarityKernel: SimilarityKernel] = [:]
            for round in 0...(o.repeats * 2) {
                // Rotate the order each round so that no kernel always follows the same one.
                let order = kernels.indices.map { kernels[($0 + round) % kernels.count] }
                for kernel in order {
                    let start = DispatchTime.now().uptimeNanoseconds
                    used[kernel] = kernel.similarities(of: matrix).kernel
                    if round > 0 { runs[kernel, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
                }
            }
            for kernel in kernels {
                notes.append("\(kernel.rawValue)→\(used[kernel]!.rawValue) \(String(format: "%.4f", median(runs[kernel]!))) s")
            }
            let fastest = kernels.filter { $0 != .automatic }.map { median(runs[$0]!) }.min()!
            let automatic = median(runs[.automatic]!)
            notes.append(String(format: "automatic / fastest = %.2f; estimated sparse %.4f s, dense %.4f s", automatic / fastest, cost.sparseSeconds, cost.denseSeconds))
            return Result(task: "cosine", input: file, sentences: lines.count, median_s: automatic, runs: runs[.automatic]!,
                          note: "kernel automatic; " + notes.joined(separator: ", "))
        }))
        // A shape where BLAS wins: long "sentences" over a small vocabulary (seeded, synthetic).
        list.append(("similarity-crowded-\(size)", {
            var state: UInt64 = 42
            func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
            let sentences = (0..<min(size, 5_000)).map { _ in (0..<60).map { _ in "w\(next() % 400)" } }
            let matrix = TFIDFVectorizer(idf: .input).vectorize(sentences)
            let cost = SimilarityCost(matrix)
            var timings: [String] = []
            var automatic: [Double] = []
            for kernel in SimilarityKernel.allCases {
                var used = kernel
                let runs = time(o.repeats) { used = kernel.similarities(of: matrix).kernel }
                timings.append("\(kernel.rawValue)→\(used.rawValue) \(String(format: "%.4f", median(runs))) s")
                if kernel == .automatic { automatic = runs }
            }
            return Result(task: "cosine-crowded", input: "synthetic 60 terms × 400-word vocabulary", sentences: sentences.count,
                          median_s: median(automatic), runs: automatic,
                          note: timings.joined(separator: ", ") + String(format: "; estimated sparse %.4f s, dense %.4f s", cost.sparseSeconds, cost.denseSeconds))
        }))
        list.append(("lexrank-\(size)", {
            let text = read("\(o.inputs)/\(file)")
            var options = SummaryOptions()
            options.budget = .sentences(5)
            options.language = .en
            let summarizer = Summarizer(options: options)
            _ = try summarizer.summarize(text: "Warm up the bundled models. Load them once.")
            let runs = try time(size >= 20_000 ? min(o.repeats, 3) : o.repeats, warmup: size < 20_000) {
                _ = try summarizer.summarize([Document(id: file, text: text, language: .en)])
            }
            return Result(task: "lexrank", input: file, sentences: size, bytes: text.utf8.count, median_s: median(runs), runs: runs)
        }))
    }
    return list
}

let options = Options(CommandLine.arguments)
let all = cases(options)
if options.list {
    for (name, _) in all { print(name) }
    exit(0)
}
if let only = options.only {
    guard let (_, body) = all.first(where: { $0.0 == only }) else { fail("no case \(only); --list shows them") }
    do {
        var result = try body()
        result.peak_rss_mb = peakRSSMegabytes()
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let data = try encoder.encode(result)
        print(String(decoding: data, as: UTF8.self))
        exit(0)
    } catch {
        fail("\(only): \(error)")
    }
}

// Parent: run every case in a child process and collect the results.
var results: [Result] = []
let executable = URL(fileURLWithPath: CommandLine.arguments[0]).path
for (name, _) in all {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    var arguments = ["--only", name, "--inputs", options.inputs, "--repeat", String(options.repeats)]
    if let corpus = options.corpus { arguments += ["--corpus", corpus] }
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    guard process.terminationStatus == 0, let result = try? decoder.decode(Result.self, from: data) else {
        FileHandle.standardError.write(Data("precis-bench: case \(name) failed\n".utf8))
        continue
    }
    results.append(result)
    let rate = result.throughput_mb_s.map { String(format: "  %.1f MB/s", $0) } ?? ""
    print("\(name.padding(toLength: 34, withPad: " ", startingAt: 0)) median \(String(format: "%9.4f", result.median_s)) s\(rate)  peak \(String(format: "%.0f", result.peak_rss_mb ?? 0)) MB  \(result.note ?? "")")
}
if let json = options.json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    try encoder.encode(results).write(to: URL(fileURLWithPath: json))
}
