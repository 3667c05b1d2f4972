"""Hard cases: genuine messages that look like noise (lookalikes, plain congrats, formal requests, short fragments) and their noisy counterparts."""

# Invented context used across these texts (all fictional):
# - Fieldnote Studio: Jordan's 6-person design studio in Lisbon (Rua dos Anjos). Team mentioned by first name:
#   Inês (studio manager / Jordan's assistant), Tiago, Marta, Rui, Bea.
# - Plotline: Jordan's roadmap tool, public beta since October 2026, paid plans "Solo" and "Team".
# - Kestrel Health: Jordan is fractional Head of Design there (patient intake, medication flows, triage screens).
# - Traço Aberto: the design non-profit whose board Jordan sits on (design workshops in public schools).
# - Talks / posts: "Roadmaps without dates" (Interface Lisboa), "The six-person studio" (blog),
#   "Kill a third of the roadmap" (blog), "Designing for the 3am nurse" (Frontline UX, Berlin).
# Placeholders only: <<first>> <<full>> <<company>> <<site>> <<cal>> <<handle>>.


def T(family, steps, p="any", conn="none", channel=None, history="complete", sender="person", hl=None, copies=1):
    return dict(family=family, p=p, conn=conn, channel=channel, history=history, sender=sender, hl=hl,
                copies=copies, steps=steps)


THREADS = []

# ---------------------------------------------------------------------------------------------------------------
# g_lookalike: genuine messages carrying noise vocabulary (call, review, salary, quote, prices, calendar link,
# invitation, newsletter, podcast, "thanks for connecting", discount code, partnership, money amounts).
# ---------------------------------------------------------------------------------------------------------------
F = "g_lookalike"
THREADS += [
    T(F, conn="old", steps=[
        ("g", "0", "call me when you're free?? not bad news, just easier than typing. before 8 if poss"),
        ("g", "40m", "it's about the flat in Graça btw. the owner wants an answer by tomorrow and I need your "
                     "opinion on the lease before I sign anything"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Jordan, can you take a look at PR #412 in plotline-web before you log off? It's the swimlane "
                   "drag-handle fix — Safari was eating the hover state. I bumped the focus ring to 2px to match "
                   "your tokens file and I'd like your ok on that before I merge.\n"
                   "https://git.plotline.example.com/web/pull/412"),
    ]),
    T(F, p="li", conn="none", channel="inmail", hl="Partner at Meridian Search", steps=[
        ("g", "0", "Mr. Reyes — I'll be direct because I know what your inbox looks like.\n\n"
                   "I'm retained by Halden Bank in Porto to hire their first VP of Design. 11 designers today, a "
                   "plan for 25 by the end of next year, reporting to the CPO. Base €140–155k, a bonus of up to 20%, "
                   "two days a week in the office.\n\n"
                   "Why you specifically: your write-up of the Kestrel intake redesign is almost exactly the "
                   "problem their mortgage app has — a long regulated form people abandon halfway through. Their "
                   "CPO read it and asked me to reach out to you, not to 'people like you'.\n\n"
                   "I know you run Fieldnote, so 'I'm not leaving my studio' is a perfectly good answer. If you'd "
                   "consider it at all, I can send the brief and the org chart.\n\n<<full>>\nMeridian Search"),
    ]),
    T(F, p="li", conn="old", hl="Marketing Director at Vinha Nova", steps=[
        ("g", "0", "Hello Jordan! The team loved the moodboards, especially the one with the cork textures. Could "
                   "you send a proper quote for phase 2? What we'd need:\n"
                   "- logo refresh (not a full rebrand)\n"
                   "- 3 social templates\n"
                   "- one landing page in Webflow\n"
                   "Our budget is around €25k and we want to launch before the March trade fair. If that's "
                   "unrealistic just tell us what to cut, we'd rather know now."),
    ]),
    T(F, p="li", conn="recent", hl="Customer Success at Tallyform", steps=[
        ("me", "0", "Hi — quick question before we commit: do you have a nonprofit rate for the Team plan? It'd be "
                    "for Traço Aberto, a design charity, 12 seats."),
        ("g", "3h", "Hi Jordan, thanks for asking. Yes: registered nonprofits get 40% off list, so 12 seats on Team "
                    "come to €86/month billed annually (€1,032 a year). All I need is a copy of the registration "
                    "certificate.\n\nIf you'd like to see the admin settings before deciding, pick any slot here: "
                    "<<cal>> — otherwise just reply with the certificate and I'll switch the account myself.\n\n"
                    "<<first>>"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "JORD. we're doing it. 12 june, sintra, tiny thing, 40 people max"),
        ("g", "1m", "you HAVE to come. marta says if you don't show she's calling it off (she's joking) (mostly)"),
        ("g", "2m", "proper invite goes out by post in january but save the date!! and tell me if you're bringing sam"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Dear Jordan, I'm defending my master's thesis (onboarding flows in public health apps) on "
                   "15 December at 14:00, ESD Tejo, room 2.14. You were one of my interviewees and chapter 4 leans "
                   "heavily on what you told me about the Kestrel intake form, so it would mean a lot if you could "
                   "be there. Totally fine if you can't — I know it's a weekday afternoon."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Doing a small dinner at my place on the 22nd, 8 design leads, no agenda, no slides. I really "
                   "want you there because you're the only one I know who has run a studio AND an in-house team at "
                   "the same time, and half the table is about to make that jump. Veggie lasagne. Can you make it?"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "ok so I finally sent the first issue of the newsletter 😬 notesfromthebench.example.com/1"),
        ("g", "2m", "be honest. is the intro too long? is the title stupid? you're the only person who will tell me "
                    "straight and I'd rather hear it from you than from 3 unsubscribes"),
    ]),
    T(F, p="any", conn="old", steps=[
        ("g", "0", "episode 3 of the podcast is up — the one where I talk about leaving agency life and you get a "
                   "mention (nice one, promise). could you listen to the first 10 min and tell me if the audio is "
                   "bearable? recorded it in my wardrobe between the coats"),
    ]),
    T(F, p="li", conn="recent", hl="Product Manager at Lumo", steps=[
        ("g", "0", "Thanks for connecting! One question from your Interface Lisboa talk that's been bugging me: when "
                   "you said you kill a third of the roadmap every quarter, is that a third of the items or a third "
                   "of the estimated effort? My team read it both ways and we're arguing about it."),
    ]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "hey, didn't you say you had a code for the UX Lisbon workshop? Tiago and Bea want to go"),
        ("g", "35m", "yes! FIELDNOTE20 = 20% off, valid till friday. tell them to grab seats fast, the room only "
                     "fits 30"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Jordan — following up on what we talked about at Ana's birthday: the joint offer where my team "
                   "does the research and Fieldnote does the design. I wrote a one-pager with the scope and a rough "
                   "60/40 split. Could we meet next week to go through the pricing before I show it to anyone? "
                   "Coffee near your studio is fine."),
        ("g", "5m", "- joint_offer_draft_v1.pdf"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "lost $10,000 on that stock you said was a 'sure thing' at christmas lol. drinks are on you "
                   "forever now"),
    ]),
    T(F, p="li", conn="old", hl="COO at Kestrel Health", steps=[
        ("g", "0", "Quick one before the steering meeting: the budget for patient portal phase 2 is €40k, and that "
                   "has to include the usability testing. Can you make it work, or do we cut scope? If we cut, "
                   "I'd rather lose the dark mode than the caregiver accounts."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "you owe me €35 for the concert tickets btw 🙃 transfer whenever"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "FREE TONIGHT? Inês bailed and I have a spare ticket to the derby. kick-off 20:45, "
                   "meet at the metro"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "I'm hosting a webinar for the Porto design guild on 10 December about design ops in small "
                   "teams. Would you be one of the two panelists? 45 minutes, online, I'll send the questions in "
                   "advance. I asked you first because of your six-person studio post — half my notes are quotes "
                   "from it."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "only 12 seats at my lettering workshop on saturday and I saved one for you. no charge obviously, "
                   "you lent me the studio for the test run. want it?"),
    ]),
    T(F, p="li", conn="old", hl="Partner at Ostra Ventures", steps=[
        ("g", "0", "Saw the Plotline metrics update. Can we jump on a call Thursday? I want to understand the churn "
                   "bump in October before our partner meeting — is it the price change or the onboarding "
                   "rewrite? 20 minutes is enough."),
    ]),
    T(F, p="li", conn="none", hl="Head of PMO at Arcada Seguros", steps=[
        ("g", "0", "Hello, your CSV export is dropping our custom fields (Owner, Risk). We're on the Team plan. Is "
                   "there a workaround? Board meeting tomorrow at 9 and I need the roadmap in Excel."),
        ("g", "20m", "Update: the JSON export has them, so worst case I'll convert. But would be good to know if "
                     "it's a bug."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Can you review the draft Traço Aberto budget before Tuesday? Line 14 (events) went up 30% and I "
                   "honestly don't understand why. You were on the events subcommittee so you probably know."),
    ]),
    T(F, p="x", conn="recent", steps=[
        ("g", "0", "read your post on design crits and subscribed to the blog. one question though: how do you run "
                   "crits when half the team is remote? we tried it on zoom and it was silence then chaos"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[
        ("g", "0", "Jordan, please click the link in my email to accept the Kestrel calendar invite for Thursday, "
                   "otherwise the room gets released at noon and we're back in the tiny one"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "About the Kestrel renewal: they offered €9,500/month for three days a week. I think you should "
                   "ask for €11k. You've shipped two things they'd have paid an agency triple for. Happy to role-play "
                   "the conversation with you if that helps."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "our landlord just made us a 'special offer': 12% rent increase or we're out by September. "
                   "thought of you because you were looking at bigger space for Fieldnote — want to split a floor? "
                   "call me"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "mum's birthday present: I paid €120, your half is €60"),
        ("g", "1m", "also CALL HER. she's been asking whether you're eating properly"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Hi! I'm the third-year student from ESD Tejo — you gave a crit at our end-of-year show and said my "
                   "wayfinding project needed 'fewer arrows, more decisions'. I redid the whole thing. Could I send "
                   "you the new version? I just want to know if I understood what you meant."),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "I was charged €240 for the Plotline annual plan on 2 November, but I cancelled in October "
                   "(I have the confirmation email, ref PL-88213). Could you refund it please? Nothing against the "
                   "product, our team just got merged into another department."),
    ]),
    T(F, p="x", conn="recent", steps=[
        ("g", "0", "loved the talk!! the slides link on your last slide is broken though (404). could you "
                   "re-share? I want to show the 'roadmap graveyard' one to my boss"),
    ]),
    T(F, p="li", conn="old", hl="Accountant at Couto & Lima", steps=[
        ("g", "0", "Jordan, please book a slot with me before 15 December so we can close Fieldnote's year: "
                   "<<cal>>. Bring the Q4 receipts (the Berlin trip especially) and the Kestrel invoices. If none of "
                   "the times work, tell me and I'll open an evening."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Demo day is Friday. Can you present the new triage screens? 10-minute slot at 11:20, right "
                   "after engineering. Dr. Lopes asked for you by name."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Heads up: I gave your name to Tomás at Ribeira Foods. They need their packaging system redone "
                   "across 40 SKUs, budget is roughly €60k, start in February. He'll message you this week — hope "
                   "that's ok! I told him you're picky about timelines, which he liked."),
    ]),
    T(F, p="li", conn="old", hl="Talent Acquisition at Kestrel Health", steps=[
        ("g", "0", "Two candidates for the senior product designer role passed screening: Leila (asking €62k, "
                   "currently at a bank) and Bruno (€58k, agency background). Which one do you want to see first? "
                   "I can do Tuesday or Wednesday afternoon for either."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "how do I unsubscribe from your dad jokes"),
        ("g", "1m", "asking for the whole studio"),
    ]),
    T(F, p="li", conn="recent", hl="Print shop owner at Tinta Viva", steps=[
        ("me", "0", "Hi! Can you riso-print 200 zines, A5, 16 pages, two colours, by 10 December?"),
        ("g", "2h", "Hi Jordan, yes we can. 200 × A5, 16 pp, two colours (we'd suggest blue + fluo pink, they "
                    "register well together): €430 + VAT. If you send files by 27 November you get a proof on the "
                    "1st. Come by the shop any afternoon if you want to see paper samples first."),
    ]),
    T(F, p="li", conn="none", hl="Organiser at Braga Design Nights", steps=[
        ("g", "0", "Hi Jordan, we run a 30-person design meetup in Braga. Would you give a 20-minute talk on how "
                   "Plotline decides what not to build, on 21 January? We can cover the train and dinner but "
                   "can't pay a fee, sorry — we're three volunteers and a projector."),
    ]),
    T(F, p="any", conn="none", steps=[
        ("g", "0", "Hey Jordan, I host a small podcast about studio economics (about 900 listeners, so no "
                   "illusions). Your post on why Fieldnote stays at six people is the best thing I've read on the "
                   "topic this year. Would you come on and argue with me about it for 40 minutes? Recording "
                   "remotely, any week in January."),
    ]),
    T(F, p="li", conn="none", hl="Reporter at Folha de Lisboa", steps=[
        ("g", "0", "Good afternoon, I'm writing a piece on Lisbon design studios trying the four-day week. Your "
                   "post from March came up several times. Would you have 15 minutes by phone this week? "
                   "Deadline is Friday noon."),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Hi Jordan, I applied for the junior designer role at Fieldnote last week. Just wanted to say "
                   "the case-study task was actually fun, and to ask whether the Figma file came through ok — I "
                   "shared it with 'view' access and I'm not sure that's enough for you to see the components."),
    ]),
    T(F, p="x", conn="none", steps=[
        ("g", "0", "your app just deleted my entire Q1 roadmap. I PAY €29 A MONTH FOR THIS. fix it"),
        ("g", "4m", "ok it came back after a refresh. still. that was 4 minutes of pure terror"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "WE WON 🏆 the Lince Design Award for the Kestrel app!!! ceremony is 9 December and they want two "
                   "people on stage. you + me? I refuse to go up alone"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "I'm putting €5k into my cousin's bakery. tell me I'm not crazy. or tell me I am, but nicely"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "the bike is yours for €250 if you still want it, the guy from the marketplace flaked. helmet included"),
    ]),
    T(F, p="any", conn="old", steps=[
        ("g", "0", "exclusive invite to my sad 40th birthday: beers on the rooftop at Calçada 12, Saturday from 7pm. bring "
                   "nothing but yourself. and maybe sam"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Need you to act on the accessibility audit today — legal wants your sign-off on the contrast "
                   "exceptions by 5pm or the release slips a week. It's the 3 items highlighted in yellow."),
        ("g", "2m", "- a11y_audit_kestrel_v4.xlsx"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "our Probelab free trial ends tomorrow. keep it (€99/mo) or cancel? I used it for the Plotline "
                   "onboarding tests and it saved me a week, but we won't need it again till March"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "let's connect properly when you're back from Berlin. I have thoughts on the seed round and "
                   "none of them fit in a DM"),
    ]),
    T(F, p="li", conn="recent", hl="Events at Frontline UX", steps=[
        ("me", "0", "Hello, what would a small booth for Plotline cost at Frontline UX next spring?"),
        ("g", "1d", "Hi Jordan! Three options for spring:\n- Table (1.5 m, 2 passes): €1,200\n- Booth S (3×2 m, "
                    "4 passes): €3,400\n- Booth M: €6,000\nFor start-ups under 2 years old we knock 30% off the "
                    "table and S. Speakers from previous editions also keep their free pass, so you'd only need one "
                    "extra. Floor plan attached.\n- frontline_floorplan_2027.pdf"),
    ]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "are you free for a 3-week illustration job in January? budget around €4k"),
        ("g", "50m", "yes!! free from jan 5. €4k works for up to 12 spot illustrations, more than that we talk. "
                     "here's my cal if you want to go through the brief: <<cal>>"),
    ]),
    T(F, p="li", conn="recent", hl="Design Lead at Corvo Energy", steps=[
        ("g", "0", "Thanks for the beta invite! Two weeks in, some honest notes:\n"
                   "1. The dependency arrows are the best thing in the product\n"
                   "2. 'Archive' vs 'Kill' is confusing, people on my team think they do the same\n"
                   "3. I'd pay for Team if I could add read-only guests for free\n"
                   "Happy to do a proper session if useful."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "tio jordan can you subscribe to my youtube channel pleaseeee 🙏 I need 100 subs for my school "
                   "project and I have 61. its about lego stop motion. mum said I can ask you"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "We're hiring a design lead at Alto, €90–100k. Honestly I'd rather have you than anyone, but I "
                   "know Fieldnote isn't going anywhere. Do you know someone with your kind of patience for "
                   "regulated products? I'd take a 'no idea' too."),
    ]),
    T(F, p="li", conn="recent", hl="Producer at Interface Lisboa", steps=[
        ("g", "0", "Thank you again for the talk — the feedback scores were the highest of the day. Could you send "
                   "the invoice for the speaker fee (€800) to finance@interface.example.com by the 30th so it goes "
                   "into this month's payment run? Please quote PO 2026-114."),
    ]),
    T(F, p="li", conn="recent", hl="Speaker Relations at Frontline UX", steps=[
        ("me", "0", "Is there a discount for a companion ticket? My partner would like to come to the evening "
                    "programme."),
        ("g", "4h", "Of course — use SPEAKERPLUS1 at checkout, it gives the companion pass for €45 instead of "
                    "€190. It covers the evening programme and the party, not the workshops."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "The Lisbon Tech Week speaker hotel rate (€189/night) expires tonight. Do you want me to book it or "
                   "are you staying at home and cycling in like last year?"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Reminder that you're doing the design segment of the Kestrel all-hands tomorrow, 15 min. Could "
                   "you send me the slides by 10 so I can load them on the room laptop? Last time the HDMI "
                   "adapter ate 5 of your minutes."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "I built a thing!! tiny app for tracking when to water your plants 🌱"),
        ("g", "1m", "made you a free lifetime account (user jordan, password in signal). would love 10 min of "
                    "brutal feedback on the onboarding, you know I can take it"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Would you be a reference for me? I'm applying for Head of Research at Lumo and they'll probably "
                   "call next week. You're allowed to mention the telecom workshop disaster, I've made peace with "
                   "it 😅"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "need your brain for 2 min: we're torn between €12 and €19 per seat. you went through exactly "
                   "this with Plotline. what would you do and what do you regret"),
    ]),
    T(F, p="li", conn="old", hl="Research Director at Campo Research", steps=[
        ("g", "0", "As promised after Tuesday's call, here's our proposal for the Plotline user research: 12 "
                   "interviews over 2 weeks, synthesis workshop with your team, €14,800 all in. The only change "
                   "from what we discussed is recruitment — we'd use your customer list rather than a panel, "
                   "which saves about €2k and gets you real users.\n- Plotline_research_proposal_v2.pdf"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "hey man, awkward one, but could you send back the €400 from the Madeira trip? rent hit harder "
                   "than expected this month. no rush if it's tight for you too"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Thank you for the offer, I'm genuinely excited! One thing before I sign: the base is €48k and I "
                   "was hoping for €52k, given I'd be leading the Kestrel account from day one. Is there any room? "
                   "If not I'd still like to talk about a review at six months."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "the board game crowdfunding went live this morning!!! NOT asking you to back it. but can you look "
                   "at the box art on your phone and tell me if the title reads at thumbnail size? you have the eye "
                   "and I've stared at it too long"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Got us two tickets to Design Matters, €180 each, the studio pays. Are you coming Thursday AND "
                   "Friday or just Thursday? Need to put names on them by tonight."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "uncle rui wants to know if you can design the menu for the restaurant. he insists on paying, "
                   "says €500. I told him you're expensive lol. can you call him? he doesn't do messages"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Jordan, meet Priya — she runs product at Tessel and has been hunting for exactly the kind of "
                   "dependency mapping Plotline does (she described the problem to me last week and I thought of "
                   "you within 10 seconds). Priya, Jordan is the founder. I'll let you two take it from here."),
    ]),
    T(F, p="li", conn="recent", hl="Digital Services at Lisbon City Council", steps=[
        ("g", "0", "Thanks for accepting! We met at the Kestrel offsite — I'm the one who spilled coffee on your "
                   "notebook. I've since moved to the city council's digital team and we're rethinking the "
                   "building-permit application. Could I buy you a coffee and ask three questions about how you "
                   "ran the Kestrel intake research? Any morning next week."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "I GOT THE PROMOTION. you were right to push me to apply. drinks friday, my treat, no excuses"),
    ]),
    T(F, p="li", conn="old", hl="Board Treasurer at Traço Aberto", steps=[
        ("g", "0", "Jordan, the schools grant came in lower than expected: €18,500 instead of €26,000. That means we "
                   "either drop two of the spring workshops or find the difference. Can we have a quick call "
                   "before the board meets? I'd like to go in with a proposal, not just bad news."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Hey — we're launching the new version of Quill on the 3rd and I'm writing the launch post. Can I "
                   "quote what you told me in June about the export flow? Something like 'the first tool my studio "
                   "didn't have to fight'. Happy to change wording or drop it."),
    ]),
    T(F, p="li", conn="recent", hl="Engineering Manager at Tessel", steps=[
        ("me", "0", "Do you have an API rate limit on the free tier? We're thinking of syncing Plotline with it."),
        ("g", "1h", "Hi Jordan — free tier is 60 requests/minute, paid is 600. For a roadmap sync that's more than "
                    "enough. If you hit limits during the beta, tell me your workspace ID and I'll lift it, no "
                    "charge. Docs for the webhook version here: docs.tessel.example.com/webhooks"),
        ("g", "3m", "(also, small world — Priya on our team says hi)"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "can you proofread my cover letter? it's for the design manager role at Corvo. deadline "
                   "tomorrow 9am and I've rewritten the first paragraph 11 times"),
        ("g", "2m", "- cover_letter_corvo_FINAL_v3.docx"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Hi JR, re the Kestrel caregiver flow: engineering estimate came back at 9 sprints, which is about "
                   "€210k of team time. CFO will ask whether the design can be cut to 6. Can you think about what "
                   "we'd drop before Monday? No need to answer today."),
    ]),
    T(F, p="x", conn="none", steps=[
        ("g", "0", "Hi, I bought the Plotline Solo plan yesterday with your launch code but was charged full price "
                   "(€12 instead of €8). screenshot attached. not a huge deal, just flagging"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Remember the partnership idea from the Berlin trip — Fieldnote doing the design system, us doing "
                   "the front-end for Kestrel's clinician app? Their CTO just asked me for a joint proposal. Can we "
                   "meet Wednesday to agree on who owns what? I'd like to send it by the 15th."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I'm organising the Traço Aberto volunteer thank-you dinner (12 people, 5 December). "
                   "Would you say a few words? You recruited half of them, so it should be you."),
    ]),
    T(F, p="any", conn="old", steps=[
        ("g", "0", "Quick favour: my students are doing a mock client brief and I'd love one real founder to play "
                   "the client for 30 minutes over Zoom. You'd be perfect because Plotline is small enough for them "
                   "to understand. Any Tuesday in December between 10 and 12?"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "BIG NEWS 📣📣 (for you specifically, not a post): I'm leaving the bank. starting my own practice "
                   "in january. can I steal an hour of your time to ask how you did the first year of Fieldnote? "
                   "I'll pay in pastéis"),
    ]),
    T(F, p="li", conn="old", hl="Head of Product at Kestrel Health", steps=[
        ("g", "0", "Jordan, hate to do this by DM but the board cut our design headcount: we lose the contractor "
                   "budget from January (about €6k/month). I wanted you to hear it from me before the leadership "
                   "call. Can you ring me after 6? I want to work out together what that means for your days."),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Thanks for connecting, and for the Plotline beta seat. Is there a way to hide the 'Killed' "
                   "column from viewers? I'd like to share the roadmap with the sales team without a riot."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "last chance!! 😂 the dinner booking for saturday closes at 6 and I still don't know if you're "
                   "+1 or +0. just tell me a number"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Jordan, I owe you €1,150 for the October sprint on the Vinha Nova labels — sorry it's late, "
                   "their payment only landed yesterday. Transferring today. Do you want the Fieldnote IBAN or your "
                   "personal one this time?"),
    ]),
    T(F, p="any", conn="old", steps=[
        ("g", "0", "Our team newsletter goes out monthly to about 400 clinicians. For the December issue I'd like "
                   "to feature the redesigned medication screens with a short Q&A with you — 5 questions, written, "
                   "by the 8th. Would you be up for it?"),
    ]),
    T(F, p="li", conn="recent", hl="Founder at Bolota Kids", steps=[
        ("g", "0", "Hi Jordan, Helena from Traço Aberto gave me your name. We're a 3-person edtech and we need "
                   "someone to look at our onboarding for parents — probably 5–8 days of work, budget €6–8k. Is "
                   "that something Fieldnote takes on, or too small? Either answer is useful."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "limited edition print from the show is yours if you want it. I kept number 3 of 20 for you "
                   "because you bought number 1 of my first ever series. no money talk or I'll be offended"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[
        ("me", "0", "Can you send me your day rate for January? Kestrel may need a researcher for two weeks."),
        ("g", "2h", "€550/day, or €5,000 for a full two weeks including the synthesis deck. I'm free from the 12th. "
                    "If Kestrel wants recordings I need the consent forms from their legal first, that took three "
                    "weeks last time."),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "The Plotline beta waitlist hit 1,000 this morning 🎉 I'm not putting that in a post until you "
                   "say so. Do we want to announce, or wait for the pricing page?"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "join us for lunch? we're at the taberna next to your studio, 4 of us, one chair free"),
    ]),
    T(F, p="li", conn="none", hl="PhD candidate at Universidade do Cávado", steps=[
        ("g", "0", "Dear Jordan, I'm running a small study on how founders decide what to drop from a roadmap. "
                   "You're one of 8 people I'm asking personally, because your 'kill a third' post is cited in my "
                   "literature review. It's a 45-minute interview, and I can send the transcript back for your "
                   "approval. Would you take part?"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "I'm selling the old studio Eames chair before I move — €300, it's the one you always stole in "
                   "meetings. Offering it to you first before it goes online."),
    ]),
]

THREADS += [
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Free advice you didn't ask for: don't take the Halden call until you've talked to Sofia, she "
                   "worked there two years and left for reasons you should hear. Ping me and I'll connect you."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "hey can u jump on a quick call? 5 min. it's about the wedding speech and I'm panicking"),
    ]),
    T(F, p="li", conn="old", hl="Office Manager at Fieldnote Studio", steps=[
        ("g", "0", "Jordan, the coworking upstairs offered us their meeting room at a 'special rate' of €25/hour "
                   "(normally €40) for the Kestrel workshops in December. Five sessions = €500. Shall I book? They "
                   "need an answer by Wednesday."),
    ]),
    T(F, p="li", conn="recent", hl="Senior Designer at Brightwell", steps=[
        ("g", "0", "Thanks for the connect! You probably don't remember, but you reviewed my portfolio at a "
                   "Brightwell open day in 2022 and told me to cut it in half. I did, and got the job. Now I'm "
                   "mentoring juniors myself — what's the one question you always ask when reviewing a portfolio?"),
    ]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "what was that newsletter you mentioned about health-tech design? want to subscribe"),
        ("g", "10m", "'Bedside Manner' — bedsidemanner.example.com. issue 40 on consent screens is the one to read "
                     "first, it's basically about your intake form"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Can you join the Kestrel vendor call at 3? The analytics company is pitching us and I want "
                   "someone who'll ask the awkward questions about patient data. You don't have to say anything "
                   "nice."),
    ]),
]

# ---------------------------------------------------------------------------------------------------------------
# g_congrats_plain: short congratulations in people's own words from people who know Jordan (no prefilled notes).
# ---------------------------------------------------------------------------------------------------------------
F = "g_congrats_plain"
THREADS += [
    T(F, p="x", conn="old", steps=[("g", "0", "CONGRATS JR!!! Kestrel has no idea what's coming 😂")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Congratulations Jordan, well earned. Proud to have worked with "
                                               "you back then.")]),
    T(F, p="any", conn="old", steps=[("g", "0", "parabéns pá!! mereces tudo 🎉")]),
    T(F, p="x", conn="old", steps=[("g", "0", "just saw the news. huge. drinks on me next time you're in Porto")]),
    T(F, p="x", conn="old", steps=[("g", "0", "omg the award!!! 🏆🏆 so deserved")]),
    T(F, p="li", conn="old", steps=[("g", "0", "congrats on the talk, you were great up there. the bit about the "
                                               "roadmap graveyard got the whole row laughing")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Well done on the round, Jordan. Quietly thrilled for you.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "yessss finally someone put you on a board. they're lucky")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Congrats dude. Six years of Fieldnote — remember when it was you "
                                               "and a borrowed desk in Tiago's flat?")]),
    T(F, p="x", conn="old", steps=[("g", "0", "saw you on the Frontline lineup!! congrats, that's massive")]),
    T(F, p="any", conn="old", steps=[("g", "0", "congrats on the new flat 🏠 housewarming when??")]),
    T(F, p="x", conn="old", steps=[("g", "0", "CONGRATULATIONS to you and Sam!!! 💍 about time honestly")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Parabéns, Jordan! Muito feliz por ti.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "look at you, Head of Design 😎 congrats friend")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Many congratulations on the appointment, Jordan. The board is in "
                                               "good hands. — Helena")]),
    T(F, p="x", conn="old", steps=[("g", "0", "congrats!!!!! (mum told me before you did, rude)")]),
    T(F, p="x", conn="old", steps=[("g", "0", "you finished!! congrats on the marathon, I'd have died at km 5")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Félicitations Jordan ! Bravo pour le prix, c'est mérité.")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Congrats on launching Plotline! The landing page is beautiful, "
                                               "classic you.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "cheers to the new chapter JR 🥂")]),
    T(F, p="any", conn="old", steps=[("g", "0", "Well deserved, mate. Congrats.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "so proud of you. that's all. congrats")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Congratulations on the book deal!! I want a signed copy, "
                                               "first in line")]),
    T(F, p="x", conn="old", steps=[("g", "0", "tio jordan!!! 👶 congrats, can't wait to see you being the fun uncle")]),
    T(F, p="li", conn="old", steps=[("g", "0", "A board seat AND a keynote in the same month? Congrats, save some "
                                               "for the rest of us.")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Big congrats on the Kestrel launch today. Thought of our late "
                                               "nights in the old Brightwell office.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "1000 users on plotline?!! congrats!! told you people would want it")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Jordan, congratulations. Genuinely. You earned this one.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "CONGRATS 🎉🎉🎉 calling you tonight to hear everything")]),
    T(F, p="li", conn="old", steps=[("g", "0", "congrats on the new role at Kestrel, so glad it worked out after "
                                               "all that back and forth")]),
    T(F, p="any", conn="old", steps=[("g", "0", "Happy studio birthday! Six years, wow. Congrats to you and the "
                                                "whole gang.")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Huge congrats on the grant for Traço Aberto! Board meetings just "
                                               "got a lot more fun.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "well done you 👏👏")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Congrats on the Interface Lisboa slot! I'll be in the front row "
                                               "heckling, obviously.")]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "wait is it true?? you're going full time on Plotline?"),
        ("g", "1m", "if yes CONGRATS. if no pretend I didn't say anything"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "congrats!! so deserved"),
        ("me", "2h", "thank you!! means a lot coming from you"),
        ("g", "10m", "dinner soon to celebrate? my treat this time"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "Congratulations, Mr. Reyes. Well earned. From your old "
                                               "professor, still proud.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "ahhh the Lince award!! congrats congrats congrats")]),
    T(F, p="any", conn="old", steps=[("g", "0", "felicidades Jordan!! que alegría 🎊")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Saw the announcement — congrats, Jordan. Kestrel picked well.")]),
]

# ---------------------------------------------------------------------------------------------------------------
# g_formal_request: formal, stiff, long or old-fashioned messages from strangers with a real, specific purpose,
# including awkward non-native English.
# ---------------------------------------------------------------------------------------------------------------
F = "g_formal_request"
THREADS += [
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI write as a holder of 1.8% of Plotline Lda following the 2025 angel round. "
                   "The Q3 update states that the company has '14 months of runway', whereas the attached cash "
                   "statement implies closer to nine months at the current burn of €61,000 per month.\n\n"
                   "Could you clarify which figure is correct, and whether the difference relies on the R&D tax "
                   "credit that has not yet been granted? I would be grateful for a written answer before the "
                   "general meeting on 28 January.\n\nYours sincerely,\n<<full>>"),
    ]),
    T(F, p="li", conn="recent", hl="Product Planning at Kurenai Instruments", steps=[
        ("g", "0", "Dear Mr. Jordan Reyes,\n\nI am <<full>> from the product planning department of Kurenai "
                   "Instruments, Osaka. I attended your presentation at Interface Lisboa last week, 'Roadmaps "
                   "without dates'. It was very impressive for our team and we discussed it much after.\n\n"
                   "We are now considering a tool for our 40 product managers and we would like to learn about "
                   "Plotline in more detail, especially:\n(1) Japanese language support\n(2) possibility of "
                   "on-premise installation\n(3) price for 40 users\n\nIf possible, could you tell us a suitable "
                   "date for an online meeting? Our time zone is JST, so your morning is good for us.\n\nBest "
                   "regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Associate Professor, Universidade do Mondego", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am an associate professor in the Master's programme in Interaction "
                   "Design at the University of Mondego. I would like to invite you to give a guest lecture to our "
                   "second-year students on Wednesday, 17 March 2027, from 14:30 to 16:00, on design leadership in "
                   "small studios.\n\nOur students read your essay 'The six-person studio' in the autumn term and "
                   "several asked whether we could hear from you directly. We are able to offer an honorarium of "
                   "€300 and to reimburse rail travel from Lisbon.\n\nI should be grateful if you could let me "
                   "know by the end of January whether this would be possible.\n\nWith kind regards,\n<<full>>\n"
                   "Departamento de Design, Universidade do Mondego"),
    ]),
    T(F, p="li", conn="none", hl="Chair of Trustees, Fundação Casa Aberta", steps=[
        ("g", "0", "Dear Jordan,\n\nOn behalf of the trustees of the Casa Aberta Foundation, I am writing to ask "
                   "whether you would consider chairing our new Accessibility Committee. The committee will meet "
                   "four times a year and will advise on the redesign of our three shelters' signage and intake "
                   "forms.\n\nWe are asking you personally because of your work on patient intake at Kestrel "
                   "Health, which one of our volunteers, a nurse there, described to us in some detail. The role "
                   "is unpaid, and we fully understand if your commitments do not allow it.\n\nI would be very "
                   "glad to explain more over the telephone at a time of your choosing.\n\nYours sincerely,\n"
                   "<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Associate, Brito Sampaio Advogados", steps=[
        ("g", "0", "Re: Services agreement Fieldnote Studio / Vinha Nova Lda — clause 9.2\n\nDear Mr. Reyes,\n\n"
                   "We act for Vinha Nova Lda and have been asked to review the draft services agreement dated "
                   "4 September. Clause 9.2 assigns all intellectual property in 'preliminary concepts' to "
                   "Fieldnote Studio.\n\nOur client requires either (a) that the rejected logo concepts are also "
                   "assigned to it, or (b) that Fieldnote undertakes not to reuse them for any other client. "
                   "Kindly confirm which alternative your studio is prepared to accept so that we may finalise "
                   "the document.\n\nYours faithfully,\n<<full>>\nBrito Sampaio Advogados"),
        ("me", "1d", "Thanks — (b) is fine with us. I'll ask our lawyer to send you the wording."),
        ("g", "2h", "Dear Mr. Reyes, thank you for the prompt reply. We shall await your counsel's draft and revert "
                    "within two working days of receipt. Kind regards, <<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr Reyes,\n\nwe are a small manufacturer of medical scales from Stuttgart. Our CEO have "
                   "seen your case study of the Kestrel Health application and he ask if your studio could make "
                   "also the design of the display interface for our new model (the 'W400'). The project would "
                   "start in April and we think around 3 months.\n\nCould you please send us information how you "
                   "work with external clients and approximately the costs? We have no experience to work with a "
                   "design studio, so sorry if the question is naive.\n\nWith kind regards\n<<full>>\n"
                   "Head of Development"),
    ]),
    T(F, p="li", conn="none", hl="Research Ethics Officer, Instituto Atlântico", steps=[
        ("g", "0", "Mr. Reyes,\n\nI am contacting you regarding the research study 'Design roles in digital "
                   "health' (ref. CE-2026-118), for which you kindly agreed to be interviewed in October. The "
                   "ethics committee requires a signed consent form before the interview may be used in any "
                   "publication.\n\nCould you please sign and return the attached document by 11 December? A "
                   "scanned signature is acceptable.\n\nWith thanks,\n<<full>>\n- consent_form_CE2026118.pdf"),
    ]),
    T(F, p="li", conn="none", hl="Commissioning Editor at Ponte Books", steps=[
        ("g", "0", "Dear Jordan Reyes,\n\nI am putting together an edited volume, provisionally titled 'Small "
                   "Practices', on independent design studios in southern Europe, to be published in autumn "
                   "2027. I would be delighted if you would contribute a chapter of 4,000–6,000 words on your "
                   "decision to keep Fieldnote at six people.\n\nContributors receive a fee of €600 and two "
                   "copies. The deadline for a first draft would be 30 April. I attach the proposal as it went "
                   "to our board.\n\nWith best wishes,\n<<full>>\n- small_practices_proposal.pdf"),
    ]),
    T(F, p="any", conn="none", steps=[
        ("g", "0", "Claim reference 44-7712-B — water damage, Rua dos Anjos 61\n\nDear Mr. Reyes,\n\nFollowing the "
                   "inspection of your premises on 11 November, we require the following documents in order to "
                   "proceed with your claim:\n\n1. Invoices for the two damaged monitors\n2. Photographs of the "
                   "ceiling before repair\n3. The plumber's report, if available\n\nPlease reply to this message "
                   "or send them to the claims address on your policy. The claim will be held open for 30 days.\n\n"
                   "Kind regards,\n<<full>>\nClaims Handler"),
    ]),
    T(F, p="li", conn="none", hl="Director, Escola Básica do Largo Verde", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nOur school holds a careers morning for the 9th grade each February, and "
                   "this year several pupils who took part in the Traço Aberto workshops have asked to hear from a "
                   "'real designer'. Would you be willing to speak for 20 minutes on the morning of 12 February, "
                   "and answer a few questions afterwards?\n\nI realise this is a modest occasion, but I can assure "
                   "you of a very attentive audience of around sixty fourteen-year-olds.\n\nRespectfully,\n"
                   "<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Audit Senior at Marques & Filhos", steps=[
        ("g", "0", "Good afternoon,\n\nWe are conducting the statutory audit of the Associação Traço Aberto for the "
                   "year ended 31 December. As a member of the board who approved the workshop contracts, could "
                   "you please confirm in writing that the three contracts listed below were approved at the board "
                   "meeting of 14 May?\n\n- Escola do Largo Verde (€4,200)\n- Escola das Amoreiras Velhas (€3,800)\n"
                   "- Biblioteca de Marvila (€2,100)\n\nA reply to this message is sufficient.\n\nKind regards,\n"
                   "<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Curator at Museu do Design Contemporâneo", steps=[
        ("g", "0", "Dear Jordan,\n\nThe museum is preparing an exhibition on health and design for the spring of "
                   "2027. We would very much like to include the printed prototypes of the Kestrel medication "
                   "cards that you showed at Frontline UX, with your permission and Kestrel's.\n\nWould you be "
                   "willing to meet at the museum in January so that we can look at the objects together and "
                   "discuss how they might be displayed? The loan would be fully insured.\n\nWith warm regards,\n"
                   "<<full>>\nCurator, Contemporary Collections"),
    ]),
    T(F, p="li", conn="none", hl="Programme Manager, National Design & Innovation Agency", steps=[
        ("g", "0", "Ref. HDV-2027 / evaluation panel\n\nDear Jordan Reyes,\n\nThe Agency is constituting the evaluation panel for the 2027 Health Design "
                   "Vouchers programme. Given your experience in both private practice and digital health, we "
                   "would like to invite you to serve as one of five external evaluators.\n\nThe commitment is "
                   "approximately four days between March and April, remunerated at the standard rate of €250 per "
                   "day. Evaluators must declare any conflicts of interest; we note that Kestrel Health is not an "
                   "eligible applicant.\n\nPlease indicate your availability by 20 December.\n\nYours sincerely,\n"
                   "<<full>>"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Bonjour Monsieur Reyes,\n\nI write in English, excuse my mistakes. I am responsible of the "
                   "product team at a small insurance company in Lyon (25 persons). After your talk in Berlin I "
                   "read all your blog. We would like to invite you for one day of workshop with our team about how "
                   "to say no to features, in February or March, in Lyon. We pay the travel and the day of course, "
                   "please tell us your price.\n\nIs it something you do? If not maybe you know somebody.\n\n"
                   "Cordialement,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="UX Coordinator at Pagoleve", steps=[
        ("g", "0", "Good afternoon Mr. Jordan, how are you? My name is <<first>>, I am UX coordinator in a fintech "
                   "in São Paulo. We follow your studio since some time, my team watched your talk about the "
                   "3am nurse two times.\n\nWe would like to hire Fieldnote for a workshop of two days with our 14 "
                   "designers, online, about design for stressed users (our users are people with debts, it is "
                   "similar). Could be in March. Do you make this kind of work? What information do you need from "
                   "us to send a proposal?\n\nThank you very much and congratulations for the work.\n<<full>>"),
    ]),
    T(F, p="any", conn="none", steps=[
        ("g", "0", "Dear Sir,\n\nI read in the newspaper that you design the 'apps'. I am 78 years old and my "
                   "pharmacy asks me to use the Kestrel application for my prescriptions. The letters are very "
                   "small and the button to confirm the order is at the bottom where I do not find it. My "
                   "granddaughter helps me but she lives in Coimbra.\n\nI am told you are responsible for the "
                   "design. I respectfully ask that you consider people of my age, who are many.\n\nYours "
                   "faithfully,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Procurement, Hospital de Santa Clara", steps=[
        ("g", "0", "ASSUNTO: Procedimento 2026/PT/331\n\nExmo. Senhor,\n\nIn accordance with procurement procedure 2026/PT/331 (patient "
                   "self-registration kiosks), we request that you, in your capacity as Head of Design of Kestrel "
                   "Health, provide a signed declaration of absence of conflict of interest, using the attached "
                   "form. The declaration must be received by 4 December for Kestrel's tender to be admitted.\n\n"
                   "Best regards,\n<<full>>\nServiço de Aprovisionamento\n- declaracao_conflito_interesses.pdf"),
    ]),
    T(F, p="li", conn="none", hl="Cultural Attaché, Embassy of the Netherlands", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThe Embassy is hosting a closed roundtable on 14 January on inclusive design "
                   "in public health services, with a delegation from the Dutch Ministry of Health. The table is "
                   "limited to twelve participants.\n\nThe head of the delegation asked specifically that you be "
                   "included, having read about the Kestrel caregiver accounts. Would you be able to attend, and "
                   "would you be willing to open the discussion with five minutes on that work?\n\nWe would be "
                   "grateful for your reply by 18 December.\n\nYours sincerely,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Jordan Reyes,\n\nI translate design writing into Polish for a small non-commercial "
                   "website (about 3,000 readers). I would like to ask your permission to translate your post "
                   "'Kill a third of the roadmap' and publish it with full credit and a link to the original. I "
                   "will not change the content, and I can send you the translation before publication if you "
                   "wish.\n\nThank you for considering my request.\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Security & Compliance at Arcada Seguros", steps=[
        ("g", "0", "Dear Plotline team, dear Mr. Reyes,\n\nArcada Seguros is evaluating Plotline for use by its "
                   "PMO (approximately 35 users). Before the purchase can be approved, our Information Security "
                   "department requires the attached vendor questionnaire to be completed, with particular "
                   "attention to sections 3 (data residency) and 7 (sub-processors).\n\nWe would be grateful to "
                   "receive it within ten working days. Please do not hesitate to contact me should any question "
                   "be unclear.\n\nKind regards,\n<<full>>\n- vendor_security_questionnaire_v5.xlsx"),
    ]),
    T(F, p="li", conn="none", hl="Grants Officer, Fundação Maré Alta", steps=[
        ("g", "0", "Community Arts Fund — application 2026/0417\n\nDear Jordan,\n\nThank you for the Traço Aberto application to the Community Arts Fund. The "
                   "panel has reviewed it favourably but has asked for clarification on two points before a final "
                   "decision:\n\n1. The budget line 'community events — €8,400': how many events does this cover, "
                   "and will they be free to attend?\n2. Whether the schools listed have confirmed their "
                   "participation in writing.\n\nAs you are named as the contact on the application, I would be "
                   "grateful for your response by 9 December.\n\nWith best regards,\n<<full>>"),
    ]),
    T(F, p="any", conn="none", steps=[
        ("g", "0", "Dear Jordan,\n\nYou may not remember me: I was your drawing teacher at the Escola Secundária "
                   "do Alto da Serra, many years ago. You always drew the buildings instead of the people.\n\nOur school "
                   "celebrates its 50th anniversary next May, and we are preparing a small exhibition of work by "
                   "former pupils. Would you lend us something — a sketch, a poster, anything you are proud of? "
                   "It would give me great pleasure to show the current pupils what became of you.\n\nWith "
                   "affection and respect,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Patent Attorney at Leão & Associados", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nWe act on behalf of Ardwick Software Ltd. Our client has asked us to draw "
                   "your attention to European patent no. 4 207 318, which concerns the visual representation of "
                   "task dependencies as 'lanes'. Our client is reviewing whether the 'dependency lanes' feature "
                   "of Plotline falls within its scope.\n\nAt this stage we write only to open a dialogue. We would "
                   "be grateful if you, or your counsel, would indicate by 15 January whether you are aware of the "
                   "patent and whether Plotline's implementation predates it.\n\nYours faithfully,\n<<full>>"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Gentile Sig. Reyes,\n\nsorry for my English. I am product manager at a company of software for "
                   "agriculture near Bologna. We saw Plotline in the beta and we like very much. We are 9 people and "
                   "we want to use it, but our accountant needs an invoice with our VAT number and the beta don't "
                   "let to insert it. Is possible to have the invoice manual? The number is IT 0482 1130 377.\n\n"
                   "Many thanks and compliments for the product,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Design student, Hanbit University", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nMy name is <<full>> and I am a final-year interaction design student in "
                   "Seoul. I will be in Lisbon from June to August 2027 on an exchange programme, and I am writing "
                   "to ask, with respect, whether Fieldnote Studio would consider me for a summer internship.\n\n"
                   "I studied your Kestrel medication-card project very carefully and made a similar system for "
                   "my grandmother's pills, which I have included in my portfolio. I would be honoured to learn "
                   "from your team, and I can support myself financially during the stay.\n\nThank you for your "
                   "time.\nSincerely,\n<<full>>\n- portfolio_2027.pdf"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am writing from Associação Kuvumbana in Maputo. We run literacy classes "
                   "for adults and we are making our first mobile app for the students to practise at home. A "
                   "volunteer showed us your talk about designing for tired and stressed people, and we think "
                   "our students are similar.\n\nWe have no budget for design, I must say honestly. We would like "
                   "to ask if you could look at our screens for one hour and tell us the biggest mistakes. Even "
                   "written comments would help us very much.\n\nWith gratitude,\n<<full>>"),
    ]),
    T(F, p="li", conn="recent", hl="Programme Chair, Frontline UX", steps=[
        ("g", "0", "Dear Jordan,\n\nFurther to your acceptance, I write to confirm the arrangements for your "
                   "keynote at Frontline UX:\n\n- Date: 22 April 2027, 09:30–10:15, main hall\n- Technical check: "
                   "21 April, 17:00\n- Travel: economy return Lisbon–Berlin, booked by us\n- Hotel: three nights, "
                   "20–23 April\n\nCould you please confirm these dates and send your passport name as it should "
                   "appear on the ticket?\n\nWith thanks,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Digital Health Unit, National Health Service", steps=[
        ("g", "0", "Good morning,\n\nThe Digital Health Unit is drafting national accessibility guidance for "
                   "patient-facing applications. Several hospital groups have referred us to the Kestrel "
                   "medication flows as an example of good practice.\n\nWe would welcome a meeting of about an "
                   "hour with you, in Lisbon, in the first half of January, to understand the design decisions "
                   "behind them. This would be an informal consultation; no documents would be published without "
                   "your review.\n\nPlease let us know whether this would be agreeable.\n\nYours sincerely,\n"
                   "<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Journalist at Semanário Atlas", steps=[
        ("g", "0", "Mr Reyes —\n\nI am preparing an article on the redesign of public-hospital digital "
                   "services, to be published on Saturday. The article will mention that the Kestrel application "
                   "received 1,200 complaints from older users in its first month.\n\nI would like to offer you the "
                   "opportunity to comment. Specifically: were these complaints anticipated in testing, and what "
                   "has changed since? I would need any comment by Thursday at 18:00.\n\nRegards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Hello Mr. Reyes,\n\nWe are a training company in Gdańsk. In our internal course for product "
                   "managers we would like to show two minutes from the recording of your talk 'Roadmaps without "
                   "dates' (from 18:40 to 20:40), the part with the roadmap graveyard. The course is only for our "
                   "employees, around 60 persons, and not sold.\n\nMay we have your permission? We will of course "
                   "show your name and the conference.\n\nBest regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Dean, Faculty of Architecture and Design", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThe Faculty would be honoured if you would act as external examiner for the "
                   "master's dissertation of Ms. Filipa Nunes, 'Trust cues in digital health onboarding', whose "
                   "public defence is scheduled for 3 February 2027 at 10:00.\n\nThe external examiner receives the "
                   "dissertation four weeks in advance and is expected to lead the questioning for approximately "
                   "30 minutes. Ms. Nunes's supervisor suggested your name given the subject.\n\nKindly confirm "
                   "your acceptance at your earliest convenience.\n\nRespectfully,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Innovation Office, Ayuntamiento de Valencia", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThe City of Valencia organises a civic hackathon on 6–7 March 2027 focused "
                   "on services for older residents. We would like to invite you to be a member of the jury of "
                   "five persons, because of your work for accessible health apps.\n\nThe city covers travel and "
                   "two nights of hotel. Jury members evaluate the final presentations on the Sunday, from 10:00 "
                   "to 15:00.\n\nWe hope you can accept. Please answer to this message.\n\nKind regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="CFO at Vinha Nova", steps=[
        ("g", "0", "Re: Invoice FN-2026-061\n\nDear Mr. Reyes,\n\nOur accounts department has flagged a discrepancy "
                   "between invoice FN-2026-061 (€7,380, incl. VAT) and the purchase order, which was issued for "
                   "€6,000 excluding VAT. The difference appears to be the additional label variants requested in "
                   "October.\n\nCould you please issue a separate invoice for the variants, referencing the e-mail "
                   "approval, so that we can process both without delay?\n\nKind regards,\n<<full>>\n"
                   "Chief Financial Officer, Vinha Nova Lda\n+351 2XX XXX 480"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI hope you will forgive a letter from a parent. My son, Duarte, completed "
                   "a three-week work placement at Fieldnote in October, and he has not stopped talking about it. "
                   "He has now decided to apply for design at university, which was not at all the plan.\n\n"
                   "I wanted to thank you for the time your team gave him, and to ask one practical question: "
                   "would you be willing to write a short reference for his application? The deadline is 15 "
                   "January.\n\nWith sincere thanks,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Respected Sir,\n\nGreetings from Pune. We are a team of 22 product managers and have been using "
                   "Plotline Team plan since last month. Kindly note that the invoice generated is not containing "
                   "our GSTIN, due to which our finance team is unable to process the reimbursement.\n\nWe request "
                   "you to kindly reissue the invoices for October and November with GSTIN 27AAXCS1234F1Z9. "
                   "Otherwise we are very happy with the tool.\n\nThanking you,\n<<full>>\nOperations Lead"),
    ]),
    T(F, p="li", conn="none", hl="Alumni Relations, Universidade da Estrela", steps=[
        ("g", "0", "Dear Mr Reyes\n\nAs part of the Faculty's centenary we are producing a short book of 30 "
                   "profiles of graduates whose work has reached the public in unexpected ways. Your name was "
                   "proposed by Professor Almeida, with reference to the Kestrel application.\n\nWould you agree "
                   "to a 30-minute interview in January and provide one photograph? The text would be sent to you "
                   "for approval before printing.\n\nWith kind regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Convenor, Open Medication UX Working Group", steps=[
        ("g", "0", "Dear Jordan,\n\nI convene a small working group drafting open guidance on medication "
                   "schedules in patient apps. Two of our members pointed to your 'medication cards' pattern as "
                   "the clearest solution they had seen.\n\nWould you consider joining the group for its next "
                   "three monthly calls (second Tuesday, 16:00 CET), or, if time does not allow, reviewing our "
                   "draft section 4 in writing? Either would be a real contribution.\n\nBest regards,\n<<full>>"),
    ]),
    T(F, p="any", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nMy late husband, Armando, was one of the nurses you interviewed for the "
                   "Kestrel project. He spoke of it often. For his memorial at the hospital chapel, his colleagues "
                   "would like to print the small illustration of the night-shift nurse that appeared in your "
                   "Berlin presentation, because they say it looks like him.\n\nMay we have your permission to "
                   "use it? It would be printed only on the order of service.\n\nWith thanks,\n<<full>>"),
        ("me", "3h", "Of course, and I'm so sorry for your loss. I'll send you the original file in full "
                     "resolution today."),
        ("g", "1d", "Thank you, Mr. Reyes. The file arrived. The nurses were very moved."),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Sir or Madam,\n\nI am writing concerning the lease of the premises at Rua dos Anjos 61, "
                   "ground floor, on behalf of the owner, Mrs. Maria Pinto. The current lease expires on 31 March. "
                   "The owner proposes renewal for three years at a monthly rent of €2,350, an increase of 9%.\n\n"
                   "Should Fieldnote Studio wish to renew, we would ask you to confirm in writing by 31 January. "
                   "The owner is open to discussing the terms.\n\nYours faithfully,\n<<full>>\nSolicitor"),
    ]),
    T(F, p="li", conn="none", hl="Head of Digital at Seguradora Atlântica", steps=[
        ("g", "0", "I chair the selection committee for our 2027 design partner. Fieldnote "
                   "Studio was recommended to us by Kestrel Health's COO. Before we issue a formal request for "
                   "proposals, I would like to ask three questions, if I may:\n\n1. Does the studio take on work "
                   "for insurers, given the sensitivities?\n2. What is the largest team you have embedded with a "
                   "client?\n3. Would a start in May be feasible?\n\nA brief answer is perfectly sufficient.\n\n"
                   "Kind regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes, Good day to you. I am <<full>>, senior designer from Lagos, Nigeria. I watch "
                   "your talk on YouTube about the small studio and it change my thinking totally. Please I want "
                   "to ask one question only: when you started Fieldnote, how you find the first three clients "
                   "without a big network? In Lagos it is very hard to get clients to trust a small studio. I "
                   "will be very grateful for any advice sir. God bless."),
    ]),
    T(F, p="li", conn="none", hl="Event Director, Nordic Design Forum", steps=[
        ("g", "0", "Dear Jordan Reyes,\n\nThe Nordic Design Forum would like to invite you to speak at our 2027 "
                   "edition in Copenhagen (8–9 June). We are building a track on 'design under constraint' and "
                   "your Berlin talk was unanimously the first name on our shortlist.\n\nWe offer a speaker fee of "
                   "DKK 12,000, flights and two nights' accommodation. The slot would be 30 minutes plus Q&A.\n\n"
                   "We would be grateful for an indication by mid-January.\n\nKind regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr Reyes\n\nI am the father of one of the pupils in the Traço Aberto workshop at the "
                   "Marvila library. My daughter was told that the drawings made in the workshop would be shown "
                   "on your website. I did not sign any authorisation for this and I would like to know which "
                   "of her works will be published and with what name.\n\nI ask for an answer before anything is "
                   "put online.\n\nRegards\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Head of Product Operations at Nordwerk AG", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nafter our colleague returned from Interface Lisboa she presented your talk "
                   "internally, and our management asked me to contact you. We are evaluating roadmap tools for "
                   "approximately 120 users in Germany and Austria. Could you inform us:\n\n- if Plotline can be "
                   "hosted in the EU exclusively\n- if SSO with Azure AD is available or planned\n- the pricing "
                   "for 120 users\n\nWe would be pleased to arrange a video call in January.\n\nWith kind regards\n"
                   "<<full>>\nNordwerk AG, Munich"),
        ("me", "5h", "Thank you! EU hosting yes, SSO is planned for Q2. I'll send pricing tomorrow — could we talk "
                     "on 12 or 13 January?"),
        ("g", "1d", "Dear Mr. Reyes, thank you for the quick answer. 13 January at 10:00 CET suits us. I will send "
                    "an invitation with our IT colleague. Best regards, <<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Mr. Reyes,\n\nI hold 400 shares in Kestrel Health through the employee scheme from my time "
                   "as a pharmacist adviser. At the last shareholder information session it was said that the "
                   "caregiver-accounts feature was 'delayed by design'. As the Head of Design, could you say "
                   "whether the delay is a matter of design resources or of regulatory review? I ask because the "
                   "two imply very different timelines.\n\nYours sincerely,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Lecturer, Escola Superior de Artes e Design", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI coordinate a final-year module in which students work on a live brief from "
                   "an external partner. I would like to ask whether Traço Aberto, through you, would be willing to "
                   "act as the partner for the spring semester: the students would redesign the workshop "
                   "materials for primary schools.\n\nThe commitment from your side would be a briefing in "
                   "February, one mid-term review and the final presentations in June. I can send the module "
                   "description.\n\nKind regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nforgive me for contacting you directly. I am a retired engineer and a "
                   "volunteer at the parish centre in Alvalade, where we help older people with their phones. The "
                   "Kestrel app asks for a 'caregiver code' which none of us understands, and the helpline says it "
                   "must come from 'the design team'.\n\nCould you kindly explain where this code is found, or to "
                   "whom we should write? Many of our members are stuck at that step.\n\nWith respect,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Conference Manager, Health UX Summit Madrid", steps=[
        ("g", "0", "Estimado Sr. Reyes,\n\nI write in English for your convenience. The organising committee of the "
                   "Health UX Summit (Madrid, 18 May) wishes to offer you the closing keynote. We have read about "
                   "the Kestrel caregiver accounts and believe our audience of hospital IT managers would benefit "
                   "greatly.\n\nWe can offer €1,500, travel and one night. Would you be available? Please also "
                   "tell us if you need an interpreter for the Q&A.\n\nAtentamente,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "To Mr. Jordan Reyes, Founder, Fieldnote Studio\n\nSubject: Request for permission — use of "
                   "studio name in a student publication\n\nDear Sir,\n\nWe are the editors of 'Margem', the "
                   "student magazine of the Escola Superior de Design do Tejo. For our winter issue we are writing an "
                   "article on small design studios in Lisbon, and we would like to include Fieldnote, with two "
                   "images from your public portfolio.\n\nMay we have your permission, and could you tell us how "
                   "the images should be credited?\n\nWith thanks,\n<<full>>\nEditor, Margem"),
    ]),
    T(F, p="li", conn="none", hl="Partner, Vale & Costa Consultores", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nWe are advising a family office that is considering an investment in Plotline "
                   "as part of its seed round. Our clients have asked us to put one question to you directly before "
                   "any meeting: what proportion of current revenue comes from Fieldnote Studio's own clients, "
                   "rather than from independent customers?\n\nA figure to the nearest ten per cent would be "
                   "sufficient at this stage.\n\nYours sincerely,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Sir,\n\nI am writing to you in your capacity as a board member of Traço Aberto. I "
                   "volunteered at the Marvila workshops from March to June and was promised a certificate of "
                   "volunteering for my university credits, which I have not received despite three e-mails to "
                   "the general address.\n\nMy university requires it by 20 December. I would be grateful if you "
                   "could look into this.\n\nYours sincerely,\n<<full>>"),
    ]),
    T(F, p="li", conn="recent", hl="Chief Medical Officer at Clínica Aurora", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThank you for accepting my invitation. I heard you speak at the Frontline "
                   "conference about the 3am nurse and it reflected my own years on night shifts very accurately.\n\n"
                   "We are a group of four clinics in the Algarve and our patient records system is, to put it "
                   "kindly, hostile to our nurses. I would like to ask whether Fieldnote would be willing to carry "
                   "out a short assessment — perhaps two weeks — and tell us whether the problem is the software "
                   "or our processes. Could you indicate how such an engagement is usually structured and "
                   "priced?\n\nWith best regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Hello Mr. Reyes. I am a designer from Kyiv, now living in Lisbon since 2024. I saw that "
                   "Fieldnote is looking for a junior product designer. I am not so junior (6 years) but I need to "
                   "restart my career here and I accept junior salary. My Portuguese is basic but my English is "
                   "good. Please can you tell me if it is ok to apply, or if you prefer only juniors? I do not want "
                   "to lose your time."),
    ]),
    T(F, p="li", conn="none", hl="Head of Learning, Associação Portuguesa de Designers", steps=[
        ("g", "0", "To: Jordan Reyes, Fieldnote Studio\nSubject: 2027 continuing-education programme\n\nThe Association is preparing its 2027 continuing-education programme. Our "
                   "members have voted 'running a small studio' as the subject they most want, and yours was the "
                   "name most often suggested.\n\nWould you consider teaching a half-day session in Lisbon in April "
                   "or May? We offer €450 and full recording rights remain with you. I would be pleased to discuss "
                   "format and dates.\n\nRespectfully,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am compiling the list of speakers for the annual Kestrel Health partners' "
                   "dinner (Porto, 28 January). The CEO has asked that you give the after-dinner talk of ten "
                   "minutes on the year in design. Could you please confirm, and advise me of any dietary "
                   "requirements and whether you will need accommodation?\n\nKind regards,\n<<full>>\nExecutive "
                   "Assistant to the CEO, Kestrel Health"),
    ]),
    T(F, p="li", conn="none", hl="Councillor, Parish Council of Anjos", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThe Parish Council of Anjos is renovating the public notice boards on "
                   "Rua dos Anjos and nearby streets. As a business located on that street with recognised design "
                   "expertise, we would like to invite Fieldnote to a consultation meeting on 10 December at 18:00 "
                   "in our offices, to give an opinion on the proposed layout.\n\nYour participation would be "
                   "voluntary. We would be grateful if you could confirm whether a member of the studio will "
                   "attend.\n\nWith best regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Hello,\n\nI was a participant in the Plotline beta feedback session on 6 November. At "
                   "the end you mentioned that participants would receive a one-year Solo licence as a thank-you. I "
                   "have not received it, and I would not normally mention it, but my manager has asked me to "
                   "confirm before we budget for the tool.\n\nCould you let me know whether the offer still "
                   "stands?\n\nKind regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Programme Director, Lisbon Design Week", steps=[
        ("g", "0", "Dear Jordan,\n\nThe Lisbon Design Week committee has decided, unanimously, to ask you to curate "
                   "the 'Design for Care' strand of the 2027 programme: four events across the week of 10 May, "
                   "with a curatorial fee of €2,000 and a production budget of €12,000.\n\nWe appreciate this is a "
                   "significant commitment and would not expect an answer before we have had the chance to "
                   "explain the scope in person. Would you be free for a meeting at our office in the week of "
                   "14 December?\n\nWith best wishes,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Good day Mr. Reyes,\n\nWe are a small architecture firm in Porto (8 people). We have followed your "
                   "writing on pricing studio work and we have one specific question, if you permit: do you "
                   "price discovery phases separately and before the main project, and if yes, how do you stop "
                   "clients from taking the discovery and leaving? We ask because it has happened to us twice this "
                   "year.\n\nWe would be very thankful for any answer, even short.\n\nBest regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Legal Counsel at Kestrel Health", steps=[
        ("g", "0", "Jordan,\n\nFurther to the audit findings, I need your confirmation on two points regarding your "
                   "consultancy agreement before year-end:\n\n1. That no Kestrel patient data has been stored on "
                   "Fieldnote equipment since the agreement began.\n2. That the two Fieldnote designers who "
                   "accessed the staging environment in September have signed the confidentiality annex.\n\n"
                   "Please reply in writing by 15 December. Happy to discuss by phone if any point is unclear.\n\n"
                   "Regards,\n<<full>>\nLegal Counsel"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Good morning Mister Reyes,\n\nI am owner of a small hotel in Sintra (14 rooms). My nephew is "
                   "designer and he tell me your studio did very beautiful work for the wine company Vinha Nova. "
                   "I want to make new identity and website for the hotel before summer. The budget is maximum "
                   "€15,000. Is it possible for your studio or it is too small? If yes, I invite you to come to "
                   "see the hotel, lunch included.\n\nWith my best regards\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI reviewed your submission to the Design Research Journal, 'Saying no in "
                   "public: roadmap transparency in early-stage software', as the handling editor. Both reviewers "
                   "recommend minor revisions. Before I send the formal decision, I wanted to ask whether you "
                   "would be able to return the revised manuscript within six weeks, given the special issue "
                   "timeline.\n\nWith regards,\n<<full>>\nHandling Editor"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Mr. Reyes,\n\nMy company, a small logistics software firm in Rotterdam, purchased Plotline "
                   "Team in October. Last week our roadmap for 2027, which contained confidential client names, "
                   "was visible through a public link that none of us created.\n\nI would like to understand, in "
                   "writing, how this link was generated and who had access to it, and whether you will be "
                   "notifying the data protection authority. I expect a response within 72 hours.\n\n<<full>>\n"
                   "Managing Director"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Esteemed Mr. Reyes,\n\nI am professor of industrial design at a university in Istanbul. In "
                   "April we organise an international workshop week for 40 students and we would like very much "
                   "to invite you as one of three guest tutors, for the theme 'design for health at home'. The "
                   "university pays flight, hotel for five nights and a modest honorarium.\n\nPlease could you "
                   "let us know if this is possible for you, and which week of April is more convenient?\n\nWith "
                   "my respects,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Director of Nursing, Grupo Hospitalar Serra Azul", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nOur nurses have asked me to pass on a formal request. Since the update of "
                   "12 November, the medication confirmation screen in the Kestrel app requires two taps where "
                   "previously it required one, and during night rounds this is adding noticeable time.\n\nWe "
                   "would ask whether this change was intentional and, if so, whether it could be reconsidered "
                   "for clinical users. We would be glad to host a member of your team on a night round.\n\n"
                   "Yours sincerely,\n<<full>>"),
    ]),
]

THREADS += [
    T(F, p="li", conn="none", hl="Head of Research at Instituto Atlântico", steps=[
        ("g", "0", "Dear colleague,\n\nI lead a three-year research project on older adults' use of digital health "
                   "services, funded by the national science foundation. We would like to invite Kestrel Health, "
                   "through you, to be a non-funded partner: this would mean access to anonymised usability "
                   "findings in exchange for two meetings a year with your design team.\n\nThe application deadline "
                   "is 31 January and partners must provide a signed letter of support. I attach a draft you may "
                   "adapt.\n\nWith best regards,\n<<full>>\n- letter_of_support_draft.docx"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Sir,\n\nI am contacting you about the illustration used in the header of your blog post "
                   "'The six-person studio'. I believe it is my work, published on my portfolio in 2023, and I do "
                   "not recall licensing it to you or to Fieldnote Studio.\n\nIf there has been a licence through a "
                   "stock agency, I would be grateful if you could tell me which one. If not, I would ask that it "
                   "be credited or removed.\n\nKind regards,\n<<full>>\nIllustrator"),
        ("me", "4h", "You're right, and I'm sorry — we took it from a moodboard without checking. Removed now. "
                     "Would you accept a licence fee for the months it was up?"),
        ("g", "1d", "Thank you for the quick and honest reply. €150 would be fair. I have sent my invoice details "
                    "by e-mail. Regards, <<first>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nplease excuse that I write directly. I am a product owner at a public "
                   "transport company in Vienna. We have a discussion in our team which I hope you can settle: in "
                   "your talk you said 'a roadmap without dates is still a promise'. My director understands this "
                   "as: we should never publish dates to customers. Was this your intention, or did you mean only "
                   "internal roadmaps?\n\nThank you in advance for a short answer.\n\nKind regards from Vienna\n"
                   "<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Partner at Ostra Ventures", steps=[
        ("g", "0", "Dear Jordan,\n\nFollowing our partners' meeting, I am pleased to confirm that Ostra Ventures "
                   "wishes to proceed to due diligence on Plotline, on the basis of the terms discussed on 3 "
                   "November (€1.2M at a €6M pre-money valuation).\n\nCould you kindly arrange access to the data "
                   "room for our analyst and confirm a date in the week of 7 December for the product deep-dive? "
                   "We would also ask to speak with two customers of your choosing.\n\nWith best regards,\n"
                   "<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am a freelance accessibility auditor (certified, 9 years). I used Plotline "
                   "during the beta at a client and noticed that the roadmap canvas cannot be navigated by keyboard "
                   "at all, and that the colour-coded lanes have no text alternative. I have written up the five "
                   "most serious issues in the attached document, free of charge — I am not offering a service, "
                   "I simply think you would want to know before general availability.\n\nKind regards,\n<<full>>\n"
                   "- plotline_keyboard_issues.pdf"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Honourable Mr. Reyes,\n\nI am a master student of design in Tehran. I wish to write my thesis "
                   "about the Kestrel medication cards as a case study. Because I cannot travel, I ask if you can "
                   "answer six questions by e-mail, which I attach. I will send you the chapter before I submit "
                   "it, and I will correct anything that is wrong.\n\nWith many thanks and respect,\n<<full>>\n"
                   "- six_questions.docx"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Mr. Reyes,\n\nI am the facilities manager for the building at Rua dos Anjos 61. During "
                   "the works on the third floor next week (14–18 December) the water will be cut from 9:00 to "
                   "13:00 each day, and the goods lift will be out of service. Fieldnote was mentioned by the "
                   "owner as having a delivery of furniture expected that week. Please let me know the date so "
                   "that I can arrange access through the rear entrance.\n\nRegards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Secretary General, Rede de Design Social", steps=[
        ("g", "0", "Dear Jordan Reyes,\n\nThe Rede de Design Social is a network of eleven non-profits in Portugal "
                   "and Spain working with design in communities. At our general assembly in Évora on 20 February "
                   "we will vote on the admission of new members, and Traço Aberto's application is on the agenda.\n\n"
                   "Statutes require that a board member of the applicant attend to present it briefly. Could you "
                   "confirm whether you, or another board member, will be present?\n\nWith kind regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Sir,\n\nI am a retired civil servant and an occasional user of your Plotline "
                   "software, which I use, perhaps unusually, to plan the restoration of an old quinta with my "
                   "brothers. I write with a small request: would it be possible to print the roadmap on A3 paper? "
                   "My eldest brother refuses to look at screens.\n\nI thank you in advance, and I apologise if "
                   "the question is beneath the purpose of the software.\n\nYours sincerely,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", hl="Chair, Jury Committee — Prémios Ibéricos de Design", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nOn behalf of the Iberian Design Prizes I have the honour of informing you "
                   "that the Kestrel medication cards have been selected as a finalist in the 'Health and Care' "
                   "category. There is no fee of any kind.\n\nThe jury would like to interview the lead designer for "
                   "twenty minutes by video before 12 January. Could you propose two or three possible times? The "
                   "ceremony will take place in Salamanca on 5 March.\n\nWith best regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes, I'm sorry for writing so formally, I am nervous. My name is <<first>>, I am 17 "
                   "and I participated in the Traço Aberto workshop at my school last year. You told me my poster "
                   "was the only one that did not need words. I want to apply to design school and one of them asks "
                   "for a short letter from 'a professional who has seen your work'. Would you be able to write "
                   "one? Even a few sentences. Thank you so much."),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nre: Kestrel Health app — request for the design files of the 2025 "
                   "intake form\n\nI am the product manager who has taken over the intake form at Kestrel after "
                   "Sofia's departure. The Figma files for the 2025 version appear to be in a Fieldnote workspace "
                   "to which I have no access. Under section 6 of your agreement these files belong to Kestrel.\n\n"
                   "Could you transfer them, or grant me access, before 18 December? I am available to discuss if "
                   "there is a reason this is difficult.\n\nBest regards,\n<<full>>"),
    ]),
    T(F, p="li", conn="none", steps=[
        ("g", "0", "Dear Jordan Reyes,\n\nI am a Member of the Portuguese Parliament's committee on health. The "
                   "committee will hold a hearing on the accessibility of public digital health services on 27 "
                   "January. I should like to invite you to give evidence for about fifteen minutes, as someone "
                   "who has designed such services, followed by questions from members.\n\nMy office will "
                   "provide a briefing note in advance. I would be grateful to know whether you are willing.\n\n"
                   "Yours sincerely,\n<<full>>"),
    ]),
]

# ---------------------------------------------------------------------------------------------------------------
# g_short: one-liners and fragments only meaningful between two people.
# ---------------------------------------------------------------------------------------------------------------
F = "g_short"
THREADS += [
    T(F, p="li", conn="old", history="partial", steps=[
        ("me", "0", "who's coming to the Kestrel review tomorrow?"),
        ("g", "12m", "You, Marta and Dr. Lopes. Rui declined (clinic day)."),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "see attached\n- invoice_nov_fieldnote.pdf")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "can you do thu 3pm?"),
        ("g", "3m", "yes"),
    ]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "is the client ok with the new typeface?"),
        ("g", "20m", "no"),
        ("g", "1m", "well. no for now"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "room?")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "done ✅")]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "pushed. check staging when u can")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "final check on the onboarding copy? ok to release?"),
        ("g", "8m", "ship it"),
    ]),
    T(F, p="x", conn="old", steps=[("g", "0", "landed 🛬")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "call u back in 5")]),
    T(F, p="li", conn="old", history="partial", steps=[
        ("me", "0", "Can we go ahead with the extra two days of testing? €1,100"),
        ("g", "1h", "Approved, go ahead."),
    ]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "blue or green for the Vinha Nova labels? (photo)"),
        ("g", "4m", "the blue one. definitely the blue one"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "invoice sent")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "on my way, 10 min")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "do you want the print or the frame?"),
        ("g", "2m", "both"),
    ]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "can't tmrw, fri?")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "so I told them we'd do it for free"),
        ("g", "1m", "?"),
        ("g", "1m", "???"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "Confirmed: you + Inês at the board dinner Thursday 8pm. Tiago declined. Table is under "
                   "Fieldnote."),
    ]),
    T(F, p="li", conn="none", steps=[("g", "0", "Is the studio taking interns this summer?")]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "which version, v3 or v3-final-final?")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "I'll bring the cables, you bring the projector"),
        ("g", "2m", "ok"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "Moved your 2pm to 4. Kestrel asked.")]),
    T(F, p="any", conn="old", history="partial", steps=[
        ("me", "0", "jantar sábado?"),
        ("g", "6m", "sim!"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "need the logo in SVG not PNG pls")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "should I wear the suit"),
        ("g", "1m", "lol no"),
    ]),
    T(F, p="x", conn="old", steps=[("g", "0", "where are the studio keys")]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "Figma link pls")]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "merged")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "thx!!")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Train delayed, start without me")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Can you sign the NDA today? The Seguradora one.")]),
    T(F, p="li", conn="old", history="partial", steps=[
        ("me", "0", "Sent you the revised SOW."),
        ("g", "5h", "Agreed on all points except 4."),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[
        ("me", "0", "selling my old 27\" monitor if anyone in the studio wants it"),
        ("g", "7m", "price?"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "send me the deck")]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "Re: Q3 board pack\n\nfine by me")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "tomorrow or wednesday?"),
        ("g", "15m", "tomorrow works"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "got it")]),
    T(F, p="x", conn="old", steps=[("g", "0", "still on for lunch?")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Fwd: parking permit\n\nyours expires Friday fyi")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "booked the table for 8"),
        ("g", "10m", "👍"),
    ]),
    T(F, p="x", conn="old", steps=[("g", "0", "did u eat")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "brb")]),
    T(F, p="x", conn="old", steps=[("g", "0", "call?")]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "link doesn't open")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Tiago has covid, he's out till Monday")]),
    T(F, p="x", conn="old", steps=[
        ("g", "0", "the pizza is on its way babe 🍕"),
        ("g", "1m", "sorry, wrong chat!! 🙈"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "pls review before 5")]),
    T(F, p="li", conn="old", history="partial", steps=[
        ("me", "0", "did Rui agree?"),
        ("g", "30m", "Rui says yes to €2k"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "Booked. Seat 14C, aisle as you like it.")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "who's Patricia?")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "this week?"),
        ("g", "4m", "nope, next week"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "accepted the invite")]),
    T(F, p="x", conn="old", steps=[("g", "0", "your mic was off the whole time 😬")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "dinner + karaoke after?"),
        ("g", "3m", "yes to dinner, no to karaoke"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "wifi password is on the whiteboard")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Can confirm: printer fixed.")]),
    T(F, p="x", conn="old", steps=[("g", "0", "happy bday old man 🎂")]),
    T(F, p="li", conn="old", steps=[("g", "0", "stand-up cancelled today, Marta's at the dentist")]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "I'll take the Kestrel one")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "ETA?")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Agenda attached.\n- agenda_board_dec.docx")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "lmk")]),
    T(F, p="li", conn="old", steps=[
        ("g", "0", "thoughts?"),
        ("g", "1m", "figma.example.com/file/ab12/onboarding-v7"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "Taxi receipt: €23.40. Expense it?")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "I pay the taxi, you pay the drinks"),
        ("g", "1m", "deal"),
    ]),
    T(F, p="li", conn="old", history="partial", steps=[("g", "0", "Nope — client said no to the green.")]),
    T(F, p="li", conn="none", history="partial", steps=[
        ("me", "0", "Attached the signed contract."),
        ("g", "2h", "Received, thank you."),
    ]),
    T(F, p="x", conn="old", steps=[("g", "0", "see you at 7")]),
    T(F, p="x", conn="old", history="partial", steps=[("g", "0", "how much do I owe you")]),
    T(F, p="li", conn="old", steps=[("g", "0", "Is the Kestrel sync still at 10 or did it move?")]),
    T(F, p="x", conn="old", history="partial", steps=[
        ("me", "0", "can you cover the crit tomorrow?"),
        ("g", "9m", "yep, send notes"),
    ]),
    T(F, p="li", conn="old", steps=[("g", "0", "Bea's starting Monday, desk by the window ok?")]),
    T(F, p="x", conn="old", steps=[("g", "0", "outside")]),
]

# ---------------------------------------------------------------------------------------------------------------
# x_counterparts: noise that borrows the same vocabulary (personal tone, congrats, sympathy, calls, invitations,
# newsletters, discount codes, partnerships, recruiters) but sells, broadcasts or is automated.
# ---------------------------------------------------------------------------------------------------------------
F = "x_counterparts"
THREADS += [
    T(F, p="li", conn="recent", hl="Founder | Design Talent On Demand", steps=[
        ("p", "0", "Saw your post about hiring a junior designer at Fieldnote — congrats on the growth! 🙌 We help "
                   "studios like yours fill design roles in under 3 weeks with pre-vetted talent. Worth a 15-min "
                   "chat this week? <<cal>>"),
    ]),
    T(F, p="li", conn="none", hl="Executive Coach | Helping leaders bounce back", steps=[
        ("p", "0", "So sorry to hear about the budget cuts at Kestrel 😔 Moments like this are when leaders need "
                   "support the most. My 8-week Resilient Leader programme has helped 300+ executives land on "
                   "their feet. Your first session is on me: <<cal>>"),
    ]),
    T(F, p="li", conn="recent", copies=2, hl="Senior Recruiter | Product & Design | EMEA", steps=[
        ("p", "0", "Hi there! I'm currently partnering with several fast-growing companies across Europe that are "
                   "looking for talented Product / UX / UI Designers. If you're open to new opportunities, send "
                   "me your CV and let's jump on a quick call! 🚀"),
    ]),
    T(F, p="li", conn="old", copies=3, hl="Community Lead", steps=[
        ("n", "0", "You're invited! 🎉 Design Leaders Night Lisbon — Thursday from 19:00: rooftop drinks, lightning "
                   "talks and networking with 150+ creatives. Spots are limited, grab yours here: "
                   "<<site>>/designnight"),
    ]),
    T(F, p="li", conn="recent", hl="Partnerships", steps=[
        ("p", "0", "Hi Jordan, I came across Fieldnote Studio and I see strong synergies between our teams. Would you "
                   "be open to a quick call to explore how we could collaborate? Here's my calendar: <<cal>>"),
    ]),
    T(F, p="x", conn="recent", copies=3, steps=[
        ("a", "0", "Thanks for the follow! 🙌 Here's my free guide: 10 UX laws every designer should know 👉 "
                   "<<site>>/free-guide"),
    ]),
    T(F, p="li", conn="old", sender="account:Quill", steps=[
        ("n", "0", "Hey there 👋 The Quill November update is here! ✨ Dark mode is live, exports are 3x faster, and "
                   "we've redesigned the pricing page from scratch. Read the full changelog: <<site>>/changelog"),
    ]),
    T(F, p="x", conn="old", sender="account:The Weekly Crit", steps=[
        ("n", "0", "The Weekly Crit #48 is out! 📬 This week: why your design system is too big, a chat with a "
                   "type designer who hates variable fonts, and 5 tools we can't stop using. Read it here → "
                   "<<site>>/48"),
    ]),
    T(F, p="li", conn="recent", hl="Account Executive", steps=[
        ("p", "0", "Hi Jordan, are you the right person to talk to about design tooling at Fieldnote?"),
        ("p", "4d", "Bumping this to the top of your inbox 🙂"),
        ("p", "6d", "Last try — should I reach out to someone else on your team instead?"),
    ]),
    T(F, p="li", conn="recent", copies=2, steps=[
        ("a", "0", "Came across your profile and was genuinely impressed by your background in product design. I'm "
                   "always looking to grow my network with like-minded professionals — looking forward to "
                   "connecting!"),
    ]),
    T(F, p="li", conn="none", hl="Head of Sales", steps=[
        ("p", "0", "Congrats on the new role at Kestrel Health! 🎉 New heads of design usually spend their first 90 "
                   "days on hiring — our talent platform cuts time-to-hire by 40%. Open to a quick demo next week?"),
    ]),
    T(F, p="x", conn="old", steps=[
        ("n", "0", "🔥 BLACK FRIDAY 🔥 40% off all my Figma UI kits — for my network only! Use code BF40 at "
                   "checkout, ends Sunday midnight ⏳ <<site>>"),
    ]),
    T(F, p="li", conn="recent", hl="Growth Partner | LinkedIn Outreach for Agencies", steps=[
        ("p", "0", "Thanks for connecting, Jordan! Quick one — we help design agencies book 5–10 qualified sales "
                   "calls per month through LinkedIn outreach. Open to a 15-min call this week to see if it's a "
                   "fit?"),
    ]),
    T(F, p="any", conn="old", copies=2, steps=[
        ("n", "0", "Hey! 🎙️ I just launched my podcast 'Design Out Loud' — Episode 1 is live on all platforms! "
                   "Would mean the world if you gave it a listen and left a ⭐⭐⭐⭐⭐ review: <<site>>/ep1"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("n", "0", "We did it 🥳 My newsletter just passed 10,000 subscribers! To celebrate, this week's deep-dive "
                   "on design pricing is free for everyone — no paywall. Grab it before Friday: <<site>>/pricing"),
    ]),
    T(F, p="li", conn="recent", hl="Partnerships Lead", steps=[
        ("p", "0", "Hi Jordan, I lead partnerships at <<company>>. We partner with design studios to offer their "
                   "clients white-label development, and our partner studios see 30% more revenue per client. "
                   "Could we set up a call this week to discuss a partnership?"),
    ]),
    T(F, p="x", conn="none", steps=[
        ("p", "0", "Need a quote for your next website? 💻 We build fast, beautiful Webflow sites from €999. Reply "
                   "QUOTE and we'll send a custom estimate within 24 hours ⚡"),
    ]),
    T(F, p="li", conn="none", hl="Owner | Risograph Print Lab", steps=[
        ("p", "0", "Hi Jordan! Noticed Fieldnote does a lot of print work 🖨️ Our risograph studio now offers zines "
                   "from €1.20 per copy with 48h turnaround. Want to book a free paper-sampling session? <<cal>>"),
    ]),
    T(F, p="li", conn="recent", hl="Investor & Founder Coach", steps=[
        ("p", "0", "Hi Jordan, love what you're building with Plotline! At <<company>> we run a fundraising "
                   "programme for seed-stage founders — our founders close their rounds 2x faster. Worth a chat? "
                   "<<cal>>"),
    ]),
    T(F, p="x", conn="none", steps=[
        ("p", "0", "Hey Jordan — is your team still reviewing pull requests by hand? 👀 Our AI reviewer catches 80% "
                   "of bugs before a human even looks. Free 14-day trial for Plotline: <<site>>/trial"),
    ]),
    T(F, p="x", conn="recent", steps=[
        ("n", "0", "I made $10,000 in 30 days with one simple design side hustle 💸 Want to know how? I'm hosting a "
                   "FREE masterclass this Thursday — register here: <<site>>/masterclass"),
    ]),
    T(F, p="li", conn="old", history="complete", steps=[
        ("me", "0", "Hi Carla, could you send me the Kestrel brand guidelines PDF when you get a chance?"),
        ("a", "1m", "Thank you for your message. I am out of the office until 2 December with limited access to "
                    "e-mail. For urgent matters please contact brand@kestrel.example.com."),
    ]),
    T(F, p="li", conn="recent", sender="account:Lisbon Product Circle", steps=[
        ("a", "0", "Welcome to Lisbon Product Circle! 👋 Introduce yourself in #general, check the pinned post for "
                   "our community guidelines, and see what's coming up on the events page."),
    ]),
    T(F, p="li", conn="recent", copies=2, steps=[
        ("p", "0", "Hi {first_name}, loved what you're doing at {{company}}! We help design leaders like you save "
                   "10+ hours a week on client reporting. Mind if I send over a quick 2-minute video?"),
    ]),
    T(F, p="li", conn="recent", copies=2, steps=[
        ("a", "0", "Thanks for connecting! Let's also connect on Instagram — I share daily design tips there 😊 "
                   "@<<handle>>"),
    ]),
    T(F, p="li", conn="none", hl="SEO Specialist", steps=[
        ("p", "0", "Hi Jordan, I took a quick look at fieldnote.example.com and spotted 3 issues that are hurting "
                   "your Google ranking. Want me to send the free audit? Takes 2 minutes to read."),
    ]),
    T(F, p="x", conn="none", steps=[
        ("p", "0", "I made a quick redesign concept of the Plotline landing page 🎨 — want me to send it over? No "
                   "strings attached!"),
        ("p", "3d", "Hey Jordan, just floating this back up — happy to send the mockup whenever you're ready 😊"),
    ]),
    T(F, p="li", conn="old", sender="account:Roadcraft", steps=[
        ("n", "0", "Join our free webinar 'Roadmaps that actually ship' 🚀 Thursday 18:00 CET — 500+ product leaders "
                   "already registered! Save your seat: <<site>>/webinar"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("n", "0", "Special promotion for my network 🎁 My Design Leadership course is 50% off for the next 48 hours "
                   "only. Over 2,000 designers have levelled up already → <<site>>/course"),
    ]),
    T(F, p="li", conn="none", hl="Certified Wellbeing Coach | Burnout Recovery", steps=[
        ("p", "0", "Saw your post about burnout — really brave of you to share 💛 As a certified wellbeing coach, "
                   "I'd love to offer you a complimentary discovery call to talk about sustainable leadership. "
                   "Here's my link: <<cal>>"),
        ("p", "5d", "Hi Jordan, just following up on my last message — the offer of a free discovery call still "
                    "stands! 🌿"),
    ]),
    T(F, p="li", conn="old", hl="Sales | HR Software", steps=[
        ("p", "0", "Happy work anniversary, Jordan! 🎉 Speaking of milestones — is your team still tracking reviews "
                   "in spreadsheets? Our performance platform makes it painless. Open to a quick look?"),
    ]),
    T(F, p="li", conn="none", channel="inmail", copies=2, hl="Principal Consultant | Design Leadership Search", steps=[
        ("p", "0", "Hi, I'm working on a number of Senior Product Design opportunities that could be of interest. "
                   "Are you open to a confidential chat? Grab a time here: <<cal>>"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("n", "0", "We're hiring at <<company>>! 🚀 Senior Product Designer · UX Researcher · Design Ops Lead — "
                   "remote-friendly, great team. Apply at <<site>>/careers and please share with your network 🙏"),
    ]),
    T(F, p="li", conn="none", hl="Speaker Relations", steps=[
        ("p", "0", "Hi Jordan, we're curating speakers for the Global Design Leadership Summit 2027 and your "
                   "profile stood out! Speaker packages start at €1,950 and include a keynote slot, professional "
                   "video and promotion to 40k attendees. Shall I reserve a slot for you?"),
    ]),
    T(F, p="li", conn="none", sender="account:European Agency Excellence Awards", steps=[
        ("p", "0", "Congratulations! 🏆 Fieldnote Studio has been shortlisted for the European Agency Excellence "
                   "Awards 2027. To confirm your entry, complete registration (€490) before Friday: "
                   "<<site>>/confirm"),
    ]),
    T(F, p="x", conn="recent", steps=[
        ("a", "0", "Thanks for following! 🙏 Check out my pinned thread for 50 free Figma resources → <<site>>"),
    ]),
    T(F, p="x", conn="old", sender="account:Lisbon Design Week", steps=[
        ("n", "0", "This week in Lisbon design 🗓️ 3 exhibitions, 2 talks and a type-specimen fair. Full agenda and "
                   "tickets: <<site>>/week"),
    ]),
    T(F, p="li", conn="recent", hl="Founder | B2B Content Engine", steps=[
        ("p", "0", "Loved your recent post on roadmaps, Jordan! 💯 Got me thinking — at <<company>> we help SaaS "
                   "founders turn thought leadership into pipeline. Would it make sense to connect for a quick "
                   "call?"),
    ]),
    T(F, p="li", conn="recent", hl="BDR", steps=[
        ("p", "0", "Quick question — who handles vendor decisions for design tools at Fieldnote?"),
        ("p", "5d", "Any thoughts on this, Jordan? Happy to send a 2-min overview if easier."),
    ]),
    T(F, p="li", conn="none", channel="sponsored", sender="account:Ardena Business School", steps=[
        ("p", "0", "Jordan, ready to lead at the next level? Our Executive MBA in Design Leadership starts in March — "
                   "scholarships available for a limited time. Request your brochure: <<site>>/emba"),
    ]),
    T(F, p="li", conn="none", hl="Host of Founder Spotlight", steps=[
        ("p", "0", "We'd love to feature you on the Founder Spotlight podcast! 🎤 Your story with Plotline is exactly "
                   "what our audience loves. There's a small production fee of $350 to cover editing and "
                   "promotion. Interested?"),
    ]),
    T(F, p="li", conn="old", copies=2, hl="Events", steps=[
        ("n", "0", "Join 20 hand-picked founders for an exclusive dinner in Lisbon on 3 December, hosted by "
                   "<<company>> 🍷 Limited seats — RSVP here: <<site>>/dinner"),
    ]),
    T(F, p="li", conn="none", hl="Review Growth for SaaS", steps=[
        ("p", "0", "Hey Jordan, noticed Plotline doesn't have many reviews on the big software review sites yet. We "
                   "help SaaS founders get 50+ verified reviews in 30 days. Can I send over a quick proposal?"),
    ]),
    T(F, p="li", conn="old", sender="account:Campo Research", steps=[
        ("n", "0", "Hi friends 👋 The Campo Letter #12 is here: what 40 interviews taught us about onboarding, plus "
                   "our favourite research tools of the year. Read it here: <<site>>/12 — and hit reply if you "
                   "want to chat!"),
    ]),
    T(F, p="li", conn="recent", hl="Personal Branding for Founders", steps=[
        ("p", "0", "Loved your talk at Interface Lisboa! 👏 Speakers like you deserve a stronger personal brand — I "
                   "help founders grow to 10k followers in 90 days. Want me to send you a free profile audit?"),
    ]),
    T(F, p="li", conn="recent", copies=2, steps=[
        ("a", "0", "Thanks for connecting, Jordan! Always great to grow my network with talented people in the "
                   "design space. Have a great week! 🙌"),
    ]),
    T(F, p="li", conn="recent", hl="Managing Partner", steps=[
        ("p", "0", "I'd love to take you to lunch to learn more about Fieldnote and share how we've helped 30+ "
                   "studios double their margins. When works for you this month?"),
    ]),
    T(F, p="li", conn="none", hl="Wedding Planner | Sintra & Cascais", steps=[
        ("p", "0", "Saw you got engaged — congrats!! 💍 I'm a wedding planner in Sintra and I still have a few 2027 "
                   "dates left. Can I send you our packages?"),
    ]),
    T(F, p="li", conn="recent", hl="Sales", steps=[
        ("p", "0", "Hi Jordan! Here's an exclusive 30% discount code just for you: JORDAN30 — valid on our Team plan "
                   "for the next 7 days. Book a demo to activate it: <<cal>>"),
    ]),
    T(F, p="li", conn="old", sender="account:Northlight Academy", steps=[
        ("n", "0", "Our spring UX Research Bootcamp is open for registration 📚 Early-bird 20% off until Friday — "
                   "6 weeks, live sessions, certificate included. Enrol: <<site>>/bootcamp"),
    ]),
    T(F, p="li", conn="none", hl="Growth | Employer of Record", steps=[
        ("p", "0", "Noticed you're building out the team at Fieldnote 👀 Hiring across borders is hard — our "
                   "employer-of-record service lets you hire anywhere in Europe in 48 hours. Quick call this week?"),
    ]),
    T(F, p="li", conn="none", hl="Bookkeeping for Creative Studios", steps=[
        ("p", "0", "Hi Jordan, running a 6-person studio means a lot of admin 😅 We do bookkeeping for creative "
                   "studios from €149/month. Want a free review of your current setup?"),
    ]),
    T(F, p="x", conn="none", steps=[
        ("p", "0", "Clients paying late again? 😩 Our tool chases invoices automatically — studios get paid 23 days "
                   "faster on average. Try it free: <<site>>"),
    ]),
    T(F, p="x", conn="old", sender="account:Lanemap", steps=[
        ("n", "0", "📣 Lanemap 3.0 is here: AI roadmap summaries, two-way Jira sync and a brand-new timeline view. "
                   "See what's new → <<site>>/new"),
    ]),
    T(F, p="li", conn="recent", sender="account:Tallyform", steps=[
        ("a", "0", "Welcome to Tallyform! 🎉 Your workspace is ready. Three quick tips to get started: invite your "
                   "team, connect your calendar, and try a template from the gallery."),
    ]),
    T(F, p="li", conn="recent", hl="Client Success", steps=[
        ("p", "0", "Great meeting you at the conference last week! 😊 As promised, here's a bit more about how "
                   "<<company>> helps studios automate client onboarding. Would Tuesday or Wednesday work for a "
                   "20-minute demo?"),
    ]),
    T(F, p="li", conn="none", hl="Founder", steps=[
        ("p", "0", "Are you around Lisbon next week? Would love to grab a coffee and show you what we're building "
                   "for design studios — I think Fieldnote would be a perfect early partner ☕"),
    ]),
    T(F, p="li", conn="none", channel="inmail", hl="Talent Acquisition Specialist", steps=[
        ("p", "0", "Hi Jordan, your profile is a great match for a role I'm recruiting for: Senior UX Designer at a "
                   "leading global company. Competitive salary and great benefits. Let me know if you'd like to "
                   "hear more!"),
    ]),
    T(F, p="li", conn="old", sender="account:DesignJobs Weekly", steps=[
        ("n", "0", "12 new design leadership roles this week 🔍 Head of Design (Berlin) · Design Director (Remote) "
                   "· Principal Designer (Lisbon) and more. See them all: <<site>>/jobs"),
    ]),
    T(F, p="li", conn="recent", hl="Agency Growth Consultant", steps=[
        ("p", "0", "Hi Jordan, we help design studios win bigger retainers with a simple 3-step sales system. Open "
                   "to a quick call?"),
        ("me", "1d", "Thanks, but not interested."),
        ("p", "2h", "Totally understand! Would it make sense to circle back in Q1? I'll pop a reminder in my "
                    "calendar 🙂"),
    ]),
    T(F, p="li", conn="old", sender="account:Casa dos Desenhos", steps=[
        ("n", "0", "🎄 This Christmas, give the gift of design education! Our winter appeal is live — every €20 "
                   "funds one child's workshop seat. Donate: <<site>>/donate"),
    ]),
    T(F, p="li", conn="none", hl="Sales | Usability Testing", steps=[
        ("p", "0", "Your team deserves better usability testing tools 🧪 Start your free trial of <<company>> today — "
                   "no credit card needed. Want me to set up a demo for Fieldnote?"),
    ]),
    T(F, p="li", conn="old", steps=[
        ("n", "0", "Hi Jordan! It's <<first>> from <<company>> 👋 Our autumn newsletter is out: new case studies, a "
                   "hiring update and 3 events we're hosting in December. Read it here → <<site>>/autumn"),
    ]),
    T(F, p="li", conn="old", sender="account:Tallyform", steps=[
        ("p", "0", "Hi Jordan, your Tallyform workspace is close to its seat limit! 🚀 Upgrade to Business before "
                   "the 30th and get 2 months free. Want me to set it up for you?"),
    ]),
    T(F, p="li", conn="recent", hl="Design Sprint Facilitator", steps=[
        ("p", "0", "Hi Jordan, I run design sprints for product teams — 5 days from problem to tested prototype. "
                   "Packages from €2,400. Would Plotline benefit from one before launch?"),
        ("p", "7d", "Following up on my note from last week about the design-sprint packages. Did you get a chance "
                    "to look? Happy to hop on a call."),
    ]),
    T(F, p="x", conn="old", sender="account:Product Pulse", steps=[
        ("n", "0", "Issue #112 of Product Pulse is live 📬 Roadmap anti-patterns, a teardown of three pricing "
                   "pages, and this week's jobs board. Read → <<site>>/112"),
    ]),
    T(F, p="x", conn="recent", steps=[
        ("a", "0", "Hey! Thanks for the follow 😊 I post daily about design systems — turn on notifications so you "
                   "don't miss anything 🔔"),
    ]),
    T(F, p="li", conn="recent", hl="Freelance UX Writer", steps=[
        ("p", "0", "Hi Jordan — I'm a freelance UX writer and I'd love to help Fieldnote's clients with microcopy. "
                   "Rates from €60/h. Can I send you my portfolio and availability?"),
    ]),
    T(F, p="li", conn="recent", hl="CEO | Integrations Studio", steps=[
        ("p", "0", "Hey Jordan, love Plotline! 😍 We're a dev shop that builds integrations for roadmap tools — "
                   "Jira, Linear, Asana. We've shipped 40+. Want us to build yours? Happy to scope it for free."),
    ]),
    T(F, p="x", conn="old", steps=[
        ("n", "0", "Only 12 seats left ⚡ for our hands-on Figma Variables workshop on 6 December. Early-bird "
                   "pricing ends tonight → <<site>>/workshop"),
    ]),
]

# a few longer ones
THREADS += [
    T("g_formal_request", p="li", conn="none", hl="President, Associação de Doentes Crónicos do Sul", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am writing on behalf of the Association of Chronic Patients of the South, "
                   "which represents some 2,300 members in the Alentejo and the Algarve, most of them over 65 and "
                   "many living alone.\n\nSince the spring, a growing number of our members have been asked by their "
                   "clinics to use the Kestrel application to renew prescriptions. Our volunteers have collected "
                   "their difficulties over six months, and I attach the summary. In brief, three problems account "
                   "for most of the calls we receive:\n\n1. The renewal button is not visible without scrolling on "
                   "smaller telephones.\n2. The session expires while members are looking for their health number.\n"
                   "3. The confirmation message does not say when the medicine will be ready.\n\nWe do not write to "
                   "complain. We understand from a nurse at one of the clinics that you lead the design of the "
                   "application, and we would like to ask whether you would meet with five of our members, in "
                   "Beja or by video, for one hour in January. They are very willing to show you, on their own "
                   "telephones, where they become lost.\n\nWe can adapt to any date you propose. If a meeting is "
                   "not possible, we would be grateful to know to whom we should address the attached document.\n\n"
                   "With respectful greetings,\n<<full>>\nPresident\n- resumo_dificuldades_kestrel.pdf"),
    ]),
    T("g_formal_request", p="li", conn="recent", hl="Overseas Business Manager at Hanlin Soft", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nGood day! This is <<full>> from Hanlin Soft in Hangzhou. Thank you for "
                   "accepting my connection. I was in the audience of your speech in Berlin (the nurse at 3am) and "
                   "I shared the video inside our company; our product director was very moved.\n\nWe are a "
                   "software company of 300 employees, making project tools for hospitals in China. We are "
                   "interested in Plotline, but not to buy only: we want to discuss if a Chinese version could be "
                   "made together, with our team doing the localisation and the local servers (in China it is "
                   "required that the data stay inside the country).\n\nI understand Plotline is still young and "
                   "maybe this is too early for you. But I want to ask honestly three things:\n- Is Plotline open "
                   "to a partner for a foreign market at this stage?\n- Is the code architecture able to be "
                   "deployed on other servers?\n- Who in your team should we talk with, if not you?\n\nOur "
                   "director will visit Lisbon in the week of 8 February for another meeting. If possible he would "
                   "like to visit you for one hour. Please kindly let me know if this is convenient.\n\nWith best "
                   "wishes,\n<<full>>"),
    ]),
    T("g_lookalike", p="li", conn="old", steps=[
        ("g", "0", "Jordan — picking up the thread from our lunch in October, because I've now done the homework I "
                   "promised.\n\nRecap of the idea: Campo does the discovery research for Kestrel's 2027 clinician "
                   "app, Fieldnote does the design, and we sell it as one engagement so Kestrel only signs one "
                   "contract. You said you'd only do it if (a) we don't mark up each other's work and (b) Fieldnote "
                   "keeps the client relationship on the design side. Both fine with me.\n\nNumbers I sketched, "
                   "for you to tear apart:\n- Research: 6 weeks, €38k\n- Design: 14 weeks, €96k\n- Joint "
                   "management: 5% each, no more\n- Total to Kestrel: about €141k\n\nTheir procurement wants "
                   "something by 20 December, which is tight but doable if we agree the split this week. Could we "
                   "meet Thursday or Friday morning? I'll come to Rua dos Anjos, you choose the pastry.\n\nOne "
                   "more thing: if you'd rather not mix Kestrel with this because you work there part-time, say "
                   "so and I'll drop it. No hard feelings, I'd rather keep the friendship than the deal."),
    ]),
]
