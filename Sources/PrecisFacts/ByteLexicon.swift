/// A longest-match table of UTF-8 words for units, counters, currencies and qualifiers.
/// Entries are bucketed by their first byte (forward lookup) or last byte (backward lookup),
/// so a lookup costs a handful of byte comparisons and allocates nothing.
struct ByteLexicon<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let bytes: [UInt8]
        let payload: Payload
    }

    /// Whether ASCII letters match regardless of case.
    let caseInsensitive: Bool
    /// Whether an entry that ends (forward) or starts (backward) with an ASCII letter must sit at a word boundary.
    let wordBounded: Bool
    private let forward: [[Entry]]
    private let backward: [[Entry]]

    init(_ pairs: [(String, Payload)], caseInsensitive: Bool = false, wordBounded: Bool = false) {
        self.caseInsensitive = caseInsensitive
        self.wordBounded = wordBounded
        var fw = [[Entry]](repeating: [], count: 256)
        var bw = [[Entry]](repeating: [], count: 256)
        for (word, payload) in pairs {
            var bytes = Array(word.utf8)
            if caseInsensitive { bytes = bytes.map(ByteText.lower) }
            guard let first = bytes.first, let last = bytes.last else { continue }
            let entry = Entry(bytes: bytes, payload: payload)
            fw[Int(first)].append(entry)
            bw[Int(last)].append(entry)
        }
        // Longest first, so the first hit is the longest match.
        forward = fw.map { $0.sorted { $0.bytes.count > $1.bytes.count } }
        backward = bw.map { $0.sorted { $0.bytes.count > $1.bytes.count } }
    }

    @inline(__always) private func fold(_ b: UInt8) -> UInt8 { caseInsensitive ? ByteText.lower(b) : b }

    /// The longest entry that starts at `i`, with its byte length.
    func match(_ t: ByteText, at i: Int) -> (payload: Payload, length: Int)? {
        guard i >= 0, i < t.count else { return nil }
        let bucket = forward[Int(fold(t[i]))]
        if bucket.isEmpty { return nil }
        outer: for entry in bucket {
            let n = entry.bytes.count
            if i + n > t.count { continue }
            for k in 1..<max(n, 1) where fold(t[i + k]) != entry.bytes[k] { continue outer }
            if wordBounded, let last = entry.bytes.last, ByteText.isAlnum(last), ByteText.isAlnum(t[i + n]) {
                continue
            }
            return (entry.payload, n)
        }
        return nil
    }

    /// The longest entry that ends exactly at `end`, with its byte length.
    func match(_ t: ByteText, endingAt end: Int) -> (payload: Payload, length: Int)? {
        guard end > 0, end <= t.count else { return nil }
        let bucket = backward[Int(fold(t[end - 1]))]
        if bucket.isEmpty { return nil }
        outer: for entry in bucket {
            let n = entry.bytes.count
            let s = end - n
            if s < 0 { continue }
            for k in 0..<n where fold(t[s + k]) != entry.bytes[k] { continue outer }
            if wordBounded, let first = entry.bytes.first, ByteText.isAlnum(first), ByteText.isAlnum(t[s - 1]) {
                continue
            }
            return (entry.payload, n)
        }
        return nil
    }
}
