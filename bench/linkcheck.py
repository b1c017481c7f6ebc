"""The link checker: URL checks per second (target >= 10,000/s), and how well it catches scams.

The throughput mix is a fan's day: official purchase pages, scam and look-alike links, ordinary
sites. Detection runs the corpora the tests hold (tests/unit/scam_corpus.py): dnstwist's
look-alikes of every official domain dressed as scam registrations (target >= 98 % suspicious,
none official), and real legitimate addresses (target: no false alarm).

    python bench/linkcheck.py [--n 50000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from companion.core.links import links

SAMPLES = [
    "https://www.tiktok.com/coin",
    "https://www.twitch.tv/bits",
    "https://t.me/PremiumBot",
    "https://www.youtube.com/live/x",
    "https://kick.com/streamer",
    "https://m.tiktok.com/",
    "https://tiktok-coins.shop/buy",
    "https://tiktok.com.free-coins.xyz/login",
    "https://tіktok.com/coin",
    "https://tlktok.com",
    "https://twtich.tv",
    "https://bit.ly/3abc",
    "http://tiktok.com/coin",
    "https://tiktok.com@evil.example",
    "https://news.example.org/a/b",
    "https://shop.example.co.uk/item?id=42",
    "https://en.wikipedia.org/wiki/Twitch",
    "https://t1kt0k.com",
    "javascript:alert(1)",
    "https://xn--tktok-5ve.com",
]


def run(n: int, rounds: int = 5) -> float:
    rng = random.Random(7)
    urls = [rng.choice(SAMPLES) + ("" if i % 3 else f"?v={i}") for i in range(n)]
    checker = links.default_checker()
    checker.check(urls[0])  # load the suffix list and confusables once, as the app does
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for url in urls:
            checker.check(url)
        rates.append(n / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=50_000)
    args = parser.parse_args()
    rate = run(args.n)
    print(f"URL checks            {rate:9,.0f} /s (median of 5 x {args.n:,}; target >= 10,000/s)")
    corpus()


def corpus() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))
    from scam_corpus import legitimate, lookalikes

    checker = links.default_checker()
    hosts = lookalikes()
    start = time.perf_counter()
    verdicts = [checker.check(f"https://{host}/").verdict for host in hosts]
    elapsed = time.perf_counter() - start
    caught = verdicts.count("suspicious") / len(hosts)
    official = verdicts.count("official")
    print(
        f"look-alikes caught    {caught:9.2%}    ({len(hosts):,} hosts, {official} judged "
        f"official; target >= 98 %, 0 official; {len(hosts) / elapsed:,.0f} checks/s)"
    )
    rows = legitimate()
    alarms = sum(checker.check(url).verdict == "suspicious" for url, _ in rows)
    missed = sum(checker.check(url).verdict != "official" for url, must in rows if must)
    print(
        f"false alarms          {alarms:9d}    ({len(rows)} real addresses, {missed} official "
        "pages not confirmed; target 0 and 0)"
    )


if __name__ == "__main__":
    main()
