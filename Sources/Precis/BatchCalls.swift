/// Batch forms of the library's main calls, run on several threads with `OrderedBatch`: results
/// come back in the order of the input, the same as calling one by one.

extension Summarizer {
    /// Summarizes each group of documents (one summary per group) on `batch.jobs` threads.
    /// - Returns: one result per group, in order; a group that cannot be summarized gives its error.
    public func summarize(batches groups: some Sequence<[Document]>,
                          batch: OrderedBatch = OrderedBatch()) -> [Result<Summary, SummarizeError>] {
        let summarizer = self
        return batch.map(groups) { documents in Result { () throws(SummarizeError) in try summarizer.summarize(documents) } }
    }
}

extension FactChecker {
    /// Checks each group of sources (one report per group) on `batch.jobs` threads.
    /// - Returns: one result per group, in order; a group that cannot be checked gives its error.
    public func check(batches groups: some Sequence<[Document]>,
                      batch: OrderedBatch = OrderedBatch()) -> [Result<FactCheckReport, FactCheckError>] {
        let checker = self
        return batch.map(groups) { documents in Result { () throws(FactCheckError) in try checker.check(documents) } }
    }
}

extension IDFModelBuilder {
    /// Documents counted together by one thread: large enough that merging costs little beside
    /// tokenizing, small enough that the window of shares in flight stays a few megabytes.
    public static let defaultDocumentsPerShare = 256

    /// Adds the text of every item `next` hands out, counted on `batch.jobs` threads in shares of
    /// `documentsPerShare`; `text` turns an item into its document (on the counting thread, so
    /// decoding a JSON line or reading a file runs in parallel too). The model is the same for any
    /// number of jobs.
    /// - Parameters:
    ///   - next: hands out the next item, or nil at the end; called on one thread at a time, in order.
    ///   - text: the document text of an item.
    ///   - batch: the threads and the window of items in flight.
    ///   - documentsPerShare: documents counted together by one thread (at least 1).
    ///   - progress: called on the calling thread after each share with the documents counted so far.
    /// - Throws: the first error of `next` or `text` in input order, after counting every earlier share.
    public mutating func add<Item: Sendable>(_ next: @escaping () throws -> Item?, text: @escaping @Sendable (Item) throws -> String,
                                             batch: OrderedBatch = OrderedBatch(),
                                             documentsPerShare: Int = defaultDocumentsPerShare,
                                             progress: (Int) -> Void = { _ in }) throws {
        precondition(documentsPerShare >= 1, "documentsPerShare must be at least 1")
        let tokenizer = self.tokenizer
        var ended = false
        try batch.run(
            next: { () throws -> [Item]? in
                var share: [Item] = []
                while !ended, share.count < documentsPerShare {
                    guard let item = try next() else { ended = true; break }
                    share.append(item)
                }
                return share.isEmpty ? nil : share
            },
            transform: { share in Result { Counts(try share.map(text), tokenizer: tokenizer) } },
            deliver: { counts in
                merge(try counts.get())
                progress(documentCount)
            })
    }

    /// Adds every document of `documents` on `batch.jobs` threads (see `add(_:text:batch:)`).
    public mutating func add(documents: some Sequence<String>, batch: OrderedBatch = OrderedBatch()) {
        var iterator = documents.makeIterator()
        try! add({ iterator.next() }, text: { $0 }, batch: batch)  // neither closure throws
    }
}
