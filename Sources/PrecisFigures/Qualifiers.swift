/// Words before or after a figure that make it approximate or one-sided (約, 以上, about, more than).
/// They are looked up around the figure's span and are never part of the span.
enum Qualifiers {
    /// The effect of one qualifier word.
    struct Effect: Sendable, Equatable {
        var approximate = false
        var bound: FigureBound?

        static let approx = Effect(approximate: true)
        static let nearly = Effect(approximate: true, bound: .atMost)
        static let moreThan = Effect(bound: .moreThan)
        static let atLeast = Effect(bound: .atLeast)
        static let atMost = Effect(bound: .atMost)
        static let lessThan = Effect(bound: .lessThan)
        static let justOver = Effect(approximate: true, bound: .moreThan)
        static let justUnder = Effect(approximate: true, bound: .lessThan)
        static let floor = Effect(approximate: true, bound: .atLeast)
    }

    /// Japanese words directly before the number (matched backwards from the span start).
    static let japanesePrefix = ByteLexicon<Effect>([
        ("約", .approx), ("およそ", .approx), ("おおよそ", .approx), ("凡そ", .approx), ("概ね", .approx),
        ("おおむね", .approx), ("ほぼ", .approx), ("推定", .approx), ("大体", .approx), ("ざっと", .approx),
        ("約で", .approx), ("最大", .atMost), ("最高", .atMost), ("最多", .atMost), ("最長", .atMost), ("上限", .atMost),
        ("最大で", .atMost), ("最低", .atLeast), ("少なくとも", .atLeast), ("すくなくとも", .atLeast), ("最少", .atLeast), ("最低でも", .atLeast),
        ("少なくても", .atLeast), ("下限", .atLeast),
    ])

    /// Japanese words directly after the span.
    static let japaneseSuffix = ByteLexicon<Effect>([
        ("以上", .atLeast), ("以下", .atMost), ("未満", .lessThan), ("超", .moreThan), ("超え", .moreThan),
        ("を超える", .moreThan), ("を超え", .moreThan), ("を超す", .moreThan), ("を上回る", .moreThan),
        ("を下回る", .lessThan), ("足らず", .lessThan), ("弱", .approx), ("強", .approx), ("余り", .approx),
        ("あまり", .approx), ("余", .approx), ("近く", .nearly), ("前後", .approx), ("程度", .approx),
        ("ほど", .approx), ("程", .approx), ("くらい", .approx), ("ぐらい", .approx), ("位", .approx),
        ("以内", .atMost), ("ちょっと", .approx), ("より多い", .moreThan), ("より多く", .moreThan),
        ("より大きい", .moreThan), ("より高い", .moreThan), ("より少ない", .lessThan), ("より小さい", .lessThan),
        ("より低い", .lessThan), ("を上回った", .moreThan), ("を下回った", .lessThan), ("を超えた", .moreThan), ("を突破", .moreThan), ("突破", .moreThan), ("ばかり", .approx), ("近い", .nearly), ("台", .floor),
    ])

    /// English words before the number (matched backwards, case-insensitively, at word boundaries).
    static let englishPrefix = ByteLexicon<Effect>(
        [
            ("about", .approx), ("around", .approx), ("roughly", .approx), ("approximately", .approx),
            ("approx.", .approx), ("approx", .approx), ("some", .approx), ("an estimated", .approx),
            ("estimated", .approx), ("circa", .approx), ("c.", .approx), ("~", .approx), ("≈", .approx),
            ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly), ("just under", .justUnder),
            ("just below", .justUnder), ("just over", .justOver), ("just above", .justOver),
            ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("in excess of", .moreThan),
            ("upwards of", .moreThan), ("exceeding", .moreThan), ("well over", .moreThan), ("well above", .moreThan),
            ("at least", .atLeast), ("no fewer than", .atLeast), ("no less than", .atLeast), ("a minimum of", .atLeast),
            ("minimum of", .atLeast), ("up to", .atMost), ("at most", .atMost), ("no more than", .atMost),
            ("a maximum of", .atMost), ("maximum of", .atMost), ("as many as", .atMost), ("as much as", .atMost),
            ("as high as", .atMost), ("as few as", .atLeast), ("as little as", .atLeast), ("as low as", .atLeast), ("not more than", .atMost), ("under", .lessThan),
            ("below", .lessThan), ("fewer than", .lessThan), ("less than", .lessThan), ("not even", .lessThan),
        ],
        caseInsensitive: true, wordBounded: true
    )

    /// "as low as", "as high as" …: after a verb of movement (`movedVerbs`) they name the level a
    /// figure reached ("fell as low as 2.3 percent"), not a limit of what it may be.
    static let extremes: Set<[UInt8]> = Set(["as low as", "as high as", "as much as", "as many as", "as few as", "as little as"].map { Array($0.utf8) })

    /// Past-tense verbs of a figure moving to a level.
    static let movedVerbs: Set<String> = ["fell", "dropped", "sank", "slid", "dipped", "plunged", "tumbled", "declined", "rose",
                                          "climbed", "jumped", "surged", "soared", "spiked", "reached", "hit", "peaked", "bottomed", "touched"]

    /// English words after the span ("or more", "or so"), one space before them.
    static let englishSuffix = ByteLexicon<Effect>(
        [
            ("or more", .atLeast), ("or over", .atLeast), ("or above", .atLeast), ("or higher", .atLeast),
            ("or so", .approx), ("or less", .atMost), ("or fewer", .atMost), ("or below", .atMost), ("or under", .atMost),
        ],
        caseInsensitive: true, wordBounded: true
    )

    /// Combines two effects; a later bound overrides an earlier one, approximation accumulates.
    static func merge(_ a: Effect, _ b: Effect) -> Effect {
        Effect(approximate: a.approximate || b.approximate, bound: b.bound ?? a.bound)
    }
}
