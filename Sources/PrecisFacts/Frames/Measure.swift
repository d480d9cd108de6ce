/// Whether a figure states a fact or something else: a target, a demand, a proposal, a forecast.
public enum Modality: String, Sendable, Codable, CaseIterable, Hashable {
    case reported, target, demand, proposal, forecast
}

/// What a figure measures, read from its sentence: the measured thing, the base of a ratio,
/// the entity, the time and the modality.
public struct Measure: Sendable, Codable, Hashable {
    /// The measured thing as written nearby (国防費, defence spending), if found.
    public var subject: String?
    /// Language-independent measure concepts found near the figure (`@defence`, `@deaths`…).
    public var concepts: [String]
    /// The base of a ratio (`GDP`, `YOY`), if stated.
    public var base: String?
    /// The entity (a country or body, as a lexicon id such as `KR`), if known.
    public var entity: String?
    /// True when the entity was carried over from an earlier sentence of the document.
    public var entityInherited: Bool
    /// An explicit year (`2025`) or a relative time (`now`, `last-year`) stated in the sentence.
    public var time: String?
    public var modality: Modality
    /// True when the sentence attributes what it says to a source (によると, according to).
    public var attributed: Bool

    /// A short human-readable description, e.g. `国防費 (GDP) · KR · now`.
    public var summary: String {
        var parts: [String] = [subject ?? concepts.first ?? "?"]
        if let base { parts[0] += " (\(base))" }
        if let entity { parts.append(entityInherited ? "\(entity)*" : entity) }
        if let time { parts.append(time) }
        if modality != .reported { parts.append(modality.rawValue) }
        return parts.joined(separator: " · ")
    }
}

/// A figure with its source: document, sentence and what it measures.
public struct SourcedFigure: Sendable, Codable, Hashable {
    public var document: String
    /// Index of the sentence in the document's segmentation.
    public var sentence: Int
    /// UTF-8 byte range of the figure in the document.
    public var start: Int
    public var end: Int
    /// The sentence that states the figure, with its byte range.
    public var sentenceStart: Int
    public var sentenceEnd: Int
    public var sentenceText: String
    public var figure: Figure
    public var measure: Measure
    /// Where the previous figure of the sentence ends and the next begins (document offsets;
    /// the sentence's own ends when there is none): the edges of the figure's own clause.
    public var previousFigureEnd: Int
    public var nextFigureStart: Int
}
