/// Whether a figure states a fact or something else: a target, a demand, a proposal, a forecast,
/// an estimate. Estimates are compared with reported facts; the others are not.
public enum Modality: String, Sendable, Codable, CaseIterable, Hashable {
    /// A fact as reported (the default).
    case reported
    /// A goal or requirement (目標, 必要, "aims to").
    case target
    /// What someone asks for (要求, "demanded").
    case demand
    /// A proposal not yet decided (提案, "proposed").
    case proposal
    /// A prediction of a future value (予想, "is expected to").
    case forecast
    /// An estimate of what is (推計, "an estimated"): compared with reported facts.
    case estimate

    /// Reported facts and estimates describe what is; the rest describe what should or will be.
    var isFactual: Bool { self == .reported || self == .estimate }

    /// A plan and an outlook of the same future value (「1700人の雇用を見込む」, "targeting 1,200
    /// jobs") are one kind of statement: what will be, as its source expects it.
    var isOutlook: Bool { self == .target || self == .forecast }

    /// Whether two figures of these modalities state the same kind of value: both facts, both
    /// outlooks, or the same demand or proposal.
    func isComparable(with other: Modality, outlooksMeet: Bool) -> Bool {
        if isFactual || other.isFactual { return isFactual == other.isFactual }
        return self == other || (outlooksMeet && isOutlook && other.isOutlook)
    }
}

/// What a figure adds up: all of something, a part of it (うち, "of whom"), a running total, a
/// daily amount or an amount per person. `nil` in a frame means a plain total.
public enum Aggregation: String, Sendable, Codable, CaseIterable, Hashable {
    /// All of something, marked as such (合計, "in total").
    case total
    /// A part of a larger figure (うち, "of whom", "including").
    case subtotal
    /// A running total to date (累計, "so far").
    case cumulative
    /// An amount per day (1日あたり, "a day").
    case daily
    /// An amount per person (1人あたり, "per capita").
    case perCapita

    /// Totals and running totals are the same kind of number as an unqualified figure.
    var isPlain: Bool { self == .total || self == .cumulative }
}

/// Whether a figure is a level ("3%", "is 3%") or a change ("rose 3%", 3%増), and, in
/// "from A to B" / 「AからBに」, which end it is.
public enum ChangeRole: String, Sendable, Codable, CaseIterable, Hashable {
    /// A level: "3%", "is 3%", 3%だった.
    case level
    /// A change by an amount: "rose 3%", 3%増.
    case change
    /// The old level of a change: "from 2%", 2%から.
    case from
    /// The new level of a change: "rose to 3%", 3%に上昇.
    case to

    /// Levels compare with the new level of a change ("rose to 3%"); the old level ("from 2%")
    /// only with another old level; changes only with changes.
    func isCompatible(with other: ChangeRole) -> Bool {
        switch (self, other) {
        case (.level, .level), (.level, .to), (.to, .level), (.to, .to), (.change, .change), (.from, .from): return true
        default: return false
        }
    }
}

/// What a figure measures, read from its clause: its measure frame. Two figures are compared
/// only when their frames are compatible slot by slot (see `FactChecker`).
public struct Measure: Sendable, Codable, Hashable {
    /// The measured thing as written nearby (国防費, defence spending), if found.
    public var subject: String?
    /// Language-independent measure concepts found near the figure (`@defence`, `@deaths`…).
    public var concepts: [String]
    /// The concept nearest the figure in its own clause: the measure key that must agree.
    public var key: String?
    /// True when the key stands right next to the figure (「死者12人」): then a different key
    /// elsewhere blocks a pair; a looser key only withholds evidence.
    public var keyIsAdjacent: Bool = false
    /// The base of a ratio (`GDP`, `YOY`), if stated.
    public var base: String?
    /// The entity (a country or region, as a lexicon id such as `KR`), if known.
    public var entity: String?
    /// True when the entity was carried over from an earlier sentence of the document.
    public var entityInherited: Bool
    /// The figure's time: a year (`2025`), a month (`2025-03`), or a relative time word's id
    /// (`now`, `last-year`) when the document has no date to resolve it against.
    public var time: String?
    /// True when `time` is only the document's publication year (nothing in the text dated the figure).
    public var timeFromDocument: Bool = false
    /// The publication date of the figure's document (yyyymmdd), when known: a figure the text
    /// does not date is as of that day or earlier.
    public var published: Int? = nil
    /// True when the time is a relative time word right at the figure ("last year's 41 percent",
    /// 「前年の4.9%」): a firm statement that the figure is not of the publication period.
    public var timeIsAtFigure: Bool = false
    /// A time the figure is compared with (前年比, "since 1992", 2020年＝100), never its own.
    public var baseTime: String?
    /// A part, running total, daily or per-person amount; nil for a plain figure.
    public var aggregation: Aggregation?
    /// Whether the figure is a level, a change, or an end of a change.
    public var change: ChangeRole
    /// Whether the figure is a reported fact, an estimate, or a target, demand, proposal or forecast.
    public var modality: Modality
    /// True when the sentence attributes what it says to a source (によると, according to).
    public var attributed: Bool
    /// An age band or other category limit (15歳未満の子ども): describes a group, measures nothing.
    public var isCategory: Bool
    /// For a date or year: the event it is the date of, as a lexicon id (`@opened` for "opened in
    /// 1962", `@began` for 「16日に開始」), when a cue stands right at it. Such a date is compared
    /// as an event and dates no quantity of its sentence; nil for other figures.
    public var event: String? = nil
    /// True when an earlier, larger figure of the same kind and unit in the sentence may be the
    /// whole this one is part of ("640 homes had been damaged and 58 destroyed"): then it is
    /// compared with parts marked as such (うち, "including") as well as with plain figures.
    public var followsLargerFigure: Bool = false

    /// A frame from its slots; unset slots mean "not stated" (a plain, reported level).
    public init(subject: String? = nil, concepts: [String] = [], key: String? = nil, base: String? = nil,
                entity: String? = nil, entityInherited: Bool = false, time: String? = nil, baseTime: String? = nil,
                aggregation: Aggregation? = nil, change: ChangeRole = .level, modality: Modality = .reported,
                attributed: Bool = false, isCategory: Bool = false) {
        self.subject = subject
        self.concepts = concepts
        self.key = key
        self.base = base
        self.entity = entity
        self.entityInherited = entityInherited
        self.time = time
        self.baseTime = baseTime
        self.aggregation = aggregation
        self.change = change
        self.modality = modality
        self.attributed = attributed
        self.isCategory = isCategory
    }

    /// A short human-readable description, e.g. `国防費 (GDP) · KR · now`.
    public var summary: String {
        var parts: [String] = [subject ?? key ?? concepts.first ?? "?"]
        if let base { parts[0] += " (\(base))" }
        if let entity { parts.append(entityInherited ? "\(entity)*" : entity) }
        if let time { parts.append(time) }
        if let aggregation { parts.append(aggregation.rawValue) }
        if change != .level { parts.append(change.rawValue) }
        if modality != .reported { parts.append(modality.rawValue) }
        return parts.joined(separator: " · ")
    }
}

/// A figure with its source: document, sentence and what it measures.
public struct SourcedFigure: Sendable, Codable, Hashable {
    /// The id of the document that states the figure.
    public var document: String
    /// Index of the sentence in the document's segmentation.
    public var sentence: Int
    /// UTF-8 byte range of the figure in the document.
    public var start: Int
    /// End of the figure's byte range (exclusive), in UTF-8 bytes of the document.
    public var end: Int
    /// The sentence that states the figure, with its byte range.
    public var sentenceStart: Int
    /// End of the sentence's byte range (exclusive), in UTF-8 bytes of the document.
    public var sentenceEnd: Int
    /// The sentence's text, exactly the document's bytes in `sentenceStart..<sentenceEnd`.
    public var sentenceText: String
    /// The figure as extracted: kind, exact value, unit and qualifiers.
    public var figure: Figure
    /// What the figure measures, read from its clause.
    public var measure: Measure
    /// Where the previous figure of the sentence ends and the next begins (document offsets;
    /// the sentence's own ends when there is none): the edges of the figure's own clause.
    public var previousFigureEnd: Int
    /// Where the next figure of the sentence begins (the sentence's end when there is none).
    public var nextFigureStart: Int
}
