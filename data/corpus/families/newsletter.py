"""Newsletter-labelled broadcast threads (fundraising, product updates, events, digests, announcements, promos) for Jordan Reyes' inbox."""


def _t(family, steps, p="any", conn="none", channel=None, history="complete", sender="person", hl=None, copies=1):
    return dict(family=family, p=p, conn=conn, channel=channel, history=history, sender=sender, hl=hl,
                copies=copies, steps=steps)


THREADS = []

# =====================================================================================================
# n_fundraising: campaigns, advocacy groups, charities, non-profits
# =====================================================================================================
F = "n_fundraising"
THREADS += [
    # --- series: a congressional campaign's deadline push -------------------------------------------
    _t(F, p="x", conn="old", sender="account:Marisol Vance", steps=[
        ("n", "0",
         "END OF QUARTER: midnight Sunday\n\nFriend —\n\nI'll keep this short because I know your inbox is full. "
         "Sunday at midnight is our last fundraising deadline before ballots go out, and right now we are "
         "$18,240 behind where we need to be.\n\nThat gap is the difference between running our ads in the valley "
         "counties and going dark there for three weeks. My opponent isn't going dark. His donors wrote six-figure "
         "checks in a single afternoon.\n\nWe don't have those donors. We have you.\n\nWill you chip in $5, $10 or "
         "whatever you can before the deadline?\n\n→ Chip in: secure.vanceforcongress.example/q3\n\nThank you for "
         "being in this with me,\nMarisol\n\nPaid for by Vance for Congress. Contributions are not tax deductible.\n"
         "Unsubscribe"),
        ("n", "2d",
         "re: my last email\n\nFriend, I noticed you haven't chipped in toward Sunday's deadline yet. No guilt — "
         "I know money is tight for a lot of people right now. But if you can spare even $3, it would mean the "
         "world to our team.\n\nChip in $3 → secure.vanceforcongress.example/q3\n\n— Marisol"),
        ("n", "1d",
         "Fwd: numbers from Dana\n\n---------- Forwarded message ----------\nFrom: Dana Whitcombe, Campaign Manager\n"
         "To: Marisol\n\nM — we're still $6,910 short with 30 hours to go. If we don't close this I'm pulling the "
         "valley TV buy. Can you send one more note to the list?\n---------------------------------------\n\n"
         "Friend, you saw what Dana wrote. I'm not ready to give up on the valley. Are you?\n\n"
         "DONATE → secure.vanceforcongress.example/q3\n\nPaid for by Vance for Congress"),
        ("n", "1d", "3 HOURS LEFT. $1,240 to go. That's it, that's the email. secure.vanceforcongress.example/q3"),
        ("n", "2d",
         "We did it 🎉\n\nBecause 2,417 people chipped in over the weekend, the valley ads stay on the air. I read "
         "the notes people left with their donations last night and I'm not too proud to say I teared up.\n\n"
         "One more thing: the campaigns that win are the ones with steady monthly support. If you can, would you "
         "set up a recurring $10 gift? It lets us plan instead of panic.\n\nGo monthly: "
         "secure.vanceforcongress.example/monthly\n\nGratefully,\nMarisol Vance\n\nPaid for by Vance for Congress. "
         "You are receiving this because you signed up for campaign updates. Unsubscribe."),
    ]),
    # --- series: a children's charity match campaign ------------------------------------------------
    _t(F, conn="old", sender="account:Harbourlight Children's Trust", steps=[
        ("n", "0",
         "Subject: Your gift, doubled — for the next three weeks\n\nDear Friend,\n\nA small group of long-time "
         "supporters has pledged to match every donation to Harbourlight, pound for pound, up to £50,000.\n\n"
         "What that means in practice:\n• £25 becomes £50: a week of hot meals at our Saltmarsh drop-in\n"
         "• £60 becomes £120: a term of after-school tutoring for one child\n• £150 becomes £300: a month of "
         "emergency support for a family in crisis\n\nDonate now: harbourlight.example.org/double\n\nWith thanks,\n"
         "Annabel Frost\nDirector of Fundraising\n\nHarbourlight Children's Trust. You are receiving this email "
         "because you previously supported our work.\nUnsubscribe | Update your preferences"),
        ("n", "9d",
         "[IMAGE: two kids in the Saltmarsh reading corner]\n\nWe're past halfway! £26,310 of the £50,000 match "
         "has been unlocked so far. Thank you to every single person who has given.\n\nThere are 12 days left to "
         "double your impact.\n\nGIVE TODAY → harbourlight.example.org/double\n\nView this email in your browser"),
        ("n", "11d",
         "Final hours: the match ends at midnight\n\nDear Friend, this is the last reminder, we promise. We are "
         "£3,900 away from unlocking the full match. If you've been meaning to give, tonight is the night.\n\n"
         "harbourlight.example.org/double\n\nUnsubscribe"),
        ("n", "3d",
         "Thank you 💛 Together you unlocked the full £50,000 match — that's 1,140 gifts from 19 countries. Our "
         "autumn impact report is here if you'd like to see where it goes: harbourlight.example.org/impact\n\n"
         "Want to keep the momentum going? A monthly gift of £8 keeps a tutoring seat open all year: "
         "harbourlight.example.org/monthly"),
    ]),
    # --- series: a street-space petition -----------------------------------------------------------
    _t(F, conn="old", sender="account:Open Streets Lisboa", steps=[
        ("n", "0",
         "Add your name: car-free Sundays on Avenida do Rio\n\nThe city council votes on the pilot on the 14th. "
         "We need 10,000 signatures by then to show there's real support. We're at 7,482.\n\nSign the petition: "
         "openstreets.example.pt/sign\n\nIt takes 20 seconds. Share it with one friend afterwards and you've "
         "doubled your impact. 🚲"),
        ("n", "6d",
         "Petition update: 9,106 signatures!\n\nSo close. Two asks this week:\n1. If you haven't signed yet, "
         "openstreets.example.pt/sign\n2. We need 20 volunteers to hand out flyers at the Saturday market in "
         "Campo Verde, 9:00–12:00. Sign up for a slot: openstreets.example.pt/volunteer\n\nObrigado!\n"
         "The Open Streets team\n\nYou're receiving this because you signed up at one of our street events. "
         "Unsubscribe"),
        ("n", "7d",
         "Team,\n\nWe delivered 10,884 signatures to the council this morning. The vote is Thursday, and now we "
         "need bodies in the room. Can you come to the public gallery at 18:00? RSVP so we know how many chairs "
         "to fight for: openstreets.example.pt/thursday\n\nAnd if you can chip in €5 to cover the printing bill "
         "for the banners: openstreets.example.pt/donate"),
        ("n", "4d",
         "WE WON 🎉 The council approved the Sunday pilot 7–4. Starting next month, 2.3 km of Avenida do Rio "
         "belongs to people on Sunday mornings. This happened because 10,884 of you signed and 140 of you showed "
         "up. Next fight: the school streets campaign. Stay tuned — and if you want to help fund it, "
         "openstreets.example.pt/donate"),
    ]),
    # --- series: a public radio pledge drive --------------------------------------------------------
    _t(F, p="x", conn="old", sender="account:Fernvale Public Radio", steps=[
        ("n", "0", "🎙️ Our fall pledge drive starts TODAY. Listener members keep FVPR independent and ad-free. "
                   "Pledge at fvpr.example.org/give and the new canvas tote is yours."),
        ("n", "4d", "Day 4 of the drive and we're at 61% of our goal. If you listen, please pledge — even "
                    "$5/month makes a difference. fvpr.example.org/give"),
        ("n", "3d", "Last call! The pledge drive ends at 7pm tonight. Thank you to the 3,228 listeners who have "
                    "already given 📻 fvpr.example.org/give"),
    ]),
    # --- series: an open-source sponsorship drive ---------------------------------------------------
    _t(F, p="x", conn="old", sender="account:Penstroke", steps=[
        ("n", "0",
         "Penstroke turns 6 this month ✏️ It's still 100% free and maintained by volunteers in their evenings. "
         "We're launching a sponsorship drive to fund one part-time maintainer. Goal: $4,000/month. "
         "Every sponsor helps → penstroke.example.dev/sponsor"),
        ("n", "12d",
         "Sponsorship drive update: 212 sponsors, $2,380/month. That's 60% of the way to a paid maintainer. "
         "If Penstroke saves you time at work, ask your company to sponsor — we send invoices 🙏 "
         "penstroke.example.dev/sponsor"),
        ("n", "15d",
         "We hit 100%! 🥳 Starting next month, Ilse will work on Penstroke two days a week, paid. First priorities: "
         "the pressure-curve bugs and the long-promised SVG export. Thank you, all 371 of you. "
         "(Sponsorships still welcome: penstroke.example.dev/sponsor)"),
    ]),
    # --- series: a clean-air PAC ------------------------------------------------------------------
    _t(F, p="x", conn="old", sender="account:Neighbors for Clean Air", steps=[
        ("n", "0", "🚨 EMERGENCY MATCH ACTIVATED 🚨\n\nFor the next 6 hours every gift is 5X MATCHED. $5 becomes $25. "
                   "Chip in now → cleanairaction.example/match\n\nPaid for by Neighbors for Clean Air Action Fund"),
        ("n", "1d", "You missed the 5X match. But good news: a donor just extended it to 3X until midnight. "
                    "Don't miss it twice → cleanairaction.example/match"),
        ("n", "5d", "Friend, our records show you haven't renewed your 2026 membership. Members get a say in which "
                    "candidates we endorse. Renew for $15 → cleanairaction.example/renew\n\nPaid for by Neighbors "
                    "for Clean Air Action Fund. Not authorized by any candidate or candidate's committee."),
    ]),
    # --- one-offs ------------------------------------------------------------------------------------
    _t(F, p="x", conn="old", sender="account:Team Okafor", steps=[
        ("n", "0", "Jordan — quick question. Can I count on you for $10 before midnight? Our opponent just dropped "
                   "$400K on attack ads and we have to answer. → okafor2026.example/respond\n\nPaid for by "
                   "Friends of Dale Okafor")]),
    _t(F, conn="none", sender="account:Civic Forward", steps=[
        ("n", "0",
         "OFFICIAL 2026 PRIORITIES SURVEY — response requested\n\nFriend,\n\nOur leadership has asked us to collect "
         "responses from supporters in your area before the national convention. Your answers will be shared "
         "with the platform committee.\n\nTake the 2-minute survey: civicforward.example/survey\n\nAfter you "
         "respond, you'll have the opportunity to chip in to help us reach every voter before the election.\n\n"
         "Paid for by Civic Forward. Not authorized by any candidate or candidate's committee.\nUnsubscribe")]),
    _t(F, conn="old", sender="account:Tidewatch Turtle Rescue", steps=[
        ("n", "0",
         "Adopt a hatchling this season 🐢\n\nFor $30 you'll get an adoption certificate, a photo of 'your' turtle "
         "and updates from our beach team all season long. The perfect gift for the person who has everything.\n\n"
         "Adopt now: tidewatch.example.org/adopt\n\nTidewatch Turtle Rescue is a registered non-profit. "
         "Click here to unsubscribe.")]),
    _t(F, conn="old", sender="account:Banco Alimentar da Colina", steps=[
        ("n", "0",
         "Volunteers needed this weekend!\n\nWe're short 35 people for Saturday's big sort at the Marvila "
         "warehouse. Two shifts: 9–13h and 14–18h. No experience needed, just closed-toe shoes and good "
         "humour. Kids over 12 welcome with an adult.\n\nSign up here: bancocolina.example.pt/turnos\n\n"
         "Can't make it? A €10 donation buys 14 meals: bancocolina.example.pt/doar")]),
    _t(F, conn="old", sender="account:Halloway University Annual Fund", steps=[
        ("n", "0",
         "Class of 2013: you're 14 donors away from winning the Participation Cup! 🏆\n\nIt's not about the amount "
         "— a gift of any size counts. Right now the Class of 2011 is ahead by just 0.8%. Let's not let them "
         "have this.\n\nMake your gift: give.halloway.example.edu/2013\n\nGo Herons!\nThe Annual Fund Team")]),
    _t(F, conn="none", sender="account:Priya Anand for City Council", steps=[
        ("n", "0",
         "Jordan,\n\nI'm writing this one myself, at the kitchen table, after the kids finally went to sleep.\n\n"
         "When I decided to run for the District 4 seat, people told me I'd spend most of my time asking for "
         "money. They were right, and I still hate it. But here's the thing: every dollar we raise goes to "
         "something real. Door hangers. Translation for our Spanish and Tagalog flyers. Coffee for the "
         "volunteers who knock doors in the rain.\n\nWe have 5,000 door hangers left to print before early "
         "voting starts, and the print shop needs payment by Friday. That bill is $1,850. We have $1,020.\n\n"
         "Will you pitch in $15 to close the gap? → anandforcouncil.example/print\n\nI know not everyone can give, "
         "and that's OK. If you'd rather give an hour, our Saturday canvass meets at 10am at the Elm Street "
         "library.\n\nThank you for reading this far. It means a lot.\n\nPriya\n\n---\nPaid for by Anand for City "
         "Council, Leon Marsh, Treasurer.\nYou're on this list because you signed our nominating petition or "
         "attended an event. Unsubscribe.")]),
    _t(F, conn="old", sender="account:Posterworks Collective", steps=[
        ("n", "0",
         "Our annual appeal is here\n\nThis year the Posterworks volunteers printed 11,400 free posters for "
         "tenant unions, food co-ops and school strikes, taught 38 screen-printing workshops, and finally fixed "
         "the big press (RIP, old roller).\n\nWe run on about €42,000 a year and most of it comes from people "
         "like you. If our work has ever made you smile on a street corner, please consider a gift.\n\n"
         "→ posterworks.example.org/appeal\n\nIn solidarity and ink,\nThe Posterworks crew")]),
    _t(F, conn="none", sender="account:FairClick Coalition", steps=[
        ("n", "0",
         "Add your name: tell regulators to ban dark patterns in subscription cancellations.\n\n48,310 people have "
         "already signed. Cancelling should be as easy as signing up. Will you be next? "
         "fairclick.example.org/petition")]),
    _t(F, p="x", conn="none", sender="account:Hollis for Senate", steps=[
        ("n", "0", "Fwd: Fwd: did you see this??\n\n> pls read — sending to everyone I know\n> \n> They just "
                   "outraised us 2 to 1 in the last reporting period.\n\nFriend, a supporter forwarded this to me "
                   "and she's right. We can't let that number stand. Chip in $7 before midnight → "
                   "hollis.example/catchup\n\nPaid for by Hollis for Senate")]),
    _t(F, conn="old", sender="account:Riverside Animal Shelter", steps=[
        ("n", "0",
         "Meet Biscuit 🐶\n\nBiscuit is a seven-year-old terrier mix who has been with us for 214 days. He loves "
         "tennis balls, hates the vacuum, and snores like a tractor. Older dogs wait the longest for homes.\n\n"
         "This month, every $20 you give sponsors a week of food, vet care and walks for dogs like Biscuit.\n\n"
         "Give today: riversideshelter.example.org/biscuit\n\nRiverside Animal Shelter · 44 Mill Lane\n"
         "You received this because you adopted from or donated to Riverside. Unsubscribe")]),
    _t(F, p="x", conn="old", sender="account:Civic Forward", steps=[
        ("n", "0", "Team, the numbers are in and they are not good. We're trailing in 3 of the 5 districts we need. "
                   "This is the moment. Chip in → civicforward.example/now")]),
    _t(F, conn="old", sender="account:Museum of Everyday Objects", steps=[
        ("n", "0",
         "Your membership has expired\n\nDear Member,\n\nYour Friends of the Museum membership lapsed at the end "
         "of last month. We'd love to have you back. Renew by the 30th and we'll add two extra months free, plus "
         "a guest pass for the winter exhibition 'Things We Kept'.\n\nMembership starts at €45 and directly "
         "funds our conservation lab and free school visits.\n\nRenew: objectsmuseum.example.org/renew\n\n"
         "Kind regards,\nMembership Office\n\nIf you have already renewed, thank you and please ignore this "
         "message.")]),
    _t(F, p="x", conn="none", sender="account:Vote Hollis", steps=[
        ("n", "0", "Can you chip in $5 before midnight? 👉 hollis.example/5")]),
    _t(F, p="li", conn="old", sender="person", hl="Senior Product Manager | runner | dog person", steps=[
        ("n", "0",
         "Hi all! Sending this to everyone in my contacts, so sorry for the mass message 🙈\n\nThis year I'm running "
         "the Porto half marathon for Mind the Gap, a mental-health charity that supported my brother a few years "
         "ago. I've set myself a goal of €1,500 and I'm at €640.\n\nAny amount helps, and sharing helps just as "
         "much 🙏 <<site>>/run\n\nThanks for reading!\n<<first>>")]),
    _t(F, p="x", conn="old", sender="person", steps=[
        ("n", "0",
         "hey everyone 🌱 our community garden in Arroios lost its lease and we're crowdfunding to buy the plot "
         "outright. 9 days left, 58% funded. if you've ever eaten one of our tomatoes, now's the time lol. "
         "link: <<site>>/garden (RTs appreciated)")]),
    _t(F, conn="none", sender="account:Northern Hills Relief Network", steps=[
        ("n", "0",
         "URGENT: Wildfires in the northern hills have displaced more than 1,200 families this week.\n\nOur teams "
         "are on the ground distributing water, blankets and hygiene kits. 100% of donations made through this "
         "appeal go directly to emergency supplies.\n\n€20 = a family hygiene kit\n€50 = bedding for a family of "
         "four\n€120 = a week of temporary shelter\n\nDonate now: nhrelief.example.org/fires\n\n"
         "Please forward this message to anyone who can help.")]),
    _t(F, p="li", conn="none", sender="account:Saint Aldric Hospital Foundation", steps=[
        ("n", "0",
         "Dear Mr. Reyes,\n\nOn behalf of the Board of Trustees of the Saint Aldric Hospital Foundation, I am "
         "writing to invite you to join our Founders' Circle, a community of friends whose annual support of "
         "€1,000 or more makes possible the hospital's new paediatric wing.\n\nFounders' Circle members are "
         "recognised on our donor wall, receive our quarterly letter from the Chief of Medicine and are invited "
         "to an annual reception in the spring.\n\nA reply form is attached, or you may give securely at "
         "staldricfoundation.example.org/circle.\n\nWith gratitude,\n\nEleanor Whitfield\nChair, Annual Giving\n"
         "Saint Aldric Hospital Foundation\n\n- founders_circle_2026.pdf")]),
    _t(F, p="x", conn="old", sender="account:Coastline Defense Fund", steps=[
        ("n", "0",
         "Friend — 72 hours. That's how long we have before the committee vote on the Coastal Protection Act.\n\n"
         "Step 1: call your representative (script + number here: coastline.example.org/call)\n"
         "Step 2: chip in to keep our ads running in swing districts: coastline.example.org/give\n\n"
         "Every call counts. Every dollar counts.")]),
    _t(F, conn="old", sender="account:Prototype Girls", steps=[
        ("n", "0",
         "📣 Volunteer mentors wanted for our spring cohort!\n\nPrototype Girls runs free 10-week design and coding "
         "clubs for girls aged 13–17. We're looking for 25 volunteer mentors (designers, engineers, PMs) for "
         "one evening every two weeks, online or in person in Lisbon.\n\nApply by the 20th: "
         "prototypegirls.example.org/mentor\n\nCan't mentor? A €30 donation covers one girl's materials for the "
         "whole cohort: prototypegirls.example.org/give")]),
    _t(F, p="x", conn="old", sender="account:Harbourlight Children's Trust", steps=[
        ("n", "0", "⏰ Last chance to double your impact — match ends tonight. harbourlight.example.org/double")]),
    _t(F, conn="old", sender="account:Nightingale Hospice", steps=[
        ("n", "0",
         "Dear friend of Nightingale,\n\nThank you for being one of our donors last year. Because of you, 412 "
         "families were cared for at home in their final weeks, surrounded by the people they love.\n\nAs we plan "
         "for next year, we're asking our supporters to renew their gift. Could you give again this year?\n\n"
         "Renew your support: nightingale.example.org/renew\n\nWith heartfelt thanks,\nSister Maeve Collins and "
         "the Nightingale team\n\nNightingale Hospice is a registered charity. To stop receiving these emails, "
         "click here.")]),
    _t(F, conn="old", sender="account:Marisol Vance", steps=[
        ("n", "0",
         "QUICK POLL: Who do you trust more on housing?\n\n[ Marisol Vance ]\n[ Greg Carrow ]\n\nCast your vote: "
         "vanceforcongress.example/poll\n\nAfter you vote, we'll ask you to chip in to help us get our housing "
         "plan in front of every voter.\n\nPaid for by Vance for Congress")]),
    _t(F, p="x", conn="old", sender="account:Team Okafor", steps=[
        ("n", "0", "re: tonight\n\nDale asked me to check in personally — can you still make a gift before the "
                   "midnight deadline? We're 312 donations short. okafor2026.example/tonight\n\n— Kim, Team "
                   "Okafor\n\nPaid for by Friends of Dale Okafor")]),
    _t(F, conn="old", sender="account:Estuary Watch", steps=[
        ("n", "0",
         "Your signature is missing\n\nHi there,\n\nWe checked our list and we don't see your name on the petition "
         "to stop dredging in the southern estuary. 31,000 of your neighbours have already signed. Will you add "
         "yours before we deliver it on Monday?\n\n👉 estuarywatch.example.org/sign\n\nEstuary Watch\n"
         "Unsubscribe · Privacy")]),
    _t(F, conn="none", sender="account:Free Press Defense Fund", steps=[
        ("n", "0",
         "Journalism isn't free.\n\nThis year our lawyers defended 27 local reporters against lawsuits designed "
         "to bankrupt them into silence. We won 24 of those cases. We're still fighting the other 3.\n\n"
         "Independent newsrooms can't afford these fights alone. Will you stand with them?\n\n"
         "Give monthly: freepressfund.example.org/stand\n\nFree Press Defense Fund · You subscribed on our "
         "website · Unsubscribe")]),
    _t(F, p="x", conn="old", sender="account:Priya Anand for City Council", steps=[
        ("n", "0", "I'm not a candidate who sends ten emails a day. (OK, today I am 😅) Our midnight deadline is "
                   "real and we're $480 short. anandforcouncil.example/midnight")]),
    _t(F, conn="old", sender="account:Little Readers Library Project", steps=[
        ("n", "0",
         "📚 BOOK DRIVE 📚\n\nThis month we're filling 40 new classroom libraries in primary schools across the "
         "city. Two ways to help:\n\n- Drop off new or gently used children's books at any Caffè Doce branch\n"
         "- Or give online: €10 buys three brand-new books → littlereaders.example.org/give\n\nThank you for "
         "helping kids fall in love with reading!")]),
    _t(F, conn="old", sender="account:Citizens for Open Parks", steps=[
        ("n", "0",
         "Knock doors with us this Saturday\n\nWe're 6 weeks out from the park bond vote and we need to talk to "
         "4,000 more voters. Canvass launch: Saturday 10am at the Linden Park bandstand. Training provided, "
         "snacks guaranteed.\n\nRSVP: openparks.example.org/canvass\n\nCan't walk? Phone bank from home on "
         "Tuesday evenings instead.\n\nPaid for by Citizens for Open Parks, Yes on Measure P.")]),
    _t(F, conn="old", sender="account:Welcome Table Lisboa", steps=[
        ("n", "0",
         "Dear friends,\n\nSixty families are arriving in the city over the next two months, many with nothing "
         "but what they could carry. As the weather turns, we are collecting:\n\n• winter coats (all sizes, "
         "especially children's)\n• blankets and duvets\n• unopened toiletries\n\nDrop-off: Tuesdays and "
         "Thursdays, 17–20h, at our Anjos community room.\n\nIf you'd rather donate money, €35 provides a full "
         "winter kit: welcometable.example.pt/doar\n\nWith gratitude,\nThe Welcome Table volunteers")]),
    _t(F, p="x", conn="old", sender="account:Nightingale Hospice", steps=[
        ("n", "0", "Tomorrow is Giving Day 💜 This year a local family foundation will match the first €10,000 "
                   "given to Nightingale. Set a reminder, or give early: nightingale.example.org/give")]),
    _t(F, conn="old", sender="account:Halloway University Annual Fund", steps=[
        ("n", "0",
         "Year-end reminder from Halloway\n\nGifts made before the end of the tax year count toward this year's "
         "deductions. Support scholarships, the new design studio building or the fund of your choice:\n"
         "give.halloway.example.edu\n\nQuestions? Reply to this email or call the Annual Fund office.\n\n"
         "Halloway University Office of Advancement")]),
    _t(F, p="x", conn="old", sender="account:Marisol Vance", steps=[
        ("n", "0", "Your 2026 Official Supporter Card is ready to activate 💳 Activate it with a gift of any "
                   "amount: vanceforcongress.example/card\n\nPaid for by Vance for Congress")]),
    _t(F, conn="none", sender="account:Ocean Blue Reef Trust", steps=[
        ("n", "0",
         "TODAY ONLY: give any amount and get our 2027 reef photography calendar, free 🐠\n\n12 months of the "
         "best shots from our divers, shipped anywhere. Every gift funds coral nursery work in the Coral "
         "Triangle.\n\nGive now → reeftrust.example.org/calendar\n\nOcean Blue Reef Trust\nNo longer want these "
         "messages? Unsubscribe")]),
    _t(F, p="x", conn="old", sender="account:Little Readers Library Project", steps=[
        ("n", "0", "We're 212 donors away from our goal of 1,000 this month. Be one of them? 💚 "
                   "littlereaders.example.org/give")]),
    _t(F, conn="none", sender="account:Senator Ruth Adeyemi", steps=[
        ("n", "0",
         "I'm asking you directly\n\nFriend,\n\nI've served in the state senate for eight years, and I have never "
         "faced a race like this one. Outside groups have reserved $2.1 million in TV time against me. They "
         "think I'll fold.\n\nI won't. But I can't match them dollar for dollar — I need thousands of people "
         "giving what they can.\n\nIf you believe in what we've built together (the paid-leave law, the new "
         "transit line, the library funding), please chip in today: adeyemi.example/direct\n\nThank you,\nRuth\n\n"
         "Paid for by Adeyemi for State Senate. Contributions are not tax deductible. To unsubscribe, click "
         "here.")]),
    _t(F, p="li", conn="old", sender="person", hl="Founder, Hands On Design School (non-profit)", steps=[
        ("n", "0",
         "Friends and colleagues,\n\nHands On Design School is raising €25,000 to offer 20 full scholarships for "
         "our 2027 evening programme, for students who otherwise couldn't afford it. We're at €14,200.\n\nIf you "
         "can contribute, or share this with your company's giving programme, it would mean a lot: "
         "<<site>>/scholarships\n\nThank you!\n<<full>>")]),
    _t(F, p="x", conn="none", sender="account:Stand Up for Rivers", steps=[
        ("n", "0", "BREAKING: the dam permit vote was moved UP to Friday. We have 3 days, not 3 weeks. We need "
                   "$25,000 for emergency ads. Every gift is matched 2X → standupforrivers.example/now\n\n"
                   "Paid for by Stand Up for Rivers PAC")]),
    _t(F, conn="old", sender="account:Welcome Table Lisboa", steps=[
        ("n", "0", "Coat drive update: 318 coats collected! We still need children's sizes 4–10 and men's L/XL. "
                   "Drop-off this Tuesday and Thursday, 17–20h. Thank you, Lisboa 💛")]),
    _t(F, conn="old", sender="account:Open Streets Lisboa", steps=[
        ("n", "0",
         "Friend of Open Streets,\n\nOur yearly membership drive is on. Members fund our street audits, our "
         "legal work and those giant banners you've seen on the bridge.\n\n€3/month — Supporter\n€8/month — "
         "Member (+ voting rights at the AGM)\n€20/month — Street Builder (+ our zine, posted to you)\n\nJoin "
         "here: openstreets.example.pt/membro\n\nUnsubscribe | Donate once")]),
    _t(F, p="x", conn="old", sender="account:Stand Up for Rivers", steps=[
        ("n", "0", "Friend, 3 hours left in our end-of-month push and we're $2,140 short. If you've given before, "
                   "thank you. If you haven't: now's the time 💧 standupforrivers.example/eom")]),
    _t(F, conn="old", sender="account:Fernvale Public Radio", steps=[
        ("n", "0",
         "You're invited to become a Sustaining Member\n\nDear Listener,\n\nSustaining members give a small amount "
         "every month, and it's the single most reliable way to keep local news on the air. Right now only "
         "14% of our listeners give, which means every sustaining gift carries a lot of weight.\n\nBecome a "
         "sustainer for as little as $5 a month: fvpr.example.org/sustain\n\nThank you for listening,\n"
         "Ray Dominguez\nGeneral Manager, FVPR\n\nFernvale Public Radio is a listener-supported non-profit.")]),
    _t(F, p="x", conn="none", sender="account:FairClick Coalition", steps=[
        ("n", "0", "We're 1,690 signatures away from 50,000 on the dark-patterns petition. Help us get there "
                   "today? 🖱️ fairclick.example.org/petition")]),
    _t(F, conn="none", sender="account:Kids Code Camp Foundation", steps=[
        ("n", "0",
         "Hi friend,\n\nHere is a quick look at what your support did this year:\n\n✔ 2,900 kids coded their "
         "first game\n✔ 41 new after-school clubs\n✔ 600 laptops refurbished and donated\n\nNext year we want to "
         "reach 5,000 kids. We can't do it without you. Donate: kidscodecamp.example.org/2027\n\nThanks for "
         "believing in the next generation of builders!\n\nKids Code Camp Foundation · Unsubscribe · "
         "View in browser")]),
    _t(F, p="x", conn="old", sender="account:Hollis for Senate", steps=[
        ("n", "0", "Official Notice: your supporter status is EXPIRING. Renew with a $10 gift to stay on the "
                   "team. hollis.example/renew\n\nPaid for by Hollis for Senate")]),
]
THREADS += [
    _t(F, p="x", conn="old", sender="account:Riverside Animal Shelter", steps=[
        ("n", "0", "Clear the Kennels weekend 🐾 All adoption fees waived Sat–Sun, and we need 15 extra volunteers "
                   "to walk dogs and greet families. Sign up: riversideshelter.example.org/weekend")]),
    _t(F, conn="old", sender="account:Coastline Defense Fund", steps=[
        ("n", "0",
         "Subject: I need to be honest with you\n\nFriend,\n\nOur end-of-month goal is $60,000 and we're at "
         "$41,775. I won't pretend that's close. If we miss it, we cut one of the three field organisers we were "
         "going to send to the coast next month.\n\nA gift of $25 today keeps that organiser on the ground.\n\n"
         "coastline.example.org/eom\n\nThank you,\nTeresa Lund\nExecutive Director\n\nCoastline Defense Fund · "
         "Manage preferences · Unsubscribe")]),
    _t(F, conn="old", sender="account:Posterworks Collective", steps=[
        ("n", "0", "Reminder: the solidarity print auction closes Sunday at 20h. 46 prints from 30 artists, all "
                   "proceeds to the press repair fund. Bid here → posterworks.example.org/auction")]),
    _t(F, p="x", conn="none", sender="account:Civic Forward", steps=[
        ("n", "0", "Team, can you give just $1? Seriously. We're trying to show that 10,000 individual donors "
                   "stand behind our platform and we're at 8,815. $1 counts the same as $1,000 in that number. "
                   "civicforward.example/1")]),
    _t(F, conn="old", sender="account:Penstroke", steps=[
        ("n", "0",
         "Penstroke community fund: call for contributions\n\nThe 2027 design sprint (icons, docs, onboarding) "
         "needs about $6,500 to pay three contributors for a month. Companies that sponsor at $500+ get their "
         "logo in the release notes.\n\nDetails and sponsorship tiers: penstroke.example.dev/fund\n\n"
         "You're getting this because you starred Penstroke and opted in to project news. Unsubscribe.")]),
]

# =====================================================================================================
# n_product_update: release notes, changelogs, feature announcements from tools Jordan uses
# =====================================================================================================
U = "n_product_update"
THREADS += [
    # --- series: Framewell monthly --------------------------------------------------------------------
    _t(U, p="x", conn="old", sender="account:Framewell", steps=[
        ("n", "0",
         "What's new in Framewell — September ✨\n\n• Auto layout now supports wrap\n• Comment threads can be "
         "resolved in bulk\n• Variables: mode switching in prototypes\n• 40% faster file open for large "
         "libraries\n\nFull release notes: framewell.example.com/whats-new"),
        ("n", "30d",
         "What's new in Framewell — October 🍂\n\nThe big one: Branching is out of beta for all Team plans. Also "
         "new: section-level version history, a grid inspector, and dev mode annotations you can link to "
         "tickets.\n\nframewell.example.com/whats-new"),
        ("n", "31d",
         "What's new in Framewell — November\n\n🎨 Colour styles → variables migration tool\n🔍 Search inside "
         "component descriptions\n♿ Contrast checker built into the fill panel\n🐛 87 bug fixes, including the "
         "one where text jumped when you pressed Escape (sorry)\n\nRead more: framewell.example.com/whats-new"),
    ]),
    # --- series: Linework weekly changelog -------------------------------------------------------------
    _t(U, conn="old", sender="account:Linework", steps=[
        ("n", "0",
         "Linework Changelog #118\n\nNEW\n- Sub-issues can now have their own estimates\n- Keyboard shortcut "
         "G then R jumps to your review queue\n\nIMPROVED\n- Cycle graphs load in under a second for teams with "
         "2k+ issues\n- Slack previews show the assignee avatar\n\nFIXED\n- Drag and drop on Safari 18 dropped "
         "issues into the wrong column\n\nlinework.example.com/changelog"),
        ("n", "7d",
         "Linework Changelog #119\n\nNEW\n- Triage rules: route incoming issues by label\n- Project updates can "
         "be posted straight to a Slack channel\n\nFIXED\n- Due-date reminders sometimes fired twice\n\n"
         "linework.example.com/changelog"),
        ("n", "7d",
         "Linework Changelog #120 🎉\n\nOur 120th changelog! This week: customer requests. Attach feedback from "
         "support tools directly to issues and see how many customers asked for something before you build it.\n"
         "Plus: 14 fixes.\n\nlinework.example.com/changelog"),
        ("n", "8d",
         "Linework Changelog #121\n\n- Initiatives view (beta)\n- Dark mode contrast tweaks\n- API: webhooks now "
         "include the actor\n\nlinework.example.com/changelog"),
    ]),
    # --- series: Tallyform -----------------------------------------------------------------------------
    _t(U, conn="old", sender="account:Tallyform", steps=[
        ("n", "0",
         "Hey there 👋\n\nQuick product update from the Tallyform team. You can now add conditional logic to "
         "payment fields, so your order forms can show different prices depending on earlier answers. "
         "We also shipped a Portuguese and Polish UI, and the long-requested 'save and continue later'.\n\n"
         "Try it in your forms → tallyform.example.io/updates\n\n— Noor & the Tallyform team\n\n"
         "You're receiving product updates because you have a Tallyform account. Manage email settings."),
        ("n", "26d",
         "Tallyform update: signatures ✍️\n\nCollect legally binding e-signatures right inside a form. Free on "
         "all plans, up to 50 signatures a month.\n\ntallyform.example.io/updates"),
        ("n", "24d",
         "Tallyform is getting a new look\n\nOver the next two weeks we're rolling out our redesigned form "
         "builder. Everything you know is still there, just faster to reach. You can switch back to the "
         "classic builder until the end of the year.\n\nSee the tour: tallyform.example.io/new-builder"),
    ]),
    # --- one-offs ------------------------------------------------------------------------------------
    _t(U, p="x", conn="old", sender="account:Moodwall", steps=[
        ("n", "0", "Shipped 🚢 multiplayer cursors in Moodwall. Invite your team to a board and watch the chaos "
                   "unfold. moodwall.example.app/new")]),
    _t(U, conn="old", sender="account:Quire Docs", steps=[
        ("n", "0",
         "Subject: Quire Docs 5.0 is here\n\n[IMAGE: Quire 5.0 hero]\n\nThe biggest update in Quire's history "
         "is live today.\n\n→ Docs that think in blocks: every paragraph can be a task, a table or a live embed\n"
         "→ Offline mode on desktop, with conflict-free sync\n→ Page analytics: see who read what, and where "
         "they stopped\n→ A brand-new mobile editor\n\nWatch the 3-minute walkthrough: quire.example.com/5\n\n"
         "Your workspace will update automatically over the next 48 hours.\n\nQuire Inc. · 220 Harbor St · "
         "Unsubscribe from product news")]),
    _t(U, p="x", conn="old", sender="account:Inkpad", steps=[
        ("n", "0", "Dark mode is here 🌙 Finally. Update Inkpad to 3.8 on iOS, Android and desktop. Your eyes "
                   "can thank us later.")]),
    _t(U, conn="old", sender="account:Beacon Analytics", steps=[
        ("n", "0",
         "Important: Beacon API v1 will be retired on 31 January\n\nHi,\n\nWe're writing to all customers who "
         "have made API v1 calls in the last 90 days. v1 will stop responding on 31 January. v2 has been "
         "available since last year and offers higher rate limits and cursor pagination.\n\nWhat to do:\n"
         "1. Check the migration guide: beacon.example.io/docs/v2-migration\n2. Swap the base URL and update "
         "pagination\n3. Test in the sandbox\n\nIf you have questions, our support team is happy to help.\n\n"
         "The Beacon team")]),
    _t(U, p="x", conn="old", sender="account:Brushline Icons", steps=[
        ("n", "0", "Brushline 4.2 is out ✏️ 320 new icons (travel, health, finance), a duotone style, and "
                   "the Framewell plugin now supports variable stroke width. Free update for all license "
                   "holders. brushline.example.com/4-2")]),
    _t(U, conn="old", sender="account:Canopy Hosting", steps=[
        ("n", "0",
         "Product update: Canopy now deploys to 6 new regions\n\nYou can now host static sites and functions in "
         "Lisbon, Warsaw, Johannesburg, Jakarta, Santiago and Osaka. New projects pick the closest region "
         "automatically; existing projects can switch in Settings → Regions.\n\nAlso this month: instant "
         "rollbacks, preview deployments for every branch, and build logs that don't scroll you to the top "
         "every time they update.\n\nChangelog: canopy.example.dev/changelog\n\nYou are receiving this because "
         "you have an active Canopy project. Unsubscribe from product updates.")]),
    _t(U, p="li", conn="old", channel="sponsored", sender="account:Stagehand", steps=[
        ("n", "0",
         "Stagehand now turns your outline into a first-draft deck in seconds 🪄 AI layouts that respect your "
         "brand fonts and colours, speaker notes you can actually use, and export to PPTX. Available today on "
         "all paid plans. See it in action: stagehand.example.com/ai")]),
    _t(U, conn="old", sender="account:Linework", steps=[
        ("n", "0",
         "Linework is now available on Android 📱\n\nTriage, comment and update issues from anywhere. Push "
         "notifications respect your working hours. Download from the Play Store or scan the code at "
         "linework.example.com/mobile")]),
    _t(U, p="x", conn="old", sender="account:Pixelrail", steps=[
        ("n", "0", "new in Pixelrail: export any frame as a looping MP4 or Lottie. no plugin. no watermark. "
                   "just click Export ▸ Motion. pixelrail.example.app")]),
    _t(U, conn="old", sender="account:Cadence Invoicing", steps=[
        ("n", "0",
         "What's new in Cadence this autumn\n\n- Recurring invoices with automatic reminders\n- Multi-currency "
         "(EUR, GBP, USD, CHF, PLN) with daily rates\n- SAF-T export for Portuguese accounting\n- Clients can "
         "pay by MB Way and SEPA Direct Debit\n\nLog in to try the new features, or read the full notes at "
         "cadence.example.eu/novidades\n\nCadence · Rua das Flores 12, Lisboa")]),
    _t(U, p="x", conn="old", sender="account:Moodwall", steps=[
        ("n", "0", "Moodwall 2.3: smart clustering groups similar images on your board automatically. Works "
                   "best on boards with 30+ images. Rolling out this week 🧲")]),
    _t(U, conn="old", sender="account:Hatchmail", steps=[
        ("n", "0",
         "Hatchmail product digest 📬\n\nHere's everything we shipped in the last 30 days:\n\n1. Send-time "
         "optimisation (beta): we pick the best hour for each subscriber\n2. A/B test subject lines with up to "
         "4 variants\n3. New template gallery with 24 minimalist layouts\n4. Custom domains for your archive "
         "page\n5. Faster editor (typing lag fixed on long issues)\n\nWhat should we build next? Vote on the "
         "roadmap: hatchmail.example.com/roadmap\n\nView this email in your browser · Unsubscribe")]),
    _t(U, p="x", conn="old", sender="account:Quire Docs", steps=[
        ("n", "0", "ICYMI: you can now publish any Quire page as a website with a custom domain 🌐 "
                   "quire.example.com/publish")]),
    _t(U, conn="old", sender="account:Tidepool Calendar", steps=[
        ("n", "0",
         "Tidepool update: focus blocks now defend themselves 🛡️\n\nWhen someone tries to book over a focus "
         "block, Tidepool suggests the next free slot instead. You stay in control — you can still accept "
         "manually.\n\nAlso new:\n• Time zone overlays for up to 4 teammates\n• 'Speedy meetings' that end 5 "
         "minutes early\n• Apple Watch complication\n\nUpdate your app or visit tidepool.example.com/new")]),
    _t(U, conn="old", sender="account:Sketchbox", steps=[
        ("n", "0",
         "Release notes — Sketchbox 11.4\n\nAdded\n* Pressure-sensitive eraser for tablets\n* Snap to pixel "
         "grid toggle (Shift + P)\n\nChanged\n* Layer panel can be collapsed to icons\n* Default export format "
         "is now WebP\n\nFixed\n* Crash when pasting very large SVGs\n* Guides disappeared after undo\n* "
         "Incorrect colour profile on exported PNGs (P3 displays)\n\nDownload: sketchbox.example.com/releases")]),
    _t(U, p="li", conn="none", channel="sponsored", sender="account:Beacon Analytics", steps=[
        ("n", "0",
         "Introducing Beacon Journeys: see the exact path users take before they convert (or drop off). "
         "Funnels, retention and session replays, all in one view. Now live for every workspace → "
         "beacon.example.io/journeys")]),
    _t(U, conn="old", sender="account:Inkpad", steps=[
        ("n", "0",
         "Your Inkpad plan is changing (for the better)\n\nStarting next month, every Inkpad Pro plan includes "
         "unlimited version history and 100 GB of attachments, up from 10 GB. There's nothing you need to do "
         "and your price stays the same.\n\nQuestions? inkpad.example.com/help\n\nThe Inkpad team")]),
    _t(U, p="x", conn="old", sender="account:Framewell", steps=[
        ("n", "0", "Framewell Config is coming up and so are a few announcements 👀 Follow along on the 18th "
                   "for the keynote livestream. framewell.example.com/config")]),
    _t(U, p="x", conn="old", sender="account:Typecast Fonts", steps=[
        ("n", "0", "Update for Typecast members: variable versions of Ardent, Solace and Kiln are now in your "
                   "library. Re-download from your account to get the new axes. 🔠")]),
    _t(U, conn="old", sender="account:Shipnote", steps=[
        ("n", "0",
         "Shipnote November changelog\n\n✨ Embeddable widget v2: smaller (8 kb), themeable, and it finally "
         "remembers what the reader has seen\n🔗 Integrations with the big no-code automation tools\n📊 Read stats per entry\n🧹 "
         "Removed the old v1 widget (deprecated since spring)\n\nshipnote.example.io/changelog")]),
    _t(U, conn="old", sender="account:Canopy Hosting", steps=[
        ("n", "0",
         "Heads up: Node 18 runtimes reach end of life on Canopy\n\nFrom the 1st of next month, new deployments "
         "using Node 18 will fail. Existing deployments keep running. Update the 'engines' field in your "
         "package.json to Node 20 or 22.\n\nAffected projects in your team: listed in your dashboard under "
         "Settings → Runtime.\n\nGuide: canopy.example.dev/docs/runtimes")]),
    _t(U, p="x", conn="old", sender="account:Tallyform", steps=[
        ("n", "0", "new: embed a Tallyform in Framewell prototypes 🤝 handy for usability tests. "
                   "tallyform.example.io/framewell")]),
    _t(U, conn="old", sender="account:Loopdesk", steps=[
        ("n", "0",
         "Loopdesk product update\n\nHi,\n\nWe've been quiet for a while because we were rebuilding the board "
         "engine from scratch. It's done. Boards with thousands of cards now scroll smoothly, filters apply "
         "instantly, and you can finally have swimlanes by assignee AND by priority.\n\nWe also heard you on "
         "notifications: digests are now on by default, and you can mute any card with one click.\n\nThe new "
         "engine is live for all workspaces today. If anything feels off, tell us at "
         "loopdesk.example.com/feedback — a human reads every message.\n\nCheers,\nMattias, co-founder")]),
    _t(U, p="li", conn="none", channel="sponsored", sender="account:Hatchmail", steps=[
        ("n", "0", "Paid newsletters just got easier: Hatchmail now handles subscriptions, VAT and payouts in "
                   "40 countries. 0% platform fee on your first €1,000. Learn more → hatchmail.example.com/paid")]),
    _t(U, conn="old", sender="account:Gridline Prototyping", steps=[
        ("n", "0",
         "Gridline 7 — release notes\n\nHighlights:\n- Conditional interactions (if/else on variables)\n- Native "
         "device frames for the latest phones\n- Shareable prototype links with passwords\n- Recording mode for "
         "usability tests\n\nBreaking changes:\n- Legacy 'hotspot' components are converted to interactions on "
         "first open. Save a copy first if you rely on them.\n\nFull notes: gridline.example.com/7")]),
    _t(U, p="x", conn="old", sender="account:Pixelrail", steps=[
        ("n", "0", "🎉 Pixelrail is now free for students and educators. Verify with your school email at "
                   "pixelrail.example.app/edu")]),
    _t(U, conn="old", sender="account:Beacon Analytics", steps=[
        ("n", "0",
         "Beacon monthly: what we shipped\n\n• Cohort comparisons side by side\n• EU data residency is now GA "
         "(Frankfurt)\n• Dashboards can be shared with a public, read-only link\n• SQL editor autocompletes "
         "event names\n\nWe also cut median query time by 35%.\n\nSee details → beacon.example.io/changelog\n\n"
         "Beacon Analytics, Inc. · Unsubscribe")]),
    _t(U, p="x", conn="old", sender="account:Inkpad", steps=[
        ("n", "0", "Inkpad for Mac now has a menu bar quick-capture window. ⌥ + Space, type, done. Update to "
                   "3.9 🖊️")]),
    _t(U, conn="old", sender="account:Quire Docs", steps=[
        ("n", "0",
         "We're changing how guests work in Quire\n\nFrom next month, guests in your workspace can comment and "
         "suggest edits but can't create new pages. Admins can grant page creation to specific guests. We made "
         "this change after many teams told us their workspaces filled up with stray pages.\n\nRead more: "
         "quire.example.com/guests")]),
    _t(U, p="x", conn="old", sender="account:Sketchbox", steps=[
        ("n", "0", "Sketchbox 11.5 beta is open 🧪 new brush engine, 2x faster on large canvases. join: "
                   "sketchbox.example.com/beta")]),
    _t(U, conn="old", sender="account:Stagehand", steps=[
        ("n", "0",
         "Stagehand: what's new\n\n→ Live polls inside presentations\n→ Presenter view on a second screen (at "
         "last)\n→ Brand kits lock fonts and colours for the whole team\n\nThese are available now. No need to "
         "update; just refresh.\n\nstagehand.example.com/updates")]),
    _t(U, p="x", conn="old", sender="account:Tidepool Calendar", steps=[
        ("n", "0", "Tidepool now syncs with Linework: issues with due dates show up as all-day tasks on your "
                   "calendar 📅 turn it on in Integrations.")]),
    _t(U, conn="old", sender="account:Palette Cloud", steps=[
        ("n", "0",
         "Palette Cloud Release 2.0\n\nNo images? Click here\n\nPalettes now live in shared libraries that sync "
         "with Framewell, Sketchbox and your codebase (CSS, Tailwind and JSON tokens). Every change is "
         "versioned, so you can see who made the blue slightly less blue and when.\n\nOther changes:\n- APCA "
         "contrast scores next to WCAG 2\n- Colour-blindness simulation on any palette\n- Import from an image "
         "or a URL\n\nStart here: palette.example.cloud/2\n\nYou're receiving this because you created a "
         "Palette Cloud account. Unsubscribe.")]),
    _t(U, p="x", conn="old", sender="account:Loopdesk", steps=[
        ("n", "0", "Small but mighty: Loopdesk cards can now be duplicated with all their checklists. "
                   "Cmd/Ctrl + D. You asked, we shipped.")]),
    _t(U, conn="old", sender="account:Framewell", steps=[
        ("n", "0",
         "Changes to Framewell plans and seats\n\nWe're simplifying our plans. From the next billing cycle:\n\n"
         "- Viewers remain free and unlimited\n- 'Dev' seats are a new, lower-priced seat for engineers\n- "
         "Full seats include all features previously in the Pro add-on\n\nFor most teams the monthly bill stays "
         "the same or goes down. You can see a preview of your next invoice in Admin → Billing.\n\n"
         "Read the FAQ: framewell.example.com/plans-2027")]),
    _t(U, p="x", conn="old", sender="account:Gridline Prototyping", steps=[
        ("n", "0", "Gridline 7.1 fixes the scroll bug in nested frames 🙏 thanks for all the reports")]),
    _t(U, conn="old", sender="account:Shipnote", steps=[
        ("n", "0", "Shipnote now supports scheduled changelog entries ⏰ Write on Friday, publish on Monday at "
                   "9:00 in your audience's time zone. shipnote.example.io/changelog")]),
]
THREADS += [
    _t(U, p="x", conn="old", sender="person", steps=[
        ("n", "0", "v2.0 of my Framewell plugin Tidy Layers just shipped 🧹 rename, sort and purge hidden layers "
                   "in one click. free update if you already have it → <<site>>/tidy")]),
    _t(U, p="li", conn="old", sender="person", hl="Founder at <<company>> | building calm software", steps=[
        ("n", "0",
         "Hi everyone — a quick product update for <<company>> users (you're getting this because you signed up "
         "for the early beta).\n\nThis month we shipped:\n- Folder sharing with view-only links\n- A much faster "
         "search (rewritten from scratch, sorry it took so long)\n- Import from CSV\n\nNext up is the mobile app. "
         "As always, the full changelog lives at <<site>>/changelog.\n\nThanks for sticking with us,\n<<first>>")]),
    _t(U, conn="old", sender="account:Hatchmail", steps=[
        ("n", "0", "Scheduled maintenance complete ✅ Hatchmail's new sending infrastructure is live. You "
                   "should see faster delivery and better inbox placement from today. Details: "
                   "hatchmail.example.com/status")]),
    _t(U, p="x", conn="old", sender="account:Palette Cloud", steps=[
        ("n", "0", "Palette Cloud ❤️ Linework: attach palettes to issues so engineers always get the right "
                   "hex. live now.")]),
    _t(U, conn="old", sender="account:Cadence Invoicing", steps=[
        ("n", "0",
         "Novidade / New: expense capture\n\nSnap a photo of a receipt and Cadence reads the amount, VAT and "
         "supplier for you. Expenses sync to your accountant's view automatically. Available in the app "
         "today.\n\ncadence.example.eu/despesas")]),
]

# =====================================================================================================
# n_event: webinars, masterclasses, conferences, meetups, galas, firm receptions, all-hands notices
# =====================================================================================================
E = "n_event"
THREADS += [
    # --- series: a design conference, from save-the-date to livestream ---------------------------------
    _t(E, conn="old", sender="account:Midpoint Design Conference", steps=[
        ("n", "0",
         "SAVE THE DATE ✦ Midpoint 2027\n\nTwo days of talks, workshops and long lunches for people who design "
         "products. Porto, 6–7 May, at the old customs house by the river.\n\nEarly-bird tickets open next week "
         "for newsletter subscribers only. Keep an eye on your inbox.\n\nmidpoint.example.eu"),
        ("n", "8d",
         "Early-bird tickets are open 🎟️\n\n€290 instead of €420 until the 300 early-bird seats are gone (last "
         "year they lasted 11 days). Team packs of 5 get a further 10% off.\n\nGet your ticket: "
         "midpoint.example.eu/tickets\n\nView this email in your browser"),
        ("n", "15d",
         "First speakers announced for Midpoint 2027\n\n• Aiyana Brooks — 'Designing for the second user'\n"
         "• Teodor Lindahl — 'Five years of a design system nobody asked for'\n• Mariana Esteves — 'Service "
         "design in the emergency room'\n• Kwabena Mensah — 'Prototyping with the sound off'\n\n14 more to "
         "come. Early-bird seats remaining: 41.\n\nmidpoint.example.eu/speakers"),
        ("n", "20d",
         "Last chance to register at the regular price — prices go up on Friday at midnight (Lisbon time).\n\n"
         "midpoint.example.eu/tickets"),
        ("n", "25d", "The Midpoint workshop schedule is live. Workshops are capped at 24 people and usually "
                     "fill in a day. Pick yours: midpoint.example.eu/workshops"),
    ]),
    # --- series: vendor webinar invite, reminder, recording -----------------------------------------------
    _t(E, conn="old", sender="account:Quire Docs", steps=[
        ("n", "0",
         "[Webinar] How product teams write specs people actually read\n\nThursday, 17:00 CET · 45 minutes + "
         "Q&A\n\nJoin Quire's Head of Product and two guests from teams that cut their spec-writing time in "
         "half. You'll leave with a template you can copy.\n\nSave your seat → quire.example.com/webinar\n\n"
         "Can't make it live? Register anyway and we'll send the recording."),
        ("n", "3d", "Starting in 1 hour ⏰ 'How product teams write specs people actually read'. Your link: "
                    "quire.example.com/webinar/join"),
        ("n", "1d",
         "The recording is ready 🎬\n\nThanks to the 1,200+ people who joined yesterday. Watch the replay, "
         "download the slides and grab the spec template here: quire.example.com/webinar/replay"),
    ]),
    # --- series: a creator's free masterclass funnel ---------------------------------------------------
    _t(E, p="x", conn="old", sender="person", steps=[
        ("n", "0",
         "🚨 FREE MASTERCLASS 🚨\n\n'5 portfolio mistakes that cost designers interviews'\n\nLive this "
         "Wednesday, 7pm GMT. 60 minutes. No fluff. I'll tear down 3 real portfolios live (with permission).\n\n"
         "Save your spot 👉 <<site>>/masterclass\n\nSpots are limited to 500 because of Zoom 🙃"),
        ("n", "2d", "tomorrow!! 7pm GMT. 412/500 spots taken. <<site>>/masterclass"),
        ("n", "2d", "missed it? the replay is up for 48 hours only ⏳ <<site>>/replay"),
    ]),
    # --- series: law firm reception -------------------------------------------------------------------
    _t(E, p="li", conn="old", sender="account:Marlow & Finch LLP", steps=[
        ("n", "0",
         "Marlow & Finch LLP\nrequest the pleasure of your company at our\n\nAutumn Founders' Reception\n\n"
         "Thursday 22 October, 18:30–21:00\nThe Glasshouse, Rua do Pátio 8, Lisbon\n\nDrinks and canapés · "
         "Short remarks on the new EU startup visa rules\n\nRSVP by 15 October: marlowfinch.example.com/rsvp\n\n"
         "Dress: business casual"),
        ("n", "10d",
         "A gentle reminder: RSVPs for the Marlow & Finch Autumn Founders' Reception close this Thursday. We "
         "would be delighted to see you there.\n\nmarlowfinch.example.com/rsvp"),
    ]),
    # --- series: Lisbon UX meetup ----------------------------------------------------------------------
    _t(E, p="x", conn="old", sender="account:UX Lisboa Meetup", steps=[
        ("n", "0", "UX Lisboa #37 is on! 🗓️ Thursday 19h at Cais Cowork. Talks: accessibility audits on a "
                   "shoestring + designing for kiosks. Pizza 🍕 RSVP on the meetup page, 80 spots."),
        ("n", "28d", "UX Lisboa #38: lightning talks night ⚡ Want to give a 5-minute talk? Reply to the form. "
                     "Just want to watch? RSVP, 90 spots, Cais Cowork as always."),
        ("n", "30d", "UX Lisboa #39 — our end-of-year party 🎉 No talks, just drinks, a quiz and the legendary "
                     "bad-UX raffle. RSVP needed for the venue."),
    ]),
    # --- company-wide notices at Kestrel Health --------------------------------------------------------
    _t(E, p="li", conn="old", sender="account:Kestrel Health People Team", steps=[
        ("n", "0",
         "📣 All-hands this Thursday\n\nHi all,\n\nOur Q4 all-hands is Thursday at 16:00 Lisbon / 11:00 New "
         "York. Agenda:\n1. Q3 results and what they mean for hiring\n2. Product roadmap preview (Clinic "
         "Portal v3)\n3. Benefits changes for next year\n4. Open Q&A — submit questions anonymously in the "
         "form\n\nZoom link is in the calendar invite. Remote folks: cameras optional, snacks not provided 😄\n\n"
         "People Team"),
        ("n", "21d",
         "🎄 Save the date: Kestrel Holiday Party\n\nFriday 11 December from 19:00 at Armazém 4, Lisbon. Dinner, "
         "a very questionable karaoke setup and the annual awards. Partners welcome. Please RSVP by the 28th so "
         "we can sort catering and dietary needs: kestrel.example.com/party\n\nRemote teammates: travel budget "
         "details coming from your manager."),
    ]),
    # --- one-offs ------------------------------------------------------------------------------------
    _t(E, p="li", conn="none", channel="sponsored", sender="account:Northgate Ventures", steps=[
        ("n", "0",
         "You're invited: Northgate Founders Dinner, Lisbon\n\nEvery autumn we host a small dinner for founders "
         "building in Southern Europe. This year: 40 seats, one long table, no pitches. Hosted by our partners "
         "Ines Carvalho and Rob Hayes.\n\nApply for a seat: northgate.example.vc/dinner\n\nSeats are allocated "
         "by the end of the month.")]),
    _t(E, conn="old", sender="account:Galeria Sal", steps=[
        ("n", "0",
         "INAUGURAÇÃO / OPENING\n\n'Blueprints for Rooms That Never Existed'\nNew works by Hana Ferraz\n\nFriday, "
         "18:00–22:00\nGaleria Sal, Rua do Poço 21\n\nThe exhibition runs until the end of January. Free entry.\n\n"
         "galeriasal.example.pt")]),
    _t(E, conn="old", sender="account:Saint Aldric Hospital Foundation", steps=[
        ("n", "0",
         "The Saint Aldric Winter Gala\n\nAn evening in support of the new paediatric wing\n\nSaturday 28 "
         "November · Palácio Verde Ballroom\nBlack tie · Dinner · Live auction · Music by the Marés Quartet\n\n"
         "Individual seats €250 · Tables of ten €2,200\n\nReserve: staldricfoundation.example.org/gala\n\n"
         "To update your mailing preferences, click here.")]),
    _t(E, p="x", conn="old", sender="account:Framewell", steps=[
        ("n", "0", "Framewell Config keynote starts in 30 minutes 🔴 Watch live: framewell.example.com/live")]),
    _t(E, conn="old", sender="account:Cais Cowork", steps=[
        ("n", "0",
         "This week at Cais 🌊\n\nMon · Morning yoga on the terrace, 8:30\nWed · Founders' lunch: legal basics for "
         "freelancers (free for members)\nThu · UX Lisboa meetup, 19h\nFri · Members' drinks from 18h — our "
         "barista is making mulled wine\n\nBook via the member app. Guests welcome at drinks."),
    ]),
    _t(E, p="li", conn="none", channel="sponsored", sender="account:Beacon Analytics", steps=[
        ("n", "0",
         "Join us for Beacon Live: Product Analytics Summit 📊 3 days, 30 speakers, 100% online and free. "
         "Learn how teams at fast-growing startups measure activation, retention and revenue. Register now → "
         "beacon.example.io/summit")]),
    _t(E, conn="old", sender="account:Halloway University", steps=[
        ("n", "0",
         "Halloway Design Lecture Series — autumn programme\n\nDear alumni and friends,\n\nThe School of Design "
         "is pleased to announce this term's public lectures:\n\n14 Oct — 'Cities at the Speed of Walking', "
         "Prof. Amara Eze\n28 Oct — 'What Furniture Knows', Lukas Brandt\n11 Nov — 'Interfaces for Grief', "
         "Dr. Sunniva Hale\n\nAll lectures 18:00 in the Morrow Auditorium and streamed online. Free; booking "
         "required.\n\ndesign.halloway.example.edu/lectures")]),
    _t(E, p="x", conn="old", sender="person", steps=[
        ("n", "0", "going live on X Spaces tonight 9pm CET with a few friends to talk about pricing design "
                   "work in 2027. bring your spicy takes 🌶️ set a reminder: <<site>>/space")]),
    _t(E, conn="old", sender="account:Lisbon Design Week", steps=[
        ("n", "0",
         "Lisbon Design Week: the full programme is out!\n\n120 events across 9 neighbourhoods. Studio open "
         "days, talks, a type walk through Baixa, and the night market on the river.\n\nMost events are free, "
         "but some need booking — they go fast.\n\nBrowse the programme: lisbondesignweek.example.pt\n\n"
         "#LDW27")]),
    _t(E, p="li", conn="old", sender="person", hl="Community lead at <<company>>", steps=[
        ("n", "0",
         "Hey everyone 👋 We're hosting a portfolio review night for junior designers next Tuesday at 18:30 "
         "(online). Senior reviewers from 12 companies, 20-minute slots, free. If you know someone looking for "
         "their first design job, please pass it on! Sign-up: <<site>>/reviews")]),
    _t(E, conn="old", sender="account:Kestrel Health People Team", steps=[
        ("n", "0",
         "Reminder: Town hall moved to Friday\n\nTeam, due to the board meeting, this month's town hall moves to "
         "Friday 15:00 Lisbon. Same link. Recording will be shared for those who can't make it.")]),
    _t(E, conn="none", sender="account:Arden Private Bank", steps=[
        ("n", "0",
         "Dear Client,\n\nArden Private Bank is delighted to invite you to an evening with the economist "
         "Dr. Helga Sørby, who will share her outlook on European markets for the year ahead.\n\nWednesday "
         "4 November, 19:00\nArden House, Avenida Norte 140\nFollowed by a cocktail reception\n\nPlaces are "
         "limited. Kindly confirm your attendance with your relationship manager or at "
         "arden.example.com/events by 29 October.\n\nWe look forward to welcoming you.\n\nArden Private Bank\n\n"
         "This invitation is personal and non-transferable.")]),
    _t(E, p="x", conn="old", sender="account:Hackday Lisboa", steps=[
        ("n", "0", "🛠️ Hackday Lisboa is back! 48 hours, 300 builders, theme drops at kickoff. Designers we "
                   "NEED you, last year 70% of teams had zero. Free tickets: hackday.example.pt")]),
    _t(E, conn="old", sender="account:Tidepool Calendar", steps=[
        ("n", "0",
         "You're invited: Tidepool Office Hours 🗓️\n\nEvery first Tuesday of the month our product team hangs out "
         "live to demo new features and answer questions. Next session: Tuesday, 16:00 UTC.\n\nAdd it to your "
         "calendar: tidepool.example.com/office-hours")]),
    _t(E, p="li", conn="old", sender="person", hl="Author | Speaker | Design leadership coach", steps=[
        ("n", "0",
         "📖 Book launch party!\n\nMy new book 'Quiet Leadership in Loud Teams' comes out on the 20th, and I'm "
         "celebrating with a launch evening at Livraria Folha in Lisbon (18:30, free, wine provided 🍷). There "
         "will be a short reading, a Q&A and cake.\n\nRSVP here so we don't run out of chairs: "
         "<<site>>/launch\n\nHope to see some of you there!\n<<first>>")]),
    _t(E, conn="none", sender="account:Product Guild Europe", steps=[
        ("n", "0",
         "Last chance to register: Product Guild Summit (online)\n\nRegistration closes tonight at midnight CET.\n"
         "• 2 days, 4 tracks\n• Workshops on discovery, pricing and AI features\n• Free for guild members, €49 "
         "for everyone else\n\nRegister: productguild.example.eu/summit")]),
    _t(E, conn="old", sender="account:Museum of Everyday Objects", steps=[
        ("n", "0", "Museum Lates are back 🌙 Every last Friday of the month we stay open until 23h with DJs, "
                   "drawing classes and the bar in the old boiler room. This month's theme: 'Lost & Found'. "
                   "Tickets €8, members free.")]),
    _t(E, p="li", conn="none", channel="sponsored", sender="account:Sundial Accelerator", steps=[
        ("n", "0",
         "Sundial Demo Day — you're invited\n\n14 startups, 4 minutes each, one very big stage. Join investors, "
         "operators and the Sundial community for the Winter Cohort demo day, followed by drinks.\n\nThursday, "
         "17:00 · Hub Criativo, Lisbon · and livestreamed\n\nRequest an invite: sundial.example.co/demoday")]),
    _t(E, p="x", conn="old", sender="account:Moodwall", steps=[
        ("n", "0", "Moodwall Community Call this Friday 🎨 we'll demo smart clustering and share what's coming "
                   "in Q1. 30 min, open to all. moodwall.example.app/call")]),
    _t(E, conn="old", sender="account:Interaction Society Portugal", steps=[
        ("n", "0",
         "Dear Members & Friends,\n\nYou are warmly invited to our Annual General Meeting and members' dinner.\n\n"
         "Date: Saturday 14 November\nAGM: 16:00–17:30 (members only)\nDinner: 19:30, Restaurante Estrela do "
         "Mar (€35, booking required)\n\nThe agenda and last year's accounts are attached. Proxy forms must be "
         "returned by the 10th.\n\nWith best regards,\nThe Board\n\n- AGM_agenda_2026.pdf\n- accounts_2025.pdf")]),
    _t(E, p="x", conn="none", sender="person", steps=[
        ("n", "0", "FREE workshop this Saturday 🧠 'From sketch to Framewell in 90 minutes' — beginners "
                   "welcome, bring a laptop. online, 10am ET. link in bio or <<site>>/workshop")]),
    _t(E, conn="old", sender="account:Cais Cowork", steps=[
        ("n", "0",
         "Cais Cowork turns 5! 🎂\n\nJoin us for the anniversary party next Friday from 18h: live music, food "
         "trucks on the quay, and a photo wall of every member who's ever had a desk here (yes, we found the "
         "2021 photos). Members can bring two guests.\n\nRSVP in the member app.")]),
    _t(E, p="li", conn="none", channel="inmail", sender="account:Kinder & Roth Recruitment", steps=[
        ("n", "0",
         "Invitation: Design Leaders Breakfast, Lisbon\n\nKinder & Roth would like to invite you to our quarterly "
         "breakfast for heads of design and design directors. Topic this quarter: 'Hiring senior designers in a "
         "remote-first market'. Panel with leaders from Oakline, Quill and Verde Mobility.\n\nTuesday, "
         "08:00–09:30 · Hotel Miradouro\n\nRegister: kinderroth.example.com/breakfast\n\nKinder & Roth · "
         "Executive search for product and design")]),
    _t(E, p="x", conn="old", sender="account:Hatchmail", steps=[
        ("n", "0", "📅 Hatchmail Creator Day, online, next Wednesday: 6 sessions on growing a newsletter from "
                   "zero. Free. hatchmail.example.com/creatorday")]),
    _t(E, conn="old", sender="account:Galeria Sal", steps=[
        ("n", "0", "Reminder: 'Blueprints for Rooms That Never Existed' closes this Sunday. Artist talk with "
                   "Hana Ferraz on Saturday at 17h. Free, no booking needed.")]),
    _t(E, p="li", conn="none", channel="sponsored", sender="account:Canopy Hosting", steps=[
        ("n", "0",
         "Canopy Ship Week is next week 🚀 Five days, five launches, livestreamed at 17:00 CET every day. "
         "Register to get a reminder before each one: canopy.example.dev/shipweek")]),
    _t(E, conn="old", sender="account:Fernvale Public Radio", steps=[
        ("n", "0", "You're invited: the FVPR Members' Open House 📻 Tour the studios, meet the hosts, watch "
                   "the morning show live. Saturday 10–14h. Free for members; RSVP at fvpr.example.org/open")]),
    _t(E, p="x", conn="old", sender="person", steps=[
        ("n", "0", "📍Berlin friends: I'm hosting a small design meetup on the 12th, 25 people max, at a bar in "
                   "Neukölln. no slides, just conversation. RSVP: <<site>>/berlin")]),
    _t(E, conn="none", sender="account:Product Guild Europe", steps=[
        ("n", "0",
         "Webinar: Pricing your SaaS in 2027\n\n🗓 Tuesday · 18:00 CET · 60 min\n🎤 With Jonas Weber (ex-Head of "
         "Pricing at Brightwell) and Lea Fischer (Growth at Sundial)\n\nWhat you'll learn:\n- When to raise "
         "prices (and how to tell customers)\n- Usage-based vs seat-based\n- How to run a pricing experiment "
         "without breaking trust\n\nRegister free: productguild.example.eu/webinars\n\nNo images? Click here")]),
    _t(E, conn="old", sender="account:Lisbon Design Week", steps=[
        ("n", "0", "Studio Open Days are this weekend! 42 studios open their doors Sat–Sun, 11–18h. Map and "
                   "list: lisbondesignweek.example.pt/studios")]),
    _t(E, p="li", conn="old", sender="person", hl="Partner at <<company>> | Brand & packaging", steps=[
        ("n", "0",
         "Studio friends & clients: our new space is finally ready 🥂\n\nWe're throwing a housewarming at the "
         "new studio next Thursday from 18:00. Come see what we did with an old printing works, drink some "
         "wine, say hi to the team.\n\nPlease RSVP at <<site>>/housewarming so we order enough food.")]),
    _t(E, conn="old", sender="account:Marlow & Finch LLP", steps=[
        ("n", "0",
         "Webinar invitation: Employee share options for startups — what changed this year\n\nPresented by "
         "Catarina Lopes, Partner, and Owen Price, Senior Associate\n\nWednesday, 12:30–13:15 (online)\n\n"
         "Register: marlowfinch.example.com/esop-webinar\n\nThis message is sent to clients and contacts of "
         "Marlow & Finch LLP. To opt out of event invitations, click here.")]),
    _t(E, p="x", conn="old", sender="account:Penstroke", steps=[
        ("n", "0", "Penstroke contributor sprint this Saturday 🖊️ online, all skill levels, we'll pair you "
                   "with a maintainer. details: penstroke.example.dev/sprint")]),
    _t(E, conn="old", sender="account:Kestrel Health People Team", steps=[
        ("n", "0", "Kestrel folks — Lunch & Learn tomorrow at 13:00 in the big room (and on Zoom): 'HIPAA "
                   "basics for non-engineers'. Lunch provided for those in the office 🥗")]),
    _t(E, conn="none", sender="account:Circle Summit", steps=[
        ("n", "0",
         "YOU'RE INVITED 🎉 Circle Summit: The Future of Work\n\n50+ speakers · 3 stages · 1 unforgettable "
         "day\n\nJoin 2,000 founders, creators and leaders in Lisbon for the event everyone will be talking "
         "about.\n\n🎟️ Use code NETWORK20 for 20% off — ends Sunday\n\ncirclesummit.example.com")]),
    _t(E, p="x", conn="old", sender="account:UX Lisboa Meetup", steps=[
        ("n", "0", "Reminder: UX Lisboa is TONIGHT, 19h 🙌 still 6 spots left")]),
    _t(E, conn="old", sender="account:Arden Private Bank", steps=[
        ("n", "0", "A reminder of our evening with Dr. Helga Sørby this Wednesday at 19:00. Should your plans "
                   "have changed, kindly let us know. Arden Private Bank.")]),
    _t(E, p="li", conn="none", channel="sponsored", sender="account:Stagehand", steps=[
        ("n", "0", "Free masterclass: 'Presentations that get the budget approved' 🎤 Live next Thursday with "
                   "Stagehand's design team. Save your seat → stagehand.example.com/masterclass")]),
    _t(E, conn="old", sender="account:Kids Code Camp Foundation", steps=[
        ("n", "0",
         "Showcase Night 🎮\n\nOur autumn cohort of young coders is presenting their games! Come play, cheer and "
         "eat popcorn.\n\nThursday 18:00 · Biblioteca Central auditorium · Free, families welcome\n\n"
         "RSVP: kidscodecamp.example.org/showcase")]),
]
THREADS += [
    _t(E, p="li", conn="recent", sender="person", hl="Career coach for designers | Ex-agency creative director",
       copies=3, steps=[
        ("n", "0",
         "Hey friends! 👋 I'm hosting a FREE live training this Thursday: 'How to land a senior design role "
         "without 200 applications'. I'll share the exact framework my clients use. Only 100 seats because I "
         "want to answer everyone's questions live.\n\nGrab your seat here → <<site>>/live\n\nSee you there!\n"
         "<<first>>")]),
    _t(E, conn="old", sender="account:Brushline Icons", steps=[
        ("n", "0", "Meet us at Iconography Night during tech week 🖼️ Wednesday at the Brushline booth, stand "
                   "B14, Pavilion 2. Free stickers, free beer, one free lifetime license raffled every hour.")]),
    _t(E, conn="none", sender="account:Casa Leilões Pombal", steps=[
        ("n", "0",
         "Private View\n\nModern & Contemporary Design\nFurniture, lighting and objects, 1950–2000\n\nYou are "
         "invited to the private view on Tuesday evening, 18:30–21:00, ahead of the public auction on "
         "Thursday. Catalogue online at leiloespombal.example.pt/design\n\nRSVP to events@leiloespombal.example.pt")]),
    _t(E, p="x", conn="old", sender="account:Product Guild Europe", steps=[
        ("n", "0", "Doors open in 15 minutes for today's webinar on pricing 🎟️ join: "
                   "productguild.example.eu/live")]),
]

# =====================================================================================================
# n_digest: newsletter issues, weekly roundups, research notes, market commentary, new-post alerts
# =====================================================================================================
D = "n_digest"
THREADS += [
    # --- series: a weekly design newsletter --------------------------------------------------------
    _t(D, conn="old", sender="account:The Margin", steps=[
        ("n", "0",
         "The Margin — Issue #41\n\nView in browser\n\nThis week:\n→ Why every settings page looks the same (and "
         "why that's fine)\n→ A teardown of three onboarding flows that ask for your birthday way too early\n→ "
         "Tool of the week: a colour picker that thinks in OKLCH\n→ One quiet job post: senior designer at a "
         "mapping co-op\n\nRead the full issue: themargin.example.com/41\n\nYou're one of 23,400 readers. "
         "Unsubscribe anytime."),
        ("n", "7d",
         "The Margin — Issue #42: The empty state issue\n\nEmpty states are the first thing new users see and "
         "the last thing we design. This week: seven empty states that teach, one that lies, and a checklist you "
         "can steal.\n\nAlso: a reader asks how to say no to a founder's 'quick logo idea'.\n\n"
         "themargin.example.com/42"),
        ("n", "7d",
         "The Margin — Issue #43\n\n📌 Long read: what happened when a bank removed every modal from its app\n"
         "📌 Links: variable fonts in email (yes, really), a free icon set for maps, a good essay on critique\n"
         "📌 Reader survey results: 61% of you design in the evening. Go to bed.\n\nRead it: "
         "themargin.example.com/43"),
        ("n", "8d",
         "The Margin — Issue #44\n\nShort one this week — I was sick. Three links, one thought on design "
         "reviews, and a photo of my cat's stand-up meeting.\n\nthemargin.example.com/44"),
        ("n", "6d",
         "The Margin — Issue #45: Tables\n\nA whole issue about data tables. Sorting, sticky headers, the "
         "mobile question, and why your zebra stripes might be hurting. Plus the usual links.\n\n"
         "Read the full issue → themargin.example.com/45\n\nForwarded this? Subscribe at themargin.example.com"),
    ]),
    # --- series: sell-side analyst notes --------------------------------------------------------------
    _t(D, conn="none", sender="account:Halvorsen Securities Research", steps=[
        ("n", "0",
         "Corvane Systems (CRVN) — Reiterate Buy; PT raised to $84 from $76\n\nQ3 beat on revenue ($412m vs "
         "$398m cons.) and operating margin (18.2% vs 16.9%). Net revenue retention stabilised at 114%. "
         "Management raised FY guide at the midpoint. We see the design-collaboration segment as under-"
         "appreciated and lift FY27 EPS by 6%.\n\nKey risks: seat compression at large customers, pricing "
         "changes in Q1.\n\nFull report available to clients on the Halvorsen portal.\n\nThis material is for "
         "institutional investors only. Please see important disclosures at the end of the full report."),
        ("n", "14d",
         "Sector note: Collaboration Software — AI features are moving from 'add-on' to 'table stakes'\n\nOur "
         "survey of 240 IT buyers shows 58% expect AI features included in existing plans by next year, up from "
         "31%. We see pressure on add-on pricing for CRVN and LMNA and maintain our ratings (Buy / Hold).\n\n"
         "Download the 28-page note on the client portal."),
        ("n", "16d",
         "Lumina Apps (LMNA) — Downgrade to Hold from Buy\n\nWe step to the sidelines after a strong run (+42% "
         "YTD). Valuation now discounts most of our bull case; the enterprise pipeline is solid but slower to "
         "convert than we expected. PT $31 (unch.).\n\nHalvorsen Securities Research. For institutional use "
         "only."),
    ]),
    # --- series: a creator's Sunday sketch issues on X ----------------------------------------------
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "Sunday Sketch #12 is out ✏️ this week: drawing hands without crying + 4 brushes I actually "
                   "use. <<site>>/12"),
        ("n", "7d", "Sunday Sketch #13 🖌️ perspective for people who hate perspective. read → <<site>>/13"),
        ("n", "7d", "Sunday Sketch #14 is live! a short one on ink washes + a reader gallery (you all are "
                    "wildly talented) <<site>>/14"),
        ("n", "14d", "sorry for skipping last week 🙏 Sunday Sketch #15: sketching people on trains. "
                     "<<site>>/15"),
    ]),
    # --- series: macro market commentary -------------------------------------------------------------
    _t(D, conn="old", sender="account:Ridgeway Capital", steps=[
        ("n", "0",
         "Ridgeway Weekly: Rates, resilience and the consumer\n\nMarkets ended the week modestly higher as "
         "softer inflation prints revived hopes of a rate cut before year-end. European equities outperformed, "
         "led by industrials, while the euro edged up against the dollar.\n\nOur view: we remain neutral on "
         "duration and overweight quality equities with strong balance sheets. Consumer spending data next week "
         "will be the key test.\n\nRead the full commentary: ridgeway.example.com/weekly\n\nPast performance is "
         "not a reliable indicator of future results. Capital at risk."),
        ("n", "7d",
         "Ridgeway Weekly: A quieter week, a louder bond market\n\nYields rose 12bp on the 10-year after "
         "stronger-than-expected jobs figures. We used the volatility to add to short-dated investment-grade "
         "credit.\n\nridgeway.example.com/weekly\n\nCapital at risk."),
        ("n", "7d",
         "Ridgeway Weekly: Our 2027 outlook, in one page\n\nThree themes: (1) slower but positive growth, (2) "
         "rates lower but not low, (3) dispersion between winners and losers in tech. Full 40-page outlook "
         "attached.\n\n- Ridgeway_Outlook_2027.pdf"),
    ]),
    # --- template: blogging platform notification, many writers ---------------------------------------
    _t(D, p="li", conn="old", sender="person", copies=4, steps=[
        ("n", "0", "A new post has been published on <<site>>: read it here → <<site>>/blog/latest\n\n"
                   "You're receiving this because you subscribed to updates from <<full>>.")]),
    # --- series: LinkedIn newsletter edition notifications ------------------------------------------------
    _t(D, p="li", conn="old", sender="person", hl="Ops for Founders | Newsletter with 18k subscribers", steps=[
        ("n", "0", "New edition of Ops for Founders 📬 'The only five documents a 10-person company needs.' "
                   "Read it on LinkedIn or at <<site>>/ops/31"),
        ("n", "14d", "Ops for Founders #32 is out: how to run a quarterly planning day without wasting the "
                     "day. <<site>>/ops/32"),
        ("n", "14d", "Ops for Founders #33 — payroll across borders, explained simply (as simply as "
                     "possible 😅) <<site>>/ops/33"),
    ]),
    # --- one-offs ------------------------------------------------------------------------------------
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "New episode is live 🎙️ <<site>>/ep48")]),
    _t(D, conn="old", sender="account:Product Dispatch", steps=[
        ("n", "0",
         "Product Dispatch · Weekly roundup\n\nView this email in your browser\n\n1. The quiet death of the "
         "feature tour — why three big apps removed them this month\n2. Pricing pages: a study of 200 B2B "
         "sites\n3. Interview: running discovery in a regulated industry\n4. 12 roles worth a look\n\n"
         "Read the full issue → productdispatch.example.com/week-38\n\nYou're receiving this because you "
         "subscribed at productdispatch.example.com. Unsubscribe | Update preferences")]),
    _t(D, conn="old", sender="account:Moodwall", steps=[
        ("n", "0",
         "Your weekly Moodwall digest 🖼️\n\nTop boards from the community this week:\n• 'Brutalist "
         "bathrooms' by @lenabuilds — 2.1k saves\n• 'Packaging with one colour' by @ohkwame — 1.4k saves\n"
         "• '90s transit maps' by @mapnerd — 980 saves\n\nDiscover more: moodwall.example.app/discover\n\n"
         "Turn off weekly digests in Settings.")]),
    _t(D, conn="none", sender="account:Design Tools Survey", steps=[
        ("n", "0",
         "The State of Design Tools 2026 report is out 📊\n\n4,812 designers told us what they use, what they "
         "pay and what they'd switch away from tomorrow. Highlights:\n\n- 71% use two or more prototyping tools\n"
         "- Average design team tool spend: €1,140 per designer per year\n- The most-wanted feature? Better "
         "handoff (again)\n\nRead the report: designtools.example.org/2026"),
    ]),
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "This week in product 🧵 5 launches I liked, 2 I didn't, and one pricing change nobody "
                   "noticed. full roundup: <<site>>/week")]),
    _t(D, conn="old", sender="account:Lisbon Startup Digest", steps=[
        ("n", "0",
         "LISBON STARTUP DIGEST — week 44\n\n💰 Funding: Salto Bio raises €6m seed; Marulho (ocean logistics) "
         "closes €2.2m\n🏢 Moves: Sundial Accelerator opens applications for its spring cohort\n📅 Events: 14 "
         "this week, including two design meetups\n💼 Jobs: 63 new roles, 9 in design\n\nFull digest: "
         "lisbonstartups.example.pt/44\n\nSent every Monday to 9,800 founders and operators.")]),
    _t(D, conn="old", sender="account:The Margin", steps=[
        ("n", "0", "The Margin is taking a two-week break for the holidays 🌴 Issue #46 lands in your inbox on "
                   "the 6th. In the meantime, the archive: themargin.example.com/archive")]),
    _t(D, conn="none", sender="account:Orrin Research", steps=[
        ("n", "0",
         "Orrin Research — Morning Note\n\n• US futures flat ahead of CPI; Europe opens +0.3%\n• Oil slips on "
         "inventory build\n• Corporate: Voltaris (VLTS) guides below consensus, shares -8% pre-market\n• Our "
         "call: stay Overweight European banks, Underweight consumer discretionary\n\nFull note on the Orrin "
         "portal. For professional investors only.")]),
    _t(D, p="li", conn="old", sender="person", hl="Design systems consultant | Writing at <<site>>", steps=[
        ("n", "0",
         "📰 Design Systems Monthly — October edition\n\nThis month:\n• Tokens that survive a rebrand (case "
         "study)\n• How to deprecate a component without a mutiny\n• 6 open-source systems worth studying\n\n"
         "Read the full edition here: <<site>>/dsm/october\n\nIf you'd rather not get these, just let me know "
         "and I'll take you off the list.")]),
    _t(D, p="x", conn="old", sender="account:Framewell", steps=[
        ("n", "0", "New on the Framewell blog: 'How our design team runs critiques at 400 people' ✍️ "
                   "framewell.example.com/blog/critique")]),
    _t(D, conn="old", sender="account:Kestrel Health Comms", steps=[
        ("n", "0",
         "Kestrel Weekly 🩺\n\nHi team, here's what happened this week:\n\n• Clinic Portal v3 beta went live "
         "with 12 partner clinics\n• Welcome to our new hires: Samira (Eng), Tobias (Sales), Meera (Support)\n"
         "• Customer shout-out: Dr. Osei's team cut no-shows by 22%\n• Reminder: expense reports due Friday\n\n"
         "Full update on the intranet.")]),
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "issue 88 of my newsletter just went out 💌 it's about burnout, boundaries and why I stopped "
                   "answering Slack after 6pm. <<site>>/88")]),
    _t(D, conn="none", sender="account:Halvorsen Securities Research", steps=[
        ("n", "0", "Earnings preview: Corvane Systems (CRVN) reports Thursday after close. We expect revenue "
                   "of $421m (cons. $417m). Buy reiterated. Client portal for the full preview.")]),
    _t(D, conn="old", sender="account:Typecast Fonts", steps=[
        ("n", "0",
         "Typecast Journal — No. 19\n\nIn this issue:\n• The story behind Kiln, our new slab serif, drawn from "
         "1930s railway signage\n• Pairing guide: serifs for long-form reading\n• Reader question: is it OK to "
         "use two geometric sans in one layout? (Sometimes.)\n\nRead online: typecast.example.com/journal/19")]),
    _t(D, p="li", conn="old", sender="person", hl="VC at <<company>> | Writing about B2B SaaS", steps=[
        ("n", "0",
         "My latest post is up: 'Why design-led SaaS companies raise smaller seeds and grow faster' — with data "
         "from 140 companies in our pipeline. Would love to hear where you disagree. <<site>>/design-led")]),
    _t(D, conn="old", sender="account:Hatchmail", steps=[
        ("n", "0",
         "The Hatchmail Dispatch\n\nTips for writers, straight to your inbox.\n\n📈 What we learned from 10,000 "
         "welcome emails\n✍️ The 'one idea per issue' rule\n🎧 Podcast: three writers who quit their jobs\n\n"
         "Read more at hatchmail.example.com/dispatch\n\nView in browser · Unsubscribe")]),
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "🔥 weekly UX links 🔥\n1. button copy that converts (lol)\n2. a genuinely good article on "
                   "form errors\n3. the new bus app in Oslo is gorgeous\n4. why your tooltips are lying\n"
                   "all links → <<site>>/links")]),
    _t(D, conn="none", sender="account:Orrin Research", steps=[
        ("n", "0",
         "Orrin Research | Thematic: The SME software stack\n\nWe initiate coverage of three small-cap vertical "
         "SaaS names: Ledgerly (LDGR, Buy, PT €18), Rotamo (RTMO, Hold, PT €9.50) and Fieldbook (FBK, Sell, PT "
         "€4). The sector's winners will be those that own payments.\n\n62 pages. Available to professional "
         "clients.")]),
    _t(D, conn="old", sender="account:Interaction Society Portugal", steps=[
        ("n", "0",
         "ISP Bulletin — Autumn\n\nDear Members,\n\nIn this bulletin: results of the member salary survey, "
         "highlights from the Porto chapter, a call for volunteers for next year's conference committee, and "
         "new discounts from partner organisations.\n\nThe full bulletin is attached.\n\n- ISP_bulletin_autumn.pdf")]),
    _t(D, p="x", conn="old", sender="account:Product Dispatch", steps=[
        ("n", "0", "📬 this week's Product Dispatch is out: pricing pages, dead feature tours, 12 jobs. "
                   "productdispatch.example.com")]),
    _t(D, conn="old", sender="account:Ridgeway Capital", steps=[
        ("n", "0",
         "Flash note: Central bank holds rates\n\nAs expected, rates were left unchanged. The statement was "
         "slightly more dovish on growth. No change to our positioning. We'll cover it in more depth in "
         "Friday's weekly.\n\nRidgeway Capital · Capital at risk")]),
    _t(D, p="li", conn="old", sender="person", hl="Head of Research at <<company>>", steps=[
        ("n", "0",
         "Hi all — our quarterly UX research roundup is live. This quarter: 9 studies, 3 surprising findings "
         "about how nurses use tablets on night shifts, and our updated interview guide (free to reuse). "
         "<<site>>/research-q3")]),
    _t(D, conn="old", sender="account:Lisbon Startup Digest", steps=[
        ("n", "0", "LISBON STARTUP DIGEST — week 45 is here: 3 funding rounds, 11 events, 58 jobs. Read it → "
                   "lisbonstartups.example.pt/45")]),
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "NEW VIDEO 🎬 I redesigned a government tax form in 45 minutes, live, with zero prep. it "
                   "went… ok? watch: <<site>>/v/taxform")]),
    _t(D, conn="old", sender="account:Cadence Invoicing", steps=[
        ("n", "0",
         "Cadence Freelance Briefing · October\n\n• VAT thresholds for next year: what changes for "
         "freelancers in Portugal\n• How to chase a late invoice without burning the relationship\n• Template: "
         "a friendly payment reminder\n\nRead the briefing: cadence.example.eu/briefing")]),
    _t(D, conn="old", sender="account:Design Tools Survey", steps=[
        ("n", "0", "Reminder: the State of Design Tools report is free to download until the end of the month. "
                   "designtools.example.org/2026")]),
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "🎙️ ep. 49 is up!! we talk to a designer who left big tech to build furniture. honestly my "
                   "favourite ep so far <<site>>/ep49")]),
    _t(D, conn="old", sender="account:Halloway University", steps=[
        ("n", "0",
         "Halloway Alumni News · Autumn edition\n\n• Design school opens new fabrication lab\n• Class notes: "
         "weddings, babies, a lot of new jobs\n• Obituaries\n• Reunion weekend photos\n\nRead online: "
         "alumni.halloway.example.edu/news")]),
    _t(D, conn="none", sender="account:Signal & Noise Weekly", steps=[
        ("n", "0",
         "Signal & Noise #207\n\nNo images? Click here\n\nThe week in tech, for busy people:\n\n1. Another "
         "foundation model, another benchmark argument\n2. A major browser finally ships container queries for "
         "email (kidding)\n3. The EU's accessibility act deadline is closer than you think\n4. Chart of the week: "
         "SaaS churn by company size\n\nRead the full issue → signalnoise.example.com/207\n\nUnsubscribe · "
         "Manage preferences")]),
    _t(D, p="li", conn="old", sender="person", hl="Product designer | Writing 'Small Screens'", steps=[
        ("n", "0", "Small Screens issue 22 🫶 designing for one-handed use, plus a tiny rant about bottom "
                   "sheets. <<site>>/22")]),
    _t(D, conn="old", sender="account:Quire Docs", steps=[
        ("n", "0",
         "The Quire Monthly\n\nOur favourite things from the Quire community this month:\n- A 'team manual' "
         "template from a 6-person studio\n- How a hospital uses Quire for shift handovers\n- Five keyboard "
         "shortcuts you didn't know about\n\nRead more on the blog: quire.example.com/blog")]),
]
THREADS += [
    _t(D, p="x", conn="old", sender="account:Sparrow Daily", steps=[
        ("n", "0", "☀️ Sparrow Daily — Tue: a startup raises for 'Framewell for spreadsheets', the accessibility "
                   "lawsuit everyone's reading, and a very good dog. sparrowdaily.example.com"),
        ("n", "1d", "☀️ Sparrow Daily — Wed: three layoffs, two launches, one great essay on craft. "
                    "sparrowdaily.example.com"),
        ("n", "1d", "☀️ Sparrow Daily — Thu: app store fees (again), a new type foundry, and the chart that "
                    "explains remote hiring. sparrowdaily.example.com"),
        ("n", "4d", "☀️ Sparrow Daily — Mon: what you missed over the weekend in 5 bullets. "
                    "sparrowdaily.example.com"),
    ]),
    _t(D, conn="old", sender="account:Penstroke", steps=[
        ("n", "0",
         "Penstroke Community Roundup — October\n\n• Release 3.4 shipped (pressure curves!)\n• 19 first-time "
         "contributors this month\n• Showcase: a children's book illustrated entirely in Penstroke\n• Meeting "
         "notes from the maintainers' call\n\nRead it on the blog: penstroke.example.dev/blog/october")]),
    _t(D, p="li", conn="old", sender="person", hl="Writing 'The Studio Ledger' — money & ops for small studios",
       steps=[
        ("n", "0",
         "Dear reader,\n\nA new post has been published on The Studio Ledger: 'Day rates are a trap (and what to "
         "charge instead)'.\n\nRead it here: <<site>>/ledger/day-rates\n\nAs always, reply to the newsletter "
         "with your own numbers if you're comfortable sharing — I anonymise and publish them quarterly.\n\n"
         "<<first>>")]),
    _t(D, conn="none", sender="account:Signal & Noise Weekly", steps=[
        ("n", "0", "Signal & Noise #208 is in your inbox 📨 Read the full issue: signalnoise.example.com/208")]),
    _t(D, conn="old", sender="account:Marlow & Finch LLP", steps=[
        ("n", "0",
         "Marlow & Finch Legal Briefing — Startups & Venture, Q4\n\nIn this edition:\n1. The new simplified "
         "regime for startup share schemes\n2. Recent case law on IP assignment for freelancers\n3. GDPR: fines "
         "trends and what they mean for small SaaS companies\n\nThis briefing is for general information only "
         "and is not legal advice.\n\nRead online: marlowfinch.example.com/briefings")]),
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "read the full issue here 👇 this week I interviewed 3 design directors about how they hire "
                   "juniors. spoiler: portfolios matter less than you think <<site>>/issues/61")]),
    _t(D, conn="old", sender="account:Beacon Analytics", steps=[
        ("n", "0",
         "Beacon Benchmarks · Q3\n\nHow does your product compare? This quarter's benchmark data from 3,100 "
         "SaaS products:\n\n• Median week-1 retention: 38%\n• Median time-to-value: 2.4 days\n• Products with an "
         "onboarding checklist retain 11% better in week 4\n\nExplore the interactive report: "
         "beacon.example.io/benchmarks")]),
    _t(D, conn="old", sender="account:Typecast Fonts", steps=[
        ("n", "0", "Typecast Journal No. 20 is online: an interview with the designer of Solace, and a history "
                   "of the ampersand in five objects. typecast.example.com/journal/20")]),
]

# =====================================================================================================
# n_announcement: office closures, policy updates, member notices, press releases, constituent updates
# =====================================================================================================
A = "n_announcement"
THREADS += [
    # --- series: coworking space notices --------------------------------------------------------------
    _t(A, conn="old", sender="account:Cais Cowork", steps=[
        ("n", "0",
         "Holiday opening hours 🎄\n\nDear members,\n\nOver the holidays Cais will keep slightly shorter hours:\n"
         "• 24 Dec: 8:00–14:00\n• 25–26 Dec: closed\n• 27–30 Dec: 9:00–18:00\n• 31 Dec: 8:00–14:00\n• 1 Jan: "
         "closed\n\n24/7 members keep their key-card access as usual. The café will be closed 24 Dec – 2 Jan.\n\n"
         "Happy holidays from the Cais team!"),
        ("n", "9d",
         "Planned closure: lift maintenance on Saturday\n\nThe lift will be out of service on Saturday from 8:00 "
         "to 16:00. The building remains open; please use the stairs or contact the front desk if you need "
         "assistance."),
        ("n", "20d",
         "New access cards from next month\n\nHi all, we're switching to new access cards (the old ones keep "
         "failing on the side door, we know). Please collect yours at the front desk by the 15th and return the "
         "old card. Lost cards will now be charged at €10.\n\nThanks for your patience!\nCais Cowork"),
    ]),
    # --- series: a councillor's updates to constituents ----------------------------------------------
    _t(A, conn="old", sender="account:Councillor Rita Moreau", steps=[
        ("n", "0",
         "Dear residents,\n\nA short update from the council this month.\n\n🚧 The resurfacing works on Rua da "
         "Fonte will finish two weeks late because of the rain. I've asked the contractor to keep one lane open "
         "at all times.\n🌳 The new pocket park at Largo das Amoreiras opens on Saturday at 11:00.\n🗳️ The "
         "consultation on parking permits closes on the 30th. Please have your say.\n\nMy surgery hours are "
         "Tuesdays 17–19h at the parish office. No appointment needed.\n\nRita Moreau\nCouncillor, Amoreiras "
         "ward"),
        ("n", "30d",
         "Dear residents,\n\nThank you to the 1,311 of you who responded to the parking consultation. The "
         "results will be published next week and discussed at the full council meeting on the 19th, which is "
         "open to the public.\n\nAlso: the bin collection schedule changes from next Monday. Recycling moves to "
         "Wednesdays.\n\nRita"),
        ("n", "28d",
         "Update for residents: winter emergency shelter\n\nThe parish has opened an overnight winter shelter "
         "at the old school gym, 20:00–08:00, until March. If you see someone sleeping rough in the cold, please "
         "call the outreach line on 800 000 421.\n\nWarm wishes for the season,\nCllr Rita Moreau"),
    ]),
    # --- series: a magazine PDF to subscribers --------------------------------------------------------
    _t(A, conn="old", sender="account:Forma Magazine", steps=[
        ("n", "0", "Dear Subscriber,\n\nAttached is your October issue of Forma. Enjoy the read!\n\nForma "
                   "Magazine — Subscriptions\n\n- Forma_No87_October.pdf"),
        ("n", "31d", "Dear Subscriber,\n\nAttached is your November issue of Forma. This month: the housing "
                     "issue.\n\n- Forma_No88_November.pdf"),
        ("n", "30d", "Dear Subscriber, attached is your December issue. Please note that our subscriptions "
                     "office will be closed from 23 December to 2 January.\n\n- Forma_No89_December.pdf"),
    ]),
    # --- one-offs ------------------------------------------------------------------------------------
    _t(A, conn="old", sender="account:Quire Docs", steps=[
        ("n", "0",
         "We're updating our Terms of Service and Privacy Policy\n\nHi,\n\nWe're making some changes to our Terms "
         "of Service and Privacy Policy, effective in 30 days. The main changes:\n\n• Clearer language on how we "
         "process data for AI features (we don't train on your content unless you opt in)\n• New sub-processors "
         "listed for EU data residency\n• Updated dispute resolution section\n\nYou can read the full updated "
         "documents at quire.example.com/legal. By continuing to use Quire after the effective date, you agree "
         "to the updated terms.\n\nThe Quire team")]),
    _t(A, conn="old", sender="account:Interaction Society Portugal", steps=[
        ("n", "0",
         "Dear Members & Friends,\n\nIt is with great sadness that we share the news of the passing of Professor "
         "Artur Quintela, founding member and first president of the Society. Artur taught generations of "
         "designers to look before they draw.\n\nA memorial gathering will be held at the Faculty of Fine Arts "
         "on Saturday at 15:00. All are welcome.\n\nThe Board")]),
    _t(A, p="li", conn="none", channel="sponsored", sender="account:Northgate Ventures", steps=[
        ("n", "0",
         "FOR IMMEDIATE RELEASE\n\nNorthgate Ventures closes €120 million Fund III to back early-stage software "
         "companies in Southern Europe\n\nLISBON — Northgate Ventures today announced the final close of its "
         "third fund at €120 million, above its €100 million target. The fund will invest in around 30 pre-seed "
         "and seed companies across Portugal, Spain, Italy and Greece, with initial cheques of €500k to €2m.\n\n"
         "'The best founders in the region no longer need to move to build global companies,' said Managing "
         "Partner Ines Carvalho.\n\nMedia contact: press@northgate.example.vc")]),
    _t(A, conn="old", sender="account:Framewell", steps=[
        ("n", "0",
         "A note from our CEO\n\nToday Framewell signed an agreement to acquire Gridline, the prototyping tool "
         "many of you use alongside Framewell. Gridline will continue to operate as a standalone product for "
         "the foreseeable future, and existing Gridline plans are unchanged.\n\nWe'll share more about how the "
         "two products will work together in the coming months.\n\n— Hannah Oduya, CEO")]),
    _t(A, conn="old", sender="account:Marlow & Finch LLP", steps=[
        ("n", "0",
         "Office closure notice\n\nPlease note that our Lisbon and Porto offices will be closed on Monday for the "
         "public holiday and will reopen on Tuesday at 9:00. For urgent matters, please contact your usual "
         "partner on their mobile.\n\nMarlow & Finch LLP")]),
    _t(A, conn="old", sender="account:Contabilidade Ferraz & Filhos", steps=[
        ("n", "0",
         "Circular to all clients — year-end deadlines\n\nDear Clients,\n\nAs the year closes, we kindly remind "
         "you of the following:\n\n1. Please send all invoices and receipts for the year by 10 January.\n2. "
         "Company inventory counts must be submitted by 31 January.\n3. Our office will be closed from 24 to "
         "26 December.\n\nWe also inform you that our fees will be adjusted by 3.1% from January, in line with "
         "inflation.\n\nWith best regards,\nFerraz & Filhos — Contabilidade\n\n- circular_fim_de_ano.pdf")]),
    _t(A, p="x", conn="old", sender="account:Canopy Hosting", steps=[
        ("n", "0", "Incident resolved ✅ Between 14:02 and 14:47 UTC some deployments in eu-west were delayed. "
                   "No data was lost. Postmortem: canopy.example.dev/status")]),
    _t(A, conn="old", sender="account:Halloway University", steps=[
        ("n", "0",
         "A message from the President\n\nDear Halloway community,\n\nI am writing to share that, after nine "
         "years, I will step down as President at the end of the academic year. Leading this university has "
         "been the privilege of my life.\n\nThe Board of Trustees will begin a search shortly and will share "
         "details of the process with the community.\n\nWith gratitude,\nDr. Evelyn Shore")]),
    _t(A, conn="old", sender="account:Linework", steps=[
        ("n", "0",
         "Linework's new pricing — effective for renewals after the 1st\n\nHi there, a heads-up about pricing. "
         "The Standard plan goes from €8 to €10 per seat per month. Everything stays included, and annual "
         "plans renewing before the 1st keep the old price for another year.\n\nWhy: we've tripled the size of "
         "our support team and added the features on our changelog. Details: linework.example.com/pricing-update")]),
    _t(A, conn="old", sender="account:Museum of Everyday Objects", steps=[
        ("n", "0",
         "Important visitor information\n\nThe Museum will be closed from 3 to 21 November while we install the "
         "new climate-control system in the east galleries. The shop and café remain open. Members' tickets "
         "for affected dates will be extended automatically.\n\nWe apologise for any inconvenience.")]),
    _t(A, p="x", conn="old", sender="account:Moodwall", steps=[
        ("n", "0", "Big news: Moodwall has joined the Palette Cloud family 🎨🤝 Nothing changes for you today. "
                   "More soon — read the announcement: moodwall.example.app/news")]),
    _t(A, conn="old", sender="account:Kestrel Health People Team", steps=[
        ("n", "0",
         "Policy update: travel & expenses\n\nHi everyone,\n\nFrom the 1st, the updated travel and expenses "
         "policy applies:\n• Trains preferred over flights under 4 hours\n• Hotel cap raised to €160/night in "
         "capital cities\n• Receipts must be uploaded within 30 days\n\nThe full policy is on the intranet. "
         "Questions to people@kestrel.example.com.\n\nThanks,\nPeople Team")]),
    _t(A, conn="old", sender="account:Tallyform", steps=[
        ("n", "0",
         "Notice of sub-processor changes\n\nThis notice is sent to all Tallyform account holders as required "
         "under our Data Processing Agreement. We are adding the following sub-processor:\n\n- Nordlys Cloud "
         "AS (Norway) — backup storage\n\nIf you wish to object, please contact privacy@tallyform.example.io "
         "within 30 days.")]),
    _t(A, conn="none", sender="account:Sundial Accelerator", steps=[
        ("n", "0",
         "Press release: Sundial Accelerator announces its Winter Cohort\n\nLISBON — Sundial today announced the "
         "14 startups selected from 1,900 applicants for its Winter Cohort, spanning climate, health and "
         "developer tools. Each will receive €150,000 and a 12-week programme.\n\nThe full list of companies is "
         "available at sundial.example.co/winter.\n\nAbout Sundial: Sundial is an early-stage accelerator based "
         "in Lisbon. Since 2019 it has backed 96 companies.")]),
    _t(A, p="x", conn="old", sender="account:Fernvale Public Radio", steps=[
        ("n", "0", "Schedule change 📻 from Monday, Morning Edition starts at 6am (not 5:30) and the jazz hour "
                   "moves to Sunday nights. Full schedule: fvpr.example.org/schedule")]),
    _t(A, conn="none", sender="account:Senator Ruth Adeyemi", steps=[
        ("n", "0",
         "Legislative Update from Senator Ruth Adeyemi\n\nDear Constituent,\n\nThe legislative session ended "
         "last week, and I want to share what we accomplished together:\n\n• The Small Business Relief Act "
         "passed with bipartisan support\n• $14 million for rural broadband in our district\n• My bill to cap "
         "late fees on utility bills passed the Senate and now goes to the House\n\nMy district office remains "
         "open Monday to Friday. If you need help with a state agency, my team is here for you.\n\nServing you,\n"
         "Ruth Adeyemi\nState Senator, 12th District\n\nThis newsletter was prepared and distributed at "
         "taxpayer expense.")]),
    _t(A, conn="old", sender="account:Cadence Invoicing", steps=[
        ("n", "0",
         "Scheduled maintenance this Sunday\n\nCadence will be unavailable on Sunday between 02:00 and 04:00 "
         "(Lisbon time) while we upgrade our database. Invoices scheduled during this window will be sent at "
         "04:05.")]),
    _t(A, conn="old", sender="account:Harbourlight Children's Trust", steps=[
        ("n", "0",
         "News from Harbourlight: a new Chief Executive\n\nDear supporter,\n\nWe're delighted to announce that "
         "Dr. Femi Adebayo will join Harbourlight as Chief Executive next month. Femi has spent twenty years in "
         "children's services, most recently leading a youth housing charity in the north.\n\nOur thanks go to "
         "Margaret Hale, who has served as interim CEO with great care this year.\n\nWith best wishes,\nThe "
         "Trustees of Harbourlight")]),
    _t(A, p="li", conn="old", sender="person", hl="Founder & CEO at <<company>>", steps=[
        ("n", "0",
         "Some personal news, shared with everyone in my network: after six wonderful years, I'm stepping back "
         "from day-to-day running of <<company>>. Our COO, Rosa, becomes CEO on the 1st. I'll stay on the board "
         "and keep cheering loudly. Thank you to every client and partner who believed in us. More on "
         "<<site>>/news.")]),
    _t(A, conn="old", sender="account:Beacon Analytics", steps=[
        ("n", "0",
         "Security notice: mandatory two-factor authentication\n\nTo better protect your data, two-factor "
         "authentication will be required for all Beacon accounts starting on the 15th. If you haven't set it "
         "up yet, you'll be prompted at your next login.\n\nLearn more: beacon.example.io/docs/2fa")]),
    _t(A, conn="old", sender="account:Banco Alimentar da Colina", steps=[
        ("n", "0",
         "Dear friends and volunteers,\n\nPlease note our new warehouse opening hours from next week: Monday "
         "to Friday, 9:00–19:00; Saturday 9:00–13:00. Sunday deliveries are suspended until further notice.\n\n"
         "Thank you for everything you do.")]),
    _t(A, p="x", conn="old", sender="account:Lisbon Design Week", steps=[
        ("n", "0", "📣 Lisbon Design Week 2027 will take place 5–12 June. Open call for venues and studios "
                   "opens in January. Mark your calendars!")]),
    _t(A, conn="old", sender="account:Interaction Society Portugal", steps=[
        ("n", "0",
         "Dear Members,\n\nThis is a reminder that membership fees for next year are due by 31 January. Fees "
         "remain unchanged: €60 (professional), €25 (student). Members who have not renewed by 28 February will "
         "lose access to the member directory and job board.\n\nPayment details are in your member area.\n\n"
         "Treasurer, Interaction Society Portugal")]),
    _t(A, conn="old", sender="account:Typecast Fonts", steps=[
        ("n", "0",
         "Licensing update\n\nWe've simplified our licences. From today there is one Typecast licence covering "
         "desktop, web and app use up to 250,000 monthly users. Existing licences stay valid and are upgraded "
         "automatically at no cost.\n\nNew EULA: typecast.example.com/licence")]),
    _t(A, p="li", conn="none", channel="sponsored", sender="account:Kinder & Roth Recruitment", steps=[
        ("n", "0",
         "Kinder & Roth opens in Lisbon\n\nWe're pleased to announce the opening of our Lisbon office, our "
         "fourth in Europe, led by partner Joana Mendes. From here we'll serve product, design and engineering "
         "leadership searches across Portugal and Spain.\n\nkinderroth.example.com/lisbon")]),
    _t(A, conn="old", sender="account:Kestrel Health Comms", steps=[
        ("n", "0",
         "Announcement: Kestrel Health raises Series B\n\nTeam,\n\nWe're excited to share that Kestrel has "
         "closed a $38M Series B led by Harrow Health Partners. Press release goes out tomorrow at 8:00 ET — "
         "please don't share externally before then.\n\nThis round lets us expand to 200 more clinics and grow "
         "the product and design team. Leadership will cover the details at Thursday's all-hands.\n\n"
         "Kestrel Comms")]),
    _t(A, p="x", conn="old", sender="account:Penstroke", steps=[
        ("n", "0", "Penstroke is changing its licence from MIT to MPL-2.0 for future releases. Everything "
                   "already released stays MIT. FAQ + reasoning: penstroke.example.dev/licence")]),
    _t(A, conn="old", sender="account:Open Streets Lisboa", steps=[
        ("n", "0",
         "Notice of Annual General Meeting\n\nDear Members,\n\nThe Open Streets Lisboa AGM will take place on "
         "Saturday at 17:00 at the Anjos community room. On the agenda: the annual report, the accounts, "
         "election of three board members, and a vote on the new bylaws. Candidacies for the board close on "
         "Wednesday.\n\nOnly paid-up members may vote.")]),
    _t(A, conn="none", sender="account:Civic Forward", steps=[
        ("n", "0", "STATEMENT from Civic Forward on tonight's committee vote: 'This is a victory for every "
                   "family that has waited too long for affordable childcare.' Read the full statement at "
                   "civicforward.example/statement")]),
    _t(A, conn="old", sender="account:Cais Cowork", steps=[
        ("n", "0", "Reminder: the kitchen deep-clean is on Friday. Please take your things out of the fridge "
                   "by Thursday evening — anything left will be thrown out 🧽")]),
    _t(A, p="x", conn="old", sender="account:Inkpad", steps=[
        ("n", "0", "We're aware of sync delays on Android and are working on a fix. Your notes are safe. "
                   "Updates: inkpad.example.com/status")]),
    _t(A, conn="old", sender="account:Councillor Rita Moreau", steps=[
        ("n", "0", "Residents: water supply will be interrupted on Rua das Amoreiras and adjoining streets on "
                   "Thursday 9:00–15:00 for pipe repairs. Apologies for the disruption. — Cllr Moreau")]),
    _t(A, conn="none", sender="account:Arden Private Bank", steps=[
        ("n", "0",
         "Important information about your account terms\n\nDear Client,\n\nWe are writing to inform you of "
         "changes to our General Terms and Conditions, which will take effect in two months. The changes "
         "concern international transfer fees and the closure of our paper statement service. A summary and "
         "the full revised terms are attached.\n\nIf you do not agree with the changes, you may close your "
         "account free of charge before the effective date.\n\nArden Private Bank\n\n- terms_summary.pdf")]),
    _t(A, p="li", conn="old", sender="person", hl="Managing Director at <<company>>", steps=[
        ("n", "0",
         "Dear clients and friends,\n\nWe have moved! From Monday, <<company>> is at our new office on Rua "
         "Garrett 77, 3rd floor. Our phone numbers and emails stay the same. Please update your records and "
         "invoicing details accordingly.\n\nKind regards,\n<<full>>")]),
    _t(A, conn="old", sender="account:Forma Magazine", steps=[
        ("n", "0",
         "A letter from the editor\n\nDear readers,\n\nAfter 22 years in print, Forma will move to a quarterly "
         "schedule next year, with a larger, slower magazine and a weekly digital edition. Subscribers will "
         "receive a pro-rata extension.\n\nThank you for reading us, month after month.\n\nLuísa Amaral, "
         "Editor")]),
    _t(A, p="x", conn="old", sender="account:Hackday Lisboa", steps=[
        ("n", "0", "🏆 Hackday Lisboa winners: 1st 'Bench' (accessible seating finder), 2nd 'Quiet Hours', 3rd "
                   "'Tram Tracker 2'. Thank you to all 312 hackers! Photos: hackday.example.pt/2026")]),
    _t(A, conn="old", sender="account:Stagehand", steps=[
        ("n", "0",
         "Changes to the Stagehand free plan\n\nStarting next month, the free plan will include 3 presentations "
         "(currently unlimited). Existing presentations remain viewable and editable; you just won't be able to "
         "create more than 3 without upgrading. We know this isn't welcome news, and we want to be upfront "
         "about why: hosting costs for AI features.\n\nstagehand.example.com/free-plan")]),
    _t(A, conn="old", sender="account:Halloway University Annual Fund", steps=[
        ("n", "0", "Thank you, alumni! This year's Annual Fund raised $4.2M from 6,310 donors — a new record. "
                   "See the full report on how your gifts were used: give.halloway.example.edu/report")]),
    _t(A, conn="old", sender="account:Riverside Animal Shelter", steps=[
        ("n", "0", "Notice: due to a kennel cough outbreak, Riverside is closed to visitors for 10 days. "
                   "Adoptions already in progress continue by appointment. All dogs are being treated and are "
                   "doing well.")]),
]
THREADS += [
    _t(A, conn="old", sender="account:Tidepool Calendar", steps=[
        ("n", "0",
         "Tidepool is moving to a new domain\n\nFrom Monday, Tidepool lives at tidepool.example.com instead of "
         "our old address. Booking links will redirect automatically for 12 months, but we recommend updating "
         "any links in your email signature or website.")]),
    _t(A, p="x", conn="none", sender="account:Senator Ruth Adeyemi", steps=[
        ("n", "0", "Constituents: my district office will host free tax-prep clinics every Saturday in "
                   "February. Walk-ins welcome, bring your documents. Details on my website.")]),
    _t(A, conn="old", sender="account:Kestrel Health People Team", steps=[
        ("n", "0",
         "Office closure: 24 Dec – 1 Jan\n\nHi all, a reminder that Kestrel offices (Lisbon and Boston) are "
         "closed from 24 December to 1 January inclusive. On-call rotations for Support and Infra are in the "
         "shared calendar. Please set your out-of-office. Enjoy the break! 🎁")]),
    _t(A, conn="old", sender="account:Welcome Table Lisboa", steps=[
        ("n", "0",
         "Dear volunteers and supporters,\n\nWe are pleased to share our annual report for the year. Highlights: "
         "412 people supported with housing paperwork, 96 Portuguese classes taught, and a lot of soup.\n\n"
         "- welcome_table_annual_report.pdf")]),
]

# =====================================================================================================
# n_promo: flash sales, launches, early-bird pricing, "special offer for my network"
# =====================================================================================================
P = "n_promo"
THREADS += [
    # --- series: a creator's course launch -----------------------------------------------------------
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0",
         "IT'S HERE 🎉 my course 'Design Systems From Zero' is finally open!\n\n8 modules · 40 lessons · a real "
         "Framewell library you keep forever\n\nEarly-bird price: $149 (goes to $249 on Friday)\n\n👉 "
         "<<site>>/dsfz"),
        ("n", "2d", "early bird ends in 24 hours ⏰ 600+ of you already joined (!!!) <<site>>/dsfz"),
        ("n", "1d", "last few hours at $149. after midnight it's $249, no exceptions, no 'I missed it' DMs pls "
                    "😅 <<site>>/dsfz"),
        ("n", "5d", "doors close Friday 🚪 after that the course won't open again until spring. "
                    "<<site>>/dsfz"),
        ("n", "3d", "doors are closed! thank you to the 1,140 students who joined. see you in module 1 ❤️ "
                    "(waitlist for spring: <<site>>/waitlist)"),
    ]),
    # --- series: a brand's Black Friday --------------------------------------------------------------
    _t(P, conn="old", sender="account:Typecast Fonts", steps=[
        ("n", "0",
         "Black Friday starts now: 50% off everything\n\nEvery family, every licence, every bundle. Half price "
         "until Monday at midnight. Stack it with your member credit.\n\nShop the sale: typecast.example.com/sale"
         "\n\nNo images? Click here · Unsubscribe"),
        ("n", "2d", "48 hours left ⏳ 50% off every Typecast family. typecast.example.com/sale"),
        ("n", "2d",
         "Cyber Monday: final hours + a bonus 🎁\n\nThe sale ends at midnight. Today only, any order over €150 "
         "also gets the Kiln Display family free.\n\ntypecast.example.com/sale"),
    ]),
    # --- series: a template shop -------------------------------------------------------------------
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "🚀 NEW DROP: 40 Quire templates for freelance designers (client portal, proposal "
                   "tracker, invoice log). launch week price $19 → <<site>>/templates"),
        ("n", "4d", "24h left at $19 ⏰ then it goes to $39. <<site>>/templates"),
        ("n", "10d", "flash sale this weekend only: the full bundle (templates + icon pack + portfolio kit) "
                     "for $35 instead of $79 🔥 <<site>>/bundle"),
    ]),
    # --- template: "special promotion for my network" ----------------------------------------------------
    _t(P, p="li", conn="recent", sender="person", hl="Helping founders build brands people remember",
       copies=3, steps=[
        ("n", "0",
         "Special promotion for my network 🎁\n\nThis month only, I'm offering my Brand Starter Kit (logo "
         "refresh, colour palette, 10 social templates) at 40% off for my LinkedIn connections. Only 10 spots "
         "available.\n\nDetails here: <<site>>/kit\n\n<<first>>")]),
    # --- one-offs ------------------------------------------------------------------------------------
    _t(P, conn="old", sender="account:Framewell", steps=[
        ("n", "0",
         "Save 20% on Framewell Professional — annual plans only\n\nSwitch to annual billing before the 30th "
         "and save 20% for the whole year. Applies to all seats in your team.\n\nSwitch now: "
         "framewell.example.com/annual")]),
    _t(P, p="x", conn="old", sender="account:Sketchbox", steps=[
        ("n", "0", "⚡ FLASH SALE ⚡ Sketchbox lifetime licence €59 (normally €119). 72 hours only. "
                   "sketchbox.example.com/lifetime")]),
    _t(P, conn="old", sender="account:Brushline Icons", steps=[
        ("n", "0",
         "A thank-you for past customers 💙\n\nYou bought Brushline before, so here's 30% off the new Duotone "
         "pack and any upgrade to the Team licence. Code THANKYOU30, valid until Sunday.\n\n"
         "brushline.example.com/shop")]),
    _t(P, p="li", conn="old", sender="person", hl="UX Writing coach | 25k followers", steps=[
        ("n", "0",
         "📣 Cohort 6 of 'Words in Interfaces' opens today!\n\n6 weeks, live sessions twice a week, small group "
         "(max 30), real feedback on your microcopy.\n\nEarly-bird: €390 until Sunday (then €520). Team "
         "discounts available.\n\nAll details and the syllabus: <<site>>/cohort6")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "my ebook 'Freelance Rates Without Fear' is out today 📘 launch price €12 (€20 from "
                   "Monday). 94 pages, 11 rate calculators. <<site>>/ebook")]),
    _t(P, conn="old", sender="account:Cais Cowork", steps=[
        ("n", "0",
         "Bring a friend, get a month 🎁\n\nThis November, refer a friend who signs up for a fixed desk and you "
         "both get a month free. No limit on referrals — bring your whole old office if you like.\n\nDetails at "
         "the front desk or cais.example.pt/refer")]),
    _t(P, p="li", conn="none", channel="sponsored", sender="account:Stagehand", steps=[
        ("n", "0", "Limited-time offer: Stagehand Pro for €5/month for your first 6 months (normally €15). "
                   "Offer ends Friday. Start your upgrade → stagehand.example.com/offer")]),
    _t(P, conn="old", sender="account:Midpoint Design Conference", steps=[
        ("n", "0",
         "24-hour flash sale: Midpoint tickets €199\n\nFor one day only, the lowest price we've ever offered. "
         "Same two days, same speakers, same long lunches.\n\nmidpoint.example.eu/flash\n\nEnds tomorrow at "
         "noon (Lisbon).")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "✨ my Sketchbox brush pack v3 is live ✨ 60 brushes, grain textures, 2 free colour "
                   "palettes. 25% off this week only <<site>>/brushes")]),
    _t(P, conn="old", sender="account:Palette Cloud", steps=[
        ("n", "0",
         "Your discount is waiting\n\nHi there, it's been a while since you upgraded. Come back to Palette "
         "Cloud Pro for 50% off your first three months with code WELCOMEBACK.\n\nOffer valid for 7 days.\n\n"
         "palette.example.cloud/pro")]),
    _t(P, p="x", conn="old", sender="account:Moodwall", steps=[
        ("n", "0", "🎂 Moodwall turns 3! 3 months of Pro for the price of 1 — this week only. "
                   "moodwall.example.app/birthday")]),
    _t(P, p="li", conn="old", sender="person", hl="Portfolio coach for product designers", steps=[
        ("n", "0",
         "Quick announcement for my network: the Portfolio Sprint workshop is back in January. It's a 3-week "
         "online programme, 12 seats, and I've kept the price at €290 for everyone who signs up before the "
         "end of the month.\n\nEverything is on <<site>>/sprint. Please share with anyone who's job hunting!")]),
    _t(P, conn="none", sender="account:Orla Outdoor", steps=[
        ("n", "0",
         "🌧️ RAIN SALE 🌧️\n\nIt's pouring in Lisbon, so we're pouring on the discounts. 35% off all rain "
         "jackets, today only.\n\nShop now: orla-outdoor.example.pt/rain\n\nFree shipping over €60. "
         "Unsubscribe here.")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "LAST CHANCE 🔔 the UI kit is 50% off until midnight. 2,000+ components, light + dark, "
                   "Framewell + code. <<site>>/uikit")]),
    _t(P, conn="old", sender="account:Hatchmail", steps=[
        ("n", "0",
         "Early-bird pricing for Hatchmail Pro ends Friday\n\nLock in €9/month for life (instead of €15) when "
         "you upgrade before Friday at midnight. Includes paid subscriptions, custom domains and "
         "analytics.\n\nUpgrade: hatchmail.example.com/pro")]),
    _t(P, p="li", conn="none", channel="sponsored", sender="account:Halloway University Executive Education",
       steps=[
        ("n", "0",
         "New: Design Leadership Certificate (online)\n\nA 10-week executive programme for design managers and "
         "directors. Early-application discount of 15% for applications received by the 30th. Next cohort "
         "starts in February.\n\nDownload the brochure: exec.halloway.example.edu/design-leadership")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "📢 new merch drop: 'ship it, then fix it' tees + a pin set. limited run of 200. "
                   "<<site>>/shop 🛍️")]),
    _t(P, conn="old", sender="account:Linework", steps=[
        ("n", "0",
         "Upgrade to Linework Business and get 2 months free\n\nFor teams of 10+: SSO, advanced permissions, "
         "audit logs and priority support. Upgrade before the end of the month and the first 2 months are on "
         "us.\n\nlinework.example.com/business")]),
    _t(P, p="x", conn="none", sender="person", steps=[
        ("n", "0", "🔥🔥🔥 50% OFF my whole shop this weekend 🔥🔥🔥 icons, mockups, fonts, everything. code "
                   "WEEKEND50. go go go <<site>>")]),
    _t(P, conn="old", sender="account:Loja Papel & Tinta", steps=[
        ("n", "0",
         "Notebook season 📓\n\nOur new dot-grid notebooks have arrived, and for this week only they're 3 for "
         "2. Made in Portugal from recycled paper.\n\nIn store at Rua da Rosa or online: papeltinta.example.pt\n\n"
         "You're receiving this because you shopped with us. Unsubscribe.")]),
    _t(P, p="li", conn="old", sender="person", hl="Founder at <<company>> | Framewell plugins", steps=[
        ("n", "0",
         "Hey everyone! 👋 For one week only, all my Framewell plugins are available as a bundle for $29 "
         "(instead of $64). If you've been on the fence, now's the time. <<site>>/bundle")]),
    _t(P, conn="old", sender="account:Product Guild Europe", steps=[
        ("n", "0",
         "Membership sale: 30% off Product Guild annual membership\n\nMembers get free access to the Summit, "
         "monthly workshops, the job board and our Slack community. 30% off until Sunday.\n\n"
         "productguild.example.eu/join")]),
    _t(P, p="x", conn="old", sender="account:Inkpad", steps=[
        ("n", "0", "Inkpad Pro is 40% off for Black Friday 🖤 annual plans only, ends Monday. "
                   "inkpad.example.com/bf")]),
    _t(P, conn="none", sender="account:Voltaire Coffee Roasters", steps=[
        ("n", "0",
         "[IMAGE: bags of coffee on a wooden table]\n\nOur autumn blend is back ☕\n\nNotes of fig, cocoa and "
         "toasted hazelnut. Subscribers get it first, and everyone else gets 15% off their first bag with code "
         "AUTUMN15 until Sunday.\n\nShop: voltairecoffee.example.pt\n\nView this email in your browser · "
         "Unsubscribe")]),
    _t(P, p="li", conn="old", sender="person", hl="Author of 'Design Ops Playbook'", steps=[
        ("n", "0",
         "The 'Design Ops Playbook' is on sale this week: the ebook is €9 (normally €24) and the team licence "
         "is half price. Thank you to everyone who's bought it so far, it still amazes me. <<site>>/playbook")]),
    _t(P, p="x", conn="old", sender="account:Pixelrail", steps=[
        ("n", "0", "Cyber Week deal 💻 Pixelrail Pro for €49/year (save 45%). ends Sunday. "
                   "pixelrail.example.app/cyber")]),
    _t(P, conn="old", sender="account:Sketchbox", steps=[
        ("n", "0",
         "Upgrade pricing for Sketchbox 12 — existing users only\n\nSketchbox 12 arrives next month. As an "
         "existing licence holder, you can pre-order the upgrade now for €39 (regular upgrade price €69). "
         "Offer valid until release day.\n\nPre-order: sketchbox.example.com/12")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "doors close FRIDAY 🚪 for the Freelance Design Club. after that I'm closing enrolment for 6 "
                   "months. monthly community calls, templates, contract reviews. <<site>>/club")]),
    _t(P, conn="old", sender="account:Voltaire Coffee Roasters", steps=[
        ("n", "0", "Free shipping this weekend on every order, no minimum 🚚☕ voltairecoffee.example.pt")]),
    _t(P, p="li", conn="none", channel="sponsored", sender="account:Canopy Hosting", steps=[
        ("n", "0", "Startups: get €2,000 in Canopy credits 🚀 Limited spots in our Startup Programme this "
                   "quarter. Apply in 5 minutes → canopy.example.dev/startups")]),
    _t(P, conn="old", sender="account:Orla Outdoor", steps=[
        ("n", "0",
         "VIP early access: our winter sale starts tomorrow for everyone else 🤫\n\nAs a past customer, you can "
         "shop up to 50% off today. Sizes go fast.\n\norla-outdoor.example.pt/vip")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "🎧 if you liked the podcast, the premium feed is 30% off for the next 3 days (bonus eps + "
                   "no ads). <<site>>/premium")]),
    _t(P, conn="old", sender="account:Museum of Everyday Objects", steps=[
        ("n", "0",
         "Museum Shop: holiday gifts for design lovers\n\nMembers save 20% in the shop until the 23rd, online and "
         "in person. New this year: enamel pins of the 'Things We Kept' objects, and the exhibition catalogue.\n\n"
         "shop.objectsmuseum.example.org")]),
    _t(P, p="li", conn="old", sender="person", hl="Illustrator | Workshops", steps=[
        ("n", "0",
         "New workshop alert! ✏️ 'Illustration for UI' — 4 Saturday mornings in Lisbon, 8 people max. Use "
         "code EARLY15 for 15% off until the end of the week. <<site>>/workshop")]),
    _t(P, conn="old", sender="account:Tallyform", steps=[
        ("n", "0", "Last call: 2 months free on Tallyform Business when you switch to annual. Offer ends "
                   "tonight at 23:59. tallyform.example.io/annual")]),
    _t(P, p="x", conn="none", sender="account:Circle Summit", steps=[
        ("n", "0", "🎟️ 2-for-1 tickets for the next 48 hours only. bring a co-founder, a colleague or your "
                   "mum. circlesummit.example.com")]),
    _t(P, conn="old", sender="account:Loja Papel & Tinta", steps=[
        ("n", "0", "20% off all fountain pens this weekend ✒️ In store and online. papeltinta.example.pt")]),
]

# --- a few more, incl. threads where Jordan's own reply is context -------------------------------------
THREADS += [
    _t(D, p="li", conn="old", sender="person", hl="Growth advisor | Weekly notes on B2B marketing", steps=[
        ("n", "0", "📬 Growth Notes #19: why your webinar funnel is leaking, and the 3-email sequence that "
                   "fixed ours. Read: <<site>>/notes/19"),
        ("me", "1d", "Hi, I don't remember signing up for this, could you take me off the list please?"),
        ("n", "6d", "📬 Growth Notes #20: cold email is dead (again). what's working instead. <<site>>/notes/20"),
        ("n", "7d", "📬 Growth Notes #21: pricing pages that convert, with 9 examples. <<site>>/notes/21"),
    ]),
    _t(F, p="x", conn="old", sender="account:Open Streets Lisboa", steps=[
        ("n", "0", "🚸 School streets petition is LIVE. Close the road outside primary schools for 30 min at "
                   "drop-off and pick-up. Add your name: openstreets.example.pt/escolas"),
        ("me", "3h", "signed 👍"),
        ("n", "5d", "2,000 signatures in 5 days 🙌 Help us reach 5,000 by sharing with the parents' group "
                    "chat. openstreets.example.pt/escolas"),
    ]),
    _t(P, conn="none", sender="account:Orla Outdoor", steps=[
        ("n", "0", "LAST 6 HOURS!!! UP TO 70% OFF EVERYTHING. NO CODE NEEDED. ENDS AT MIDNIGHT. "
                   "ORLA-OUTDOOR.EXAMPLE.PT")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "hey fam sale ends tonite!! 40% of all my photo presets + the new film pack lol dont "
                   "miss it <<site>>")]),
    _t(A, conn="old", sender="account:Orla Outdoor", steps=[
        ("n", "0",
         "Product safety recall: Orla Trail Stove (model TS-2)\n\nDear Customer,\n\nWe have identified a fault "
         "in a small number of Orla Trail Stoves sold between March and August, which may cause the gas valve "
         "to leak. Please stop using the stove immediately and check the batch number on the base. Affected "
         "customers will receive a full refund or replacement.\n\nCheck your batch: orla-outdoor.example.pt/recall"
         "\n\nWe are sorry for the inconvenience.")]),
    _t(E, p="x", conn="old", sender="account:Hackday Lisboa", steps=[
        ("n", "0", "48h until Hackday Lisboa registration closes ⏳ 40 spots left, designers still very much "
                   "wanted. hackday.example.pt")]),
    _t(U, p="x", conn="old", sender="account:Linework", steps=[
        ("n", "0", "you can now paste a screenshot straight into an issue description. that's it. that's the "
                   "update 📋")]),
    _t(P, p="li", conn="old", sender="person", hl="Brand strategist | Speaker", steps=[
        ("n", "0",
         "For my network: I'm opening 5 seats in my Brand Clarity Intensive at the old price (€650) before it "
         "goes up in January. Half-day online session + written brand brief. Details & booking: <<site>>/intensive")]),
    _t(D, conn="old", sender="account:Product Dispatch", steps=[
        ("n", "0", "Product Dispatch · Week 39 — read the full issue: productdispatch.example.com/week-39 · "
                   "Unsubscribe")]),
    _t(A, p="x", conn="old", sender="account:Quire Docs", steps=[
        ("n", "0", "Quire will be in read-only mode on Saturday 06:00–06:30 UTC for scheduled maintenance. "
                   "Thanks for your patience 🛠️")]),
]

# --- long-form and very short extras ---------------------------------------------------------------------
THREADS += [
    _t(F, conn="none", sender="account:Alina Kovač for Mayor", steps=[
        ("n", "0",
         "Subject: the email I didn't want to write\n\nFriend,\n\nWhen I started this campaign fourteen months "
         "ago, I promised myself I'd never send one of those frantic emails with red headlines and fake "
         "deadlines. I've kept that promise. This email has a real deadline, and I'm going to tell you exactly "
         "why it matters.\n\nOn Friday, the TV stations need our final payment for the last two weeks of ads. "
         "If we can't pay, we lose the slots, and they get sold to someone else — very likely the developer-"
         "backed group that has spent the last month telling voters I want to 'ban cars'. (I don't. I want "
         "buses that come on time.)\n\nHere is where we stand:\n\n• Goal for Friday: $48,000\n• Raised so far: "
         "$31,560\n• Average gift: $27\n\nThat last number is the one I'm proudest of. We haven't taken a cent "
         "from developers or from the parking lobby, and we never will. Which means the only people who can "
         "close this gap are people like you.\n\nIf you can give $27 — the same as the average supporter — we "
         "will get there. If you can give more, thank you. If you can't give anything, please forward this to "
         "one friend who might.\n\n→ Give before Friday: kovacformayor.example/friday\n\nI'll send one update "
         "on Saturday morning to tell you whether we made it. Just one.\n\nWith gratitude and not much sleep,\n"
         "Alina\n\n---\nPaid for by Kovač for Mayor. Contributions to political committees are not tax "
         "deductible. You are receiving this email because you signed up at an event or on our website. "
         "Unsubscribe | Donate")]),
    _t(D, conn="old", sender="account:The Margin", steps=[
        ("n", "0",
         "The Margin — Special Issue: Ten years of designing forms\n\nView this email in your browser\n\n"
         "Hello again,\n\nThis issue is a bit different. A reader asked me last month what I'd learned from a "
         "decade of designing forms, and I couldn't stop writing. So here it is, the long version.\n\n1. Most "
         "form problems are policy problems. If the form asks for eleven things, someone decided the "
         "organisation needs eleven things. Go find that person.\n\n2. Labels above fields, always. I have lost "
         "this argument four times and won it five.\n\n3. 'Optional' is kinder than an asterisk.\n\n4. Error "
         "messages should say what to do, not what went wrong. 'Enter a date like 14/03/1990' beats 'Invalid "
         "date'.\n\n5. Never split a phone number into three boxes. Never.\n\n6. The best form is the one you "
         "deleted because you already had the data.\n\n7. Test with people on slow phones, in the sun, with "
         "one hand holding a child.\n\n8. Save progress. People get interrupted. Life happens.\n\n9. Read your "
         "form out loud. If it sounds like a police interview, rewrite it.\n\n10. Say thank you at the end, and "
         "tell people what happens next.\n\nAs always, the links section is at the bottom of the web version, "
         "including a lovely paper on date pickers.\n\nRead the full issue: themargin.example.com/special-forms"
         "\n\nSee you next week,\nThe Margin\n\nYou're receiving this because you subscribed at "
         "themargin.example.com. Unsubscribe")]),
    _t(U, conn="old", sender="account:Loopdesk", steps=[
        ("n", "0",
         "Two years of Loopdesk: a letter from the founders\n\nHi,\n\nTwo years ago we shipped the first "
         "version of Loopdesk to 40 teams who were tired of project tools that felt like tax software. Today "
         "more than 9,000 teams use it, and we still answer every support email ourselves.\n\nHere's what's "
         "coming in the next six months, in the order we expect to ship it:\n\n• Timeline view — the number one "
         "request since day one. It's in internal testing now.\n• Guest access that doesn't eat a seat.\n• A "
         "proper API with webhooks, so you can stop scraping our export (we know, and we're sorry).\n• Recurring "
         "cards.\n• A redesigned mobile app, built natively this time.\n\nAnd a few things we're deliberately "
         "NOT doing: no time tracking, no chat, no 'AI agent' that moves your cards while you sleep. Loopdesk "
         "should stay small enough to understand in an afternoon.\n\nWe're also keeping prices where they are "
         "for existing customers for at least another year.\n\nIf you want to see work in progress, our public "
         "roadmap is at loopdesk.example.com/roadmap, and you can vote on anything there.\n\nThank you for "
         "building with us.\n\nMattias & Priscila\nCo-founders, Loopdesk")]),
    _t(E, conn="old", sender="account:Midpoint Design Conference", steps=[
        ("n", "0",
         "Midpoint 2027: the full programme is here\n\nDay 1 — Making\n09:30 Opening, with coffee strong enough "
         "to matter\n10:00 Aiyana Brooks: Designing for the second user\n11:00 Teodor Lindahl: Five years of a "
         "design system nobody asked for\n12:30 Long lunch on the river terrace\n14:30 Workshops (pick one): "
         "prototyping with sound, critique that doesn't hurt, writing for interfaces\n17:30 Drinks\n\nDay 2 — "
         "Caring\n10:00 Mariana Esteves: Service design in the emergency room\n11:00 Panel: the ethics of "
         "engagement metrics\n12:30 Lunch\n14:30 Kwabena Mensah: Prototyping with the sound off\n15:30 Lightning "
         "talks from the community\n17:00 Closing and the Midpoint party at the old tram depot\n\nTickets are "
         "still available at the regular price, and we've reserved 40 discounted tickets for students and "
         "people between jobs.\n\nmidpoint.example.eu/programme\n\nYou're receiving this because you subscribed "
         "to Midpoint updates. Unsubscribe")]),
    _t(P, p="x", conn="old", sender="person", steps=[
        ("n", "0", "sale's live 👀 <<site>>/sale")]),
    _t(D, p="x", conn="old", sender="person", steps=[
        ("n", "0", "Episode 50 🎙️ <<site>>/ep50")]),
    _t(D, p="x", conn="old", sender="account:Sparrow Daily", steps=[
        ("n", "0", "☀️ Sparrow Weekend Edition: the five stories worth your coffee. sparrowdaily.example.com")]),
]

# sanity: every incoming step in this file is a newsletter
assert all(s[0] in ("n", "me") for t in THREADS for s in t["steps"])
