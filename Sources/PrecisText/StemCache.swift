import Foundation

/// Remembers Porter stems: news repeats its words, and stemming costs far more than a lookup.
///
/// Shared by all tokenizers of a process behind a lock; emptied when it reaches `capacity`
/// entries so that memory stays bounded on endless input.
final class StemCache: @unchecked Sendable {
    static let shared = StemCache()
    private let lock = NSLock()
    private var stems: [String: String] = [:]
    private let capacity = 200_000

    func stem(_ word: String, with stemmer: PorterStemmer) -> String {
        lock.lock()
        if let known = stems[word] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let stem = stemmer.stem(word)
        lock.lock()
        if stems.count >= capacity { stems.removeAll(keepingCapacity: true) }
        stems[word] = stem
        lock.unlock()
        return stem
    }
}
