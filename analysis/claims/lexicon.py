"""The words of market copy the claim rules read, in one place.

Each set is a vocabulary, not a rule: the rules in figures.py, predicates.py, subjects.py and
timing.py say how the words are used.
"""

from __future__ import annotations

import re


def alternation(words: set[str] | list[str]) -> str:
    """A regex alternation of words, longest first so "edged up" beats "edged"."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Verbs (all forms seen in headlines and body copy) that report a price going up or down.
UP_VERBS = {
    "rose", "rise", "rises", "rising", "risen", "gained", "gain", "gains", "gaining", "climbed", "climb", "climbs",
    "climbing", "jumped", "jump", "jumps", "jumping", "surged", "surge", "surges", "surging", "soared", "soar",
    "soars", "soaring", "rallied", "rally", "rallies", "rallying", "advanced", "advance", "advances", "advancing",
    "spiking", "skyrocketing", "zooming", "rocketing", "firming", "popping", "leaping",
    "added", "add", "adds", "adding", "increased", "edged up", "edges up", "edging up", "edged higher",
    "edges higher", "ticked up", "ticks up", "ticked higher", "spiked", "spikes", "leapt", "leaped", "leaps", "leap",
    "shot up", "shoots up", "popped", "pops", "rebounded", "rebounds", "rebound", "rebounding", "recovered", "recovering", "recovers",
    "bounced", "bounces", "firmed", "firms", "strengthened", "rocketed", "rockets", "skyrocketed", "zoomed",
    "skyrocket", "skyrockets",  # a headline's present tense: "MetaX shares skyrocket nearly 700% on STAR Market debut"
    "ripped", "rips",  # a thread's slang: "The stock ripped 60% after hours last night"
    "zooms", "vaulted", "went up", "moved up", "moved higher", "turned higher", "traded higher", "trading higher",
    "closed higher", "ended higher", "finished higher", "settled higher", "opened higher", "extended gains",
    "inched up", "inched higher", "inches higher", "crept up", "crept higher",
    "extending gains", "extends gains", "built on gains", "outperformed", "notched",
    "moved upwards", "moved upward", "moves upwards", "clawed back", "clawing back", "claws back", "claw back",
    # Australian copy: "Westpac put on 1.5 per cent"
    "put on", "puts on", "putting on",
    # "from its April 21 close the stock has now run about 160%": a rally run (not "inflation is running at 3%")
    "has run", "have run", "had run", "has now run", "run up", "ran up", "runs up",
}
DOWN_VERBS = {
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline",
    "decreased",  # "Samsung Electronics decreased 0.56 percent to 53,400 won" (Yonhap), beside "increased"
    # the -ing forms of verbs listed in their other forms: "with the benchmark Sensex crashing nearly 6 per cent"
    "crashing", "tanking", "nosediving", "skidding", "sagging", "weakening",
    "declines", "declining", "slid", "slide", "slides", "sliding", "slipped", "slip", "slips", "slipping", "sank",
    "sink", "sinks", "sinking", "sunk", "slumped", "slump", "slumps", "slumping", "tumbled", "tumble", "tumbles",
    "tumbling", "plunged", "plunge", "plunges", "plunging", "plummeted", "plummet", "plummets", "plummeting", "lost", "lose",
    "loses", "losing", "shed", "sheds", "shedding", "retreated", "retreat", "retreats", "retreating", "eased",
    "ease", "eases", "easing", "dipped", "dip", "dips", "dipping", "weakened", "skidded", "skids", "tanked", "tanks",
    "crashed", "crashes", "sagged", "sags", "edged down", "edges down", "edging down", "edged lower", "edges lower",
    "ticked down", "ticks down", "ticked lower", "gave up", "given up", "giving up", "gives up", "went down", "moved lower", "turned lower",
    "traded lower", "trading lower", "closed lower", "ended lower", "finished lower", "settled lower",
    "opened lower", "extended losses", "extending losses", "extends losses", "extended declines",
    "extending declines", "slumping", "nosedived", "cratered", "sold off", "underperformed", "erased",
    # Yonhap and Korea Herald write "dived 64.09 points"; "inched lower" is common in midday copy
    "dived", "dove", "dives", "diving", "inched down", "inched lower", "inches lower", "crept lower",
    "moved downwards", "moved downward", "moves downwards",
    # headline present tense: "Sensex, Nifty crash nearly 6%"
    "crash", "tank", "dive", "sag", "skid", "nosedive", "nosedives", "crater", "craters",
    # "gave back 5%", "collapsed 40%"
    "gave back", "gives back", "giving back", "give back", "collapsed", "collapses", "collapsing",
}
# "closed up 3%", "was down 2%": a copula or closing verb then up/down.
STATE_VERBS = {
    "closed", "close", "closes", "closing", "ended", "end", "ends", "ending", "finished", "finish", "finishes",
    "settled", "settle", "settles", "was", "were", "is", "are", "been", "be", "traded", "trading", "trade",
    "trades", "opened", "open", "opens", "stood", "stand", "stands", "last", "changed hands", "quoted",
    "last traded", "hovered", "hovering", "stayed", "remained", "remain", "remains", "sat",
}
CLOSING_WORDS = {"closed", "close", "closes", "closing", "ended", "end", "ends", "ending", "finished", "finish",
                 "finishes", "settled", "settle", "settles", "at the close", "by the close", "at the end of trading"}

# Nouns that name a price move: "a 10% advance", "gains of 16%".
UP_NOUNS = {"gain", "gains", "advance", "advances", "rise", "rises", "jump", "jumps", "surge", "surges", "rally",
            "rallies", "increase", "climb", "rebound", "pop", "spike", "upswing", "run-up", "runup", "uptick", "leap",
            "run",  # "extending its run since the U.S. election to more than 40 per cent"
            "gap-up",  # "opened with a gap-up of 1.6 per cent"
            "bounce", "bounces", "rebounds",  # "even after Tuesday's bounce of almost 9%"
            "plus"}  # German copy's "the strongest gainer with a plus of 4.7 percent"
DOWN_NOUNS = {"drop", "drops", "decline", "declines", "fall", "falls", "loss", "losses", "slide", "slides", "slump",
              "plunge", "tumble", "selloff", "sell-off", "retreat", "dip", "decrease", "correction", "downturn",
              "slip", "rout", "plunges", "declines", "gap-down", "collapse", "crash",
              "slumps", "tumbles", "dips", "pullback", "pull-back", "drawdown", "skid"}

# The word before the figure that softens or bounds it. Values: the hedge as tapecheck reports it.
HEDGES = {
    "as much as": "as much as", "as high as": "as much as", "as low as": "as much as", "up to": "up to",
    "about": "about", "around": "around", "roughly": "roughly", "approximately": "about",
    "some": None,  # "up some 48%": read through, but the conventions list no hedge for it
    "an estimated": "about", "almost": "almost", "nearly": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "more than": "more than", "over": "over", "above": "more than", "just over": "more than",
    "in excess of": "more than", "upward of": "more than", "upwards of": "more than", "at least": "at least",
    "less than": "less than", "under": "less than", "below": "less than", "no more than": "less than",
}
# Words between a verb and its figure that change nothing: "added a further 2.4%".
FILLERS = {"an additional", "a further", "another", "by", "a", "an", "a full", "fully", "a hefty", "a whopping",
           "a massive", "a sharp", "a steep", "a modest", "a slight", "a mere", "just", "only", "still", "as",
           "sharply", "steeply", "slightly", "modestly", "marginally", "respectively",
           # "rose the daily maximum of 10%": Taiwan's and China's price limits
           "the daily maximum of", "the maximum of", "the daily limit of", "the limit of", "its daily limit of",
           # "plunged by the lower limit of 15% at one stage": Jakarta's auto-rejection band; "rose by the daily maximum
           # 10 percent"
           "the lower limit of", "the upper limit of", "its lower limit of", "its upper limit of", "the daily maximum",
           "the daily minimum", "the maximum", "the maximum allowed", "its", "their"}  # "rose by their 10% upper circuit limit"

# Nouns whose moves are not price claims: the subject of "rose 12%" decides.
METRIC_WORDS = {
    "revenue", "revenues", "sales", "turnover", "profit", "profits", "earnings", "income", "ebitda", "ebit", "gmv", "revpar",
    "arpu", "gasoline", "petrol", "diesel",  # "Rental ARPU up 7%", "Gasoline climbed 1.8%" in a CPI box
    "margin", "margins", "eps", "guidance", "forecast", "forecasts", "outlook", "orders", "order", "bookings",
    "backlog", "shipments", "deliveries", "output", "production", "exports", "imports", "inflation", "cpi", "ppi", "pce",
    "prices", "price", "gdp", "growth", "economy", "yield", "yields", "rate", "rates", "bond", "bonds", "treasuries",
    "treasury", "bund", "bunds", "gilts", "gilt", "dollar", "euro", "yen", "yuan", "renminbi", "sterling", "pound",
    "franc", "won", "rupee", "currency", "currencies", "oil", "crude", "brent", "wti", "gold", "silver", "copper",
    "iron", "ore", "bitcoin", "ether", "ethereum", "crypto", "futures", "e-minis", "e-mini", "volume", "volumes", "traffic", "users",
    "usage", "subscribers", "subscriber", "employment", "payrolls", "unemployment", "jobless", "wages", "pay", "spending",
    "capex", "costs", "cost", "expenses", "dividend", "dividends", "dpu", "payout", "buyback", "stake", "holding",
    "holdings", "tariff", "tariffs", "tax", "taxes", "share of", "valuation", "value", "capitalisation",
    "capitalization", "cap", "target", "targets", "estimate", "estimates", "consensus", "confidence", "loans",
    "deposits", "assets", "aum", "inflows", "outflows", "flows", "premiums", "rents", "rent", "fares", "fees", "bills", "wages", "pay",
    "nav",  # an investment company's net asset value: "adjusted NAV rose 1%"
    "headcount", "workforce", "staff", "jobs", "stockpiles", "inventories", "inventory", "reserves", "debt",
    "deficit", "surplus", "pmi", "index reading", "reading", "sentiment", "demand", "supply", "capacity",
    "net", "cash", "cashflow", "sales volume", "wafer", "shipment", "units", "comparable", "same-store",
    "like-for-like", "visits", "visitors", "passengers", "passenger numbers", "passenger traffic", "bets", "ratio", "multiple", "premium", "discount",
    "spread", "spreads", "odds", "probability", "poll", "polls", "approval", "votes", "vote", "salaries",
    "salary", "compensation", "bonus", "bonuses", "stockpile", "emissions", "costs", "budget", "funding",
    "sales growth", "throughput", "utilisation", "utilization", "occupancy", "yoy", "quarter", "quarterly",
    "monthly", "annual", "annually", "home", "homes", "house", "housing", "property", "commodity", "commodities",
    "wheat", "corn", "soybeans", "gas", "lng", "coal", "nickel", "lithium", "aluminium", "aluminum", "palladium",
    "platinum", "zinc", "token", "tokens", "score", "vehicles", "cars", "phones", "smartphones", "handsets",
    "tonnes", "tons", "barrels", "customers", "stores", "accounts", "clients", "members", "bookings",
}
# Nouns that mean "the price of a traded instrument".
PRICE_NOUNS = {"shares", "share", "stock", "stocks", "adrs", "adr", "adss", "ads", "gdrs", "gdr", "cpos", "depositary", "h-shares",
               "a-shares", "b-shares", "h shares", "a shares", "share price", "stock price", "equity",
               "index", "sub-index", "subindex", "benchmark", "gauge", "composite", "average", "barometer", "blue-chip", "blue chips",
               "etf", "fund", "counter", "scrip", "paper", "listing",
               # Swiss participation certificates: a company's non-voting line ("The certificates rose 1.6%")
               "participation certificates", "certificates",
               # Sydney's CHESS depositary interests: a foreign company's ASX line ("James Hardie's CDIs")
               "depositary interests", "cdis",
               # Stockholm's Swedish depository receipts of a foreign company (Autoliv, Millicom): "its SDRs"
               "depository", "depository receipts", "depositary receipts", "sdrs", "sdr"}
# "its Stockholm line gained 1.6%", "the Hong Kong line": a listing named by its market ("line" alone is too often
# a product's or a credit line)
PRICE_NOUNS |= {f"{city} line" for city in ("stockholm", "helsinki", "copenhagen", "oslo", "london", "hong kong", "new york",
                                            "u.s.", "toronto", "sydney", "johannesburg", "zurich", "amsterdam", "paris",
                                            "frankfurt", "tokyo", "shanghai", "shenzhen", "mumbai", "singapore")}
INDEX_NOUNS = {"index", "sub-index", "subindex", "benchmark", "gauge", "composite", "average", "barometer"}
# Anaphora that point back to the company the article is about: "the chip maker", "the lender".
COMPANY_NOUNS = {
    "company", "firm", "group", "maker", "chipmaker", "chip maker", "carmaker", "automaker", "lender", "bank",
    "insurer", "retailer", "giant", "miner", "operator", "developer", "conglomerate", "startup", "foundry",
    "brewer", "airline", "carrier", "producer", "manufacturer", "provider", "platform", "supplier", "designer",
    "e-commerce giant", "tech giant", "drugmaker", "pharmaceutical", "utility", "telecom", "broker", "brokerage",
    "asset manager", "wealth manager", "fund manager", "owner", "parent", "unit", "chain", "distributor", "marketplace", "streamer", "automaker's",
    "ev maker", "battery maker", "phone maker", "smartphone maker", "device maker", "iphone maker", "planemaker",
    "shipbuilder", "steelmaker", "refiner", "explorer", "operator", "automaker", "conglomerate's",
    "courier", "shipper", "railroad", "railway", "homebuilder", "builder", "biotech", "telco", "casino operator",
    "cruise line", "tobacco group", "miner's", "lender's", "courier's",
    # "the IT major's stock", "the oil major": Indian and energy copy
    "major",
    # "The online grocer has lost 44 per cent", "the jeweller", "the insurer"
    "grocer", "supermarket", "jeweller", "jeweler", "retailer's", "publisher", "broadcaster", "reinsurer",
    # "Shares of the USDC stablecoin issuer", "The bubble-tea and ice-cream seller opened at HK$262"
    "issuer", "seller",
    # "the watchmaker's shares": makers written as one word
    "watchmaker", "toymaker", "truckmaker", "shoemaker", "lensmaker", "tyremaker", "tiremaker", "glassmaker",
    "papermaker", "winemaker", "watchmaker's",
    # "The FTSE 100 constituent ended down 5.8%": an index's member, named by its index
    "constituent", "heavyweight", "stalwart",
    # "Shares in the FTSE 100 engineer were down 4.8%"
    "engineer", "engineering group", "housebuilder", "caterer", "outsourcer", "defence group", "contractor",
}
# Venue words that pick a listing. Values: the venue name the directory understands.
VENUES = {
    "shanghai": "Shanghai", "shanghai-listed": "Shanghai", "star market": "STAR", "star-market": "STAR",
    "shenzhen": "Shenzhen", "shenzhen-listed": "Shenzhen", "chinext": "Shenzhen", "a-shares": "A-shares",
    "a-share": "A-shares", "a shares": "A-shares", "mainland-listed": "A-shares", "mainland": "A-shares",
    "hong kong": "Hong Kong", "hong kong-listed": "Hong Kong", "h-shares": "Hong Kong", "h-share": "Hong Kong",
    "h shares": "Hong Kong", "u.s.-listed": "US", "us-listed": "US", "u.s. listed": "US", "new york": "US",
    "new york-listed": "US", "nasdaq-listed": "US", "nyse-listed": "US", "adrs": "US", "adr": "US", "adss": "US",
    "american depositary": "US", "wall street": "US",
    # global depositary receipts trade in London (Kazatomprom, Indian and Gulf issuers)
    # ("The CPOs, the certificates that make up Cemex's main line": Mexico's ordinary participation certificates)
    "cpos": "Mexico", "cpo": "Mexico",
    "gdrs": "London", "gdr": "London", "global depositary receipts": "London", "global depositary shares": "London", "premarket": "", "u.s.": "US", "nasdaq": "US", "nyse": "US",
    "tokyo": "Tokyo", "tokyo-listed": "Tokyo", "london": "London", "london-listed": "London", "frankfurt": "Frankfurt",
    "xetra": "Frankfurt", "paris": "Paris", "amsterdam": "Amsterdam", "seoul": "Seoul", "taipei": "Taiwan",
    "taiwan": "Taiwan", "zurich": "Zurich", "sydney": "Sydney", "toronto": "Toronto", "mumbai": "India",
    "singapore": "Singapore",
    # "Samsung Electronics' preferred shares rose 6.8%": the preferred line
    "preferred shares": "preferred", "preferred stock": "preferred", "preference shares": "preferred", "prefs": "preferred",
    # Seoul's older preferred lines, numbered by issue: "the second preferred shares surged 5.5%"
    # ("the company's class B preferred shares (ELET6)": Brazil letters its preferred classes)
    "class a preferred shares": "preferred", "class b preferred shares": "preferred",
    "first preferred shares": "preferred", "second preferred shares": "second preferred", "third preferred shares": "third preferred",
    # "while its common shares sank 11.3%": the common line, where the market lists both classes
    "common shares": "common", "common stock": "common",
    # "the more thinly traded ordinary voting shares were down 1.9%": Europe's word for the common line
    "ordinary shares": "common", "voting shares": "common", "ordinary voting shares": "common",
    # "Berkshire's Class A shares", "Carlsberg, whose B shares", "Stora Enso's R shares": a lettered class
    # ("A shares" alone stays China's A-shares)
    "class a": "class A", "class b": "class B", "class c": "class C", "b shares": "class B", "b-shares": "class B",
    "r shares": "class R", "c shares": "class C", "c-shares": "class C",  # ("SEB's C shares", "Alphabet's C shares")
    # "The certificates rose 1.6%": Swiss participation certificates, the non-voting line beside registered shares
    "participation certificates": "participation", "certificates": "participation",
    # "Its bearer shares, which carry voting rights": Swiss bearer shares beside non-voting securities (Roche)
    "bearer shares": "bearer", "registered shares": "registered",
    "chess depositary interests": "Sydney", "cdis": "Sydney",
    "swedish depository receipts": "Stockholm", "swedish depositary receipts": "Stockholm", "sdrs": "Stockholm", "sdr": "Stockholm",
    "mexican stock exchange": "Mexico", "bmv": "Mexico",
    # the exchanges of Sydney, Mumbai, Singapore, Seoul, Taipei and Toronto by their own names
    "sydney-listed": "Sydney", "asx": "Sydney", "asx-listed": "Sydney", "australian-listed": "Sydney",
    "australian securities exchange": "Sydney",
    "mumbai-listed": "India", "india-listed": "India", "indian-listed": "India", "nse": "India", "nse-listed": "India",
    "national stock exchange": "India", "dalal street": "India", "bse": "Bombay", "bse-listed": "Bombay",
    "bombay": "Bombay", "bombay stock exchange": "Bombay",
    "singapore-listed": "Singapore", "sgx": "Singapore", "sgx-listed": "Singapore", "singapore exchange": "Singapore",
    "seoul-listed": "Seoul", "korea exchange": "Seoul", "kospi-listed": "Seoul", "kosdaq": "Kosdaq",
    "kosdaq-listed": "Kosdaq",
    "taipei-listed": "Taiwan", "taiwan-listed": "Taiwan", "twse": "Taiwan", "tpex": "Taipei Exchange",
    "taipei exchange": "Taipei Exchange",
    "toronto-listed": "Toronto", "tsx": "Toronto", "tsx-listed": "Toronto", "canadian-listed": "Toronto",
    "toronto stock exchange": "Toronto",
    # The other exchanges of data/exchanges.py, by city, "<city>-listed" and the names their operators trade
    # under. "Nasdaq Copenhagen" must outrun "nasdaq" (longest first), or a Danish line would be taken for a
    # U.S. one. Bare country words ("Mexico", "Saudi", "Brazil") are left out: "sales in Mexico" is no venue;
    # so is bare "Brussels", which business copy mostly uses for the EU Commission ("fined by Brussels").
    **{f"{city}{form}": venue
       for city, venue in {"oslo": "Oslo", "copenhagen": "Copenhagen", "stockholm": "Stockholm",
                           "helsinki": "Helsinki", "zurich": "Zurich", "amsterdam": "Amsterdam", "paris": "Paris",
                           "milan": "Milan", "madrid": "Madrid", "lisbon": "Lisbon",
                           "dublin": "Dublin", "vienna": "Vienna", "frankfurt": "Frankfurt", "sao paulo": "Sao Paulo",
                           "são paulo": "Sao Paulo", "johannesburg": "Johannesburg", "riyadh": "Saudi",
                           "kuala lumpur": "Kuala Lumpur", "bangkok": "Bangkok", "jakarta": "Jakarta",
                           "mexico city": "Mexico"}.items()
       for form in ("", "-listed")},
    "oslo bors": "Oslo", "oslo børs": "Oslo", "euronext oslo": "Oslo", "norway-listed": "Oslo",
    "norwegian-listed": "Oslo",
    "nasdaq copenhagen": "Copenhagen", "danish-listed": "Copenhagen",
    "nasdaq stockholm": "Stockholm", "swedish-listed": "Stockholm",
    "nasdaq helsinki": "Helsinki", "finnish-listed": "Helsinki",
    "six swiss exchange": "Zurich", "six-listed": "Zurich", "swiss exchange": "Zurich", "swiss-listed": "Zurich",
    "swiss stock exchange": "Zurich",
    "euronext amsterdam": "Amsterdam", "dutch-listed": "Amsterdam",
    "euronext paris": "Paris", "paris bourse": "Paris", "french-listed": "Paris",
    "euronext brussels": "Brussels", "brussels-listed": "Brussels", "belgian-listed": "Brussels",
    "brussels stock exchange": "Brussels", "brussels bourse": "Brussels",
    "borsa italiana": "Milan", "euronext milan": "Milan", "piazza affari": "Milan", "italian-listed": "Milan",
    "bolsa de madrid": "Madrid", "spanish-listed": "Madrid",
    "euronext lisbon": "Lisbon", "portuguese-listed": "Lisbon",
    "euronext dublin": "Dublin", "irish stock exchange": "Dublin", "irish-listed": "Dublin",
    "wiener borse": "Vienna", "wiener börse": "Vienna", "austrian-listed": "Vienna",
    "frankfurt stock exchange": "Frankfurt", "xetra-listed": "Frankfurt", "german-listed": "Frankfurt",
    "london stock exchange": "London", "lse-listed": "London", "aim-listed": "London", "uk-listed": "London",
    "b3": "Sao Paulo", "brazil-listed": "Sao Paulo", "brazilian-listed": "Sao Paulo",
    "bmv": "Mexico", "mexican stock exchange": "Mexico", "bolsa mexicana": "Mexico", "mexico-listed": "Mexico",
    "mexican-listed": "Mexico",
    "jse": "Johannesburg", "jse-listed": "Johannesburg", "south african-listed": "Johannesburg",
    "tadawul": "Saudi", "tadawul-listed": "Saudi", "saudi exchange": "Saudi", "saudi-listed": "Saudi",
    "bursa malaysia": "Kuala Lumpur", "malaysia-listed": "Kuala Lumpur", "malaysian-listed": "Kuala Lumpur",
    "stock exchange of thailand": "Bangkok", "thai-listed": "Bangkok", "thailand-listed": "Bangkok",
    "indonesia stock exchange": "Jakarta", "indonesian-listed": "Jakarta", "indonesia-listed": "Jakarta",
}
# "its Stockholm-traded shares rose 2.9%": traded or quoted where it is listed
VENUES.update({key.replace("-listed", suffix): venue for key, venue in list(VENUES.items()) if key.endswith("-listed")
               for suffix in ("-traded", "-quoted")})
# Modal and forecast words: "could rise 20%" is not a reported move.
FORECAST_WORDS = {"could", "would", "may", "might", "will", "shall", "should", "expected", "expects", "expect",
                  "forecast", "forecasts", "projected", "projects", "predicted", "predicts", "seen", "sees", "see",
                  "likely", "set", "poised", "needs", "need", "targets", "aims", "aim", "hopes", "if", "unless",
                  "estimated", "estimates", "implies", "implying", "implied", "wants", "plans", "plan",
                  "potential", "able", "enough", "can", "cannot", "won't", "wouldn't", "couldn't",
                  # "to" only after a word of expectation: "trimming losses to trade down 12%" is a move
                  "expected to", "set to", "likely to", "unlikely to", "poised to", "need to", "needs to", "on track to",
                  "on course to", "forecast to", "projected to", "hopes to", "aims to", "is to", "are to", "going to",
                  "seen to", "tipped to", "due to", "would need to", "has to", "have to", "enough to"}

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
          "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
          "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
                "a": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10}

# Words set off by commas between a subject and its move that say how the sentence relates to the one before:
# "Meta, on the other hand, is up 2.8%", "Alphabet, however, fell 2%" (a regex alternation)
DISCOURSE_ASIDES = (
    r"on\s+the\s+other\s+hand|however|meanwhile|for\s+(?:its|their)\s+part|by\s+contrast|in\s+contrast|too|also|"
    r"by\s+the\s+way|for\s+example|for\s+instance|in\s+turn|in\s+particular|of\s+course|though|likewise|similarly|"
    r"in\s+the\s+meantime|at\s+the\s+same\s+time|as\s+well|remember"
)
