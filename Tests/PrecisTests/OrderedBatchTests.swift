import Foundation
import Precis
import PrecisTestSupport
import Testing

/// A counter shared with the batch's threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func add(_ n: Int) -> Int { lock.withLock { value += n; return value } }
}

@Suite struct OrderedBatchTests {
    /// Work of uneven length, so that later items often finish before earlier ones.
    private static func slowSquare(_ n: Int) -> Int {
        var generator = SeededGenerator(seed: UInt64(n))
        Thread.sleep(forTimeInterval: Double(generator.next() % 4) / 1000)
        return n * n
    }

    @Test(arguments: [1, 2, 3, 8])
    func resultsComeBackInInputOrder(jobs: Int) {
        let squares = OrderedBatch(jobs: jobs, window: jobs + 1).map(0..<200) { Self.slowSquare($0) }
        #expect(squares == (0..<200).map { $0 * $0 })
    }

    @Test func itemsInFlightNeverExceedTheWindow() throws {
        let batch = OrderedBatch(jobs: 3, window: 5)
        let read = Counter()
        var delivered = 0
        var worst = 0
        var next = 0
        try batch.run(
            next: { () -> Int? in
                guard next < 100 else { return nil }
                next += 1
                return read.add(1)
            },
            transform: { Self.slowSquare($0) },
            deliver: { _ in
                delivered += 1
                worst = max(worst, read.add(0) - delivered)  // read, and not yet handed to this closure
            })
        #expect(delivered == 100)
        #expect(worst <= 5)
        #expect(worst >= 2, "with 3 jobs more than one item was in flight")
    }

    @Test func theFirstResultIsDeliveredBeforeTheInputEnds() throws {
        // The reader waits for the first result before it hands out the last item: a batch that
        // held results until the input ended would wait forever, so the wait has a timeout.
        let firstDelivered = DispatchSemaphore(value: 0)
        var items = [1, 2, 3]
        var waited = DispatchTimeoutResult.timedOut
        var results: [Int] = []
        try OrderedBatch(jobs: 2).run(
            next: { () -> Int? in
                if items.count == 1 { waited = firstDelivered.wait(timeout: .now() + 10) }
                return items.isEmpty ? nil : items.removeFirst()
            },
            transform: { $0 * 10 },
            deliver: { value in
                results.append(value)
                if results.count == 1 { firstDelivered.signal() }
            })
        #expect(waited == .success)
        #expect(results == [10, 20, 30])
    }

    struct Refused: Error, Equatable { var item: Int }

    @Test(arguments: [1, 2])
    func aDeliveryErrorStopsTheRunAndIsThrown(jobs: Int) {
        var next = 0
        var delivered: [Int] = []
        #expect(throws: Refused(item: 4)) {
            try OrderedBatch(jobs: jobs).run(
                next: { () -> Int? in next += 1; return next <= 1000 ? next : nil },
                transform: { $0 },
                deliver: { value in
                    if value == 4 { throw Refused(item: value) }
                    delivered.append(value)
                })
        }
        #expect(delivered == [1, 2, 3])
        #expect(next <= 4 + OrderedBatch(jobs: jobs).window + 1, "reading stopped soon after the error")
    }

    @Test(arguments: [1, 2, 4])
    func aReadErrorComesAfterEveryItemReadBeforeIt(jobs: Int) {
        var next = 0
        var delivered: [Int] = []
        #expect(throws: Refused(item: 7)) {
            try OrderedBatch(jobs: jobs).run(
                next: { () throws -> Int? in
                    next += 1
                    if next == 7 { throw Refused(item: 7) }
                    return next
                },
                transform: { Self.slowSquare($0) },
                deliver: { delivered.append($0) })
        }
        #expect(delivered == (1...6).map { $0 * $0 })
    }

    @Test func anEmptyInputGivesNoResults() {
        #expect(OrderedBatch(jobs: 4).map([Int]()) { $0 } == [])
    }

    @Test func theWindowIsAtLeastTheNumberOfJobs() {
        #expect(OrderedBatch(jobs: 6, window: 2).window == 6)
        #expect(OrderedBatch(jobs: 3).window == 3 * OrderedBatch.defaultItemsPerJob)
    }
}

@Suite struct BatchCallTests {
    static let fixtures = ["en-wn-117000", "ja-wn-2020", "en-wn-23233", "ja-ict-r2-034", "en-wn-25858", "ja-wn-2340"]

    @Test(arguments: [1, 2, 3])
    func summariesOfABatchAreTheOnesOfSingleCalls(jobs: Int) throws {
        let groups = try Self.fixtures.map { [try fixtureDocument($0)] } + [[Document(id: "empty", text: "")]]
        let summarizer = Summarizer()
        let batched = summarizer.summarize(batches: groups, batch: OrderedBatch(jobs: jobs))
        #expect(batched.count == groups.count)
        for (group, result) in zip(groups, batched) {
            switch (result, Result { () throws(SummarizeError) in try summarizer.summarize(group) }) {
            case (.success(let a), .success(let b)): #expect(a.sentences == b.sentences, "\(group[0].id)")
            case (.failure(let a), .failure(let b)): #expect(a.description == b.description, "\(group[0].id)")
            default: Issue.record("\(group[0].id): one call failed and the other did not")
            }
        }
    }

    @Test(arguments: [1, 2, 3])
    func factChecksOfABatchAreTheOnesOfSingleCalls(jobs: Int) throws {
        let clusters = ["fc-en-001", "fc-ja-001", "fc-x-001", "fc-en-002"]
        let groups = try clusters.map { name in try (0..<2).map { try fixtureDocument(name, index: $0) } }
        let checker = FactChecker()
        let batched = checker.check(batches: groups, batch: OrderedBatch(jobs: jobs))
        for (group, result) in zip(groups, batched) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let single = try encoder.encode(try checker.check(group))
            #expect(try encoder.encode(try result.get()) == single, "\(group[0].id)")
        }
    }

    @Test func anIDFModelIsTheSameForEveryNumberOfJobs() throws {
        let texts = try Self.fixtures.flatMap { name in
            try fixtureDocument(name).text.split(separator: "\n").map(String.init)
        }.filter { !$0.isEmpty }
        for language in [Language.en, .ja] {
            let tokenizer = try Tokenizer.bundled(for: language)
            // The reference: each document's distinct terms as a set of strings, counted in a dictionary.
            var reference: [String: Int32] = [:]
            for text in texts { for term in Set(tokenizer.terms(in: text)) { reference[term, default: 0] += 1 } }
            let expected = IDFModel(language: language, tokenizer: tokenizer.version, documentCount: texts.count,
                                    minimumDocumentFrequency: 1, documentFrequency: reference).serialized()
            var oneByOne = IDFModelBuilder(tokenizer: tokenizer)
            for text in texts { oneByOne.add(document: text) }
            #expect(oneByOne.build(minimumDocumentFrequency: 1).serialized() == expected, "\(language) one by one")
            for jobs in [1, 2, 3] {
                for share in [1, 5, 1000] {
                    var parallel = IDFModelBuilder(tokenizer: tokenizer)
                    var iterator = texts.makeIterator()
                    var reported: [Int] = []
                    try parallel.add({ iterator.next() }, text: { $0 }, batch: OrderedBatch(jobs: jobs),
                                     documentsPerShare: share, progress: { reported.append($0) })
                    #expect(parallel.documentCount == texts.count)
                    #expect(reported.last == texts.count)
                    #expect(reported == reported.sorted())
                    #expect(parallel.build(minimumDocumentFrequency: 1).serialized() == expected, "\(language) jobs \(jobs) share \(share)")
                }
            }
        }
    }
}
