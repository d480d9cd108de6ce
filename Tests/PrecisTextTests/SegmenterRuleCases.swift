// Hand-labelled sentence-boundary fixtures for SentenceSegmenter.
//
// Every case is adapted from the openly licensed corpus in /work/shared/corpus (en.jsonl, ja.jsonl):
// sentences were shortened, or adjacent real sentences combined, to isolate one pattern; the wording
// is real. Comments name the source record; "ADAPTED" marks cases whose layout, letter case or
// ellipsis spacing was changed on purpose to create the pattern. Labels were assigned by reading,
// not by running any segmenter.
//
// Attribution (from the corpus README):
// English and Japanese news texts: Wikinews contributors, https://en.wikinews.org/ and https://ja.wikinews.org/ ,
// licensed under Creative Commons Attribution 2.5 (https://creativecommons.org/licenses/by/2.5/). Texts were
// reformatted (markup, source lists and navigation removed). Japanese Wikinews text comes from the 2019-09-09 content dump.
//
// 出典：「情報通信白書」令和2年版〜令和5年版（総務省）(https://www.soumu.go.jp/johotsusintokei/whitepaper/) を加工して作成。
// 政府標準利用規約（第2.0版）に準拠（CC BY 4.0 互換）。図表・第三者の著作物は含まない。
// Changes were made: the texts above were shortened, combined and in some cases re-laid out for these fixtures.

/// Hand-labelled sentence-boundary cases, one group per rule class, adapted from Wikinews (CC BY 2.5,
/// Wikinews contributors, https://en.wikinews.org/ , https://ja.wikinews.org/ ) and 総務省「情報通信白書」
/// 令和2年版〜令和5年版 (政府標準利用規約 第2.0版, CC BY 4.0 互換); see the header above for the full notice.
enum SegmenterRuleCases {
    /// One case: the input text and the sentences it must split into (trimmed of white space, in order).
    struct Case { let text: String; let sentences: [String] }
    static let groups: [(name: String, cases: [Case])] = [
        ("lists", [
            // en-wnv-2019-149 (clean), real layout: numbered notes on one line
            Case(text: "1. Unofficial results 2. Relative to seats at dissolution 3. At dissolution, there was one MP of the People's Party of Canada, one MPof the Co-operative Commonwealth Federation, and 8 independent MPs",
                 sentences: [
                    "1. Unofficial results",
                    "2. Relative to seats at dissolution",
                    "3. At dissolution, there was one MP of the People's Party of Canada, one MPof the Co-operative Commonwealth Federation, and 8 independent MPs",
                 ]),
            // en-wn-16927, items re-laid as "1.)" items on one line, each ending with its own period
            Case(text: "1.) Market access: governments pledge to reduce and eventually to eliminate tariffs and other measures that protect domestic products. 2.) Agriculture: duty-free import and elimination of subsidies on agricultural products.",
                 sentences: [
                    "1.) Market access: governments pledge to reduce and eventually to eliminate tariffs and other measures that protect domestic products.",
                    "2.) Agriculture: duty-free import and elimination of subsidies on agricultural products.",
                 ]),
            // en-wn-11522, "2)" items without final periods
            Case(text: "1) North America: Number of millionaires grew by 9.7%; total wealth grew 10.2% 2) Middle East: Number of millionaires grew by 9.5%; total wealth grew 28.9%",
                 sentences: [
                    "1) North America: Number of millionaires grew by 9.7%; total wealth grew 10.2%",
                    "2) Middle East: Number of millionaires grew by 9.5%; total wealth grew 28.9%",
                 ]),
            // en-wn-11522, "a." / "b." items
            Case(text: "a. Europe: Number of millionaires grew by 4.1%; total wealth grew 3.7%. b. Latin America: Number of millionaires grew by 6.3%; total wealth grew 7.9%.",
                 sentences: [
                    "a. Europe: Number of millionaires grew by 4.1%; total wealth grew 3.7%.",
                    "b. Latin America: Number of millionaires grew by 6.3%; total wealth grew 7.9%.",
                 ]),
            // en-wnv-2019-166 (clean), the seat legend re-laid as bulleted, numbered items on one line
            Case(text: "• 1. Conservative Party - 365 seats • 2. Labour Party - 203 seats • 3. Scottish National Party - 48 seats",
                 sentences: [
                    "• 1. Conservative Party - 365 seats",
                    "• 2. Labour Party - 203 seats",
                    "• 3. Scottish National Party - 48 seats",
                 ]),
            // en-wn-16927, "- " items on one line
            Case(text: "- Services: all public services are to be open to private investment. - Intellectual property rights: privatization of and monopoly over technological know-how.",
                 sentences: [
                    "- Services: all public services are to be open to private investment.",
                    "- Intellectual property rights: privatization of and monopoly over technological know-how.",
                 ]),
            // negative: en-wnv-2019-018 (clean), inline enumeration "1) ... and 2) ..." stays one sentence
            Case(text: "There are two priorities moving forward — 1) estimating sex ratio at other colonies of this species and determining whether females are more likely to leave Punta Tombo for other colonies than are males and 2) determining the mechanisms underlying lower female survival, e.g. by studying the foraging behavior and diet of males and females and the individual characteristics (like body size) that correlate with survival.",
                 sentences: [
                    "There are two priorities moving forward — 1) estimating sex ratio at other colonies of this species and determining whether females are more likely to leave Punta Tombo for other colonies than are males and 2) determining the mechanisms underlying lower female survival, e.g. by studying the foraging behavior and diet of males and females and the individual characteristics (like body size) that correlate with survival.",
                 ]),
            // negative: en-wn-6513, version number
            Case(text: "The new release, Firefox version 1.0.2, \"illustrates the dedication of the strong community of developers working on the product,\" according to Hoffman.",
                 sentences: [
                    "The new release, Firefox version 1.0.2, \"illustrates the dedication of the strong community of developers working on the product,\" according to Hoffman.",
                 ]),
            // negative: en-wn-103623, "No. 2"
            Case(text: "NPD said according to those figures, Apple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 U.S. music retailer in 2007.",
                 sentences: [
                    "NPD said according to those figures, Apple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 U.S. music retailer in 2007.",
                 ]),
            // tempting: en-wn-27794, "2. The" is not an item marker; the "2." stays with the first sentence
            Case(text: "The first generation of Xbox consoles performed similarly possibly due to being released two years after the PlayStation 2. The large size of the console and the differing style of games was also said to have contributed.",
                 sentences: [
                    "The first generation of Xbox consoles performed similarly possibly due to being released two years after the PlayStation 2.",
                    "The large size of the console and the differing style of games was also said to have contributed.",
                 ]),
        ]),
        ("lowercase starts", [
            // en-wn-23950
            Case(text: "This division would become a part of eBay’s PayPal. eBay will pay VeriSign $370 million in cash and stock for this division.",
                 sentences: [
                    "This division would become a part of eBay’s PayPal.",
                    "eBay will pay VeriSign $370 million in cash and stock for this division.",
                 ]),
            // en-wnv-2020-001 (clean)
            Case(text: "He was being met by Abu Mahdi al-Muhandis, who was also killed in the airstrike. al-Muhandis was the deputy commander of the Popular Mobilization Forces (PMF), an Iranian-backed militia.",
                 sentences: [
                    "He was being met by Abu Mahdi al-Muhandis, who was also killed in the airstrike.",
                    "al-Muhandis was the deputy commander of the Popular Mobilization Forces (PMF), an Iranian-backed militia.",
                 ]),
            // en-wnv-2019-170 (clean) tweet, lower-cased forum style
            Case(text: "I-Man. we salute you. you paved the way for us and many more. a radio legend indeed.",
                 sentences: [
                    "I-Man.",
                    "we salute you.",
                    "you paved the way for us and many more.",
                    "a radio legend indeed.",
                 ]),
            // en-wnv-2020-121 (clean) interview question and answer, answer lower-cased
            Case(text: "Will the yeast and E. coli survive in a very thin atmosphere or in vacuum? probably not.",
                 sentences: [
                    "Will the yeast and E. coli survive in a very thin atmosphere or in vacuum?",
                    "probably not.",
                 ]),
            // en-wnv-2020-118 (clean) tweet, lower-cased forum style
            Case(text: "Wow! thousands of people forming in Washington (D.C.) for Stop the Steal. didn't know about this, but I'll be seeing them!",
                 sentences: [
                    "Wow!",
                    "thousands of people forming in Washington (D.C.) for Stop the Steal.",
                    "didn't know about this, but I'll be seeing them!",
                 ]),
            // negative: en-wn-15191, e.g. + lower case
            Case(text: "In other words, the prices people pay for properties becomes divorced from the real value of the property; the purchase is speculative and depends purely upon the expectation that people will continue to buy properties in this way (e.g. without proper consideration of their real value).",
                 sentences: [
                    "In other words, the prices people pay for properties becomes divorced from the real value of the property; the purchase is speculative and depends purely upon the expectation that people will continue to buy properties in this way (e.g. without proper consideration of their real value).",
                 ]),
            // negative: en-wn-11741, etc. + lower case
            Case(text: "Fear is also experienced by those facing testimonies at the Gacaca trial: the widows etc. who will testify against their neighbours.",
                 sentences: [
                    "Fear is also experienced by those facing testimonies at the Gacaca trial: the widows etc. who will testify against their neighbours.",
                 ]),
            // negative: en-wn-4767, U.S. + lower case
            Case(text: "China uses more wheat and rice than the U.S. every year, with the U.S. only taking more corn.",
                 sentences: [
                    "China uses more wheat and rice than the U.S. every year, with the U.S. only taking more corn.",
                 ]),
            // negative: en-wn-49047, title + lower-case name
            Case(text: "Speaking at a press briefing in Washington DC on August 31, Mr. de Rato spoke on the current state of the global economy and outlined the reforms.",
                 sentences: [
                    "Speaking at a press briefing in Washington DC on August 31, Mr. de Rato spoke on the current state of the global economy and outlined the reforms.",
                 ]),
            // negative: en-wn-58722, page reference "p. 283"
            Case(text: "The study also reported that they found \"no particular delays or lost of time in the daily work due to the use of OpenOffice.org\" (p. 283) instead of Microsoft Office.",
                 sentences: [
                    "The study also reported that they found \"no particular delays or lost of time in the daily work due to the use of OpenOffice.org\" (p. 283) instead of Microsoft Office.",
                 ]),
        ]),
        ("single capitals", [
            // en-wnv-2019-131 (clean)
            Case(text: "His father was killed in combat in 1943 during World War II. Baker — who was reportedly nicknamed Ginger due to his red hair — began playing drums in his teens.",
                 sentences: [
                    "His father was killed in combat in 1943 during World War II.",
                    "Baker — who was reportedly nicknamed Ginger due to his red hair — began playing drums in his teens.",
                 ]),
            // en-wn-146677, two consecutive paragraphs joined on one line
            Case(text: "Leaked private communication from Ingibjörg Sólrún Gísladóttir, Iceland's then-foreign minister, compared the potential liabilities the country faced with the reparations imposed on Germany by the Treaty of Versailles in the wake of World War I. Three banks failed in the financial crisis: Kaupthing, Glitnir, and Landsbanki.",
                 sentences: [
                    "Leaked private communication from Ingibjörg Sólrún Gísladóttir, Iceland's then-foreign minister, compared the potential liabilities the country faced with the reparations imposed on Germany by the Treaty of Versailles in the wake of World War I.",
                    "Three banks failed in the financial crisis: Kaupthing, Glitnir, and Landsbanki.",
                 ]),
            // en-wnv-2019-076 (clean)
            Case(text: "Rather, the official leader of the party with the most seats in Parliament is appointed Prime Minister by the King or Queen, currently Queen Elizabeth II. In this way, the British Prime Minister is elected indirectly, as the people vote for their members of Parliament.",
                 sentences: [
                    "Rather, the official leader of the party with the most seats in Parliament is appointed Prime Minister by the King or Queen, currently Queen Elizabeth II.",
                    "In this way, the British Prime Minister is elected indirectly, as the people vote for their members of Parliament.",
                 ]),
            // en-wn-117000, two consecutive paragraphs joined on one line
            Case(text: "BMW unveiled an all-electric car called the Mini E. Peter Beutel, president of the energy risk management firm Cameron Hanover, believes national gas prices will bottom out around $1.75.",
                 sentences: [
                    "BMW unveiled an all-electric car called the Mini E.",
                    "Peter Beutel, president of the energy risk management firm Cameron Hanover, believes national gas prices will bottom out around $1.75.",
                 ]),
            // en-wn-5681: title + middle initial inside, split after the sentence
            Case(text: "\"There has been an explosion of bankruptcy,\" said Iowa Republican Sen. Charles E. Grassley, the bill's sponsor. \"We preserve the principle of a fresh start, but we also establish a principle that if you have the ability to repay some of your debt, you are not going to get off scot-free.\"",
                 sentences: [
                    "\"There has been an explosion of bankruptcy,\" said Iowa Republican Sen. Charles E. Grassley, the bill's sponsor.",
                    "\"We preserve the principle of a fresh start, but we also establish a principle that if you have the ability to repay some of your debt, you are not going to get off scot-free.\"",
                 ]),
            // negative: en-wn-62929
            Case(text: "The first leg of the flight going towards New York will be travelling under a Lufthansa flight number, and is due to arrive at New York's John F. Kennedy airport at 12:30 EST (16:30 UTC).",
                 sentences: [
                    "The first leg of the flight going towards New York will be travelling under a Lufthansa flight number, and is due to arrive at New York's John F. Kennedy airport at 12:30 EST (16:30 UTC).",
                 ]),
            // negative: en-wnv-2020-088 (clean), "A. I." initials (quotation shortened to its first sentence)
            Case(text: "Wayne A. I. Frederick, president of Howard University, wrote \"It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this evening.\"",
                 sentences: [
                    "Wayne A. I. Frederick, president of Howard University, wrote \"It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this evening.\"",
                 ]),
            // negative: en-wnv-2019-129 (clean), abbreviated genus names
            Case(text: "P. cyclindrica and P. damicornis are known to be function under conditions that damage other corals and A. millepora is not.",
                 sentences: [
                    "P. cyclindrica and P. damicornis are known to be function under conditions that damage other corals and A. millepora is not.",
                 ]),
            // negative inside: en-wnv-2019-150 (clean)
            Case(text: "There are many strains of E. coli, and a large number are either harmless to humans or cause only mild health problems. Infection with a pathogenic strain, however, can cause blood poisoning or other serious conditions.",
                 sentences: [
                    "There are many strains of E. coli, and a large number are either harmless to humans or cause only mild health problems.",
                    "Infection with a pathogenic strain, however, can cause blood poisoning or other serious conditions.",
                 ]),
            // negative: en-wn-9128, initial + "Jr." + lower case
            Case(text: "In his first interview since the store's closing, Walmart CEO H. Lee Scott, Jr. defended his decision, saying to the Washington Post, \"You can't take a store that is a struggling store anyway and add a bunch of people and a bunch of work rules that cause you to even be in worse shape.\"",
                 sentences: [
                    "In his first interview since the store's closing, Walmart CEO H. Lee Scott, Jr. defended his decision, saying to the Washington Post, \"You can't take a store that is a struggling store anyway and add a bunch of people and a bunch of work rules that cause you to even be in worse shape.\"",
                 ]),
        ]),
        ("times and abbreviations", [
            // en-wnv-2020-042 (clean)
            Case(text: "Saudi Arabia extended curfews in the holy cities of Mecca and Medina to last the entire day; previously, the curfew was only in effect between 3 p.m. and 6 a.m. Thailand planned to implement a curfew between 10 p.m. and 4 a.m. The governor of Ohio, Mike DeWine, announced the state had extended its stay-at-home order until May 1.",
                 sentences: [
                    "Saudi Arabia extended curfews in the holy cities of Mecca and Medina to last the entire day; previously, the curfew was only in effect between 3 p.m. and 6 a.m.",
                    "Thailand planned to implement a curfew between 10 p.m. and 4 a.m.",
                    "The governor of Ohio, Mike DeWine, announced the state had extended its stay-at-home order until May 1.",
                 ]),
            // en-wn-74864, times with a decimal point
            Case(text: "One person arriving there at 6.30 a.m. At one New Zealand Whitcoulls store, they had a entertainer/magician keeping fans entertained while waiting for 11.01 a.m. In Germany, however, some bookshops were disappointed with the turnout for the Harry Potter book launch events.",
                 sentences: [
                    "One person arriving there at 6.30 a.m.",
                    "At one New Zealand Whitcoulls store, they had a entertainer/magician keeping fans entertained while waiting for 11.01 a.m.",
                    "In Germany, however, some bookshops were disappointed with the turnout for the Harry Potter book launch events.",
                 ]),
            // en-wn-47017: "Co." inside, "& Co." ending a sentence
            Case(text: "WHP Holdings Corp., the parent company of White Hen Pantry, has been acquired by Tokyo based Seven & I Holdings Co. for $35 million from New York investment firm, Angelo, Gordon & Co. White Hen has previously declared bankruptcy. Seven & I is the owner and operator of the 7-Eleven convenience store chain.",
                 sentences: [
                    "WHP Holdings Corp., the parent company of White Hen Pantry, has been acquired by Tokyo based Seven & I Holdings Co. for $35 million from New York investment firm, Angelo, Gordon & Co.",
                    "White Hen has previously declared bankruptcy.",
                    "Seven & I is the owner and operator of the 7-Eleven convenience store chain.",
                 ]),
            // en-wn-31362: "Co." ending a sentence before the company name
            Case(text: "The Tokyo Stock Exchange (TSE) is considering delisting stocks of Livedoor Co. and its affiliate Livedoor Marketing Co. Livedoor is scheduled to submit the findings of its internal investigation to the TSE by Friday.",
                 sentences: [
                    "The Tokyo Stock Exchange (TSE) is considering delisting stocks of Livedoor Co. and its affiliate Livedoor Marketing Co.",
                    "Livedoor is scheduled to submit the findings of its internal investigation to the TSE by Friday.",
                 ]),
            // negative: en-wn-42861, "p.m. Thursday", "a.m. Friday"
            Case(text: "Eager passengers lined up at Honolulu International Airport as early as 7 p.m. Thursday night to snag the free tickets, and the 500 tickets allotted at Honolulu were gone by 9 a.m. Friday.",
                 sentences: [
                    "Eager passengers lined up at Honolulu International Airport as early as 7 p.m. Thursday night to snag the free tickets, and the 500 tickets allotted at Honolulu were gone by 9 a.m. Friday.",
                 ]),
            // en-wn-41269: "a.m. PDT the" does not split
            Case(text: "At 7 a.m. PDT the 499-foot water cooling tower of the Trojan Nuclear Power plant was imploded using dynamite. The cooling tower, which is located in Rainier, Oregon, is the largest in the world to be demolished.",
                 sentences: [
                    "At 7 a.m. PDT the 499-foot water cooling tower of the Trojan Nuclear Power plant was imploded using dynamite.",
                    "The cooling tower, which is located in Rainier, Oregon, is the largest in the world to be demolished.",
                 ]),
            // negative, ADAPTED from en-wnv-2019-126 (clean): "At 2 p.m." (the time the airport reopened) put before the Dr. Wolf sentence
            Case(text: "At 2 p.m. Dr. Steven Wolf at Saint Francis said, \"We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning.\"",
                 sentences: [
                    "At 2 p.m. Dr. Steven Wolf at Saint Francis said, \"We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning.\"",
                 ]),
            // en-wnv-2019-058 (clean): "v." in a case name
            Case(text: "Republican state representative Terri Collins who sponsored the bill remarked the bill was not enforceable under the current interpretation of the US Constitution established by the US Supreme Court ruling in the Roe v. Wade case. Terri said the bill would become enforceable after the Supreme Court revisits the case.",
                 sentences: [
                    "Republican state representative Terri Collins who sponsored the bill remarked the bill was not enforceable under the current interpretation of the US Constitution established by the US Supreme Court ruling in the Roe v. Wade case.",
                    "Terri said the bill would become enforceable after the Supreme Court revisits the case.",
                 ]),
            // en-wn-74250: "St." in a name
            Case(text: "He agreed to remain in the Chicago area for at least one week. Judge Amy St. Eve confiscated his passport.",
                 sentences: [
                    "He agreed to remain in the Chicago area for at least one week.",
                    "Judge Amy St. Eve confiscated his passport.",
                 ]),
            // negative: en-wn-121198, "Feb. 12"
            Case(text: "According to Natalia Gelashvili, a spokeswoman for the Far East Transport Prosecutors office in Nakhodka, the cargo ship New Star fled on Feb. 12 after the shipment of rice it unloaded was rejected by the buyer, who then requested the court to seize the ship while suing for damages.",
                 sentences: [
                    "According to Natalia Gelashvili, a spokeswoman for the Far East Transport Prosecutors office in Nakhodka, the cargo ship New Star fled on Feb. 12 after the shipment of rice it unloaded was rejected by the buyer, who then requested the court to seize the ship while suing for damages.",
                 ]),
        ]),
        ("urls and emails", [
            // en-wn-23824
            Case(text: "VeriSign Inc. announced Friday it has acquired Weblogs.com. Mountain View, California based VeriSign bought Berkeley based Weblogs.com from Scripting News Inc. for $2.3 million in cash.",
                 sentences: [
                    "VeriSign Inc. announced Friday it has acquired Weblogs.com.",
                    "Mountain View, California based VeriSign bought Berkeley based Weblogs.com from Scripting News Inc. for $2.3 million in cash.",
                 ]),
            // en-wn-129356, two consecutive paragraphs joined on one line
            Case(text: "Several local residents have expressed their displeasure in the renaming, including one who started the website www.itsthesearstower.com. Chicago Historical Society senior curator John Russick has stated of the name change, \"The Sears Tower has been an icon here for the last quarter of a century.\"",
                 sentences: [
                    "Several local residents have expressed their displeasure in the renaming, including one who started the website www.itsthesearstower.com.",
                    "Chicago Historical Society senior curator John Russick has stated of the name change, \"The Sears Tower has been an icon here for the last quarter of a century.\"",
                 ]),
            // en-wn-99777
            Case(text: "The recall involves raw and frozen beef products produced on various dates from February 1, 2006 to February 2, 2008. For further information about the recall, consumers, media, and distributors are encouraged to contact Hallmark/Westland's Plant Manager Stan Mendell or Food Safety Consultant Steve Sayer at (909) 590-3340 or the FSIS website, www.fsis.usda.gov.",
                 sentences: [
                    "The recall involves raw and frozen beef products produced on various dates from February 1, 2006 to February 2, 2008.",
                    "For further information about the recall, consumers, media, and distributors are encouraged to contact Hallmark/Westland's Plant Manager Stan Mendell or Food Safety Consultant Steve Sayer at (909) 590-3340 or the FSIS website, www.fsis.usda.gov.",
                 ]),
            // en-wn-45185: domain name as a subject, mid-sentence
            Case(text: "According to WNYmedia.net they \"are tired of the anti development crowd in Western New York.\" They also blast opponents of the hotel proposal calling them \"bananas\" and \"nimbys.\"",
                 sentences: [
                    "According to WNYmedia.net they \"are tired of the anti development crowd in Western New York.\"",
                    "They also blast opponents of the hotel proposal calling them \"bananas\" and \"nimbys.\"",
                 ]),
            // en-wnv-2020-119 (clean): a command line holding a URL between two sentences
            Case(text: "To convert a CentOS 8 system to Rocky Linux 8, you only need to run a single command:\n\ndnf install http://your.favorite.rocky.mirror/path/to/rocky-release*.rpm\n\nBecause Rocky is completely compatible with both CentOS and RHEL, this single command is all you will have to do to keep your system running, patched, and supported.",
                 sentences: [
                    "To convert a CentOS 8 system to Rocky Linux 8, you only need to run a single command:",
                    "dnf install http://your.favorite.rocky.mirror/path/to/rocky-release*.rpm",
                    "Because Rocky is completely compatible with both CentOS and RHEL, this single command is all you will have to do to keep your system running, patched, and supported.",
                 ]),
            // negative: en-wn-8435
            Case(text: "The U.S. contact information is 1-888-382-1222 by phone, or https://www.donotcall.gov/default.aspx by Internet, and registry to the do-not-call list is free.",
                 sentences: [
                    "The U.S. contact information is 1-888-382-1222 by phone, or https://www.donotcall.gov/default.aspx by Internet, and registry to the do-not-call list is free.",
                 ]),
            // negative: en-wn-76719
            Case(text: "Users who have such batteries should go to the Nokia website at www.nokia.com/batteryreplacement to see if they have an affected battery, and if so, to order a replacement if they desire.",
                 sentences: [
                    "Users who have such batteries should go to the Nokia website at www.nokia.com/batteryreplacement to see if they have an affected battery, and if so, to order a replacement if they desire.",
                 ]),
            // negative: en-wn-25540
            Case(text: "A previous online Esperanto TV project (www.esperanto.tv), under the auspices of the Italian Transnational Radical Party, failed to realise a finished product.",
                 sentences: [
                    "A previous online Esperanto TV project (www.esperanto.tv), under the auspices of the Italian Transnational Radical Party, failed to realise a finished product.",
                 ]),
            // negative: en-wn-82344
            Case(text: "The blog entries and podcasts will be available until after the book fair at http://www.book-fair.com/en/wordpress/ and the bloggers themselves can be visited on the weekend at hall 4.2, Q411, though until now it is more the media and less the visitors of the fair, the bloggers come in contact with.",
                 sentences: [
                    "The blog entries and podcasts will be available until after the book fair at http://www.book-fair.com/en/wordpress/ and the bloggers themselves can be visited on the weekend at hall 4.2, Q411, though until now it is more the media and less the visitors of the fair, the bloggers come in contact with.",
                 ]),
        ]),
        ("ellipses", [
            // negative: en-wn-3377
            Case(text: "Marius Lapadat, the general director of Metrorex, claims that \"residents and visitors... are impressed with these new state-of-the-art trains\", referring to the 108 Bombadier trainsets already running on Line 2 of the network.",
                 sentences: [
                    "Marius Lapadat, the general director of Metrorex, claims that \"residents and visitors... are impressed with these new state-of-the-art trains\", referring to the 108 Bombadier trainsets already running on Line 2 of the network.",
                 ]),
            // negative: en-wn-5926, "…" character (shortened before "Reuters reported.")
            Case(text: "Rob Nichols, the US Treasury spokesperson, said Wolfowitz has begun scheduling meetings with board members and that, \"Our nominee… looks forward to meeting with and listening to members of the World Bank board.\"",
                 sentences: [
                    "Rob Nichols, the US Treasury spokesperson, said Wolfowitz has begun scheduling meetings with board members and that, \"Our nominee… looks forward to meeting with and listening to members of the World Bank board.\"",
                 ]),
            // negative: en-wn-8850, ellipsis before lower case inside a quotation
            Case(text: "Putin stressed that \"Russia... will decide for itself the pace, terms and conditions of moving towards democracy.\"",
                 sentences: [
                    "Putin stressed that \"Russia... will decide for itself the pace, terms and conditions of moving towards democracy.\"",
                 ]),
            // negative: en-wn-58765, leading ellipsis before "I" (quotation shortened to its first sentence)
            Case(text: "When asked about the incident in the Diary Room, Shetty said \"...I don't feel there was any racial discrimination happening from Jade's end.\"",
                 sentences: [
                    "When asked about the incident in the Diary Room, Shetty said \"...I don't feel there was any racial discrimination happening from Jade's end.\"",
                 ]),
            // en-wn-58765: ellipsis inside a product name, then a real stop
            Case(text: "The Perfume Shop has announced they will withdraw the perfume Shh... of Jade Goody, one of the contestants accused of bullying with a racist undertone. Motorcycle insurance company Bennetts unilaterally terminated its deal with former Miss England Danielle Lloyd to front an advertisement campaign.",
                 sentences: [
                    "The Perfume Shop has announced they will withdraw the perfume Shh... of Jade Goody, one of the contestants accused of bullying with a racist undertone.",
                    "Motorcycle insurance company Bennetts unilaterally terminated its deal with former Miss England Danielle Lloyd to front an advertisement campaign.",
                 ]),
            // ADAPTED typography from en-wn-8641: "..." spaced as ". . ." (no split inside the second sentence)
            Case(text: "\"I'm overwhelmed,\" said Detroyer to the Associated Press. \"I am pleased both from a business point of view . . . and from the point of view that we can add another contraceptive for women.\"",
                 sentences: [
                    "\"I'm overwhelmed,\" said Detroyer to the Associated Press.",
                    "\"I am pleased both from a business point of view . . . and from the point of view that we can add another contraceptive for women.\"",
                 ]),
            // en-wn-58360, words of the quotation: stop + ellipsis ("....") before a capital ends the sentence
            Case(text: "We attempted to discuss the issues raised with New Line for over a year but the studio was and continues to be completely uncooperative.... Nobody likes taking legal action, but the studio left us with no alternative.",
                 sentences: [
                    "We attempted to discuss the issues raised with New Line for over a year but the studio was and continues to be completely uncooperative....",
                    "Nobody likes taking legal action, but the studio left us with no alternative.",
                 ]),
            // en-wn-287096, words of the quotation: "...." before "I" ends the sentence
            Case(text: "The world rarely sees someone who has had the profound impact Steve has had, the effects of which will be felt for many generations to come.... I will miss Steve immensely.",
                 sentences: [
                    "The world rarely sees someone who has had the profound impact Steve has had, the effects of which will be felt for many generations to come....",
                    "I will miss Steve immensely.",
                 ]),
            // en-wn-55323, words of the quotation: "..." inside, "...." glued to the next sentence
            Case(text: "Lottery retailer means, in our broad definition, anybody that works for a lottery retailer or is related to a lottery retailer. That’s 140,000 people... in Ontario....What was missing from the fifth estate’s numbers was the frequency of play by the retailers.",
                 sentences: [
                    "Lottery retailer means, in our broad definition, anybody that works for a lottery retailer or is related to a lottery retailer.",
                    "That’s 140,000 people... in Ontario....",
                    "What was missing from the fifth estate’s numbers was the frequency of play by the retailers.",
                 ]),
            // ADAPTED typography from en-wn-36070 (words of the quotation): "...." spaced as ". . . ."
            Case(text: "It's financing subversive activities. It's financing warlordism. . . . And if it's a threat to the government of Afghanistan, it's a direct threat to the national security interests of the United States.",
                 sentences: [
                    "It's financing subversive activities.",
                    "It's financing warlordism. . . .",
                    "And if it's a threat to the government of Afghanistan, it's a direct threat to the national security interests of the United States.",
                 ]),
        ]),
        ("headings and separators", [
            // en-wnv-2019-079 (clean): a lead-in line ending in a colon
            Case(text: "In a separate class, instructors taught attendees how to build a 'bubbler' prop, as might be displayed in a spooky laboratory scene.\n\nOther classes included:\n\nYouTube personality Mr. CreepyPasta was on hand and did a reading of scary stories.",
                 sentences: [
                    "In a separate class, instructors taught attendees how to build a 'bubbler' prop, as might be displayed in a spooky laboratory scene.",
                    "Other classes included:",
                    "YouTube personality Mr. CreepyPasta was on hand and did a reading of scary stories.",
                 ]),
            // en-wn-16927: lead-in line, then labelled items, one a line; "procurement: All" stays whole
            Case(text: "DR-CAFTA encompasses the following components:\n\nServices: all public services are to be open to private investment.\n\nGovernment procurement: All government purchases must be open to transnational bids.",
                 sentences: [
                    "DR-CAFTA encompasses the following components:",
                    "Services: all public services are to be open to private investment.",
                    "Government procurement: All government purchases must be open to transnational bids.",
                 ]),
            // en-wn-11522, re-laid with single line breaks
            Case(text: "The following is a regional breakdown:\nNorth America: Number of millionaires grew by 9.7%; total wealth grew 10.2%.\nEurope: Number of millionaires grew by 4.1%; total wealth grew 3.7%.",
                 sentences: [
                    "The following is a regional breakdown:",
                    "North America: Number of millionaires grew by 9.7%; total wealth grew 10.2%.",
                    "Europe: Number of millionaires grew by 4.1%; total wealth grew 3.7%.",
                 ]),
            // en-wnv-2020-028 (clean): a footnote line without a stop
            Case(text: "For a candidate to win the Democratic Party's nomination, a total of at least 1,991 delegates are needed.\n\n* Both Buttigieg and Klobuchar dropped out prior to Super Tuesday\n\nThe Super Tuesday primaries were the fifth step in the Democratic Party's primary election cycle.",
                 sentences: [
                    "For a candidate to win the Democratic Party's nomination, a total of at least 1,991 delegates are needed.",
                    "* Both Buttigieg and Klobuchar dropped out prior to Super Tuesday",
                    "The Super Tuesday primaries were the fifth step in the Democratic Party's primary election cycle.",
                 ]),
            // en-wnv-2019-003 (clean): an attribution line of its own
            Case(text: "Emergency workers have indicated a homicide probe is ongoing.\n\n—Troy Roberts\n\nAnother eyewitness, Nicole Towarek, described extensive tire marks and \"insane\" heat.",
                 sentences: [
                    "Emergency workers have indicated a homicide probe is ongoing.",
                    "—Troy Roberts",
                    "Another eyewitness, Nicole Towarek, described extensive tire marks and \"insane\" heat.",
                 ]),
            // ADAPTED layout from en-wn-16927: a separator line inserted between two paragraphs
            Case(text: "Opponents included most House Democrats.\n======\nThe trade agreement already passed the Senate in June.",
                 sentences: [
                    "Opponents included most House Democrats.",
                    "======",
                    "The trade agreement already passed the Senate in June.",
                 ]),
            // en-wnv-2020-078 (clean): caption lines, re-laid with single line breaks
            Case(text: "Keisha Lance Bottoms Image: Afdahe.\nSusan Rice Image: White House.\nVal Demings Image: U.S. Congress.",
                 sentences: [
                    "Keisha Lance Bottoms Image: Afdahe.",
                    "Susan Rice Image: White House.",
                    "Val Demings Image: U.S. Congress.",
                 ]),
            // en-wnv-2019-018 (clean): interview question line and an answer with a speaker label
            Case(text: "((WN)) What are your next plans moving forward with your work?\n\nNG: We are currently studying the sex ratio in Magellanic penguin chicks (at hatching and at fledging) to determine how this influences the sex ratio in adults.",
                 sentences: [
                    "((WN)) What are your next plans moving forward with your work?",
                    "NG: We are currently studying the sex ratio in Magellanic penguin chicks (at hatching and at fledging) to determine how this influences the sex ratio in adults.",
                 ]),
            // negative: en-wn-60214, colon + capital in running prose
            Case(text: "Thomas A. Andruskevich, president and CEO, Birks & Mayors stated in a press release: We are extremely proud to take part in this journey that honors our best athletes and celebrates excellence as the Vancouver 2010 Winter Games shine on the world wide stage. Canadians look to Birks to mark the most important celebrations in their lives which is why Birks wants to commemorate this important moment in Canadian history.",
                 sentences: [
                    "Thomas A. Andruskevich, president and CEO, Birks & Mayors stated in a press release: We are extremely proud to take part in this journey that honors our best athletes and celebrates excellence as the Vancouver 2010 Winter Games shine on the world wide stage.",
                    "Canadians look to Birks to mark the most important celebrations in their lives which is why Birks wants to commemorate this important moment in Canadian history.",
                 ]),
            // negative: en-wn-61063, two colons in running prose
            Case(text: "While many of the facts concerning the merger are not yet known: what the new company will be called, exactly which programming the new company will carry, and when customers will need to upgrade their hardware, one thing is for certain: Satellite radio in North America is in for one big change.",
                 sentences: [
                    "While many of the facts concerning the merger are not yet known: what the new company will be called, exactly which programming the new company will carry, and when customers will need to upgrade their hardware, one thing is for certain: Satellite radio in North America is in for one big change.",
                 ]),
        ]),
        ("no space after stop", [
            // en-wnv-2020-078 (clean)
            Case(text: "The newly created Life and Liberty Party, a libertarian-leaning anti-abortion party, held its first national convention and nominated a ticket of activist J. R. Myers for president and professor Tiara Lusk for vice president.In the Green Party, union leader and party co-founder Howie Hawkins attained the number of delegates required to secure the Green Party presidential nomination ahead of the party's national convention in July.",
                 sentences: [
                    "The newly created Life and Liberty Party, a libertarian-leaning anti-abortion party, held its first national convention and nominated a ticket of activist J. R. Myers for president and professor Tiara Lusk for vice president.",
                    "In the Green Party, union leader and party co-founder Howie Hawkins attained the number of delegates required to secure the Green Party presidential nomination ahead of the party's national convention in July.",
                 ]),
            // en-wnv-2020-078 (clean)
            Case(text: "At the event, he broached the New York Times report that Russians were paying bounties to the Taliban to kill American soldiers in Afghanistan.Trump described the story as possibly a hoax and the White House claimed it did not brief Trump on the matter.",
                 sentences: [
                    "At the event, he broached the New York Times report that Russians were paying bounties to the Taliban to kill American soldiers in Afghanistan.",
                    "Trump described the story as possibly a hoax and the White House claimed it did not brief Trump on the matter.",
                 ]),
            // en-wnv-2020-106 (clean): year + stop glued to the next unit
            Case(text: "Jorgensen in July 2020.Image: Jo Jorgensen for President.",
                 sentences: [
                    "Jorgensen in July 2020.",
                    "Image: Jo Jorgensen for President.",
                 ]),
            // ADAPTED layout from en-wnv-2020-121 (clean): question and answer glued
            Case(text: "Will the yeast and E. coli survive in a very thin atmosphere or in vacuum?Probably not.",
                 sentences: [
                    "Will the yeast and E. coli survive in a very thin atmosphere or in vacuum?",
                    "Probably not.",
                 ]),
            // en-wn-116665: stop glued to an opening quotation mark
            Case(text: "Gilles Moec a senior economist at the Bank of America also commented on the results.\"Looking ahead, we can expect further quarters of negative GDP growth, until the third quarter of 2009, simply because so far we have not had in the GDP figures the full impact of the credit market crisis,\" he said.",
                 sentences: [
                    "Gilles Moec a senior economist at the Bank of America also commented on the results.",
                    "\"Looking ahead, we can expect further quarters of negative GDP growth, until the third quarter of 2009, simply because so far we have not had in the GDP figures the full impact of the credit market crisis,\" he said.",
                 ]),
            // negative: en-wn-62604, "Mr." glued to the name
            Case(text: "As for the Greek-Russian bilateral relations, Mr.Karamanlis stated that \"this visit bears witness to the excellent ties between the two nations, signalling and symbolising the construction of a major project, the Burgas-Alexandroupolis oil pipeline\".",
                 sentences: [
                    "As for the Greek-Russian bilateral relations, Mr.Karamanlis stated that \"this visit bears witness to the excellent ties between the two nations, signalling and symbolising the construction of a major project, the Burgas-Alexandroupolis oil pipeline\".",
                 ]),
            // negative inside: en-wn-69323, file names and a dotted malware name
            Case(text: "The system files moved or deleted by the software include netapi32.dll and lsasrv.dll, according to Sohu News. The software incorrectly identifies the files as being infected with the Backdoor.Haxdoor trojan.",
                 sentences: [
                    "The system files moved or deleted by the software include netapi32.dll and lsasrv.dll, according to Sohu News.",
                    "The software incorrectly identifies the files as being infected with the Backdoor.Haxdoor trojan.",
                 ]),
            // negative: en-wn-61469, "!" inside a brand name
            Case(text: "Yahoo!Xtra are trying to become the homepage of all New Zealanders with the claim the partnership will beef up content, as well as being the biggest website in New Zealand in terms of revenue.",
                 sentences: [
                    "Yahoo!Xtra are trying to become the homepage of all New Zealanders with the claim the partnership will beef up content, as well as being the biggest website in New Zealand in terms of revenue.",
                 ]),
            // negative: en-wn-68952, dotted name without spaces
            Case(text: "Levine created G.I. Joe for Mattel in 1963, after a licensing agent suggested soldier figures might have the same success as their Barbie line.",
                 sentences: [
                    "Levine created G.I. Joe for Mattel in 1963, after a licensing agent suggested soldier figures might have the same success as their Barbie line.",
                 ]),
            // negative: en-wn-114976, decimal figure
            Case(text: "It will cost an estimated 2.4 billion pounds to compensate them, and it looks likely the UK will foot that bill.",
                 sentences: [
                    "It will cost an estimated 2.4 billion pounds to compensate them, and it looks likely the UK will foot that bill.",
                 ]),
        ]),
        ("quotes and brackets", [
            // en-wn-5681: a whole sentence in brackets between two sentences
            Case(text: "These individuals will no longer be able to get a fresh start after these personal disasters, and will be forced to live in poverty until they can pay off their medical bills as part of their Chapter 13 filing. (Prior to this bill, they would have been able to file Chapter 7, completely discharging their debt.) Chapter 7, which accounts for 70% of bankruptcy filings, allows individuals to eliminate most non-secured debts after liquidating assets, with the notable exemption of one's principle residence in most states.",
                 sentences: [
                    "These individuals will no longer be able to get a fresh start after these personal disasters, and will be forced to live in poverty until they can pay off their medical bills as part of their Chapter 13 filing.",
                    "(Prior to this bill, they would have been able to file Chapter 7, completely discharging their debt.)",
                    "Chapter 7, which accounts for 70% of bankruptcy filings, allows individuals to eliminate most non-secured debts after liquidating assets, with the notable exemption of one's principle residence in most states.",
                 ]),
            // en-wn-45794: bracketed sentence ending in "U.S. Dollars.)"
            Case(text: "(All further figures in this article are in U.S. Dollars.) Microsoft, the world's largest maker of computer software, will make a tender offer to repurchase $20 billion of its own stock by August 17, and will purchase another $20 billion by 2011.",
                 sentences: [
                    "(All further figures in this article are in U.S. Dollars.)",
                    "Microsoft, the world's largest maker of computer software, will make a tender offer to repurchase $20 billion of its own stock by August 17, and will purchase another $20 billion by 2011.",
                 ]),
            // en-wn-61520: the stop of the sentence is inside its closing bracket
            Case(text: "He advocating finding more facts regarding the merger. His argument focused around Section 7 of the Clayton Act (see section 18.) Unlike other speakers, he did not have an agenda to pursue, but rather spoke specifically on government regulations.",
                 sentences: [
                    "He advocating finding more facts regarding the merger.",
                    "His argument focused around Section 7 of the Clayton Act (see section 18.)",
                    "Unlike other speakers, he did not have an agenda to pursue, but rather spoke specifically on government regulations.",
                 ]),
            // en-wnv-2019-003 (clean): stop inside the closing quote, capital after
            Case(text: "The Alachua Sheriff's Office tweeted the response \"required all hands on deck.\" Authorities stated the road was damaged by the fire's ferocity.",
                 sentences: [
                    "The Alachua Sheriff's Office tweeted the response \"required all hands on deck.\"",
                    "Authorities stated the road was damaged by the fire's ferocity.",
                 ]),
            // en-wn-42432: one quotation closes, the next opens
            Case(text: "At the launch of a nation-wide advertising campaign for the government reform, Joe Hockey said: \"the advertising campaign is part of an education process designed to encourage more people on income support to move into work.\" \"The Howard Government is investing $3.7 billion to deliver greater employment services and other assistance, including rehabilitation, to those people required to look for work,\" said Minister Hockey.",
                 sentences: [
                    "At the launch of a nation-wide advertising campaign for the government reform, Joe Hockey said: \"the advertising campaign is part of an education process designed to encourage more people on income support to move into work.\"",
                    "\"The Howard Government is investing $3.7 billion to deliver greater employment services and other assistance, including rehabilitation, to those people required to look for work,\" said Minister Hockey.",
                 ]),
            // en-wn-66216: "!" inside a quoted name does not end the sentence
            Case(text: "The bottle has the words \"Party, Party!\" with cartoon characters. Their slogan is \"Celebrate like the grown-ups\" and is shaped as a champagne bottle.",
                 sentences: [
                    "The bottle has the words \"Party, Party!\" with cartoon characters.",
                    "Their slogan is \"Celebrate like the grown-ups\" and is shaped as a champagne bottle.",
                 ]),
            // negative: en-wn-84333, lower case after the closing quote
            Case(text: "\"Most fans thought he lived in a big, dark castle with skeletons in the cellar.\" said Cooper.",
                 sentences: [
                    "\"Most fans thought he lived in a big, dark castle with skeletons in the cellar.\" said Cooper.",
                 ]),
            // negative: en-wn-28921
            Case(text: "\"Numerous aspects of the AWB-Alia relationship suggest that some employees of AWB were placed on notice of facts strongly suggesting that AWB's payments were in whole or part for the benefit of the government of Iraq.\" said Vockler.",
                 sentences: [
                    "\"Numerous aspects of the AWB-Alia relationship suggest that some employees of AWB were placed on notice of facts strongly suggesting that AWB's payments were in whole or part for the benefit of the government of Iraq.\" said Vockler.",
                 ]),
            // negative: en-wn-81507, abbreviation stop inside brackets mid-sentence
            Case(text: "On September 26, United States Representative Duncan Hunter (R-Calif.) introduced a bill to prohibit federal grants to Columbia University in response to Columbia's decision to allow Iran's President Mahmoud Ahmadinejad to speak on campus.",
                 sentences: [
                    "On September 26, United States Representative Duncan Hunter (R-Calif.) introduced a bill to prohibit federal grants to Columbia University in response to Columbia's decision to allow Iran's President Mahmoud Ahmadinejad to speak on campus.",
                 ]),
            // negative: en-wn-26108, question mark inside a quoted title
            Case(text: "The essay titled \"Can iTunes Resurrect Old Time TV?\" made a business case that older television content squeezed out of traditional television delivery schemes can be revived by new online revenue models.",
                 sentences: [
                    "The essay titled \"Can iTunes Resurrect Old Time TV?\" made a business case that older television content squeezed out of traditional television delivery schemes can be revived by new online revenue models.",
                 ]),
        ]),
        ("japanese", [
            // ja-ict-r2-118 (clean): a numbered sub-heading glued after a sentence, then a blank line
            Case(text: "本節では、5Gの社会実装が各産業・分野でどのような形で進み、どのような効果を生み出していくのか、過去に実施した総務省5G総合実証試験の結果や民間における取組内容を踏まえて展望する。1\u{3000}5Gの社会実装\n\n5Gは産業・社会の基盤となることが期待される技術であるが、社会への実装はどのように進むだろうか。",
                 sentences: [
                    "本節では、5Gの社会実装が各産業・分野でどのような形で進み、どのような効果を生み出していくのか、過去に実施した総務省5G総合実証試験の結果や民間における取組内容を踏まえて展望する。",
                    "1\u{3000}5Gの社会実装",
                    "5Gは産業・社会の基盤となることが期待される技術であるが、社会への実装はどのように進むだろうか。",
                 ]),
            // ja-ict-r2-174 (clean): a lettered sub-heading after two spaces
            Case(text: "G20大阪サミット閉会後、WTOやOECDの会合等の場で、データ流通や電子商取引に関する国際的なルール作りの重要性、必要性等について発信が続けられているところである。  カ\u{3000}カリフォルニア州消費者プライバシー法\n\nまた、国際的な取り決めではないが、カリフォルニア州議会が定めた州法であるカリフォルニア州消費者プライバシー法（CCPA）も、国際的なパーソナルデータのやりとりに影響を与えることが予想される。",
                 sentences: [
                    "G20大阪サミット閉会後、WTOやOECDの会合等の場で、データ流通や電子商取引に関する国際的なルール作りの重要性、必要性等について発信が続けられているところである。",
                    "カ\u{3000}カリフォルニア州消費者プライバシー法",
                    "また、国際的な取り決めではないが、カリフォルニア州議会が定めた州法であるカリフォルニア州消費者プライバシー法（CCPA）も、国際的なパーソナルデータのやりとりに影響を与えることが予想される。",
                 ]),
            // negative inside: ja-wn-3123, chained quotations 「…。」「…。」「…。」と話した stay one sentence
            Case(text: "ガトリン選手はレース後、「すべてがうまくいけば、今日の条件で9秒73も出せた。」「今私は頂点にいます。なぜなら、オリンピックのチャンピオンであり、世界チャンピオンであり、世界記録の保持者でもあるからです。」「完璧なレースでした。目標は世界記録を出すことだったので、達成できて驚いています。」と話した。ガトリン選手は5月6日に大阪府大阪市東住吉区の長居スタジアムの国際グランプリ大阪大会の100m走で9秒95で優勝しており、前のレースからわずか6日後のレースで世界新記録を更新したことになる。",
                 sentences: [
                    "ガトリン選手はレース後、「すべてがうまくいけば、今日の条件で9秒73も出せた。」「今私は頂点にいます。なぜなら、オリンピックのチャンピオンであり、世界チャンピオンであり、世界記録の保持者でもあるからです。」「完璧なレースでした。目標は世界記録を出すことだったので、達成できて驚いています。」と話した。",
                    "ガトリン選手は5月6日に大阪府大阪市東住吉区の長居スタジアムの国際グランプリ大阪大会の100m走で9秒95で優勝しており、前のレースからわずか6日後のレースで世界新記録を更新したことになる。",
                 ]),
            // ADAPTED from ja-wn-3123: the quotation as a sentence of its own (「…。」 then a new sentence)
            Case(text: "「完璧なレースでした。目標は世界記録を出すことだったので、達成できて驚いています。」ガトリン選手は5月6日に大阪府大阪市東住吉区の長居スタジアムの国際グランプリ大阪大会の100m走で9秒95で優勝しており、前のレースからわずか6日後のレースで世界新記録を更新したことになる。",
                 sentences: [
                    "「完璧なレースでした。目標は世界記録を出すことだったので、達成できて驚いています。」",
                    "ガトリン選手は5月6日に大阪府大阪市東住吉区の長居スタジアムの国際グランプリ大阪大会の100m走で9秒95で優勝しており、前のレースからわずか6日後のレースで世界新記録を更新したことになる。",
                 ]),
            // ja-wn-3651: 「…。」という; then a new sentence
            Case(text: "近隣住民からは「夜間放牧中に撃ったのではないか。」という声も聞かれる。とはいえ新冠町内で軽種馬の仕事に携わる70代の男性からは「こんなことは、この辺りでは初めて。」「エゾシカと間違えて撃った可能性は低いだろう」と疑問を持つ声も挙がっている。",
                 sentences: [
                    "近隣住民からは「夜間放牧中に撃ったのではないか。」という声も聞かれる。",
                    "とはいえ新冠町内で軽種馬の仕事に携わる70代の男性からは「こんなことは、この辺りでは初めて。」「エゾシカと間違えて撃った可能性は低いだろう」と疑問を持つ声も挙がっている。",
                 ]),
            // negative: ja-wn-1309, …。 inside 「」
            Case(text: "デイリーによると、試合後の大井監督は「(新潟県勢初の決勝進出に)なんていったらいいのか…。正直驚いている。監督の私が信じられないくらい」と驚きを隠しきれなかった。",
                 sentences: [
                    "デイリーによると、試合後の大井監督は「(新潟県勢初の決勝進出に)なんていったらいいのか…。正直驚いている。監督の私が信じられないくらい」と驚きを隠しきれなかった。",
                 ]),
            // words of a quotation in ja-wn-3525: …。 ends a sentence; the last one has no stop
            Case(text: "確かに北海道のセリに出かけて、しばらく不在だったが…。すごくショックだし、一刻でも早く解決してほしい",
                 sentences: [
                    "確かに北海道のセリに出かけて、しばらく不在だったが…。",
                    "すごくショックだし、一刻でも早く解決してほしい",
                 ]),
            // words of the quotations in ja-ict-r3-141 (clean), reordered: ？ ends a sentence
            Case(text: "授業内のチャットや小テストの活用によって課題多すぎ問題を解消できるのでは？一方通行の授業はオンデマンドにすることで不満をかなり解消できそう。",
                 sentences: [
                    "授業内のチャットや小テストの活用によって課題多すぎ問題を解消できるのでは？",
                    "一方通行の授業はオンデマンドにすることで不満をかなり解消できそう。",
                 ]),
            // ja-wn-233: half-width "!!" inside a name; only 。 splits
            Case(text: "また42棟の家屋が半壊したと報じた。Yahoo!!ニュースによると15日0時現在172人が負傷したと報じた。",
                 sentences: [
                    "また42棟の家屋が半壊したと報じた。",
                    "Yahoo!!ニュースによると15日0時現在172人が負傷したと報じた。",
                 ]),
            // negative inside: ja-ict-r2-378 (clean), full-width and half-width spaces inside personal names
            Case(text: "RA-19では、審議の結果、2件の新規勧告及び3件の改定勧告の承認、2件の新規決議及び23件の改訂決議等の承認、次研究会期における研究課題の承認等が行われた。次研究会期におけるSGの役職については、SG6（放送業務）の議長に西田\u{3000}幸博氏（NHK）、SG4（衛星業務）の副議長に河野 宇博氏（スカパーJSAT）、SG5（地上業務）の副議長に新\u{3000}博行氏（NTTドコモ）がそれぞれ任命された。",
                 sentences: [
                    "RA-19では、審議の結果、2件の新規勧告及び3件の改定勧告の承認、2件の新規決議及び23件の改訂決議等の承認、次研究会期における研究課題の承認等が行われた。",
                    "次研究会期におけるSGの役職については、SG6（放送業務）の議長に西田\u{3000}幸博氏（NHK）、SG4（衛星業務）の副議長に河野 宇博氏（スカパーJSAT）、SG5（地上業務）の副議長に新\u{3000}博行氏（NTTドコモ）がそれぞれ任命された。",
                 ]),
        ]),
    ]
}
