"""Currency words: the names, unit forms, owners and signs that say which currency a phrase
means ("the Russian unit", "6 roubles", "Japan's yen", "$")."""

from __future__ import annotations

NATIONAL_UNITS = {
    "russian": "RUB", "south african": "ZAR", "korean": "KRW", "south korean": "KRW",
    "australian": "AUD", "brazilian": "BRL", "mexican": "MXN", "turkish": "TRY",
    "canadian": "CAD", "british": "GBP", "norwegian": "NOK", "swedish": "SEK", "polish": "PLN",
    "ukrainian": "UAH", "chilean": "CLP",
}  # fmt: skip
# ISO codes a newswire flash writes as names (not TRY or RUB, which are also English words)
ISO_WORDS = ("USD", "EUR", "JPY", "GBP", "CHF", "CNY", "CNH", "INR", "BRL", "MXN", "ZAR", "KRW",
             "AUD", "CAD", "NOK", "SEK", "PLN", "UAH", "CLP")  # fmt: skip
# Currencies the registry quotes no pair for: named, so that a clause about one is about it
# ("Indonesia's rupiah crashed ..., losing a quarter of its value") and not about the dollar
UNLISTED = {
    "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "shekel": "ILS", "forint": "HUF",
    "koruna": "CZK", "naira": "NGN", "cedi": "GHS", "kwacha": "ZMW", "tenge": "KZT",
    "argentine peso": "ARS", "colombian peso": "COP", "philippine peso": "PHP",
    "new zealand dollar": "NZD", "singapore dollar": "SGD", "taiwan dollar": "TWD",
    "hong kong dollar": "HKD", "egyptian pound": "EGP", "kenyan shilling": "KES",
}  # fmt: skip
# Currency words -> ISO code. FX aliases in the registry add to this (see subjects.py).
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "greenback": "USD", "u.s. dollar": "USD",
    "us dollar": "USD", "u.s. currency": "USD", "euro": "EUR", "euros": "EUR",
    "single currency": "EUR", "common currency": "EUR", "ruble": "RUB", "rouble": "RUB",
    "rubles": "RUB", "roubles": "RUB", "russian currency": "RUB", "russian ruble": "RUB",
    "russian rouble": "RUB", "yen": "JPY", "pound": "GBP", "sterling": "GBP", "pounds": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "swiss franc": "CHF", "francs": "CHF", "lira": "TRY",
    "rupee": "INR", "rupees": "INR", "hryvnia": "UAH", "rand": "ZAR",
    "japanese unit": "JPY", "swiss unit": "CHF", "chinese unit": "CNY", "indian unit": "INR",
    **{f"{adj} unit": code for adj, code in NATIONAL_UNITS.items()},  # "the Russian unit"
    "crown": "XXX",  # ISO "no currency": a bare "the crown" is only the one a place names
    **UNLISTED,
    **{code.lower(): code for code in ISO_WORDS},  # "KRW weakened 1 pct": a flash's ISO code
}  # fmt: skip
# Plural or unit forms used after a number ("6 roubles", "106 roubles per dollar").
CURRENCY_UNITS = {
    "roubles": "RUB", "rubles": "RUB", "kopecks": "RUB", "yen": "JPY", "euros": "EUR",
    "dollars": "USD", "cents": "USD", "rupees": "INR", "yuan": "CNY", "pence": "GBP",
    "francs": "CHF", "pounds": "GBP", "pesos": "MXN", "reais": "BRL", "lira": "TRY",
    "rand": "ZAR", "won": "KRW", "zlotys": "PLN", "hryvnias": "UAH",
    "rouble": "RUB", "ruble": "RUB",  # "the dollar shed 1 rouble to 89.45"
    # named plurals ("to 1.3620 Canadian dollars"): the bare plural would misread or miss them
    "canadian dollars": "CAD", "australian dollars": "AUD", "swedish crowns": "SEK",
    "swedish kronor": "SEK", "norwegian crowns": "NOK", "norwegian kroner": "NOK",
}  # fmt: skip
# A nation's adjective before a unit word after a number ("to 5.0520 Brazilian reais", "940
# Chilean pesos"): the adjective names the currency, also when the plural is shared
UNIT_NATIONS = {
    "swiss": "CHF", "mexican": "MXN", "brazilian": "BRL", "polish": "PLN", "indian": "INR",
    "turkish": "TRY", "south african": "ZAR", "south korean": "KRW", "korean": "KRW",
    "japanese": "JPY", "chinese": "CNY", "russian": "RUB", "chilean": "CLP", "ukrainian": "UAH",
}  # fmt: skip
UNIT_NATION = r"(?:(?:" + "|".join(n.replace(" ", r"\s+") for n in UNIT_NATIONS) + r")\s+)?"


def unit_counter(words: str) -> str | None:
    """The currency of a unit phrase after a number: "Chilean pesos" -> CLP, "reais" -> BRL,
    "Canadian dollars" -> CAD (None for a phrase that names none)."""
    text = " ".join(words.lower().split())
    if text in CURRENCY_UNITS:
        return CURRENCY_UNITS[text]
    for nation, code in UNIT_NATIONS.items():
        if text.startswith(nation + " "):
            return code
    return CURRENCY_UNITS.get(text.split()[-1]) or ccy_word(text) if text else None


def ccy_word(word: str) -> str | None:
    """The currency a level is told in ("per dollar", "to the euro", "a yen")."""
    return {"dollar": "USD", "greenback": "USD", "euro": "EUR", "yen": "JPY", "pound": "GBP"}.get(
        word.lower(), "CNY" if word.lower() == "yuan" else None
    )


# Words that may stand before a currency word without naming another country's currency
# ("Japan's yen", "the U.S. dollar"); "the New Zealand dollar" or "the Egyptian pound" is not
# the dollar or the pound the registry quotes.
CURRENCY_OWNERS: dict[str, frozenset[str]] = {
    "USD": frozenset({"u.s.", "us", "american", "america", "america's", "u.s"}),
    "EUR": frozenset({"european", "europe", "europe's", "euro-zone", "eurozone", "euro"}),
    "GBP": frozenset({"british", "britain", "britain's", "uk", "u.k.", "england", "english"}),
    "JPY": frozenset({"japanese", "japan", "japan's"}),
    "CNY": frozenset({"chinese", "china", "china's", "onshore", "offshore"}),
    "CNH": frozenset({"chinese", "china", "china's", "offshore"}),
    "RUB": frozenset({"russian", "russia", "russia's"}),
    "CHF": frozenset({"swiss", "switzerland", "switzerland's"}),
    "INR": frozenset({"indian", "india", "india's"}),
    "TRY": frozenset({"turkish", "turkey", "turkey's"}),
    "MXN": frozenset({"mexican", "mexico", "mexico's"}),
    "UAH": frozenset({"ukrainian", "ukraine", "ukraine's"}),
    "ZAR": frozenset({"south", "african", "africa's"}),
    "BRL": frozenset({"brazilian", "brazil", "brazil's"}),
    "AUD": frozenset({"australian", "australia", "australia's"}),
    "CAD": frozenset({"canadian", "canada", "canada's"}),
    "KRW": frozenset({"south", "korean", "korea", "korea's"}),
    "NOK": frozenset({"norwegian", "norway", "norway's"}),
    "SEK": frozenset({"swedish", "sweden", "sweden's"}),
    "PLN": frozenset({"polish", "poland", "poland's"}),
    "CLP": frozenset({"chilean", "chile", "chile's"}),
}
# A currency word several countries share: the country a sentence names decides which one a
# bare "the peso" is ("In Buenos Aires, the peso slid": the Argentine peso, not the registry's).
SHARED_CURRENCY_PLACES: dict[str, dict[str, str]] = {
    "peso": {
        "mexico": "MXN", "mexican": "MXN", "banxico": "MXN",
        "argentina": "ARS", "argentine": "ARS", "argentinian": "ARS", "buenos aires": "ARS",
        "merval": "ARS", "chile": "CLP", "chilean": "CLP", "santiago": "CLP",
        "colombia": "COP", "colombian": "COP", "bogota": "COP", "philippines": "PHP",
        "philippine": "PHP", "manila": "PHP", "uruguay": "UYU", "uruguayan": "UYU",
    },
    "crown": {
        "norway": "NOK", "norway's": "NOK", "norwegian": "NOK", "oslo": "NOK", "norges": "NOK",
        "sweden": "SEK", "sweden's": "SEK", "swedish": "SEK", "stockholm": "SEK", "riksbank": "SEK",
        "czech": "CZK", "prague": "CZK", "denmark": "DKK", "danish": "DKK", "copenhagen": "DKK",
        "iceland": "ISK", "icelandic": "ISK",
    },
    "pound": {
        "egypt": "EGP", "egypt's": "EGP", "egyptian": "EGP", "cairo": "EGP", "lebanon": "LBP",
        "lebanese": "LBP", "beirut": "LBP", "sudan": "SDG", "sudanese": "SDG", "syria": "SYP",
        "syrian": "SYP",
    },
    "rupee": {
        "india": "INR", "indian": "INR", "mumbai": "INR", "nifty": "INR", "sensex": "INR",
        "pakistan": "PKR", "pakistani": "PKR", "karachi": "PKR", "sri lanka": "LKR",
        "sri lankan": "LKR", "colombo": "LKR", "nepal": "NPR", "nepalese": "NPR",
    },
    "lira": {  # the Italian lira until 2002 ("as the lira slid to another record low")
        "turkey": "TRY", "turkish": "TRY", "istanbul": "TRY", "ankara": "TRY",
        "italy": "ITL", "italian": "ITL", "rome": "ITL", "milan": "ITL", "btp": "ITL",
    },
}  # fmt: skip
CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
OTHER_DOLLARS = {"c$": "CAD", "a$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD"}  # "C$1.4793"
