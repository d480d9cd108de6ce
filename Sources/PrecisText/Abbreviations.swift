/// English abbreviations that decide whether a period ends a sentence.
enum Abbreviations {
    /// Titles before a name: never end a sentence, and continue one after a time (`9 p.m. Dr. Ito`).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "drs", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj",
        "adm", "cmdr", "rev", "hon", "pres", "messrs", "mme", "mlle", "gens", "supt", "insp", "det", "cpl", "pvt",
    ]
    /// Never end a sentence: titles and forms always followed by more text.
    static let never: Set<String> = titles.union([
        "st", "mt", "ft", "vs", "v", "fig", "figs", "vol", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "approx", "dept", "univ", "ave", "e.g", "i.e", "cf", "viz", "ps", "p.s",
    ])
    /// Do not end a sentence when a number follows: "No. 7", "p. 12", "Rs. 20", "Art. 9".
    static let beforeNumber: Set<String> = [
        "no", "nos", "art", "arts", "p", "pp", "rs", "re", "rp", "sec", "secs", "ch", "chap", "para", "op", "ca", "tk",
    ]
    /// End a sentence only when a typical sentence opener follows.
    static let weak: Set<String> = [
        "inc", "ltd", "co", "corp", "jr", "sr", "etc", "llc", "plc", "bros", "est", "al", "mar",
    ]
    /// Units and short forms usually followed by more of the sentence in lower case (`5 lbs. of`).
    static let beforeLowercase: Set<String> = [
        "lbs", "lb", "oz", "hrs", "hr", "min", "mins", "yrs", "yr", "sq", "esp", "incl", "misc", "ext", "tel",
        "tbsp", "tsp", "pt", "qt", "gal", "mo", "mos", "wk", "wks", "dist", "govt", "assn", "intl", "natl",
    ]
    /// Top-level domains written with a capital (`Newsfeed.Com`): a glued period before one is not a stop.
    static let domains: Set<String> = ["com", "net", "org", "edu", "gov", "info", "biz", "co", "uk", "jp", "de", "fr", "ca", "au", "io"]
    /// Times of day written with dots.
    static let times: Set<String> = ["a.m", "p.m"]
    /// Words that typically open an English sentence.
    static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "In", "On", "At", "It", "Its", "He", "She", "They", "We", "I", "This", "That",
        "These", "Those", "But", "And", "However", "Meanwhile", "According", "Also", "After", "As", "For",
        "If", "When", "While", "There", "His", "Her", "Their", "Our", "Some", "Many", "Most", "Mr", "Mrs",
        "Ms", "Dr", "Since", "Last", "Earlier", "Later", "Officials", "Police", "Analysts", "Shares",
        "Yet", "So", "Still", "Both", "Each", "Other", "Such", "What", "Why", "How", "Who", "One", "Two",
    ]
}
