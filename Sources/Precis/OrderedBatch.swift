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
            let pipeline = Pipeline<Input, Output>(window: window, jobs: jobs)
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
/// run by the workers and emptied in order by the caller. Each thread sleeps on a semaphore of
/// its own kind of event (a free slot, an item to run, the caller's next result), so a change
/// wakes exactly the thread that waits for it. `lock` guards the slots and counters.
private final class Pipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private enum Slot { case empty, waiting(Input), running, done(Output), end }

    private let lock = NSLock()
    private var slots: [Slot]
    /// One per slot: signalled once when its result is stored, or when the input ended at it.
    private let ready: [DispatchSemaphore]
    /// Free slots: the reader takes one before each read, the caller gives it back after delivery.
    private let space: DispatchSemaphore
    /// Items to run, plus one token per worker at the end of the input.
    private let work = DispatchSemaphore(value: 0)
    private let jobs: Int
    private var read = 0, claimed = 0, delivered = 0
    private var stopped = false
    private var storedReadError: (any Error)?

    init(window: Int, jobs: Int) {
        slots = Array(repeating: .empty, count: window)
        ready = (0..<window).map { _ in DispatchSemaphore(value: 0) }
        // Created at 0 and raised: libdispatch traps when a semaphore is released below its initial value.
        space = DispatchSemaphore(value: 0)
        for _ in 0..<window { space.signal() }
        self.jobs = jobs
    }

    /// The error `next` threw, if it did.
    var readError: (any Error)? { lock.withLock { storedReadError } }

    /// The reader thread: fills free slots until the input ends, `next` throws or the run stops.
    func read(with next: () throws -> Input?) {
        while true {
            space.wait()  // the slot `read` is free from here on
            if lock.withLock({ stopped }) { break }
            let item: Input?
            do { item = try next() } catch {
                lock.withLock { storedReadError = error }
                break
            }
            guard let item else { break }
            lock.withLock {
                slots[read % slots.count] = .waiting(item)
                read += 1
            }
            work.signal()
        }
        // The slot after the last item is free (its `space` was taken): it tells the caller
        // that nothing more comes. After a stop the caller waits for nothing.
        let end = lock.withLock { () -> Int? in
            guard !stopped else { return nil }
            slots[read % slots.count] = .end
            return read % slots.count
        }
        if let end { ready[end].signal() }
        for _ in 0..<jobs { work.signal() }
    }

    /// A worker thread: takes the oldest waiting item, runs `transform` on it, stores the result.
    func work(_ transform: (Input) -> Output) {
        while true {
            work.wait()
            let claim = lock.withLock { () -> (Int, Input)? in
                guard claimed < read else { return nil }
                let k = claimed % slots.count
                guard case .waiting(let item) = slots[k] else { preconditionFailure("slot \(claimed) claimed twice") }
                slots[k] = .running
                claimed += 1
                return (k, item)
            }
            guard let (k, item) = claim else { return }  // the input ended and every item is taken
            let output = lock.withLock { stopped } ? nil : transform(item)
            lock.withLock { slots[k] = output.map(Slot.done) ?? .empty }
            ready[k].signal()
        }
    }

    /// The caller: the next result in input order, or nil when every item read has been delivered.
    func nextResult() -> Output? {
        let k = delivered % slots.count
        ready[k].wait()
        let slot = lock.withLock { () -> Slot in
            defer { slots[k] = .empty }
            return slots[k]
        }
        guard case .done(let output) = slot else { return nil }  // .end: nothing more was read
        delivered += 1
        space.signal()
        return output
    }

    /// Ends the run early: the reader reads no more and the workers run no new item.
    func stop() {
        lock.withLock { stopped = true }
        space.signal()
    }
}
