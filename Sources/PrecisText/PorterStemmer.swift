/// Porter (1980) suffix-stripping stemmer that reproduces NLTK's default mode, so ROUGE scores match Google's rouge-score.
///
/// This follows the rules of M. F. Porter, "An algorithm for suffix stripping",
/// Program 14(3), 1980, with the deviations that NLTK's
/// `nltk.stem.porter.PorterStemmer()` applies in its default `NLTK_EXTENSIONS`
/// mode (Google's rouge-score uses exactly that stemmer when `use_stemmer=True`):
///
/// - a small table of irregular forms (`skies` → `sky`, `dying` → `die`,
///   `news` → `news`, `proceed` → `proceed`, …) is looked up first;
/// - words of one or two characters are returned unchanged (lower-cased);
/// - step 1a: a four-letter word ending in `ies` becomes `…ie` (`ties` → `tie`);
/// - step 1b: `ied` becomes `ie` in four-letter words and `i` otherwise;
/// - step 1c: `y` → `i` only when preceded by a consonant that is not the first letter;
/// - step 2: `alli` → `al` is tried first (then step 2 again), `bli` → `ble`
///   replaces `abli` → `able`, and `fulli` → `ful` and `logi` → `log` are added
///   (for `logi` the measure is taken with the `l` kept on the stem);
/// - the `*o` (cvc) test also accepts a two-letter vowel–consonant stem;
/// - step 5b measures the word without its final `l`.
///
/// Like NLTK, the stemmer works on Unicode scalars (Python code points): only
/// `a e i o u` are vowels and every other scalar except `y` is a consonant, so
/// non-ASCII words are stemmed too (`cafés` → `café`). ASCII words take a fast
/// path without any Unicode case mapping. The input is lower-cased first, as
/// NLTK does; Swift's per-scalar lower-casing can differ from Python's only for
/// a word-final capital sigma.
public struct PorterStemmer: Sendable {
    /// Creates a stemmer; it holds no state, so one instance can be shared freely.
    public init() {}

    /// Returns the stem of `word`, identical to NLTK's `PorterStemmer().stem(word)`.
    public func stem(_ word: String) -> String {
        var isASCII = true
        for byte in word.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        var scalars: [UInt32]
        let originalLength: Int
        if isASCII {
            scalars = []
            scalars.reserveCapacity(word.utf8.count)
            for byte in word.utf8 {
                scalars.append(UInt32(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte))
            }
            originalLength = scalars.count
        } else {
            originalLength = word.unicodeScalars.count
            scalars = word.lowercased().unicodeScalars.map(\.value)
        }

        var porter = PorterWord(scalars)
        if let irregular = PorterStemmer.irregularForms[porter.asString()] {
            return irregular
        }
        // NLTK leaves words of at most two code points (counted before lower-casing) alone.
        if originalLength <= 2 {
            return porter.asString()
        }
        porter.step1a()
        porter.step1b()
        porter.step1c()
        porter.step2()
        porter.step3()
        porter.step4()
        porter.step5a()
        porter.step5b()
        return porter.asString()
    }

    /// Irregular forms that NLTK maps directly, before any rule runs.
    static let irregularForms: [String: String] = [
        "sky": "sky", "skies": "sky",
        "dying": "die", "lying": "lie", "tying": "tie",
        "news": "news",
        "innings": "inning", "inning": "inning",
        "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning",
        "howe": "howe",
        "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
    ]
}

/// Conditions that Porter's rules place on the stem left after removing a suffix.
private enum PorterCondition {
    /// No condition.
    case always
    /// m(stem) > 0.
    case measurePositive
    /// m(stem) > 1.
    case measureAboveOne
    /// m(stem) > 1 and the stem ends in `s` or `t` (step 4, `ion`).
    case measureAboveOneEndsST
    /// m(stem + "l") > 0 (NLTK's `logi` → `log`, which keeps the `l` on the stem).
    case measurePositiveWithL
}

/// One suffix rule: replace `suffix` by `replacement` when `condition` holds on the remaining stem.
private struct PorterRule {
    let suffix: [UInt32]
    let replacement: [UInt32]
    let condition: PorterCondition

    init(_ suffix: String, _ replacement: String, _ condition: PorterCondition) {
        self.suffix = suffix.unicodeScalars.map(\.value)
        self.replacement = replacement.unicodeScalars.map(\.value)
        self.condition = condition
    }
}

/// The rule tables of steps 2, 3 and 4, in the order in which they are tried.
private enum PorterRules {
    static let step2: [PorterRule] = [
        PorterRule("ational", "ate", .measurePositive),
        PorterRule("tional", "tion", .measurePositive),
        PorterRule("enci", "ence", .measurePositive),
        PorterRule("anci", "ance", .measurePositive),
        PorterRule("izer", "ize", .measurePositive),
        PorterRule("bli", "ble", .measurePositive),
        PorterRule("alli", "al", .measurePositive),
        PorterRule("entli", "ent", .measurePositive),
        PorterRule("eli", "e", .measurePositive),
        PorterRule("ousli", "ous", .measurePositive),
        PorterRule("ization", "ize", .measurePositive),
        PorterRule("ation", "ate", .measurePositive),
        PorterRule("ator", "ate", .measurePositive),
        PorterRule("alism", "al", .measurePositive),
        PorterRule("iveness", "ive", .measurePositive),
        PorterRule("fulness", "ful", .measurePositive),
        PorterRule("ousness", "ous", .measurePositive),
        PorterRule("aliti", "al", .measurePositive),
        PorterRule("iviti", "ive", .measurePositive),
        PorterRule("biliti", "ble", .measurePositive),
        PorterRule("fulli", "ful", .measurePositive),
        PorterRule("logi", "log", .measurePositiveWithL),
    ]

    static let step3: [PorterRule] = [
        PorterRule("icate", "ic", .measurePositive),
        PorterRule("ative", "", .measurePositive),
        PorterRule("alize", "al", .measurePositive),
        PorterRule("iciti", "ic", .measurePositive),
        PorterRule("ical", "ic", .measurePositive),
        PorterRule("ful", "", .measurePositive),
        PorterRule("ness", "", .measurePositive),
    ]

    static let step4: [PorterRule] = [
        PorterRule("al", "", .measureAboveOne),
        PorterRule("ance", "", .measureAboveOne),
        PorterRule("ence", "", .measureAboveOne),
        PorterRule("er", "", .measureAboveOne),
        PorterRule("ic", "", .measureAboveOne),
        PorterRule("able", "", .measureAboveOne),
        PorterRule("ible", "", .measureAboveOne),
        PorterRule("ant", "", .measureAboveOne),
        PorterRule("ement", "", .measureAboveOne),
        PorterRule("ment", "", .measureAboveOne),
        PorterRule("ent", "", .measureAboveOne),
        PorterRule("ion", "", .measureAboveOneEndsST),
        PorterRule("ou", "", .measureAboveOne),
        PorterRule("ism", "", .measureAboveOne),
        PorterRule("ate", "", .measureAboveOne),
        PorterRule("iti", "", .measureAboveOne),
        PorterRule("ous", "", .measureAboveOne),
        PorterRule("ive", "", .measureAboveOne),
        PorterRule("ize", "", .measureAboveOne),
    ]
}

/// Letter codes and suffixes used by the rules.
private enum PorterLetter {
    static let a: UInt32 = 0x61, d: UInt32 = 0x64, e: UInt32 = 0x65, i: UInt32 = 0x69
    static let l: UInt32 = 0x6C, o: UInt32 = 0x6F, s: UInt32 = 0x73, t: UInt32 = 0x74
    static let u: UInt32 = 0x75, w: UInt32 = 0x77, x: UInt32 = 0x78, y: UInt32 = 0x79, z: UInt32 = 0x7A
    static let eed: [UInt32] = [e, e, d]
    static let ied: [UInt32] = [i, e, d]
    static let ies: [UInt32] = [i, e, s]
    static let sses: [UInt32] = [s, s, e, s]
    static let ss: [UInt32] = [s, s]
    static let ed: [UInt32] = [e, d]
    static let ing: [UInt32] = [i, 0x6E, 0x67]
    static let at: [UInt32] = [a, t]
    static let bl: [UInt32] = [0x62, l]
    static let iz: [UInt32] = [i, z]
    static let alli: [UInt32] = [a, l, l, i]
    static let ll: [UInt32] = [l, l]

    @inline(__always)
    static func isVowel(_ c: UInt32) -> Bool {
        c == a || c == e || c == i || c == o || c == u
    }
}

/// A word being stemmed, held as Unicode scalar values and edited in place.
private struct PorterWord {
    var s: [UInt32]

    init(_ scalars: [UInt32]) { s = scalars }

    func asString() -> String {
        if s.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: s.count) { buffer in
                for (index, value) in s.enumerated() { buffer[index] = UInt8(truncatingIfNeeded: value) }
                return s.count
            }
        }
        var view = String.UnicodeScalarView()
        for value in s {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }

    // MARK: Predicates on the prefix s[0..<n] (the "stem")

    /// Porter's consonant test: not a vowel, and `y` is a consonant only at the start or after a vowel.
    func isConsonant(_ index: Int) -> Bool {
        let c = s[index]
        if PorterLetter.isVowel(c) { return false }
        if c != PorterLetter.y { return true }
        // Walk back over a run of y's; they alternate consonant/vowel from the run's start.
        var j = index
        while j >= 0 && s[j] == PorterLetter.y { j -= 1 }
        let runStartIsConsonant = j < 0 || PorterLetter.isVowel(s[j])
        return (index - j - 1) % 2 == 0 ? runStartIsConsonant : !runStartIsConsonant
    }

    /// Porter's m: the number of vowel-sequence/consonant-sequence pairs in s[0..<n].
    func measure(_ n: Int) -> Int {
        var m = 0
        var previousIsVowel = false
        for index in 0..<n {
            let c = s[index]
            let consonant: Bool
            if PorterLetter.isVowel(c) {
                consonant = false
            } else if c == PorterLetter.y {
                consonant = index == 0 || previousIsVowel
            } else {
                consonant = true
            }
            if consonant && previousIsVowel { m += 1 }
            previousIsVowel = !consonant
        }
        return m
    }

    /// *v*: s[0..<n] contains a vowel.
    func containsVowel(_ n: Int) -> Bool {
        var previousIsVowel = false
        for index in 0..<n {
            let c = s[index]
            let consonant: Bool
            if PorterLetter.isVowel(c) {
                consonant = false
            } else if c == PorterLetter.y {
                consonant = index == 0 || previousIsVowel
            } else {
                consonant = true
            }
            if !consonant { return true }
            previousIsVowel = !consonant
        }
        return false
    }

    /// *d: s[0..<n] ends with a double consonant.
    func endsDoubleConsonant(_ n: Int) -> Bool {
        n >= 2 && s[n - 1] == s[n - 2] && isConsonant(n - 1)
    }

    /// *o: s[0..<n] ends consonant–vowel–consonant with the last not w, x or y
    /// (NLTK also accepts a two-letter vowel–consonant stem).
    func endsCVC(_ n: Int) -> Bool {
        if n >= 3 {
            let last = s[n - 1]
            return isConsonant(n - 3) && !isConsonant(n - 2) && isConsonant(n - 1)
                && last != PorterLetter.w && last != PorterLetter.x && last != PorterLetter.y
        }
        return n == 2 && !isConsonant(0) && isConsonant(1)
    }

    func hasSuffix(_ suffix: [UInt32]) -> Bool {
        let n = s.count, k = suffix.count
        guard k <= n else { return false }
        var index = 0
        while index < k {
            if s[n - k + index] != suffix[index] { return false }
            index += 1
        }
        return true
    }

    mutating func replaceSuffix(length: Int, with replacement: [UInt32]) {
        s.removeLast(length)
        s.append(contentsOf: replacement)
    }

    func holds(_ condition: PorterCondition, stemLength n: Int) -> Bool {
        switch condition {
        case .always: return true
        case .measurePositive: return measure(n) > 0
        case .measureAboveOne: return measure(n) > 1
        case .measureAboveOneEndsST:
            return measure(n) > 1 && (s[n - 1] == PorterLetter.s || s[n - 1] == PorterLetter.t)
        case .measurePositiveWithL: return measure(n + 1) > 0
        }
    }

    /// Applies the first rule whose suffix matches; if its condition fails the word is left as is.
    mutating func applyFirstMatching(_ rules: [PorterRule]) {
        for rule in rules where hasSuffix(rule.suffix) {
            let stemLength = s.count - rule.suffix.count
            if holds(rule.condition, stemLength: stemLength) {
                replaceSuffix(length: rule.suffix.count, with: rule.replacement)
            }
            return
        }
    }

    // MARK: Steps

    mutating func step1a() {
        if hasSuffix(PorterLetter.ies) && s.count == 4 {
            s.removeLast()  // "ties" -> "tie"
        } else if hasSuffix(PorterLetter.sses) {
            s.removeLast(2)
        } else if hasSuffix(PorterLetter.ies) {
            s.removeLast(2)
        } else if hasSuffix(PorterLetter.ss) {
            return
        } else if s.last == PorterLetter.s {
            s.removeLast()
        }
    }

    mutating func step1b() {
        if hasSuffix(PorterLetter.ied) {
            // "died" -> "die", "cried" -> "cri"
            s.removeLast(s.count == 4 ? 1 : 2)
            return
        }
        if hasSuffix(PorterLetter.eed) {
            if measure(s.count - 3) > 0 { s.removeLast() }
            return
        }
        let removed: Int
        if hasSuffix(PorterLetter.ed) && containsVowel(s.count - 2) {
            removed = 2
        } else if hasSuffix(PorterLetter.ing) && containsVowel(s.count - 3) {
            removed = 3
        } else {
            return
        }
        s.removeLast(removed)
        if hasSuffix(PorterLetter.at) || hasSuffix(PorterLetter.bl) || hasSuffix(PorterLetter.iz) {
            s.append(PorterLetter.e)
        } else if endsDoubleConsonant(s.count) {
            let last = s[s.count - 1]
            if last != PorterLetter.l && last != PorterLetter.s && last != PorterLetter.z {
                s.removeLast()
            }
        } else if measure(s.count) == 1 && endsCVC(s.count) {
            s.append(PorterLetter.e)
        }
    }

    mutating func step1c() {
        let n = s.count
        if n >= 3 && s[n - 1] == PorterLetter.y && isConsonant(n - 2) {
            s[n - 1] = PorterLetter.i
        }
    }

    mutating func step2() {
        if hasSuffix(PorterLetter.alli) && measure(s.count - 4) > 0 {
            s.removeLast(2)  // "alli" -> "al", then step 2 again
            step2()
            return
        }
        applyFirstMatching(PorterRules.step2)
    }

    mutating func step3() { applyFirstMatching(PorterRules.step3) }

    mutating func step4() { applyFirstMatching(PorterRules.step4) }

    mutating func step5a() {
        guard s.last == PorterLetter.e else { return }
        let n = s.count - 1
        let m = measure(n)
        if m > 1 || (m == 1 && !endsCVC(n)) {
            s.removeLast()
        }
    }

    mutating func step5b() {
        if hasSuffix(PorterLetter.ll) && measure(s.count - 1) > 1 {
            s.removeLast()
        }
    }
}
