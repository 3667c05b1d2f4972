#!/usr/bin/env python3
"""Build the labelled inchdeep corpus: data/corpus/{train,dev,small}.jsonl.

Deterministic (random.Random(SEED)); standard library only.  Run:  python data/corpus/build_corpus.py

Texts live in texts_genuine.py and texts_noise.py (hand-written).  This script casts invented people,
assigns timings, computes the `patterns: ["pitch_after_connect"]` flag, splits by thread (whole threads go
to train or dev, stratified by template/kind so every template has several senders in dev), validates
and prints counts.  Labels follow /work/shared/spec/taxonomy.md and are set per message in the scripts.
"""
from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import texts_genuine as G  # noqa: E402
import texts_noise as N  # noqa: E402

SEED = 20261005
DEV_FRACTION = 0.30
PAC_WINDOW = dt.timedelta(days=14)
START = dt.datetime(2026, 9, 1, 7, 0, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 11, 30, 21, 0, tzinfo=dt.timezone.utc)
OWNER = "Jordan Reyes"
LABELS = ("genuine", "auto_dm", "pitch", "newsletter")
LETTER = {"g": "genuine", "a": "auto_dm", "p": "pitch", "n": "newsletter"}

rng = random.Random(SEED)

# ------------------------------------------------------------------------------------------------
# people
# ------------------------------------------------------------------------------------------------
FIRST = """Marcus Priya Tomasz Ana Beatriz Rui Inês Sofia Leila Mark Giulia Amara Tiago Helena Pedro Carla Duarte
Kai Mafalda Marta Chen Wei Olu Ngozi Fatima Yusuf Emma Liam Noah Olivia Lucas Mia Hugo Chloé Mateo Valentina
Diego Camila Ahmed Aisha Omar Layla Hiroshi Yuki Sven Ingrid Lars Freya Jakub Zofia Piotr Agnieszka Dmitri
Elena Nikos Eleni Kofi Ama Tunde Zainab Raj Ananya Vikram Meera Sam Alex Jamie Taylor Morgan Riley Dana
Gabriel Isabela Joana Miguel Francisco Catarina Nuno Filipa Andrés Lucía Pablo Carmen Jonas Lea Felix Hanna
Matteo Chiara Luca Sara Tobias Nina Aarav Ishaan Kenji Aiko Minh Linh Jin Soo-ah Ravi Deepa Kwame Efua
Oskar Maja Emil Astrid Sean Niamh Conor Aoife Tariq Samira Ibrahim Nadia Daniel Rebecca Ethan Grace Owen
Ruby Leo Ivy Max Zoe Arjun Tanvi Bruno Renata Thiago Larissa Paolo Greta Milan Petra Adrián Irene""".split()
LAST = """Okafor Shah Wróbel Ribeiro Costa Marques Moura Haddad Jensen Rossi Mensah Almeida Santos Ferreira
Lindqvist Rocha Pereira Chen Zhang Adeyemi Eze Rahman Khan Müller Schmidt Nowak Kowalski Ivanova Petrov
Papadopoulos Boateng Owusu Patel Sharma Iyer Gupta Nakamura Tanaka Sato Berg Hansen Nilsen Novak Horvat
Garcia Martínez López Fernández Silva Oliveira Souza Dubois Laurent Moreau Bianchi Romano Ricci Weber
Fischer Wagner Kim Park Lee Nguyen Tran Walsh Murphy Byrne O'Brien Kelly Cohen Levi Mizrahi Hassan Ali
Osei Asante Bakker Visser Jansen Vos Svensson Lund Eriksen Kovač Popescu Ionescu Dimitrov Georgiou
Andersen Carvalho Teixeira Mendes Lopes Barros Nunes Pinto Reis Vieira Brooks Hughes Foster Reed Ward
Price Bennett Coleman Hayes Ortiz Ramos Castillo Vargas Mehta Banerjee Reddy Kapoor""".split()
COMPANY_A = """Lead Pipe Grow Scale Rocket Nimbus Apex Vertex Bright Swift Prime Peak Boost Lift Spark Pulse
Orbit Nova Zen Bold Clear True Blue Red Iron Gold Silver North Summit Core Flow Loop Signal Quantum""".split()
COMPANY_B = """ly Labs Digital Media Partners HQ Works Growth Solutions Agency Collective Hub Studio Group
Systems Consulting Ventures Logic Leads Scale""".split()
X_ADJ = "growth saas design ux ai solo indie founder scale hustle pixel cold lead build ship viral creator no_code".split()
X_NOUN = "guru mike queen ninja hacker coach bro wizard labs daily dan sara jay pro king hq tips lab".split()
GEN_HEADLINES = ["Senior Product Designer at Oakline", "UX Researcher at Lumen Bank", "Product Manager at Tide & Co",
                 "Design Lead at Sundial", "Frontend Engineer at Verde Mobility", "Service Designer", "Brand Designer",
                 "Head of Product at Quill", "Design student at IADE", "Engineering Manager at Brightwell",
                 "Content Designer at Kestrel Health", "Freelance illustrator", "CTO at Palmtree Health",
                 "Design Director at Orla", "Researcher, Universidade de Lisboa", "Product Designer at Mosaic",
                 "Founder at Halyard", "Operations at Casa Cowork", "UX Writer", "Design Systems Lead at Lumen Bank"]
CITIES = ["London", "Austin", "Dubai", "Bangalore", "Toronto", "Berlin", "Madrid", "Lagos", "Singapore", "Warsaw", "Miami"]

_used_names: set = set()
_used_ids: set = set()


def slug(s: str) -> str:
    s = s.lower().replace("'", "")
    for a, b in (("ã", "a"), ("á", "a"), ("à", "a"), ("â", "a"), ("é", "e"), ("ê", "e"), ("í", "i"), ("ó", "o"),
                 ("ô", "o"), ("õ", "o"), ("ú", "u"), ("ç", "c"), ("ü", "u"), ("ö", "o"), ("ä", "a"), ("ø", "o"),
                 ("å", "a"), ("ł", "l"), ("ó", "o"), ("č", "c"), ("ć", "c"), ("š", "s")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def uniq_id(base: str) -> str:
    i, cand = 1, base
    while cand in _used_ids:
        i += 1
        cand = f"{base}{i}"
    _used_ids.add(cand)
    return cand


def company_name() -> str:
    a, b = rng.choice(COMPANY_A), rng.choice(COMPANY_B)
    return a + b if b in ("ly",) else f"{a}{b}" if rng.random() < 0.4 else f"{a} {b}"


def make_person(platform: str, role: str, headline: str | None = None) -> dict:
    """role: 'genuine' | 'noise' | 'brand:<Name>'"""
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) not in _used_names:
            _used_names.add((first, last))
            break
    name = f"{first} {last}"
    comp = company_name()
    cslug = slug(comp).replace("-", "")
    if role.startswith("brand:"):
        name = role.split(":", 1)[1]
        first = name
        cslug = slug(name).replace("-", "")
        comp = name
    if platform == "li":
        pid = uniq_id("li:" + slug(f"{first}-{last}") if not role.startswith("brand:") else "li:" + cslug)
        handle = slug(f"{first}-{last}")
    else:
        if role.startswith("brand:"):
            handle = cslug
        elif role == "noise":
            handle = rng.choice([f"{rng.choice(X_ADJ)}{rng.choice(X_NOUN)}{rng.randint(1, 99)}",
                                 f"{slug(first)}_{rng.choice(X_ADJ)}", f"the{slug(first)}{rng.choice(X_NOUN)}",
                                 f"{slug(first)}{slug(last)[:3]}_{rng.choice(['grows', 'builds', 'ships', 'sells'])}"])
        else:
            handle = rng.choice([f"{slug(first)}{slug(last)[:1]}", f"{slug(first)}_{slug(last)}",
                                 f"{slug(first)}.designs", f"{slug(first)}{rng.randint(80, 99)}", f"_{slug(last)}{slug(first)[:2]}"])
        handle = handle.replace("-", "_").replace(".", "")
        pid = uniq_id("x:" + handle)
        handle = pid[2:]
        if role == "noise" and rng.random() < 0.5:
            name = f"{first} | {rng.choice(['SaaS Growth 🚀', 'Founder', 'AI tools', 'Helping creators', 'Design 🎨', 'Building in public', 'Marketing tips'])}"
        elif role == "genuine" and rng.random() < 0.3:
            name = first.lower() if rng.random() < 0.5 else f"{first} {last[0]}."
    tld = rng.choice(["com", "io", "co", "net"]) if role != "genuine" else rng.choice(["com", "design", "me", "pt"])
    site = f"{cslug if role != 'genuine' else slug(first + last).replace('-', '')}.{tld}"
    if rng.random() < 0.5:
        site = "https://" + site
    cal_handle = slug(f"{first}-{last}") if platform == "li" else handle
    cal = rng.choice([f"calendly.com/{cal_handle}/15min", f"cal.com/{cal_handle}/intro", f"calendly.com/{cal_handle}",
                      f"https://calendly.com/{cal_handle}/discovery-call", f"cal.com/{cal_handle}/30"])
    p = dict(id=pid, name=name, first=first, last=last, company=comp, site=site, cal=cal, handle=handle,
             domain=f"{cslug}.com", headline=headline, platform=platform)
    return p


# ------------------------------------------------------------------------------------------------
# threads
# ------------------------------------------------------------------------------------------------
class Thread:
    def __init__(self, platform: str, person: dict, kind: str, stratum: str, connected_at=None):
        self.platform = platform
        self.person = person
        self.kind = kind
        self.stratum = stratum
        self.connected_at = connected_at
        self.steps: list = []  # (direction, label, datetime, text, template_id)
        self.family: str | None = None  # families/*.py threads name their family; older threads use their stratum
        self.channel: str | None = None  # "inmail" | "sponsored"
        self.history = "complete"  # "partial": an excerpt from the middle of a longer conversation
        self.lang = "en"

    def add(self, who: str, when: dt.datetime, text: str, tpl: str | None = None):
        if who == "me":
            self.steps.append(("outgoing", None, when, text, tpl))
        else:
            self.steps.append(("incoming", LETTER[who], when, text, tpl))


THREADS: list[Thread] = []


def parse_delay(s: str) -> dt.timedelta:
    if s in ("0", ""):
        return dt.timedelta(0)
    total = dt.timedelta(0)
    for num, unit in re.findall(r"(\d+)([dhm])", s):
        total += {"d": dt.timedelta(days=int(num)), "h": dt.timedelta(hours=int(num)),
                  "m": dt.timedelta(minutes=int(num))}[unit]
    return total


def jitter(td: dt.timedelta) -> dt.timedelta:
    """Slightly randomise a scripted delay (±20%), never below 1 minute for non-zero delays."""
    if td == dt.timedelta(0):
        return td
    secs = td.total_seconds() * rng.uniform(0.8, 1.2)
    return dt.timedelta(minutes=max(1, round(secs / 60)))


def rand_start(span: dt.timedelta, lo=START, hi=END) -> dt.datetime:
    latest = hi - span
    if latest <= lo:
        latest = lo + dt.timedelta(hours=1)
    t = lo + (latest - lo) * rng.random()
    # bias towards waking hours (Lisbon ~ UTC+0/+1)
    t = t.replace(hour=rng.randint(7, 20), minute=rng.randint(0, 59), second=0, microsecond=0)
    return min(max(t, lo), latest)


def script_span(steps) -> dt.timedelta:
    return sum((parse_delay(d) for _, d, _ in steps), dt.timedelta(0)) * 1.2


def conn_for(mode: str, start: dt.datetime):
    if mode == "old":
        return start - dt.timedelta(days=rng.randint(60, 900), hours=rng.randint(0, 23))
    if mode == "recent":
        return start - dt.timedelta(minutes=rng.randint(5, 60 * 40))
    return None


def plat(p: str) -> str:
    return p if p in ("li", "x") else rng.choice(["li", "li", "li", "x", "x"])


def run_script(defn: dict, kind: str, stratum: str, role="genuine"):
    p = plat(defn.get("p", "any"))
    person = make_person(p, role, defn.get("hl") or (rng.choice(GEN_HEADLINES) if p == "li" else None))
    steps = defn["steps"]
    start = rand_start(script_span(steps) + dt.timedelta(days=1))
    th = Thread(p, person, kind, stratum, conn_for(defn.get("conn", "old"), start))
    t = start
    for who, delay, text in steps:
        t = t + jitter(parse_delay(delay))
        th.add(who, t, text)
    THREADS.append(th)
    return th


# --- genuine ------------------------------------------------------------------------------------
for d in G.OWNER_STARTED:
    run_script(d, "owner_started", "owner_started")
for d in G.OWNER_ASKED_NOISE:
    run_script(d, "owner_asked_noise", "owner_asked_noise")
for d in G.CONVOS:
    run_script(d, "convo", "convo")
for p, conn, text in G.SINGLES:
    run_script(dict(p=p, conn=conn, steps=[("g", "0", text)]), "single", "single")
for text in G.GENUINE_CONNECT_NOTES:
    p = "x" if ("follow back" in text) else "li"
    run_script(dict(p=p, conn="recent", steps=[("g", "0", text)]), "genuine_connect", "genuine_connect")

BIRTHDAY = dt.datetime(2026, 10, 14, 7, 0, tzinfo=dt.timezone.utc)
ANNIV = dt.datetime(2026, 9, 22, 7, 0, tzinfo=dt.timezone.utc)
NEWROLE = dt.datetime(2026, 9, 8, 9, 0, tzinfo=dt.timezone.utc)


def day_offset(base: dt.datetime, max_days=3) -> dt.datetime:
    return base + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, max_days]), hours=rng.randint(0, 13), minutes=rng.randint(0, 59))


for i, text in enumerate(G.OWN_WORDS_CONGRATS):
    base = BIRTHDAY if "birthday" in text.lower() else ANNIV if ("years" in text) else NEWROLE
    p = "li" if i % 3 else "x"
    person = make_person(p, "genuine", rng.choice(GEN_HEADLINES) if p == "li" else None)
    t = day_offset(base)
    th = Thread(p, person, "own_words", "own_words", conn_for("old", t))
    th.add("g", t, text)
    if rng.random() < 0.6:
        th.add("me", t + dt.timedelta(hours=rng.randint(1, 8)), rng.choice(["Thank you!! 🙏", "Haha thank you, that made my day", "Thank you so much ❤️", "You're the best, thanks!"]))
    THREADS.append(th)

# --- auto_dm: LinkedIn prefilled notes ----------------------------------------------------------
for base, pool, n, strat in ((BIRTHDAY, N.PREFILLED_BIRTHDAY, 14, "prefilled_birthday"),
                             (ANNIV, N.PREFILLED_ANNIV, 9, "prefilled_anniv"),
                             (NEWROLE, N.PREFILLED_NEWROLE, 12, "prefilled_newrole")):
    for i in range(n):
        person = make_person("li", "genuine", rng.choice(GEN_HEADLINES))
        t = day_offset(base, 5)
        th = Thread("li", person, "prefilled", strat, conn_for("old", t))
        th.add("a", t, pool[i % len(pool)])
        if rng.random() < 0.15:
            th.add("me", t + dt.timedelta(hours=rng.randint(2, 30)), rng.choice(["Thanks!", "Thank you 🙏", "Thanks a lot!"]))
        THREADS.append(th)

# --- auto_dm: account welcomes (sometimes followed by product-update newsletters) ---------------
UPDATES = ["📣 What's new this month: <<topic>>. Read the full release notes: <<site>>/changelog",
           "Our <<season>> update is here ✨ <<topic>>. See what's new → <<site>>/new",
           "Join our live product tour next week: <<topic>> and Q&A with the team. Register: <<site>>/live"]
UPD_TOPICS = ["dark mode, faster search and 12 new templates", "a brand new mobile app", "team spaces and comments",
              "AI-assisted tagging", "offline mode", "a redesigned editor", "version history for everyone"]
for name, text in N.WELCOMES:
    person = make_person("x", f"brand:{name}")
    t = rand_start(dt.timedelta(days=40))
    th = Thread("x", person, "welcome", "welcome", t - dt.timedelta(minutes=rng.randint(0, 3)))
    th.add("a", t, text)
    k = rng.choice([0, 1, 2, 2])
    tt = t
    for j in range(k):
        tt = tt + dt.timedelta(days=rng.randint(9, 20), hours=rng.randint(0, 8))
        th.add("n", tt, rng.choice(UPDATES).replace("<<topic>>", rng.choice(UPD_TOPICS)).replace("<<season>>", "autumn"))
    THREADS.append(th)

# --- newsletter series: same sender on a schedule ----------------------------------------------
for s in N.SERIES:
    p = s["platform"]
    person = make_person(p, "noise", f"Writer of {s['title']} | {rng.randint(8, 90)}k subscribers" if p == "li" else None)
    n_issues = len(s["topics"])
    first_issue = rng.randint(12, 140)
    t0 = START + dt.timedelta(days=rng.randint(0, 32), hours=rng.randint(6, 12))
    conn = t0 - dt.timedelta(days=rng.randint(20, 400))
    th = Thread(p, person, "series", "series", conn)
    weekly = dt.timedelta(days=7)
    t = t0
    for j, topic in enumerate(s["topics"][:8]):
        text = s["fmt"].replace("<<n>>", str(first_issue + j)).replace("<<topic>>", topic)
        th.add("n", t + dt.timedelta(minutes=rng.randint(-40, 40)), text)
        t = t + weekly
    THREADS.append(th)

# --- noise pools --------------------------------------------------------------------------------
li_openers = [(t, "a") for t in N.LI_THANKS] + [(t, "a") for t in N.FAUX]
x_openers = [(t, "a") for t in N.X_THANKS]
rng.shuffle(li_openers)
rng.shuffle(x_openers)
nag_pool = list(N.NAGS)
rng.shuffle(nag_pool)
blast_pool = list(N.BLASTS)
rng.shuffle(blast_pool)
_cursor = Counter()


def take(pool: list, key: str):
    """Cycle through a shuffled pool (texts may recur across senders only after the pool is used up)."""
    item = pool[_cursor[key] % len(pool)]
    _cursor[key] += 1
    return item


BUMP = next(t for t in N.TEMPLATES if t["id"] == "tpl_bump")


def fill_template(tpl: dict, fixed: dict | None = None) -> tuple[str, str | None]:
    text, hl = tpl["text"], tpl.get("headline")
    for k, vals in tpl["slots"].items():
        v = (fixed or {}).get(k) or rng.choice(vals)
        text = text.replace(f"<<{k}>>", v)
        if hl:
            hl = hl.replace(f"<<{k}>>", v)
    return text, hl


def noise_tail(th: Thread, t: dt.datetime, pitched: bool, nags: int, blasts: int, bump_ok=True):
    """Append follow-up nags (on a pitch), an occasional owner decline, then newsletter blasts."""
    declined = False
    for _ in range(nags if pitched else 0):
        t = t + dt.timedelta(days=rng.randint(2, 8), hours=rng.randint(0, 10))
        if t > END:
            break
        if bump_ok and _cursor["bump"] < 16 and rng.random() < 0.35:
            _cursor["bump"] += 1
            th.add("p", t, BUMP["text"], "tpl_bump")
        else:
            th.add("p", t, take(nag_pool, "nag"))
        if not declined and rng.random() < 0.12:
            declined = True
            t = t + dt.timedelta(hours=rng.randint(1, 20))
            th.add("me", t, rng.choice(N.DECLINES))
    for _ in range(blasts):
        t = t + dt.timedelta(days=rng.randint(5, 14), hours=rng.randint(0, 10))
        if t > END:
            break
        th.add("n", t, take(blast_pool, "blast"))
    return t


def connection_sequence(p: str, pitch: tuple | None, opener: tuple | None, mode: str, nags: int, blasts: int,
                        stratum: str, pitch_tpl: str | None = None, opener_tpl: str | None = None):
    """mode: fast (pitch minutes-3 days after connect), mid (4-13 days), late (20-45 days),
    old (connected 50-200 days before; no thank-you), cold (X DM, connected_at null)."""
    headline = pitch[0] if pitch and pitch[0] else None
    if pitch and THANKS_RE.search(pitch[1]) and mode not in ("fast", "mid"):
        mode = rng.choice(["fast", "mid"])  # a pitch that thanks you for connecting comes soon after the connection
    person = make_person(p, "noise", headline if p == "li" else None)
    if p == "li" and not person["headline"]:
        person["headline"] = rng.choice(["Helping professionals grow 🚀", "Entrepreneur | Speaker | Mentor",
                                         "Founder & CEO @ " + person["company"], "Open networker (LION)",
                                         "Sales Director | " + person["company"], "Marketing Manager at " + person["company"],
                                         "Coach | Author | Keynote speaker", "Business Development Executive"])
    span = dt.timedelta(days=50 if mode == "late" else rng.choice([8, 15, 25, 35]))
    conn_t = rand_start(span)
    if mode == "old":
        connected = conn_t - dt.timedelta(days=rng.randint(50, 200))
    elif mode == "cold":
        connected = None
    else:
        connected = conn_t
    th = Thread(p, person, "sequence", stratum, connected)
    t = conn_t
    if opener and mode not in ("old", "cold"):
        t = t + dt.timedelta(minutes=rng.randint(1, 50))
        th.add(opener[1], t, opener[0], opener_tpl)
    if pitch:
        if mode == "fast":
            t = conn_t + dt.timedelta(minutes=rng.randint(3, 60 * 24 * 3))
        elif mode == "mid":
            t = conn_t + dt.timedelta(days=rng.randint(4, 12), hours=rng.randint(0, 20))
        elif mode == "late":
            t = conn_t + dt.timedelta(days=rng.randint(20, 45), hours=rng.randint(0, 20))
        else:
            t = conn_t + dt.timedelta(hours=rng.randint(0, 10))
        if th.steps and t <= th.steps[-1][2]:
            t = th.steps[-1][2] + dt.timedelta(minutes=rng.randint(2, 90))
        th.add("p", t, pitch[1], pitch_tpl)
    t = noise_tail(th, t, bool(pitch), nags, blasts)
    THREADS.append(th)
    return th


THANKS_RE = re.compile(r"thanks for (connecting|accepting)|thanks for the (follow|connect)", re.I)
MODES = ["fast"] * 6 + ["mid"] * 3 + ["late"] * 2 + ["old"] * 2


def pick_mode(p: str) -> str:
    m = rng.choice(MODES)
    if p == "x" and rng.random() < 0.35:
        m = "cold"
    return m


# --- hand-written pitches in connection sequences -----------------------------------------------
pitches = [(h, t) for h, t in N.PITCHES] + [(h, t) for h, t in N.DISGUISED_PITCHES]
rng.shuffle(pitches)
for i, pitch in enumerate(pitches):
    p = "li" if rng.random() < 0.62 else "x"
    mode = pick_mode(p)
    opener = None
    if mode in ("fast", "mid", "late") and rng.random() < 0.7:
        opener = take(li_openers, "li_op") if p == "li" else take(x_openers, "x_op")
    nags = rng.choice([0, 1, 1, 1, 2])
    blasts = rng.choice([0, 0, 0, 1, 1])
    connection_sequence(p, pitch, opener, mode, nags, blasts, "sequence")

# --- auto_dm-only and auto_dm + newsletter relationships (no pitch) -----------------------------
for i in range(58):
    p = "li" if rng.random() < 0.58 else "x"
    opener = take(li_openers, "li_op") if p == "li" else take(x_openers, "x_op")
    connection_sequence(p, None, opener, "fast", 0, rng.choice([0, 0, 0, 1, 1, 2]), "autodm_only")

# --- one-off blasts from old connections --------------------------------------------------------
for i in range(11):
    p = "li" if rng.random() < 0.6 else "x"
    person = make_person(p, "noise", None)
    if p == "li":
        person["headline"] = rng.choice(["Founder @ " + person["company"], "Community builder", "Event host | " + person["company"], "Creator | 40k followers"])
    t = rand_start(dt.timedelta(days=30))
    th = Thread(p, person, "blast", "blast", conn_for("old", t))
    for _ in range(rng.choice([1, 1, 2, 3])):
        th.add("n", t, take(blast_pool, "blast"))
        t = t + dt.timedelta(days=rng.randint(6, 16), hours=rng.randint(0, 9))
    THREADS.append(th)

# --- deliberate templates: same text from many senders ------------------------------------------
hand_pitch_extra = list(N.PITCHES)
rng.shuffle(hand_pitch_extra)
for tpl in N.TEMPLATES:
    if tpl["senders"] == 0:
        continue
    for i in range(tpl["senders"]):
        p = tpl["platforms"][i % len(tpl["platforms"])]
        text, hl = fill_template(tpl)
        tid = tpl["id"]
        if tpl["label"] == "pitch":
            mode = rng.choice(["fast", "fast", "fast", "mid", "late", "old"]) if p == "li" else rng.choice(["fast", "cold", "mid", "old"])
            opener = None
            if tid == "tpl_right_person" and mode != "old" and mode != "cold" and rng.random() < 0.5:
                opener = take(li_openers, "li_op") if p == "li" else take(x_openers, "x_op")
            connection_sequence(p, (hl, text), opener, mode, rng.choice([0, 0, 1, 1, 2]), rng.choice([0, 0, 0, 1]),
                                tid, pitch_tpl=tid)
        elif tpl["label"] == "auto_dm":
            follow = rng.random()
            pitch = None
            if follow < 0.35:
                h, ptxt = hand_pitch_extra[_cursor["extra"] % len(hand_pitch_extra)]
                _cursor["extra"] += 1
                # second use of a hand pitch: vary it a little so it is not an accidental exact template
                pitch = (h, ptxt.replace("Hi Jordan", rng.choice(["Hey Jordan", "Hello Jordan", "Jordan"]), 1))
            connection_sequence(p, pitch, (text, "a"), rng.choice(["fast", "mid", "late"]) if pitch else "fast",
                                rng.choice([0, 1, 1, 2]), rng.choice([0, 0, 0, 1]), tid, opener_tpl=tid)
        else:  # newsletter templates
            person = make_person(p, "noise", hl if p == "li" else None)
            t = rand_start(dt.timedelta(days=30))
            th = Thread(p, person, "tpl_newsletter", tid, conn_for(rng.choice(["old", "old", "recent"]), t))
            issues = rng.choice([1, 2, 3]) if tid == "tpl_issue_live" else rng.choice([1, 1, 2])
            base_n = rng.randint(8, 120)
            nl = next((v for v in tpl["slots"].get("nl", []) if v in text), None)
            for j in range(issues):
                txt = text if j == 0 else fill_template(tpl, {"nl": nl})[0]
                txt = re.sub(r"#\d+", f"#{base_n + j}", txt) if tid == "tpl_issue_live" else txt
                th.add("n", t, txt.replace("<<n>>", str(base_n + j)), tid)
                t = t + dt.timedelta(days=7, minutes=rng.randint(-60, 60))
            THREADS.append(th)


# --- families: hand-written threads of every shape real inboxes have (families/*.py) ------------
FAMILY_DIR = os.path.join(HERE, "families")
sys.path.insert(0, FAMILY_DIR)


def family_modules():
    return [importlib.import_module(name[:-3]) for name in sorted(os.listdir(FAMILY_DIR))
            if name.endswith(".py") and not name.startswith("_")]


def run_family(defn: dict):
    """One thread of a family module (see families/README.md for the format)."""
    labels = {who for who, _, _ in defn["steps"] if who != "me"}
    sender = defn.get("sender", "person")
    role = f"brand:{sender.split(':', 1)[1]}" if sender.startswith("account:") else ("genuine" if labels <= {"g"} else "noise")
    p = "li" if defn.get("channel") else plat(defn.get("p", "any"))
    headline = defn.get("hl") or (rng.choice(GEN_HEADLINES) if p == "li" and role == "genuine" else None)
    person = make_person(p, role, headline if p == "li" else None)
    steps = defn["steps"]
    start = rand_start(script_span(steps) + dt.timedelta(days=1))
    th = Thread(p, person, "family", defn["family"], conn_for(defn.get("conn", "none"), start))
    th.family, th.channel, th.history, th.lang = defn["family"], defn.get("channel"), defn.get("history", "complete"), defn.get("lang", "en")
    t = start
    for who, delay, text in steps:
        t = t + jitter(parse_delay(delay))
        th.add(who, t, text)
    THREADS.append(th)


for module in family_modules():
    for defn in module.THREADS:
        for _ in range(defn.get("copies", 1)):
            run_family(defn)


# ------------------------------------------------------------------------------------------------
# render, patterns, split
# ------------------------------------------------------------------------------------------------
# The text says the connection or follow just began: a known relationship start (taxonomy.md, pitch_after_connect).
CONNECTION_NOTE_RE = re.compile(
    r"thanks? (?:you )?(?:so much )?for (?:connecting|the connect(?:ion)?|accepting|the follow|following|adding me)\b(?! up| through| along| this)"
    r"|(?:accepting|accepted) my (?:connection |linkedin )?(?:request|invite|invitation)|now that we(?:'re| are) connected"
    r"|\b(?:glad|great|nice|happy|pleasure) (?:to be )?(?:connected|to connect)\b"
    r"|merci (?:de|pour) (?:m'avoir|votre|la|l'|accepter)|danke (?:für|fürs) (?:die |das )?(?:vernetzung|vernetzen|annehmen)"
    r"|gracias por (?:conectar|aceptar)|obrigad[oa] por (?:aceitar|conectar)", re.I)


def fmt_time(t: dt.datetime) -> str:
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fill(text: str, person: dict, when: dt.datetime) -> str:
    day = (when + dt.timedelta(days=rng.randint(3, 12))).strftime("%A, %B %-d")
    rep = {"first": person["first"], "name": person["name"] if "|" not in person["name"] else person["first"] + " " + person["last"],
           "company": person["company"], "site": person["site"], "cal": person["cal"], "handle": person["handle"],
           "n": str(rng.randint(12, 180)), "n2": str(rng.randint(3, 8)), "pct": str(rng.randint(20, 60)), "day": day,
           "city": rng.choice(CITIES), "domain": person["domain"],
           "full": person["name"] if "|" not in person["name"] else person["first"] + " " + person["last"]}
    out = re.sub(r"<<(\w+)>>", lambda m: rep.get(m.group(1), m.group(0)), text)
    assert "<<" not in out, out
    return out


def render(threads: list[Thread]) -> list[dict]:
    rows = []
    for th in threads:
        per = th.person
        sender_in = {"id": per["id"], "name": per["name"]}
        if th.platform == "li" and per.get("headline"):
            sender_in["headline"] = fill(per["headline"], per, START)
        participant = {"id": per["id"], "name": per["name"]}
        me = {"id": f"{th.platform}:me", "name": OWNER}
        steps = sorted(th.steps, key=lambda s: s[2])
        said_at = None  # when one of their messages said the connection had just begun
        for k, (direction, label, when, text, tpl) in enumerate(steps, 1):
            if direction == "incoming" and said_at is None and CONNECTION_NOTE_RE.search(text):
                said_at = when
            row = {"platform": "linkedin" if th.platform == "li" else "x", "thread_id": th.tid,
                   "message_id": f"{th.tid}-m{k}",
                   "sender": dict(sender_in) if direction == "incoming" else dict(me),
                   "participant": dict(participant), "direction": direction, "text": fill(text, per, when),
                   "sent_at": fmt_time(when),
                   "connected_at": fmt_time(th.connected_at) if th.connected_at else None,
                   "label": label, "family": th.family or f"v1_{th.stratum}"}
            if th.history != "complete":
                row["history"] = th.history
            if th.channel:
                row["channel"] = th.channel
            if th.lang != "en":
                row["lang"] = th.lang
            # Only after a known start (connected_at or their own words), never for InMail or sponsored messages.
            ref = th.connected_at or said_at
            if label == "pitch" and th.channel is None and ref is not None and dt.timedelta(0) <= when - ref <= PAC_WINDOW:
                row["patterns"] = ["pitch_after_connect"]
            if tpl and direction == "incoming":
                row["template_id"] = tpl  # informational: which deliberate template produced the text
            rows.append(row)
    return rows


# thread ids, deterministic order
order = list(range(len(THREADS)))
rng.shuffle(order)
counters = Counter()
for idx in order:
    th = THREADS[idx]
    counters[th.platform] += 1
    th.tid = f"{th.platform}-{counters[th.platform]:04d}"

# split by thread, stratified by stratum (template id / kind) and platform
by_stratum = defaultdict(list)
for th in THREADS:
    by_stratum[(th.stratum, th.platform)].append(th)
dev_set = set()
for key in sorted(by_stratum):
    group = sorted(by_stratum[key], key=lambda t: t.tid)
    rng.shuffle(group)
    k = round(len(group) * DEV_FRACTION)
    if key[0].startswith("tpl_") and len(group) >= 4:
        k = max(k, 2)
    if key[0] == "series" and len(group) >= 2:
        k = max(k, 1)
    for th in group[:k]:
        dev_set.add(th.tid)
# templates split across platforms may leave a template with <2 dev senders: top up
for tid in {t.stratum for t in THREADS if t.stratum.startswith("tpl_")}:
    members = [t for t in THREADS if t.stratum == tid]
    in_dev = [t for t in members if t.tid in dev_set]
    for t in members:
        if len(in_dev) >= max(3, round(len(members) * DEV_FRACTION)):
            break
        if t.tid not in dev_set:
            dev_set.add(t.tid)
            in_dev.append(t)

train_threads = sorted([t for t in THREADS if t.tid not in dev_set], key=lambda t: t.tid)
dev_threads = sorted([t for t in THREADS if t.tid in dev_set], key=lambda t: t.tid)
train_rows = render(train_threads)
dev_rows = render(dev_threads)


def sort_rows(rows):
    return sorted(rows, key=lambda r: (r["sent_at"], r["message_id"]))


train_rows, dev_rows = sort_rows(train_rows), sort_rows(dev_rows)

# small.jsonl: a complete mini-inbox drawn from dev (whole threads), all labels, templates from several senders
def pick_small(rows):
    by_thread = defaultdict(list)
    for r in rows:
        by_thread[r["thread_id"]].append(r)
    kinds = {t.tid: t for t in dev_threads}
    chosen = []

    def want(pred, n, max_len=6):
        got = 0
        for tid in sorted(by_thread):
            if got >= n:
                break
            if tid in chosen or len(by_thread[tid]) > max_len:
                continue
            if pred(kinds[tid], by_thread[tid]):
                chosen.append(tid)
                got += 1

    want(lambda t, rs: t.kind == "sequence" and any(r.get("patterns") for r in rs) and
         {r["label"] for r in rs} >= {"auto_dm", "pitch", "newsletter"}, 2)
    want(lambda t, rs: t.kind == "sequence" and any(r["label"] == "pitch" for r in rs) and not any(r.get("patterns") for r in rs), 1)
    want(lambda t, rs: t.stratum == "tpl_pipeline_3x", 3, 3)
    want(lambda t, rs: t.stratum == "tpl_thanks_network", 3, 2)
    want(lambda t, rs: t.kind == "owner_started", 2, 5)
    want(lambda t, rs: t.kind == "owner_asked_noise" and any(r["label"] == "pitch" for r in rs), 1)
    want(lambda t, rs: t.kind == "convo" and t.platform == "x", 1, 4)
    want(lambda t, rs: t.kind == "convo" and t.platform == "li", 1, 4)
    want(lambda t, rs: t.kind == "single" and t.platform == "x", 2)
    want(lambda t, rs: t.kind == "single" and t.platform == "li", 1)
    want(lambda t, rs: t.stratum == "tpl_follow_guide", 2, 2)
    want(lambda t, rs: t.kind == "sequence" and t.platform == "x" and t.connected_at is None, 1, 4)
    want(lambda t, rs: t.kind == "prefilled", 2)
    want(lambda t, rs: t.stratum == "tpl_issue_live", 1, 3)
    out = [r for tid in chosen for r in by_thread[tid]]
    return sort_rows(out)


small_rows = pick_small(dev_rows)


# ------------------------------------------------------------------------------------------------
# validate + write + report
# ------------------------------------------------------------------------------------------------
RFC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def validate(rows, name):
    ids = set()
    for r in rows:
        for f in ("platform", "thread_id", "message_id", "sender", "participant", "direction", "text", "sent_at"):
            assert f in r, (name, f, r)
        assert r["platform"] in ("linkedin", "x")
        assert r["direction"] in ("incoming", "outgoing")
        assert 1 <= len(r["text"]) <= 20000
        assert len(r["thread_id"]) <= 200 and len(r["message_id"]) <= 200
        assert RFC.match(r["sent_at"]) and (r["connected_at"] is None or RFC.match(r["connected_at"]))
        assert r["message_id"] not in ids, r["message_id"]
        ids.add(r["message_id"])
        if r["direction"] == "incoming":
            assert r["label"] in LABELS, r
            assert r["participant"]["id"] == r["sender"]["id"]
        else:
            assert r["label"] is None and r["sender"]["id"].endswith(":me")
        if r.get("patterns"):
            assert r["label"] == "pitch"
        assert "<<" not in r["text"]
    # within-thread ordering: message numbers follow time; owner-started threads begin with the owner
    by_thread = defaultdict(list)
    for r in rows:
        by_thread[r["thread_id"]].append(r)
    for tid, rs in by_thread.items():
        rs.sort(key=lambda r: int(r["message_id"].rsplit("-m", 1)[1]))
        times = [r["sent_at"] for r in rs]
        assert times == sorted(times), tid
        assert len({r["participant"]["id"] for r in rs}) == 1, tid
        conn = rs[0]["connected_at"]
        if conn:
            assert conn <= times[0], (tid, conn, times[0])
    return ids


def stats(rows):
    inc = [r for r in rows if r["direction"] == "incoming"]
    return dict(messages=len(rows), incoming=len(inc), outgoing=len(rows) - len(inc),
                threads=len({r["thread_id"] for r in rows}),
                labels=dict(sorted(Counter(r["label"] for r in inc).items())),
                platform=dict(sorted(Counter(r["platform"] for r in inc).items())),
                pitch_after_connect=sum(1 for r in inc if r.get("patterns")),
                pitch_outside_window=sum(1 for r in inc if r["label"] == "pitch" and not r.get("patterns")),
                first=min(r["sent_at"] for r in rows), last=max(r["sent_at"] for r in rows))


def main():
    a = validate(train_rows, "train")
    b = validate(dev_rows, "dev")
    validate(small_rows, "small")
    assert not (a & b), "message ids overlap"
    assert not ({r["thread_id"] for r in train_rows} & {r["thread_id"] for r in dev_rows})
    for name, rows in (("train", train_rows), ("dev", dev_rows), ("small", small_rows)):
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report = {name: stats(rows) for name, rows in (("train", train_rows), ("dev", dev_rows), ("small", small_rows))}
    allrows = train_rows + dev_rows
    report["total"] = stats(allrows)
    tpl_counts = defaultdict(lambda: {"train": set(), "dev": set()})
    for name, rows in (("train", train_rows), ("dev", dev_rows)):
        for r in rows:
            if r.get("template_id"):
                tpl_counts[r["template_id"]][name].add(r["sender"]["id"])
    report["templates_senders"] = {k: {"train": len(v["train"]), "dev": len(v["dev"])} for k, v in sorted(tpl_counts.items())}
    # Coverage: incoming messages per family and label, and per language (the README's table is made from this).
    families = defaultdict(Counter)
    for r in allrows:
        if r["direction"] == "incoming":
            families[r["family"]][r["label"]] += 1
    report["families"] = {f: dict(sorted(c.items())) for f, c in sorted(families.items())}
    report["languages"] = {lang: dict(sorted(Counter(r["label"] for r in allrows if r["direction"] == "incoming"
                                                     and r.get("lang", "en") == lang).items()))
                           for lang in sorted({r.get("lang", "en") for r in allrows})}
    report["history_partial_incoming"] = sum(1 for r in allrows if r["direction"] == "incoming" and r.get("history") == "partial")
    report["channels"] = dict(Counter(r["channel"] for r in allrows if r["direction"] == "incoming" and r.get("channel")))
    print(json.dumps(report, indent=1, ensure_ascii=False))
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
