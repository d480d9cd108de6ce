/// English words and symbols around numbers: multipliers, units, currencies, calendar words and
/// number words. Word tables match case-insensitively at word boundaries; symbols match exactly.
enum EnglishLexicon {
    /// Words after a number (one space allowed before them): "million", "percent", "euros", "km", "years".
    static let unitWords = ByteLexicon<UnitMeaning>(wordEntries, caseInsensitive: true, wordBounded: true)
    /// Case-sensitive unit symbols glued to or following a number: "km", "m", "kg", "MW", "°C".
    static let unitSymbols = ByteLexicon<UnitMeaning>(symbolEntries, caseInsensitive: false, wordBounded: true)
    /// Currency signs and codes written before a number, matched backwards from the number.
    static let currencyPrefixes = ByteLexicon<String>(prefixEntries, caseInsensitive: false, wordBounded: true)
    /// Number words: value and whether it is a multiplier (hundred = 2, thousand = 3 …) or a plain value.
    static let numberWords = ByteLexicon<NumberWord>(numberEntries, caseInsensitive: true, wordBounded: true)

    /// A number word: a small value (0–90), a power-of-ten multiplier, or a dozen.
    enum NumberWord: Sendable, Equatable {
        case small(Int)
        case tens(Int)
        case hundred
        case big(Int)
        case dozen
        case article
        case half
        case and
    }

    private static let wordEntries: [(String, UnitMeaning)] = {
        var e: [(String, UnitMeaning)] = []
        func add(_ words: [String], _ m: UnitMeaning) { for w in words { e.append((w, m)) } }
        add(["thousand"], .multiplier(3))
        add(["million", "mn", "mln", "mil", "millions"], .multiplier(6))
        add(["billion", "bn", "bln", "billions"], .multiplier(9))
        add(["trillion", "tn", "trn", "tln"], .multiplier(12))
        add(["crore"], .multiplier(7))
        add(["lakh"], .multiplier(5))
        add(["percent", "per cent", "pct", "per-cent"], .percent)
        add([
            "percentage points", "percentage point", "percent points", "percent point", "per cent points",
            "percentage-point", "pp", "ppt", "ppts", "of a percentage point", "of one percentage point",
        ], .percentagePoints)
        add(["basis points", "basis point", "bps", "bp"], .basisPoints)
        add(["dollars", "dollar", "us dollars", "u.s. dollars", "american dollars", "usd"], .currency("USD"))
        add(["australian dollars", "aud"], .currency("AUD"))
        add(["canadian dollars", "cad"], .currency("CAD"))
        add(["hong kong dollars", "hkd"], .currency("HKD"))
        add(["new zealand dollars", "nzd"], .currency("NZD"))
        add(["singapore dollars", "sgd"], .currency("SGD"))
        add(["taiwan dollars", "new taiwan dollars", "twd"], .currency("TWD"))
        add(["euros", "euro", "eur"], .currency("EUR"))
        add(["yen", "japanese yen", "jpy"], .currency("JPY"))
        add(["won", "korean won", "krw"], .currency("KRW"))
        add(["yuan", "renminbi", "chinese yuan", "cny", "rmb"], .currency("CNY"))
        add(["pounds sterling", "sterling", "pound sterling", "gbp", "british pounds"], .currency("GBP"))
        add(["pounds", "pound"], .pounds)
        add(["rupees", "rupee", "inr"], .currency("INR"))
        add(["roubles", "rubles", "rub"], .currency("RUB"))
        add(["swiss francs", "francs", "chf"], .currency("CHF"))
        add(["baht", "thb"], .currency("THB"))
        add(["ringgit", "myr"], .currency("MYR"))
        add(["rupiah", "idr"], .currency("IDR"))
        add(["kilometres", "kilometers", "kilometre", "kilometer"], .measure("km"))
        add(["square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km"], .measure("km2"))
        add(["square miles", "square mile", "sq mi"], .measure("mi2"))
        add(["square metres", "square meters", "square metre", "square meter"], .measure("m2"))
        add(["square feet", "square foot", "sq ft"], .measure("ft2"))
        add(["miles", "mile"], .measure("mi"))
        add(["metres", "meters", "metre", "meter"], .measure("m"))
        add(["centimetres", "centimeters"], .measure("cm"))
        add(["millimetres", "millimeters"], .measure("mm"))
        add(["kilograms", "kilogram", "kilos"], .measure("kg"))
        add(["grams", "gram"], .measure("g"))
        add(["tonnes", "tonne", "tons", "ton", "metric tons"], .measure("t"))
        add(["acres", "acre"], .measure("acre"))
        add(["hectares", "hectare"], .measure("ha"))
        add(["feet", "foot"], .measure("ft"))
        add(["inches", "inch"], .measure("in"))
        add(["litres", "liters", "litre", "liter"], .measure("L"))
        add(["gallons", "gallon"], .measure("gal"))
        add(["barrels", "barrel"], .measure("bbl"))
        add(["barrels per day", "barrels a day", "bpd", "b/d"], .measure("bbl/d"))
        add(["megawatts", "megawatt"], .measure("MW"))
        add(["gigawatts", "gigawatt"], .measure("GW"))
        add(["kilowatts", "kilowatt"], .measure("kW"))
        add(["knots", "knot"], .measure("kn"))
        add(["magnitude", "on the richter scale", "on the moment magnitude scale"], .measure("magnitude"))
        add(["horsepower", "brake horsepower"], .measure("hp"))
        add(["yards", "yard"], .measure("yd"))
        add(["hertz"], .measure("Hz"))
        add(["kilohertz"], .measure("kHz"))
        add(["megahertz"], .measure("MHz"))
        add(["gigahertz"], .measure("GHz"))
        add(["millilitres", "milliliters", "millilitre", "milliliter"], .measure("mL"))
        add(["ounces", "ounce"], .measure("oz"))
        add(["lbs", "lb"], .measure("lb"))
        add(["dozen"], .dozen)
        add(["degrees celsius", "degrees centigrade"], .measure("°C"))
        add(["degrees fahrenheit"], .measure("°F"))
        add(["degrees"], .measure("degrees"))
        add(["degrees c", "deg c"], .measure("°C"))
        add(["degrees f", "deg f"], .measure("°F"))
        add(["millibars", "millibar", "hectopascals"], .measure("hPa"))
        add(["years", "year"], .duration("years"))
        add(["months", "month"], .duration("months"))
        add(["weeks", "week"], .duration("weeks"))
        add(["days", "day"], .duration("days"))
        add(["hours", "hour"], .duration("hours"))
        add(["minutes", "minute"], .duration("minutes"))
        add(["seconds"], .duration("seconds"))
        add(["decades"], .duration("decades"))
        add(["years old", "year old", "years of age"], .age("years"))
        add(["year-old", "years-old"], .age("years"))
        add(["light-years", "light years", "light-year"], .measure("ly"))
        add(["micrometres", "micrometers", "microns"], .measure("μm"))
        add(["cents", "cent"], .subunit("USD"))
        add(["pence"], .subunit("GBP"))
        add(["a.m.", "a.m", "am"], .meridiem(false))
        add(["p.m.", "p.m", "pm"], .meridiem(true))
        let months = [
            ["january", "jan", "jan."], ["february", "feb", "feb."], ["march", "mar."], ["april", "apr", "apr."],
            ["may"], ["june", "jun", "jun."], ["july", "jul", "jul."], ["august", "aug", "aug."],
            ["september", "sep", "sep.", "sept", "sept."], ["october", "oct", "oct."], ["november", "nov", "nov."],
            ["december", "dec", "dec."],
        ]
        for (k, names) in months.enumerated() { add(names, .monthName(k + 1)) }
        return e
    }()

    private static let symbolEntries: [(String, UnitMeaning)] = {
        var e: [(String, UnitMeaning)] = []
        func add(_ words: [String], _ m: UnitMeaning) { for w in words { e.append((w, m)) } }
        add(["%", "％"], .percent)
        add(["km", "kms"], .measure("km"))
        add(["km2", "km²", "sq km"], .measure("km2"))
        add(["m2", "m²"], .measure("m2"))
        add(["m"], .measure("m"))
        add(["cm"], .measure("cm"))
        add(["mm"], .measure("mm"))
        add(["kg", "kgs"], .measure("kg"))
        add(["g"], .measure("g"))
        add(["mg"], .measure("mg"))
        add(["t"], .measure("t"))
        add(["ha"], .measure("ha"))
        add(["hPa", "mb", "mbar"], .measure("hPa"))
        add(["mph"], .measure("mph"))
        add(["km/h", "kph", "kmh"], .measure("km/h"))
        add(["ft"], .measure("ft"))
        add(["mi"], .measure("mi"))
        add(["lb", "lbs"], .measure("lb"))
        add(["kW"], .measure("kW"))
        add(["MW"], .measure("MW"))
        add(["GW"], .measure("GW"))
        add(["kWh"], .measure("kWh"))
        add(["MWh"], .measure("MWh"))
        add(["GWh"], .measure("GWh"))
        add(["TWh"], .measure("TWh"))
        add(["MB"], .measure("MB"))
        add(["GB"], .measure("GB"))
        add(["TB"], .measure("TB"))
        add(["Mbps"], .measure("Mbps"))
        add(["Gbps"], .measure("Gbps"))
        add(["MHz"], .measure("MHz"))
        add(["GHz"], .measure("GHz"))
        add(["°C", "℃", "C°"], .measure("°C"))
        add(["°F", "℉"], .measure("°F"))
        add(["°"], .measure("degrees"))
        add(["L"], .measure("L"))
        add(["p"], .subunit("GBP"))
        add(["μm"], .measure("μm"))
        add(["k", "K"], .moneyMultiplier(3))
        add(["M", "mn", "MM"], .moneyMultiplier(6))
        add(["b", "B", "bn", "Bn", "BN"], .moneyMultiplier(9))
        add(["tn", "T"], .moneyMultiplier(12))
        add(["€"], .currency("EUR"))
        add(["£"], .currency("GBP"))
        add(["¥", "￥"], .currency("JPY"))
        add(["$"], .currency("USD"))
        add(["₩"], .currency("KRW"))
        add(["₹"], .currency("INR"))
        add(["hp", "bhp"], .measure("hp"))
        add(["yd", "yds"], .measure("yd"))
        add(["Hz"], .measure("Hz"))
        add(["kHz"], .measure("kHz"))
        add(["bpd", "b/d"], .measure("bbl/d"))
        add(["mL", "ml"], .measure("mL"))
        add(["oz"], .measure("oz"))
        return e
    }()

    private static let prefixEntries: [(String, String)] = [
        ("$", "USD"), ("US$", "USD"), ("U.S.$", "USD"), ("USD", "USD"), ("US $", "USD"), ("U.S. $", "USD"),
        ("C $", "CAD"), ("HK $", "HKD"), ("NZ $", "NZD"), ("A $", "AUD"), ("AU $", "AUD"), ("S $", "SGD"), ("NT $", "TWD"),
        ("R $", "BRL"), ("usd$", "USD"), ("cad$", "CAD"), ("nzd$", "NZD"), ("aud$", "AUD"), ("hkd$", "HKD"), ("sgd$", "SGD"),
        ("USD$", "USD"), ("CAD$", "CAD"), ("NZD$", "NZD"), ("AUD$", "AUD"), ("HKD$", "HKD"), ("SGD$", "SGD"), ("Rp", "IDR"), ("Rp.", "IDR"),
        ("A$", "AUD"), ("AU$", "AUD"), ("AUD", "AUD"), ("C$", "CAD"), ("CA$", "CAD"), ("Can$", "CAD"), ("CAD", "CAD"),
        ("HK$", "HKD"), ("HKD", "HKD"), ("NZ$", "NZD"), ("NZD", "NZD"), ("S$", "SGD"), ("SGD", "SGD"),
        ("NT$", "TWD"), ("TWD", "TWD"), ("R$", "BRL"), ("BRL", "BRL"), ("Mex$", "MXN"),
        ("£", "GBP"), ("GBP", "GBP"), ("€", "EUR"), ("EUR", "EUR"), ("¥", "JPY"), ("￥", "JPY"), ("JPY", "JPY"),
        ("＄", "USD"), ("₩", "KRW"), ("KRW", "KRW"), ("₹", "INR"), ("Rs", "INR"), ("Rs.", "INR"), ("INR", "INR"),
        ("₽", "RUB"), ("RUB", "RUB"), ("ISK", "ISK"), ("SEK", "SEK"), ("NOK", "NOK"), ("DKK", "DKK"), ("PLN", "PLN"), ("CZK", "CZK"), ("HUF", "HUF"), ("ZAR", "ZAR"), ("MXN", "MXN"), ("ARS", "ARS"), ("CLP", "CLP"), ("COP", "COP"), ("PEN", "PEN"), ("THB", "THB"), ("MYR", "MYR"), ("IDR", "IDR"), ("PHP", "PHP"), ("VND", "VND"), ("PKR", "PKR"), ("BDT", "BDT"), ("LKR", "LKR"), ("NGN", "NGN"), ("KES", "KES"), ("EGP", "EGP"), ("TRY", "TRY"), ("ILS", "ILS"), ("SAR", "SAR"), ("AED", "AED"), ("QAR", "QAR"), ("KWD", "KWD"), ("UAH", "UAH"), ("KZT", "KZT"), ("BGN", "BGN"), ("RON", "RON"), ("HRK", "HRK"),
        ("₱", "PHP"), ("₺", "TRY"), ("₪", "ILS"), ("฿", "THB"), ("₫", "VND"), ("zł", "PLN"), ("kr", "SEK"), ("RMB", "CNY"), ("CNY", "CNY"), ("CN¥", "CNY"), ("CHF", "CHF"), ("SFr", "CHF"),
    ]

    private static let numberEntries: [(String, NumberWord)] = {
        var e: [(String, NumberWord)] = []
        let smalls = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        for (k, w) in smalls.enumerated() { e.append((w, .small(k))) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (k, w) in tens.enumerated() { e.append((w, .tens((k + 2) * 10))) }
        e.append(("hundred", .hundred))
        e.append(("thousand", .big(3)))
        e.append(("million", .big(6)))
        e.append(("billion", .big(9)))
        e.append(("trillion", .big(12)))
        e.append(("dozen", .dozen))
        e.append(("a", .article))
        e.append(("an", .article))
        e.append(("half", .half))
        e.append(("and", .and))
        return e
    }()

    /// Plural-looking words that are not counted nouns.
    static let notNouns: Set<String> = Set([
        "is", "was", "has", "as", "its", "this", "his", "hers", "us", "yes", "plus", "minus", "thus", "less", "unless",
        "across", "always", "perhaps", "whereas", "news", "afterwards", "towards", "besides", "sometimes", "nevertheless",
        "does", "goes", "says", "ours", "theirs", "yours", "whose", "those", "these",
        "percents", "cents", "s", "bps", "pps", "ups", "alias", "bus", "gas", "status", "series", "means", "nas",
        "points", "per", "vs", "hrs", "mins", "secs", "yrs", "its",
    ])

    /// Counted nouns that do not end in "s".
    static let irregularNouns: Set<String> = Set([
        "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "fish", "deer",
        "aircraft", "crew", "livestock", "troops", "refugees", "person", "persons", "passengers", "spacecraft",
        "militia", "employees", "workers", "voters", "residents", "youth", "swine", "poultry", "geese", "mice",
        "teeth", "offspring", "clergy", "infantry", "cavalry", "artillery",
    ])

    /// Words after which a following bare 4-digit number is a year.
    static let yearCues: Set<String> = Set([
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "year", "early", "late", "mid",
        "circa", "between", "through", "spring", "summer", "autumn", "fall", "winter", "fy", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ])
}
