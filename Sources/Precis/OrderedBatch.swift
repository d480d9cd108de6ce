import Foundation

/// Runs one function over a stream of items on several threads and hands the results back in
/// input order: the engine of `precis … --jsonl --jobs N` and of the library's batch calls.
///
/// Guarantees: results are delivered in the order the items were read, one per item, and are the
/// same as a run with `jobs: 1` (the function is run once per item, and Precis' own work is
/// deterministic per item). At most `window` items are in flight (read but not yet handed to
/// `deliver`), so memory is bounded by the window, not by the input; each result is delivered as
/// soon as every earlier one has been, so output streams while input is still arriving.
public struct OrderedBatch: Sendable {
    /// Threads running the function at once (≥ 1). With 1 everything runs on the calling thread.
    public let jobs: Int
    /// Items read but not yet handed to `deliver`, at most (≥ `jobs`): the memory bound.
    public let window: Int

    /// The default number of jobs: the processors this process may use.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Items in flight per job when no window is given: enough that one slow item does not leave
    /// the other threads idle, few enough that memory stays small.
    public static let defaultItemsPerJob = 4

    /// - Parameters:
    ///   - jobs: threads running the function at once; must be at least 1.
    ///   - window: items in flight at most; default `jobs × defaultItemsPerJob`, raised to `jobs` if smaller.
    public init(jobs: Int = OrderedBatch.defaultJobs, window: Int? = nil) {
        precondition(jobs >= 1, "OrderedBatch needs at least one job, got \(jobs)")
        self.jobs = jobs
        self.window = max(jobs, window ?? jobs * Self.defaultItemsPerJob)
    }

    /// Maps `items` through `transform` on `jobs` threads; the results are in the order of `items`.
    public func map<Input: Sendable, Output: Sendable>(_ items: some Sequence<Input>,
                                                       _ transform: @escaping @Sendable (Input) -> Output) -> [Output] {
        var iterator = items.makeIterator()
        var results: [Output] = []
        results.reserveCapacity(items.underestimatedCount)
        // Neither closure throws, so neither can this run.
        try! run(next: { iterator.next() }, transform: transform, deliver: { results.append($0) })
        return results
    }

    /// Reads items with `next` until it returns nil, runs `transform` on each (on up to `jobs`
    /// threads) and calls `deliver` with the results in input order, on the calling thread.
    ///
    /// `next` is called on one thread at a time, in order, never concurrently with itself.
    /// - Throws: the first error `deliver` throws (reading then stops, and no further result is
    ///   delivered), else the error `next` throws, after every item read before it was delivered.
    public func run<Input: Sendable, Output: Sendable>(next: @escaping () throws -> Input?,
                                                       transform: @escaping @Sendable (Input) -> Output,
                                                       deliver: (Output) throws -> Void) throws {
        if jobs == 1 {
            while let item = try next() { try deliver(transform(item)) }
            return
        }
        do {
            let pipeline = Pipeline<Input, Output>(window: window)
            let reader = UncheckedBox(next)
            let threads = DispatchGroup()
            func start(_ body: @escaping @Sendable () -> Void) {
                threads.enter()
                let thread = Thread { body(); threads.leave() }
                thread.stackSize = 8 << 20  // the segmenter and figure scanner recurse little, but news can be long
                thread.start()
            }
            start { pipeline.read(with: reader.value) }
            for _ in 0..<jobs { start { pipeline.work(transform) } }
            defer { threads.wait() }  // no thread touches `next` after this call returns
            while let output = pipeline.nextResult() {
                do { try deliver(output) } catch {
                    pipeline.stop()
                    throw error
                }
            }
            if let error = pipeline.readError { throw error }
        }
    }
}

/// A value handed to another thread whose use is serialized by hand (the reader closure: only the
/// reader thread calls it, and the caller waits for that thread before returning).
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The shared state of one `OrderedBatch.run`: a ring of `window` slots, filled by the reader,
/// run by the workers and emptied in order by the caller. Every field is guarded by `condition`.
private final class Pipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private enum Slot { case empty, waiting(Input), running, done(Output) }

    private let condition = NSCondition()
    private var slots: [Slot]
    private var read = 0, claimed = 0, delivered = 0
    private var inputEnded = false
    private var stopped = false
    private var storedReadError: (any Error)?

    /// The error `next` threw, if it did.
    var readError: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return storedReadError
    }

    init(window: Int) { slots = Array(repeating: .empty, count: window) }

    /// The reader thread: fills free slots until the input ends, `next` throws or the run stops.
    func read(with next: () throws -> Input?) {
        while true {
            condition.lock()
            while read - delivered == slots.count && !stopped { condition.wait() }
            let stop = stopped
            condition.unlock()
            if stop { break }
            let item: Input?
            do { item = try next() } catch {
                condition.lock()
                storedReadError = error
                condition.unlock()
                break
            }
            guard let item else { break }
            condition.lock()
            slots[read % slots.count] = .waiting(item)
            read += 1
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        inputEnded = true
        condition.broadcast()
        condition.unlock()
    }

    /// A worker thread: takes the oldest waiting item, runs `transform` on it, stores the result.
    func work(_ transform: (Input) -> Output) {
        while true {
            condition.lock()
            while claimed == read && !inputEnded && !stopped { condition.wait() }
            if stopped || claimed == read {
                condition.unlock()
                return
            }
            let k = claimed % slots.count
            guard case .waiting(let item) = slots[k] else { preconditionFailure("slot \(claimed) claimed twice") }
            slots[k] = .running
            claimed += 1
            condition.unlock()
            let output = transform(item)
            condition.lock()
            slots[k] = .done(output)
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The caller: the next result in input order, or nil when every item read has been delivered.
    func nextResult() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if delivered < read, case .done(let output) = slots[delivered % slots.count] {
                slots[delivered % slots.count] = .empty
                delivered += 1
                condition.broadcast()
                return output
            }
            if inputEnded && delivered == read { return nil }
            condition.wait()
        }
    }

    /// Ends the run early: the reader reads no more and the workers take no new item.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
