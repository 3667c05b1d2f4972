"""Genuine first-contact messages to Jordan Reyes (intros, recruiters, requests, applicants, customers, support, strangers, business asks)."""

# Invented context used across these texts (all fictional):
# - Fieldnote Studio: Jordan's 6-person design studio in Lisbon (Rua dos Anjos), hiring a junior product designer.
# - Plotline: Jordan's roadmap tool, public beta since October 2026, paid plans "Solo" and "Team".
# - Kestrel Health: Jordan is fractional Head of Design there (patient intake, medication flows, clinician dashboard).
# - Brightwell: Jordan's previous employer (senior designer, patient app / intake redesign).
# - Traço Aberto: the design non-profit whose board Jordan sits on (design workshops in public schools).
# - Talks / posts: "Roadmaps without dates" (Interface Lisboa), "Onboarding checklists are promises" (blog),
#   "The six-person studio" (blog), "Designing for the 3am nurse" (Frontline UX, Berlin).


def T(family, steps, p="any", conn="none", channel=None, history="complete", sender="person", hl=None, copies=1):
    return dict(family=family, p=p, conn=conn, channel=channel, history=history, sender=sender, hl=hl,
                copies=copies, steps=steps)


# ---------------------------------------------------------------------------------------------------------------
# g_intro: introductions and hand-offs with context, warm intros.
# ---------------------------------------------------------------------------------------------------------------
F = "g_intro"
INTRO = [
    T(F, p="li", hl="Product Lead at Portvale Logistics", steps=[
        ("g", "0", "Jordan — Ana Ferreira at Lumen Labs suggested I write to you. I'm leading the redesign of a "
                   "harbour operations dashboard at Portvale and we're stuck on how to show delays without "
                   "turning the whole screen red. Ana said you solved something close to this on the clinician "
                   "dashboard at Kestrel. Would you be open to a 30-minute call in the next couple of weeks? I'll "
                   "work around your schedule, and I can send a few screenshots beforehand so you know what you'd "
                   "be walking into.\n\n<<full>>\nProduct Lead, Portvale Logistics\n+351 934 118 502"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Tomás Vieira said you're the person to ask about running design crits in a tiny team. mind if "
                   "I ask you 2 questions here?"),
        ("me", "25m", "Sure, go ahead"),
        ("g", "4m", "ok so 1) do you do crits async or live? 2) how do you stop them turning into a status meeting"),
        ("g", "1m", "(also thanks, Tomás said you'd be nice about it lol)"),
    ]),
    T(F, p="li", hl="Programme Coordinator at Escola Profissional Marés", steps=[
        ("g", "0", "Jordan,\n\nI'm writing at the suggestion of Helena Duarte, who sits with you on the Traço "
                   "Aberto board. She mentioned you've been thinking about a mentoring track for designers coming "
                   "out of vocational schools. That is exactly what we have been piloting at the Escola "
                   "Profissional Marés for the last two years: 14 students, each paired with a working designer "
                   "for six months.\n\nHelena thought our numbers (and our mistakes) might be useful before Traço "
                   "Aberto commits to a format. I'd be glad to share the programme outline and what we would "
                   "change if we started again. No agenda beyond that; the more of these programmes exist, the "
                   "better.\n\nIf it helps, I'm in Lisbon on the 18th and 19th and could come to you.\n\nBest "
                   "regards,\n<<full>>\nProgramme Coordinator, Escola Profissional Marés\n+351 912 448 301"),
    ]),
    T(F, p="li", conn="recent", hl="PM at Seara Agritech", steps=[
        ("g", "0", "Thanks for accepting! As I wrote in the invite, Rui Campos from your studio pointed me to you "
                   "(we studied together in Évora).\n\nI'm the PM at Seara, a seed-stage agritech, and we need "
                   "someone to sanity-check our farmer onboarding before we launch in January. Our users are "
                   "mostly over 50, many on old Android phones, and our test sessions have been rough: people "
                   "give up at the step where we ask for the land registry number.\n\nRui said you sometimes do "
                   "short advisory sprints. Is that still a thing you do? If so, what would you need from "
                   "us?\n\n<<first>>"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Jordan, we met briefly at the Interface Lisboa speaker dinner (I was the one arguing about "
                   "dark mode). Introducing you to Priya Nair, Head of Product at Oddbird Health. She's looking "
                   "for someone to run a two-day discovery on their caregiver app and I told her about your "
                   "Brightwell intake work. She'll message you herself, I just wanted you to know the name before "
                   "it lands. No obligation either way! And if it's not a fit, she'd still appreciate a name or "
                   "two.\n\n<<first>>"),
    ]),
    T(F, p="li", hl="Head of Product at Oddbird Health", steps=[
        ("g", "0", "<<first>> here, Olu said he'd warned you I'd write 🙂 Short version: caregiver app, about 40k "
                   "monthly users, retention falls off a cliff after week two. We'd like a two-day discovery in "
                   "January. Is that something Fieldnote does, and roughly how would you scope it?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi, Marco Teles from Brightwell gave me your name for an accessibility question. ok if I send "
                   "details?"),
        ("me", "3h", "Of course, send them over"),
        ("g", "40m", "Thanks! We're a public library network (11 branches) and our booking site fails basic contrast "
                     "checks. Marco said you led the audit of Brightwell's patient portal. Our budget is tiny, about "
                     "€4k, and we need something in place before the council review in February. Is that even "
                     "realistic, or should I lower my expectations?"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Sofia said I should DM you about the Porto design meetup. We're looking for a host space in "
                   "Lisbon for the March edition, any chance the studio could fit 40 people?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Re: intro — Fieldnote x Quarry Bank\n\nHi Jordan,\n\nMoving this into a DM since I couldn't find "
                   "your email. Luís Matos (Head of Digital at Quarry Bank) asked me last week whether I knew a "
                   "small studio that could take on their branch-appointment booking flow in Q1. I thought of "
                   "Fieldnote straight away.\n\nWhat Luís told me:\n- roughly 10 weeks, starting mid-January\n- "
                   "their in-house team is two designers, both junior\n- they want someone who coaches, not just "
                   "delivers\n\nI've said nothing about your rates or availability, only that you'd be honest about "
                   "fit. If you're interested, reply here and I'll connect you both properly by email.\n\n<<first>>"),
    ]),
    T(F, p="li", conn="recent", hl="Design Director at Halyard Maps", steps=[
        ("g", "0", "Jordan, I'm <<first>>, I run the design team at Halyard Maps. Inês Caldeira (she interned "
                   "with you years ago!) told me you're hiring a junior. I have a fantastic one, Tiago, whose "
                   "contract ends in December because of a funding freeze, not performance. Could I send you his "
                   "portfolio?"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Hello Jordan, I'm <<full>> and from Monday I'm taking over from Pedro Alves as your contact "
                   "at Cowork Anjos; Pedro is moving to our Porto space. He left me a note that the studio's desk "
                   "agreement renews on 1 December and that you'd asked about adding a sixth fixed desk. I'm "
                   "holding one by the window until Friday, just tell me yes or no. Apparently you're the team "
                   "that brings pastéis on Fridays, so you're already my favourite tenants 😄"),
    ]),
    T(F, p="li", conn="recent", hl="Clinical Informatics Lead at Kestrel Health", steps=[
        ("g", "0", "Morning Jordan, I started at Kestrel this week as clinical informatics lead. Hugo Brandão "
                   "told me you're the person to talk to before I touch anything in the nurse handover screens. "
                   "Could we grab 30 min on one of your Kestrel days? I'm in Tue/Thu."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Hi Jordan! Bruno Seixas mentioned you're writing about fractional design leadership. I've been "
                   "fractional for 3 years in Madrid, happy to compare notes if a second perspective helps"),
    ]),
    T(F, p="li", hl="Angel investor · ex-founder", steps=[
        ("g", "0", "Jordan,\n\nTeresa Vaz at Moonstone mentioned you're building Plotline alongside the studio "
                   "and aren't raising, which is exactly why she thought we should meet.\n\nA bit about me so "
                   "this isn't a mystery: I'm an ex-founder (I sold a scheduling tool to Corvid in 2022), I now "
                   "write small cheques into design-led products, and I'm happiest when I meet founders long "
                   "before there's a round, or when there never is one. Teresa said you were asking her about "
                   "pricing for teams, which I spent four years getting wrong.\n\nNo deck, no agenda. Coffee in "
                   "Príncipe Real one of these weeks?\n\n<<first>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello! Joana Pires said to say hi and that you'd know a good freelance illustrator for a "
                   "children's book. Do you?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Not sure you'll remember me, Jordan: I was on the product team at Brightwell for a few months "
                   "in 2023 (the one who kept asking about the appointment reminders). I'm leaving Brightwell "
                   "this Friday and my replacement, Kwame Boateng, inherits the design partner list. You're on "
                   "it. I told him to write to you directly about the Q1 patient app refresh. Just giving you a "
                   "heads up so his message doesn't look like spam when it arrives.\n\nThanks for everything back "
                   "then,\n<<first>>"),
    ]),
    T(F, p="li", conn="recent", hl="Product Lead at Brightwell", steps=[
        ("g", "0", "Jordan, <<full>>, new product lead at Brightwell. Aisha said she'd warned you 🙂 We're "
                   "planning the Q1 refresh of the patient app and your name is all over the original design "
                   "files. Before I write a brief, could I ask you a few questions about why the appointment flow "
                   "ended up the way it did? Nothing formal, 20 minutes would be plenty."),
        ("me", "1d", "Hi Kwame, welcome! Happy to. Thursday after 4?"),
        ("g", "2h", "Thursday 4:30 works. I'll send an invite to your studio email. Thanks a lot"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "yo jordan, Felipe from the lisbon indie hackers group said you were looking for a backend dev for "
                   "plotline. im not one but my sister is (django, 8 yrs, remote from braga). want her contact?"),
    ]),
    T(F, p="li", hl="Product Owner, Digital Services at Universidade de Alvor", steps=[
        ("g", "0", "Subject: Introduction via Marisol Teixeira\n\nGood afternoon Jordan,\n\nMarisol Teixeira, "
                   "your former colleague at Brightwell, suggested I contact you. I am the product owner for the "
                   "new student enrolment portal at Universidade de Alvor, and she told me you have done a lot of "
                   "work on long forms that people actually finish.\n\nWe are early: requirements only, nothing "
                   "designed. I would value 45 minutes of your opinion on whether we are asking the right "
                   "questions before we tender the design work. If you'd prefer it to be a paid hour, that is "
                   "completely fine; please tell me your rate.\n\nKind regards,\n<<full>>\nProduct Owner, Digital "
                   "Services\nUniversidade de Alvor\n+351 289 800 412"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Lena from Kestrel said to reach out about the design ops thing you mentioned to her. She said "
                   "you'd know what it's about 😅"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hey, Bea from the Traço Aberto workshop gave me your handle"),
        ("g", "1m", "I'm building a braille label generator for school libraries, she said you might know someone "
                    "at the municipal libraries who'd pilot it"),
        ("g", "0", "no rush!!"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Jordan — quick intro at Kofi's request. Kofi Mensah (data team at Kestrel) and I run a small "
                   "meetup for health-tech designers in Lisbon, about 30 people each time. He says you'd be a "
                   "good person to know; no talk or anything required. The next one is 12 December at Armazém 16 "
                   "in Beato, 7pm, with soup. If you'd like to come I'll put your name on the door list. Either "
                   "way, nice to meet you.\n\n<<full>>\nService designer, Lisbon"),
    ]),
    T(F, p="li", conn="recent", hl="CEO at Nortada", steps=[
        ("g", "0", "Hello Jordan.\n\nMiguel Sá (Nimbus Pay) forwarded me your post on roadmaps without dates. "
                   "We're a 9-person team in Porto and I'm literally writing our first roadmap this "
                   "week.\n\nMiguel said you wouldn't mind a question, so here it is: how did you explain 'no "
                   "dates' to your investors? Mine want a Gantt chart, and when I said 'now, next, later' in our "
                   "last board meeting one of them laughed. I don't need a long answer, even a sentence I can "
                   "steal would help.\n\nThanks,\n<<full>>\nCEO, Nortada\n+351 962 004 117"),
    ]),
    T(F, p="li", hl="Associate at Leal & Moura Advogados", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm writing on behalf of Catarina Leal, who has handled Fieldnote Studio's "
                   "contracts at Leal & Moura. Catarina starts parental leave on Monday and I will be covering her "
                   "clients until April. She has briefed me on the two open items:\n\n1. The revised IP clause in "
                   "the Kestrel Health framework agreement. Their legal team replied on Tuesday; I will summarise "
                   "their changes for you this week.\n2. The Plotline terms of service, where we are waiting for "
                   "your decision on the liability cap.\n\nNothing changes in how we bill or how you reach us. My "
                   "direct line is below, and I'm happy to meet at the studio if that is easier.\n\nBest regards,\n"
                   "<<full>>\nAssociate, Leal & Moura Advogados\n+351 213 560 778"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jorge Amaral at your accountant's office asked me to contact you. I handle payroll and need "
                   "to confirm the start date of your new junior hire for the December run. Is it still 2 January?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan - Inês Calado recommended you. Can I ask you something about Plotline's API?"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Sorry for the random message. My manager at Kestrel, Dr. Patrícia Gomes, said I should show "
                   "you the discharge checklist mockups before the pilot"),
        ("g", "2m", "I'm a nurse not a designer so they're rough. I just want to know if they make sense to you"),
        ("g", "1m", "on my phone on break, sorry for typos"),
    ]),
    T(F, p="li", hl="Co-founder at Wayfarer", steps=[
        ("g", "0", "Jordan, hi. I'm <<first>>, one of the founders of Wayfarer (trip planning for school groups). "
                   "Our investor Ruth Adeyemi at Kite Capital said the two of us should meet because we're both "
                   "building a product next to a services business; we run a small dev agency in Gothenburg. I'm "
                   "not selling anything, I'd honestly just like to compare how you split your week between "
                   "client work and Plotline. I'm in Lisbon 3–6 December. Any chance of a "
                   "coffee?\n\nBest,\n<<first>>\nCo-founder, Wayfarer"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Gil said you might need a hand with the Spanish version of Plotline? I'm a native speaker and UX "
                   "writer, happy to do a first pass on the onboarding strings, Gil's helped me plenty so consider it "
                   "a favour passed on"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, intro via Hanna at Kestrel: I'm joining the Traço Aberto board in January and she said "
                   "you're the one who knows where the bodies are buried 😄 Could I have 20 minutes before my first "
                   "meeting to understand the open debates?"),
    ]),
    T(F, p="li", history="partial", steps=[
        ("me", "0", "Happy to take a look. Can you send me the brief Duarte mentioned?"),
        ("g", "3h", "Here it is, pasted because the PDF is 40 pages of nothing:\n\n- Municipal recycling app, "
                    "Cascais\n- residents report overflowing bins with a photo\n- reports drop 70% after the first "
                    "week\n- budget approved for a redesign, decision on the studio by 15 Jan\n\nDuarte said you'd "
                    "tell me if the brief itself is the problem. I suspect it is."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Bom dia Jordan! Rita Fonseca from the Interface Lisboa team passed me your contact. I'm organising "
                   "the student volunteers for next year and she said Fieldnote took two volunteers as interns last "
                   "time, which worked out really well. Would you be open to that again? I can send you the "
                   "shortlist in February."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Nuno said u were looking for a risograph printer in lisbon. I have one in Marvila, come use "
                   "it whenever, bring your own paper"),
    ]),
    T(F, p="li", hl="Chief Nursing Officer at Hospital São Brás, Setúbal", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nDr. Patrícia Gomes of Kestrel Health suggested that I write to you. Our "
                   "hospital is about to adopt Kestrel's medication administration screens in two wards, and our "
                   "nurses have raised concerns about the night-shift workflow, specifically the number of taps "
                   "needed to record a refused dose.\n\nDr. Gomes mentioned that you lead design for those screens "
                   "and that you prefer to hear such concerns directly from the ward rather than through a ticket. "
                   "Would you be willing to spend an hour with two of our senior nurses before the go-live on 20 "
                   "January? We can come to Lisbon or meet by video.\n\nWith thanks and kind regards,\n<<full>>\n"
                   "Chief Nursing Officer"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hey Jordan! Your old teacher Fernanda Lopes says hi and says you owe her a visit 😄 She also "
                   "said you'd be the right person for my question: I'm finishing a master's on tools for small "
                   "teams and I'd like to test my prototype with one real studio. Would Fieldnote try it for two "
                   "weeks? It's a research project, nothing to buy."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Quick context before a real message, Jordan: Chen Wei from Halyard introduced us over email "
                   "yesterday but I think it went to your spam, so I'm trying here. It's about the open-source "
                   "icon set you mentioned at Interface. Shall I resend the email or just write here?"),
        ("me", "2h", "Write here, my inbox is a disaster this month"),
        ("g", "1h", "Ha, understood. We maintain the icons for Lisbon's public transport apps and Chen said you were "
                    "looking for a medical icon set under an open licence. Ours has 60 health icons that we never "
                    "released. If it would help Kestrel, we'd happily put them under CC BY and you'd be the first "
                    "users. We'd only ask for feedback on the ones that don't work."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Mari told me to message you about the Thursday climbing group, she said you were asking?? it's "
                   "at Bloco Boulder 7pm, beginners fine"),
    ]),
    T(F, p="li", hl="Head of People at Kestrel Health", steps=[
        ("g", "0", "Hi Jordan,\n\nI'm <<first>>, I joined Kestrel's People team last month. Filipa passed your "
                   "name to me because you're the only person who's designed an onboarding checklist that people "
                   "actually complete (her words!).\n\nWe're rebuilding our employee onboarding for January: new "
                   "joiners currently get 14 emails in their first week and nobody reads past the third. Could I "
                   "borrow an hour of your brain? I'll ask Filipa to count it against your Kestrel days if that's "
                   "the proper way to do it.\n\nThanks,\n<<first>>\nHead of People, Kestrel Health"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, hello from Lyon.\n\nYour former client Étienne (Moulin Café) told me you helped them "
                   "move from a flat list of requests to a roadmap the whole team could read. I run a bakery "
                   "chain with six shops and the same chaos: every shop manager sends me a list, I keep them in a "
                   "notebook, and nothing gets done in order.\n\nI don't need a designer, I think, just 15 "
                   "minutes to ask how you started with them. Would that be ok? I speak English slowly but well, "
                   "or French if you have it.\n\nMerci,\n<<first>>"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI'm <<first>>, the new property manager for Rua dos Anjos 48. Mrs. Lemos "
                   "gave me your details as the tenant contact for the studio.\n\nTwo practical points:\n- The "
                   "lift inspection is on 4 December from 9:00 to 12:00; the lift will be out of service.\n- The "
                   "water will be cut on 9 December from 14:00 to 16:00 for the pipe repair on the second "
                   "floor.\n\nSorry for the inconvenience. If anyone at the studio needs help with deliveries on "
                   "the 4th, tell me and I'll ask the porter.\n\nBest regards,\n<<full>>\nProperty Manager"),
    ]),
]


# ---------------------------------------------------------------------------------------------------------------
# g_recruiter_role: a recruiter or hiring manager writing about ONE concrete role, naming why Jordan.
# ---------------------------------------------------------------------------------------------------------------
F = "g_recruiter_role"
RECRUITER = [
    T(F, p="li", channel="inmail", hl="Talent Partner at Vigil Medical", steps=[
        ("g", "0", "Jordan,\n\nI watched your Frontline UX talk ('Designing for the 3am nurse') twice, and then "
                   "sent it to our CPO, who asked me to write to you.\n\nWe're hiring a Head of Design at Vigil: "
                   "ICU monitoring software, Munich, a team of 12 designers across two products. The person in "
                   "the role will decide how our alarms look and sound on 3,000 ICU beds, which is why the talk "
                   "landed.\n\n€140–165k plus equity, hybrid (Munich 2 days a week, relocation support if "
                   "wanted). Would you be open to a first conversation?\n\n<<full>>\nTalent Partner, Vigil Medical"),
    ]),
    T(F, p="li", conn="recent", hl="Founder & CEO at Tidepool Energy", steps=[
        ("g", "0", "Hi Jordan,\n\nI'm the CEO of Tidepool, we build software for community solar co-ops (about 30 "
                   "people, Series A, fully remote in EU time zones). I'm hiring our first Design Lead and I'll be "
                   "direct about why I'm writing to you: your Plotline case study is the only thing I've read that "
                   "treats a roadmap as something customers read too. Our members vote on what we build, and the "
                   "way we show that today is a spreadsheet.\n\nThe role: you'd own product design end to end, hire "
                   "two designers in 2027, report to me. Salary €105–120k, 0.4–0.6% equity. I know you run a studio "
                   "and may not want a full-time job; if that's a hard no, I'd still love your reaction to the role "
                   "description before I publish it.\n\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hey jordan, saw your thread on designing empty states for clinicians. we're hiring a senior "
                   "product designer at Ward9 (nurse rostering, 8 ppl, Dublin or remote). not sure you'd leave the "
                   "studio but figured I'd ask. range is 85-95k"),
    ]),
    T(F, p="li", channel="inmail", hl="Senior Recruiter at Meridian Bank", steps=[
        ("g", "0", "Dear Jordan,\n\nI lead design recruitment at Meridian Bank and I'm working on a single, senior "
                   "search: Director of Product Design for our retail mobile app, based in Lisbon (our new tech hub "
                   "in Parque das Nações). You would lead 22 designers and researchers across four squads.\n\nYour "
                   "name came up because our Chief Digital Officer heard your Interface Lisboa talk on roadmaps "
                   "without dates and asked me, quite specifically, to find out whether you would consider it. The "
                   "package is €150–175k base, a 20% bonus target and a relocation budget that you won't need.\n\n"
                   "I appreciate you are running your own studio. If the timing is wrong, a short reply saying so "
                   "is perfectly fine.\n\nKind regards,\n<<full>>\nSenior Recruiter, Design & Research\nMeridian "
                   "Bank\n+351 210 443 920"),
    ]),
    T(F, p="li", hl="Head of Talent at Corvid", steps=[
        ("g", "0", "Hi Jordan — one role, one question. We need a Principal Designer for Corvid's scheduling product "
                   "(Berlin or remote, €120–135k). Our VP Product worked with you at Brightwell and says you're the "
                   "best person she's seen at untangling booking flows. Any interest, even a little?"),
        ("me", "6h", "Thanks for thinking of me. I'm committed to the studio and Kestrel for at least a year, so it's "
                     "a no for now."),
        ("g", "20m", "Totally understood, thanks for the quick answer. If anyone from your network comes to mind who "
                     "loves scheduling problems, I'd be grateful for a name. And I'll tell Marta you said hi."),
    ]),
    T(F, p="li", hl="Design Manager at Kettle & Co.", steps=[
        ("g", "0", "Hi Jordan,\n\nI'm hiring for a 6-month contract on my team: design lead for our new "
                   "subscriptions flow, starting February, 3 days a week, remote. I read 'The six-person studio' "
                   "and I think the way you describe scoping work would fit how we operate.\n\nDay rate is "
                   "flexible around €650. Could Fieldnote take it on, or would you do it yourself? Either works "
                   "for us; what matters is having one senior person who owns it.\n\n<<full>>\nDesign Manager, "
                   "Kettle & Co.\n+44 7700 900 418"),
    ]),
    T(F, p="li", channel="inmail", steps=[
        ("g", "0", "Hello Mr. Reyes, I'm recruiting a part-time Lecturer in Interaction Design for the Tejo "
                   "School of Design master's programme (one semester, Thursdays, starting February). The "
                   "programme director suggested you after your guest session last spring. Would you like the "
                   "details?"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Jordan! We're hiring a founding designer at Floe (we make tide & swell alerts for surf schools). "
                   "I've been using Plotline for our own roadmap since the beta and honestly the way it handles "
                   "'maybe later' items is why I'm writing. Lisbon-based, €70-80k + meaningful equity. Would you "
                   "know anyone, or is it you? 😅"),
    ]),
    T(F, p="li", hl="Executive Search Partner at Hollins & Grey", steps=[
        ("g", "0", "Re: Chief Design Officer, Aurelia Health (confidential)\n\nJordan,\n\nI'm conducting a retained "
                   "search for Aurelia Health's first Chief Design Officer. Aurelia runs 40 outpatient clinics in "
                   "Spain and Portugal and is rebuilding its patient and clinician software in-house (about 160 "
                   "people in product and engineering, 30 of them in design and research).\n\nThe board's brief "
                   "asks for someone who has designed for clinical staff under pressure, not only for patients. "
                   "Your work at Kestrel and your Frontline UX talk were mentioned by two people I interviewed "
                   "independently, which is why I'm contacting you.\n\nThe role is based in Madrid with flexibility. "
                   "Compensation is in the region of €210–240k plus long-term incentive.\n\nWould you be open to a "
                   "confidential 30-minute conversation? If so, here is my calendar: <<cal>>\n\nWith best wishes,\n"
                   "<<full>>\nPartner, Hollins & Grey"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Jordan, hiring manager here, not a recruiter. I run product at Bluefin Learning (language app, "
                   "14 people, Lisbon office in Cais do Sodré). We need a Senior Product Designer and I loved the "
                   "onboarding checklist piece. It's a full-time role, €65–75k. If you're not looking, would you "
                   "share it with the junior candidates you don't hire? Some of them might be mid-level."),
    ]),
    T(F, p="li", hl="Recruiter at Northwind Health", steps=[
        ("g", "0", "Head of Design for Northwind's home-care app, Amsterdam hybrid, team of 7, €120–140k. Your "
                   "Kestrel work is why I'm writing. Open to a chat?"),
    ]),
    T(F, p="li", hl="CTO at Lanterna", steps=[
        ("g", "0", "Hello Jordan,\n\nShort and honest: I'm the CTO of Lanterna (open-source observability, 25 "
                   "people, remote). We have zero designers and our dashboards look like it. I'm looking for one "
                   "fractional design lead, two days a week, for 12 months, and I noticed you already do exactly "
                   "this for Kestrel.\n\nBudget is €5,500/month for the two days. I'd want someone who sets up the "
                   "basics (a component library on top of our existing React code, a research habit) and helps me "
                   "hire a full-time designer by the end.\n\nIf two more days in your week is impossible, tell me "
                   "and I'll stop there.\n\n<<first>>"),
        ("me", "1d", "Hi <<first>>, my week is full until March. What would the start date be?"),
        ("g", "35m", "We could start in March without problem. Honestly a good person in March beats a random one "
                     "in January. Shall I send the details by email so you can think?"),
    ]),
    T(F, p="li", channel="inmail", steps=[
        ("g", "0", "Hi Jordan. Quick one: Staff Product Designer, payments, big-company problems at a 200-person "
                   "company (Paylane, Lisbon). Your Brightwell billing redesign is why. €110–125k. Interested?"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "are you the Jordan who wrote the 'nurses don't read tooltips' thread? we're hiring a design "
                   "lead at Pulsecare (Barcelona) and our CPO has been quoting you in meetings for a month"),
        ("g", "3m", "sorry, should have said: full-time, team of 5, €90-105k, barcelona office 3 days. happy to send "
                    "the job description if you're curious"),
    ]),
    T(F, p="li", hl="Head of Recruitment at Digital Office of Madeira", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThe Digital Office of the Regional Government of Madeira is recruiting a Lead "
                   "Service Designer to lead the redesign of public appointment booking across 54 municipal "
                   "service points. The post is based in Funchal, with remote work up to three days a week, on a "
                   "two-year contract. Gross annual salary is €58,000–64,000.\n\nWe are writing to you directly "
                   "because your article on designing forms for older users was circulated within our team and "
                   "shaped the brief for this role.\n\nApplications close on 15 January. I would be glad to answer "
                   "any question before then, including on relocation support.\n\nYours sincerely,\n<<full>>\nHead "
                   "of Recruitment\nDigital Office of Madeira"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "I know it's a long shot for someone in health tech, Jordan, but here goes: I'm the design "
                   "director at Ostra Games and we need a UX lead for a cozy fishing game's menus and "
                   "accessibility (Porto, 4 designers, €60–70k). Your accessibility audit write-up made me think "
                   "of you. Would you consider it, or pass it on?"),
    ]),
    T(F, p="li", hl="Technical Recruiter at Ardent Talent", steps=[
        ("g", "0", "Hello Jordan! I'm recruiting on behalf of Harbour Insurance for one position: Design Systems "
                   "Lead (Porto, hybrid, reporting to the Head of Design, team of 4). My client read your Kestrel "
                   "component library post and asked for you by name. The range is €85–95k. Could we talk this "
                   "week? Here's my calendar if that's simpler: <<cal>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, following up on my InMail from two weeks ago about the Head of Product Design role at "
                   "Gable (proptech, Lisbon, team of 6). I know it's a busy time. Our CEO still has your "
                   "Interface talk on his list of why we want you specifically, and we're interviewing the final "
                   "shortlist on 9 December, so I wanted to ask once more before then. A no is completely fine "
                   "too.\n\nBest regards,\n<<full>>\nTalent Partner, Gable\n+351 910 552 774"),
    ]),
    T(F, p="li", hl="VP Product at Halden", steps=[
        ("g", "0", "I'm hiring one designer: a Senior Product Designer for our planning tool in Oslo (remote ok, NOK "
                   "900k–1M). It's basically a roadmap tool for construction projects, and you built Plotline, so "
                   "you'll see why I thought of you. Happy to share the brief."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "JR! we're hiring a design engineer at Quokka (2 of us right now lol). saw your Plotline figma "
                   "community file, the token setup is exactly what we need. remote, 75k. interested or know "
                   "someone?"),
    ]),
    T(F, p="li", hl="Talent Acquisition at Trellis Care", steps=[
        ("g", "0", "Hi Jordan,\n\nThank you for accepting my connection. I'm writing about a single role at Trellis "
                   "Care: Head of UX for our elderly-care platform (Lisbon office, Avenida da Liberdade; 9 designers "
                   "and 2 researchers). The hiring manager, our COO, attended your Traço Aberto workshop at the "
                   "Fundação Alvor and mentioned you specifically. The salary range is €95–110k with a yearly bonus.\n\n"
                   "I'd be glad to tell you more in a short call, or to send the full description first if you "
                   "prefer to read before talking.\n\nBest,\n<<first>>"),
    ], conn="recent"),
    T(F, p="li", channel="inmail", steps=[
        ("g", "0", "Jordan, one role: Design Director, Europe, at Fernway Travel. London based, £120–140k. The "
                   "person before you (well, before whoever gets it) built a team of 15 and left for a startup. Our "
                   "CPO saw your 'six-person studio' post and said 'this is the taste we need'. Worth a chat?"),
        ("me", "2d", "Thanks, but I'm not moving to London. Good luck with the search."),
        ("g", "1h", "Appreciated, Jordan. For what it's worth we'd consider Lisbon with monthly travel. If that "
                    "changes anything, I'm here; if not, no need to reply."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello,\n\nI am hiring manager at Kofra (ERP for small factories, Poznań + remote, 60 people). "
                   "We look for one Product Design Lead, first design leader in the company. Today we have two "
                   "designers who report to engineering and they are unhappy, with good reason.\n\nI read your "
                   "post about roadmaps that say 'not now' and I translated it for my team, so I think you "
                   "understand our problem: everything is urgent because nobody decides.\n\nSalary 22–26k PLN "
                   "monthly or EUR contract if you stay in Lisbon. Would you be interested to "
                   "talk?\n\nRegards,\n<<full>>\nVP Product, Kofra"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Hi Jordan, hiring a Research Lead (not design, sorry!) at Moss Health. but you wrote about "
                   "running research with night-shift nurses and that's the job. Lisbon, €70-85k. Worth forwarding "
                   "to someone?"),
    ]),
    T(F, p="li", hl="Partner at Loom & Larch (design studio)", steps=[
        ("g", "0", "Jordan, this is a strange one. I'm a partner at Loom & Larch (a 20-person studio in "
                   "Copenhagen) and we're looking for a third partner to open a southern Europe office, most "
                   "likely in Lisbon. Not a job ad, one seat. We've followed Fieldnote for a while and your "
                   "clarity about small teams is the reason: we don't want to grow, we want a second small studio "
                   "that shares our back office. I'd understand if you want to stay independent. Would you be "
                   "open to a conversation anyway?\n\n<<first>>"),
    ]),
    T(F, p="li", hl="Recruiter at Gridline", steps=[
        ("g", "0", "Jordan, we're opening a Senior Product Designer role in our Lisbon team (analytics "
                   "dashboards, €80–90k). I know you evaluated Gridline for Plotline recently and had sharp "
                   "feedback on our onboarding; the PM you spoke to forwarded it around. Would you consider "
                   "applying, or recommending someone?"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Jordan, <<first>> here, head of design at Stave (music education, Athens + remote). I need a "
                   "design manager for a team of 5 and your name came up in three separate reference calls. I "
                   "take that as a sign. €90–100k, remote-first. Could we talk for 20 minutes next week?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Job: Visiting Design Lead, Traço Aberto summer school\nWhen: 6–17 July, Sintra\nPaid: €3,200 + "
                   "housing\n\nHi Jordan, I know you sit on the board, which is exactly why I'm checking with you "
                   "before we advertise this externally. If you wanted to lead the summer school yourself, it's "
                   "yours. If not, who should I approach?"),
    ]),
    T(F, p="li", conn="recent", hl="Head of Design at Solace Bank", steps=[
        ("g", "0", "Hi Jordan, hiring manager for a Lead Product Designer, accessibility (Lisbon, €78–88k). Your "
                   "audit guide is pinned in our team channel. If you're happy where you are, could you share it in "
                   "your network? Posting link: solace-careers.example.com/lpd-a11y"),
    ]),
    T(F, p="li", channel="inmail", hl="Senior Talent Partner at Koru", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm a talent partner at Koru (B2B payroll software, 600 people, offices in "
                   "Auckland, London and Lisbon). We are hiring a Head of Design for our Lisbon hub, which will grow "
                   "from 4 to 12 designers over the next 18 months.\n\nI'll be specific about why you: the hub "
                   "will own our self-serve onboarding, and two people on our product leadership team have used your "
                   "'Onboarding checklists are promises' framework in their previous companies. One of them, Rangi "
                   "Walker, asked me to say hello.\n\nBase €125–140k, 15% bonus, equity. Hybrid, office in Alcântara."
                   "\n\nIf you are open to hearing more, I'd suggest a 30-minute call with me and then one with "
                   "Rangi. If not, I'd be grateful for the names of one or two people you'd trust in the role.\n\n"
                   "Kind regards,\n<<full>>\nSenior Talent Partner, Koru"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "quick q: would you ever consider a design advisor role? 4h/month, small equity, for Lumo (we "
                   "make pill reminders for older adults). your 3am nurse talk is literally our product principles "
                   "doc"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan.\n\nI'm hiring a freelance product designer for 8 weeks at Caravel (marine "
                   "insurance, Lisbon). One project: redesign the claims form for boat owners, which today is a "
                   "9-page PDF that people fill in on the dock with wet hands.\n\nI know Fieldnote does this kind "
                   "of thing, and your form-design article is the reason I'm asking you before anyone else. "
                   "Budget is around €24k, start in February, and I can introduce you to three boat owners who "
                   "have agreed to be tested on.\n\nIs that worth a conversation?\n\n<<full>>\nHead of Claims "
                   "Operations, Caravel"),
    ]),
    T(F, p="li", hl="People Lead at Cobalt Robotics EU", steps=[
        ("g", "0", "Hello Jordan, our VP Engineering saw your Interface talk and asked me to reach out: we're hiring "
                   "one Head of Product Design in Lisbon (warehouse robotics, operator interfaces, team of 3 today). "
                   "€115–130k. Would you be open to it?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, apologies for writing on a Sunday.\n\nI'm the founder of Pardal: we help small "
                   "bookshops sell online, 6 people, based in Coimbra. We need our first designer and I thought: "
                   "who designs well for tiny teams? You.\n\nI can pay €50–55k, which I know is low for you, so "
                   "honestly I'm also asking whether you know someone junior-to-mid who would love this. The job "
                   "is a bit of everything: the booksellers' dashboard, the shop templates, our website, the odd "
                   "poster. Lots of freedom, lots of books.\n\nThanks for reading,\n<<full>>\nFounder, Pardal"),
    ]),
    T(F, p="li", channel="inmail", hl="Recruiter at Orbital Search", steps=[
        ("g", "0", "Jordan, I'm filling a Design Lead role for a Series B climate-data company in Lisbon (client "
                   "confidential until first call, sorry). 10-person design team, €100–115k. The hiring manager "
                   "asked for someone who has built a product alongside client work, and pointed at Plotline. "
                   "Interested enough for a 15-minute call?"),
        ("me", "1d", "Who's the client? I don't do calls without knowing."),
        ("g", "2h", "Fair. It's Cirrus Data, their Alcântara office. The hiring manager is Leonor Brito, she heard "
                    "you at Interface. I can send the full brief if you'd like to read it first."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hey Jordan! Hiring a Principal UX Writer at Kestrel's sister company, Kestrel Pharmacy. I know "
                   "you're fractional on the Health side, so you might know who'd be good, or want input on the job "
                   "description. Lisbon, €70–80k."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hi! head of eng at Oaken (accounting for freelancers). we're hiring a senior designer, Lisbon or "
                   "remote, 75-85k. I use Plotline and filed 3 feature requests, one of which you actually shipped "
                   "lol. that's the reason. interested?"),
    ]),
    T(F, p="li", hl="HR Director at Grupo Vilar", steps=[
        ("g", "0", "Exmo. Sr. Jordan Reyes,\n\nI am writing regarding the position of Head of Digital Experience "
                   "at Grupo Vilar (retail, 140 stores in Portugal). The position reports to our Chief Executive "
                   "and leads a team of 11 people in Porto. Our Chief Executive attended your talk at the "
                   "Congresso Digital do Porto and asked me to contact you personally.\n\nThe annual remuneration "
                   "is €120,000 to €135,000, plus a company car and health insurance for the family.\n\nI would "
                   "be glad to meet you in Lisbon or Porto at your convenience.\n\nWith my best "
                   "regards,\n<<full>>\nHuman Resources Director, Grupo Vilar"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Senior PD role at Weft (textiles marketplace, 12 people, Guimarães). Your Brightwell case study "
                   "is why. €60–70k. Any interest?"),
    ]),
    T(F, p="li", hl="Design Director at Alder & Rowe", steps=[
        ("g", "0", "Hi Jordan,\n\nI'm a design director at Alder & Rowe and we're setting up a healthcare practice "
                   "in our Lisbon office. I'd like to hire one Associate Design Director to lead it, someone who "
                   "knows clinical environments first-hand. I read your write-up on medication flows at Kestrel "
                   "(the one about confirmation dialogs nobody reads) and it was the clearest thing I've seen on the "
                   "subject.\n\nRange €95–110k, hybrid. I'm aware you have your own studio; if it's a clear no, I'd "
                   "still value twenty minutes on what you'd look for in the person.\n\nBest,\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Hiring 1 product designer at Rumo (bike sharing, Lisbon). Your rant about the city bike app "
                   "is why lol. Details if you want"),
    ]),
]


# ---------------------------------------------------------------------------------------------------------------
# g_request: requests to quote / cite / interview Jordan, references about former colleagues, asks to review
# a PR, a portfolio or a thesis chapter.
# ---------------------------------------------------------------------------------------------------------------
F = "g_request"
REQUEST = [
    T(F, p="li", hl="Reporter at Gazeta Económica", steps=[
        ("g", "0", "Hi Jordan, I'm a reporter at Gazeta Económica writing about fractional executives in "
                   "Portuguese startups. Could I quote you? Three questions by email or a 15-minute call, deadline "
                   "Thursday noon."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hi jordan! I'm a 2nd year design student at Politécnico do Tejo. for my thesis I'm interviewing "
                   "founders of small studios about how they price projects. could I interview you for 30 min? "
                   "totally fine if not"),
        ("me", "5h", "Sure, happy to. Send me a couple of dates?"),
        ("g", "10m", "omg thank you!! Tue 2 Dec 6pm or Wed 3 Dec 12pm? can be online"),
    ]),
    T(F, p="li", hl="Senior Editor at Pixel & Pulse", steps=[
        ("g", "0", "Dear Jordan,\n\nI edit Pixel & Pulse, a quarterly print magazine about design in healthcare. "
                   "Our spring issue is themed 'Night shift' and your Frontline UX talk, 'Designing for the 3am "
                   "nurse', is the reason the theme exists: two of our editors were in the room.\n\nWe would like "
                   "to publish an adapted version of the talk as a 2,000-word essay, or, if you prefer, a long "
                   "interview conducted by one of our editors. We pay contributors €400 for essays, and you would "
                   "keep the rights to republish on your own blog after three months.\n\nThe deadline for a first "
                   "draft would be 20 January. Would either format interest you?\n\nWith warm regards,\n<<full>>\n"
                   "Senior Editor, Pixel & Pulse"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Hello Jordan, Sofia Marques has listed you as a reference for a Senior Product Designer position "
                   "on my team at Larkspur. She said you worked together at Brightwell from 2021 to 2023. Would you "
                   "have 10 minutes this week for a call, or could you answer a few questions in writing? Thank you "
                   "in advance."),
        ("me", "4h", "Happy to. Writing is easier for me this week."),
        ("g", "30m", "Great, thank you. Here they are:\n1. What was Sofia's role on the patient app, and what did "
                     "she own end to end?\n2. How did she handle disagreement with engineering?\n3. Where did you "
                     "see her grow the most?\n4. Would you hire her again, and for what kind of role?\nNo need for "
                     "long answers. Friday would be perfect."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Could I cite your 'roadmaps without dates' post in a conference paper? How should I reference "
                   "it, blog URL + date?"),
    ]),
    T(F, p="li", hl="Host of The Small Studio Podcast", steps=[
        ("g", "0", "Hi Jordan — I host The Small Studio Podcast (about 3k listeners, mostly studio founders). "
                   "Your post 'The six-person studio' is the most forwarded link in our listener Slack this year, "
                   "so I'd love to have you on for an episode about why you stopped at six. We record remotely, "
                   "about 45 minutes, any time in January. You'd get the questions a week before and the edit "
                   "before it goes out. Interested?\n\n<<full>>\nHost, The Small Studio Podcast"),
    ]),
    T(F, p="li", hl="PhD researcher at Delta University of Technology", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nProfessor Amélia Rocha suggested I contact you. I am a doctoral researcher "
                   "at the Delta University of Technology studying how small design studios decide to build their own products, and how that "
                   "changes their client work. Fieldnote Studio and Plotline are, from the outside, a textbook case "
                   "of the question I'm asking.\n\nI am looking for eight studio founders for a semi-structured "
                   "interview of about 60 minutes, online, between January and March. Participation is anonymous by "
                   "default; the study has ethics approval (ref. HREC-2026-1183) and I can share the consent form "
                   "and interview guide in advance.\n\nWould you be willing to take part?\n\nKind regards,\n<<full>>"
                   "\nPhD Candidate, Faculty of Industrial Design Engineering"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hey, would you be up for reviewing my portfolio? I'm switching from graphic design to product. "
                   "3 case studies, none of them real products yet. brutal honesty welcome"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, I opened a pull request on the plotline-tokens repo (#42): it adds a high-contrast "
                   "theme and fixes the focus ring colour on dark backgrounds. Could you or someone on your team "
                   "take a look when you have a minute? Happy to change anything."),
    ]),
    T(F, p="li", hl="Journalist at Linha Tech", steps=[
        ("g", "0", "Jordan, good morning.\n\nI'm a reporter at Linha Tech, writing a piece on the Kestrel Health "
                   "outage last week and the criticism of the patient app's error messages, in particular the "
                   "'Something went wrong' screen that patients saw for six hours.\n\nI'd like to give you the "
                   "chance to comment, on or off the record, before it runs on Monday. I'm interested in how "
                   "error messages are decided in a company like Kestrel and who signs them off, not in blaming "
                   "one person.\n\nAre you available today or tomorrow?\n\n<<full>>\n+351 913 770 208"),
        ("me", "2h", "Thanks for asking. I'll need to check with Kestrel's comms team first. Who else are you "
                     "talking to?"),
        ("g", "25m", "Understood. I've asked Kestrel's press office for a statement as well, and I'm speaking to two "
                     "patients and a nurse. I'd rather have the design perspective than not. My deadline is Sunday "
                     "6pm."),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Hello! I'm doing my master's thesis on design critique in remote teams (Universidade do Tejo, "
                   "supervised by Prof. Luísa Antunes). Chapter 3 is partly based on your blog post about crits. "
                   "Would you be willing to read 6 pages and tell me if I misrepresent your argument? I really "
                   "don't want to put words in your mouth."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "can I use your onboarding checklist diagram in a workshop for ~20 people at my company? "
                   "internal only, credited"),
    ]),
    T(F, p="li", hl="Producer at Rádio Estuário", steps=[
        ("g", "0", "Subject: Radio interview request — 'Trabalho do Futuro'\n\nDear Jordan,\n\nI produce 'Trabalho "
                   "do Futuro', a weekly radio programme on work and technology. Next month's episode is on the "
                   "four-day week and small companies, and we read that Fieldnote Studio moved to four days in "
                   "2025.\n\nWe'd like to interview you for about 12 minutes, in English or Portuguese, recorded at "
                   "our studio in Marvila or by phone. Recording would be between 8 and 12 December.\n\nPlease let "
                   "me know if you are available and which language you prefer.\n\nBest regards,\n<<full>>\n"
                   "Producer\n+351 217 940 211"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, reference check for Tomás Ribeiro, who interned at Fieldnote in 2024. He's applying "
                   "for a junior role on our team at Clarabóia. Would you recommend him? A line or two is enough."),
    ]),
    T(F, p="li", hl="UX Researcher at Universidade de Braga Norte", steps=[
        ("g", "0", "Hello Jordan, I'm running a short survey (8 minutes) for a study on how designers in health "
                   "software handle alarm fatigue. A colleague who attended your Berlin talk said you would have "
                   "opinions. If you're willing, the link is surveys.ubn-hci.example.org/alarm-fatigue. Thank you "
                   "either way."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Jordan, I'm writing a newsletter issue about tools built by agencies for themselves and I'd like "
                   "to feature Plotline. Could you send me 2-3 sentences on why you built it instead of using an "
                   "existing tool? going out 5 Dec"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm a final-year student at the Escola de Arquitetura do Tejo. My "
                   "dissertation is about the design of hospital wayfinding and I have one chapter on digital "
                   "signage, where I argue (using your 3am nurse talk as a starting point) that clinicians need "
                   "less information at night, not more.\n\nMy supervisor suggested I ask you whether you'd read the "
                   "chapter, 14 pages, and tell me if the argument holds. I understand if you don't have time; even a "
                   "yes or no on whether I've understood your talk correctly would help.\n\nThank you,\n<<first>>"),
    ]),
    T(F, p="li", hl="Conference chair, Nordic Health UX Days", steps=[
        ("g", "0", "Jordan, quick request from the Nordic Health UX Days committee: can we include a 3-minute clip "
                   "from your Frontline UX talk in our opening reel? Frontline said we need the speaker's permission "
                   "too."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "big fan of the Plotline changelog. could I interview you for my YouTube channel about "
                   "design-led bootstrapping? 20 min on zoom"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Olá Mr. Reyes, I'm <<first>>, a reporter for the Lisboa Viva supplement. We're doing a piece "
                   "on businesses on Rua dos Anjos and how the street has changed in ten years. Could I visit the "
                   "studio for half an hour and take a photo? Any day next week."),
    ]),
    T(F, p="li", hl="Senior Product Designer at Veridia", steps=[
        ("g", "0", "Jordan,\n\nI'm going up for promotion to Lead next month and my manager asked me to get one "
                   "outside opinion on my promotion case. We've never met, I know. But I've read everything "
                   "you've written about design leadership, and yours is the opinion I'd actually trust.\n\nIt's "
                   "a 4-page doc: two projects, how I've grown the junior on my team, and a section on what I'd "
                   "change about our crits (which borrows from your post, credited). The part I'm least sure "
                   "about is whether it reads as a lead or as a very good senior.\n\nWould you look at it? If "
                   "not, I completely get it.\n\n<<first>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Good afternoon. My name is <<full>>, I teach interaction design at the Hochschule Nordwerk. I "
                   "would like to assign your essay 'Onboarding checklists are promises' as reading for my second "
                   "year students. May I distribute it as a PDF on our course platform, with attribution? The "
                   "course has 35 students."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "can you check if I got your quote right? \"A roadmap is a list of promises you haven't broken "
                   "yet.\" publishing tomorrow"),
        ("me", "1h", "Close! It was \"...promises you haven't broken *yet*, so make fewer of them\"."),
        ("g", "3m", "perfect, fixing. thanks for the fast reply"),
    ]),
    T(F, p="li", conn="recent", hl="Hiring Manager at Norte Digital", steps=[
        ("g", "0", "Hello Jordan,\n\nI'm considering hiring Carlota Mendes as a design lead. She gave your name as a "
                   "reference from her time as a contractor at Fieldnote Studio in 2025.\n\nI'd be grateful for your "
                   "honest view on three things: her quality of work under tight deadlines, how she communicates "
                   "with clients, and whether she is ready to manage two designers. I'm not looking for a formal "
                   "letter; a short message or a 15-minute call would be plenty.\n\nEverything you share stays "
                   "between us and won't go into her file.\n\nThanks very much,\n<<full>>\nHead of Product, Norte "
                   "Digital\n+351 226 100 354"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Hi! Our design team at Caldera reads one article together every Friday. This week it's your post "
                   "on crits. Would you join the last 15 minutes for questions? Friday 4pm Lisbon, on video. Even a "
                   "no is cool, we'll still read it."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "can you review my PR to the Traço Aberto repo? it fixes the donation form on mobile. Beatriz "
                   "said you have merge rights"),
    ]),
    T(F, p="li", hl="Documentary producer", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm producing a short documentary for a Lisbon film school about the "
                   "people who design hospital software: who they are, and whether they ever meet the nurses who use "
                   "it. I found your talk while researching and it's the clearest explanation of the gap I've heard."
                   "\n\nWould you agree to be filmed for an interview of about an hour, at your studio, some time in "
                   "February? We're a crew of three students, very light equipment. You'd see the final cut before "
                   "it's screened at the school's June festival.\n\nThank you for considering it,\n<<full>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "is the data in your 'our first 100 Plotline users' post ok to reuse in a slide? I'm giving a talk "
                   "on beta pricing at a meetup in Valencia"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I'm on the jury of the Prémio Design Jovem and one of the finalists, Afonso Teixeira, "
                   "submitted a project he says he did under your supervision at Fieldnote. Could you confirm his "
                   "role in the Cascais recycling app? Just a sentence or two so we can verify the entry."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan! I'm translating the Traço Aberto workshop handbook into Spanish for a school in "
                   "Vigo. Your chapter is the one with the exercises. Do I need your permission too or just Traço's?"),
    ]),
    T(F, p="li", hl="Student at Politécnico do Lis", steps=[
        ("g", "0", "Hello Mr. Reyes, sorry to bother you. I'm writing a report on Portuguese design studios for my "
                   "Entrepreneurship class. Can I ask you 5 short questions by message? It's due next Friday."),
        ("me", "1d", "Go ahead"),
        ("g", "20m", "Thank you so much! 1) When did you start Fieldnote? 2) How did you find your first client? 3) "
                     "Why Lisbon? 4) What is the hardest part of having employees? 5) What advice would you give a "
                     "student who wants to start a studio?"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Doing a roundup of 'roadmap tools for tiny teams' for a blog, is it ok to include Plotline "
                   "with screenshots? will link back"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I'm a features writer at the quarterly magazine Vessel. We're profiling five founders "
                   "who run their companies on four-day weeks. Could I interview you in person in Lisbon on 16 or "
                   "17 December, and send a photographer the following week? Word count around 1,200, your "
                   "section about 250."),
    ]),
    T(F, p="li", hl="Engineering Manager at Kestrel Health", steps=[
        ("g", "0", "Hey Jordan, we haven't worked together directly yet (I'm on the billing squad), but could you "
                   "review the design spec for the new invoice screen before Friday? Hugo said you'd want to see "
                   "anything patient-facing. It's in Figma, page 'Invoices v3'."),
    ]),
]


# ---------------------------------------------------------------------------------------------------------------
# g_applicant: junior designer role / internships, career advice asks, laid-off people asking for help.
# ---------------------------------------------------------------------------------------------------------------
F = "g_applicant"
APPLICANT = [
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, is the junior product designer role still open? I saw the post last week but the "
                   "link now gives a 404."),
    ]),
    T(F, p="li", hl="Junior Product Designer | ex-architecture", steps=[
        ("g", "0", "Dear Jordan,\n\nI'd like to apply for the junior product designer position at Fieldnote Studio."
                   "\n\nI spent four years as an architect in Porto before retraining in product design last year. "
                   "What I bring from architecture is a habit of drawing the same thing thirty times and a lot of "
                   "patience with clients who change their minds. What I lack is experience shipping software, "
                   "which is why a small studio where I'd sit next to senior people appeals to me much more than a "
                   "large company.\n\nMy portfolio has three case studies; the one I'd ask you to look at first is "
                   "the redesign of a parish council's facility booking form, because it was used by real people "
                   "(about 600 bookings since May): portfolio.example.net/cascais-booking\n\nI'm available from "
                   "January and I'm happy with the 3 days in the studio.\n\nThank you for reading,\n<<full>>\n"
                   "+351 936 221 870"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hii, do u take interns in summer? I'm in 2nd year of communication design"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan,\n\nI was laid off from Corvid on Tuesday along with most of the Lisbon design team "
                   "(14 of us). I'm not asking you for a job.\n\nBut you know everyone in health tech here, and "
                   "I'd be grateful for even one name of someone hiring senior designers. I worked on the clinic "
                   "scheduling side for three years: the booking flow, the reminders, and the no-show dashboard "
                   "that clinics actually use. I'm good with clinicians and with messy legacy systems, if that "
                   "helps you think of someone.\n\nThank you for reading this,\n<<full>>"),
        ("me", "3h", "I'm really sorry, that's a brutal week. Send me your portfolio and a line on what you want next "
                     "and I'll forward it to two people today."),
        ("g", "45m", "Thank you, truly. Portfolio: <<site>>. What I want next: senior IC role, "
                     "healthcare or public services, Lisbon or remote. Anything with clinicians would be a dream."),
        ("g", "2m", "and sorry if the first message was a bit much, it's been a weird few days"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello, I applied for the junior role on 12 November through the form. I just wanted to check it "
                   "arrived, I didn't get a confirmation email. My name is <<full>>. Thank you!"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Good evening Mr. Reyes,\n\nMy name is <<full>>, I am 22 and I finished my degree in Design at "
                   "a federal university in Recife, Brazil. I moved to Lisbon in September with a job-seeker visa "
                   "and I am searching for a first opportunity in product design.\n\nI read that Fieldnote Studio "
                   "is hiring a junior designer. I know my portfolio is more visual than product, but I did a UX "
                   "project for a community health centre in Recife that I am very proud of.\n\nCould you tell me "
                   "if the studio can sponsor a work visa, or if it is only for people who already have the right "
                   "to work? I don't want to waste your time if it is not possible.\n\nThank you very much for "
                   "your attention,\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "how did you go from senior designer to running a studio? did you have clients lined up before "
                   "you quit?"),
    ]),
    T(F, p="li", hl="Design student at Escola de Design do Tejo", steps=[
        ("g", "0", "Hi Jordan! I'm in my last year and need a 3-month internship from March to graduate. I know "
                   "you're hiring a junior, not an intern, but I wanted to ask anyway: would Fieldnote consider an "
                   "intern in spring? I'd be happy doing research support, Plotline documentation, anything."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, thank you for interviewing me last Thursday. I got the email that you went with another "
                   "candidate, which I understand. Would you be willing to share one thing I could improve? The "
                   "portfolio review part felt rushed on my side and I'd like to know if that's what it was."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "JORDAN I GOT THE JOB AT HALDEN. the portfolio advice you gave at the Traço Aberto open day "
                   "changed everything. had to tell you"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi, I am a UX designer with 2 years experience in Kyiv, now living in Lisbon since 2024. I saw "
                   "your post about the junior designer. I am maybe too senior for junior but I would accept junior "
                   "salary to start in Portugal and learn how studios work here. Is this possible to discuss?"),
    ]),
    T(F, p="li", hl="Product Designer (open to work)", steps=[
        ("g", "0", "Subject: Application — Junior Product Designer (ref. FN-2026-J1)\n\nDear Jordan Reyes,\n\nPlease "
                   "find my application for the Junior Product Designer role. I am a recent graduate of the "
                   "Master in Interaction Design at the Universidade do Tejo, where my final project was a "
                   "medication reminder app tested with 11 older adults in a day centre in Almada.\n\nWhy Fieldnote: "
                   "I have followed your work on Kestrel's medication flows and I would like to learn from a team "
                   "that designs for people under stress, rather than for conversion metrics.\n\nAttached: CV and "
                   "portfolio link. I am available to start on 2 January and can come to the studio for an "
                   "interview on any weekday.\n\nYours sincerely,\n<<full>>\n\n- CV_<<first>>_2026.pdf"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "is it weird to apply to your junior role if I'm 41 and changing careers from nursing? genuinely "
                   "asking, not being cute"),
        ("me", "40m", "Not weird at all. Honestly a nurse who designs would be very useful to us. Apply."),
        ("g", "5m", "ok. ok! applying tonight. thank you 🙏"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello Jordan, a career question if you have a minute.\n\nI've been offered two jobs and I "
                   "have to answer both by Friday:\n- a junior role at a big bank: good money, a 40-person design "
                   "team, a proper design system, a mentor programme\n- a mid role at a 5-person startup: less "
                   "money, equity, I'd be the only designer\n\nYou've worked at both sizes, and your post on the "
                   "six-person studio makes me think you'd pick the small one, but I'm 23 and I've never had a "
                   "senior designer review my work. Which one teaches you more in the first two years?\n\nThank "
                   "you,\n<<first>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "hey jordan, do you know anyone hiring motion designers in lisbon? I'm freelance and november is "
                   "dead quiet. sorry to ask out of nowhere"),
    ]),
    T(F, p="li", hl="Senior Designer | 9 yrs | health & gov", steps=[
        ("g", "0", "Dear Jordan,\n\nWe haven't met. I was Design Lead at the Saúde Já app until three weeks ago, when "
                   "the company closed after failing to raise its Series A. I had 9 years of experience before that, "
                   "mostly in public-sector services.\n\nI'm writing to ask for advice rather than a job. I've been "
                   "offered fractional work by two founders and I'm tempted, but I've never done it and I notice "
                   "you've managed to combine a fractional role with running a studio. If you could spare 20 "
                   "minutes, I'd love to ask how you set boundaries with the Kestrel side and how you priced the "
                   "first month.\n\nI'm also happy to simply read whatever you've written on it, if that's easier "
                   "for you.\n\nThank you,\n<<full>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan. My daughter Leonor is in her final year of design and would love an internship at "
                   "Fieldnote. She's too shy to write herself so I'm doing it (she'll be mortified). Could you tell "
                   "me who she should contact?"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "portfolio q: should I include a project that got cancelled before launch? it's my best work but "
                   "there's no outcome"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Jordan, I was one of the Traço Aberto workshop kids in 2019 (Escola Secundária do Alto, the "
                   "one who made the bus-stop app out of cardboard 😅). I'm now in my second year of design and "
                   "I'd love to apply for an internship next summer. Is that something the studio does?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Quick question about the junior role: is it 3 days in studio and 2 remote, or 3 days total? "
                   "The post says both."),
    ]),
    T(F, p="li", hl="UX/UI Designer", steps=[
        ("g", "0", "Hi Jordan,\n\nI'm a product designer in Madrid, laid off from Dosewell in October. I saw that "
                   "Kestrel Health is opening a Lisbon team and that you lead design there part-time.\n\nI don't "
                   "want to go around the recruiters, so my question is simple: is there design hiring planned at "
                   "Kestrel in Q1, and if so, who is the right person to send my portfolio to? I'd relocate to "
                   "Lisbon without hesitation.\n\nThank you for your time,\n<<full>>\nportfolio: <<site>>\n+34 "
                   "611 402 339"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Sorry to DM out of the blue. Lost my job + my apartment in the same month and I'm trying to "
                   "keep my design brain alive. Would you ever let someone shadow the studio for a day? Unpaid, I "
                   "just need to be around designers again"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Before I send my application for the junior role, a question: the post asks for 'one case "
                   "study you're not proud of'. Do you mean a failed project, or one with bad design? I want to "
                   "pick the right one."),
        ("me", "5h", "Either! What matters is what you learned from it. Keep it short."),
        ("g", "1h", "Got it, thank you. It'll be the event app where the research said no and we built it anyway."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Sir, I am writing to ask for an internship opportunity in your company. I am student of "
                   "multimedia in Cabo Verde and I will be in Lisbon from June to August 2027. I attach my "
                   "portfolio. Thank you for your consideration.\n\n- portfolio_<<first>>.pdf"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, hi. I interviewed for the junior role in round 2 and I wanted to say thank you for the "
                   "feedback, even if it's a no. The point about explaining trade-offs instead of showing final "
                   "screens was the most useful thing anyone has said about my portfolio. I've already rewritten "
                   "two case studies."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "do you think bootcamps are worth it in 2026 or just a waste of €6k? asking because you've hired "
                   "juniors and you'd know what you actually look at"),
    ]),
    T(F, p="li", conn="recent", hl="Design Researcher", steps=[
        ("g", "0", "Jordan, I'm a design researcher (4 years at a Lisbon bank), and I'm thinking about moving "
                   "into health tech. Could I ask you one thing: when you hire for Kestrel or the studio, do you "
                   "value clinical domain knowledge more than research craft? I'm trying to decide whether to do "
                   "a health informatics course."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Bom dia Jordan, I saw the junior designer opening. I live in Setúbal, is it ok to commute 3 days "
                   "or do you prefer someone in Lisbon?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello Jordan,\n\nI'm writing on behalf of the career service at the Escola de Design do Tejo. "
                   "Three of our recent graduates applied to your junior role, and one of them, Diogo Faria, told us "
                   "you offered everyone who reached the second round a written feedback note. That's rare and we'd "
                   "like to thank you for it.\n\nWe'd also like to ask whether you'd be willing to speak to our "
                   "final-year students for an hour in March about what small studios look for in a junior. There's "
                   "no fee, I'm afraid, but we can offer lunch and our eternal gratitude.\n\nWarm regards,\n"
                   "<<full>>\nCareer Services"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hey, got rejected from 40 junior roles since june. can I send you 1 case study and you tell me "
                   "if it's the portfolio or the market? I'll never bother you again promise"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan! I'm finishing a UX course at night while working in a call centre. Would an unpaid "
                   "project for Traço Aberto count as portfolio material for someone like you, or does it need to "
                   "be a 'real' company?"),
    ]),
    T(F, p="li", hl="Visual Designer", steps=[
        ("g", "0", "Jordan, I applied to the junior role 3 weeks ago and haven't heard back. I know you're busy "
                   "and I don't want to be annoying, I just wanted to make sure it wasn't lost. Is the process still "
                   "ongoing?"),
        ("me", "1d", "Hi <<first>>, sorry for the silence, we got 180 applications. Second-round invites go out "
                     "Monday."),
        ("g", "30m", "180!! that explains it. Thank you for answering, fingers crossed for Monday"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello Mr. Reyes. I am 55, I was a print production manager for 25 years, the company closed. "
                   "My son says UX design could use my experience with printers and deadlines. Is it realistic to "
                   "start at my age? I would appreciate an honest opinion from someone in the field."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jord (everyone at Kestrel calls you that, sorry if that's weird), I'm on the support team, 2 "
                   "years, and I'd love to move into design. Would it be ok to ask you how people in support have "
                   "made that move before? Didn't want to go through my manager first without knowing if it's "
                   "even possible."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "saw you're hiring a junior. is there an age or degree requirement? I'm self taught"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan, my contract at Brightwell ends on 31 December (the Lisbon design team is being "
                   "merged into Madrid). You hired me there in 2022, if you remember, for the patient app. I'd be "
                   "grateful for a LinkedIn recommendation, if you feel comfortable writing one, and any leads you "
                   "hear of. I hope the studio is thriving!"),
    ]),
]


# ---------------------------------------------------------------------------------------------------------------
# g_customer: Plotline users and Fieldnote clients: questions, bugs, billing, complaints, feature asks, cancelling.
# ---------------------------------------------------------------------------------------------------------------
F = "g_customer"
CUSTOMER = [
    T(F, p="x", steps=[
        ("g", "0", "plotline ate my roadmap. dragged 3 cards into 'later' and they're gone. not in archive either. "
                   "please tell me there's an undo"),
        ("me", "20m", "So sorry! Which workspace? I can restore from last night's snapshot."),
        ("g", "6m", "workspace is 'ferro-mobile'. the cards were the 3 payments items, created this morning though 😬"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Charged twice for Team this month (2 × €96 on 3 Nov). Invoices PL-2026-0412 and PL-2026-0413. "
                   "Could you refund one?"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Honestly? Your 'beta' is a joke. Paid for Team, half my team can't log in since Tuesday, support "
                   "email auto-replies and nobody answers. Fix it or refund me."),
        ("me", "15m", "That's on us and I'm sorry. What's the workspace name? I'm looking at it myself right now."),
        ("g", "4m", "workspace 'northlight'. and yes I'm angry, we have a board meeting thursday and the roadmap is "
                    "IN your tool"),
        ("g", "30m", "ok 3 of them can log in now. still missing Raquel and Dev. thanks for actually replying I guess"),
    ]),
    T(F, p="li", hl="Head of Product at Sable Foods", steps=[
        ("g", "0", "Dear Jordan,\n\nWe've been using Plotline with a team of 14 since the beta opened and we're "
                   "happy with it. Our procurement team has now asked for three things before we can move from the "
                   "monthly card payment to an annual invoice:\n\n1. A data processing agreement we can sign.\n2. "
                   "Confirmation of where the data is hosted (they need EU).\n3. A supplier form, which I'll send "
                   "by email if you tell me the right address.\n\nIs an annual contract something you offer yet? "
                   "If not, we're fine staying monthly, but I need to tell procurement one way or the other by 15 "
                   "December.\n\nKind regards,\n<<full>>\nHead of Product, Sable Foods"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "feature request: let me hide the 'now/next/later' labels on the public roadmap. our customers "
                   "read 'later' as 'never' lol"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "How do I cancel? I can't find it in settings. Nothing wrong with the product, we just merged "
                   "with another company that uses Jira."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, this is <<first>> from the Vale do Sol municipality's digital team. The prototype "
                   "your studio delivered for the parking permits works great on desktop, but the date picker "
                   "doesn't open on iPhones with large text enabled. Our accessibility lead found it today. Could "
                   "someone from Fieldnote look at it before the usability sessions on the 9th?"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "the csv export puts commas inside the description field without quotes so excel breaks every "
                   "row. small thing but it's killing me"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan. I run a two-person consultancy and I love Plotline, but €48/month for Team is more "
                   "than my whole accounting software. Is there anything between Solo and Team? Two seats would be "
                   "perfect."),
        ("me", "1d", "Not yet, but you're the fourth person asking this month. Would 2 seats at €24 work for you?"),
        ("g", "2h", "That would be perfect honestly. Do I need to do anything or will you switch it?"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "You people took our money and delivered a design system nobody on our team can use.\n\nI'm "
                   "going to say it plainly: the handover was useless. Forty Figma pages and not one engineer "
                   "here understands the tokens. Our developers have started hard-coding colours again, which is "
                   "exactly what we paid you to end. I raised this with your project lead twice in October and "
                   "got a slide deck back.\n\nI want someone senior on a call this week, not a junior with "
                   "another slide deck, and I want to know what you're going to do about it without another "
                   "invoice.\n\n<<full>>\nCTO, Marlin Freight"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "small bug: when I rename a lane, the public link still shows the old name for like 10 min"),
    ]),
    T(F, p="li", hl="Operations Manager at Clínica Vale Formoso", steps=[
        ("g", "0", "Good afternoon Mr. Reyes,\n\nI am the operations manager at Clínica Vale Formoso. Your studio "
                   "redesigned our appointment website in 2025 and we have been very satisfied. We now wish to add "
                   "online payment of the consultation fee, and our IT provider says the booking confirmation page "
                   "must be changed.\n\nCould you tell us if Fieldnote Studio can do this small change, and an "
                   "approximate cost? We would need it before the end of February because our new payment terminal "
                   "contract starts in March.\n\nThank you in advance.\n\nBest regards,\n<<full>>\nOperations "
                   "Manager\nClínica Vale Formoso\n+351 219 330 104"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "does plotline have an API yet? want to sync items from our linear board"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, our Plotline trial ended yesterday and the workspace is now read-only. We're waiting "
                   "for our budget approval (should come Monday). Is there any way to extend the trial a few days? "
                   "We don't want to lose the two weeks of work."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "I don't usually write to founders but this is ridiculous. You changed the roadmap layout without "
                   "any warning and now my CEO thinks we deleted half the plan. A changelog note is not 'warning'. "
                   "Give us a toggle for the old view or I'm moving the team to something else."),
        ("me", "1h", "That's fair criticism, we should have flagged it in-app. There's a 'classic layout' toggle under "
                     "Workspace > Display since this morning. Does that fix it for you?"),
        ("g", "40m", "It does. Thank you. Sorry for the tone, long day."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "any plans for a dark mode? asking for my eyes at 1am"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Re: Invoice FN-2026-088\n\nHi Jordan, our finance team needs the invoice re-issued with our new VAT "
                   "number (PT 516 220 471) — the company changed legal entity in October. Sorry for the admin. "
                   "Could you send the corrected one to accounts@saltmarsh.example.pt?\n\nThanks,\n<<first>>"),
    ]),
    T(F, p="li", hl="Product Manager at Brava Mobility", steps=[
        ("g", "0", "Hi Jordan,\n\nWe use Plotline for our customer-facing roadmap (brava.example.com/roadmap) and "
                   "I have two requests and a question.\n\nRequests:\n- Let customers 'subscribe' to a single item "
                   "and get an email when it moves. Today people ask our support team every week.\n- A way to pin "
                   "one item to the top of a lane.\n\nQuestion: is the embed allowed to be indexed by Google? Our "
                   "SEO person says it shows up as a blank page.\n\nNo rush on the requests, I know you're small. "
                   "The SEO question is more urgent because we're launching in Spain on the 10th.\n\nThanks,\n"
                   "<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "@ you because support is slow: SSO login loops back to the login page on Firefox. Chrome fine. "
                   "workspace 'tinbox'"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello, I paid for the Solo yearly plan but the account still says monthly. Receipt attached.\n"
                   "- receipt_plotline_nov.pdf"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Subject: Parking permits project — handover\n\nDear Jordan,\n\nI'm the new product owner at "
                   "the Vale do Sol municipality, replacing Beatriz, who moved to the finance department last "
                   "week. I've inherited the parking permits project and, to be honest, I'm not sure what's left "
                   "to deliver.\n\nCould you send me a short summary of what's done, what's pending and what the "
                   "contract still covers? I'd like to avoid surprises before the year-end budget closes on 19 "
                   "December.\n\nThank you,\n<<full>>\nDivisão de Sistemas de Informação\n+351 214 408 260"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "you really shipped comments without notifications?? 🙃 I had no idea my team replied to me for "
                   "two weeks"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi, we want to cancel at the end of the month but keep read-only access to our old roadmaps for "
                   "audit reasons. Is that possible, or should I export everything first?"),
    ]),
    T(F, p="li", hl="Founder at Figo Studio", steps=[
        ("g", "0", "Jordan,\n\nI'm going to be blunt because I think you'd want to know. We moved our agency's "
                   "roadmaps to Plotline in October, mostly because I admire what your studio does. Six weeks in, "
                   "three things have cost us real time:\n\n1. The mobile view is unusable for client reviews (we "
                   "review on iPads).\n2. Guests can't comment without creating an account, so our clients don't.\n"
                   "3. There's no way to duplicate a roadmap as a template for the next client.\n\nI'm not "
                   "cancelling. But if #2 isn't on the plan for the next couple of months, I'll have to move the "
                   "client-facing part elsewhere. Can you tell me honestly where it sits?\n\n<<first>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Quick one: can I invite someone as view-only without paying for a seat?"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Your invoice says 30 days but your colleague told me 45. Which one is it? I need to schedule "
                   "the payment this week."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "worst onboarding I've seen from someone who literally wrote a post about onboarding. "
                   "took me 20 min to find where to add a second roadmap. just saying"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan, the Kestrel Health nursing council asked me to pass on a complaint directly, as "
                   "requested by you at the September meeting. Since the last update, the medication list no "
                   "longer shows the time of the last dose unless you tap the row. On night shifts this adds one "
                   "tap for each of 20–30 patients. The nurses consider it a safety issue, not a preference. "
                   "Could you look at it before the next release?\n\nRegards,\n<<full>>\nNurse Manager, Ward 4B"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "is there a way to see who moved an item and when? My manager keeps asking who pushed the "
                   "mobile app to 'later'"),
        ("me", "2h", "Yes: open the item, then the clock icon top-right. It shows the full history."),
        ("g", "15m", "Found it, and it was him 😂 thanks"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan we love the new brand but the green on the signage is not the green from the PDF. The "
                   "printer says the file you sent uses RGB. Can your team send a CMYK/Pantone version today? "
                   "Installation is Monday."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hey small thing: the 'made with plotline' badge on public roadmaps, can paid plans turn it off? "
                   "clients ask if we're advertising"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "I was charged €96 after cancelling. I have the cancellation confirmation email from 28 Oct. This "
                   "is the second time I'm writing (first time to support@). Please refund."),
    ]),
    T(F, p="li", hl="Director of Digital at Museu das Marés", steps=[
        ("g", "0", "Dear Jordan,\n\nThank you and the Fieldnote team for the visitor app prototype. The board saw it "
                   "on Tuesday and approved the next phase.\n\nBefore we sign the phase-two contract, the board "
                   "asked me to clarify two points:\n\n- Who will own the source files and the design system at "
                   "the end of the project? Our previous agency kept them.\n- Can the studio commit to the "
                   "accessibility level AA for the audio-guide screens, and will that be tested with blind "
                   "visitors, as discussed in October?\n\nI would be grateful for a written answer I can forward "
                   "to the board before 12 December.\n\nWith kind regards,\n<<full>>\nDirector of Digital"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "plotline down? getting 502 since 10 min"),
        ("g", "8m", "back now. fyi"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "I'm a teacher and I use Plotline (free Solo) to plan the school year with my students. Is "
                   "there an education discount for the Team plan? The school can pay maybe €100 a year, not more."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Please delete my account and all my data (GDPR request). Signed up with Google as "
                   "<<handle>>@mailbox.example.org."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, we were your first paying customer (Plotline invoice #0001 😄). Two questions now we're "
                   "growing: can we have two workspaces under one bill, and is there a way to move items between "
                   "workspaces without copy-paste?"),
    ]),
]


# ---------------------------------------------------------------------------------------------------------------
# g_personal_support: condolences, health news, money trouble, apologies, thank-you notes, support after bad press.
# (Backstory: Jordan posted that his father died in November; a newspaper piece blamed the Kestrel patient app's
# error messages during an outage; a blogger tore into Plotline's pricing.)
# ---------------------------------------------------------------------------------------------------------------
F = "g_personal_support"
SUPPORT = [
    T(F, p="li", steps=[
        ("g", "0", "Jordan, we've never met, I just read your posts. I'm so sorry about your father. What you wrote "
                   "about him teaching you to draw on the back of electricity bills made me call my own dad. Take "
                   "care of yourself."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "sorry for your loss man. 🖤"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nYou will not remember me. I worked with your father, Ernesto, at the shipyard "
                   "in Setúbal from 1979 until it closed. My granddaughter showed me your message on the computer "
                   "because she knows I was fond of him.\n\nHe was the only one of us who could draw a ship's "
                   "section freehand, and he did it to explain things to the apprentices, never to show off. I "
                   "think you got more from him than you know.\n\nMy deepest condolences to you and to your "
                   "mother.\n\nWith respect,\n<<full>>"),
    ]),
    T(F, p="li", hl="Owner at Padaria Flor de Sal", steps=[
        ("g", "0", "Hello Jordan, I'm very embarrassed to write this. The last invoice from your studio (€2,400 "
                   "for the menu boards and website) was due on Friday. Our oven broke two weeks ago and the "
                   "repair ate all our cash, plus we lost four days of sales. I can pay €800 now and the rest in "
                   "two parts, December and January. Would that be acceptable? I don't want to disappear on you, "
                   "you did beautiful work and the new menu boards are the first thing customers comment "
                   "on.\n\n<<first>>\nPadaria Flor de Sal"),
        ("me", "2h", "Please don't worry. Pay what you can when you can, January is fine for all of it."),
        ("g", "10m", "Thank you. Really. I'll send the €800 anyway, I'd sleep better. Come by for bread anytime, on "
                     "us."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "that article about the kestrel app was a hatchet job. anyone who's used the old version knows "
                   "how much better it is now. hang in there"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I owe you an apology. Last month I wrote a nasty comment under your post about four-day "
                   "weeks, calling it a luxury for rich founders. I was angry about my own job, not about you. It "
                   "was unfair and I deleted it. Sorry."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan. You reviewed my portfolio at the Traço Aberto open day in June, 10 minutes on a "
                   "bench outside. You told me to cut 4 projects and write about the one that failed. I got my "
                   "first design job this week. Thank you."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm writing with difficult news, and I'm sorry it comes through a DM. I was due "
                   "to co-facilitate the Traço Aberto workshop in Amadora with you in January, and Helena gave me "
                   "your contact. Last week I was diagnosed with breast cancer and I start treatment on 8 "
                   "December. My doctors have asked me to avoid commitments until at least March.\n\nI feel "
                   "terrible leaving this to you so close to the date. I've put all my notes and the exercise "
                   "sheets in the shared folder, and I've asked two people who might step in; I'll let Helena know "
                   "if either says yes.\n\nI hope we get to do the next one together.\n\nWarmly,\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "that pricing blog post was so mean-spirited. I pay for plotline and I'd pay double. ignore the "
                   "noise"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, this is awkward. I'm Inês's brother (she interned with you in 2023). She lost almost "
                   "all her savings in an investment scam this autumn, a fake crypto platform a 'friend' "
                   "recommended, and she's too ashamed to tell anyone outside the family. I'm not asking for "
                   "money. I'm asking if you'd check in on her, maybe about work, without mentioning this. She "
                   "talks about you as the best boss she ever had and I think hearing from you would help. Please "
                   "don't tell her I wrote."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I saw your post about your dad. I lost mine in March. The first weeks are strange, "
                   "people stop asking after about ten days and that's when it gets harder. If you ever want to "
                   "talk to someone who's a few months ahead, I'm around. No need to reply."),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Mr. Reyes,\n\nI'm the freelancer who missed the deadline on the Plotline illustrations. I "
                   "should have told you sooner, and I'm sorry that you had to find out from your team that "
                   "nothing had arrived.\n\nMy son was in hospital for nine days with pneumonia and I stopped "
                   "answering everything. He's home now and fine.\n\nI can deliver the full set (the six "
                   "onboarding scenes and the empty states) by Wednesday, and I'll take 20% off the invoice for "
                   "the delay. If you'd rather give the job to someone else now, I understand that too and won't "
                   "charge for the sketches.\n\nWith apologies,\n<<full>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, can I ask you something I've never asked anyone? I'm a designer in Porto, we've never "
                   "met, but I follow your writing. I'm €3,000 short on rent and my client is 60 days late "
                   "paying. Could you lend me €1,000 for a month? I know how this sounds. I'll send you the "
                   "client contract, the unpaid invoice and my ID if you want, and I'd pay it back the day the "
                   "client pays. If it's a no I completely understand, and I'm sorry for putting you in this "
                   "position."),
        ("me", "5h", "I can't lend money to people I don't know, I'm sorry. But if your client is 60 days late, the "
                     "Ordem dos Designers has a free legal line for exactly this. Want me to send you the contact?"),
        ("g", "20m", "Yes please. And thank you for answering instead of ignoring me, honestly."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Just read the newspaper piece. The quotes from the nurse were clearly cut to sound worse. You "
                   "don't need to respond to them, but you should know lots of us noticed."),
    ]),
    T(F, p="li", hl="Event Director at Interface Lisboa", steps=[
        ("g", "0", "Dear Jordan,\n\nI want to apologise properly for what happened at your session on Thursday. The "
                   "projector failure was our fault (the backup laptop had not been tested), and the 25 minutes you "
                   "lost were not made up, which was unfair to you and to the audience.\n\nSeveral attendees wrote "
                   "to us saying the talk was still the best of the day, which says a lot about how you handled it. "
                   "We would like to offer you a full slot at our spring edition, with the recording done "
                   "properly this time, and we've already paid the speaker fee in full regardless of the "
                   "shortened session.\n\nAgain, I'm sorry.\n\nBest regards,\n<<full>>\nEvent Director"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Thinking of you and your family, Jordan. 🕯️"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Olá Jordan, I'm <<first>>, the mother of one of the students from the Traço Aberto workshop "
                   "at Escola Vale Verde. My son Rodrigo has dyslexia and has never liked school. After your "
                   "workshop he came home and spent the whole weekend drawing an app for the school canteen, with "
                   "a button to say you're still hungry. He now says he wants to be a designer. His teachers "
                   "noticed too. I don't need anything, I just wanted you to know what those two afternoons "
                   "did.\n\nObrigada,\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "I know you probably can't say anything publicly about the kestrel thing but I'm a nurse and the "
                   "new medication screens saved me so much time. whoever is trying to blame the designers is wrong"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I'm the bookkeeper who made the mistake on the studio's VAT filing in Q3. Jorge told me "
                   "he already spoke to you but I wanted to apologise myself. The fine will be paid by our office, "
                   "not by you, and I've added a second check to every filing. I'm very sorry for the worry."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Olá Jordan. Only wanted to say: I was in the audience in Berlin. My mother was in intensive care "
                   "that month, and hearing someone talk about the nurses with so much respect made me cry in the "
                   "back row. Thank you for that."),
    ]),
    T(F, p="li", hl="Founder at Tessera Labs", steps=[
        ("g", "0", "Jordan,\n\nThis is hard to write. Tessera is shutting down at the end of the month. We owe "
                   "Fieldnote €6,800 for the October sprint and I want to be straight with you: the liquidator will "
                   "handle our debts, and suppliers will likely receive part of what they're owed, not all of it. I "
                   "have put Fieldnote on the list of creditors myself, with the full amount and the invoice "
                   "numbers, so you don't have to chase it.\n\nYou and your team did excellent work and were more "
                   "patient with us than we deserved. I'm sorry this is how it ends. If a reference from me is ever "
                   "useful for a future client, it's yours.\n\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hey, I'm the guy who quote-tweeted your roadmap post with 'lol consultants'. that was dumb. read "
                   "the whole thing this time, it's good. sorry"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan, I'm so sorry to hear about your father. I lost mine when I was running my first "
                   "company too, and the hardest part was feeling I had to keep performing for clients. You don't. "
                   "Take the time."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi, I'm one of the 14 Corvid designers who were laid off. Rita told me you forwarded our "
                   "portfolios to your contacts without any of us asking. Two of us have interviews now. Thank you "
                   "for doing that for strangers."),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Jordan — I'm <<first>>, Luísa's husband. She asked me to write because she can't type well "
                   "right now. She had a fall on Saturday and broke her wrist, so she won't be able to finish the "
                   "Plotline help articles this month. She's upset about it. She says she'll call you when she's "
                   "out of the cast."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Mr. Reyes, I am the tenant downstairs from the studio. Last week water from your bathroom came "
                   "through my ceiling and I was very rude to your assistant on the stairs. The plumber says it was "
                   "the building's pipe, not yours. I apologise for shouting."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Saw the thread calling your pricing 'greedy'. 3 devs, a designer, servers, in Lisbon, for €48/mo "
                   "team plan? people have no idea what software costs. keep going"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello Jordan, I'm not sure if this is the right place. You reviewed my thesis chapter in the "
                   "summer and your comments helped me pass with distinction. I defended on Monday. I owe you a "
                   "coffee, or ten."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan,\n\nI need to tell you something before you hear it elsewhere. I'm the designer at "
                   "Grão who copied the Plotline timeline interaction almost pixel for pixel for our app. Someone "
                   "pointed it out on X today, with screenshots side by side.\n\nI was stuck, I had a deadline, I "
                   "took a shortcut and told myself it was 'inspiration'. It wasn't. My manager didn't "
                   "know.\n\nWe'll change it in the next release, which is planned for 15 December, and I've "
                   "written to the person who spotted it to say they were right. I'm sorry.\n\n<<first>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan,\n\nMy name is <<full>> and I chair the parents' association at Escola Básica do "
                   "Alto. I learned this week that the Traço Aberto workshops at our school were only possible "
                   "because you personally covered the materials when the grant was delayed.\n\nNobody told us at "
                   "the time, and I suspect you preferred it that way. But the children made a map of the "
                   "neighbourhood for elderly residents that is now on the wall of the parish council, and I "
                   "wanted you to know that it mattered.\n\nIf the association can ever return the favour, please "
                   "ask.\n\nWith gratitude,\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "condolences from a random follower. your posts got me through my first year freelancing"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I'm very sorry but I have to withdraw from the junior role process. My mum was diagnosed "
                   "with Parkinson's last month and I'm moving back to Viseu to help. Thank you for the chance, "
                   "the interview was the kindest one I had."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, I run the small print shop on Rua Maria Andrade. I know the last batch of studio "
                   "posters came out wrong and you paid anyway. That's not right. I've printed the new batch, no "
                   "charge, you can collect them tomorrow."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "I read the piece in the paper and then I read your response. I thought your response was "
                   "honest and calm, which is more than the article was. As a patient who uses the Kestrel app every "
                   "week for my dialysis appointments, thank you for the changes you've made."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, it's <<first>> from Cowork Anjos (I moved to the Porto space). Just heard from Sara "
                   "about your father. Um abraço forte. The guys here remember him from the studio party last "
                   "year, he told the best stories."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "I bought your talk ticket with my last €30 this month and it was worth it. that's all. thanks"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan, I'm writing to say thank you. You answered my message in October when I asked how "
                   "to tell my manager I was burning out. You wrote three paragraphs to a stranger. I followed "
                   "your advice, asked for a reduced schedule, and it was accepted. I'm doing much better."),
    ]),
]


# ---------------------------------------------------------------------------------------------------------------
# g_stranger_note: readers / attendees / shareholders writing once, in their own words.
# ---------------------------------------------------------------------------------------------------------------
F = "g_stranger_note"
STRANGER = [
    T(F, p="x", steps=[
        ("g", "0", "loved your piece on onboarding checklists. one question: do you ever remove items once most "
                   "users complete them, or does the list stay forever?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Your Interface talk was the first time I've seen someone explain why a roadmap without dates "
                   "isn't just an excuse to never ship. The slide with the three jars (now / next / later, with "
                   "the lids) is now on our office wall."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "respectfully, 'roadmaps without dates' only works if you have no customers with contracts. try "
                   "that in B2B enterprise and see what happens"),
        ("me", "3h", "Fair point, and I say as much in the Q&A: dated commitments go in the contract, not on the "
                     "roadmap. Two different documents."),
        ("g", "1h", "ok that's a better answer than the post. you should add it to the post tbh"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am 81 years old and my grandson installed the Kestrel Health app on my "
                   "telephone so I can see my appointments and prescriptions. He told me you are responsible for "
                   "its design, so I am writing to you directly.\n\nI want to say first that it is much better than "
                   "the paper letters, which arrived late. But the letters on the screen are too small even with "
                   "my glasses, and when I make them bigger in the telephone settings, the buttons at the bottom "
                   "disappear. My friend at the day centre has the same problem.\n\nI hope this is useful to you. "
                   "I taught mathematics for forty years and I still believe a thing should be clear before it is "
                   "beautiful.\n\nYours faithfully,\n<<full>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "your talk was smug. 40 min of a guy congratulating himself for having a small company. I want "
                   "my afternoon back"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, in 'The six-person studio' you say you'd never take a project longer than 4 months. "
                   "Does that include Kestrel? Genuinely curious how you reconcile the two."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "typo in your latest post: 'principle' should be 'principal' in para 3. great post otherwise"),
    ]),
    T(F, p="li", hl="Retired engineer", steps=[
        ("g", "0", "Dear Jordan Reyes,\n\nAs a small shareholder of Kestrel Health (I bought shares when the company "
                   "listed in 2021), I attended the shareholders' meeting last week and saw the short video about "
                   "the new medication screens, in which you appear.\n\nI have no expertise in design, but I was "
                   "a maintenance engineer at a power station for 35 years, and I recognised something in the way "
                   "you described testing the screens at night with tired staff. We did the same with control "
                   "panels. It is rare to hear a company talk about the people at the end of the chain.\n\nI "
                   "simply wanted to say that, as an owner of a small part of the company, I am glad you are there."
                   "\n\nRespectfully,\n<<full>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Quick suggestion after your post about crits: try ending each crit with the designer saying what "
                   "they'll change, not the reviewers. We started doing it and the tone changed completely."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "where's the font on your blog from? it's so readable"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "I disagree with your post about not doing spec work, and I say that as someone who hates spec "
                   "work.\n\nFor a studio with 6 people and a name, fine. For a 1-person studio in Braga with no "
                   "network, a small unpaid sample has been the only way in. Two of my four clients this year "
                   "came from a sample I did in an afternoon. I don't like it, but it worked, and the ones who "
                   "asked for samples weren't exploiting me, they just didn't know me.\n\nYour advice is correct "
                   "for people who no longer need it. Maybe add a paragraph for the ones who still do?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, I was at your Berlin talk and wrote down 'ask him about the red badge study' and now "
                   "I can't remember what that was 🙈 Did you mention a study about notification badges in "
                   "hospitals? Would love the source."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "plotline's landing page says 'built for small teams', pricing says 'contact us for teams over "
                   "10'. so which is it"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Mr. Reyes, I read your interview in the newspaper about four-day weeks. I have a small carpentry "
                   "workshop with 5 employees. Can it work for manual trades, or only for computer work? I'm "
                   "seriously thinking about it."),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Hello. I'm a nurse in Coimbra. Your talk was shared in our hospital group. I want to say, as "
                   "someone who works nights: please also think of the light. The screens are too bright at 4am "
                   "and they wake the patients. Nobody designing them seems to know this."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "that 'checklists are promises' line lives in my head rent free now. thank you and also damn you"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm writing as a reader, not as anyone in particular. I've followed your blog "
                   "since your Brightwell years, and I wanted to say something about your last post, the one on "
                   "leaving Brightwell to start the studio.\n\nYou wrote that you 'got lucky' with the first three "
                   "clients. I don't think that's true, and I think saying it does a small disservice to people "
                   "reading who are considering the same jump. You describe, two paragraphs earlier, spending a "
                   "year writing publicly and helping people for free before you quit. That isn't luck; that's a "
                   "strategy, and it's one other people could copy if you called it what it is.\n\nThanks for "
                   "writing honestly about the rest of it.\n\n<<first>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "just a note to say the plotline 404 page made me laugh out loud at work. whoever drew that "
                   "lost roadmap deserves a raise"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Is the recording of your Frontline UX talk online anywhere? A colleague missed it and I'm trying "
                   "to convince her."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "You're part of the problem. Designers like you make hospital software 'beautiful' while nurses "
                   "are drowning in admin. Fewer taps is not a solution to understaffing and you know it. Stop "
                   "giving talks about 3am nurses and start asking why there is only one nurse at 3am."),
        ("me", "4h", "I agree more than you'd think. Fewer taps doesn't fix staffing, and I said that on stage. It's "
                     "the part of the problem I can touch."),
        ("g", "2h", "Fine. That's a fair answer. Still angry, not at you specifically."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "question about your post on design tokens: you say 'never name a token after its colour'. what "
                   "do you do for brand colours that ARE the meaning? like our red is literally called 'Tomato'"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, I'm a high school teacher in Évora. I used your blog post about explaining design to "
                   "children in a lesson for 14-year-olds. They loved the 'design a door for a dragon' exercise. "
                   "Thought you'd want to know it travels."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI attended the public session of the Traço Aberto awards at the municipal "
                   "library on Saturday. I am a retired schoolteacher and a volunteer at the library.\n\nI wish to "
                   "make one observation, which I hope you will take in the spirit intended. The projects of the "
                   "children were admirable, but the speeches of the adults were too long and too full of English "
                   "words that the grandparents in the room did not understand. Several of the older people near me "
                   "left before their grandchildren received the prizes.\n\nNext year, perhaps the children could "
                   "speak first.\n\nWith my compliments,\n<<full>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "ur blog's rss feed is broken since tuesday btw"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Just finished your post on firing a client. I've been putting off the same conversation for 5 "
                   "months. Doing it tomorrow. Wish me luck"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, the chart in your 'first 100 Plotline users' post doesn't add up: the segments sum to "
                   "112%. Either some users are in two categories or there's a mistake. Not trying to be a pedant, "
                   "I was going to cite it."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "I hate how right you were about 'later' meaning 'never' to customers. we just lost a deal over "
                   "it lol"),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Saw you on the panel yesterday. You were the only one who answered the student's question about "
                   "salaries with actual numbers. Respect."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello Jordan, I have a question about your post on hiring juniors.\n\nYou say you don't ask "
                   "for a design exercise. How do you judge problem-solving without one? I run a team of 12 at a "
                   "logistics company and we use a take-home task (4 hours, paid €150), and I honestly can't tell "
                   "if we're being unfair or just thorough. Our best hire last year nearly dropped out at the "
                   "exercise stage because she has two kids.\n\nWhat do you do instead, concretely, in the "
                   "interview?\n\n<<full>>\nHead of Design, Rota Logística"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "stop putting 'founder' in your bio when you have 6 employees. it's a studio. you're a studio "
                   "owner. the word means nothing anymore"),
    ]),
    T(F, p="li", hl="Hospital Administrator (retired)", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI spent thirty-two years in hospital administration in Lisbon and Faro, and my "
                   "daughter sent me the recording of your talk about night shifts. I would like to add a small "
                   "piece of history you may find useful.\n\nIn the 1990s, our nurses kept a paper 'night book' at "
                   "each ward station: one line per patient, written by hand, read aloud at handover. When the "
                   "computer systems arrived, the book was abolished because the information was 'in the system'. "
                   "The handovers became longer and worse. Nobody asked why the book had worked.\n\nI suspect it "
                   "was because the book held only what the night nurse thought mattered, and nothing else. You may "
                   "already know this. If not, I hope it is useful.\n\nWith my best wishes for your work,\n"
                   "<<full>>"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "your 'ask me anything' thread last week: you never answered my question about equity for early "
                   "employees in a studio. still curious!"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "I use Plotline every day and I read your blog, so: the blog's dark mode is lovely and Plotline "
                   "still doesn't have one. The cobbler's children have no shoes 😄"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi, I'm the person in the green jacket who asked about accessibility budgets at your talk. You "
                   "said 'bundle it into every estimate, never a separate line'. I tried it on a proposal yesterday "
                   "and it went through without discussion. First time ever. Thank you."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hot take: your crits post is good but 'no laptops in crits' is ableist for people who take notes "
                   "on devices. would be good to reconsider that line"),
        ("me", "2h", "You're right. I'll change it to 'no Slack during crits', which is what I actually meant."),
        ("g", "5m", "appreciate that a lot 🙏"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Mr. Reyes — I'm a reader in Montreal. Your post on designing forms for older people finally "
                   "convinced my team to drop the 'date of birth' dropdowns. My 77-year-old father filled in our "
                   "form unaided for the first time. Small thing, big day."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "What a load of rubbish your post on 'calm software' is. My job is to make people use the app "
                   "more, and so is yours, whether you admit it or not."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, attended your workshop at the design week. The exercise where we rewrote a feature "
                   "request as a problem statement was brilliant. Any chance you'd share the worksheet? I'd love "
                   "to run it with my team (credited, of course)."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "good talk today. your slide 14 had a pie chart with 7 slices though. you of all people 😂"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Dear Jordan, I'm a first-year design student and I just want to say your post on the six-person "
                   "studio is the first thing I've read that made me think I could have a career without moving "
                   "to London or Berlin. That's all. Thank you for writing it."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Honest feedback from someone who was in row 3: the talk content was great, the delivery was "
                   "rushed. You skipped the part on research with nurses which was the part I came for. Would love "
                   "a blog post on it."),
    ]),
]


# ---------------------------------------------------------------------------------------------------------------
# g_business_ask: vendors, partners, officials, executives needing something specific from Jordan (not selling).
# ---------------------------------------------------------------------------------------------------------------
F = "g_business_ask"
BUSINESS = [
    T(F, p="li", steps=[
        ("g", "0", "Jordan, the lease renewal needs your signature by Friday. I sent it to the studio email this "
                   "morning.\n\n<<first>>, Lemos Imobiliária"),
    ]),
    T(F, p="li", hl="Programme Chair, Frontline UX 2027", steps=[
        ("g", "0", "Dear Jordan,\n\nOn behalf of the programme committee, I'd like to invite you to give the closing "
                   "keynote at Frontline UX 2027 in Berlin on 14 May. Your 2026 talk, 'Designing for the 3am nurse', "
                   "was the highest-rated session in our history, and more than a few attendees asked us to bring "
                   "you back for the longer format.\n\nThe keynote is 40 minutes plus 10 of questions. We cover "
                   "travel and two nights' accommodation, and offer a €2,500 fee. We'd be happy for the talk to "
                   "build on last year's, for instance what changed once the screens went live.\n\nCould you let us "
                   "know by 20 December whether you're able to accept? I'm glad to answer any questions in the "
                   "meantime.\n\nWarm regards,\n<<full>>\nProgramme Chair, Frontline UX"),
    ]),
    T(F, p="li", hl="Procurement at Kestrel Health", steps=[
        ("g", "0", "Hello from Kestrel's procurement team. Your consulting agreement renews on 1 January and "
                   "legal needs the updated supplier declaration signed before we can raise the Q1 purchase "
                   "order. It's a two-page form, I can send it here or by email, whichever you prefer."),
    ]),
    T(F, p="any", sender="account:Interface Lisboa", steps=[
        ("g", "0", "Hi Jordan! It's the Interface Lisboa programme team. We're putting together the 2027 edition "
                   "and we'd love you to host the 'small teams' track: introduce four speakers and run the panel "
                   "at the end. We thought of you because of the six-person studio essay, which half our "
                   "committee has quoted at us this year. It's on 22 April, a half day, and hosts get a full pass "
                   "plus two for their team. Could you tell us by mid-December if you're in? Happy to hop on a "
                   "call if you have questions."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan,\n\nI'm the partner at Atelier Vau who asked Helena about a joint bid. The Lisbon "
                   "council tender for the citizen services app closes on 19 December. Our proposal:\n- Atelier "
                   "Vau leads engineering, Fieldnote leads research and design\n- roughly 40/60 split of the "
                   "design-phase budget\n- we handle the consortium paperwork and the bank guarantee\n\nI need a "
                   "yes or no from you by Monday. Can we speak tomorrow?\n\n<<full>>\nPartner, Atelier Vau\n+351 "
                   "918 300 225"),
    ]),
    T(F, p="li", hl="President at Associação Portuguesa de Designers de Produto", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am writing on behalf of the board of the Associação Portuguesa de Designers "
                   "de Produto. At our general assembly in March we will elect three new members of the ethics and "
                   "professional practice committee, which advises on disputes between designers and clients and "
                   "on fair contract standards.\n\nSeveral members proposed your name, citing your public writing on "
                   "spec work and on paying interns, and the board would be honoured if you agreed to stand. The "
                   "committee meets six times a year, two of them in person, and the mandate is three years.\n\n"
                   "Would you be willing to accept the nomination? I would be glad to meet and explain what the "
                   "work involves before you decide.\n\nWith my best regards,\n<<full>>\nPresident"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hi Jordan, Traço Aberto's grant report to the Fundação Alvor is due on 31 December and I need "
                   "the board chair's signature plus one board member's. Helena is travelling. Can you co-sign? "
                   "Ten minutes at the office or I can bring it to the studio."),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Organiser of the Valencia product meetup here. Would you do a 20 min remote talk in February "
                   "on the Plotline beta? We saw your '100 users' post and that's exactly the talk we want. No "
                   "budget, sadly, but a very nice crowd"),
    ]),
    T(F, p="li", hl="Relationship Manager at Banco Atlântico", steps=[
        ("g", "0", "Good morning Jordan.\n\nAs part of the annual review of Fieldnote Studio's business account, "
                   "we need an updated declaration of beneficial ownership. You can sign it at the Anjos branch "
                   "or through the app (Documents > Pending).\n\nThe deadline is 15 December, after which "
                   "outgoing transfers may be limited until the declaration is received. Nothing else is needed "
                   "from you, and this is not linked to any product or offer.\n\nKind "
                   "regards,\n<<full>>\nRelationship Manager, Business Banking\nBanco Atlântico, Anjos "
                   "branch\n+351 218 130 662"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, question from Kestrel's CFO office: the board approved the design budget for 2027 but "
                   "asked who signs off on external research spend. Is it you, or Hugo as Head of Product? We need "
                   "one name in the delegation matrix by Thursday."),
    ]),
    T(F, p="li", hl="Head of Partnerships at Canvasly", steps=[
        ("g", "0", "Hi Jordan,\n\nI handle non-profit programmes at Canvasly. Traço Aberto has had our free education "
                   "licence (40 seats) since 2023, and you're listed as the account owner.\n\nOur non-profit terms "
                   "changed this year and we need two things to keep the licence running in 2027:\n\n1. A current "
                   "proof of non-profit status (the registration certificate is fine).\n2. Confirmation of who the "
                   "account owner should be; if it's no longer you, we can transfer it.\n\nThere's no cost and no "
                   "change to the seats. If we don't hear back by 31 January the licence reverts to the free tier, "
                   "which would lock the workshop files. Sorry for the admin.\n\nBest,\n<<full>>"),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Dear Jordan, I'm the curator at Museu das Marés. We'd like to exhibit 12 of the children's "
                   "projects from Traço Aberto's 2026 workshops in our education gallery from March to June. As a "
                   "board member, could you confirm the association agrees in principle? Parents' consent would be "
                   "handled by the schools."),
    ]),
    T(F, p="any", steps=[
        ("g", "0", "Jordan, it's <<first>> from Estúdio Paralelo (we share the floor). The building admin wants "
                   "both studios to agree on splitting the cost of the new intercom, €1,100. Are you ok with "
                   "50/50? They need an answer this week."),
    ]),
    T(F, p="li", hl="Awards Coordinator at Design Week Lisboa", steps=[
        ("g", "0", "Hello Jordan,\n\nWe're assembling the jury for the Design Week Lisboa student awards: digital "
                   "category, 60 entries, judging in the last week of February.\n\nYour name came up unanimously "
                   "in the committee because of your work with Traço Aberto and the way you write about juniors. "
                   "The commitment is about 8 hours of online review plus one in-person session on 27 February, "
                   "followed by the ceremony on 6 March, where each juror presents one prize.\n\nThere's a €400 "
                   "honorarium. Would you be willing?\n\n<<full>>\nAwards Coordinator, Design Week Lisboa"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Subject: External examiner — MA Interaction Design\n\nDear Mr. Reyes,\n\nThe Escola de Design do "
                   "Tejo would like to invite you to serve as external examiner for two master's dissertations in "
                   "Interaction Design, both on health-related topics, to be defended on 24 and 25 February.\n\n"
                   "Your role would be to read the dissertations (each around 80 pages), submit a short written "
                   "report, and take part in the public defence as the arguing member of the jury. The school pays "
                   "an examiner's fee of €250 per dissertation.\n\nWe are inviting you because one dissertation "
                   "draws directly on your published work on medication interfaces, and the candidate's supervisor "
                   "felt an examiner with practical experience in the area was essential.\n\nWe would be grateful "
                   "for your reply by 10 January.\n\nYours sincerely,\n<<full>>\nCoordinator, MA Interaction "
                   "Design"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hey! we run the plotline-to-notion sync plugin (community, unofficial). your API rate limit "
                   "changed yesterday and broke us for ~300 users. could you tell us the new limit, or whitelist our "
                   "app key? not trying to sell anything, just want it to work"),
    ]),
    T(F, p="li", hl="Insurance Broker at Mútua Sul", steps=[
        ("g", "0", "Hi Jordan, about the water damage claim for the studio: the insurer needs photos of the damaged "
                   "equipment and the purchase invoices for the two monitors before they'll release payment. Could "
                   "you send them to me by Wednesday? I'll submit everything together."),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Jordan, I'm the COO of Oddbird Health. Priya told me you've agreed to the January discovery. "
                   "Our legal team needs a signed mutual NDA before we share patient data flows. Do you have a "
                   "standard one, or shall I send ours?"),
    ]),
    T(F, p="li", hl="Chief of Staff, Secretaria de Estado da Saúde Digital", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThe Secretary of State for Digital Health is convening a closed roundtable on "
                   "the usability of clinical software in public hospitals on 16 January in Lisbon. Twelve "
                   "participants are invited: hospital administrators, nurses' and doctors' representatives, two "
                   "software suppliers and two designers.\n\nThe Secretary asked that you be invited specifically, "
                   "following the public discussion of the Kestrel Health medication screens and your talk on "
                   "night-shift design. You would be asked to speak for five minutes on what makes clinical "
                   "software usable at night, and then take part in the discussion.\n\nThe session is held under "
                   "the Chatham House rule. I would be grateful if you could confirm your attendance by 5 January."
                   "\n\nYours sincerely,\n<<full>>\nChief of Staff"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Quokka Meetups here. Plotline is sponsoring the December meetup (thank you!). I need your "
                   "logo in SVG and a decision: do you want a 2-minute slot to talk about Plotline, or just the "
                   "logo on the screen?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Notary's office here. The studio's change-of-address deed is ready; please come in person "
                   "with your Cartão de Cidadão. Tuesday 10:00 or Thursday 15:30?"),
    ]),
    T(F, p="li", hl="Board Chair at Fundação Casa Aberta", steps=[
        ("g", "0", "Jordan,\n\nI chair the board of Fundação Casa Aberta, which runs eleven supported-housing homes for "
                   "adults with intellectual disabilities across the Lisbon region. We have one vacancy on our board "
                   "of trustees and we've decided, for the first time, to fill it with a designer.\n\nThe reason is "
                   "practical. Over the next three years we will replace all of our paper processes (medication, "
                   "family communication, rotas) with digital ones, and we are worried that we will buy software "
                   "our residents and carers can't use. Your work at Kestrel and Traço Aberto suggests you would "
                   "ask the right questions.\n\nTrustees meet quarterly, unpaid, with occasional extra "
                   "sessions during the procurement. I know you already serve on one board. If two is too many, "
                   "I'd be grateful for a recommendation.\n\nKind regards,\n<<full>>\nBoard Chair"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Jordan, can we use the Plotline logo on our 'tools we use' page? It's a nice mention, just need "
                   "your ok"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I'm a partner at Moura Ventures, the lead investor in Oddbird Health. Priya mentioned "
                   "your discovery sprint in January. Our board meets on 28 January and we'd like 15 minutes from "
                   "you on what you found, even if it's preliminary. Would that work for you, and would you need "
                   "to bill it separately?"),
    ]),
    T(F, p="li", hl="Accounts Payable at Meridian Bank", steps=[
        ("g", "0", "Dear Fieldnote Studio,\n\nWe received your invoice FN-2026-101 for the accessibility review. "
                   "Before we can process it, our system needs your supplier registration: IBAN confirmation on "
                   "company letterhead and the certificate of no tax debt. Please send them via our supplier "
                   "portal or reply here and I'll give you an email address.\n\nPayment is then made within 30 "
                   "days of registration. I'm sorry this wasn't flagged when the purchase order was raised; it "
                   "should have been.\n\nKind regards,\n<<full>>\nAccounts Payable, Meridian Bank\n+351 210 443 "
                   "100"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "The print run for the Traço Aberto annual report: 500 or 800 copies? The difference is €240. "
                   "Helena said it's your call as treasurer."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello Jordan, I'm organising the Women in Product Lisbon breakfast on 30 January. We'd like a male "
                   "ally voice on the panel on hiring juniors, and several members mentioned the way you publish "
                   "your salary bands. Would you join? 45 minutes, 8:30am, in Chiado."),
    ]),
    T(F, p="li", hl="Director of Patient Experience at Hospital São Brás", steps=[
        ("g", "0", "Dear Jordan,\n\nOur hospital will pilot Kestrel's medication screens on two wards from 20 "
                   "January. Our clinical governance committee has asked for a meeting with the design lead before "
                   "go-live, specifically to review the refused-dose flow and how alerts are escalated at night.\n\n"
                   "Would you be available for 90 minutes in the week of 12 January? The meeting would include our "
                   "chief nurse, the pharmacy lead and two ward sisters. We can host you in Setúbal or join by "
                   "video.\n\nKind regards,\n<<full>>\nDirector of Patient Experience"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "hi, I maintain the 'plotline' package name on npm (an old abandoned charting lib of mine). saw "
                   "you're publishing an SDK. if you want the name, I'll transfer it, just need your npm username"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, <<first>> from the Kestrel design team. I'm organising the January all-hands and the "
                   "CEO wants you to present the design principles for 10 minutes. Can you confirm by Friday so I "
                   "can lock the agenda?"),
    ]),
    T(F, p="li", hl="Editor at Livros Horizonte", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm an editor at Livros Horizonte, a small publisher in Lisbon. We are preparing "
                   "an anthology of essays on work and craft by Portuguese and Lisbon-based writers, and we would "
                   "like to include your essay 'The six-person studio', translated into Portuguese.\n\nWe would "
                   "need your written permission, and we would pay a fee of €300 plus two copies. You'd have the "
                   "chance to review the translation before printing. The book is scheduled for the Feira do "
                   "Livro in May.\n\nWould you agree? If so, I'll send a short contract.\n\nBest wishes,\n<<full>>"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan — I'm the new data protection officer at Kestrel. I need you to complete the annual "
                   "data access review for the design team's Figma and research repository. 6 questions, 10 "
                   "minutes. Due 19 December."),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, <<first>> from Wayfarer again. You said at coffee you'd think about the shared-office "
                   "idea for the agency folks when they're in Lisbon. The landlord needs an answer by the 10th on "
                   "whether we take the extra room. Are you in for 2 desks or out?"),
    ]),
    T(F, p="any", sender="account:Câmara Municipal — Licenciamento", steps=[
        ("g", "0", "Exmo. Sr. Jordan Reyes, regarding request no. 2026/LIC/8812 (signage on the façade of Rua dos "
                   "Anjos 48): the technical team requires a dimensioned drawing of the sign and a photograph of "
                   "the current façade. Please submit within 10 working days through the online portal, quoting "
                   "the request number."),
    ]),
    T(F, p="li", conn="recent", steps=[
        ("g", "0", "Hi Jordan, I coordinate the Health Design Standards working group at the European Design "
                   "Network. We're drafting guidance on medication interfaces and we'd like you on the working "
                   "group: four online sessions between February and June, plus comments on drafts. Interested?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Jordan, I'm the owner of the café downstairs. We want to put two tables on the pavement in front "
                   "of your studio door in the summer. The council asks for the neighbour's written consent. Would "
                   "you sign? I'll make sure the door stays clear."),
    ]),
    T(F, p="li", hl="Conference Producer at HealthTech Iberia", steps=[
        ("g", "0", "Dear Jordan,\n\nI'm producing the design stage at HealthTech Iberia (Madrid, 7–8 May). I'd "
                   "like to invite you for a 25-minute talk on designing with nurses, following your Berlin talk "
                   "which our head of content saw. The audience is mostly product and clinical leads from "
                   "hospitals in Spain and Portugal.\n\nWe cover travel and hotel, no speaker fee I'm afraid. "
                   "Could you let me know by the end of January?\n\nBest,\n<<full>>\nConference Producer, "
                   "HealthTech Iberia"),
    ]),
    T(F, p="x", steps=[
        ("g", "0", "Jordan, I'm the translator doing the Portuguese subtitles for your Frontline talk. Two terms I "
                   "need your decision on: 'handover' (passagem de turno or handover?) and 'alarm fatigue'. Want me "
                   "to keep English?"),
    ]),
    T(F, p="li", steps=[
        ("g", "0", "Hello Jordan. I'm the head of IT at Clínica Vale Formoso. To connect the new payment provider to "
                   "the website your studio built, I need admin access to the CMS and the DNS. Can you authorise "
                   "it, or tell me who at Fieldnote can?"),
    ]),
]



# ---------------------------------------------------------------------------------------------------------------
# More of each family (short notes, long e-mail-like letters, recent connections, partial histories).
# ---------------------------------------------------------------------------------------------------------------
INTRO += [
    T("g_intro", p="li", conn="recent", steps=[
        ("g", "0", "Thanks for connecting! Filipa said you need Portuguese-speaking testers for the Kestrel app. I'm "
                   "a retired nurse, happy to help."),
    ]),
    T("g_intro", p="x", steps=[
        ("g", "0", "Rui told me to say hi, we're neighbours now (Atelier 3B, same floor as you)!"),
    ]),
    T("g_intro", p="li", steps=[
        ("g", "0", "---------- Forwarded message ----------\nFrom: Helena Duarte\nSubject: Someone you should "
                   "meet\n\n\"Jordan, <<first>> runs the makerspace at the Alcântara library and has been "
                   "teaching kids to build simple apps on Saturdays. He needs a designer for one session a month. "
                   "I thought of Traço Aberto and of you. <<first>>, over to you.\"\n\n----------\n\nHi Jordan, "
                   "<<first>> here. Helena's email bounced from your studio address, so I'm forwarding it here. "
                   "The Saturday group is 12 kids aged 10 to 14. They can make things work but nothing they make "
                   "is usable by anyone but themselves, which is honestly the best problem to have. One Saturday "
                   "morning a month, starting in February, if you or someone from Traço Aberto could do it. I "
                   "can't pay, but the library has very good coffee.\n\n<<full>>\nMakerspace coordinator"),
    ]),
    T("g_intro", p="li", conn="recent", steps=[
        ("g", "0", "Jordan, thanks for accepting. As promised at the Kestrel offsite: this is Leonor Prates, the "
                   "pharmacist I mentioned who redesigned the paper dose charts at her hospital. Leonor, Jordan."),
        ("g", "3m", "(LinkedIn won't let me add her to this chat, so I'll send her your profile now 😅)"),
    ]),
    T("g_intro", p="li", history="partial", steps=[
        ("me", "0", "Of course, Dana mentioned you. What's the timeline?"),
        ("g", "2h", "End of January for the first release. Dana said you'd be honest if that's silly."),
    ]),
]

RECRUITER += [
    T("g_recruiter_role", p="li", steps=[
        ("g", "0", "Founding designer at Cumeada (hiking maps, Lisbon, 4 of us). Your map legibility talk at the "
                   "meetup is why. Want the details?"),
    ]),
    T("g_recruiter_role", p="li", hl="Dean, School of Design at Universidade Atlântica", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nThe School of Design at Universidade Atlântica is opening a position of "
                   "Assistant Professor in Interaction Design, with a focus on health and public services. It is a "
                   "full-time, permanent post in Lisbon, with a reduced teaching load in the first two years so "
                   "that the holder can set up a small research studio. The salary follows the national scale for "
                   "the category (about €3,600 gross monthly, 14 payments).\n\nI am writing to you personally "
                   "because our faculty board discussed what kind of profile we want, and your combination of "
                   "practice, teaching at workshops and published writing was used, more than once, as the example. "
                   "A doctorate is not required at application for candidates with exceptional professional "
                   "experience.\n\nThe call opens on 8 January. I would be glad to talk about it, or simply to hear "
                   "whom you would recommend.\n\nWith kind regards,\n<<full>>\nDean, School of Design"),
    ]),
    T("g_recruiter_role", p="x", steps=[
        ("g", "0", "we need a design lead for 6 months at Sargo (fisheries traceability). remote, €7k/mo. you came up "
                   "because of Plotline. yes/no/maybe?"),
    ]),
    T("g_recruiter_role", p="li", conn="recent", hl="Recruiter at Doca Health", steps=[
        ("g", "0", "Thanks for accepting, Jordan. One role: Lead Product Designer at Doca Health (Lisbon, €80–90k), "
                   "hiring manager asked for you after your intake redesign talk."),
    ]),
]

REQUEST += [
    T("g_request", p="x", steps=[
        ("g", "0", "Jordan, journalist at Linha Tech. One quote on the Plotline pricing backlash? Deadline 5pm, two "
                   "lines is enough."),
    ]),
    T("g_request", p="li", steps=[
        ("g", "0", "Mind if I translate your crits post into Polish for my team's blog? I'll link the original."),
    ]),
    T("g_request", p="li", steps=[
        ("g", "0", "Could you be a reference for Duarte Neves? He lists you from the Cascais recycling project. Two "
                   "questions, email ok?"),
    ]),
    T("g_request", p="x", steps=[
        ("g", "0", "podcast ask: 30 min on fractional design leadership, recorded in January? we're small (Lisbon "
                   "Product Talk, 900 listeners)"),
    ]),
    T("g_request", p="li", hl="Senior Researcher, Centro de Investigação em Saúde Digital", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI lead a study at the Centro de Investigação em Saúde Digital on how public "
                   "hospitals choose clinical software, and in particular how much weight usability carries in "
                   "procurement decisions. Our preliminary results suggest that it carries almost none, and that the "
                   "people who use the software at night are rarely consulted.\n\nWe are interviewing a small number "
                   "of designers who work on the supplier side. Given your role at Kestrel Health and your public "
                   "talk on night-shift design, your perspective would be especially valuable. The interview takes "
                   "about 50 minutes, can be held in Portuguese or English, and your name will not appear in any "
                   "publication unless you ask us to credit you.\n\nWould you be willing to take part between 12 "
                   "January and 6 February? I would be happy to send the information sheet first.\n\nYours "
                   "sincerely,\n<<full>>\nSenior Researcher\n+351 217 515 330"),
    ]),
    T("g_request", p="li", steps=[
        ("g", "0", "Subject: Reference request — Maria Ilha (internship 2025)\n\nDear Jordan Reyes,\n\nMaria Ilha has "
                   "applied for a graduate position in the design unit of the Instituto dos Registos Digitais, and "
                   "has named you as a referee for her internship at Fieldnote Studio (March–June 2025).\n\nAs part "
                   "of our public recruitment procedure, we ask referees to confirm the dates of the internship and "
                   "to comment briefly on the candidate's reliability, teamwork and written communication. A reply "
                   "to this message is sufficient; no form is required.\n\nWe would be grateful for your reply by "
                   "12 December.\n\nKind regards,\n<<full>>\nRecruitment Unit\nInstituto dos Registos Digitais"),
    ]),
]

APPLICANT += [
    T("g_applicant", p="li", steps=[
        ("g", "0", "Jordan do you hire remote juniors? I'm in Luanda"),
    ]),
    T("g_applicant", p="x", steps=[
        ("g", "0", "is the internship paid? couldn't find it in the post"),
        ("me", "1h", "Yes, €900/month, 4 days a week."),
        ("g", "2m", "oh nice, applying 👍"),
    ]),
    T("g_applicant", p="li", steps=[
        ("g", "0", "applied! (the one with the bus timetable case study). just so you know there's a person behind "
                   "the pdf 🙂"),
    ]),
    T("g_applicant", p="li", conn="recent", steps=[
        ("g", "0", "Thanks for accepting my request. Would you have 15 minutes for career advice? 3rd year student, "
                   "stuck between UX and motion."),
    ]),
    T("g_applicant", p="li", hl="Product Designer", steps=[
        ("g", "0", "Dear Jordan,\n\nI was a design lead at a logistics software company in Kharkiv until 2022, when "
                   "I left Ukraine with my two children. We have lived in Lisbon since last year, and I have "
                   "temporary protection and the right to work.\n\nI have eight years of experience, mostly with "
                   "complex B2B tools for dispatchers and warehouse staff. My difficulty is that Portuguese companies "
                   "do not know my previous employers, and I have no one here who can vouch for my work.\n\nI am not "
                   "asking for a job at Fieldnote, I know the studio is small. I would be very grateful if you could "
                   "look at my portfolio and tell me honestly if it shows what a Lisbon employer needs to see, or if "
                   "I should present it differently. Even 15 minutes would help.\n\nThank you,\n<<full>>\n<<site>>"),
    ]),
    T("g_applicant", p="li", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI am a fourth-year student of Communication Design at the Akademie Rheinland "
                   "in Cologne, and I will spend my Erasmus+ internship semester in Lisbon from March to July. The "
                   "programme requires a host organisation that can offer structured supervision and sign the "
                   "learning agreement; the grant covers my living costs, so the internship would not need to be "
                   "paid.\n\nI have followed Fieldnote Studio since your talk at a student event in Düsseldorf last "
                   "year, especially the part about designing for tired people. My portfolio includes a wayfinding "
                   "project for a hospital outpatient department and two small app prototypes.\n\nWould the studio "
                   "consider hosting me? I attach my CV and portfolio.\n\nKind regards,\n<<full>>\n\n- "
                   "CV_portfolio_<<first>>.pdf"),
    ]),
]

CUSTOMER += [
    T("g_customer", p="x", steps=[
        ("g", "0", "plotline logs me out every 5 min on safari. annoying"),
    ]),
    T("g_customer", p="li", steps=[
        ("g", "0", "Can your invoices include our PO number? Finance won't pay without it."),
    ]),
    T("g_customer", p="x", steps=[
        ("g", "0", "changed my mind about cancelling lol. can you undo it? workspace 'lumen-ops'"),
    ]),
    T("g_customer", p="li", history="partial", steps=[
        ("g", "0", "ok the import worked, thanks. one more thing: the dates came in as US format"),
        ("me", "20m", "Ah, that's the CSV locale. Re-import with 'day first' ticked under Advanced?"),
        ("g", "10m", "perfect 🙏"),
    ]),
    T("g_customer", p="li", hl="Managing Director at Vinhos Serra Alta", steps=[
        ("g", "0", "Subject: Delay on the e-shop redesign — formal complaint\n\nDear Mr. Reyes,\n\nI am writing to "
                   "express my disappointment with the progress of the e-shop redesign that Fieldnote Studio is "
                   "carrying out for Vinhos Serra Alta.\n\nThe agreed plan had the final designs delivered on 14 "
                   "November, so that our developer could build the shop before the Christmas season, which is 40% "
                   "of our online sales. As of today we have received the product page and the basket, but not the "
                   "checkout or the account area, and we have had no explanation for the delay.\n\nI would like to "
                   "know by Friday a firm date for the remaining screens and what Fieldnote proposes to compensate "
                   "for the lost weeks. I value the quality of the work so far, which is why I would prefer to "
                   "resolve this directly with you.\n\nYours sincerely,\n<<full>>\nManaging Director\n\n- "
                   "project_plan_signed_sept.pdf"),
    ]),
]

SUPPORT += [
    T("g_personal_support", p="x", steps=[
        ("g", "0", "saw the photos of the studio flood. hope nobody's laptop drowned ❤️"),
    ]),
    T("g_personal_support", p="li", steps=[
        ("g", "0", "Jordan, sorry I was rude in the Q&A on Thursday. Long week. Your answer was fair."),
    ]),
    T("g_personal_support", p="li", steps=[
        ("g", "0", "paid the invoice today, sorry it took three months. thank you for not chasing me harder than you "
                   "did"),
    ]),
    T("g_personal_support", p="li", steps=[
        ("g", "0", "Your father sounds like he was a wonderful man. Sending strength from Porto."),
    ]),
    T("g_personal_support", p="any", steps=[
        ("g", "0", "Dear Jordan,\n\nMy name is <<full>>, I am 74 and I do not usually write to people I don't know "
                   "on the computer. My neighbour's son showed me what you wrote about your father and the "
                   "electricity bills.\n\nMy husband died in April. He was a draughtsman at the Almada shipyards for "
                   "thirty years and he also drew on anything that was in front of him: napkins, envelopes, the "
                   "margins of the newspaper. I kept a box of them and I did not know why until I read your "
                   "message. I think you should keep your father's drawings too, even the ones that seem like "
                   "nothing now.\n\nI am sorry for your loss. It becomes lighter, although it does not go away.\n\n"
                   "With affection,\n<<first>>"),
    ]),
    T("g_personal_support", p="li", steps=[
        ("g", "0", "Hi Jordan,\n\nYou won't know my name, but in 2023 you stood up for me in a Brightwell design "
                   "review when a director tore apart my first project in front of twenty people. You said the "
                   "problem was the brief, not the designer, and then you spent an hour with me afterwards fixing "
                   "the brief.\n\nI left design for a while after that year. I came back this autumn and I've just "
                   "been made lead on my team. I've been thinking about that review all week, because now I'm the "
                   "one in the room who can say it.\n\nI never thanked you properly. Thank you.\n\n<<first>>"),
    ]),
]

STRANGER += [
    T("g_stranger_note", p="x", steps=[
        ("g", "0", "plotline's changelog is the only one I actually read. the little drawings 👌"),
    ]),
    T("g_stranger_note", p="li", steps=[
        ("g", "0", "Is 'The six-person studio' available as a PDF? I want to print it for my business partner."),
    ]),
    T("g_stranger_note", p="x", steps=[
        ("g", "0", "why do you never reply to comments? asked twice about the crits template"),
    ]),
    T("g_stranger_note", p="li", conn="recent", steps=[
        ("g", "0", "Thanks for accepting. No ask, just wanted to say the Berlin talk changed how our ward thinks "
                   "about the night screens."),
    ]),
    T("g_stranger_note", p="li", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nI read your interview in the Saturday supplement, in which you said that "
                   "software should be designed 'for the most tired person who will use it'. I am a retired "
                   "railway signalman, 79 years old, and I wanted to tell you that this was the first rule of our "
                   "signal boxes, although nobody wrote it down.\n\nThe levers were painted in colours a man could "
                   "tell apart at four in the morning with a headache, and every new lever frame was tested by the "
                   "oldest signalman on the line, not the youngest. When the new computer panels came in the "
                   "1990s, the engineers tested them with each other.\n\nI thought you might enjoy knowing that the "
                   "idea is older than computers. I wish you good luck with your work.\n\nYours sincerely,\n"
                   "<<full>>"),
    ]),
]

BUSINESS += [
    T("g_business_ask", p="li", steps=[
        ("g", "0", "Jordan, the auditor needs Traço Aberto's bank statements signed by two board members by 20 Dec. "
                   "Can you sign Monday?"),
    ]),
    T("g_business_ask", p="li", steps=[
        ("g", "0", "Kestrel IT here. Your laptop is due for the security update, can you leave it at reception on "
                   "Thursday?"),
    ]),
    T("g_business_ask", p="any", sender="account:Interface Lisboa", steps=[
        ("g", "0", "Jordan, we need a yes/no on the Plotline community table by Friday, the floor plan closes then."),
    ]),
    T("g_business_ask", p="li", steps=[
        ("g", "0", "Can you confirm the studio's NIF for the Oddbird contract? Legal needs it today."),
    ]),
    T("g_business_ask", p="li", hl="Vereadora, Inovação e Serviços Digitais", steps=[
        ("g", "0", "Dear Jordan Reyes,\n\nThe city council is creating a Citizen Services Advisory Panel to review "
                   "every new digital service before it is launched: permits, social support applications, school "
                   "enrolment and the new appointments app. The panel will have seven members: three residents "
                   "chosen by lot, two specialists in accessibility, and two practising designers.\n\nI would like "
                   "to invite you to be one of the two designers. Your work with Traço Aberto in the city's schools "
                   "and your public writing on forms for older people are the reasons for this invitation. The "
                   "panel meets once a month, in the evening, at the Paços do Concelho, and members receive an "
                   "attendance allowance of €120 per session.\n\nMy office will send the formal invitation by post. "
                   "I wanted to ask you personally first whether you would be willing.\n\nWith my best regards,\n"
                   "<<full>>\nCouncillor for Innovation and Digital Services"),
    ]),
    T("g_business_ask", p="li", hl="CEO at Kestrel Health", steps=[
        ("g", "0", "Jordan,\n\nWe haven't spoken directly since you started, which is my fault. The board has asked "
                   "for a session on clinical safety in our product in February, after the newspaper piece, and I'd "
                   "like you to present the design side: what we changed in the medication screens, what we "
                   "measured, and what we'd still change with more time.\n\n20 minutes plus questions, on 11 "
                   "February, Lisbon. Hugo will join. Can you confirm, and tell me if you need extra days from the "
                   "studio budget to prepare?\n\nThanks,\n<<first>>"),
    ]),
]

STRANGER += [
    T("g_stranger_note", p="li", steps=[
        ("g", "0", "Jordan,\n\nI've read your blog for two years and I've agreed with almost everything, so I feel I've "
                   "earned one long disagreement.\n\nIn 'Roadmaps without dates' you argue that dates on a roadmap "
                   "are promises nobody can keep, and that 'now / next / later' is more honest. I run product for a "
                   "company that sells to hospitals. When a hospital buys our software, they plan a whole "
                   "year of training, staffing and budget around when a feature arrives. 'Later' is not honest to "
                   "them; it's unusable. They don't need precision, they need a quarter and a confidence level.\n\n"
                   "What we ended up doing is closer to a weather forecast: each item has a quarter and a "
                   "percentage ('Q2, 70%'), and the percentage is updated monthly. Customers trust it more than "
                   "either dates or your jars, because when we miss, they saw it coming.\n\nI'm not saying your "
                   "approach is wrong for Plotline's users. I'm saying the post presents it as universal, and "
                   "people in regulated industries are going to follow it and get hurt. A paragraph on who it's "
                   "NOT for would make it a much better post.\n\nThanks for writing in public; it's how I learned "
                   "half of what I know about this job.\n\n<<full>>\nVP Product, Meridia Clinical Systems"),
    ]),
    T("g_stranger_note", p="any", steps=[
        ("g", "0", "Dear Mr. Reyes,\n\nMy daughter printed your article about designing for older people and "
                   "brought it to me, because she says I complain about my telephone more than anyone she knows. "
                   "She is right, and so I will complain to you, since you seem to be listening.\n\nI am 86. I can "
                   "still read a newspaper without help, walk to the market and do my accounts. But every month "
                   "some application on my telephone changes where the buttons are, and for two weeks I feel that "
                   "I have become stupid. Then I learn it again, and it changes again. My bank did this in March, "
                   "the pharmacy in June, and the health centre in October.\n\nYour article talks about large "
                   "letters and clear words, which is very good. But nobody talks about leaving things where they "
                   "are. A kitchen where someone moves the spoons every month is not a good kitchen, however "
                   "beautiful the spoons are.\n\nPlease tell the young designers this from an old lady.\n\nWith "
                   "my best regards,\n<<full>>"),
    ]),
]

REQUEST += [
    T("g_request", p="li", conn="recent", hl="Assistant Professor, Health Informatics", steps=[
        ("g", "0", "Dear Jordan,\n\nThank you for accepting my connection request. I'm writing with a specific "
                   "and somewhat unusual request, so I'll set out the context first.\n\nI teach a course on "
                   "clinical information systems to nursing and medicine students at the Escola Superior de Saúde "
                   "do Tejo. Every year the students do a small project: they pick one screen from a real clinical "
                   "system, observe it in use for a week in their placement ward, and propose a redesign. The "
                   "proposals are often very good, and nobody outside the classroom ever sees them.\n\nThis year I "
                   "would like the final presentations (on 30 May, about 10 teams, 10 minutes each) to be heard by "
                   "someone who actually designs these systems. Your talk about night shifts is on the course "
                   "reading list, and several students asked whether we could invite you.\n\nConcretely, I'm asking "
                   "for one afternoon: listening to the presentations and giving each team two or three minutes of "
                   "feedback. The school can offer a modest honorarium of €200 and, of course, lunch. The "
                   "presentations could be in English if that is easier for you.\n\nIf the date doesn't work but "
                   "the idea does, I would be happy to find another one.\n\nWith kind regards,\n<<full>>\n"
                   "Assistant Professor\n+351 217 980 455"),
    ]),
]

APPLICANT += [
    T("g_applicant", p="li", history="partial", steps=[
        ("me", "0", "Thanks for sending it. Honest first impression: the case studies are too long. Which one are "
                    "you proudest of?"),
        ("g", "1h", "The bus timetable one, definitely. I'll cut the other two to half a page each and send it "
                    "again this weekend. Is a PDF ok or do you prefer a link?"),
    ]),
    T("g_applicant", p="li", conn="recent", steps=[
        ("g", "0", "Dear Jordan,\n\nThank you for accepting my request. I'm writing because I'm in a difficult "
                   "spot and I think you are one of very few people who might understand it.\n\nFor six years I "
                   "ran a two-person studio in Braga with my partner. We designed apps and websites for local "
                   "businesses, mostly restaurants and clinics. In September we separated, personally and "
                   "professionally; she kept the studio name and most of the clients, and I kept the debt.\n\nI'm "
                   "now 38, I have a decent portfolio, and I don't know what I am on paper. Too senior for junior "
                   "roles, not 'product' enough for product roles, and I don't have the energy to start another "
                   "studio from nothing. I've applied to eleven jobs since October and heard back from two.\n\n"
                   "I'm not asking you for a job. I'd be grateful for one honest conversation, or even one honest "
                   "message, about how someone like me should present themselves to companies in Lisbon. You've "
                   "hired people and you've run a studio, so you've seen this from both sides.\n\nI'll understand "
                   "completely if you don't have the time.\n\nThank you,\n<<full>>\n<<site>>"),
    ]),
]

CUSTOMER += [
    T("g_customer", p="li", conn="recent", hl="COO at Tremoço Delivery", steps=[
        ("g", "0", "Jordan, connecting to write to you directly because support hasn't been able to help and we "
                   "have a deadline.\n\nWe use Plotline (Team plan, 22 seats) for our product roadmap and for the "
                   "public roadmap our restaurant partners see. Since your update on Monday:\n\n1. The public "
                   "roadmap shows items we marked as internal. Two restaurant partners have already asked us about "
                   "a pricing change that was never meant to be visible. This is the serious one.\n2. Our custom "
                   "domain (roadmap.tremoco.example.pt) returns a certificate error on mobile.\n3. Item colours "
                   "reset to the default for everyone.\n\nI've unpublished the public roadmap for now, which "
                   "means 300 partners see nothing. Our quarterly partner meeting is on Thursday and I need to know "
                   "by Wednesday noon whether item 1 is fixed, or whether I should rebuild the public roadmap "
                   "somewhere else for the meeting.\n\nTicket numbers 4471 and 4479, if that helps.\n\n<<full>>\n"
                   "COO, Tremoço Delivery\n+351 927 311 050"),
        ("me", "40m", "I'm so sorry. Item 1 is a bug in the visibility migration, we're fixing it now and I'll "
                      "personally confirm before Wednesday 10am."),
        ("g", "15m", "Thank you. That's all I needed to hear. Keep me posted here please."),
    ]),
]

BUSINESS += [
    T("g_business_ask", p="li", history="partial", steps=[
        ("me", "0", "Yes, 50/50 on the intercom is fine for us."),
        ("g", "3h", "Great, thank you. The admin also asks who signs for Fieldnote, you or your partner? They want "
                    "a name on the form."),
    ]),
]

SUPPORT += [
    T("g_personal_support", p="li", history="partial", steps=[
        ("me", "0", "Of course I remember you. How are you holding up?"),
        ("g", "2h", "Better than last month. The treatment is working, they say. I mostly wanted to tell you that "
                    "the card from the studio made me laugh on a bad day."),
    ]),
]

THREADS = INTRO + RECRUITER + REQUEST + APPLICANT + CUSTOMER + SUPPORT + STRANGER + BUSINESS
