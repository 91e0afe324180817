#!/usr/bin/env python3
"""Generate tests/fixtures/jp_holidays_1955_2027.csv: Japan's national holidays 1955-2027.

Source: the PyPI package `holidays` (vacanza/holidays), class `holidays.Japan`, PUBLIC category
(national holidays incl. 振替休日 and 国民の休日; the BANK category, Dec 31 - Jan 3, is left out),
Japanese names. The fixture in the repo was made with holidays 0.109:

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install holidays==0.109
    /tmp/hv/bin/python scripts/gen-holiday-fixture.py > tests/fixtures/jp_holidays_1955_2027.csv

Output: a header line `date,name_ja`, then one `YYYY-MM-DD,name` per holiday in date order.

Cross-checked against the Cabinet Office list itself (内閣府 syukujitsu.csv, Shift_JIS,
https://www8.cao.go.jp/chosei/shukujitsu/syukujitsu.csv; the copy used was the one kept in the
GitHub repository shogo82148/holidays-jp at commit 870c6ab8f78c0930ca6efe7cff735c6025a5c8e0,
2026-08-21, running 1955-01-01 to 2027-11-23): the same 1067 dates, none missing, none extra.
Only names differ: the Cabinet Office writes 「休日」 for 振替休日 and 国民の休日, 「休日（祝日扱い）」
for 2019-05-01 and 2019-10-22, and 「体育の日（スポーツの日）」 for 2019-10-14. To repeat the check:

    /tmp/hv/bin/python scripts/gen-holiday-fixture.py --check-official syukujitsu.csv > /dev/null

Years where the law changed were also read line by line in that list:
1973 (振替休日 from 1973-04-12: Apr 30 and Sep 24), 1989 (大喪の礼 Feb 24, 振替休日 Jan 2 and
Jan 16, 国民の休日 May 4, 天皇誕生日 Dec 23), 2007 (昭和の日, みどりの日 on May 4, 振替休日 Apr 30,
Sep 24, Dec 24), 2019 (天皇誕生日 none, May 1 and Oct 22, 国民の休日 Apr 30 and May 2), 2020 and
2021 (Olympic moves of 海の日 / スポーツの日 / 山の日, 振替休日 2021-08-09), 2026 (国民の休日 Sep 22)
and 2027 (春分の日 Mar 21, 振替休日 Mar 22). No disagreement in dates was found, so no date is
overridden here. If one is ever found, trust the official list: add the date to OVERRIDES below
with a comment naming the source.

Names: the package's Japanese names are kept as it gives them. One differs from the app, which
uses the wording of the 2019 law (「即位礼正殿の儀の行われる日」, the package writes が); tests/calendar.rs
maps it. Dates and names are both compared.
"""

import sys

import holidays

FIRST, LAST = 1955, 2027

# date -> name (None removes the date). Empty: the package matched the official list.
OVERRIDES: dict[str, str | None] = {}


def read_official(path: str) -> set[str]:
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("shift_jis")
    dates = set()
    for line in text.splitlines()[1:]:
        if not line.strip():
            continue
        y, m, d = (int(x) for x in line.split(",")[0].split("/"))
        if FIRST <= y <= LAST:
            dates.add(f"{y:04d}-{m:02d}-{d:02d}")
    return dates


def main() -> int:
    jp = holidays.Japan(years=range(FIRST, LAST + 1), language="ja", categories=("public",))
    rows = {d.isoformat(): name for d, name in jp.items() if FIRST <= d.year <= LAST}
    for date, name in OVERRIDES.items():
        if name is None:
            rows.pop(date, None)
        else:
            rows[date] = name
    out = sys.stdout
    out.write("date,name_ja\n")
    for date in sorted(rows):
        name = rows[date]
        if "," in name or "\n" in name:
            raise SystemExit(f"unexpected character in holiday name: {name!r}")
        out.write(f"{date},{name}\n")
    print(f"# holidays {holidays.__version__}: {len(rows)} dates", file=sys.stderr)
    if len(sys.argv) == 3 and sys.argv[1] == "--check-official":
        official = read_official(sys.argv[2])
        missing, extra = sorted(official - rows.keys()), sorted(rows.keys() - official)
        print(f"# official list: {len(official)} dates; missing {missing}; extra {extra}", file=sys.stderr)
        return 1 if missing or extra else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
