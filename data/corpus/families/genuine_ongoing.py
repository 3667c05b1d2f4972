"""Genuine messages from people Jordan Reyes already knows: casual chat, colleague updates, bursts, mid-thread excerpts, logistics, congratulations."""


def _t(family, steps, p="any", conn="old", history="complete", hl=None, sender="person", channel=None, copies=1):
    return dict(family=family, p=p, conn=conn, channel=channel, history=history, sender=sender, hl=hl,
                copies=copies, steps=steps)


CASUAL = [
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "u up?"),
        ("g", "2m", "nvm its like 2am there. go to sleep lol"),
        ("me", "7h", "was asleep 😂 what's up"),
        ("g", "25m", "nothing urgent!! the video of bruno falling off the paddleboard is in the group chat. watch w sound"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "mum says ur not coming sunday??"),
        ("g", "1m", "she's making the bacalhau thing"),
        ("g", "1m", "just saying 👀"),
        ("me", "40m", "I AM coming. tell her 1pm"),
        ("g", "3m", "👍"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "pint thursday? the place by the river, not the loud one"),
        ("me", "1h", "yes. 7ish?"),
        ("g", "4m", "sound"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "lmaooo someone screenshotted your kerning tweet into a group chat im in"),
        ("g", "1m", "they argued about it for an hour. u have haters now. congrats"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "Jord do u still have the tent or did u give it to Rui"),
        ("me", "2h", "still have it, why"),
        ("g", "10m", "going camping in gerês end of the month, can I borrow??"),
        ("g", "1m", "will bring it back clean I promise. cleaner than last time at least"),
    ]),
    _t("g_casual_chat", steps=[
        ("me", "0", "where are you guys"),
        ("g", "6m", "omw"),
        ("g", "4m", "5 min. order me a caipirinha"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "Jordan the internet at home stopped working again. Which button do I press"),
        ("g", "3m", "The green light is orange now"),
        ("me", "30m", "unplug the white box, count to 10, plug it back in"),
        ("g", "15m", "ok"),
        ("g", "6m", "It works. Your mother says you are a genius"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "did u see the new metro logo. i need ur professional opinion 😭😭"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "ok so hear me out. karaoke for sofia's bday"),
        ("g", "1m", "before u say no she specifically asked if u were coming"),
        ("g", "1m", "u can do bohemian rhapsody solo, nobody will stop u"),
        ("me", "1h", "fine. but I'm not singing"),
        ("g", "2m", "u will sing"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "cariño did you eat today"),
        ("g", "2m", "your father says hi"),
        ("g", "1m", "and call your grandmother she asked about you twice this week"),
        ("me", "3h", "I ate mum. will call avó tonight, promise"),
        ("g", "5m", "❤️❤️"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "padel court booked 8am sat. no excuses this time"),
        ("me", "20m", "8am is violence"),
        ("g", "2m", "8am is character building"),
        ("g", "1m", "see u there 🎾"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "ur blog post made me quit my job"),
        ("g", "1m", "jk"),
        ("g", "1m", "but it did make me rewrite our whole onboarding doc so thanks i guess"),
    ]),
    _t("g_casual_chat", steps=[
        ("me", "0", "just met your old boss at the conference. he remembers me as 'the guy with the orange sneakers'"),
        ("g", "12m", "HAHAHAHA"),
        ("g", "1m", "he's not wrong tho"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "can u send me the name of ur dentist. the nice one"),
        ("me", "1h", "Dra. Helena Vaz, the clinic above the bakery in Arroios. tell her I sent you"),
        ("g", "3m", "legend ty"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "r u watching"),
        ("g", "9m", "THAT WAS NOT A PENALTY"),
        ("g", "1m", "I'm going to be sick"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "yo can I borrow ur car sat? mine's at the mechanic AGAIN 🙃"),
        ("me", "35m", "sure, keys are with Inês at the studio"),
        ("g", "2m", "ur the best. will fill it up"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "miss u guys. lisbon in march?? thinking of flying in for a long weekend"),
        ("me", "2h", "YES. stay with us"),
        ("g", "8m", "amazing!! checking flights tonight"),
        ("g", "1m", "also is it warm in march or do i need a real coat"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "hey stranger"),
        ("g", "1m", "just caught u on the conference livestream, very professional lol"),
        ("g", "1m", "who ironed that shirt tho"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "jordan. JORDAN. the cat in ur last post"),
        ("g", "1m", "i need her name"),
        ("me", "15m", "Pixel"),
        ("g", "1m", "perfect. no notes"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "dinner at ours next wed? miguel is doing ramen from scratch which means it'll be ready around 11pm. bring snacks"),
    ]),
    _t("g_casual_chat", steps=[
        ("me", "0", "should I get a mullet"),
        ("g", "4m", "lol no"),
        ("g", "1m", "absolutely not"),
        ("g", "2m", "ok maybe. only if u fully commit"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "that thread on design debt 😤 10/10 would retweet again"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "guess who got engaged 💍💍💍"),
        ("g", "1m", "US!!!! last night in sintra, he cried more than me"),
        ("g", "1m", "clear ur calendar for next september"),
        ("me", "10m", "AAAAH. so happy for you two. September is cleared"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "r u still alive"),
        ("me", "5h", "barely. launch week"),
        ("g", "6m", "ok eat something green. proud of u. call me when ur human again"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "Is this you in the newspaper? Your mother bought five copies."),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "quick q what was the restaurant w the octopus"),
        ("g", "1m", "the one we went to for ur bday"),
        ("me", "20m", "Tasca do Zé Pequeno in Campo de Ourique"),
        ("g", "1m", "thats the one. taking my parents friday"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "bro ur avatar is 4 years old. who is that child"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "marco's band is playing bar lince fri 10pm"),
        ("g", "1m", "we're all going. no pressure. (pressure)"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "do you have a phillips screwdriver i can have for like 20 minutes"),
        ("me", "10m", "top drawer in the hallway, door code still the same"),
        ("g", "1m", "🙏"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "saw u liked my sourdough pic. it was a disaster. the crumb was a crime scene"),
        ("me", "30m", "looked great from here"),
        ("g", "2m", "that's called good lighting my friend"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "ESTÁS VIVO? haven't heard from u in weeks"),
        ("g", "1m", "coffee this week. not a question"),
        ("me", "1h", "sorry!! thursday morning?"),
        ("g", "2m", "thurs 9:30 usual spot"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "tell me honestly is this jacket too much"),
        ("g", "1m", "photo won't send, here: photos.example.net/s/orange-jacket"),
        ("me", "8m", "it's a lot of jacket. wear it"),
        ("g", "1m", "that's all i needed"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "lol ur reply to that growth guy. savage. deserved"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "Jordan your sister says you have my tupperware since easter. I want it back 😂"),
        ("g", "2m", "The blue one. Not the lid from another one."),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "hbu"),
        ("me", "40m", "good! tired. you?"),
        ("g", "3m", "same. baby slept 3 hrs total. send coffee"),
    ], history="partial"),
    _t("g_casual_chat", steps=[
        ("g", "0", "wait is it tonight or tomorrow"),
        ("me", "5m", "tomorrow"),
        ("g", "1m", "oh thank god"),
    ]),
    _t("g_casual_chat", p="x", steps=[
        ("g", "0", "ok the plotline logo is growing on me. don't tell anyone i said that"),
    ]),
    _t("g_casual_chat", steps=[
        ("g", "0", "happy friday nerd. did u ever finish the book i lent u or is it a coaster now"),
        ("me", "2h", "it's... a very nice coaster"),
        ("g", "1m", "unbelievable"),
    ]),
]

COLLEAGUE = [
    _t("g_colleague_update", p="li", hl="Chair, Atelier Aberto", steps=[
        ("g", "0", "Re: Q3 board pack\n\nJordan,\n\nThanks for the design section, it reads well. Two small things before I send the "
                   "pack to the full board on Thursday:\n\n1. Volunteer numbers on page 6 say 48, Rosa's report says 52. Which is right?\n"
                   "2. Could you add one line on the mentoring pilot budget? Our treasurer will ask, she always does.\n\n"
                   "I'm locking the document Wednesday at 18:00.\n\nBest,\n<<first>>"),
        ("me", "5h", "52 is right, Rosa counted the Porto cohort. Budget line added, €6,200 for the pilot."),
        ("g", "40m", "Perfect, thank you. Locked and sent."),
    ]),
    _t("g_colleague_update", hl="Executive Assistant to Jordan Reyes", steps=[
        ("g", "0", "Your Thursday now looks like this:\n09:30 Kestrel design crit (Zoom, link in the invite)\n11:00 Plotline standup\n"
                   "13:00 lunch with Marta Lobo, she moved it to Café Ribeira\n16:00 speaker prep call with the Tessera team\n\n"
                   "I declined the 14:00 vendor demo like you asked. Shout if anything should move."),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "FYI the renewal webhook bug from Tuesday is fixed. Dani traced it to a timezone offset on annual plans. "
                   "Nobody was double-charged, I went through all 31 renewals by hand. I'm writing a short note to the three "
                   "teams who emailed support, will cc you."),
        ("me", "1h", "Thank you. Please thank Dani from me too."),
        ("g", "3m", "Will do. She'll pretend not to care and then screenshot it."),
    ]),
    _t("g_colleague_update", p="li", hl="Partner at Greywater Capital", steps=[
        ("g", "0", "Jordan, read the October update last night. The retention chart is the strongest thing in it, I'd lead with it "
                   "next month instead of burying it on slide 5.\n\nOne question I didn't want to ask in front of the other "
                   "angels: the ~40% of trial teams that never invite a second member, do you know why yet? If not, Kit Adebayo "
                   "at Loomwell cracked almost exactly this last year. Happy to intro.\n\n<<first>>"),
        ("me", "6h", "We have a guess (invite step is buried after setup) but no proof. Would love the intro to Kit."),
        ("g", "20m", "Done, check your email. Kit is expecting you."),
    ]),
    _t("g_colleague_update", p="li", hl="Senior Product Manager, Kestrel Health", steps=[
        ("g", "0", "Subject: Intake flow review moved\n\nHi Jordan,\n\nThe design review for the patient intake flow moves from "
                   "Tuesday to Wednesday, 15:00 Lisbon / 10:00 Boston. Dr. Amara Osei from clinical ops will join for the first "
                   "20 minutes, so maybe lead with the consent screens while she's there.\n\nDial-in: same Zoom as always. "
                   "Backup phone +1 617 555 0148, PIN 4471 82#.\n\nThanks,\n<<first>>"),
    ]),
    _t("g_colleague_update", p="li", hl="Associate, IP & Technology", steps=[
        ("me", "0", "Any news on the Plotline trademark search?"),
        ("g", "1d", "Jordan, the search for PLOTLINE in classes 9 and 42 is back. One earlier mark in Germany for a board game "
                    "(class 28), which does not conflict. My recommendation: file in the EU and UK now, and the US later once you "
                    "know the launch date there. Estimate for EU + UK is €2,350 including official fees.\n\nOK to proceed?\n\n"
                    "<<full>>\nAssociate, <<company>>\n+351 21 555 0192"),
        ("me", "2h", "Yes, go ahead with EU + UK."),
        ("g", "10m", "Filing Monday. I'll send the receipts for your records."),
    ]),
    _t("g_colleague_update", hl="Accountant", steps=[
        ("g", "0", "Re: VAT Q3\n\nJordan, the Q3 return is ready. Three receipts from the Porto trip are missing (hotel and two "
                   "taxis). If you can find them by Friday I'll include them; otherwise we file without and claim them next "
                   "quarter, no penalty either way. Nothing else needed from you.\n\n<<first>>"),
        ("me", "1d", "Found the hotel one, attached. Taxis are lost to history."),
        ("g", "2h", "Got it, included. Filed this afternoon."),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "FYI Brightwater paid invoice FS-2026-041 this morning (€18,400). That clears everything overdue except "
                   "Vela, which I'm chasing again on Monday. Cash position sheet is updated."),
    ]),
    _t("g_colleague_update", hl="Design Lead, Kestrel Health", steps=[
        ("g", "0", "Worth ten minutes of your weekend: a long read on how a hospital in Utrecht rewrote its discharge letters "
                   "with patients. The section on reading age is exactly the argument we keep losing with compliance.\n"
                   "https://readingroom.example.org/discharge-letters"),
        ("me", "20h", "Read it. That table comparing the two letter versions needs to be in the next steering deck."),
        ("g", "15m", "Already screenshotted it 😄"),
    ]),
    _t("g_colleague_update", p="li", hl="Treasurer, Atelier Aberto", steps=[
        ("g", "0", "Jordan, decision needed before Friday. The city culture grant for the summer school closes on the 14th. "
                   "I'd recommend we apply for the smaller tier (€25k) rather than the €60k one: the bigger tier needs matched "
                   "funding that we simply don't have this year. Do you agree? If yes I'll draft tonight and send it to you and "
                   "Rosa for a read tomorrow."),
        ("me", "3h", "Agree, smaller tier. Send the draft."),
        ("g", "5m", "Will do. Thanks for the quick answer."),
    ]),
    _t("g_colleague_update", hl="Chief of Staff, Plotline", steps=[
        ("g", "0", "Agenda for Monday's offsite attached. I kept your hiring session at 11:00 but cut it to 45 minutes so "
                   "the pricing discussion doesn't get squeezed again. Lunch is at the venue, vegetarian by default.\n\n"
                   "- offsite_agenda_v3.pdf"),
    ]),
    _t("g_colleague_update", hl="Senior Designer at Fieldnote Studio", steps=[
        ("g", "0", "Notes from the Mossgreen call (you dropped off before the end):\n"
                   "- they prefer direction B, want to see it on mobile first\n"
                   "- phase 2 budget confirmed at €42k\n"
                   "- their CMO leaves end of month, new contact is Sandra Pires\n"
                   "- next check-in Thursday 10:00\n\nFull notes in the project folder tonight."),
        ("me", "1h", "Great, thanks. Can you and Kofi own the mobile pass?"),
        ("g", "4m", "Yep, already on it."),
    ]),
    _t("g_colleague_update", hl="Executive Assistant to Jordan Reyes", steps=[
        ("g", "0", "Fwd: Speaker agreement – Northbound Summit\n\nForwarding the contract from the Northbound team. I read it: "
                   "travel and two nights covered, fee €1,500, slides due 20 November. Clause 7 gives them the recording rights "
                   "in perpetuity, which you said last year you didn't want again. Worth pushing back before signing?\n\n"
                   "- northbound_speaker_agreement.pdf"),
        ("me", "2h", "Yes please ask for a 2-year limit on the recording."),
        ("g", "1d", "They agreed to 3 years, non-exclusive. Revised version is in your signing queue."),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Small one: the €640 font licence for the Kestrel work went on the studio card, not on Kestrel's. I'll "
                   "invoice it back to them with this month's hours. Just flagging so the statement doesn't surprise you."),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Re: NDA from Vela\n\nRead it. Standard except the non-solicit, which covers 'affiliates' for 24 months. "
                   "That would stop us from hiring anyone who has ever freelanced for them, which is half of Lisbon. I'd strike "
                   "'affiliates' and cut it to 12 months. Shall I send that back or do you want to?"),
        ("me", "40m", "You send it, I'll back you if they push."),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "I think we should push public launch from Nov 4 to Nov 18.\n\nWhy:\n- onboarding v2 isn't through QA and "
                   "I don't want the first 500 signups to see v1\n- the 4th is the same week as the big design conference in "
                   "SF, nobody will be looking\n\nDownside: we told three beta teams the 4th. I'm roughly 70/30 for moving. "
                   "Your call, but I'd like to decide by Friday."),
        ("me", "3h", "Agree. Move it. I'll write to the three beta teams myself."),
        ("g", "5m", "👍 updating the launch doc now."),
    ]),
    _t("g_colleague_update", p="li", hl="Board Member, Atelier Aberto", steps=[
        ("g", "0", "Dear Jordan,\n\nFollowing Tuesday's meeting I spoke with the two candidates for executive director "
                   "individually. My honest view: Filipa is the stronger operator, Nuno the stronger fundraiser, and given where "
                   "the reserves are I would lean towards Nuno. I've written up both conversations in the attached note.\n\n"
                   "I'd value your view before we reconvene on the 21st, particularly on how each would work with the "
                   "volunteer designers, which you know far better than I do.\n\nWarm regards,\n<<first>>\n\n- ED_candidates_notes.docx"),
    ]),
    _t("g_colleague_update", hl="Chief of Staff, Plotline", steps=[
        ("g", "0", "Heads up: the laptop for the new engineer arrives Wednesday but she starts Monday. I've borrowed the spare "
                   "from the studio for three days, Inês is fine with it. No action needed."),
    ]),
    _t("g_colleague_update", p="li", hl="VP Product, Kestrel Health", steps=[
        ("g", "0", "Jordan,\n\nQuick readout from leadership this morning, since you weren't in the room:\n\n"
                   "1. The design system work is approved for Q1, two engineers allocated.\n"
                   "2. They want the patient app accessibility audit done before the board meeting on Dec 9, not after.\n"
                   "3. Headcount for a second product designer is 'likely', final answer in two weeks.\n\n"
                   "Point 2 is the tight one. Can you tell me by Wednesday whether Dec 9 is realistic, and if not, what you'd cut?\n\n"
                   "Thanks,\n<<first>>"),
        ("me", "1d", "Realistic if we audit the 6 core flows only and leave settings/help for January. Writing it up."),
        ("g", "1h", "That works for me. I'll defend the scope if anyone asks."),
    ]),
    _t("g_colleague_update", hl="Senior Designer at Fieldnote Studio", steps=[
        ("g", "0", "Draft of the Tidepool Museum proposal for your review. I priced the wayfinding at €14k and kept the app as "
                   "an optional phase 2, since their curator sounded nervous about the budget on the call. Pages 4-5 are the "
                   "ones I'm least sure about.\n\n- tidepool_proposal_draft2.pdf"),
        ("me", "4h", "Good. p4: drop the second persona, it's noise. p5 fine. Send it."),
        ("g", "3m", "Dropped and sent ✉️"),
    ]),
    _t("g_colleague_update", p="li", hl="Founder & CEO at Harbour & Pine", steps=[
        ("g", "0", "Jordan, writing separately from the investor update because you asked at the last meeting how we'd handle "
                   "the hiring freeze. Short version: we paused the two sales roles, kept the designer role open (your advice), "
                   "and runway is now 22 months. The numbers in the group update will look scarier than it feels. If you have "
                   "20 minutes this month I'd love your eyes on our onboarding before we rebuild it.\n\n<<first>>"),
        ("me", "5h", "Glad you kept the designer role. Send me a Loom of the onboarding and I'll reply with notes, quicker than a call."),
        ("g", "30m", "Perfect, recording it tonight."),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Landlord replied about the lease renewal. They want +8%, I countered with +4% and a 3-year term, they "
                   "came back at 5.5%. I think 5.5% with 3 years is fair given what's happening around Anjos. Happy to accept "
                   "unless you want to push further."),
        ("me", "2h", "Accept. Thank you for handling it."),
    ]),
    _t("g_colleague_update", hl="Head of Clinical Operations, Kestrel Health", steps=[
        ("g", "0", "Hi Jordan, sharing the summary of last week's nurse interviews before I send it wider. Biggest theme: the "
                   "handover screen is read on a phone while walking, not at a desk, which kills the current table layout. "
                   "I'd appreciate a design perspective on whether the recommendations on page 3 are realistic.\n\n"
                   "- nurse_interviews_summary.pdf"),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "Numbers from the first week of the paid beta, for you before anyone else:\n"
                   "61 teams converted out of 140 invited\n€3,904 MRR\n2 churned (both said 'too early for us', not price)\n\n"
                   "Not bad at all. Can we talk pricing of the team tier on Thursday? I think it's too cheap."),
        ("me", "1h", "Better than I expected! Yes, Thursday."),
    ]),
    _t("g_colleague_update", p="li", hl="Programme Director, Atelier Aberto", steps=[
        ("g", "0", "Hello Jordan,\n\nThe mentoring pilot report is attached ahead of the board meeting. Headline: 23 of 26 "
                   "mentees completed, and 9 have since found design jobs or internships. Two mentors dropped out mid-way, "
                   "we've noted why.\n\nCould you present it to the board, given you designed the pilot? Ten minutes is "
                   "plenty.\n\nThank you,\n<<first>>\n\n- mentoring_pilot_report_2026.pdf"),
        ("me", "1d", "Happy to. 23 of 26 is a great result, thank you for running it."),
    ]),
    _t("g_colleague_update", hl="Executive Assistant to Jordan Reyes", steps=[
        ("g", "0", "FYI the journalist from Revista Forma asked to move the interview to Monday 12:00. I said yes since "
                   "your Monday is light. She'll call your mobile, about 30 minutes. Questions she sent are in the doc, "
                   "mostly about small studios and AI."),
    ]),
    _t("g_colleague_update", hl="Product Designer, Kestrel Health", steps=[
        ("g", "0", "Hi Jordan, I have a recommendation I'd like your view on before I take it to the PM. I think we should "
                   "drop the custom date picker in the booking flow and use the native one. Usability test: 4 of 6 people "
                   "struggled with ours, 0 of 6 with native. It's also 2 weeks less engineering. Only downside is the look on "
                   "Android. Do you agree I should push for this?"),
        ("me", "2h", "Yes, push for it. Bring the test clips, they're more convincing than the numbers."),
        ("g", "2m", "Thank you!! Will do."),
    ]),
    _t("g_colleague_update", p="li", hl="Angel investor", steps=[
        ("g", "0", "Jordan, short note after our coffee. I thought about the question you asked (whether to take the extra "
                   "€150k from the second angel group now or wait for the seed). My advice: take it now only if it comes "
                   "on the same SAFE terms. If they ask for a discount or a board observer seat, wait. You're in a stronger "
                   "position in March with the launch numbers.\n\nHappy to talk it through again anytime."),
        ("me", "3h", "Very helpful, thank you. Same terms or nothing."),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Re: December schedule\n\nProposal for the studio over the holidays:\n- closed 24 Dec to 1 Jan\n"
                   "- Priya covers Kestrel emergencies 27-30 (she offered, takes days in Feb instead)\n"
                   "- last client deliveries by the 19th\n\nIf you're OK with it I'll tell the team Friday and put it on the site."),
        ("me", "1h", "Love it. Go ahead."),
    ]),
    _t("g_colleague_update", hl="Senior Product Manager, Kestrel Health", steps=[
        ("g", "0", "Forwarding the research ops budget request with one line of context: Finance will only approve it if "
                   "design signs off on the number of participants, so they need your name on it. 12 sessions, €1,800 in "
                   "incentives.\n\n- research_budget_Q1.xlsx"),
        ("me", "30m", "Signed off. 12 is right."),
    ]),
    _t("g_colleague_update", p="li", hl="Partner at Greywater Capital", steps=[
        ("g", "0", "Jordan,\n\nA heads-up rather than a request: two of the funds I'm talking to for the seed round asked "
                   "about the studio, and whether Plotline gets your full attention. I told them the truth (studio runs itself "
                   "day to day, you're 4 days a week on Plotline) but you'll get the question directly. Worth having a clean "
                   "one-paragraph answer ready.\n\nBest,\n<<first>>"),
        ("me", "1d", "Good call. Drafting it now, will send you for a sanity check."),
        ("g", "2h", "Read it. It's good. Maybe drop the line about 'eventually' spinning off the studio, it invites more questions."),
    ]),
    _t("g_colleague_update", hl="Designer at Fieldnote Studio", steps=[
        ("g", "0", "Jordan, the client at Vela asked me directly if we could 'just add a dark mode' before Friday. I said "
                   "I'd check with you. I think it's 3 days minimum with QA and it's not in scope. How do you want me to answer?"),
        ("me", "1h", "Good that you checked. Tell them it's a change request, we'll quote it, not this week."),
        ("g", "2m", "Ok, sending that. Thanks."),
    ]),
    _t("g_colleague_update", p="li", hl="Chief of Staff, Plotline", steps=[
        ("g", "0", "Subject: Board call Thursday — who's joining\n\nJordan,\n\nConfirmed for Thursday 17:00:\n- Ruth (Greywater)\n"
                   "- Akin (angel)\n- you, Dani, me\n\nHelena can't make it and asked for the deck in advance. I've sent her the "
                   "read-only link. Call-in: meet.example.com/plotline-board, phone backup +44 20 5555 0133.\n\nDeck draft "
                   "is in the shared folder, I need your slides by Wednesday noon.\n\n<<first>>"),
    ]),
    _t("g_colleague_update", hl="Bookkeeper", steps=[
        ("g", "0", "Hi Jordan, month-end note: Plotline paid two invoices twice in October (the hosting provider, €212 each). "
                   "I've asked them for a refund and it should land within 10 days. Everything else reconciles. Payroll for "
                   "November goes out on the 25th as usual."),
    ]),
    _t("g_colleague_update", hl="Events Lead, Tessera Conference", steps=[
        ("g", "0", "Hi Jordan!\n\nThanks for sending the talk outline. The committee loved the 'roadmaps are fiction' framing. "
                   "We've put you on the main stage, Day 2 at 11:20, 30 minutes including questions.\n\nTwo small asks: a "
                   "60-word bio and a headshot by the 10th. And let us know if you need a clicker, the stage one is a "
                   "bit temperamental.\n\nSee you in Porto,\n<<first>>"),
        ("me", "3h", "Great news. Bio and headshot coming Monday. I'll bring my own clicker."),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "Article worth reading before Thursday: someone at a bigger roadmap tool wrote up why they removed Gantt "
                   "view. Their reasons line up with what we heard in the beta interviews. Good ammo if the team wants to "
                   "build one again.\nhttps://blog.example.net/why-we-killed-gantt"),
    ]),
    _t("g_colleague_update", p="li", hl="Chair, Atelier Aberto", steps=[
        ("g", "0", "Jordan, just to close the loop: the board approved the new code of conduct unanimously, with your "
                   "amendment on reporting routes. Thank you for the work on that, it was not a small job. Rosa will publish "
                   "it on the website next week."),
    ]),
    _t("g_colleague_update", hl="Executive Assistant to Jordan Reyes", steps=[
        ("g", "0", "Expense report for October is ready for your approval in the finance tool. Two things to check: the "
                   "dinner with the Kestrel team (€286, I marked it as client entertainment) and the train to Porto that you "
                   "booked yourself, I couldn't find the receipt."),
        ("me", "6h", "Dinner is right. Train receipt is in my email, forwarding."),
        ("g", "15m", "Got it, submitted."),
    ]),
    _t("g_colleague_update", hl="Senior Designer at Fieldnote Studio", steps=[
        ("g", "0", "Hi Jordan — after yesterday I wrote down what I think we should change about crits. Not urgent, but I'd "
                   "rather you read it before Monday than hear it in the room:\n\n"
                   "1. Max 3 projects per crit\n2. The presenter says what kind of feedback they want first\n"
                   "3. You go last (sorry!! people just agree with whatever you say)\n\nHappy to talk about it."),
        ("me", "4h", "Point 3 stings but you're right. Let's try all three for a month."),
    ]),
    _t("g_colleague_update", hl="Partnerships Manager, Kestrel Health", steps=[
        ("g", "0", "Jordan, the university hospital pilot signed today. They specifically asked that the clinician dashboard "
                   "keeps the layout from your prototype, so expect some love in the kickoff. Kickoff is the 18th; I'll send "
                   "the invite once I have the list."),
    ]),
    _t("g_colleague_update", p="li", hl="Legal Counsel", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nFurther to our call, please find attached the revised consultancy agreement with "
                   "Kestrel Health. I have made the two changes we discussed: the IP clause now excludes pre-existing Fieldnote "
                   "Studio materials, and the notice period is 30 days on both sides.\n\nThe remaining open point is the "
                   "liability cap, which Kestrel's counsel wants at 1x annual fees. In my view that is acceptable for this "
                   "engagement.\n\nKind regards,\n<<full>>\n<<company>>\nT +351 21 555 0176\n\n- Kestrel_consultancy_v4_clean.pdf"),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "The studio insurance renewal came in 12% higher. I got two other quotes: one is cheaper but excludes "
                   "equipment off-site (bad for shoots), the other matches our cover for 4% more than last year. I'd switch to "
                   "the second. Quotes attached if you want to look.\n\n- insurance_quotes_compare.pdf"),
        ("me", "3h", "Switch. Thanks for doing the legwork."),
    ]),
    _t("g_colleague_update", hl="Chief of Staff, Plotline", steps=[
        ("g", "0", "Re: candidate for the support role\n\nMet Beatriz today. Strong writer, did support at a fintech for 2 "
                   "years, calm under pressure. Only concern: she wants 4 days a week. I'd still hire her. Would you do a "
                   "20-min culture chat Thursday or Friday so we can make an offer next week?"),
        ("me", "1h", "Friday 10:00 works."),
        ("g", "4m", "Booked."),
    ]),
    _t("g_colleague_update", hl="Design Lead, Kestrel Health", steps=[
        ("g", "0", "Quick update: the accessibility audit vendor came back with a date, they can start Nov 24, which gives us "
                   "a week of buffer before Dec 9. I've accepted. The contract went through procurement without changes for "
                   "once 🙌"),
    ]),
    _t("g_colleague_update", p="li", hl="Vice-Chair, Atelier Aberto", steps=[
        ("g", "0", "Jordan, Rosa asked me to pass on that the annual dinner is confirmed for 6 December at the foundation's "
                   "garden room. She'd like you to say a few words about the mentoring pilot (3 minutes, no slides). Also, "
                   "could you bring the two framed posters from the studio for the auction? I can collect them if easier."),
        ("me", "1d", "Yes to both, I'll bring them myself."),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "Meeting report from the call with the integration partner: they want a two-way sync, not the one-way "
                   "we proposed. That's ~5 weeks more work. I told them we'd come back by Monday. My recommendation: do "
                   "one-way now, two-way in Q2, only if they commit to co-marketing. What do you think?"),
        ("me", "2h", "Agree with your recommendation. Tell them Q2 conditional."),
    ]),
    _t("g_colleague_update", hl="Senior Designer at Fieldnote Studio", steps=[
        ("g", "0", "FYI the printer at the studio is finally fixed (it was a paper tray sensor, €90). Also the plants are "
                   "alive again, Kofi has been secretly watering them. Nothing else to report, have a good trip!"),
    ]),
    _t("g_colleague_update", p="li", hl="Director of Engineering, Kestrel Health", steps=[
        ("g", "0", "Hi Jordan,\n\nFollowing up on the design-engineering handoff discussion. I've drafted a one-page process "
                   "(attached): designers mark components as 'ready' in the file, engineering reviews twice a week, open "
                   "questions go in one thread, not DMs. Before I share it with both teams I'd like your edits — especially "
                   "on whether twice a week is too often for your side.\n\nThanks,\n<<first>>\n\n- handoff_process_draft.docx"),
        ("me", "5h", "Twice a week is fine. Added two comments on the 'ready' definition."),
    ]),
    _t("g_colleague_update", hl="Executive Assistant to Jordan Reyes", steps=[
        ("g", "0", "Small FYI: your passport expires in May. Several of next year's conferences need 6 months' validity, so "
                   "I'd renew now. The appointment system has slots on the 12th and 19th, want me to book one?"),
        ("me", "3h", "Oh no. Yes please, the 12th."),
        ("g", "5m", "Booked for the 12th at 09:40. Bring the old passport and a photo."),
    ]),
]

COLLEAGUE2 = [
    _t("g_colleague_update", p="x", hl=None, steps=[
        ("g", "0", "moving this here bc slack is down: prod deploy is done, onboarding v2 is live for 10% of new signups. "
                   "dashboards look normal. will ramp to 50% tomorrow if nothing catches fire"),
        ("me", "20m", "🙏 nice"),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Handled: the Vela invoice is paid (finally). Their finance person apologised, said it was stuck in an "
                   "approval queue since September. I've added a 30-day reminder rule so we notice sooner next time."),
        ("g", "2h", "Also: Kofi's contract renewal is on your desk. Same terms, +6% as agreed in his review."),
    ]),
    _t("g_colleague_update", p="li", hl="Board Member, Atelier Aberto", steps=[
        ("g", "0", "Subject: Draft minutes, 14 Oct\n\nJordan,\n\nDraft minutes attached. Could you check item 4 (design school "
                   "partnerships)? I wasn't sure I captured your point about unpaid internships correctly. I wrote that the "
                   "board 'will not promote placements that are unpaid beyond four weeks'. Is that what you proposed?\n\n"
                   "Thanks,\n<<first>>\n\n- minutes_14oct_draft.docx"),
        ("me", "1d", "Close. I proposed no unpaid placements at all. Changed it in the doc."),
        ("g", "1h", "Ah, thank you, that's a real difference. Corrected version goes out tomorrow."),
    ]),
    _t("g_colleague_update", hl="Chief of Staff, Plotline", steps=[
        ("g", "0", "Recommendation on the office question: I looked at three coworking places. The one in Príncipe Real is "
                   "best for hiring (people love the location) but €1,100/month for 4 desks. The one in Marvila is €700 and "
                   "has a meeting room we can book free twice a week. I'd go Marvila. Want to visit both on Thursday before "
                   "deciding?"),
        ("me", "2h", "Marvila sounds right. No need to visit, trust your call."),
        ("g", "3m", "Signing the 6-month contract then. Moving in on the 1st."),
    ]),
    _t("g_colleague_update", hl="Senior Product Manager, Kestrel Health", steps=[
        ("g", "0", "Jordan, FYI: the steering committee asked why the redesign of the appointments screen slipped two weeks. "
                   "I explained it was the change in the API from the scheduling vendor, not design. They were fine. Just didn't "
                   "want you to hear a different version from someone else."),
        ("me", "1h", "Thanks for having my back."),
    ]),
    _t("g_colleague_update", p="li", hl="Editor, Revista Forma", steps=[
        ("g", "0", "Jordan, thank you again for the interview on Monday. I've attached the quotes I plan to use so you can "
                   "check them for accuracy (not for style, as agreed 🙂). The piece runs in the December issue. If anything "
                   "is wrong, let me know by Thursday.\n\n<<first>>\n\n- quotes_for_review_reyes.docx"),
        ("me", "1d", "All accurate except the studio size, we're 6 not 8."),
        ("g", "20m", "Fixed, thanks!"),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "Legal note: the data processing agreement that the hospital beta customer sent asks for EU-only hosting. "
                   "We're already EU-only, so it's fine, but they also want a 24h breach notification instead of 72h. "
                   "I'm OK committing to that. Any objection before I sign?"),
        ("me", "4h", "No objection."),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Who's going to what next week, so we don't double up:\n\n"
                   "Mon — Brightwater workshop: Priya + Tomás\n"
                   "Tue — Tidepool site visit: you + Kofi (museum opens at 10, ask for Joaquim)\n"
                   "Wed — Vela sprint review: Tomás only\n"
                   "Thu — studio crit, everyone\n\nIf you'd rather be at Brightwater instead of Tidepool, tell me by Friday."),
    ]),
    _t("g_colleague_update", p="li", hl="Managing Partner at Quayside Ventures", steps=[
        ("g", "0", "Hi Jordan,\n\nThanks for the time last week. I wanted to write personally rather than through the process: "
                   "we're not going to lead the seed round. The partnership liked the team and the retention numbers, but "
                   "we're over-allocated in workflow tools this year and I didn't want to string you along.\n\n"
                   "If it's useful, I'm happy to introduce you to two funds I think would be a better fit, and to keep "
                   "following along. I'd genuinely like to see how the hospital pilots go.\n\nAll the best,\n<<first>>"),
        ("me", "1d", "Appreciate the honesty and speed. I'd love those two intros."),
        ("g", "3h", "Done, both in your email. Good luck with it."),
    ]),
    _t("g_colleague_update", hl="Executive Assistant to Jordan Reyes", steps=[
        ("g", "0", "Re: guest list for Plotline launch drinks\n\nCurrent count is 64 confirmed, venue limit is 80. I still "
                   "need yes/no from you on: the two journalists from the newsletter list, your old team from the agency, "
                   "and whether partners are invited. Bar tab is capped at €1,200 as agreed."),
        ("me", "2h", "Yes journalists, yes old team, partners yes."),
        ("g", "5m", "Great, that puts us at 78. Tight but fine."),
    ]),
    _t("g_colleague_update", hl="Designer at Fieldnote Studio", steps=[
        ("g", "0", "Sharing something I read that made me think of your talk: a short essay on why roadmaps with dates are "
                   "promises and roadmaps without dates are wishes. Not sure I agree with all of it but the last section "
                   "could be a good counterpoint slide.\nhttps://essays.example.org/promises-and-wishes"),
        ("me", "1d", "Ha, this is great. Stealing the last paragraph (with credit)."),
    ]),
    _t("g_colleague_update", p="li", hl="Treasurer, Atelier Aberto", steps=[
        ("g", "0", "Jordan, year-to-date finances in one paragraph, since you asked for something shorter than the spreadsheet: "
                   "income €148k (83% of budget), spending €131k, reserves at 4.2 months. The summer school ran €3k over "
                   "because of the venue change. Nothing alarming. Full pack before the December board.\n\n<<first>>"),
    ]),
    _t("g_colleague_update", hl="Senior Designer at Fieldnote Studio", steps=[
        ("g", "0", "I'd like to recommend Ana for the lead role on the Tidepool project. She's been shadowing me on Mossgreen "
                   "and she's ready. I'd stay on as reviewer, 1 day a week. What do you think? I haven't said anything to her "
                   "yet."),
        ("me", "3h", "Agree completely. Can you tell her together with me on Monday?"),
        ("g", "2m", "Yes!! She'll be thrilled."),
    ]),
    _t("g_colleague_update", hl="Product Lead, Kestrel Health", steps=[
        ("g", "0", "Decision log from today's triage (you asked to be kept in the loop on anything touching design):\n"
                   "• Keep the old onboarding for existing patients until March\n"
                   "• New medication reminders ship behind a flag\n"
                   "• Icon refresh postponed, no capacity\n\nOnly the first one might need your input on the copy."),
    ]),
    _t("g_colleague_update", hl="Chief of Staff, Plotline", steps=[
        ("g", "0", "Fwd: Insurance certificate\n\nThe enterprise customer's procurement team needs our cyber insurance "
                   "certificate before they sign. I forwarded them the one from the broker. Flagging only because the "
                   "policy renews in January and they'll ask again then.\n\n- cyber_cert_2026.pdf"),
    ]),
    _t("g_colleague_update", hl="Executive Assistant to Jordan Reyes", steps=[
        ("g", "0", "Quick one: three requests came in for talks in Q1. My suggestion: yes to the Berlin meetup (on your way "
                   "to the Plotline offsite anyway), no to the two webinars (same audience as your blog). OK?"),
        ("me", "30m", "Perfect."),
    ]),
    _t("g_colleague_update", p="li", hl="Angel investor", steps=[
        ("g", "0", "Jordan, personal note on the November update. I loved the honesty of the 'what didn't work' section. "
                   "Most founders write that part as a humblebrag, yours read like a real post-mortem. One suggestion: "
                   "add the burn number in the first paragraph. I had to dig for it, and other angels will too.\n\n"
                   "Proud to be on this one,\n<<first>>"),
    ]),
    _t("g_colleague_update", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Handled the complaint from the neighbour about the bikes in the hallway. I bought a wall rack (€85) and "
                   "moved them into the back room. He seemed happy. Also brought him pastéis, which I think did most of the work."),
        ("me", "2h", "Diplomacy 🙌"),
    ]),
    _t("g_colleague_update", hl="Design Lead, Kestrel Health", steps=[
        ("g", "0", "Hi Jordan, I'm drafting my own promotion case for the January cycle and my manager said to ask for a "
                   "short input from you since you've seen most of my work this year. Could you write 4-5 sentences on the "
                   "design system and the intake flow? No rush, deadline is Dec 12. Thank you so much."),
        ("me", "1d", "Of course, and happily. You'll have it this week."),
        ("g", "10m", "🙏🙏"),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "Jordan,\n\nPutting this in writing because I keep fumbling it out loud. I think we need to stop the "
                   "custom-fields project. Not pause: stop.\n\nWhen we started it in August, three of the five beta teams "
                   "asked for it. Since then two of those three have told us, unprompted, that what they actually wanted was "
                   "to filter by owner, which we shipped in September as a side effect. The third is the Rotterdam team, and "
                   "their use case is really an integration with their ticketing tool, not fields.\n\nMeanwhile the project "
                   "has eaten about 60% of Dani's time for six weeks and touches the data model in ways that make the "
                   "two-way sync harder later. If we stop now we lose roughly a week of finished work; the rest was "
                   "exploration we'd have to redo anyway.\n\nWhat I'd do instead: give Dani the import improvements for "
                   "the rest of the quarter (support tickets say that's the real pain) and write to the three teams "
                   "explaining why. I'm happy to write those emails.\n\nI know you championed this one in the planning "
                   "session, which is partly why I'm writing rather than just deciding. Tell me where I'm wrong. If you "
                   "think I'm not, I'd like to announce it at Monday's standup.\n\n<<first>>"),
        ("me", "5h", "You're not wrong. I was attached to it. Announce it Monday, and I'll say at standup that it was my call to start it."),
        ("g", "20m", "Thank you. That'll make it a lot easier for Dani."),
    ]),
    _t("g_colleague_update", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "Q: do we want to attend the Berlin product meetup as sponsors? €800 for a table + logo. I'd say no, "
                   "we'd get more from you giving a talk there for free. But flagging since the organiser asked both of us."),
        ("me", "1h", "No sponsorship. I'll offer a talk."),
    ]),
]

BURST = [
    _t("g_burst", hl="Designer at Fieldnote Studio", steps=[
        ("g", "0", "pushed the new onboarding screens to the Plotline file, page 'Onb v4'"),
        ("g", "2m", "oh and the empty state illustration is a placeholder, Kofi is redoing it tomorrow"),
        ("g", "6m", "also I changed the CTA to 'Create your first plan' — we can argue about it in crit 😅"),
    ]),
    _t("g_burst", hl="Senior Designer at Fieldnote Studio", steps=[
        ("g", "0", "Here's the pricing page for tomorrow: pricing_page_v2.fig"),
        ("g", "3m", "sorry, wrong file, that's the old one. this one: pricing_page_v3_final.fig"),
        ("g", "1m", "'final' is doing a lot of work in that file name, I know"),
    ]),
    _t("g_burst", p="li", hl="Head of Marketing at Brightwater Foods", steps=[
        ("g", "0", "Jordan, one more thought on the homepage after yesterday"),
        ("g", "1m", "the hero line feels too clever. a lot of our customers are farmers and co-op buyers, they want to know "
                   "what we sell in 3 seconds"),
        ("g", "4m", "not all of them! but enough to matter"),
        ("g", "25m", "ok, update: our CEO loves the clever line. ignore me for now, let's discuss Thursday 🙃"),
    ]),
    _t("g_burst", p="li", hl="Reporter", steps=[
        ("g", "0", "Hi Jordan, I'm finishing the piece on small design studios tonight"),
        ("g", "1m", "can I quote you on the line from our call, 'six people is a band, not an orchestra'?"),
        ("g", "1m", "deadline is 5pm London, so 6pm yours. if I don't hear back I'll paraphrase instead"),
    ]),
    _t("g_burst", p="x", steps=[
        ("g", "0", "hey! finally read your post on async crits"),
        ("g", "1m", "we tried the 'presenter asks for a type of feedback' thing in our team today and it was SO much calmer"),
        ("g", "2m", "one q tho: what do you do when the presenter asks for visual feedback and someone goes straight to strategy? "
                   "happened twice lol"),
    ]),
    _t("g_burst", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "investor deck slide 9: the ARR number is from September"),
        ("g", "1m", "October is €46.8k, not €41k"),
        ("g", "3m", "also the logo strip still has the agency we lost, please remove before you send to anyone"),
    ]),
    _t("g_burst", steps=[
        ("g", "0", "Jordan it's your uncle Carlos. New phone, your mother gave me the number"),
        ("g", "2m", "Your cousin Lucía is starting a design course in Lisbon in January"),
        ("g", "1m", "She is shy and will not ask you herself. Can you maybe have a coffee with her and give advice?"),
        ("g", "5m", "No pressure. She likes drawing buildings."),
    ]),
    _t("g_burst", p="li", hl="Product Designer, Kestrel Health", steps=[
        ("g", "0", "Jordan, quick one on the medication reminders"),
        ("g", "1m", "the red badge for 'missed dose' tested really badly with older patients, two people thought the app was broken"),
        ("g", "2m", "I'm going to try amber + text instead. Let me know if you'd rather I keep the red until after the review"),
    ]),
    _t("g_burst", steps=[
        ("g", "0", "ok i finally did it. handed in my notice 😬"),
        ("g", "1m", "thank u for that call last month btw. the bit about 'you're not quitting a job, you're choosing a next one' "
                   "is literally written on a post-it on my monitor"),
        ("g", "1m", "now i'm terrified. but good terrified"),
    ]),
    _t("g_burst", p="li", hl="Chair, Atelier Aberto", steps=[
        ("g", "0", "Jordan, re the summer school venue"),
        ("g", "2m", "the Marvila warehouse said yes for July, €4,000 for two weeks including chairs and tables"),
        ("g", "3m", "correction: tables not included, that's another €350. Still the best option in my view. Could you look at "
                   "the floor plan before I confirm? Attached.\n\n- warehouse_floorplan.pdf"),
    ]),
    _t("g_burst", p="x", steps=[
        ("g", "0", "ok your talk slides are up on the conf site"),
        ("g", "1m", "slide 23 has a typo: 'roadmpas'"),
        ("g", "1m", "sorry. i had to. u would've told me"),
    ]),
    _t("g_burst", hl="Studio Manager at Fieldnote Studio", steps=[
        ("g", "0", "Jordan, the accountant needs your signature on the annual accounts by Friday"),
        ("g", "1m", "it's in the signing app, 2 documents"),
        ("g", "40m", "oh and ignore the one marked 'draft', she sent it by mistake, only sign the ones marked 'final'"),
    ]),
    _t("g_burst", p="li", hl="Chief Product Officer, Kestrel Health", steps=[
        ("g", "0", "Jordan, a couple of things after the board meeting, in no particular order:"),
        ("g", "1m", "1) they loved the patient journey map. Our chair asked for a printed copy for her office, can the studio do that?"),
        ("g", "2m", "2) the question about the second designer hire is now a yes. Budget approved from January"),
        ("g", "5m", "3) and personally: thank you. The last six months were the first time design was a real agenda item here."),
    ]),
    _t("g_burst", steps=[
        ("g", "0", "hey, small favour"),
        ("g", "1m", "I'm applying for a senior role at a fintech here in Amsterdam and they ask for a reference from someone "
                   "who managed me"),
        ("g", "1m", "would you be ok if I put your name down? it's been 3 years since the agency but you still know my work best"),
        ("g", "3m", "totally fine to say no!"),
    ]),
    _t("g_burst", p="li", hl="Programme Director, Atelier Aberto", steps=[
        ("g", "0", "Jordan, I've just sent the mentor matching list"),
        ("g", "2m", "I paired you with Leonor again since you asked to continue with her"),
        ("g", "1m", "and I added one new mentee, Samuel, who specifically asked for someone who's run a studio. Is 2 too many this round?"),
    ]),
    _t("g_burst", p="x", conn="recent", steps=[
        ("g", "0", "jordan!! i'm the student from your q&a at the university last week (the one who asked about portfolios)"),
        ("g", "1m", "i redid my case study like you said: problem first, pretty pictures last"),
        ("g", "2m", "here it is if u have 2 min: portfolio.example.com/ines-m/clinic-booking"),
        ("g", "1m", "no pressure at all, i know ur busy. thank you either way"),
    ]),
    _t("g_burst", hl="Co-founder & CTO, Plotline", steps=[
        ("g", "0", "Heads up, support got a long angry email from the customer in Rotterdam"),
        ("g", "1m", "they lost a week of roadmap changes after the import. it was our bug, the restore worked, data is back"),
        ("g", "2m", "I think it'd mean a lot if the email apologising came from you rather than support. draft is in the doc"),
        ("g", "10m", "oh and I gave them 3 months free, hope that's ok"),
    ]),
    _t("g_burst", p="li", hl="Owner, Tasca Mar Salgado", steps=[
        ("g", "0", "Jordan bom dia! The new menus arrived from the printer"),
        ("g", "1m", "they look beautiful. The fish drawings especially"),
        ("g", "2m", "only one problem: the price of the arroz de marisco is wrong, it says 18 and should be 21. I think it was "
                   "my mistake in the file I sent you, not yours"),
        ("g", "1m", "can we fix it for the next print?"),
    ]),
    _t("g_burst", steps=[
        ("g", "0", "Jordan, about the photos for your talk bio"),
        ("g", "1m", "I edited the three from the rooftop shoot"),
        ("g", "4m", "the second one is the best I think. the first you have your eyes half closed lol"),
        ("g", "1m", "link: photos.example.net/jr-rooftop"),
    ]),
    _t("g_burst", p="li", hl="Head of Design at Northwind Mobility", steps=[
        ("g", "0", "Jordan — thanks for the intro to Priya last month. We hired her friend Tomás for the contract role, "
                   "it's going very well"),
        ("g", "2m", "and now I owe you: we're looking for a studio for a 6-week accessibility review of our ticketing app in "
                   "February. I'd much rather it's you than a big agency. Interested in a proper brief?"),
    ]),
    _t("g_burst", p="li", hl="Board Member, Atelier Aberto", steps=[
        ("g", "0", "Jordan, some thoughts after reading the strategy draft on the train, before I forget them. Overall I "
                   "think it's the clearest version we've had, and the decision to focus on mentoring and the summer school "
                   "rather than adding a third programme is right. My concern is section 3. We say we'll double the number "
                   "of mentees in two years, but the plan relies entirely on volunteer mentors, and we already lost two this "
                   "year. I'd want to see either a small paid coordinator role or a more modest target. I'd also like the "
                   "document to say something about who we are for: 'emerging designers' is broad, and the pilot data shows "
                   "most of our mentees came from outside Lisbon and Porto, which is worth naming as a strength.\n\n"
                   "Small things: the budget table on page 9 doesn't add up (the totals row is from the old version), and the "
                   "timeline still shows the grant decision in October, when we now expect it in January."),
        ("g", "40m", "One more, sorry: I'd be happy to draft the paragraph on who we serve if that helps. I know you're "
                     "stretched this month."),
        ("me", "3h", "Very helpful, thank you. Yes please draft that paragraph. I'll fix section 3 and the table."),
    ]),
    _t("g_burst", steps=[
        ("g", "0", "Jord sorry to bother"),
        ("g", "1m", "my landlord wants to raise rent 15%. is that even legal here? u went through this last year right"),
        ("g", "2m", "who was the lawyer u used? the one who didn't charge a kidney"),
    ]),
    _t("g_burst", p="x", steps=[
        ("g", "0", "ok last thing about plotline and then I'll leave you alone"),
        ("g", "1m", "the keyboard shortcut for moving an item to next quarter clashes with the browser's 'reopen tab' in Firefox"),
        ("g", "1m", "took me 20 min to figure out why my tabs kept exploding 😂"),
    ]),
    _t("g_burst", hl="Chief of Staff, Plotline", steps=[
        ("g", "0", "Offer letter for Beatriz is ready in the doc for your signature"),
        ("g", "3m", "wait, I put the wrong start date. fixing"),
        ("g", "2m", "fixed, it's Jan 6 now. OK to sign"),
    ]),
    _t("g_burst", p="li", hl="Curator, Tidepool Museum", steps=[
        ("g", "0", "Dear Jordan, thank you for the site visit yesterday."),
        ("g", "2m", "I forgot to mention: the east wing will be closed for restoration from March to May, so the signage there "
                   "can wait for phase 2."),
        ("g", "1m", "Also, our director would like to meet you before the board approves the budget. Would the 28th suit you?"),
    ]),
]


def _p(steps, **kw):
    return _t("g_partial", steps=steps, history="partial", **kw)


PARTIAL = [
    _p([
        ("g", "0", "yes, Thursday works"),
        ("g", "1m", "I'll bring the printed boards"),
    ], hl="Senior Designer at Fieldnote Studio"),
    _p([
        ("g", "0", "ok that works for me. 11:00 at the studio then"),
        ("me", "30m", "great, see you there"),
    ], p="li", hl="Marketing Director at Mossgreen Bank"),
    _p([
        ("g", "0", "As I said on the call, the budget for phase 2 is fixed at €42k. What can move is the timeline."),
        ("g", "2m", "If we push the app work to April, does the quality bar stay where it is? That's what my CEO will ask."),
        ("me", "3h", "Yes. April gives us more room, not less. I'll send a revised plan tomorrow."),
        ("g", "10m", "Perfect, thank you."),
    ], p="li", hl="Chief Marketing Officer at Mossgreen Bank"),
    _p([
        ("g", "0", "haha fair"),
        ("g", "1m", "but u still owe me a beer for the couch"),
    ]),
    _p([
        ("g", "0", "Agreed on the three pricing tiers. My only worry is the name 'Studio' for the middle one — confusing "
                   "when your other company is literally called Fieldnote Studio"),
        ("me", "1h", "Ha. Good catch. 'Team'?"),
        ("g", "5m", "'Team' is boring and perfect."),
    ], hl="Co-founder & CTO, Plotline"),
    _p([
        ("g", "0", "Got it, thanks. Sending the revised contract tomorrow morning."),
    ], p="li", hl="Legal Counsel"),
    _p([
        ("g", "0", "just looked at the file you sent"),
        ("g", "1m", "the blue is SO much better than the green"),
        ("g", "1m", "can we see it on the truck mockup too?"),
        ("me", "2h", "on it, by Friday"),
    ], p="li", hl="Founder at Vela Mobility"),
    _p([
        ("g", "0", "No worries at all, take your time with the feedback. The deadline is only for my own sanity."),
    ], p="x"),
    _p([
        ("g", "0", "Right, so to summarise where we landed: you'll do the 6 core flows for the audit, we postpone settings "
                   "and help to January, and I tell compliance on Monday. Correct?"),
        ("me", "40m", "Correct."),
        ("g", "2m", "👍"),
    ], p="li", hl="VP Product, Kestrel Health"),
    _p([
        ("g", "0", "That's a good point about the onboarding. I hadn't thought about the invite step being hidden after setup."),
        ("g", "3m", "I checked our own data: 70% of teams that invite someone in the first hour are still active at week 4. "
                   "Below 30% for those who don't."),
        ("g", "1m", "So yes, I'd move it way up."),
    ], p="li", hl="Head of Product at Loomwell"),
    _p([
        ("g", "0", "Yes please, send me the slides and I'll print them for the session"),
        ("me", "10m", "sent"),
        ("g", "6m", "got them. 40 copies ok?"),
        ("me", "2m", "30 is plenty"),
    ], hl="Programme Director, Atelier Aberto"),
    _p([
        ("g", "0", "lol yes exactly that"),
        ("g", "1m", "anyway are we still on for saturday"),
    ], p="x"),
    _p([
        ("g", "0", "Thanks for sending that so fast. Reading it on the train now."),
        ("g", "50m", "Read it. Two questions:\n1. Why does the second phase need its own discovery? Didn't we do that already?\n"
                     "2. Can the illustrations be licensed to us after the project, or are they yours?"),
        ("me", "2h", "1. Different audience (schools, not visitors). 2. Licensed to you, perpetual. I'll make that explicit."),
        ("g", "15m", "Great, both make sense."),
    ], p="li", hl="Curator, Tidepool Museum"),
    _p([
        ("g", "0", "ok fine you win"),
        ("g", "1m", "the sans serif looks better"),
        ("g", "1m", "don't make that face"),
    ], p="x"),
    _p([
        ("g", "0", "Following on from what you said earlier, I spoke to Dr. Osei. She's happy for you to observe two clinic "
                   "shifts next week, Tuesday morning and Thursday afternoon. You'll need the visitor badge from reception."),
        ("me", "1h", "Perfect, both slots."),
    ], hl="Senior Product Manager, Kestrel Health"),
    _p([
        ("g", "0", "Sure, I can do the intro. What should I say you want from her, so she's not surprised?"),
        ("me", "30m", "Just 20 min on how they priced their team tier. Happy to share our numbers in return."),
        ("g", "3m", "Clear. Sending it tonight."),
    ], p="li", hl="Angel investor"),
    _p([
        ("g", "0", "Oh, you're right, I mixed up the dates. It's the 19th, not the 12th. Sorry!"),
    ], hl="Events Lead, Tessera Conference"),
    _p([
        ("g", "0", "sounds good"),
        ("g", "1m", "what time do u land"),
        ("me", "10m", "17:40"),
        ("g", "1m", "ok i'll come get u. look for the dusty red fiat"),
    ]),
    _p([
        ("g", "0", "I see your point about the dashboard, but I still think the nurses need the table on tablets. On phones, "
                   "fine, cards."),
        ("g", "4m", "Could we do both? Cards below a certain width?"),
        ("me", "1h", "Yes, that's what I meant, sorry if it came across as cards everywhere."),
        ("g", "5m", "Ah ok! Then we agree completely."),
    ], p="li", hl="Head of Clinical Operations, Kestrel Health"),
    _p([
        ("g", "0", "Understood, and thank you for being straight with me. I'll keep building the portfolio and apply again "
                   "in spring."),
        ("g", "2m", "If you have any one thing I should work on first, I'd really like to know."),
        ("me", "4h", "Pick one project and show the messy middle: what you tried that didn't work. That's what we look for."),
        ("g", "10m", "That's really helpful. Thank you, Jordan."),
    ], p="li"),
    _p([
        ("g", "0", "Yep, just checked: the invoice went out on the 3rd, so it's 27 days, not overdue yet."),
    ], hl="Bookkeeper"),
    _p([
        ("g", "0", "ahahah no, the OTHER Pedro"),
        ("g", "1m", "the one with the boat"),
        ("me", "5m", "ohhh. yes. invite him"),
    ], p="x"),
    _p([
        ("g", "0", "Apologies for the delay in responding to your notes, Mr. Reyes. We have discussed them internally."),
        ("g", "1m", "We accept changes 1 to 4. On change 5 (the cancellation terms) we would prefer 60 days rather than 30, "
                   "as our budgets are approved quarterly. Would that be acceptable to you?"),
        ("me", "1d", "45 days as a middle ground?"),
        ("g", "2h", "45 days is acceptable. We will send the final version for signature this week."),
    ], p="li", hl="Procurement Manager, Tidepool Museum"),
    _p([
        ("g", "0", "you're right, I was being dramatic"),
        ("g", "1m", "the logo is fine"),
        ("g", "1m", "the client is the problem"),
    ]),
    _p([
        ("g", "0", "Noted. I'll move the payroll date to the 24th in December because of the holiday."),
    ], hl="Bookkeeper"),
    _p([
        ("g", "0", "ok so I talked to the team about your proposal"),
        ("g", "2m", "we'd like to start with the 2-week sprint rather than the full month, see how it goes"),
        ("me", "3h", "Totally reasonable. I'll adjust the quote."),
        ("g", "5m", "thanks! and no rush, next week is fine"),
    ], p="li", hl="Co-founder at Harbour & Pine"),
    _p([
        ("g", "0", "Re your question about the shuttle — yes, there's one from the hotel at 8:15 and 8:45 both days."),
    ], hl="Events Lead, Tessera Conference"),
    _p([
        ("g", "0", "That's what I was trying to say in the meeting but you put it better"),
        ("g", "2m", "can I use your sentence in my write-up? 'a roadmap is a list of bets, not a list of promises'"),
        ("me", "10m", "it's all yours"),
    ], hl="Product Lead, Kestrel Health"),
    _p([
        ("g", "0", "Of course, happy to move it. Does Friday at 15:00 suit instead?"),
        ("me", "1h", "Friday 15:00 is great."),
        ("g", "2m", "Updated the invite."),
    ], p="li", hl="Managing Partner at Quayside Ventures"),
    _p([
        ("g", "0", "hm not sure I agree tbh"),
        ("g", "1m", "feels like u're underpricing the workshop. €1,200 for a full day with 2 facilitators is what junior "
                   "freelancers charge"),
        ("g", "1m", "I'd quote 2k and see what they say"),
        ("me", "2h", "ok you've convinced me"),
    ], p="x"),
    _p([
        ("g", "0", "Good question. Short answer: the grant covers salaries but not equipment, so the laptops have to come out "
                   "of reserves. I'll bring the exact figure to the meeting."),
    ], p="li", hl="Treasurer, Atelier Aberto"),
    _p([
        ("g", "0", "yes!! that's the one"),
        ("g", "1m", "send me the link pls"),
        ("me", "3m", "plotline.example.com/changelog"),
        ("g", "1m", "ty"),
    ], p="x"),
    _p([
        ("g", "0", "As mentioned, I'd need the final files in PDF/X-1a with 3mm bleed."),
        ("g", "2m", "The cover looks great by the way. The matte finish will suit it."),
        ("me", "1h", "Sending tonight, bleed included."),
        ("g", "3m", "Perfect, thanks. Print run starts Monday."),
    ], hl="Print production manager"),
    _p([
        ("g", "0", "Fair enough. Let's leave dark mode out of this release and revisit in January."),
    ], p="li", hl="Founder at Vela Mobility"),
    _p([
        ("g", "0", "honestly no idea, ask mum"),
        ("g", "1m", "wait she's calling me now lol"),
        ("g", "3m", "she says the 23rd. and to bring the good cheese"),
    ]),
    _p([
        ("g", "0", "Thank you, that helps. I'll present option A to the board and mention B as a fallback."),
        ("g", "1m", "Would you be willing to join the last 15 minutes in case there are design questions?"),
        ("me", "2h", "Yes, send me the link."),
    ], p="li", hl="Chair, Atelier Aberto"),
    _p([
        ("g", "0", "I reread your comments. I think you're right about the second persona, I'll cut it."),
        ("g", "3m", "Also fixed the numbering on p. 7."),
    ], hl="Senior Designer at Fieldnote Studio"),
]


def _l(steps, **kw):
    return _t("g_logistics", steps=steps, **kw)


LOGISTICS = [
    _l([("g", "0", "running 10 min late, tram is stuck at Cais do Sodré. order without me")], hl="Senior Designer at Fieldnote Studio"),
    _l([
        ("g", "0", "The room is booked: Sala 3, 2nd floor, 14:00–16:00. Pick up your badge at reception, they have your name."),
    ], p="li", hl="Senior Product Manager, Kestrel Health"),
    _l([
        ("g", "0", "Sending the car at 8. Driver is Paulo, silver Skoda, he'll call when he's outside. Flight is 10:25 from "
                   "Terminal 1."),
        ("me", "10m", "Thank you!"),
    ], hl="Executive Assistant to Jordan Reyes"),
    _l([
        ("g", "0", "tickets for saturday are in ur email. gates open 19:30, we're in block C"),
        ("g", "1m", "meet at the kiosk by the north entrance 19:15?"),
        ("me", "30m", "perfect"),
    ]),
    _l([
        ("g", "0", "Courier says 'delivered to reception' at 11:04 but reception has nothing. Did someone at the studio sign "
                   "for a box from the print shop?"),
        ("me", "15m", "Tomás took it upstairs, it's in the kitchen"),
        ("g", "1m", "Phew. Thanks."),
    ], hl="Studio Manager at Fieldnote Studio"),
    _l([("g", "0", "parcel for u at the studio. looks like the zines from the printer 📦")], hl="Designer at Fieldnote Studio"),
    _l([
        ("g", "0", "Your hotel in Porto: Casa do Rio, Rua das Flores side, check-in from 15:00, booking under your name. "
                   "Breakfast included. The venue is a 12-minute walk."),
    ], p="li", hl="Events Lead, Tessera Conference"),
    _l([
        ("g", "0", "landing 17:40, will go straight to the restaurant"),
        ("g", "50m", "delayed 40 min 🙄 start without me"),
    ], p="x"),
    _l([
        ("g", "0", "Hi Jordan, the AV team asks: will you present from your laptop or theirs? If yours, USB-C to HDMI is "
                   "provided. Tech check is 10:30 on the day, stage 1."),
        ("me", "2h", "My laptop. See you at 10:30."),
    ], hl="Events Lead, Tessera Conference"),
    _l([
        ("g", "0", "Parking at the hospital is a nightmare. Use the staff car park on the east side, I've put your plate on "
                   "the list for Tuesday and Thursday."),
    ], p="li", hl="Head of Clinical Operations, Kestrel Health"),
    _l([("g", "0", "here. table at the back, under the ugly painting")], p="x"),
    _l([
        ("g", "0", "Keys for the Airbnb: lockbox by the blue door, code 4471. Wifi password is on the fridge."),
        ("g", "2m", "and the hot water takes 5 min, don't panic"),
    ]),
    _l([
        ("g", "0", "Train update: the 9:09 to Porto is cancelled. I've moved you to the 10:09, same seat number, coach 5. "
                   "You'll still make the 13:00 session."),
        ("me", "20m", "You're a lifesaver"),
    ], hl="Executive Assistant to Jordan Reyes"),
    _l([
        ("g", "0", "are u at the studio? the plumber is coming between 2 and 4 and someone needs to let him in"),
        ("me", "15m", "I'll be there from 3"),
        ("g", "1m", "ok I'll cover 2 to 3 then"),
    ], hl="Studio Manager at Fieldnote Studio"),
    _l([
        ("g", "0", "Board meeting location change: we're at the foundation's library this time, not the usual room. Second "
                   "floor, ring the bell marked 'Biblioteca'. Still 18:30."),
    ], p="li", hl="Vice-Chair, Atelier Aberto"),
    _l([
        ("g", "0", "Your desk chair arrives Thursday between 9 and 13. They need someone to sign. I'll be in, no worries."),
    ], hl="Chief of Staff, Plotline"),
    _l([
        ("g", "0", "omw, 5 min"),
        ("g", "6m", "ok 10. parking is impossible"),
    ]),
    _l([
        ("g", "0", "Copenhagen details for tomorrow:\nFlight TP 752, 08:15 from LIS, seat 4C\nMetro from the airport to "
                   "Kongens Nytorv, 15 min\nHotel is 5 min walk from there\nSpeaker dinner 19:30, address in your calendar"),
    ], hl="Executive Assistant to Jordan Reyes"),
    _l([
        ("g", "0", "Dear Mr. Reyes, this is to confirm your visit to the Tidepool Museum on Tuesday the 18th at 10:00. "
                   "Please use the staff entrance on the river side; Joaquim from facilities will meet you and Mr. Mensah. "
                   "Kind regards,\n<<first>>"),
    ], p="li", hl="Assistant to the Director, Tidepool Museum"),
    _l([
        ("g", "0", "food for the workshop is ordered: 12 people, 3 vegan, 1 gluten-free. arrives 12:30"),
        ("g", "3m", "13, sorry. Ana's bringing her intern"),
    ], hl="Studio Manager at Fieldnote Studio"),
    _l([
        ("g", "0", "which gate?? I'm at 14 and nobody's here"),
        ("me", "2m", "21! they changed it"),
        ("g", "1m", "running 🏃"),
    ], p="x"),
    _l([
        ("g", "0", "Call moved to 16:30 your time because of daylight saving on our side. Same Zoom link. Sorry for the confusion!"),
    ], p="li", hl="Senior Product Manager, Kestrel Health"),
    _l([
        ("g", "0", "mum's flight lands tuesday 14:20 in lisbon, can u pick her up? i'm stuck in meetings til 6"),
        ("me", "1h", "yes, I'll take her to lunch"),
        ("g", "1m", "ur the best brother. she'll have 2 suitcases. of course"),
    ]),
    _l([
        ("g", "0", "The printed posters for the auction are ready for collection from tomorrow at the shop on Rua do Benformoso, "
                   "open until 19:00. Ask for Dona Fátima."),
    ], hl="Vice-Chair, Atelier Aberto"),
    _l([
        ("g", "0", "Rental car booked for the Algarve offsite: pick-up Friday 9:00 at the Saldanha office, return Sunday 18:00. "
                   "Booking ref PL-88342. Dani is second driver."),
    ], hl="Chief of Staff, Plotline"),
    _l([
        ("g", "0", "still ok for 1pm? I might be 5 min late, coming from the dentist"),
    ], p="li", hl="Founder at Vela Mobility"),
    _l([
        ("g", "0", "Booked the meeting room at the coworking for Wednesday 10-12 for the Harbour & Pine workshop. Whiteboard "
                   "markers are dead there, bring your own."),
    ], hl="Chief of Staff, Plotline"),
    _l([
        ("g", "0", "left ur umbrella at ours btw. will drop it at the studio monday"),
    ], p="x"),
    _l([
        ("g", "0", "Jordan, the van with the exhibition panels leaves the studio at 7:30 Saturday. Could you be there to check "
                   "the order before loading? 15 minutes max."),
        ("me", "1h", "I'll be there at 7:15"),
    ], hl="Designer at Fieldnote Studio"),
    _l([
        ("g", "0", "Hi Jordan, just to confirm for Thursday: 10:00, our office, 4th floor. Ask security for Sandra Pires. "
                   "Coffee is on us this time."),
    ], p="li", hl="Head of Brand, Mossgreen Bank"),
    _l([
        ("g", "0", "the dinner reservation is at 8:30 not 8, they only had the later slot. name is under Reyes"),
    ]),
    _l([
        ("g", "0", "put u on the guest list for thursday, plus one. doors 19:00, talks 19:30 sharp. bring the mysterious +1 u keep mentioning 👀"),
    ], p="x"),
    _l([
        ("g", "0", "I've left the signed contract in an envelope on your desk, and the spare key to the storage room is "
                   "taped inside the top drawer."),
    ], hl="Studio Manager at Fieldnote Studio"),
]


def _l(steps, **kw):
    return _t("g_logistics", steps=steps, **kw)


LOGISTICS2 = [
    _l([
        ("g", "0", "Re: Berlin meetup\n\nJordan, you're confirmed for the 22nd. Venue is the old print works in Kreuzberg, "
                   "entrance through the courtyard. We start at 18:30, your slot is 19:15. There's a projector and a mic; "
                   "we'll have sparkling water and pretzels and not much else. If you arrive earlier, text me on +49 30 555 0167.\n\n"
                   "<<first>>"),
        ("me", "4h", "Perfect, see you there."),
    ], p="li", conn="recent", hl="Organiser, Berlin Product Meetup"),
    _l([
        ("g", "0", "the delivery guy from the furniture shop is downstairs and says he can't find the studio bell"),
        ("g", "1m", "can u buzz him in? I'm not there"),
        ("me", "3m", "done"),
    ], hl="Studio Manager at Fieldnote Studio"),
    _l([
        ("g", "0", "Flowers for Rosa's retirement: ordered, arriving at the foundation Friday at 11. Card says 'from the board'. "
                   "Your share is €15, whenever."),
    ], p="li", hl="Board Member, Atelier Aberto"),
    _l([
        ("g", "0", "heads up the A2 is closed near Setúbal, leave 20 min earlier if ur driving down tomorrow"),
    ], p="x"),
    _l([
        ("g", "0", "Can we do the 1:1 at the café downstairs instead of the studio? The builders next door are drilling all day."),
        ("me", "10m", "sure, 11:00 downstairs"),
    ], hl="Designer at Fieldnote Studio"),
    _l([
        ("g", "0", "Jordan, I'm outside the building but the door code doesn't work"),
        ("g", "2m", "never mind, someone let me in!"),
    ], p="li", hl="Product Designer, Kestrel Health"),
    _l([
        ("g", "0", "Confirmed: 4 seats for the Plotline team at the awards dinner, table 12. Dress code is 'smart', which "
                   "apparently does not mean suits. Starts 20:00 at the Palácio, taxi drop-off at the side gate."),
    ], hl="Chief of Staff, Plotline"),
    _l([
        ("g", "0", "just got to the hotel. ur room is 412, mine is 415. breakfast 7-10. bar is on the roof 🙌"),
    ], p="x", hl=None),
    _l([
        ("g", "0", "Dear Jordan,\n\nYour workshop at the faculty is on 3 December, 14:00–17:00, room B2.04 (building B, "
                   "fourth floor, lift next to the library). 28 students are registered. The room has a projector and "
                   "movable tables; please let me know if you need printed materials and I will arrange them.\n\n"
                   "Best regards,\n<<first>>"),
        ("me", "1d", "Thank you. Could you print 30 copies of the attached worksheet, A3?"),
        ("g", "2h", "Of course, they will be in the room."),
    ], p="li", conn="recent", hl="Lecturer, Faculty of Fine Arts"),
]


def _c(steps, **kw):
    return _t("g_congrats", steps=steps, **kw)


CONGRATS = [
    _c([
        ("g", "0", "Jordan! Just saw the news about Kestrel. Head of Design for a health company is exactly where you should be, "
                   "you spent half of our time at the agency complaining about hospital forms 😄 They're lucky to have you. "
                   "Drinks on me next time I'm in Lisbon."),
        ("me", "3h", "Ha, I did complain a lot. Thank you! Holding you to those drinks."),
    ], p="li"),
    _c([
        ("g", "0", "PLOTLINE IS LIVE 🚀🚀"),
        ("g", "1m", "just signed up. the onboarding is so clean. remember when it was a spreadsheet with 4 tabs and a lot of hope"),
        ("g", "1m", "so proud of u man"),
    ], p="x"),
    _c([
        ("g", "0", "Dear Jordan,\n\nI was in the audience for your talk in Porto yesterday. The part about roadmaps being "
                   "'fiction with deadlines' got the biggest laugh of the day, but it was the slide with the three "
                   "questions you ask before adding anything to a roadmap that I've already shared with my team. Congratulations, "
                   "it was the best talk of the conference.\n\nWith best regards,\n<<first>>"),
    ], p="li", conn="old"),
    _c([
        ("g", "0", "happy birthday old man 🎂 hope Pixel lets you sleep in"),
        ("me", "2h", "she did not. thank you!!"),
    ], p="x"),
    _c([
        ("g", "0", "Feliz aniversário, Jordan! 38 already… I still remember your 25th on that tiny balcony in Graça with the "
                   "broken speaker. Have a wonderful day and a better year."),
    ]),
    _c([
        ("g", "0", "Five years of Fieldnote Studio! I remember you telling me over coffee that you'd give it one year and "
                   "then get a 'real job'. Look at it now: six people, the museum project, a product on the side. Huge "
                   "congratulations to you and the whole team."),
        ("me", "1d", "I remember that coffee! Thank you for being one of the people who told me to do it."),
    ], p="li"),
    _c([
        ("g", "0", "The flowers arrived this morning and they are beautiful. Thank you so much, Jordan. It's been a hard "
                   "month and you remembering made my week."),
    ]),
    _c([
        ("g", "0", "thank u for the concert tickets!!! we went last night and it was unreal"),
        ("g", "1m", "she played the song from our road trip. i cried. Joana cried. the guy next to us cried"),
        ("g", "2m", "anyway u have excellent taste and we owe u dinner"),
    ], p="x"),
    _c([
        ("g", "0", "Jordan, congratulations on the Atelier Aberto board seat. The mentoring programme is going to be in very "
                   "good hands. If you ever need a mentor from the research side, count me in."),
    ], p="li"),
    _c([
        ("g", "0", "Read your blog post on firing a client. Took guts to publish that, especially the part where you say "
                   "the mistake was yours first. Well done, genuinely."),
    ], p="x"),
    _c([
        ("g", "0", "tio Jordan!!! mom let me use her phone"),
        ("g", "1m", "thank u for the drawing book 🎨🎨 i already drew a horse and a rocket"),
        ("g", "1m", "the horse is better"),
    ]),
    _c([
        ("g", "0", "Happy anniversary to you two! Ten years since that wedding in the rain where the DJ only played ABBA. "
                   "Still one of my favourite days. Love to you both."),
        ("me", "4h", "The ABBA was a choice and we stand by it. Thank you ❤️"),
    ]),
    _c([
        ("g", "0", "Mr. Reyes,\n\nI wanted to thank you for the book you sent after my graduation. I have started reading it "
                   "and the chapter on critique is already changing how I present my work. Your mentoring this year is a "
                   "big part of why I got the internship.\n\nWith gratitude,\n<<first>>"),
    ], p="li"),
    _c([
        ("g", "0", "¡Buen puente, Jordan! Hope you get a proper break this long weekend and don't open the laptop. Big hug from all of "
                   "us in Valencia, the kids keep asking when you're coming back to make the paper lanterns again."),
    ]),
    _c([
        ("g", "0", "Congrats on the Plotline launch, Jordan. I've watched this go from the napkin sketch you showed me in 2024 "
                   "to a real product teams pay for. The changelog page alone shows how much care went into it. Well deserved."),
    ], p="li"),
    _c([
        ("g", "0", "CONGRATS ON THE ARTICLE IN THE JORNAL!!!"),
        ("g", "1m", "the photo of u at the studio is so good. u look like a real adult"),
    ]),
    _c([
        ("g", "0", "Thank you for the wine, Jordan! Completely unnecessary and completely appreciated. The team demolished "
                   "it at Friday drinks. It was a pleasure working with the studio on this one."),
    ], p="li", hl="Head of Marketing at Brightwater Foods"),
    _c([
        ("g", "0", "Parabéns pelo novo cargo na Kestrel! Fico muito feliz por ti. Ainda me lembro de quando disseste que "
                   "nunca irias trabalhar em saúde por causa da burocracia 😄"),
        ("me", "2h", "Nunca digas nunca! Obrigado 🙏"),
    ], p="li"),
    _c([
        ("g", "0", "Saw the photo of you on stage in Copenhagen. My little brother, keynote speaker. Mum has already made it "
                   "her phone background."),
    ], p="x"),
    _c([
        ("g", "0", "Happy Thanksgiving from the Boston half of the design team! We made you a card but it's physical and it's "
                   "stuck on my desk here. Imagine it's very good. Thank you for this year, we learned more from you than "
                   "from any course."),
    ], hl="Design Lead, Kestrel Health"),
    _c([
        ("g", "0", "congrats on hitting 10k on X lol. remember when ur only follower was ur mum"),
        ("g", "1m", "she's still ur most engaged follower btw. she liked all 40 tweets from the launch"),
    ], p="x"),
    _c([
        ("g", "0", "Jordan, I just wanted to say thank you for the reference. I got the job! Senior designer at the fintech, "
                   "starting in January. The hiring manager said your note was 'unusually specific', which I think is the "
                   "best compliment a reference can get."),
        ("me", "1h", "Amazing news! You earned it, I just described what you did."),
    ], p="li"),
    _c([
        ("g", "0", "Happy birthday Jordan! 🎉 Hope the studio does something silly for you. Last year's cake shaped like a "
                   "Figma frame is a hard act to follow."),
    ], hl="Senior Designer at Fieldnote Studio"),
    _c([
        ("g", "0", "Obrigada pelo livro, Jordan! Chegou hoje. Já li as primeiras 30 páginas no metro e quase perdi a minha paragem."),
    ]),
    _c([
        ("g", "0", "Congratulations on your first year at Kestrel. I know the title says 'fractional', but nothing about what "
                   "you've done here was fractional. The design system, the intake flow, and getting clinicians into research "
                   "sessions are all things people said couldn't be done. Thank you.\n\n<<first>>"),
    ], p="li", hl="Chief Product Officer, Kestrel Health"),
    _c([
        ("g", "0", "happy diwali jord!! 🪔 thank u for the sweets u sent, my mum says they're better than hers which is a family scandal"),
    ], p="x"),
    _c([
        ("g", "0", "Thank you for the tickets to the design biennale! My daughter and I went on Saturday and spent four hours "
                   "there. She now wants to be a 'poster designer'. Consider yourself responsible."),
    ]),
    _c([
        ("g", "0", "Just read the interview with you in the Sunday paper. The bit about your father fixing radios at the kitchen "
                   "table and that being your first design school, lovely. Made me call my dad."),
    ], p="li"),
    _c([
        ("g", "0", "Jordan, on behalf of the board, thank you for the two posters you donated to the auction. They went for "
                   "€940 together, the highest of the night, and the money funds three summer school places. We're very "
                   "grateful."),
    ], p="li", hl="Chair, Atelier Aberto"),
    _c([
        ("g", "0", "Obrigado, chefe! Thank you for the hamper after the Brightwater launch, the chouriço did not survive the night. "
                   "Best client party we've had."),
    ], hl="Designer at Fieldnote Studio"),
    _c([
        ("g", "0", "Congrats on closing the round!! I know how many no's it took. Proud to have been one of the first yeses."),
        ("me", "30m", "You were the first yes. Means a lot."),
    ], p="li", hl="Angel investor"),
    _c([
        ("g", "0", "you were on a PODCAST. my commute was u talking about sticky notes for 45 min"),
        ("g", "2m", "it was good!!! annoyingly good"),
    ], p="x"),
    _c([
        ("g", "0", "Dear Jordan, happy birthday! I hope it's a day without any board papers. Thank you for all you give to "
                   "Atelier Aberto, in the middle of everything else you do. Warmly, <<first>>"),
    ], p="li", hl="Programme Director, Atelier Aberto"),
    _c([
        ("g", "0", "Thank you for the dinner on Friday, and for picking up the bill when I wasn't looking. Next time is mine, "
                   "and I'm choosing somewhere with worse wine to make a point."),
    ]),
    _c([
        ("g", "0", "Congratulations on the Plotline launch! We moved our whole product roadmap in over the weekend. The "
                   "'confidence' field is exactly what we've been faking with emoji in spreadsheets for two years."),
    ], p="li", hl="Head of Product at Loomwell"),
    _c([
        ("g", "0", "Dear Jordan,\n\nI've started this message three times, so forgive me if it's a bit long.\n\nI saw the "
                   "announcement that you're joining Kestrel as Head of Design, and I wanted to write something better than "
                   "a thumbs-up. When you joined my team at the agency you were 24 and you argued with me in your second "
                   "week about a checkout flow. You were right, and I was annoyed for about a day, and then I started "
                   "bringing you into every difficult client meeting.\n\nWhat I remember most is not the work, although the "
                   "work was good. It's that you always asked who would be using the thing and what kind of day they were "
                   "having. That question is going to matter enormously in a hospital. Nurses at 4am, patients who just "
                   "got bad news, administrators drowning in forms. Kestrel picked the right person.\n\nI'm mostly retired "
                   "now, teaching one course a year and gardening badly. If you ever want to think out loud about building "
                   "a design team inside a company that hasn't had one, I've done it twice and made most of the mistakes "
                   "available. Coffee is on me, and so is the advice, for what it's worth.\n\nVery proud of you.\n\n<<first>>"),
        ("me", "1d", "This made my week. You taught me to ask that question. I'll take you up on the coffee, very soon."),
    ], p="li"),
    _c([
        ("g", "0", "happy bday!!!! 🥳🥳 u still owe me a rematch at ping pong. 38 is not too old"),
    ], p="x"),
    _c([
        ("g", "0", "Jordan, I heard from Rosa that you were named one of the jurors for the national design awards. That's "
                   "so deserved. Please be kind to the student category, I'm entering 😬"),
    ], p="li"),
    _c([
        ("g", "0", "Bom São Martinho from all of us at the tasca! 🌰 Thank you for the new menus, everybody asks who drew the fish. "
                   "Your table is waiting whenever you want it."),
    ], hl="Owner, Tasca Mar Salgado"),
    _c([
        ("g", "0", "Saw Plotline at #2 on the launch leaderboard yesterday, behind a to-do app with a cartoon llama. Robbed. "
                   "Congratulations, the comments from real users were the best part."),
    ], p="li"),
    _c([
        ("g", "0", "congrats on the talk!! 'a roadmap is a list of bets' is now in my bio. credit given, obviously"),
    ], p="x"),
    _c([
        ("g", "0", "Shana tova, Jordan! We missed you at the table this year. Thank you for the honey cake you sent with "
                   "Nadav, it was gone before the soup."),
    ]),
    _c([
        ("g", "0", "Just heard from Inês that the museum signed with you. Congrats!! That's the project you've wanted since "
                   "we were students and used to sketch in that courtyard."),
        ("me", "1h", "It really is. Thank you for remembering that."),
    ], p="li"),
    _c([
        ("g", "0", "Thank you for the flowers for my mother's funeral, Jordan. She always asked about 'the designer boy'. "
                   "It meant a lot to all of us."),
        ("me", "2h", "She was so kind to me. Thinking of you all."),
    ]),
]


THREADS = CASUAL + COLLEAGUE + COLLEAGUE2 + BURST + PARTIAL + LOGISTICS + LOGISTICS2 + CONGRATS
