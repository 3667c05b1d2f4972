"""Hand-written genuine conversations for the inchdeep corpus (each used exactly once).

The inbox owner is Jordan Reyes: product designer, founder of Fieldnote Studio (a 6-person product design
studio in Lisbon), building a side product called Plotline (a lightweight roadmap tool, beta in October
2026), fractional Head of Design at Kestrel Health since September 2026, previously senior designer at
Brightwell. Hiring a junior product designer this autumn.

Step tuples: (who, delay_after_previous, text). who: "me" = outgoing from Jordan;
"g"/"p"/"a"/"n" = incoming labelled genuine / pitch / auto_dm / newsletter.
conn: "old" (connected months ago), "recent" (connected shortly before the first message), "none" (null).
hl: optional headline for the other party.
"""

# Owner-started threads: Jordan asks, the other side answers (genuine even with prices/links/calendars).
OWNER_STARTED = [
    dict(p="li", conn="old", hl="Co-founder at Ledgerly | bookkeeping for creative businesses", steps=[
        ("me", "0", "Hi <<first>>, a friend recommended Ledgerly for bookkeeping. Roughly what do you charge for a 6-person studio? We invoice maybe 8-10 clients a month."),
        ("g", "3h", "Hi Jordan, thanks for reaching out! For a team your size it's usually €180/month, that covers monthly reconciliation and the quarterly VAT filings. Pricing page is here if useful: ledgerly.eu/pricing"),
        ("me", "40m", "Great, does that include payroll?"),
        ("g", "1h", "Payroll is +€6 per employee per month. No setup fee. If you decide to go ahead just tell me and I'll send the onboarding form, no rush at all."),
        ("me", "2d", "Let's do it. Send the form over please."),
        ("g", "25m", "Done, it's in your email. Welcome aboard 🙂"),
    ]),
    dict(p="x", conn="old", steps=[
        ("me", "0", "what are you using for user interviews these days? our zoom + notion setup is falling apart"),
        ("g", "2h", "honestly Grain has been great for us, ~$19/mo per seat and it auto clips the highlights. grain.com. tell them I sent you lol (I get nothing)"),
        ("me", "10m", "haha thanks, will try it"),
        ("g", "5m", "also tag your clips by research question from day 1, future you will thank you"),
    ]),
    dict(p="li", conn="old", hl="Design Recruiter | Lisbon & remote", steps=[
        ("me", "0", "Hi <<first>>, I'm hiring a junior product designer for Fieldnote Studio and saw you focus on design roles in Lisbon. Do you take on small searches, just one role?"),
        ("g", "5h", "Hi Jordan, yes, we do searches from one role. Our fee is 15% of first-year salary, payable only on hire. If you'd like to walk me through the role, grab any slot here: calendly.com/<<handle>>/30min"),
        ("me", "1h", "Booked Thursday 11:00. Thanks!"),
        ("g", "2d", "Great call today Jordan. I'll send you the first 3 profiles by Monday, including the one from the Porto bootcamp I mentioned."),
    ]),
    dict(p="x", conn="none", hl="Small-batch bags made in Porto", steps=[
        ("me", "0", "hi! will the Field Tote come back in olive anytime soon?"),
        ("g", "3h", "Hey Jordan! Olive is back in stock on Oct 20 🙌 we can put one aside for you if you want. It's €64 and shipping is free over €50"),
        ("me", "20m", "yes please!!"),
        ("g", "15m", "Done ✅ we'll DM you the checkout link on the 20th"),
    ]),
    dict(p="li", conn="old", hl="Community Manager at Casa Cowork", steps=[
        ("me", "0", "Hi <<first>>, do you have desks for a team of 3 from November? Ideally fixed desks, near a window if we're lucky."),
        ("g", "4h", "Hi Jordan! Yes, we have a fixed-desk cluster for 3 on the 2nd floor, right by the big windows. It's €210 per desk per month, including 10h of meeting room credits. Want to come by for a tour? I'm here Tue-Fri 10-6, or you can pick a slot: cal.com/casa-cowork/tour"),
        ("me", "1d", "Booked Wednesday at 4. See you then"),
        ("g", "2d", "Lovely meeting you and Rui today! I've held the cluster until Monday, just let me know 🙂"),
    ]),
    dict(p="li", conn="old", hl="Photographer | portraits & teams", steps=[
        ("me", "0", "Hey <<first>>, we need new team headshots for the studio site, 6 people, something natural, not corporate. What would that cost?"),
        ("g", "1d", "Hi Jordan! For 6 people on location at your office it'd be €540, 2 edited shots per person, delivered within a week. I can do any morning in the week of Nov 9. Here are a couple of recent team shoots so you can see the style: <<site>>/teams"),
        ("me", "3h", "Love the Oakline ones. Nov 11 morning?"),
        ("g", "1h", "Nov 11, 9:30 it is. I'll bring a small light but mostly use window light. Tell people to avoid tiny stripes 😄"),
    ]),
    dict(p="li", conn="old", hl="Webflow developer (freelance)", steps=[
        ("me", "0", "Hi <<first>>! Are you taking new Webflow projects in November? It'd be the Plotline marketing site, about 6 pages, designs are ready in Figma."),
        ("g", "6h", "Hey Jordan, good timing, I have a gap from Nov 10. For 6 pages with a CMS blog I'd estimate 8-10 days, my day rate is €420. Could you share the Figma link so I can give you a firmer number?"),
        ("me", "30m", "Sent to your email. Blog is optional for v1."),
        ("g", "1d", "Looked through it. Without the blog it's 7 days, so €2,940. The scroll animation on the hero is doable but I'd do it with Lottie rather than native interactions. Let me know!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("me", "0", "Hey <<first>>! Random one: do you still have the contact of that accessibility auditor you worked with at Brightwell?"),
        ("g", "2h", "Yes!! Inês Moura, she's brilliant and very practical. inesmoura.design, say I sent you. She's usually booked 3-4 weeks out so write her soon"),
        ("me", "5m", "You're the best, thanks"),
        ("g", "1m", "anytime 🫶"),
    ]),
    dict(p="li", conn="old", hl="Organiser, UX Porto", steps=[
        ("me", "0", "Hi <<first>>, is there still room in the November UX Porto lineup? I'd love to give a short talk on onboarding checklists."),
        ("g", "1d", "Hey Jordan! November is full but December 10 has a 20-minute slot open and onboarding would fit perfectly with the other talk (on activation metrics). Want it? We cover train tickets from Lisbon."),
        ("me", "2h", "Yes please!"),
        ("g", "30m", "Amazing, I've put you down. I'll need a title and a 2-line abstract by Nov 20 🙏"),
    ]),
    dict(p="x", conn="old", steps=[
        ("me", "0", "how do you price retainers for small product teams? thinking of moving two clients off hourly"),
        ("g", "4h", "we do a monthly fee for a fixed capacity (e.g. 6 days/month) + a rollover cap of 2 days. price it around 10% below what they paid hourly on average so it feels like a win. and ALWAYS put a 3 month minimum"),
        ("g", "2m", "oh and write down what 'a day' means in the contract, we got burned on that"),
        ("me", "1h", "super helpful, thank you"),
    ]),
    dict(p="x", conn="none", hl="Support at Tabula", steps=[
        ("me", "0", "Hey, exports to PDF have been failing for me since yesterday's update, stuck at 90%. Known issue?"),
        ("g", "1h", "Hi Jordan, sorry about that! Yes, it's a known issue with files that have more than 40 pages. A fix is going out tonight. In the meantime you can export page ranges (File → Export → Range). Can you DM me your workspace name so I can confirm it's the same bug?"),
        ("me", "20m", "workspace is fieldnote-studio"),
        ("g", "15m", "Thanks! Confirmed, same bug. I'll ping you here when the fix is live."),
        ("g", "14h", "Fix is live 🎉 Let me know if exports still get stuck."),
    ]),
    dict(p="li", conn="old", hl="Host, Design Matters Lisboa podcast", steps=[
        ("me", "0", "Hi <<first>>, I've been listening to the podcast for ages. Would you ever do an episode on small studios building their own products? Happy to share our Plotline story if useful."),
        ("g", "2d", "Jordan, that's exactly the kind of episode I've been wanting to do! No cost or anything, we just record for an hour. Would early December work? I'll send a few dates by email."),
    ]),
    dict(p="li", conn="old", steps=[
        ("me", "0", "Hi <<first>>, thanks for commenting on the hiring post! Feel free to send me your portfolio here, the role is junior product designer, 3 days in the studio."),
        ("g", "3h", "Hi Jordan, thank you so much for the message! Here is my portfolio: <<site>>. The case study I am most proud of is the train ticket app redesign. I'm finishing my master at IADE in December so the timing fits well. Is 3 days in the studio Tue-Thu?"),
        ("me", "1h", "Tue-Thu yes. I'll review this week and get back to you by Friday."),
        ("g", "20m", "Perfect, thank you! Have a nice week"),
    ]),
    dict(p="x", conn="old", steps=[
        ("me", "0", "you were at the design tokens workshop right? what did they recommend for naming?"),
        ("g", "3h", "yes! tl;dr: tier 1 raw values (blue-500), tier 2 semantic (color-bg-accent), tier 3 component only if you really need it. they were very anti component tokens. slides are here: <<site>>/slides"),
    ]),
    dict(p="li", conn="old", hl="Partner at Ribeiro & Costa Advogados", steps=[
        ("me", "0", "Hi <<first>>, quick legal question: for Plotline's beta, do we need a full DPA with each beta customer or is our standard terms + privacy policy enough?"),
        ("g", "1d", "Hi Jordan, good question. If beta customers upload personal data of their own users (names, emails in roadmaps etc.), you're a processor for them and you'll want a DPA. A short standard one attached to your terms is fine. I can send you a template we use, no charge for that. If you want us to review the whole package later it's a fixed €600."),
        ("me", "2h", "Template would be amazing, thanks!"),
        ("g", "1h", "Sent to your email 👍"),
    ]),
    dict(p="x", conn="old", steps=[
        ("me", "0", "any good places to eat near the LX Factory for a team dinner of 8 on friday?"),
        ("g", "1h", "Café na Fábrica is nice but small. for 8 I'd do Rio Maravilha, book the terrace. or 1300 Taberna if you want something more chill"),
        ("me", "10m", "rio maravilha it is, thanks!!"),
        ("g", "2m", "get the tomato rice 🍅"),
    ]),
    dict(p="li", conn="old", hl="Account Executive at Gridline Analytics", steps=[
        ("me", "0", "Hi <<first>>, we're evaluating product analytics tools for Plotline. Does Gridline have a startup plan, and do you support EU data residency?"),
        ("g", "4h", "Hi Jordan, thanks for asking! Yes to both: our startup plan is free up to 1M events/month for the first year (then $99/mo), and data can be hosted in Frankfurt. Here's the startup application: gridline.io/startups. If you'd like a walkthrough of the EU setup specifically, here's my calendar: calendly.com/<<handle>>/demo, but the docs are pretty complete too."),
        ("me", "1d", "Applied! No need for a call for now."),
        ("g", "3h", "Approved ✅ Ping me if anything's unclear."),
    ]),
    dict(p="li", conn="old", steps=[
        ("me", "0", "<<first>>, can I ask you something about your experience going fractional? I've been doing 2 days/week at Kestrel and I'm not sure how to protect the studio days."),
        ("g", "6h", "Of course. Honest answer: block the studio days in the Kestrel calendar as 'unavailable', not 'focus time', they'll respect unavailable. And agree upfront on a response-time for Slack (I did next business day). The first month is the hardest"),
        ("g", "3m", "Happy to do a call if you want to vent, no agenda 🙂"),
        ("me", "1h", "That's really good advice, thanks. Might take you up on the call!"),
    ]),
    dict(p="x", conn="none", hl="Vintage furniture, Lisbon", steps=[
        ("me", "0", "Hi! Is the teak desk from your Tuesday post still available? And do you deliver to Alcântara?"),
        ("g", "2h", "Olá Jordan! Yes still available 😊 it's €380, delivery to Alcântara is €25. We can deliver Saturday morning if you like"),
        ("me", "30m", "Saturday works! how do I pay?"),
        ("g", "10m", "MB Way or cash on delivery, as you prefer. I'll message Saturday when we're on the way 🚚"),
    ]),
    dict(p="li", conn="old", steps=[
        ("me", "0", "Hey <<first>>, do you know a good illustrator for a small onboarding set? 5-6 spot illustrations, friendly but not childish."),
        ("g", "1d", "Yes! Two people: Kai Lindqvist (kailindqvist.com, more geometric) and Mafalda Rocha (very warm, hand-drawn feel, on Behance as mafaldarocha). Mafalda did our 404 pages and was super easy to work with. Budget roughly €150-250 per illustration with both I think"),
    ]),
    dict(p="li", conn="old", hl="Head of Product at Kestrel Health", steps=[
        ("me", "0", "Hi <<first>>, before Thursday's review: do you want the intake flow options as a prototype or are static frames enough?"),
        ("g", "2h", "Static frames are fine for Thursday, but could we have the prototype for option B by the week after? Legal wants to click through the consent step."),
        ("me", "10m", "Sure, B prototype by the 21st."),
        ("g", "5m", "🙏 thanks"),
    ]),
    dict(p="x", conn="old", steps=[
        ("me", "0", "ok settle this: is it 'sign in' or 'log in' on the Plotline landing page"),
        ("g", "20m", "log in. 'sign in' next to 'sign up' is an accessibility nightmare, people misclick all the time"),
        ("g", "1m", "source: I had that exact bug report 40 times"),
        ("me", "5m", "log in it is"),
    ]),
    dict(p="li", conn="old", hl="Product Designer at Quill", steps=[
        ("me", "0", "Hi <<first>>, I saw you moved your team to Linear. Was the migration from Jira painful? We're considering it at Kestrel."),
        ("g", "1d", "Hey Jordan! Less painful than expected. The importer handled issues fine, we lost some custom fields. Biggest thing was agreeing on labels before importing. Their pricing is $8/user/month on the standard plan, it was a pretty easy sell to finance. Happy to show you our setup if helpful"),
    ]),
]

# Owner asked, but the answer turns into a sale -> pitch; also owner asked, got an auto-reply -> auto_dm.
OWNER_ASKED_NOISE = [
    dict(p="li", conn="old", hl="Founder @ <<company>> | Talent platform", steps=[
        ("me", "0", "Hi <<first>>, thanks for liking my hiring post. Do you happen to know any good junior designers in Lisbon?"),
        ("p", "2h", "Great question Jordan! Actually that's exactly what our talent platform solves. We have 1,200 pre-screened designers and plans start at $499/month. Let's book a demo so I can show you: <<cal>>"),
        ("p", "4d", "Hi Jordan, following up on the demo. Did you get a chance to pick a time?"),
    ]),
    dict(p="x", conn="recent", steps=[
        ("me", "0", "thanks for the follow! what are you working on?"),
        ("p", "1h", "Thanks for asking! I help studios like yours get 10+ qualified leads a month through LinkedIn. I'd love to show you how it'd work for Fieldnote, free strategy call here: <<cal>> 🚀"),
    ]),
    dict(p="li", conn="old", hl="Growth consultant", steps=[
        ("me", "0", "Hi <<first>>, you commented that our pricing page 'leaves money on the table'. Curious what you meant?"),
        ("p", "5h", "Hi Jordan, thanks for asking! There are about 6 things I'd change, but it's hard to explain in a DM. I do pricing page teardowns for €750, or you can join my group program for €290/month. Want me to send the link to book?"),
        ("me", "1h", "No thanks."),
    ]),
    dict(p="x", conn="old", steps=[
        ("me", "0", "hey, which tool did you use for the animated charts in your thread?"),
        ("p", "3h", "hey! I actually built it 😅 it's called Chartsy, you should totally try it, we're doing 50% off lifetime deals this week for people who ask (code DM50). want me to set up a demo for your team?"),
    ]),
    dict(p="li", conn="old", steps=[
        ("me", "0", "Hi <<first>>, are you still looking for speakers for the Lisbon product meetup in December?"),
        ("a", "2m", "Thank you for your message. I am out of the office until <<day>> with limited access to messages. For urgent matters please contact hello@<<domain>>."),
        ("g", "9d", "Hi Jordan, sorry, just back from holidays! Yes, we still have one slot on Dec 4. Would you want it? Topic is open, something around design + product collaboration would be great."),
        ("me", "2h", "Yes, I'll take it!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("me", "0", "Hi <<first>>, long time! Are you still at Oakline? I wanted to ask about your research repository setup."),
        ("a", "1m", "[Auto-reply] Hi! I'm currently on parental leave and checking LinkedIn rarely. I'll get back to you when I'm back in January."),
    ]),
    dict(p="li", conn="old", steps=[
        ("me", "0", "Hi <<first>>, do you have the slides from your talk on research ops? Would love to share them with the Kestrel team."),
        ("a", "1m", "Automatic reply: I'm travelling this week and will respond when I'm back on <<day>>. Thanks for your patience!"),
        ("g", "6d", "Hey Jordan! Back now. Here they are: <<site>>/researchops-slides. Feel free to share internally, just don't post them publicly please, there's some client data in the appendix."),
        ("me", "1h", "Will do, thank you!"),
    ]),
    dict(p="x", conn="none", steps=[
        ("me", "0", "hi, is your studio open on saturdays? want to book a pottery class for 2"),
        ("a", "1m", "This inbox is not monitored over the weekend. We'll get back to you on Monday. — automated reply"),
        ("g", "2d", "Olá Jordan! Yes, Saturday classes are 10h and 15h, €45 per person including materials. Which one would you like? 🏺"),
        ("me", "1h", "15h please, for 2 people"),
        ("g", "20m", "Booked! See you Saturday, wear clothes that can get dirty 😄"),
    ]),
]

# Incoming-started genuine conversations.
CONVOS = [
    dict(p="li", conn="recent", steps=[
        ("g", "0", "Hi Jordan! Sofia Marques connected us. She said you redesigned the patient onboarding at Brightwell and I'm building a clinic scheduling app with the exact same drop-off problem in step 2. Would you have 20 minutes sometime next week to chat? Totally understand if you're busy."),
        ("me", "3h", "Hi <<first>>, happy to! Sofia mentioned you. Tuesday after 4pm works for me."),
        ("g", "40m", "Amazing. Tuesday 4:30 then? If it's easier, here's my calendar: cal.com/<<handle>>, but I'm happy to send an invite too."),
        ("me", "10m", "Booked 4:30 through your link."),
        ("g", "4d", "Thanks so much for today, the 'one question per screen' idea and the progress bar thing were gold. I'll send you the new flow once we've tested it with 5 patients."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Congrats on the Kestrel role!! The patient intake redesign you shipped at Brightwell was the best thing I used all year, they're lucky to have you. Hope the studio's doing well too"),
        ("me", "5h", "Thank you <<first>>, that means a lot! Studio is good, busy. How's life at Oakline?"),
        ("g", "1h", "Chaotic in a fun way. We're hiring like crazy. Coffee when you're in Porto?"),
        ("me", "20m", "Deal ☕"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "are you coming to Marta's thing saturday?"),
        ("me", "30m", "yes! bringing the good cheese"),
        ("g", "5m", "lol yes"),
        ("g", "1m", "can you give me a lift? my car is at the mechanic again 🙃"),
        ("me", "10m", "sure, pick you up at 7"),
        ("g", "1m", "legend"),
    ]),
    dict(p="li", conn="old", hl="Head of Product at Kestrel Health", steps=[
        ("g", "0", "Hey Jordan, quick one on the dashboard: should the filter chips wrap or scroll horizontally on mobile? Dev is asking and I don't want to guess."),
        ("me", "20m", "Scroll, with a fade on the right edge. Wrapping pushed the table below the fold in testing."),
        ("g", "5m", "Perfect, thanks! Passing it on."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "running 10 min late, grab a table?"),
        ("me", "2m", "got one by the window"),
        ("g", "1m", "🙏"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hello Jordan, I am writing you because I read your article about onboarding checklists and I have one question: how do you measure if the checklist is really helping? In my company we are not sure if users complete it because it is useful or because it is there. Thank you very much for your time!"),
        ("me", "1d", "Great question! We compared 30-day retention for people who completed it vs a holdout that never saw it. Completion alone can fool you."),
        ("g", "3h", "Ah, a holdout group, this makes much sense. We will try it in the next release. Obrigado/thank you again, very kind that you answer 🙏"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Heard about your dad. I'm so sorry Jordan. Thinking of you, no need to reply. If you need someone to cover the UX Porto talk or anything else, just say the word."),
        ("me", "2d", "Thank you <<first>>. Really. I might need help with the talk, I'll let you know."),
        ("g", "1h", "Anytime. Take care of yourself ❤️"),
    ]),
    dict(p="li", conn="recent", steps=[
        ("g", "0", "Great meeting you at the UX Porto meetup on Thursday! As promised, here's the deck on our research ops setup: <<site>>/research-ops. And if you ever want to pilot the participant tool we talked about for Plotline, I can set up a trial account for your team, just say so."),
        ("me", "1d", "Thanks <<first>>! The deck is great. Let me finish the beta first and I'll come back to you about the trial."),
        ("g", "30m", "Sounds good, no pressure at all. Good luck with the beta 🚀"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "ha, your tweet about design crits being group therapy is painfully accurate"),
        ("me", "1h", "someone cried in ours last week (it was me)"),
        ("g", "3m", "😭😭"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I hope it's OK to ask: I'm 8 months into my first design job and my manager says my work is 'too safe'. I don't really know what that means or how to fix it. You mentored me a bit in the Brightwell internship so I thought of you. Any advice?"),
        ("me", "4h", "Of course it's OK! Usually 'too safe' means you show one option. Next time bring 3: the expected one, a bold one and a weird one. Then explain why you'd pick one. Want to grab a coffee next week to look at a recent project?"),
        ("g", "1h", "Yes please!! Thank you so much. Wednesday lunch? I can come to your area"),
        ("me", "20m", "Wednesday 12:30, Café Janis"),
        ("g", "1m", "see you there!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, can I use a quote from your onboarding article in our internal design newsletter? Just the line about checklists being promises. I'll credit you, of course."),
        ("me", "2h", "Sure, go for it!"),
        ("g", "10m", "Thanks! I'll send you the issue when it's out."),
    ]),
    dict(p="li", conn="recent", hl="Angel investor | ex-founder", steps=[
        ("g", "0", "Hi Jordan, I was in the audience when you demoed Plotline at the Lisbon product meetup. The 'confidence slider' on roadmap items is clever, I've never seen anyone make uncertainty that visible. Are you thinking of raising at some point? No rush at all, I'd just love to follow along."),
        ("me", "6h", "Thanks <<first>>! Not raising yet, we want to see how the beta does first. Happy to keep you posted though."),
        ("g", "2h", "Perfect, please do. And if you ever want a sounding board on pricing, I had a similar tool years ago and made every mistake possible 😄"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "did u see the ferry schedule changed? the 8:10 to Cacilhas is gone"),
        ("me", "15m", "noooo. that's my boat"),
        ("g", "2m", "8:25 now. RIP"),
    ]),
    dict(p="li", conn="old", hl="Engineering Manager at Kestrel Health", steps=[
        ("g", "0", "Hi Jordan, are you joining the sprint planning tomorrow or should I just send you the notes? We'll mostly discuss the medication reminder feature."),
        ("me", "1h", "I'll join for the first 30 min, I want to hear the constraints on notifications."),
        ("g", "5m", "Great, I'll put it first on the agenda."),
        ("g", "1d", "Notes from today: <<site>>/notes. TL;DR: push notifications are fine on Android, iOS needs the permission screen you proposed."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "omg you're on the UX Porto lineup!! I'm coming"),
        ("me", "30m", "yay!! come say hi after"),
        ("g", "2m", "obviously. drinks after?"),
        ("me", "1m", "obviously"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey Jordan, long time no talk! I saw Fieldnote is hiring a junior. My cousin Beatriz just finished at ESAD, really talented, mostly product + some motion. Would it be OK if I send her your way? No pressure if the role's already filled."),
        ("me", "2h", "Please do! Applications are open until Nov 15."),
        ("g", "15m", "Thank you! Telling her now. And we should catch up properly soon, it's been like 2 years"),
    ]),
    dict(p="li", conn="old", hl="Design Lead at Brightwell", steps=[
        ("g", "0", "Hi Jordan, random question from your old team: do you remember why we made the date picker start on Monday? Someone wants to change it and nobody knows the history 😅"),
        ("me", "3h", "Ha! Research with clinic staff in Portugal and Germany, their schedules are all Monday-first. There's a note in the old Confluence under 'Scheduling decisions 2023'."),
        ("g", "20m", "Found it. You're a legend, thank you!"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "your plotline beta invite worked! first impression: the timeline zoom is 🔥 but I couldn't find how to delete a milestone"),
        ("me", "10m", "right click or the ... menu, but yeah that's hidden. noting it"),
        ("g", "2m", "found it. also the export button did nothing in safari fyi"),
        ("me", "5m", "thank you, that's a real bug"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, I'm putting together a panel on design leadership for the Women in Product Lisbon event on Nov 26. Would you consider joining as a panellist? It's 45 minutes, 3 panellists, no prep beyond a short call."),
        ("me", "1d", "I'd love to. Send me the details?"),
        ("g", "2h", "Wonderful! Details: Nov 26, 18:30 at Second Home. I'll send a short brief by Friday."),
        ("g", "5d", "Brief is in your inbox. The other panellists are Amara and Tiago. Prep call on the 20th at 5pm OK?"),
        ("me", "2h", "20th at 5 works"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "see you at 3"),
        ("me", "1m", "👍"),
    ]),
    dict(p="li", conn="recent", steps=[
        ("g", "0", "Hi Jordan, we met at the Figma Config watch party last week, I was the one with the variable fonts rant 😅 Great chatting with you about type scales. Let's keep in touch!"),
        ("me", "4h", "Ha, I remember! That rant was correct. Let's definitely keep in touch."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I'm writing my thesis on design debt in small studios and your blog post about 'the Figma attic' is one of my main references. Would you be willing to answer 5 short questions by email? It would help me a lot."),
        ("me", "1d", "Sure, send them over: jordan@fieldnote.studio"),
        ("g", "1h", "Thank you so much! Sent them now. No rush, my deadline is in January."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "hey is that job still open? asking for a friend (actually asking for a friend lol)"),
        ("me", "15m", "yes until nov 15! tell them to apply through the site"),
        ("g", "1m", "ty!"),
    ]),
    dict(p="li", conn="old", hl="Client Partner at Verde Mobility", steps=[
        ("g", "0", "Hi Jordan, thanks again for the workshop on Monday. The team is still talking about the journey map. One follow-up: could you add the 'return scooter' step we discussed at the end? And could the final deck be ready by next Friday?"),
        ("me", "2h", "Yes and yes. I'll add the return step and send the deck Thursday."),
        ("g", "3d", "Got the deck, it's great. Finance approved phase 2 as well, so expect a PO from us next week 🎉"),
        ("me", "1h", "Fantastic news, thank you!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey Jordan, hope you're well. I'm leaving Oakline after 5 years 😳 and looking at design lead roles. Would you be open to being a reference? We worked together on the mobility project in 2022."),
        ("me", "3h", "Of course! Happy to. Just give me a heads-up before anyone calls."),
        ("g", "20m", "Thank you, really appreciate it. Will do 🙏"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "jordan!!! happy birthday 🎂🎉 hope Lisbon is treating you well. still owe you that pastel de nata from the bet"),
        ("me", "2h", "haha thank you!! I haven't forgotten the bet"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Happy 4 years of Fieldnote! I still remember you sketching the logo on a napkin at Dear Breakfast. Proud of you!"),
        ("me", "3h", "Oh wow, the napkin! Thank you <<first>> 🥹"),
    ]),
    dict(p="li", conn="recent", steps=[
        ("g", "0", "Hi Jordan, Mark from Verde said I should reach out. We're a small team building a bike-sharing app in Valencia and we're looking for a design studio for a 3-month project starting January. Mark said the journey mapping you did for them was the best work they've commissioned. Would you be open to a call? I can share the brief before."),
        ("me", "5h", "Hi <<first>>, thanks, and thanks to Mark! Please send the brief to jordan@fieldnote.studio and let's find a time after I've read it."),
        ("g", "1h", "Sent! Whenever suits you next week."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan! Quick logistics for the Kestrel offsite: are you arriving Tuesday night or Wednesday morning? I'm booking the hotel block."),
        ("me", "1h", "Tuesday night please. I'll take the 18:30 train."),
        ("g", "10m", "Noted. You're in room block 2, same hotel as last time."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "i cant stop thinking about your 'roadmaps are lies we tell investors' tweet. is the confidence thing in plotline the answer to that?"),
        ("me", "2h", "kind of! it's more like: roadmaps are fine if they admit what they don't know"),
        ("g", "10m", "ok that's a great line, you should write the longer version"),
        ("me", "3m", "it's in the drafts folder 😅"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, I'm so sorry, I have to move our Thursday call. Something came up at home. Could we do Friday same time?"),
        ("me", "30m", "No problem at all, Friday works. Hope everything's OK."),
        ("g", "5m", "Thank you, all fine, just kid stuff 🙂"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey! I'm putting together a small dinner for designers who moved to Lisbon in the last few years. Very informal, ~10 people, at my place on Nov 14. Would you like to come?"),
        ("me", "1d", "I'd love to! What can I bring?"),
        ("g", "1h", "Dessert if you're up for it, everything else is covered 😊 Address: Rua da Esperança 41, 3rd floor. 8pm."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "quick sanity check: am I crazy or did figma change the shortcut for auto layout"),
        ("me", "5m", "still shift+A for me"),
        ("g", "2m", "ok it was my keyboard layout. i am crazy. thank u"),
    ]),
    dict(p="li", conn="old", hl="Senior Designer at Lumen Bank", steps=[
        ("g", "0", "Hi Jordan, a bit of a random request: our team is running a design systems book club and next month is 'Atomic Design'. Would you join as a guest for the discussion? It's a 1h Zoom, very relaxed."),
        ("me", "5h", "That sounds fun. Which date?"),
        ("g", "30m", "Nov 19, 6pm Lisbon time. I'll send the invite!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, I've attached the signed SOW for phase 2 in email. Can you confirm the kick-off date? We said the 4th but our PM is away that week."),
        ("me", "2h", "Got it, thank you! Let's move kick-off to the 11th then."),
        ("g", "20m", "11th confirmed 👍"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "hi jordan! small thing: the link in your bio goes to a 404 page"),
        ("me", "10m", "oh no, thank you!! fixed"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I'm a product manager at Tide & Co. I read your Plotline beta announcement and I'm really curious: how are you handling roadmap items that depend on other teams? We struggle with that every quarter. Not selling anything, just genuinely interested 🙂"),
        ("me", "1d", "Hey <<first>>! We show dependencies as dotted connectors and the dependent item inherits the lowest confidence of its dependencies. Simple but it starts the right conversations."),
        ("g", "2h", "Inheriting the lowest confidence is such a nice idea. Stealing it for our spreadsheet until we can use Plotline 😄"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey, I'll be in Lisbon Nov 3-6 for Web Summit. Any chance you're free for a coffee? Would love to hear how the studio's going."),
        ("me", "3h", "Yes! Wednesday the 5th morning?"),
        ("g", "10m", "Wednesday 10am, I'll come to you. Send me the address?"),
        ("me", "5m", "Rua do Alecrim 12, ring 'Fieldnote'"),
        ("g", "2d", "here, at the door 🙂"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "your talk slides are up? someone at work asked"),
        ("me", "1h", "yep: fieldnote.studio/talks/onboarding"),
        ("g", "1m", "thx!!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I hope you don't mind me asking. I'm the designer who had the interview with you on Tuesday. I wanted to thank you for the feedback on the case study, it was very useful even if I don't get the role. The point about showing the messy middle made a lot of sense."),
        ("me", "4h", "Thanks for writing, <<first>>. You were one of our strongest candidates, we'll let everyone know by Friday."),
        ("g", "20m", "Thank you, fingers crossed 🤞"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan you won't believe it, the client approved the dark mode without a single change. First time in history. Thank you for pushing for the contrast fixes in the review, that's what sold it."),
        ("me", "1h", "Haha amazing! Well done, it was your work."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "Could you DM me the name of that font you used in the plotline screenshots? It's gorgeous"),
        ("me", "30m", "It's Inter Display for headings and Söhne Mono for numbers"),
        ("g", "2m", "thank you!! söhne mono is expensive but worth it I think"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I've been asked to review the Kestrel design budget for next year. Do you have a rough estimate of how many studio days you'll need in Q1? Just ballpark, no commitment."),
        ("me", "5h", "Roughly 30 days for Q1: mostly the medication flows and the clinician dashboard."),
        ("g", "30m", "Very helpful, thanks. I'll put 32 to leave some buffer."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "not you shipping dark mode on a friday 💀"),
        ("me", "5m", "it was either that or never"),
        ("g", "1m", "respect"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Ciao Jordan! I am <<first>>, we met 2 years ago at the service design conference in Milan. I moved to Lisbon last month for a new job (finally!). I don't know many people in design here yet, do you know any meetups or communities that are good?"),
        ("me", "6h", "Ciao <<first>>, welcome to Lisbon! UX Lisbon meetups are great, also Friends of Figma Lisbon. And come to the designers dinner on the 14th if you like, I'll ask the host."),
        ("g", "1h", "That is so kind, thank you!! Yes I would love to come to the dinner 😊"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, the conference team asked me to collect speaker details. Could you send your bio (max 60 words), a photo and your talk title by Friday?"),
        ("me", "1d", "Title: 'Checklists are promises'. Bio and photo sent by email."),
        ("g", "2h", "Got everything, thank you!"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "hey, I'm writing a piece on indie roadmap tools for my newsletter. ok if I include plotline + a screenshot from your launch tweet?"),
        ("me", "1h", "of course, thank you! happy to answer questions if you need"),
        ("g", "10m", "awesome. one q: is the beta free or paid?"),
        ("me", "5m", "free during beta, will be ~€8/editor/month after"),
        ("g", "1m", "perfect ty"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, thank you for the intro to Inês last month. We ended up hiring her for the accessibility audit and she found 40+ issues we had no idea about. Owe you a dinner!"),
        ("me", "2h", "So glad it worked out! I'll collect the dinner 😄"),
    ]),
    dict(p="li", conn="old", hl="Product Designer", steps=[
        ("g", "0", "Hi Jordan 👋 I'm a designer at a small agency in Braga and I'm thinking about going independent next year. I've read your 'first year of the studio' post 3 times now. Would you be up for a 20-min chat sometime? I'd love to ask about how you found your first clients. Happy to buy you lunch if you're ever in Braga!"),
        ("me", "1d", "Hi <<first>>! Happy to. I have some time on Friday afternoons, pick one in November and send an invite."),
        ("g", "2h", "Thank you so much! Sent an invite for Nov 21, 3pm."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "the intake flow you posted looks SO much better than ours. can I ask how many steps it had before?"),
        ("me", "2h", "11 screens before, 5 after. we merged insurance + ID and moved the consent to the end"),
        ("g", "5m", "consent at the end is bold. legal was fine with that?"),
        ("me", "10m", "after 3 meetings yes 😂"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, hope all's good. My team at Sundial is trying to decide between building our own design system or adopting an open-source one. I remember you had strong opinions on this at Brightwell. What would you do for a team of 4 designers?"),
        ("me", "6h", "For 4 designers: adopt, theme heavily, only fork components when you have 3 real use cases. Building your own at that size eats a whole designer."),
        ("g", "1h", "That's what I suspected but needed to hear it from someone else. Thanks!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan!! I just got the promotion to Design Director 😭 you were the first person who told me I should go for leadership, so you're the first person I'm telling."),
        ("me", "1h", "NO WAY!! Congratulations <<first>>, you deserve it so much. Celebration drinks on me."),
        ("g", "10m", "I'm holding you to that 🥂"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "u around this weekend? climbing sunday?"),
        ("me", "1h", "sunday morning yes"),
        ("g", "2m", "9am at the gym then. bring chalk, i'm out"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hello Jordan. Excuse my english. I am the owner of a small bakery in Setúbal and my nephew says you are a designer who does apps. We want something simple for orders of cakes for parties. Is this something you do or you know someone who can help? Thank you."),
        ("me", "5h", "Olá! We don't usually do projects that small, but a simple order form might be enough. I'll send you the contact of a freelancer I trust, Duarte, he's great with small businesses."),
        ("g", "1h", "Muito obrigado Jordan, very kind. I will call him."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, a heads-up from the Kestrel side: the board demo moved to Dec 2, so we'll need the clinician dashboard frames a week earlier than planned. Sorry for the squeeze!"),
        ("me", "1h", "Thanks for the heads-up. Tight but doable if we drop the settings screens from this round."),
        ("g", "15m", "Dropping settings is totally fine. Thank you!"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "just tried plotline with my team and my PM said 'finally a roadmap that doesn't lie'. you've won a fan"),
        ("me", "30m", "this made my day, thank you 🥲"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey Jordan, I'm the one who reported the Safari export bug last week. Just tested the new build, it works now. Also: could the export include the confidence levels as a column? Our stakeholders love that part."),
        ("me", "3h", "Thanks for testing! Confidence column is a good idea, I'll add it to the list."),
    ]),
]

# Single genuine messages (one-off threads, sometimes with a short owner reply).
SINGLES = [
    ("li", "old", "Hi Jordan, just wanted to say the article on onboarding checklists helped us cut our setup drop-off by a third. Thank you for writing it so clearly."),
    ("x", "old", "lol yes"),
    ("x", "old", "this is the best design tweet I've read all month"),
    ("li", "old", "Hey Jordan, saw you're at Kestrel now, amazing! I worked there 2019-2021, if you ever want context on why the old scheduling module is so weird, I'm happy to share. It's a long story involving a fax machine."),
    ("li", "old", "Jordan, thank you for the portfolio review yesterday. I rewrote the first case study based on your notes and it's so much clearer now."),
    ("x", "old", "your dog in the background of the talk recording was the real star ngl"),
    ("li", "old", "Hi Jordan, hope you're doing well! Just wanted to let you know I finally shipped the redesign we talked about in March. Your comment about the navigation was the turning point. Thanks again!"),
    ("x", "old", "ok the plotline confidence slider is genius. how did nobody do this before"),
    ("li", "old", "Hi Jordan, apologies for the late reply on the contract, I was sick all week. I'll have legal look at it on Monday."),
    ("x", "old", "are you going to config next year? trying to convince my boss to send 3 of us"),
    ("li", "old", "Congrats on the Kestrel gig! I loved the care you put into the medication reminders prototype you shared at the meetup, the snooze logic was so thoughtful."),
    ("li", "old", "Jordan, it was lovely to finally meet in person at the studio. Thanks for the tour and the coffee, and please say hi to Rui for me!"),
    ("x", "old", "hahahaha"),
    ("x", "old", "wait you designed the tram app?? I use it every day"),
    ("li", "old", "Hi Jordan, just a quick note: I've sent you the updated invoice for October, the previous one had the wrong VAT number. Sorry for the confusion!"),
    ("li", "old", "Hey Jordan, I'm sorry I missed your talk, my flight got cancelled. Is there a recording?"),
    ("x", "old", "saw you at the bakery this morning but you looked deep in thought so I didn't say hi 😂"),
    ("li", "old", "Thank you for sharing the job post, Jordan! I've forwarded it to 3 people from my bootcamp cohort."),
    ("li", "old", "Dear Jordan, many thanks for accepting to mentor me in the ADP program. My first question for our session: how do you decide what not to design? I will bring some examples."),
    ("x", "old", "pls tell me you're doing a plotline dark mode"),
    ("li", "old", "Hi Jordan, hope you're well. Small world: my new manager at Sundial is your old colleague Pedro. He says hi and that you still owe him a rematch at foosball."),
    ("li", "old", "Hi Jordan, we met briefly at Second Home last Tuesday. I was the one asking about your studio's four-day week. Would you mind sharing how you handle client expectations on Fridays? We're trying the same."),
    ("x", "old", "hey is the office open tomorrow or are we all remote? rui said something about plumbers"),
    ("li", "old", "Jordan, my mum saw your interview in Público and called me screaming 'that's your friend!!' 😂 Great interview, really proud of you."),
    ("x", "old", "thank you for the reply to my portfolio thread, made my week honestly"),
    ("li", "old", "Hi Jordan, I'll be at the Kestrel office on Thursday if you want to go through the research findings together. Bring your questions about the pharmacist interviews, there are some surprises."),
    ("x", "old", "omw"),
    ("li", "old", "Hey Jordan, the workshop photos are in the shared folder. There's one of you mid-sentence that I think is your new profile picture 😄"),
    ("x", "old", "sorry, can't make it tonight, kid has a fever. next week?"),
    ("li", "old", "Hello Jordan, thank you for your time in the interview today. I wanted to add one thing I forgot: I also have experience with usability testing in healthcare, from my internship at a hospital in Coimbra."),
    ("x", "old", "your reply about 'design is how it says no' is living in my head rent free"),
    ("li", "old", "Hi Jordan, I'm organising the alumni lunch for the Brightwell design team on Dec 12. Are you in? Everyone's asking about you."),
    ("li", "old", "Good morning Jordan, the client just asked whether we can present the prototype on Tuesday instead of Wednesday. Is that ok for you? If not I'll push back."),
    ("x", "old", "congrats on the plotline launch!! watched the demo twice. the keyboard shortcuts are so good"),
    ("li", "old", "Jordan, a friend of mine at Verde said you're the person to talk to about healthcare UX in Portugal. I'm a journalist writing about digital health apps for older people, could I ask you a few questions for the piece?"),
    ("x", "old", "fyi the plotline signup email went to my spam folder (gmail)"),
    ("li", "old", "Hi Jordan! I know it's been forever. I'm in Lisbon next month with my partner and we'd love to see you. Are you around Dec 5-8?"),
    ("x", "old", "jordan ur tram app redesign thread made me switch careers into design. 2 years later I got my first design job. just wanted u to know"),
    ("li", "old", "Thanks so much for the intro to Carla, we had a great call and she's going to advise us on the Series A deck."),
    ("x", "old", "tbh I think the second version is better. the first has too many colours"),
    ("li", "old", "Hi Jordan, the printed posters for the UX Porto talk arrived, they look great. I'll bring some to the venue."),
    ("x", "old", "is it me or is the new twitter compose box broken"),
    ("li", "old", "Jordan, just want to say thank you for hiring me last year. One year at Fieldnote today and I've learned more than in my whole degree. 💛"),
    ("li", "old", "Hi Jordan, I hope this is ok to ask here. Our team is hiring a senior designer at Lumen Bank and I immediately thought of Marta from your studio, she's leaving, right? If so could you connect us? No worries if not appropriate."),
    ("x", "old", "hey! you said you had a spare ticket for the design conference. still available? happy to pay for it obviously"),
    ("li", "old", "Jordan, I'm preparing the quarterly review for Kestrel and your team's work on the intake flow is the highlight. Completion went from 54% to 81%. Wanted you to hear it from me first."),
    ("x", "old", "happy friday, the plotline changelog is the only changelog I actually read"),
    ("li", "old", "Hi Jordan, small correction on the meeting notes: the budget approved was €48k, not €45k. Could you update the deck? Thank you!"),
    ("x", "old", "bro the office plant is dying. who's watering it this week"),
    ("li", "old", "Hi Jordan, I've moved our 1:1 to 3pm because of the all-hands. Same link."),
    ("x", "old", "lmaooo the figma file named 'final_final_v7_REAL'"),
    ("li", "old", "Jordan, je voulais juste te remercier pour la présentation à Lyon, super intéressante. Les slides sont disponibles ? (sorry, my English is bad, the slides are online?)"),
    ("x", "old", "can you send me the invite link to the designers' slack? mine expired"),
    ("li", "old", "Hi Jordan, thinking of you today, I know it's been a hard month. The team sent flowers to the studio, hope they arrived ok."),
    ("x", "old", "good luck with the launch today!! 🚀 you got this"),
    ("li", "old", "Hey Jordan, I've just read your comment on my post about design interviews. You're right that take-home tests are unfair to parents. We're going to change our process, thanks for saying it publicly."),
    ("x", "old", "your mention of my tool in the thread brought 200 signups lol. thank you, drinks on me"),
    ("li", "old", "Hi Jordan, can you confirm whether the invoice for the September sprint should go to Kestrel Health Lda or Kestrel Health Holdings? Finance is asking."),
    ("x", "old", "mate the coffee place you recommended near cais do sodré is incredible. thanks"),
]

# Genuine notes on connection (connected_at set minutes before, but written for Jordan, naming specifics).
GENUINE_CONNECT_NOTES = [
    "Hi Jordan, we sat next to each other at the Kestrel kick-off and I never got to ask: what was the whiteboard tool you used for the journey map? Looked great on the big screen.",
    "Hey Jordan, thanks for accepting! I'm Rui's sister, he's told me so much about the studio. I'm starting a UX course in January and would love to ask you one or two things later, if that's ok.",
    "Hi Jordan, lovely to connect after your talk in Porto. The part about checklists 'making promises the product must keep' stuck with me all weekend.",
    "Hi! We spoke at the Web Summit stand about accessible charts for older users. Here's the paper I mentioned: <<site>>/paper.pdf. Let me know what you think of section 3.",
    "Thanks for connecting, Jordan! I'm the new PM on the Kestrel pharmacy squad, starting Monday. Looking forward to working with you on the reminders flow, I've read your research summary twice already.",
    "Hi Jordan, great to connect! Amara from the Women in Product panel suggested I reach out. I'm moderating next time and would love your take on the questions we skipped.",
    "Hi Jordan, we met at Marta's birthday, I'm the one who works on the tram company website 😅 You asked me to send you the old ticket machine photos, here they are: <<site>>/tram-photos",
    "Hello Jordan, thank you for accepting! I'm one of the beta users of Plotline from Gdańsk. Just wanted to say the 'confidence' concept changed how my team talks about Q1.",
    "Hi Jordan, good to connect properly. Following up from the coffee queue at Second Home: the book I recommended was 'The Design of Everyday Things' revised edition, chapter 6 especially.",
    "Hey Jordan! Finally connected here too. Rui told me you're looking for an illustrator, I'm not one, but my partner Kai is, and he loved your studio's work. Want me to connect you two?",
    "Hi Jordan, we were on the same Ryanair delay at Porto airport for 4 hours 😂 I'm the one who lent you the charger. Hope you got home ok!",
    "Hi Jordan, Giulia told me you're the person to ask about design meetups in Lisbon. I'm also new here (from Berlin). Thanks for accepting!",
    "Thank you for connecting. I'm <<first>>, the pharmacist you interviewed for the Kestrel research in Coimbra. If you need more input on how we actually use the reminders, feel free to ask.",
    "Hey, thanks for the follow back! Loved your thread on naming design tokens. Quick q: do you put spacing tokens in the same file as colour?",
    "yo thanks for the follow back! we talked at the design tokens workshop, I was the guy with the yellow laptop sticker. still thinking about your 'tier 3 is a trap' comment",
    "Hi Jordan, great meeting you at the Lisbon product meetup demo night! My team uses a very similar confidence score internally, happy to share how we calculate it if useful.",
]

# Genuine personal congratulations / birthday notes in own words (contrast with prefilled notes).
OWN_WORDS_CONGRATS = [
    "Happy birthday Jordan! Hope you take the day off for once. Still thinking about that ridiculous cake at your studio party last year 😂",
    "Congrats on the new role at Kestrel! The way you handled the intake redesign at Brightwell, sitting with nurses for weeks, is exactly what they need. Go get 'em.",
    "4 years of Fieldnote! I remember when it was you and a borrowed desk in my office. Look at you now 🥹",
    "Congrats on the Plotline beta! My team tried it on Monday and the dependency view already saved us an argument.",
    "Happy birthday, my friend! Dinner at Taberna on me next week, no excuses.",
    "Congratulations on Head of Design, Jordan! Kestrel's patient app has needed someone who actually talks to patients. Excited for you.",
]

# More incoming-started genuine threads (second batch).
CONVOS += [
    dict(p="x", conn="old", steps=[
        ("g", "0", "hey!! random but do you still have that standing desk you were selling"),
        ("me", "2h", "sold it last month sorry 😭"),
        ("g", "3m", "noooo ok. if you hear of another one lmk"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I'm reviewing the Kestrel accessibility report. Page 14 says the colour tokens fail for the warning state, but I think that was fixed in v2.3? Could you double-check before I send it to the board?"),
        ("me", "2h", "You're right, fixed in 2.3. The report used old screenshots, I'll ask Inês to update page 14."),
        ("g", "20m", "Thanks, that would have been embarrassing 😅"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "r u watching the apple event"),
        ("me", "5m", "obviously"),
        ("g", "1m", "that new font rendering tho"),
        ("g", "20m", "ok the 'liquid' buttons are too much"),
        ("me", "2m", "it's giving 2007"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey Jordan, hope you're good! I'm building the speaker lineup for Design Systems Day in Madrid (March). Would you be interested in doing a 30-min talk on how Plotline's design system works for a tiny team? We cover travel and hotel."),
        ("me", "1d", "That sounds great, I'm interested. What dates exactly?"),
        ("g", "3h", "March 18-19. I'll send the speaker pack this week, and no need to commit until you've seen it."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, sorry to bother you on a Sunday. The client's staging server is down and the demo is tomorrow at 9. Do you have the prototype link as backup? I can't find it in the drive."),
        ("me", "40m", "No bother! It's in Figma: 'Verde – Phase 2 – Demo'. Sharing it with you now."),
        ("g", "5m", "Got it. Lifesaver 🙏"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "hi Jordan, i am from Brazil and learning UX alone. your thread about case studies helped me a lot. can i ask, is it ok to show a project that was never launched in portfolio?"),
        ("me", "3h", "Absolutely! Just be honest that it wasn't launched and show what you learned from testing it."),
        ("g", "30m", "thank you so much!! i will do this 🙏🇧🇷"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, our team loved your workshop at the Lumen offsite. Someone asked if you'd share the 'assumption mapping' template you used? We'd like to use it for the Q1 planning."),
        ("me", "4h", "Of course, here it is: fieldnote.studio/templates/assumptions. It's free to use."),
        ("g", "10m", "Perfect, thank you!"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, the Kestrel usability sessions on Friday: 2 of the 6 participants cancelled. Should I recruit replacements for next week or do we go ahead with 4?"),
        ("me", "1h", "Go with 4 this Friday and recruit 2 for Tuesday. We need at least one pharmacist in there."),
        ("g", "5m", "OK, I'll prioritise pharmacists."),
        ("g", "2d", "Found 2 replacements, one pharmacist. Tuesday 10:00 and 11:30."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "did you end up going with the orange or the green for plotline's brand"),
        ("me", "30m", "green! orange tested as 'warning' for too many people"),
        ("g", "2m", "smart. the green is really nice"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, this is a bit awkward, but I think I accidentally sent you our internal pricing sheet instead of the project brief. Could you please delete it? The brief is attached in email now. So sorry!"),
        ("me", "30m", "Deleted, no worries! Got the brief."),
        ("g", "5m", "Thank you, you're a star."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey Jordan, quick question on the invoice you sent: is the €3,400 for the whole of October or only the first two sprints? Our finance team needs to book it correctly."),
        ("me", "2h", "Whole of October, both sprints plus the workshop."),
        ("g", "10m", "Great, thanks. Paying this week."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "mate i owe you one, your feedback on my landing page got me 2 client calls this week"),
        ("me", "20m", "that's amazing!! go get them"),
        ("g", "2m", "🙌🙌"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I hope you're well. I'm a UX lecturer at IADE and I'd love to bring my final-year students to visit the studio for an hour, to see how a real small studio works. Would that be possible sometime in November?"),
        ("me", "1d", "We'd love that! Thursday afternoons are best. How many students?"),
        ("g", "2h", "About 14. Would Nov 20 at 15:00 work?"),
        ("me", "1h", "Nov 20 at 15:00 it is. We'll make coffee for an army."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, thanks for your feedback on our onboarding last week. We implemented 3 of your 5 suggestions and activation went up from 22% to 31%. Still arguing internally about the progress bar, haha."),
        ("me", "3h", "That's a huge jump, congrats! Happy to join the progress bar argument if you need an outside voice 😄"),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "you still doing the thursday design walks? can I join this week"),
        ("me", "1h", "yes! 8am at jardim da estrela"),
        ("g", "2m", "perfect see u there"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, it was great to see you at Amara's panel. You mentioned you're looking for a part-time researcher for Plotline. I might know someone: my former colleague Yuki, who did mixed-methods research at Sundial for 3 years. Would an intro help?"),
        ("me", "2h", "Yes please, that would be very helpful!"),
        ("g", "30m", "Great, I'll email you both today."),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hello Jordan, I am <<first>>, Olivia introduced us. I'm interested in the part-time research role for Plotline. I have 3 years of mixed-methods research at Sundial, mostly B2B. Could you tell me more about what you're looking for?"),
        ("me", "4h", "Hi <<first>>! Thanks for reaching out. It's ~2 days a week, mostly interviews with beta teams and synthesis. Are you free for a chat on Thursday?"),
        ("g", "1h", "Thursday afternoon works well. 14:00?"),
        ("me", "10m", "14:00 perfect, I'll send an invite."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "ok I need your honest opinion. is it weird to put my cat in my portfolio about page"),
        ("me", "15m", "it's mandatory"),
        ("g", "1m", "lmao ok the cat stays"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hey Jordan, the Verde team asked if we could move the monthly check-in to the first Monday instead of the last Friday. Works for you?"),
        ("me", "1h", "First Monday works."),
        ("g", "3m", "Updated the invite 👍"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Jordan, I just wanted to say I'm sorry for how the meeting went yesterday. I was defensive about the research findings and that wasn't fair to you or Rui. Can we reset over coffee this week?"),
        ("me", "2h", "Thanks for saying that, really appreciate it. Coffee on Thursday?"),
        ("g", "10m", "Thursday, and it's on me."),
    ]),
    dict(p="x", conn="old", steps=[
        ("g", "0", "hey I'm at the conference and they're playing your talk recording in the lobby 😂"),
        ("me", "10m", "oh no. which part"),
        ("g", "1m", "the part where you say 'figma is not a database'. people are nodding"),
    ]),
    dict(p="li", conn="old", steps=[
        ("g", "0", "Hi Jordan, I'm the new office manager at Kestrel. Could you send me your NIF and address for the contractor badge? Security needs it before Monday."),
        ("me", "2h", "Sent by email just now."),
        ("g", "15m", "Received, thanks! The badge will be at reception on Monday."),
    ]),
]

SINGLES += [
    ("li", "old", "Hi Jordan, just wanted to let you know the Verde app redesign won a local design award yesterday. The jury specifically mentioned the journey mapping work. Thank you for everything!"),
    ("x", "old", "jordan the croissants at your studio open house were elite. also the work. but mostly the croissants"),
    ("li", "old", "Hi Jordan, I read your post about the four-day week and I have a practical question: do you pay people the same salary? We're a 5-person studio in Valencia and considering it."),
    ("x", "old", "sorry for the late reply, was offline all weekend. yes I'm in for the hackathon!"),
    ("li", "old", "Jordan, I'm organising a fundraiser for the animal shelter in Almada, a design auction. Would you donate a print or a 1h portfolio review as a prize? Totally fine to say no!"),
    ("x", "old", "wait is it true you're leaving twitter"),
    ("li", "old", "Hi Jordan, following up from our call: here's the link to the research repository I mentioned, you have edit access now. Look at the 'pharmacy' tag first."),
    ("x", "old", "loved the plotline onboarding. the empty state with the tiny boat 🥹"),
    ("li", "old", "Hey Jordan, quick heads-up that Marta Pinto from our team will take over the Kestrel account from me next month. I'll introduce you two properly next week."),
    ("x", "old", "do you have a recommendation for a good ergonomic mouse? my wrist is dying"),
    ("li", "old", "Olá Jordan, tudo bem? Sorry to write in English and Portuguese mixed. I wanted to ask if your studio accepts internships in summer 2027. I am in second year of design in Porto."),
    ("x", "old", "ur so right about design reviews needing a clear decision maker. stealing this for monday"),
    ("li", "old", "Jordan, I left the studio keys in the mailbox. Also the coffee machine is making a weird noise again, might need descaling."),
    ("x", "old", "can u send me the recording of yesterday's call? i missed the last 10 min"),
    ("li", "old", "Hi Jordan, thank you for speaking to our students today. Three of them have already asked me for your article list. Would you mind if I share your reading list slide?"),
    ("x", "old", "k"),
    ("li", "old", "Hi Jordan, I'm writing a recommendation for you for the Design Leadership Fellowship, as you asked. Is there anything specific you'd like me to highlight? I was going to focus on the Brightwell intake project."),
    ("x", "old", "just saw your name in the credits of the tram app update. you never told me!!"),
    ("li", "old", "Jordan, the Lumen team said the workshop on Tuesday was the best one they had all year. Sharing the feedback doc with you, some lovely comments in there."),
    ("x", "old", "meet at the usual place? 7:30"),
    ("li", "old", "Good afternoon Jordan, a reminder that your parking permit for the Kestrel garage expires at the end of this month. Please let me know if you need it renewed."),
    ("x", "old", "not gonna lie I laughed out loud at your 'roadmap astrology' tweet on the metro. people stared"),
    ("li", "old", "Hi Jordan, small favour: could you record a 30-second video for Rui's farewell? We're collecting messages from everyone he's worked with. Deadline Friday!"),
    ("x", "old", "your newsletter recommendation last week was 🔥 subscribed to all three"),
    ("li", "old", "Hey Jordan, congrats on the Plotline beta! I signed up my team of 8. One request: could the weekly summary email be sent on Mondays instead of Fridays? Fridays nobody reads anything."),
    ("x", "old", "hey it's <<first>>, Rui's partner. he said you're looking for an illustrator? I'd love to chat, here's my stuff: <<site>>"),
    ("li", "old", "Hi Jordan, our paths crossed at Brightwell years ago (I was in data). I'm now at Palmtree Health and we're struggling with clinician-facing dashboards. Would you be up for a short chat to share what worked at Kestrel? Happy to return the favour on data stuff anytime."),
    ("x", "old", "happy monday. the plotline status page says degraded performance btw"),
    ("li", "old", "Jordan, I hope it's ok: I mentioned your name to the organisers of Design Week Porto as a possible jury member. They might contact you."),
    ("x", "old", "cant believe u remembered my birthday. thank you!! 🥹"),
    ("li", "old", "Thank you for the thoughtful feedback on my case study, Jordan. I didn't get the role but I learned more from your comments than from 10 other interviews combined."),
    ("x", "old", "jordan help. what's the name of that app that turns screenshots into figma layers"),
    ("li", "old", "Hi Jordan, I'm sending you the draft contract for the Palmtree project. Section 4 is the part I'm unsure about, we changed the IP clause. Let me know if it's ok for you."),
    ("x", "old", "ok we're doing it, my team is switching to plotline next sprint. wish us luck"),
    ("li", "old", "Hey Jordan, will you be at the studio tomorrow? I need to drop off the monitor I borrowed."),
    ("x", "old", "bruh. the 'accept all cookies' button on your site is bigger than the reject one. as a friend 😅"),
    ("li", "old", "Jordan, happy 4 years at Fieldnote! I still use the onboarding patterns you taught us at Brightwell in every project."),
    ("x", "old", "the conference wifi password is designweek2026 btw, they forgot to tell speakers"),
    ("li", "old", "Hi Jordan, our team put together a little thank-you for the workshop, it should arrive at the studio tomorrow. Hope you like pastéis 🙂"),
    ("x", "old", "where did you get the studio plants? the big one by the window"),
    ("li", "old", "Hi Jordan, I'm compiling the speaker feedback from UX Porto. Your talk got 4.8/5, and someone wrote 'first talk about onboarding that didn't make me want to sleep'. Congrats!"),
    ("x", "old", "yo did you get my email about the side project? no pressure, just making sure it didn't go to spam"),
    ("li", "old", "Hello Jordan, I am the father of Beatriz, she started the internship with you last month. I just want to thank you, she comes home very happy and motivated every day. Obrigado."),
    ("x", "old", "hope the talk went well today!! sending good vibes from berlin"),
]

SINGLES += [
    ("x", "old", "yesss see you there"),
    ("li", "old", "Hi Jordan, I'm the recruiter from Lumen, we spoke in August about the design director role. Just letting you know we filled it internally, but the team really enjoyed meeting you and asked me to keep in touch."),
    ("x", "old", "did you just rebrand the studio?? the new logo is so good"),
    ("li", "old", "Jordan, my team just finished reading your 'Checklists are promises' piece in our Friday reading group. Big debate about item 4. Would you ever do a Q&A with us? Totally informal, 30 minutes on Zoom."),
    ("x", "old", "fyi there's a typo in the plotline pricing page: 'anually'"),
    ("li", "old", "Hi Jordan, please find attached the minutes of yesterday's steering committee. Action items for you: 2 and 5. Let me know if anything looks off."),
    ("x", "old", "happy launch day 🎉🎉 just upvoted and told my whole team"),
    ("li", "old", "Hello Jordan, I hope you are well. I'm an exchange student from Seoul studying in Lisbon until February. Your studio's work on healthcare apps is exactly what I want to do. Do you have any advice for someone trying to get into healthcare UX?"),
    ("x", "old", "i literally just said 'let's plotline it' in a meeting. it's a verb now"),
    ("li", "old", "Hi Jordan, I noticed your studio's address on Google Maps still points to the old office in Bairro Alto. A client of ours went there by mistake today 😅"),
    ("x", "old", "omg is that your studio in the Público photo? the one with the big plant"),
    ("li", "old", "Jordan, thanks for jumping in on the call today when the client got heated. You handled it so calmly. Learned a lot."),
    ("x", "old", "heyyy long time! are you still in lisbon? I'm moving there in january and need apartment tips"),
    ("li", "old", "Hi Jordan, I'm updating our vendor list. Is Fieldnote Studio's billing address still Rua do Alecrim 12? And can you confirm the IBAN hasn't changed?"),
    ("x", "old", "pls share the slides from today 🙏 my notes are chaos"),
    ("li", "old", "Dear Jordan, thank you for accepting to be a jury member for the IADE final projects. The presentations are on Jan 22, 9:00-13:00. I'll send the evaluation grid next week."),
    ("x", "old", "ok the new plotline icons are adorable. who drew them"),
    ("li", "old", "Hey Jordan, we're doing a secret santa at the Kestrel design team, are you in? Budget €20. Reply by Friday!"),
    ("x", "old", "sry wrong chat 😂 ignore that"),
    ("li", "old", "Hi Jordan, I'm taking over as the Kestrel contact for procurement. Could you resend the Q4 estimate? The previous person left and I can't find it anywhere."),
    ("x", "old", "i've been using the figma shortcut you tweeted for a week and now i can't live without it"),
    ("li", "old", "Jordan, I hope the move to the new studio went smoothly! Let me know when you're settled, I'd love to see the space."),
]
