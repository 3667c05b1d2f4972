"""The catalogue of named signals, SpamAssassin style.

Each signal has an id, the label it votes for, a one-line description, a detector that returns a
human-readable detail when it fires, and its own positive and negative examples (checked by the tests).
Weights live in `weights.py`, apart from this logic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from dataclasses import dataclass, field

from server.triage.context import MessageContext, describe_duration
from server.triage.prefilter import RegexPrefilter
from server.triage.text import EMOJI_RE, MERGE_FIELD_RE, URL_RE

Detector = Callable[[MessageContext], str | None]
Example = str | MessageContext


@dataclass(frozen=True)
class Signal:
    id: str
    label: str
    description: str
    detect: Detector
    positives: tuple[Example, ...]
    negatives: tuple[Example, ...]
    pattern: str | None = None  # the taxonomy pattern this signal evidences, if any
    selling: bool = False  # evidence of a sales intent (used by the pitch-after-connect rule)
    tags: frozenset[str] = field(default_factory=frozenset)


def _rx(*patterns: str) -> re.Pattern[str]:
    """Lowercase patterns, matched against the lowercased text: about twice as fast as re.IGNORECASE."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=4096)
def lowered(text: str) -> str:
    return text.lower()


class TextRule:
    """A detector that searches the lowercased text with one regex and quotes what it found."""

    def __init__(self, regex: re.Pattern[str], detail: str) -> None:
        self.regex = regex
        self.detail = detail

    def __call__(self, ctx: MessageContext) -> str | None:
        low = lowered(ctx.text)
        match = self.regex.search(low)
        if not match:
            return None
        # Quote the original casing when lowercasing kept every position where it was.
        fragment = ctx.text[match.start() : match.end()] if len(low) == len(ctx.text) else match.group(0)
        return f'{self.detail}: "{_quote(fragment)}"'


def _quote(fragment: str, limit: int = 60) -> str:
    fragment = re.sub(r"\s+", " ", fragment).strip()
    return fragment if len(fragment) <= limit else fragment[: limit - 1] + "…"


MEETING_ASK_RE = _rx(
    r"\b(?:hop|jump|get|set up|schedule|book|grab|have)\b[^.?!\n]{0,25}\b(?:call|chat|demo|meeting|zoom|slot|time)\b",
    r"\b(?:open|free|available|up) (?:to|for)\b[^.?!\n]{0,20}\b(?:a |an )?(?:quick |short |brief )?(?:call|chat|demo|meeting|conversation)\b",
    r"\b\d{1,2}[- ]?(?:min(?:ute)?s?)\b[^.?!\n]{0,30}\b(?:call|chat|demo|meeting|zoom|of your time)\b",
    r"\bworth a (?:quick )?(?:call|chat|conversation)\b",
    r"\bconnect (?:for|over) a (?:quick )?(?:call|chat)\b",
    r"\b(?:when|what time) (?:works|would work|are you free)\b[^.?!\n]{0,30}\b(?:call|chat|demo|this week|next week)\b",
    r"\bdemo\b[^.?!\n]{0,30}\b(?:this|next) week\b",
    r"\bbook (?:a|your) (?:free )?(?:call|demo|session|consultation)\b",
)
CALENDAR_RE = _rx(
    r"calendly\.com", r"\bcal\.com/", r"savvycal\.com", r"meetings\.hubspot\.com", r"chilipiper\.com",
    r"tidycal\.com", r"zcal\.co", r"\bmy calendar\b", r"\bbooking link\b", r"\bgrab a (?:time|slot)\b",
)
PRICE_RE = _rx(
    r"[$€£]\s?\d[\d,.]*(?:k\b)?", r"\b\d[\d,.]*\s?(?:usd|eur|gbp|dollars)\b", r"\b\d{1,3}\s?% off\b",
    r"\bdiscount(?:ed)?\b", r"\bper month\b|/mo\b|/month\b", r"\bpricing (?:starts|from)\b", r"\bonly \$",
)
RESULTS_CLAIM_RE = _rx(
    r"\b\d+(?:\.\d+)?x (?:more|your|their|the|in)\b", r"\b(?:[2-9]|10)x\b",
    r"\bhelped (?:over )?\d+\+? (?:companies|founders|clients|brands|businesses|agencies|coaches)\b",
    r"\bguarantee(?:d)?\b", r"\b(?:increase|boost|double|triple|grow)\w* (?:your|their) (?:revenue|sales|leads|pipeline|meetings|conversions|mrr|followers)\b",
    r"\b\d+\+? (?:qualified )?(?:leads|meetings|appointments|calls) (?:per|a|every) (?:month|week)\b",
)
RIGHT_PERSON_RE = _rx(
    r"\bare you the right person\b", r"\bright person to (?:talk|speak|chat)\b", r"\bwho (?:handles|is in charge of|manages|looks after)\b",
    r"\bpoint me (?:to|in the direction of) the right\b", r"\bare you (?:still )?(?:handling|in charge of|responsible for)\b",
)
SERVICE_OFFER_RE = _rx(
    r"\b(?:i|we) help (?:founders|companies|startups|businesses|brands|agencies|coaches|people|teams|b2b|saas|professionals|leaders|you)\b",
    r"\bour (?:agency|platform|solution|team of|software|tool|service|program|course|coaching|offer)\b",
    r"\bwe specialize in\b", r"\bi(?:'d| would) love to (?:show|walk) you\b", r"\b(?:my|our) (?:coaching|mentorship) program\b",
    r"\b(?:white[- ]label|done[- ]for[- ]you|lead gen(?:eration)?|outsourc\w+|offshore)\b",
    r"\bwe(?:'re| are) (?:a|an) (?:agency|studio|firm|team)\b",
)
FREE_SAMPLE_RE = _rx(
    r"\bfree (?:audit|mockup|mock-up|trial|strategy (?:session|call)|consultation|assessment|analysis|review of your|sample|demo)\b",
    r"\bcomplimentary (?:audit|session|consultation|review)\b", r"\bno[- ]obligation\b",
)
NAG_RE = _rx(
    r"\bbump(?:ing)? (?:this|my|it)\b", r"\bfollowing up on my (?:last|previous|earlier)\b", r"\bjust following up\b",
    r"\bcircling back\b", r"\bdid you (?:get a chance|have a chance|see my)\b", r"\bjust checking in\b",
    r"\btop of your inbox\b", r"\bhaven'?t heard back\b", r"\bin case (?:you missed|this got buried)\b",
    r"\bany thoughts on my (?:last|previous)\b", r"\bfloat(?:ing)? this\b", r"\bone last (?:try|time|follow)\b",
)
THANKS_CONNECT_RE = _rx(
    r"\bthanks? (?:you )?(?:so much )?for (?:connecting|the connect(?:ion)?|accepting|the follow|following|adding me)\b",
    r"\b(?:glad|great|nice|happy|pleasure) (?:to be )?(?:connected|to connect)\b", r"\bthx for the follow\b",
    r"\bappreciate (?:the|you) (?:follow|connecting|connection)\b",
)
COMPLIMENT_RE = _rx(
    r"\bcame across your (?:profile|page|account)\b", r"\bimpressed (?:by|with) your (?:background|profile|experience|journey|work)\b",
    r"\byour (?:profile|background|experience) (?:really )?(?:stood out|caught my eye|is impressive)\b",
    r"\blove what you(?:'re| are) doing\b", r"\b(?:amazing|great|inspiring|impressive) (?:work|things|content|journey) you(?:'re| are)? ?(?:doing|sharing|do|share)?\b",
    r"\bsomeone with your (?:background|experience|expertise)\b", r"\bi(?:'ve| have) been following your (?:journey|content|work)\b",
    r"\b(?:leaders|people|professionals) like you\b",
)
NETWORK_GROWING_RE = _rx(
    r"\bgrowing my (?:network|circle)\b", r"\blike[- ]minded (?:professionals|people|individuals|founders|entrepreneurs)\b",
    r"\bexpand(?:ing)? my (?:network|connections)\b", r"\bbuild(?:ing)? (?:meaningful )?connections\b",
)
OFF_PLATFORM_RE = _rx(
    r"\b(?:connect|follow|join|find|add) (?:me |us )?(?:on|over on|in) (?:instagram|ig|tiktok|youtube|telegram|whatsapp|discord|facebook|threads|twitter|x|linkedin|substack|skool|slack)\b",
    r"\b(?:whatsapp|telegram|discord|skool|slack|facebook) (?:group|community|channel|server)\b",
    r"\b(?:wa\.me|t\.me|discord\.gg|chat\.whatsapp\.com)/", r"\bdm me on\b", r"\bmy (?:youtube|instagram|tiktok) channel\b",
)
FREE_RESOURCE_RE = _rx(
    r"\bfree (?:guide|ebook|e-book|pdf|template|checklist|playbook|toolkit|video|training|masterclass|resource|course|cheat ?sheet)\b",
    r"\bgrab (?:it|your copy|the guide) (?:here|below)\b", r"\bhere'?s a (?:free )?(?:gift|resource) for you\b",
)
PREFILLED_RE = re.compile(
    r"^\s*(?:congrats|congratulations) on (?:the |your )?(?:work anniversary|new (?:role|position|job)|your new role|starting a new position|\d+ years? at \w+)[.!]?\s*$"
    r"|^\s*happy (?:birthday|work anniversary)[!.]?\s*\S{0,4}\s*$"
    r"|^\s*(?:thanks for the (?:invite|connection)|i'd like to join your (?:linkedin )?network)[.!]?\s*$",
    re.I,
)
OUT_OF_OFFICE_RE = _rx(
    r"\bout of (?:the )?office\b", r"\bi am (?:currently )?(?:away|on leave|on vacation|travelling)\b[^.]{0,40}\b(?:return|back)\b",
    r"\bauto(?:matic|-)? ?reply\b", r"\bwith limited access to (?:email|messages)\b",
)
WELCOME_RE = _rx(
    r"\bwelcome to (?:the |our |my )?(?:community|club|family|list|newsletter|tribe)\b", r"\bthanks for (?:subscribing|signing up|joining)\b",
    r"\bwelcome aboard\b",
)
ISSUE_RE = _rx(
    r"\bissue\s?#?\d+\b", r"\b(?:newsletter|edition|digest|roundup|round-up)\b", r"\b(?:is|now) (?:out|live)\b",
    r"\bnew (?:episode|article|post|video|blog post) (?:is )?(?:out|up|live)?\b", r"\bthis week'?s (?:edition|issue|tips|roundup|insights)\b",
    r"\bin this (?:issue|edition|week'?s)\b",
)
EVENT_RE = _rx(
    r"\bwebinar\b", r"\bmaster ?class\b", r"\blive (?:session|workshop|training|stream|q&a)\b", r"\bsave your (?:seat|spot)\b",
    r"\bregister (?:here|now|today|for free)\b", r"\brsvp\b", r"\bspots? (?:are )?(?:limited|filling)\b", r"\bjoin (?:me|us) (?:live|this|next|on)\b[^.]{0,40}\b(?:session|workshop|event|webinar|stream)\b",
)
SALE_RE = _rx(
    r"\bflash sale\b", r"\blimited[- ]time\b", r"\bspecial (?:promotion|offer|deal|pricing) for (?:my|our) (?:network|connections|community|followers)\b",
    r"\bends (?:tonight|today|tomorrow|at midnight|soon)\b", r"\bblack friday\b|\bcyber monday\b", r"\bearly[- ]bird\b", r"\buse code\b",
    r"\blast chance\b", r"\bdoors (?:close|open)\b",
)
SUBSCRIBE_RE = _rx(
    r"\bsubscribe\b", r"\bunsubscribe\b", r"substack\.com", r"beehiiv\.com", r"\bread (?:the full|more|it) (?:issue|here|at|on)\b",
    r"\breply stop\b", r"\bjoin \d[\d,]*\+? (?:readers|subscribers|founders|marketers)\b",
)
BROADCAST_GREETING_RE = _rx(
    r"^\s*(?:hi|hey|hello|dear) (?:everyone|all|friends|folks|fam|network|connections|there)\b", r"\bdear (?:network|connections|friends)\b",
    r"\bto (?:all|everyone) (?:in|of) my (?:network|connections)\b",
)
SHARED_CONTEXT_RE = _rx(
    r"\b(?:great|good|nice|lovely) (?:seeing|meeting|talking to|chatting with|catching up with) you\b",
    r"\b(?:as|like) (?:we )?(?:discussed|promised|mentioned)\b", r"\b(?:our|the) (?:call|chat|meeting|coffee|lunch|talk) (?:last|yesterday|on|this)\b",
    r"\bthe (?:deck|doc|draft|notes|slides|file|proposal|link) you (?:sent|shared)\b", r"\byou (?:mentioned|said|asked)\b",
    r"\bat the (?:meetup|conference|event|offsite|workshop|dinner|party)\b", r"\bthanks for (?:yesterday|today|lunch|coffee|the intro|the introduction|your help|the advice|the feedback)\b",
    r"\b(?:last|this) (?:week|weekend|night|time) (?:when|at|you)\b", r"\bremember (?:when|that)\b",
)
INTRO_RE = _rx(
    r"\b(?:let me |i(?:'d| would) like to |wanted to |happy to )?introduce you to\b", r"\bmeet \w+\b[^.]{0,40}\b(?:she|he|they)(?:'s| is| are| was)\b",
    r"\b(?:cc'?ing|looping in|connecting you (?:two|both|with))\b", r"\bsuggested (?:i|that i) (?:reach out|contact you|get in touch)\b",
    r"\b\w+ (?:suggested|recommended) (?:i|that i) (?:talk|speak|reach out)\b",
)
LOGISTICS_RE = _rx(
    r"\b(?:see you|meet you|running|be there) (?:at|in|on|late|tomorrow|tonight|soon)\b", r"\b(?:tomorrow|tonight|today) at \d",
    r"\b(?:on my way|omw|running late|just landed|here now|i'm outside)\b", r"\b(?:address|parking|room|floor|entrance) (?:is|:)",
    r"\bstill on for\b", r"\bcan we (?:move|push|reschedule)\b",
)
QUESTION_TO_YOU_RE = _rx(
    r"\b(?:how|what|when|where|which|why|did|do|does|have|are|would|could|can|will|were) (?:you|u|ya)\b[^?\n]{0,120}\?",
    r"\b(?:your|ur) [^?\n]{1,80}\?",
    r"\bwhat do you think\b", r"\bany (?:advice|tips|thoughts|ideas)\b",
)
# Matched on the lowercased text (see lowered()).
FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|we|we're|our|ours|us)\b")
SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours|you're|you've|u|ur)\b")


def _selling(ctx: MessageContext) -> bool:
    return bool(_text_signal_ids(ctx.text) & _SELLING_IDS)


def _merge_field(ctx: MessageContext) -> str | None:
    m = MERGE_FIELD_RE.search(ctx.text)
    return f'leftover merge field "{m.group(0)}"' if m else None


def _prefilled(ctx: MessageContext) -> str | None:
    return "a one-click prefilled note, no words of their own" if PREFILLED_RE.search(ctx.text) else None


def _emoji_heavy(ctx: MessageContext) -> str | None:
    count = len(EMOJI_RE.findall(ctx.text))
    lines = [line for line in ctx.text.splitlines() if line.strip()]
    if count >= 4 or (count >= 2 and len(lines) >= 4):
        return f"announcement style: {count} emoji over {len(lines)} lines"
    return None


def _self_focused(ctx: MessageContext) -> str | None:
    low = lowered(ctx.text)
    first = len(FIRST_PERSON_RE.findall(low))
    if first < 6:  # most messages: no need to count the rest
        return None
    second = len(SECOND_PERSON_RE.findall(low))
    if first >= 3 * max(second, 1) and not QUESTION_TO_YOU_RE.search(low):
        return f'talks about themselves ({first}× "I/we/my") and asks nothing about you'
    return None


def _template_other_senders(ctx: MessageContext) -> str | None:
    n = ctx.template_other_senders
    if n >= 2:
        return f"same text as {n} other senders"
    return None


def _template_same_sender(ctx: MessageContext) -> str | None:
    n = ctx.template_same_sender
    if n >= 1:
        return f"this sender has sent the same text {n} time{'s' if n != 1 else ''} before"
    return None


def _soon_after_connect(ctx: MessageContext) -> str | None:
    minutes = ctx.minutes_since_relationship_began
    # Without a known connection time the first message trivially comes "right after" it: not informative.
    if minutes is None or not ctx.connection_known or ctx.owner_wrote_before or ctx.owner_started_thread:
        return None
    if minutes <= 60 * 24 * 3 and not ctx.earlier_labels:
        return f"first message {describe_duration(minutes)} after you connected"
    return None


def _pitch_soon_after_connect(ctx: MessageContext) -> str | None:
    minutes = ctx.minutes_since_relationship_began
    if minutes is None or ctx.owner_started_thread or ctx.answers_owner_question:
        return None
    if minutes <= 60 * 24 * 14 and _selling(ctx):
        if ctx.connection_known:
            return f"sales ask {describe_duration(minutes)} after you connected"
        if minutes < 1:
            return "a sales ask in the very first message they sent you"
        return f"sales ask {describe_duration(minutes)} after they first wrote to you"
    return None


def _nag_context(ctx: MessageContext) -> str | None:
    if ctx.unanswered_before >= 1 and not ctx.owner_started_thread and any(
        label in ("pitch", "auto_dm") for label in ctx.earlier_labels
    ):
        n = ctx.unanswered_before
        return f"message {n + 1} in a row with no reply from you"
    return None


def _owner_started(ctx: MessageContext) -> str | None:
    return "you started this conversation" if ctx.owner_started_thread else None


def _answers_question(ctx: MessageContext) -> str | None:
    return "answers a question you asked" if ctx.answers_owner_question else None


def _ongoing_exchange(ctx: MessageContext) -> str | None:
    if ctx.owner_wrote_before and not ctx.owner_started_thread and not ctx.answers_owner_question:
        return "you have written to them before"
    return None


def _short_chat(ctx: MessageContext) -> str | None:
    text = ctx.text.strip()
    if len(text) > 80 or URL_RE.search(text) or "\n" in text:
        return None
    # Short but formulaic ("Thanks for connecting!") is not chat.
    if not _text_signal_ids(ctx.text) & _TEXT_NOISE_SIGNALS:
        return "short conversational message"
    return None


def _ctx(text: str = "Hi", **kw) -> MessageContext:  # noqa: ANN003
    return MessageContext(text=text, **kw)


from datetime import datetime, timedelta, timezone  # noqa: E402  (examples only)

_T0 = datetime(2026, 11, 5, 16, 20, tzinfo=timezone.utc)

SIGNALS: tuple[Signal, ...] = (
    # --- pitch ---
    Signal("MEETING_ASK", "pitch", "asks for a call, demo or meeting", TextRule(MEETING_ASK_RE, "asks for a meeting"),
           ("Would you be open to a quick call next week?", "Can we hop on a 15-min call?", "Worth a chat?", "Let me know if you're free for a quick demo this week"),
           ("Thanks for the call yesterday, the notes are attached.", "I called the venue, all good."), selling=True),
    Signal("CALENDAR_LINK", "pitch", "includes a scheduling link", TextRule(CALENDAR_RE, "scheduling link"),
           ("Grab a slot here: https://calendly.com/dana-growth/15min", "book via cal.com/marco/intro"),
           ("Here's the calendar invite for our standup", "See you Thursday!"), selling=True),
    Signal("PRICE_OR_DISCOUNT", "pitch", "mentions a price or a discount", TextRule(PRICE_RE, "price"),
           ("Packages start at $499/month", "I can give you 30% off this week", "only $97 for the full course"),
           ("We raised our seed round last year", "The meetup is at 7pm"), selling=True),
    Signal("RESULTS_CLAIM", "pitch", "claims results (3x, helped 200+ companies)", TextRule(RESULTS_CLAIM_RE, "results claim"),
           ("We helped 200+ SaaS companies 3x their demos", "I can double your pipeline in 60 days, guaranteed"),
           ("We shipped 3 features this sprint", "Our team grew to 12 people"), selling=True),
    Signal("RIGHT_PERSON", "pitch", 'asks "are you the right person"', TextRule(RIGHT_PERSON_RE, "fishing for a buyer"),
           ("Are you the right person to talk to about your hiring?", "quick q: who handles marketing at your company?"),
           ("You were right about the venue", "Who was the speaker at the meetup?"), selling=True),
    Signal("SERVICE_OFFER", "pitch", "offers their product or service", TextRule(SERVICE_OFFER_RE, "offers a service"),
           ("We help B2B founders book more meetings", "Our agency builds Webflow sites in 2 weeks", "my coaching program is made for this"),
           ("I helped my sister move this weekend", "Our team offsite was great"), selling=True),
    Signal("FREE_SAMPLE", "pitch", 'offers a "free" audit, mockup or session that leads to a sale', TextRule(FREE_SAMPLE_RE, "free hook"),
           ("Happy to do a free audit of your landing page", "Can I send you a free mockup?", "book a free strategy session"),
           ("Feel free to send me the draft", "Is the venue free on Friday?"), selling=True),
    Signal("FOLLOW_UP_NAG", "pitch", "chases an unanswered earlier message", TextRule(NAG_RE, "chase-up"),
           ("Bumping this to the top of your inbox", "Just following up on my last message", "Did you get a chance to look?"),
           ("Following the talk, I read your paper", "I'll check in with Sam tomorrow"), pattern="follow_up_nag"),
    Signal("UNANSWERED_STREAK", "pitch", "another message after earlier unanswered noise", _nag_context,
           (_ctx("Hi again", unanswered_before=2, earlier_labels=("auto_dm", "pitch")),),
           (_ctx("Hi again", unanswered_before=0, earlier_labels=("pitch",)), _ctx("Hi again", unanswered_before=1, earlier_labels=("genuine",))),
           pattern="follow_up_nag"),
    Signal("PITCH_SOON_AFTER_CONNECT", "pitch", "a sales ask soon after the connection began", _pitch_soon_after_connect,
           (_ctx("Open to a quick call this week?", sent_at=_T0 + timedelta(minutes=4), relationship_began_at=_T0, connection_known=True),),
           (_ctx("Open to a quick call this week?", sent_at=_T0 + timedelta(days=40), relationship_began_at=_T0, connection_known=True),
            _ctx("Thanks for connecting!", sent_at=_T0 + timedelta(minutes=4), relationship_began_at=_T0, connection_known=True))),
    # --- auto_dm ---
    Signal("THANKS_FOR_CONNECTING", "auto_dm", "thank-you-for-connecting/following note", TextRule(THANKS_CONNECT_RE, "connection thank-you"),
           ("Thanks for connecting, Jordan!", "thank you for the follow 🙏", "Great to connect!"),
           ("Thanks for the intro to Priya", "Thanks for your help yesterday")),
    Signal("GENERIC_COMPLIMENT", "auto_dm", "a compliment that could have gone to anyone", TextRule(COMPLIMENT_RE, "generic compliment"),
           ("I came across your profile and was impressed by your background", "Love what you're doing!", "Someone with your background would be perfect"),
           ("Loved your talk on design tokens at Config, especially the migration part", "Your deck for the board was great"),
           pattern="faux_personal"),
    Signal("MERGE_FIELD", "auto_dm", "template merge-field left in the text", _merge_field,
           ("Hi {first_name}, loved your post", "Congrats on growing {{company}}!", "Hello [Name],"),
           ("I'll send the {design} doc (kidding)", "Hi Jordan!")),
    Signal("NETWORK_GROWING", "auto_dm", '"growing my network with like-minded professionals"', TextRule(NETWORK_GROWING_RE, "network-growing line"),
           ("I'm growing my network with like-minded professionals", "always keen on building meaningful connections"),
           ("My network switch died again", "I'm growing tomatoes this year")),
    Signal("OFF_PLATFORM", "auto_dm", "asks you to move to another platform or group", TextRule(OFF_PLATFORM_RE, "off-platform redirect"),
           ("Let's also connect on Instagram!", "Join my WhatsApp group for founders", "follow me on youtube"),
           ("I posted it on LinkedIn yesterday, what did you think?", "We met on the train")),
    Signal("FREE_RESOURCE", "auto_dm", "drops a free guide or video", TextRule(FREE_RESOURCE_RE, "free resource link-drop"),
           ("Here's my free guide to LinkedIn growth", "grab your copy here 👉", "free training on cold email"),
           ("Here's the guide you asked for (our onboarding doc)", "Are you free tomorrow?")),
    Signal("PREFILLED_NOTE", "auto_dm", "LinkedIn's one-click prefilled note", _prefilled,
           ("Congrats on the work anniversary!", "Happy birthday!", "Congrats on the new role!"),
           ("Congrats on the new role! The Figma plugin you shipped last spring was brilliant, well deserved.", "Happy to help")),
    Signal("OUT_OF_OFFICE", "auto_dm", "out-of-office auto-reply", TextRule(OUT_OF_OFFICE_RE, "auto-reply"),
           ("I am currently out of the office with limited access to email", "Automatic reply: I'm away until Monday"),
           ("I was out sick, sorry for the delay", "The office party is on Friday")),
    Signal("WELCOME_MESSAGE", "auto_dm", "welcome message from an account", TextRule(WELCOME_RE, "welcome message"),
           ("Welcome to the community! 🎉", "Thanks for subscribing, here's what to expect"),
           ("You're welcome!", "Welcome back from your trip, how was Lisbon?")),
    Signal("TEMPLATE_SEEN", "auto_dm", "the same text arrived from several senders", _template_other_senders,
           (_ctx("Hi", template_other_senders=11),), (_ctx("Hi", template_other_senders=1), _ctx("Hi")), pattern="templated"),
    Signal("TEMPLATE_REPEATED", "auto_dm", "this sender repeats the same text", _template_same_sender,
           (_ctx("Hi", template_same_sender=2),), (_ctx("Hi"),), pattern="templated"),
    Signal("SOON_AFTER_CONNECT", "auto_dm", "first message right after the connection began", _soon_after_connect,
           (_ctx("Hi!", sent_at=_T0 + timedelta(minutes=2), relationship_began_at=_T0, connection_known=True),),
           (_ctx("Hi!", sent_at=_T0 + timedelta(days=30), relationship_began_at=_T0, connection_known=True),
            _ctx("Hi!", sent_at=_T0 + timedelta(minutes=2), relationship_began_at=_T0, owner_wrote_before=True))),
    Signal("SELF_FOCUSED", "auto_dm", '"Me! Me! Me!": all about the sender, nothing asked about you', _self_focused,
           ("I'm a serial entrepreneur. I built my agency from zero. I love helping my clients, and my team and I just launched our new podcast where I share my story.",),
           ("I moved to Berlin and I started at a new job. How are you? Did you finish your thesis?", "Thanks!"), pattern="self_focused"),
    # --- newsletter ---
    Signal("ISSUE_ANNOUNCEMENT", "newsletter", "newsletter issue / new content announcement", TextRule(ISSUE_RE, "content announcement"),
           ("Issue #42 is out!", "This week's edition: 5 tools for founders", "My new episode is live"),
           ("I have an issue with the invoice", "Are you out today?")),
    Signal("EVENT_INVITE", "newsletter", "webinar, masterclass or live-session invitation", TextRule(EVENT_RE, "event invitation"),
           ("Join my free webinar on Thursday", "Save your seat for the masterclass", "Register here: https://events.example.com"),
           ("See you at the conference dinner", "The workshop you ran for us was great")),
    Signal("SALE_ANNOUNCEMENT", "newsletter", "flash sale or special promotion for the network", TextRule(SALE_RE, "promotion"),
           ("Flash sale: 48 hours only", "A special promotion for my network", "Early-bird pricing ends tonight"),
           ("Our sale of the company closed", "Last week was fun")),
    Signal("SUBSCRIBE_LINK", "newsletter", "subscribe/unsubscribe or newsletter-platform link", TextRule(SUBSCRIBE_RE, "subscription link"),
           ("Subscribe here to get it weekly", "Reply STOP to unsubscribe", "read the full issue at dana.substack.com"),
           ("I'll describe it tomorrow", "Here's the doc")),
    Signal("EMOJI_ANNOUNCEMENT", "newsletter", "emoji-heavy announcement style", _emoji_heavy,
           ("🚀 Big news! 🔥 Our new course is live 🎉 Don't miss it 👇",),
           ("haha 😂 see you tomorrow", "Thanks!")),
    Signal("BROADCAST_GREETING", "newsletter", "addressed to everyone, not to you", TextRule(BROADCAST_GREETING_RE, "broadcast greeting"),
           ("Hi everyone! Quick update from me", "Dear network, I'm excited to share"),
           ("Hi Jordan, quick question", "Hey! how's it going")),
    # --- genuine ---
    Signal("OWNER_STARTED_THREAD", "genuine", "the owner started this conversation", _owner_started,
           (_ctx("Sure, here you go", owner_started_thread=True),), (_ctx("Sure, here you go"),)),
    Signal("ANSWERS_OWNER_QUESTION", "genuine", "answers a question the owner asked", _answers_question,
           (_ctx("It's $40/month for teams", answers_owner_question=True),), (_ctx("It's $40/month for teams"),)),
    Signal("ONGOING_EXCHANGE", "genuine", "the owner has written to this person before", _ongoing_exchange,
           (_ctx("sounds good", owner_wrote_before=True),), (_ctx("sounds good"),)),
    Signal("SHARED_CONTEXT", "genuine", "refers to something the two of you share", TextRule(SHARED_CONTEXT_RE, "shared context"),
           ("Great seeing you at the meetup!", "the deck you sent is super clear", "As we discussed, I'll send the contract"),
           ("I came across your profile", "Thanks for connecting!")),
    Signal("INTRODUCTION", "genuine", "an introduction with context", TextRule(INTRO_RE, "introduction"),
           ("I'd like to introduce you to Priya, she runs design at Fernhill", "Marco suggested I reach out about the mentoring program"),
           ("Let me introduce myself: I run an agency", "Hi, I'm Dana")),
    Signal("LOGISTICS", "genuine", "practical arrangements (times, places)", TextRule(LOGISTICS_RE, "logistics"),
           ("running late, be there in 10", "still on for tomorrow at 3?", "see you at the café"),
           ("Book a call with me", "Join my webinar")),
    Signal("ASKS_ABOUT_YOU", "genuine", "asks a question about the owner or their work", TextRule(QUESTION_TO_YOU_RE, "asks you something"),
           ("How did your launch go?", "what do you think of the new onboarding flow?", "did you end up taking the Berlin job?"),
           ("I launched my course.", "Book a slot.")),
    Signal("SHORT_CHAT", "genuine", "a short conversational message", _short_chat,
           ("lol yes", "see you at 3", "thanks, that helps a lot!"),
           ("Grab a slot here: https://calendly.com/x", "We help founders 3x revenue, open to a chat?")),
)

# Signals that read the conversation, not just the text (evaluated per message, never cached).
CONTEXT_SIGNAL_IDS = frozenset({
    "UNANSWERED_STREAK", "PITCH_SOON_AFTER_CONNECT", "TEMPLATE_SEEN", "TEMPLATE_REPEATED", "SOON_AFTER_CONNECT",
    "OWNER_STARTED_THREAD", "ANSWERS_OWNER_QUESTION", "ONGOING_EXCHANGE",
})
# Text signals whose outcome the others build on (SHORT_CHAT itself depends on them).
_PRIMARY_TEXT_SIGNALS = tuple(s for s in SIGNALS if s.id not in CONTEXT_SIGNAL_IDS and s.id != "SHORT_CHAT")
_PRIMARY_IDS = frozenset(s.id for s in _PRIMARY_TEXT_SIGNALS)
_TEXT_NOISE_SIGNALS = frozenset(s.id for s in _PRIMARY_TEXT_SIGNALS if s.label != "genuine")
_SELLING_IDS = frozenset(s.id for s in SIGNALS if s.selling)


# Each signal's position in the catalogue (the order verdicts list them in).
SIGNAL_POSITION = {s.id: i for i, s in enumerate(SIGNALS)}

_REGEX_SIGNALS = tuple(s for s in _PRIMARY_TEXT_SIGNALS if isinstance(s.detect, TextRule))
_PREFILTER = RegexPrefilter([s.detect.regex for s in _REGEX_SIGNALS])
# Each primary signal with its position among the prefiltered regexes (None: not a regex rule, always runs).
_REGEX_SLOT = {s.id: slot for slot, s in enumerate(_REGEX_SIGNALS)}
_PREFILTER_SLOT = tuple((s, _REGEX_SLOT.get(s.id)) for s in _PRIMARY_TEXT_SIGNALS)


@dataclass(frozen=True)
class FiredSignal:
    signal: Signal
    detail: str


@dataclass(frozen=True)
class _TextSignals:
    """The primary text signals that fire on one text, each with its position in SIGNALS."""

    fired: tuple[tuple[int, FiredSignal], ...]
    ids: frozenset[str]


# The rest (the conversation's signals and SHORT_CHAT), evaluated per message, with their positions.
_PER_MESSAGE_SIGNALS = tuple((i, s) for i, s in enumerate(SIGNALS) if s.id not in _PRIMARY_IDS)


@lru_cache(maxsize=4096)
def _text_signals(text: str) -> _TextSignals:
    """Text-only signals depend on the text alone: computed once per text (batches judge and re-judge texts).
    Only the regexes the prefilter reports as possible matches are run."""
    ctx = MessageContext(text=text)
    possible = _PREFILTER.candidates(lowered(text))
    fired = tuple(
        (SIGNAL_POSITION[s.id], FiredSignal(s, d)) for s, slot in _PREFILTER_SLOT
        if (slot is None or possible is None or slot in possible) and (d := s.detect(ctx))
    )
    return _TextSignals(fired, frozenset(f.signal.id for _, f in fired))


def _text_signal_ids(text: str) -> frozenset[str]:
    return _text_signals(text).ids


def fire_all(ctx: MessageContext) -> list[FiredSignal]:
    """Every signal that fires on this message, in catalogue order."""
    fired = list(_text_signals(ctx.text).fired)
    for position, signal in _PER_MESSAGE_SIGNALS:
        if detail := signal.detect(ctx):
            fired.append((position, FiredSignal(signal, detail)))
    fired.sort(key=itemgetter(0))
    return [f for _, f in fired]
