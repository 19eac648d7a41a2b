"""Invented member organisations of Bulgaria, Ukraine and Poland (names are fictional)."""

ORGANISATIONS = [
    # name, kind, country, region, population, website
    ("Municipality of Zlatograd Dol", "municipality", "BG", "Smolyan", 11800, "https://zlatograd-dol.example.bg"),
    ("Municipality of Belitsa Reka", "municipality", "BG", "Blagoevgrad", 9400, ""),
    ("Municipality of Kameno Pole", "municipality", "BG", "Vratsa", 24100, "https://kameno-pole.example.bg"),
    ("Municipality of Sinye Vodi", "municipality", "BG", "Plovdiv", 62300, ""),
    ("Ministry of e-Government (demo)", "ministry", "BG", "Sofia City", None, "https://egov.example.bg"),
    ("Association of Municipalities of the Rhodopes", "association", "BG", "Smolyan", None, ""),
    (
        "Horodnytsia Territorial Community",
        "community",
        "UA",
        "Zhytomyr Oblast",
        14300,
        "https://horodnytsia.example.ua",
    ),
    ("Pryberezhna Territorial Community", "community", "UA", "Odesa Oblast", 27500, ""),
    ("Zelenyi Hai Territorial Community", "community", "UA", "Poltava Oblast", 8900, ""),
    ("Velyki Mosty Territorial Community", "community", "UA", "Lviv Oblast", 21200, "https://velyki-mosty.example.ua"),
    ("Digital Transformation Agency (demo)", "agency", "UA", "Kyiv", None, ""),
    ("Gmina Brzozowa Wola", "municipality", "PL", "Podkarpackie", 13600, "https://brzozowa-wola.example.pl"),
    ("Gmina Jeziorany Małe", "municipality", "PL", "Warmian-Masurian", 7800, ""),
    ("Powiat Lipnicki", "county", "PL", "Lesser Poland", 81500, "https://powiat-lipnicki.example.pl"),
    ("Union of Rural Communes (demo)", "association", "PL", "Masovian", None, ""),
    ("Municipality of Stara Laka", "municipality", "BG", "Lovech", 5200, ""),
]
