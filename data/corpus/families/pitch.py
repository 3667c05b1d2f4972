"""Pitch families: sales sequences, soft/disguised and sympathy pitches, recruiter blasts, executive-service letters, crypto/MLM, InMail/sponsored, and follow-up nags (English)."""

THREADS = []

# ---------------------------------------------------------------- p_sequence
THREADS += [
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Growth Partner | Outbound for creative studios", copies=4,
        steps=[
            ("p", "0", "Thanks for connecting, Jordan! I noticed Fieldnote works with a lot of health and fintech teams. Quick question: are you exploring new ways to fill the pipeline for Q1, or is referral work still keeping the studio busy enough?"),
            ("p", "3d", "Quick story: a 9-person branding studio in Rotterdam was living 100% on referrals and had two empty months last year. We built them an outbound engine and they booked 14 qualified discovery calls in the first 6 weeks. Happy to sketch what that could look like for Fieldnote."),
            ("p", "4d", "Would a 15-minute call make sense next week? Here's my calendar if that's easier: <<cal>>\n\n<<first>>"),
            ("p", "6d", "Last ping on this, Jordan. I'll assume timing is off. If pipeline becomes a priority later, you know where to find me."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Account Executive at Borderless Payroll", copies=1,
        steps=[
            ("a", "0", "Hey Jordan, thanks for accepting! Always nice to grow my network with people building companies in Europe."),
            ("p", "1d", "Since you're hiring in Portugal (saw the opening on the Fieldnote careers page), are you handling contracts and payroll in-house? We let studios hire in 40+ countries without setting up a local entity. Worth a look?"),
            ("p", "5d", "Following up. Most of our design-agency clients save 6 to 9 hours a month on payroll admin alone, and nobody has to chase the Segurança Social portal anymore. Free for a quick chat Thursday?"),
            ("p", "8d", "Hi Jordan, I'll close your file for now. If hiring abroad comes up again just reply \"payroll\" and I'll send over pricing."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Co-founder @ Auditly | SOC 2 in weeks, not months", copies=1,
        steps=[
            ("p", "0", "Thanks for the connect! Saw Plotline is in beta, congrats. Once you start selling to mid-market, the security questionnaires arrive fast. Are you planning for SOC 2 in 2027? Getting startups audit-ready is all we do."),
            ("p", "4d", "Quick story: a 5-person roadmap startup (sound familiar?) lost a €60k deal because they couldn't answer a vendor security review. With us they were audit-ready in 11 weeks and closed the next two enterprise pilots. Want the playbook we used?"),
            ("p", "5d", "Jordan, is a 15 min call crazy? Tuesday or Wednesday afternoon work on my side."),
            ("p", "9d", "Closing the loop here. Guessing compliance isn't on the roadmap yet (pun intended). I'll check back in Q2."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Founder, Reelhouse Films | Case-study films for agencies", copies=1,
        steps=[
            ("p", "0", "Appreciate the connection, Jordan. Fieldnote's portfolio is sharp, but every case study on the site is static. We make 60-second case-study films for design studios that turn browsers into briefs. Is video something you've considered for 2027?"),
            ("p", "4d", "One example: we shot three client stories for a studio in Copenhagen last spring. Inbound enquiries went up 27% in the quarter after they went live. I can send you the reel."),
            ("p", "6d", "No pressure at all, but would you be open to a quick call to see if it fits your plans? <<cal>>"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Accountant for creative studios | Lisbon & Porto", copies=1,
        steps=[
            ("p", "0", "thanks for connecting Jordan 🙌 quick one: who looks after Fieldnote's books at the moment? we're a small team of accountants who only work with creative studios (fixed monthly fee, no surprises)"),
            ("p", "3d", "Case in point: a motion studio in Alcântara we took on in March found €18k of unclaimed VAT and cut two tools they were paying for twice. Happy to run the same review for you."),
            ("p", "7d", "Should I send over a proposal, or is this not a fit right now?"),
            ("p", "10d", "Last one from me! If the books ever get messy, I'm around. Good luck with Plotline."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Partnerships | Nearshore engineering teams", copies=3,
        steps=[
            ("p", "0", "Hi Jordan, thanks for connecting! I work with product founders who need to ship faster without growing headcount. Quick question: who's building Plotline right now, in-house or with a partner?"),
            ("p", "2d", "We're a 120-engineer team across Kraków and Porto. A recent client, a B2B planning SaaS, cut their release cycle from 6 weeks to 9 days after we took over the frontend. Could be relevant for Plotline?"),
            ("p", "5d", "Hey Jordan, would a 15-min intro call make sense? <<cal>>"),
            ("p", "7d", "Haven't heard back, so I'll assume the timing isn't right and stop here. Feel free to reach out whenever.\n\n<<first>> | <<company>>"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Head of Growth at Panelwise", copies=1,
        steps=[
            ("p", "0", "Thanks for accepting, Jordan. Question for you since you run research at Fieldnote: how long does it usually take to recruit 8 participants for a study?"),
            ("p", "3d", "Asking because that's exactly the problem we fix. Panelwise has a vetted panel of 210k B2B participants across Europe and the median time to first session is 41 hours. A healthtech team used us to run 30 clinician interviews in one week."),
            ("p", "4d", "Want me to set you up with a trial project? First 3 participants are on us."),
            ("p", "8d", "Bumping this one more time, the free credits expire at the end of the month."),
        ],
    ),
    dict(
        family="p_sequence", p="x", conn="recent", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("a", "0", "Thanks for the follow! 🙏"),
            ("p", "2d", "hey Jordan, noticed Plotline just opened the beta. how are you handling support tickets? we built an AI agent that resolves ~60% of them out of the box, 10 min to install"),
            ("p", "4d", "happy to give you a free month if you want to try it on the beta users"),
            ("p", "6d", "last msg promise 😅 lmk if you want the link"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="SEO for B2B service firms", copies=1,
        steps=[
            ("p", "0", "Hey, <<first>> here from <<company>>. Thanks for connecting Jordan! I had a look at the Fieldnote site and you're not ranking for \"product design studio lisbon\" (page 3 right now). Is organic growth on your radar?"),
            ("p", "3d", "For context, we took a Berlin UX agency from page 4 to the top 3 for their main keyword in 5 months. Organic now brings them 2-3 leads a week without any ad spend."),
            ("p", "4d", "Worth a 15-minute chat? I can walk you through the 3 quick wins I spotted on your homepage."),
            ("p", "7d", "Not hearing back, so I'll assume it's not a priority. Closing this out on my side 👋"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Founder-led sales coach | ex-VP Sales", copies=1,
        steps=[
            ("p", "0", "Jordan - good to be connected. Most design founders I meet are brilliant at the work and hate selling it. Is that you, or do you actually enjoy the new-business side? (Asking because coaching founders through exactly that is what I do.)"),
            ("p", "2d", "Reason I ask: I run a 6-week founder-led sales sprint. Last cohort's studios raised their average project size from €22k to €34k, mostly by changing how they run the first call."),
            ("p", "5d", "Next cohort starts 12 January, 8 seats, 3 left. Want me to hold one while we talk?"),
            ("p", "9d", "I'll take the silence as a no for this round. The offer stands for the spring cohort."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Cloud cost optimisation | AWS & GCP", copies=1,
        steps=[
            ("p", "0", "Thanks for connecting! Quick q: is Plotline on AWS or GCP? Early-stage SaaS teams we talk to overspend on cloud by 30-40% without noticing."),
            ("p", "3d", "Example: a 4-engineer planning tool came to us paying $7,900/mo. Three weeks later it was $4,600, same performance. We only charge a share of what we save."),
            ("p", "4d", "Would it make sense to connect for a call so I can take a look at your setup? Zero risk on your side."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Fundraising advisor to seed-stage founders", copies=1,
        steps=[
            ("a", "0", "Thanks for accepting my invite, Jordan. Looking forward to following your journey!"),
            ("p", "3d", "Saw Plotline in a few seed-stage roundups. Are you raising in the next 6 months? I help first-time founders get their story and data room investor-ready, and I'd love to hear where you are."),
            ("p", "4d", "Quick story: one founder I worked with this year had 31 investor meetings and zero term sheets. We rebuilt the narrative and the model over three weeks, and she closed a €1.4M round six weeks later."),
            ("p", "5d", "I have two slots for a free diagnostic call next week. Want one?"),
            ("p", "8d", "Final note from me, Jordan. I'll assume you're well covered. Best of luck with the raise."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Localisation lead | 30+ languages for SaaS", copies=1,
        steps=[
            ("p", "0", "Hi Jordan! Thanks for connecting. I noticed Plotline's site is English-only. Are you planning to go after the DACH or French market, or staying English-first for now? We localise SaaS products, so I'm always curious where founders are headed."),
            ("p", "4d", "We localised a project-management tool into German and French last year: trial signups from those markets went up 2.3x in the first quarter. Happy to send a quote for Plotline's UI and help docs, it's usually less than people expect."),
            ("p", "5d", "Free for 15 minutes this week?"),
            ("p", "6d", "Okay, I'll stop chasing! If you ever go multilingual, ping me."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Pitch decks that raise | 200+ decks designed", copies=1,
        steps=[
            ("p", "0", "Thanks for connecting, Jordan. I know, I know, pitching deck design to a product designer is bold 😄 But founders are usually too close to their own story. Who's putting together the Plotline deck?"),
            ("p", "3d", "Our last 10 decks raised a combined $38M. We handle narrative, structure and design in 10 working days, flat fee."),
            ("p", "5d", "If you're raising this year, would a 15-minute call make sense?"),
            ("p", "8d", "Last ping, promise. I'll assume you've got the deck handled (you probably do!)."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Ghostwriter for founders | 40M+ impressions", copies=3,
        steps=[
            ("p", "0", "Thanks for connecting Jordan! Loved your last post about design critiques. You clearly have things to say, but you post maybe once a month. Ever thought about having someone help you stay consistent?"),
            ("p", "3d", "We write 3 posts a week in your voice from a 30-minute call each Monday. One of our founders went from 2k to 19k followers in 8 months and now gets most of her inbound from LinkedIn."),
            ("p", "4d", "Would you be open to a short call to see if it's a fit? <<cal>>"),
            ("p", "7d", "Last note from me. I'll assume it's not the right time. All the best, <<first>>"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Accessibility audits & remediation | WCAG 2.2", copies=1,
        steps=[
            ("p", "0", "Thanks for accepting, Jordan. I see you're leading design at Kestrel Health. With the European Accessibility Act now being enforced, how is the team handling WCAG 2.2 on the patient app? We run audits and remediation for health apps."),
            ("p", "4d", "We recently helped a telehealth provider in the Netherlands clear 212 accessibility issues in 7 weeks, with a full conformance report their legal team could sign off on."),
            ("p", "3d", "Could we book 20 minutes with you and whoever owns compliance at Kestrel? I can share a free automated scan of the patient portal beforehand."),
            ("p", "7d", "Should I reach out to someone else at Kestrel instead? Happy to be pointed in the right direction."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Employee benefits broker | PT & ES", copies=1,
        steps=[
            ("p", "0", "Obrigado pela conexão, Jordan! Quick question in English: does Fieldnote offer private health insurance to the team yet? Small studios often think it's out of reach but group plans start from 4 people."),
            ("p", "5d", "A 6-person architecture practice in Porto got full medical + dental for the team at €54 per person per month through us. Want me to run numbers for Fieldnote?"),
            ("p", "6d", "Just need headcount and ages, takes 2 minutes. Or we can hop on a call."),
            ("p", "9d", "I'll leave it here for now. Renewal season is January if you want to revisit."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Trademark attorney | Startups & SaaS", copies=1,
        steps=[
            ("p", "0", "Thanks for the connection. Congrats on launching Plotline. Have you registered the name as an EU trademark yet? I checked EUIPO and I don't see a filing, and there are two similar marks in class 42. Clearance and filings for startups are what I do, happy to help."),
            ("p", "4d", "Not trying to alarm you, but rebranding after launch is painful (I've watched it cost a client €40k). We do a clearance search + EU filing for a flat €1,450."),
            ("p", "5d", "Happy to jump on a 15 min call and explain the risk, no obligation."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Helping SaaS teams turn trials into paying users", copies=3,
        steps=[
            ("p", "0", "Thanks for connecting, Jordan!\n\nI noticed Plotline offers a free beta. Quick question: what % of beta users are you planning to convert to paid? Most teams we talk to are guessing."),
            ("p", "3d", "Quick story: <<company>> helped a roadmap tool in Austin move trial-to-paid from 4% to 11% in one quarter with onboarding emails and in-app prompts. Same headcount."),
            ("p", "4d", "Worth a 15 minute call? Here's my link: <<cal>>"),
            ("p", "6d", "I'll take the hint 🙂 Last message from me. Best of luck with the launch!"),
            ("n", "12d", "📊 The 2026 PLG Conversion Benchmark is out! 300+ SaaS companies, 14 charts, and the one onboarding step that moved trial-to-paid the most. Grab your copy here: <<site>>/benchmark"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Team offsites & retreats | Portugal", copies=1,
        steps=[
            ("p", "0", "Great to connect Jordan. Does Fieldnote do a team offsite? We organise 2-3 day retreats for small creative teams in the Alentejo and on the Costa Vicentina, everything handled from workshops to wine."),
            ("p", "4d", "We just ran one for a 7-person studio from Madrid and they called it the best three days of their year (photos on our page). Prices start around €480 per person all-in."),
            ("p", "6d", "Spring dates are filling up. Shall I send a proposal for March or April?"),
            ("p", "10d", "No reply needed if it's not for you. I'll stop here!"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Data & CRM for agencies", copies=1,
        steps=[
            ("a", "0", "Hi Jordan, thanks for connecting. Great to be part of your network."),
            ("p", "2d", "How does Fieldnote keep track of leads and proposals today? Spreadsheet, Notion, something else? I ask because we built a CRM specifically for studios, with proposals and project handover built in."),
            ("p", "4d", "One of our customers, a 12-person studio in Ghent, stopped losing about 1 in 5 warm leads after switching. I can show you their setup in 15 minutes."),
            ("p", "5d", "Tuesday 11:00 or Wednesday 15:00 Lisbon time?"),
            ("p", "9d", "Breaking up is hard to do 😢 I'll stop messaging. If you ever outgrow the spreadsheet, I'm here."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Conversion copywriter for B2B SaaS", copies=1,
        steps=[
            ("p", "0", "Thanks for connecting! I read the Plotline homepage three times and I'm still not 100% sure who it's for. Is it for PMs, designers, or founders? (Honest question, not a dig. I rewrite SaaS landing pages for a living, so this is professional curiosity.)"),
            ("p", "2d", "That's usually a sign the headline is doing too much. My last rewrite for a scheduling tool lifted demo requests 46%."),
            ("p", "3d", "I can do a free teardown video of your homepage if you want it. Then if you like what you hear, we can talk about the full rewrite."),
            ("p", "7d", "Should I go ahead and record it? Just reply yes."),
        ],
    ),
    dict(
        family="p_sequence", p="x", conn="recent", channel=None, history="complete", sender="person",
        hl=None, copies=3,
        steps=[
            ("p", "0", "Thanks for the follow back Jordan! quick q: do you have a podcast or is that on the list? we produce full-service B2B shows, you just show up and talk"),
            ("p", "3d", "one of our shows (a design leadership one actually) hit top 50 in Apple's design category in 10 weeks. we handle guests, editing, clips, everything"),
            ("p", "4d", "want me to send pricing? packages start at $1,900/mo"),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Merch & branded goods for startups", copies=1,
        steps=[
            ("p", "0", "Hey Jordan, thanks for connecting! Launch swag for Plotline beta users? We make really nice stuff, not the usual cheap tote bags."),
            ("p", "5d", "Sent you a link to our lookbook. The embroidered caps were a hit with a devtools company we worked with, they gave them to their first 200 users and got loads of photos on social."),
            ("p", "6d", "Min order is 50 pieces and I can do 15% off for a first order. Want a mockup with your logo?"),
            ("p", "7d", "Last nudge! Happy to help whenever."),
        ],
    ),
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Helping healthtech teams ship HIPAA-ready apps", copies=1,
        steps=[
            ("p", "0", "Jordan, thanks for connecting. Question about Kestrel Health: are you running design QA manually before each release, or do you have tooling for it?"),
            ("p", "3d", "We've built visual regression testing for health apps, with audit logs so compliance is happy too. A US patient-scheduling team caught 94% of UI regressions before release in their first month."),
            ("p", "4d", "Would it be crazy to book a demo with you and the frontend lead?"),
            ("p", "5d", "Hey Jordan, I don't want to be that person who keeps emailing. Are you the right person for this at Kestrel, or should I talk to someone else?"),
            ("p", "8d", "Closing the loop. Wishing you and the Kestrel team a great quarter."),
        ],
    ),
]
# ---------------------------------------------------------------- p_soft
THREADS += [
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Co-founder at Ratecard", copies=1,
        steps=[
            ("p", "0", "Jordan, would love to pick your brain on how studios like Fieldnote price discovery work. Fixed fee? Day rate? 20 minutes whenever suits.\n\nFull disclosure: we're building a pricing tool for agencies and I'd love to show you where we've landed and get your reaction."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="old", channel=None, history="complete", sender="person",
        hl="Productised services consultant", copies=1,
        steps=[
            ("p", "0", "Noticed we both know Inês Cardoso. She speaks very highly of the Fieldnote team! I run a small firm that helps studios turn custom projects into packaged offers with fixed prices. Thought it might be worth a coffee, or a call if you're busy. Want to grab 30 min next week?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Research Ops | Async video interviews", copies=1,
        steps=[
            ("p", "0", "Curious how you run user interviews at Kestrel today? We're seeing a lot of health teams move to async video interviews (patients answer on their own time, no scheduling hell). Happy to share what's working for the teams we support. I have a few slots Thursday if you want a walkthrough."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Insights Director at Studiometrics", copies=1,
        steps=[
            ("p", "0", "Hello Jordan,\n\nWe've just wrapped a benchmark of 140 European design studios: utilisation, day rates, margins, tools. I'd be glad to send you the Portugal cut for free. It takes about 15 minutes to walk through the numbers, and I can show you how Studiometrics tracks the same metrics live for your own team.\n\nWould Tuesday or Wednesday work?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Accessibility engineer | Founder at Clearpath A11y", copies=1,
        steps=[
            ("p", "0", "I ran a quick automated scan on the Kestrel Health patient portal. Found 37 issues, 9 of them on the appointment booking flow. Want the full report? Free, no strings.\n\nIf it's useful, we fix everything for a flat fee, but the report is yours either way."),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "ok so I redesigned the Plotline onboarding as a little weekend exercise 😅 want to see it? if you like the direction we run 2-week onboarding sprints for SaaS teams"),
            ("p", "1d", "here's a peek: <<site>>/plotline-concept. happy to walk you through it on a call"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Host, Design Leaders Unfiltered podcast", copies=1,
        steps=[
            ("p", "0", "Hi Jordan! I host Design Leaders Unfiltered and we'd love to feature you in season 4. Your take on fractional design leadership is exactly what our listeners want.\n\nTo keep the show independent we ask guests for a production contribution of $450, which covers editing, a video cut and promotion to our 22k-person list. Shall I send the booking link?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Awards Manager, European Studio Awards", copies=1,
        steps=[
            ("p", "0", "Congratulations, Jordan! Fieldnote Studio has been longlisted for the European Studio Awards 2027 in the Digital Product category. To confirm your entry and move to the jury round, the participation fee is €390 (early rate until 15 December). I've attached the entry pack.\n\n- ESA2027_entry_pack.pdf"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Business Development at Gridline Tools", copies=1,
        steps=[
            ("p", "0", "Are you the right person to talk to about design tooling at Kestrel Health? If not, could you point me to who is? Thanks a lot."),
            ("p", "2d", "To give a bit of context: we help health product teams keep their design system and code in sync, and we've been getting good results with companies at Kestrel's stage. 20 minutes would be plenty."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder at Hourglass", copies=1,
        steps=[
            ("p", "0", "Quick question for you Jordan: how are you tracking time at Fieldnote? Harvest, spreadsheets, vibes? 😄\n\nWe built Hourglass for studios that hate timesheets (it fills itself in from your calendar and Figma activity). I'd love to give you a private demo and get your honest opinion."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Founder | Building the future of design handoff", copies=1,
        steps=[
            ("p", "0", "Hi Jordan. I'd really value your opinion as an experienced designer. We're building a handoff tool and I want feedback from people who actually know the pain. Would you give me 20 minutes on a call where I show you the product? If it clicks, we have a founding-customer discount running until the end of the year."),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "would you be open to a collab?? we run a newsletter for product designers (31k subs) and think Fieldnote would be a perfect fit for a sponsored deep-dive"),
            ("me", "5h", "What do you mean by collab exactly?"),
            ("p", "1h", "so basically we write a feature on one of your projects, you get a dedicated slot + 2 social posts. it's €1,200 for the package, and we have one slot left in January"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Helping early-stage SaaS founders with retention", copies=1,
        steps=[
            ("p", "0", "Congrats on the Plotline beta! 🎉 Launches are exciting and exhausting. I help early-stage SaaS founders figure out why people stop using the product after week 2, and I've put together a short retention checklist I'd be happy to walk you through on a free strategy session. Interested?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Partner at Northlight Consulting", copies=1,
        steps=[
            ("p", "0", "Happy to share what's working for the studios we advise right now. The short version: the ones growing in this market have narrowed to one vertical and raised prices. Would you like to compare notes over a call? I'll bring the data, you bring the coffee ☕ And if it's useful, we can talk about how we'd apply it to Fieldnote."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Speaker coach | TEDx, Web Summit", copies=1,
        steps=[
            ("p", "0", "Saw the recording of your talk on design debt. Great content! A few delivery tweaks would make it land twice as hard, especially the opening 90 seconds. I'd be glad to send you 3 notes for free. I also run a 4-session stage programme if you ever want to go deeper."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Head of Partnerships at Figma plugin studio Nodeworks", copies=1,
        steps=[
            ("p", "0", "Hey Jordan, we're looking for a handful of design studios to join our early-access programme. You'd get our auto-layout audit plugin free for 3 months, and in return we'd hop on a monthly call so we can show you new features and talk about a studio licence for the team. Sound good?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="old", channel=None, history="complete", sender="person",
        hl="Growth Marketer", copies=1,
        steps=[
            ("p", "0", "Jordan! Long time no talk. We connected back when you were still freelancing I think. Anyway, I've started my own paid-social agency and I'd love to catch up and hear how Fieldnote is going. Maybe we can find a way to work together on your lead gen too 🙂 Free this week?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Product Analytics Lead at Tracepoint", copies=1,
        steps=[
            ("p", "0", "Curious: how do you decide what goes on the Plotline roadmap right now? Gut feel, user interviews, usage data? (We work on exactly this problem at Tracepoint, hence the question.)"),
            ("p", "1d", "Reason I ask is that we've been helping early SaaS teams connect product analytics straight to roadmap decisions. I could show you a 10-minute demo using a sample roadmap. No pressure."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Brand strategist", copies=1,
        steps=[
            ("p", "0", "Hi Jordan,\n\nI've been following Fieldnote for a while and I think there's a gap between how good your work is and how the brand presents itself. I put together a one-page brand audit with three observations. Can I send it over? If any of it resonates, I do half-day positioning workshops for studios."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder at Cohortly | Community for design leaders", copies=1,
        steps=[
            ("p", "0", "Jordan, I'm putting together a small circle of 12 design leaders in Southern Europe who meet monthly to swap notes on hiring, pricing and running teams. You came up as someone who'd add a lot.\n\nMembership is €190/month, first session free. Would you like to join the January intro call?"),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan love your threads on design systems. we're writing a report on design ops maturity and would love to include Fieldnote as a case study. it's a 30 min interview + our team would show you how our platform maps your maturity score. can I send a calendar link?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="UX research tools | Partnerships", copies=1,
        steps=[
            ("p", "0", "Hi there! What's the biggest bottleneck in your research process at the moment? We build research tooling, so I'm always curious."),
            ("me", "1d", "Honestly synthesis. Why?"),
            ("p", "3h", "Ha, that's what we hear most! Our AI synthesis tool turns 10 interview transcripts into themes in about 4 minutes. Can I set you up with a demo? There's a 30% discount for studios this month."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Fractional CMO for B2B SaaS", copies=1,
        steps=[
            ("p", "0", "Jordan, random thought after seeing Plotline's launch post: the product looks great but the go-to-market looks like it's running on founder energy alone. Been there. If you want, I'll do a free 45-minute GTM strategy session, no slides, just a whiteboard and your questions. Most founders walk away with 2-3 things to change that week. And if you need more help after that, I take on 2 fractional clients per quarter."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Co-founder, Stackwise", copies=1,
        steps=[
            ("p", "0", "hey jordan quick one - what tools does fieldnote use for client approvals? asking because we're seeing agencies drop email threads for a shared approvals board and wondered if that's on your radar. could show you ours in 10 min"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Managing Director, Harbour Research Partners", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nOur team has prepared a complimentary competitive landscape for the roadmap-tool category, covering 23 products, pricing tiers and positioning. We believe it would be valuable to Plotline as you plan 2027.\n\nWe'd be happy to present it on a short call and discuss how our ongoing market-intelligence subscription could support your team.\n\nKind regards,\n<<full>>\nHarbour Research Partners"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="old", channel=None, history="complete", sender="person",
        hl="Workplace Experience | Flex offices Lisbon", copies=1,
        steps=[
            ("p", "0", "Hey Jordan! Saw Fieldnote is growing, congrats. Where's the team based at the moment? Would love to invite you for a coffee and a tour of our new space in Marvila. First month is half price for teams who move in before February 🙂"),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "noticed you liked a post from @mariaseo_builds, we work with her too! she doubled her inbound with our profile optimisation. want me to do a free audit of yours?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder & CEO, Sprintbox", copies=1,
        steps=[
            ("p", "0", "Saw you're on the board at a design non-profit. We're offering free licences of Sprintbox to non-profits this quarter, and I'd love to set up a call to get your board onboarded. Also happy to talk about how Fieldnote could use it with clients (we have an agency plan)."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Head of Community at Pixelhaus", copies=1,
        steps=[
            ("p", "0", "Would you be up for mentoring on Pixelhaus? We match senior designers with juniors for paid 1:1 sessions. You set your rate and we take a small platform fee. Onboarding takes a 15-minute call with me, which I can book whenever suits you."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Sales Engineer at Formstack Labs", copies=1,
        steps=[
            ("p", "0", "Jordan,\nHow are patients onboarding at Kestrel today: paper intake forms, PDFs, or something digital?\nAsking because our HIPAA/GDPR-compliant forms cut intake time by about 8 minutes per patient for a clinic group in Braga.\nWorth a look? I could show you in 15 min."),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hi Jordan 👋 big fan of your blog. I made you a personalised Notion dashboard for running Fieldnote (projects, clients, invoices) as a thank-you for the posts. Want it? I usually sell these for $149 but happy to do a founder price if you want me to customise it further"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder | Helping studios win bigger clients", copies=1,
        steps=[
            ("p", "0", "Question I ask every studio founder: if you could land one dream client in 2027, who would it be? (Building target lists for studios is what we do, so I'm always curious.)"),
            ("p", "2d", "We build account-based outreach to exactly those companies. Happy to map your top 10 targets for free as a starting point. Just tell me the names."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="VP Partnerships, Lumen Summit", copies=1,
        steps=[
            ("p", "0", "Great news, Jordan: you've been recommended as a potential speaker for Lumen Summit 2027 in Barcelona! We'd love to have you on our Design Leadership stage. Speaker packages include a 20-minute slot, a booth and 3 passes, starting at €2,400. Can we set up a call to go through the options?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Chief of Staff as a Service", copies=1,
        steps=[
            ("p", "0", "Running a studio, a beta and a fractional role at the same time... how do you keep it all straight? Genuinely curious. I'm asking because we provide part-time chiefs of staff to founders in exactly that spot, and the first intro call is on us."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder, Intake.ai", copies=1,
        steps=[
            ("p", "0", "hi jordan! is fieldnote taking on new clients at the moment? asking because I might be able to help with that 👀"),
            ("me", "4h", "Help how?"),
            ("p", "20m", "we help studios qualify inbound leads automatically so you only talk to serious clients! could I show you a demo this week? takes 15 min"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Design Systems consultant", copies=1,
        steps=[
            ("p", "0", "Hey Jordan, I've been studying the Kestrel Health app and noticed the button styles drift across about 6 screens. Small thing, but it usually points to a design system that's stretched. I've helped 3 healthtech teams consolidate theirs. Want me to send a quick Loom with what I found? Happy to chat about a short engagement after."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Partner Manager, Trellis HR", copies=1,
        steps=[
            ("p", "0", "Hello! I'm doing some research on how small studios handle performance reviews. Would you have 15 minutes to share how you do it at Fieldnote? As a thank-you, I'll give you free access to our review templates, and I'd love to show you the platform while we're at it."),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "yo jordan, I'm making a free mini-course for designers on selling to enterprise. can I interview you for it? (and I'll show you our sales tool while we're at it, I think you'd actually like it lol)"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder at Boardroom.tools", copies=1,
        steps=[
            ("p", "0", "Hello Jordan, fellow non-profit board member here 👋 How does your board handle papers and minutes? We were drowning in email attachments, so we built a board portal. Non-profits get it at 50% off. Happy to show you around whenever."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Head of Growth at Sendcraft", copies=1,
        steps=[
            ("p", "0", "Love that you write a blog! How many subscribers are you at now? We help independent writers grow lists from a few hundred to a few thousand with referral loops. I can set up a free growth plan for your blog, just need 20 min with you."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Investor Relations | Ventura Angels", copies=1,
        steps=[
            ("p", "0", "Jordan, our angel network is looking at roadmap tools this quarter and Plotline came up. Could we schedule an intro? Note that presenting at our monthly pitch night has a €350 application fee, which covers the investor-readiness review."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Sustainability consultant for digital studios", copies=1,
        steps=[
            ("p", "0", "Jordan, do you know the carbon footprint of a typical Fieldnote project? Most studios don't, and clients are starting to ask. We do a free footprint estimate for one project so you can see where you stand, and then offer certification packages. Want to try it?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Product Designer & Founder at Swatchly", copies=1,
        steps=[
            ("p", "0", "Hey Jordan! One designer to another: what's your least favourite part of handing over colour palettes to devs? Mine was always the copy-pasting of hex codes, so we made a tool that exports tokens straight from moodboards."),
            ("p", "6h", "Forgot to say: I'm giving 20 studios lifetime access for €99 this week. Would love to send you a code."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Editor-in-chief, Designers of Europe", copies=1,
        steps=[
            ("p", "0", "Jordan, we'd like to profile you in our upcoming 'Studios to Watch' issue. Featured studios take a profile package (interview, photo shoot, half-page print feature) at €850. Would you like me to reserve your spot before the issue closes on the 20th?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Insurance for creative businesses", copies=1,
        steps=[
            ("p", "0", "Quick gut-check, Jordan: if a client claimed a Fieldnote design caused them a loss, would your current insurance cover it? Most studio owners aren't sure. I can review your policy for free and tell you where the gaps are. 15 minutes, no pressure to switch."),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan random q but have you ever considered white-labelling your design services to dev agencies? we connect studios with agencies that need design capacity, we'd take care of the sales. happy to explain our model on a quick call"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Engagement Manager, Bluepoint UX Benchmarks", copies=1,
        steps=[
            ("p", "0", "We benchmarked the patient onboarding flows of 18 digital health apps, and Kestrel's is in there (ranked 11th). Happy to send you the full breakdown for Kestrel, free. Would you also be open to a call where we show you how we'd get it into the top 5?"),
        ],
    ),
]
# ---------------------------------------------------------------- p_sympathy
THREADS += [
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Career Transition Specialist | Outplacement", copies=1,
        steps=[
            ("p", "0", "Jordan, I was so sorry to read about the layoffs at Kestrel Health. That's never easy, especially for the people leading the teams. If it would help, our outplacement programme supports affected employees with CV reviews, coaching and job-search support, and companies usually cover it as part of the exit package. Could I share a short overview with you or HR?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Burnout recovery coach for founders", copies=1,
        steps=[
            ("p", "0", "Saw your post about hitting a wall last month. Thank you for being so honest, it takes guts. I went through burnout myself in 2021 and now I help founders recover without stepping away from their companies. My 8-week programme starts on the 5th and I have 2 spots left. Would you like to hop on a free discovery call to see if it's right for you? 💛"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="New business consultant for agencies", copies=1,
        steps=[
            ("p", "0", "Hey Jordan, I heard through the grapevine that Fieldnote lost a big client recently. I'm sorry, that's a gut punch for a small studio. I've helped a dozen studios refill the pipeline after exactly that kind of loss, usually within 90 days. Happy to talk through a plan if it helps."),
        ],
    ),
    dict(
        family="p_sympathy", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "ugh sorry about your laptop getting stolen at the conference 😞 that's the worst. hope you had backups! fwiw we do cyber insurance for freelancers and small studios, covers device theft + data recovery. can send you a quote in 2 min if you want"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Collections specialist | Recovering unpaid invoices", copies=1,
        steps=[
            ("p", "0", "Jordan, your post about the client who still hasn't paid after 5 months really hit home. Nobody should have to chase their own money. We recover overdue invoices for creative studios on a no-win, no-fee basis (we keep 12% of what we collect). Want me to take a look at this one?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Therapist | Founder of Steady Minds", copies=1,
        steps=[
            ("p", "0", "Hi Jordan. I read your blog post on imposter syndrome as a first-time founder and wanted to say: you're not alone in that. So many founders feel it and so few talk about it.\n\nIf you ever want support, Steady Minds offers online therapy with therapists who specialise in founders and executives. I'd like to offer you 20% off your first month with the code FIELD20."),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="CTO-for-hire | Rescue projects", copies=1,
        steps=[
            ("p", "0", "So sorry to see that the Plotline launch slipped again. I know exactly how that feels, I've been the founder apologising to the waitlist. My team specialises in rescuing delayed SaaS builds: we audit your codebase in a week and give you a realistic ship date. Could we do a quick call?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Leadership coach | ICF PCC", copies=1,
        steps=[
            ("p", "0", "Dear Jordan, I'm sorry to hear your co-founder has moved on. Transitions like that can feel lonely, even when they're amicable. I coach founders through exactly this stage: redefining your role, rebuilding the team's confidence, and making space for yourself. I'd be honoured to offer you a complimentary session. Would next week work?"),
        ],
    ),
    dict(
        family="p_sympathy", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "hey, saw your tweet about not sleeping before the Kestrel launch. been there!! 😵 I'm a sleep coach for high performers, my 6-week protocol got 87% of clients to 7+ hours. want the details?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Grant writer for non-profits", copies=1,
        steps=[
            ("p", "0", "Jordan, I was sad to read that your design non-profit lost its municipal funding for next year. Those programmes matter. I've secured over €3M in grants for cultural and education non-profits in Portugal and Spain, and I'd love to help yours find replacement funding. My retainer is modest and I can share references. Could we talk this week?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Team facilitator | Conflict resolution", copies=1,
        steps=[
            ("p", "0", "Your post about a tough quarter with the team was really brave. Sounds like there's some tension to work through. I run one-day team reset workshops for small creative studios (in person in Lisbon or online). Would it help to talk about what that could look like for Fieldnote?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Physiotherapist | Desk workers & remote teams", copies=1,
        steps=[
            ("p", "0", "Oh no, sorry to hear about your back! I saw you mention it in your last post. Designers sit for way too long 😬 I run an online physio programme for desk workers, and you can join the December group at the early-bird price (€79 instead of €129). Here's the link if you'd like it: <<site>>/december"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Recruiter | Design & Product | Iberia", copies=1,
        steps=[
            ("p", "0", "Saw that your lead designer at Kestrel just announced they're leaving. Sorry, losing someone good always hurts. We've placed 40+ senior product designers in healthtech and can usually present a shortlist in 10 days. Our fee is 18% of first-year salary. Want me to start a search?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Elder care concierge | Lisbon", copies=1,
        steps=[
            ("p", "0", "Jordan, I hope your mother is recovering well. I saw your note about taking some time off to be with her after the hospital stay. Caring for a parent while running a business is so hard. Our concierge service arranges in-home carers, appointments and transport across Lisbon so families can breathe. I'd be glad to send you our family packages whenever you're ready."),
        ],
    ),
    dict(
        family="p_sympathy", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "sorry your talk got cancelled last minute, that's rough after all the prep 😔 honestly though it's a sign you should own your stage. I help designers launch paid workshops so you're not dependent on conference organisers. free 30 min call this week?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Fundraising strategist | Seed & Series A", copies=1,
        steps=[
            ("p", "0", "Jordan, I read your thread about 40 investor rejections for Plotline. I'm sorry, fundraising is brutal right now and it's not a reflection of the product. I've helped 30+ founders turn around stalled rounds. I'd like to offer you a free round-review session. Can I send a link?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Executive Coach | Resilience for public-facing leaders", copies=1,
        steps=[
            ("p", "0", "Jordan, sending you strength after that awful comment thread on your post last week. Nobody deserves that. If you'd like a space to process it and build some armour for the next one, my resilience coaching package (4 sessions, €600) might help. No pressure, the door is open."),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Cash flow consultant for small businesses", copies=1,
        steps=[
            ("p", "0", "Hi Jordan,\n\nYour honesty about a slow quarter at Fieldnote was refreshing. Most owners hide it. If cash is tight, I can help: we set up 13-week cash forecasts and negotiate with suppliers for studios. Introductory audit is €250, normally €600. Let me know and I'll send a booking link."),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Wellness programmes for teams", copies=1,
        steps=[
            ("p", "0", "I'm so sorry to hear the Fieldnote team has been running on fumes lately. 😞 Burnout spreads quickly in small teams. We bring weekly yoga, breathwork and mindfulness sessions into studios like yours, from €300/month. Would you like to book a free trial session for the team?"),
        ],
    ),
    dict(
        family="p_sympathy", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "hey Jordan, saw you got hit by the account lockout on here 😬 happened to me too. I run a service that recovers hacked & locked accounts within 48h. DM me and I'll get you sorted, flat fee"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Relocation & immigration advisor | Portugal", copies=1,
        steps=[
            ("p", "0", "Jordan, I saw your post about the visa nightmare for your new hire. AIMA delays are awful right now and I'm sorry you're dealing with it. We handle work visas for studios end to end, usually in half the time. Happy to take this one off your plate. Shall we talk tomorrow?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Business mentor | 20 years in agencies", copies=1,
        steps=[
            ("p", "0", "Hey Jordan, I noticed you went quiet on here for a few weeks. Hope everything is okay. Running a studio can be a lonely place.\n\nI've started a small mastermind for studio founders who are feeling stuck. We meet every other Thursday. It's €240/month and the first session is free. Would you like to join us on the 14th?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Legal support for freelancers & studios", copies=1,
        steps=[
            ("p", "0", "Sorry to read that a client took your designs without paying. That's infuriating. We run a legal plan for creative studios: €49/month covers contract reviews and letters of demand like this one. First letter is free if you sign up this week. Want me to draft it?"),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Grief counsellor & coach", copies=1,
        steps=[
            ("p", "0", "Jordan, I saw your post about losing your grandfather. My deepest condolences. Grief and work don't mix easily, and most leaders push through alone. I offer a 6-session grief programme designed for busy professionals, online and confidential. If it's of any help, I'd be glad to hold a spot for you."),
        ],
    ),
    dict(
        family="p_sympathy", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Outplacement & career coaching", copies=1,
        steps=[
            ("p", "0", "So sorry about the restructuring news at Kestrel, Jordan. If you're among those affected, my career relaunch package could help you land your next role faster (CV, LinkedIn rewrite, interview prep). Spots for December are limited. Happy to talk."),
        ],
    ),
]
# ---------------------------------------------------------------- p_recruiter_blast
THREADS += [
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Talent Acquisition Consultant | UX/UI", copies=3,
        steps=[
            ("p", "0", "Hi Jordan,\n\nWe are currently hiring for multiple roles with our clients:\n- Senior UX Designer (remote, EU)\n- UI Designer (Dubai, relocation)\n- Product Designer (Warsaw, hybrid)\n- Design Lead (Amsterdam)\n\nIf any of these are of interest, or you know someone, please send an updated CV to careers@<<site>>. Referral bonus of €500 for successful placements!\n\nRegards,\n<<first>>"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Director at Talentbridge Iberia", copies=1,
        steps=[
            ("p", "0", "Hello Jordan, we have the largest database of pre-vetted product designers in Southern Europe (over 14,000 profiles). If Fieldnote or Kestrel Health is hiring, we can deliver a shortlist of 3 within 48 hours. Our fee is just 15% and we offer a 90-day replacement guarantee. When can we talk?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Business Development Manager | Offshore Software Development", copies=4,
        steps=[
            ("p", "0", "Dear Jordan,\n\nGreetings from <<company>>!\n\nWe are a leading software development company with 350+ developers in React, Node, Python, Flutter and more. We provide dedicated teams starting from $2,800 per developer per month, with a free 2-week trial.\n\nCould we schedule a short call to discuss your requirements?\n\nBest regards,\n<<full>>"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Senior Recruiter | Tech & Digital", copies=1,
        steps=[
            ("p", "0", "Hi Jordan! I have an exceptional Senior Product Designer available immediately. Ex-fintech, 8 years experience, strong in design systems, fluent in English and Portuguese. Would be perfect for Fieldnote. Our fee is 20%. Shall I send over the anonymised CV?"),
            ("p", "4d", "Just checking if you had a chance to see my last message? This candidate is interviewing elsewhere so it's moving fast."),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Account Manager, DesignJobs.eu", copies=1,
        steps=[
            ("p", "0", "Hiring designers in 2027, Jordan? Post your Fieldnote roles on DesignJobs.eu and reach 85,000 designers across Europe. As a new customer you'll get 30% off your first listing if you book before December 31st. Let me know and I'll send the discount code!"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "hiring devs? 🧑‍💻 we have senior react + node devs available from $25/hr, vetted, start next week. reply DEVS and I'll send profiles"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Executive Recruiter | Hiring for Fortune 500 companies", copies=3,
        steps=[
            ("p", "0", "Hi Jordan,\n\nI came across your profile and think you could be a great fit for several opportunities I'm working on. I recruit for leading companies across design, product, engineering and marketing.\n\nCould you share your current CV and salary expectations so I can match you with the right roles?\n\nThanks,\n<<first>> | <<company>>"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="RPO Solutions | Scale hiring without the overhead", copies=1,
        steps=[
            ("p", "0", "Jordan, how many hires is Kestrel Health planning for 2027? Our recruitment process outsourcing (RPO) model embeds a recruiter in your team for a fixed monthly fee, typically 40% cheaper than agency fees. We've helped 20+ healthtechs scale. Could I send you a proposal?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder at Freelancehub", copies=1,
        steps=[
            ("p", "0", "Hey Jordan 👋 Need extra design capacity for Fieldnote? Freelancehub gives you on-demand access to 3,000+ vetted designers, illustrators and motion artists. No recruiting, no contracts, pay by the hour. Sign up this month and your first 10 hours are free. Want an invite?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Technical Recruiter at Vertexa Staffing", copies=1,
        steps=[
            ("p", "0", "Good morning Jordan!\nWe're currently building talent pipelines for 2027 and are partnering with companies that need software engineers, QA, DevOps and designers.\n✅ Contract or permanent\n✅ Onshore, nearshore, offshore\n✅ Replacement guarantee\nIf you have any open positions now or in the near future, I'd be happy to assist. Just reply with the role and I'll get started."),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Head of Sales, CodeNest Vietnam", copies=1,
        steps=[
            ("p", "0", "Hi Mr. Reyes,\n\nI hope this message finds you well. My name is <<full>> and I represent CodeNest, a software outsourcing company based in Ho Chi Minh City with 12 years of experience serving clients in Europe and Australia.\n\nWe noticed Plotline is growing and would like to propose a cost-effective extension of your engineering team. Our rates are 60% lower than European equivalents while maintaining high quality.\n\nWould you be available for a 20-minute call this week?\n\nBest regards,\n<<full>>\nHead of Sales, CodeNest"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Recruitment Consultant | Creative & Digital", copies=1,
        steps=[
            ("p", "0", "Hello, I'm reaching out to design agency owners in Lisbon to see if you'd like to work with us for your 2027 hiring. We specialise in creative roles and have a bank of 600+ available candidates right now, from junior UI to creative director. Shall I send over our terms of business?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Talent Partner | Remote jobs in the US", copies=1,
        steps=[
            ("p", "0", "Hey Jordan, are you open to new opportunities? 🚀 We help European designers land remote roles at US startups paying $90k-$160k. Our 6-week placement programme includes portfolio review, interview coaching and direct intros. Only 10 spots this cohort. Want the details?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=3,
        steps=[
            ("p", "0", "Hi! We're <<company>>, a team of 40 UI/UX designers in Lahore. We do white-label design for agencies at $18/hour. Mobile apps, dashboards, landing pages. Can we send you our portfolio?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Partner, Ascend Executive Talent", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nI'm reaching out to senior design leaders to introduce Ascend's candidate network. Whether you're hiring or considering your own next step, we'd like to add you to our confidential talent pool. Registration takes a 30-minute screening call with one of our partners.\n\nKind regards,\n<<full>>"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Staffing Specialist", copies=1,
        steps=[
            ("p", "0", "Hi Jordan hope all good. We provide contract designers and developers at short notice, min 1 month. Any needs currently? Thanks"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Co-founder, HireLoop | AI-powered hiring", copies=1,
        steps=[
            ("p", "0", "Jordan, still screening design portfolios by hand? HireLoop's AI scores applicants against your role in seconds. Studios using it cut time-to-hire from 41 to 19 days. I can get you a free trial for your next Fieldnote role. Want me to set it up?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="International Recruitment | Healthcare & Tech", copies=1,
        steps=[
            ("p", "0", "Hello Jordan,\n\nKestrel Health may be interested in our international talent programme. We source and relocate qualified professionals from Brazil, India and the Philippines to Portugal, handling visas and onboarding.\n\nPlease find our brochure attached.\n\n- Talent_Programme_2027.pdf"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Recruiter", copies=1,
        steps=[
            ("p", "0", "Hi Jordan, I'm working on 15+ design roles right now (UX, UI, research, design ops) with top clients across the EU and UK. If you're open, please apply via our job portal <<site>>/jobs and mention my name so I can fast-track your application."),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Growth at Bench.dev", copies=1,
        steps=[
            ("p", "0", "Jordan - we have 4 senior engineers coming off a project next week (2x React, 1x Node, 1x QA). Instead of letting them sit on the bench, we're offering them at 25% off standard rate for any project starting before Jan 15. Perfect time to accelerate Plotline. Interested?"),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Headhunter | C-level & Board", copies=1,
        steps=[
            ("p", "0", "Good afternoon. As a board member you'll appreciate how hard it is to find strong non-executive directors. Our firm maintains a network of 1,200 board-ready candidates. If your non-profit is looking to strengthen its board, we'd be happy to present our services in a brief meeting."),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Talent Sourcer", copies=1,
        steps=[
            ("p", "0", "Hi there! Hiring in 2027? We source passive candidates for design and product roles with a 93% response rate. Pay only per interview booked (€190/interview). Let me know if you want a sample list of profiles for your next role."),
        ],
    ),
    dict(
        family="p_recruiter_blast", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Sales Executive, Hirewave", copies=1,
        steps=[
            ("p", "0", "Hello Mr. Reyes! Hope you're having a great week 😊\n\nAre you currently looking for interns for Fieldnote Studio? We connect companies with 25,000+ students and recent graduates from top design schools. Post your first internship for free, then plans start at €99/month.\n\nLet me know if you want a demo!"),
        ],
    ),
]
# ---------------------------------------------------------------- p_exec_services
THREADS += [
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Relationship Manager, SME Lending | Atlantica Capital", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nI am pleased to inform you that Fieldnote Studio has been pre-qualified for a working capital facility of up to €250,000, with funds available in as little as 72 hours and no personal guarantee required for amounts under €100,000.\n\nMany design and technology firms use our facility to bridge client payment cycles or to fund growth initiatives such as new hires and product development.\n\nI would welcome the opportunity to discuss terms with you at your convenience. Please let me know a suitable time for a 15-minute call.\n\nSincerely,\n<<full>>\nRelationship Manager, SME Lending\nAtlantica Capital\n+351 21 000 4417"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Invoice finance for agencies", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nWaiting 60 or 90 days for clients to pay? We advance up to 90% of your outstanding invoices within 24 hours, so Fieldnote never has to wait on a slow-paying client again. Fees from 1.2% per month.\n\nHappy to run the numbers on your current receivables. Would Thursday at 10:00 suit?\n\nBest,\n<<first>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Managing Partner, Clearwater PR", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nI lead Clearwater PR, a boutique agency that places founders in top-tier business and design publications. In the past twelve months our clients have been featured in more than 140 articles, podcasts and broadcast segments.\n\nGiven your role at Fieldnote and the upcoming Plotline launch, I believe there is a strong story to tell, and we would be delighted to help you tell it. Our founder visibility programme runs for six months with guaranteed placements.\n\nWould you be open to a brief introductory call next week?\n\nWarm regards,\n<<full>>\nManaging Partner | Clearwater PR\n+44 20 7946 0381"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Speechwriter to CEOs and keynote speakers", copies=1,
        steps=[
            ("p", "0", "Mr. Reyes,\n\nI noticed you are speaking at several conferences next year. A great keynote is rarely written by the person delivering it. I have written speeches for executives at a number of European technology companies and would be glad to support you in crafting talks that are remembered long after the applause.\n\nMy keynote package includes two interviews, a full draft, two rounds of revisions and a rehearsal session.\n\nMay I send you my portfolio and rates?\n\nYours sincerely,\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Partner, Meridian Executive Search", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nAs Plotline prepares for growth, your first senior engineering hire will be pivotal. Meridian Executive Search has completed more than 60 VP Engineering and CTO searches for venture-backed companies across Europe, with an average time to offer of 11 weeks.\n\nI would value the opportunity to present our approach and discuss how we could act as your retained search partner.\n\nKind regards,\n<<full>>\nPartner, Meridian Executive Search\nLondon | Lisbon | Berlin"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Charter Director, Azure Tide Yachting", copies=1,
        steps=[
            ("p", "0", "Good afternoon Jordan,\n\nI am writing to introduce Azure Tide Yachting, offering private yacht charters from Cascais and the Algarve for executive retreats, client hospitality and team celebrations.\n\nOur fleet ranges from 18 to 34 metres, fully crewed, with catering by a private chef. Many technology leaders use a day on the water to host key clients or reward their teams after a major launch, perhaps an appropriate way to celebrate Plotline?\n\nI would be happy to send our 2027 brochure and availability.\n\nWith best regards,\n<<full>>\nCharter Director\n+351 91 000 2276"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Partnerships Director, Product Futures Summit", copies=1,
        steps=[
            ("p", "0", "Good morning Jordan,\n\nProduct Futures Summit returns to Lisbon on 18-19 May 2027, bringing together 1,800 product, design and engineering leaders.\n\nWe are offering a limited number of sponsorship packages that put your brand in front of exactly Plotline's target audience:\n\n• Gold: €12,000 (main-stage talk, booth, 10 passes)\n• Silver: €7,500 (breakout session, booth, 6 passes)\n• Startup: €2,900 (demo table, 2 passes)\n\nEarly commitment before 20 December secures a 15% discount. Could we arrange a call to find the right fit?\n\nBest regards,\n<<full>>\nPartnerships Director"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Fractional CFO | SaaS & Services", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nI would like to meet with you concerning my being your new CFO.\n\nI realise that sounds presumptuous, so let me explain. I work as a part-time CFO for three founder-led companies at a time, and I currently have capacity for one more. Between a services studio and a SaaS product, you are likely dealing with two very different financial models, and that is exactly where I add the most value.\n\nWould you have 30 minutes for a coffee in Lisbon in the next two weeks?\n\nRespectfully,\n<<full>>, FCCA"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Investor Relations Advisor", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nOur firm provides investor relations services to early-stage companies, including investor updates, board reporting and shareholder communications. Founders who communicate well with investors raise their next round faster and on better terms.\n\nWe would be pleased to offer Plotline a complimentary review of your most recent investor update, followed by a proposal for an ongoing engagement.\n\nPlease let me know if this would be of interest.\n\nSincerely,\n<<full>>\nSenior Advisor\nNorthgate IR Partners\nT: +44 20 7946 0912"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Private Banker | Entrepreneurs & Founders", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nFounders often focus all their energy on their companies and very little on their personal wealth. At Solace Private Bank, we help entrepreneurs structure their assets, plan for liquidity events and manage investments with a dedicated private banker.\n\nI would welcome the chance to introduce myself over lunch in Chiado, at your convenience.\n\nKind regards,\n<<full>>\nSolace Private Bank\n+351 21 000 8830"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Investment Director | Portugal Real Estate Fund", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nAs a business owner in Lisbon, you may be interested in our new regulated real estate fund focused on residential development in Comporta and the Silver Coast. Target annual returns of 8-11% with a minimum subscription of €100,000.\n\nI would be pleased to share the fund documentation and arrange a private presentation.\n\nYours faithfully,\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Corporate Gifting | Curated Portuguese hampers", copies=1,
        steps=[
            ("p", "0", "Hello Jordan,\n\nWith the holidays approaching, may I suggest a thoughtful way to thank Fieldnote's clients? Our curated hampers feature small-batch Portuguese wines, conservas and ceramics, delivered anywhere in Europe with a handwritten card.\n\nOrders of 10+ hampers receive complimentary branding and 10% off if confirmed by 1 December.\n\nShall I send our corporate catalogue?\n\nWarmly,\n<<first>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Executive Coach to founders and CEOs", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nLeading a studio, building a product and advising another company's design function: few executives carry that kind of load. I work with a small number of founder-CEOs on a twelve-month basis, focusing on decision-making, delegation and sustainable performance.\n\nI would be glad to offer you an exploratory conversation, without obligation, to see whether there is a fit.\n\nWith warm regards,\n<<full>>\nPCC, Executive Coach"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Editor, European Leaders Directory", copies=1,
        steps=[
            ("p", "0", "Dear Jordan Reyes,\n\nWe are pleased to inform you that you have been selected for inclusion in the 2027 edition of the European Leaders Directory, recognising outstanding professionals in design and technology.\n\nTo confirm your listing and receive your commemorative plaque and printed edition, please complete the enclosed form and the inclusion fee of €495.\n\nCongratulations on this distinction.\n\n- ELD2027_confirmation_form.pdf"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Executive Transport | Lisbon & Porto", copies=1,
        steps=[
            ("p", "0", "Good morning Mr. Reyes,\n\nFor your upcoming conference travel and client visits, our chauffeur service provides discreet, punctual transfers from Lisbon and Porto airports in Mercedes E-Class and V-Class vehicles. Corporate accounts benefit from monthly invoicing and priority booking.\n\nMay I open an account for Fieldnote Studio?\n\nBest regards,\n<<full>>\n+351 96 000 5531"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Art advisory & office art leasing", copies=1,
        steps=[
            ("p", "0", "Good afternoon,\n\nA studio's walls say a great deal to clients before anyone speaks. We lease original works by emerging Portuguese artists to creative businesses, rotating pieces every six months, from €180 per month.\n\nI would love to visit Fieldnote's studio and propose a small selection. Would you have 20 minutes one morning next week?\n\nKind regards,\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Managing Director, M&A Advisory | Creative & Digital Agencies", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nI wanted to reach out confidentially. Several of our acquirer clients, including two international consultancies, are actively looking to acquire design studios in Southern Europe with strong product capabilities.\n\nWhether or not a sale is on your mind today, understanding what Fieldnote could be worth is valuable. We offer a confidential valuation assessment as the first step of our sell-side advisory.\n\nWould you be open to a discreet conversation?\n\nBest regards,\n<<full>>\nManaging Director\nArcadia Corporate Finance"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Private aviation | Jet card programmes", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nFor leaders whose time is their scarcest resource, our jet card offers guaranteed availability on light and midsize jets across Europe with 24 hours' notice, at fixed hourly rates.\n\nI'd be glad to share our 2027 programme and an illustrative cost for your typical routes, for instance Lisbon to London or Berlin.\n\nRegards,\n<<full>>\nAviation Advisor\n+44 20 7946 0554"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Ghostwriter | Business books for founders", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nYou have a book in you. Your writing on design leadership already has the bones of one.\n\nI help founders write and publish business books without taking months out of their calendar. We work from 12 recorded conversations and I handle the writing, editing and publishing. Most of my clients use their book to land speaking gigs and enterprise clients.\n\nCould we talk about what yours might look like? My next opening is February.\n\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Curator, Ideas Forum Lisbon", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nWe would be honoured to invite you to speak at Ideas Forum Lisbon in April. Our stage has hosted leaders in technology, design and social impact, and talks are filmed professionally for distribution.\n\nTo support production costs, speakers contribute a participation fee of €1,750, which includes professional filming, a speaker coach and a media kit.\n\nPlease let us know if you would like to reserve a slot.\n\nWith gratitude,\n<<full>>\nCurator"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Operations consultant | Profitability for professional services", copies=1,
        steps=[
            ("p", "0", "In our experience, studios of Fieldnote's size typically leave 12-18% of margin on the table through under-scoped projects and unbilled time. Our 6-week profitability diagnostic identifies exactly where and puts controls in place.\n\nI would welcome a brief conversation to explain our approach. Could you suggest a time that works?\n\nBest regards,\n<<full>>\nPrincipal Consultant, Halvorsen & Sá"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Cybersecurity for executives", copies=1,
        steps=[
            ("p", "0", "Mr. Reyes,\n\nPublic-facing executives are now the primary target of phishing, SIM-swap and impersonation attacks. Our executive protection service monitors your personal accounts, devices and online exposure around the clock, and responds when something goes wrong.\n\nI'd be glad to arrange a confidential exposure assessment at no cost. Please advise a convenient time.\n\nRegards,\n<<full>>\nSentinel Executive Security\n+351 21 000 6612"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Events Manager, Design Excellence Gala", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nThe Design Excellence Gala returns to the Pátio da Galé on 6 March. As one of Lisbon's leading studio founders, we would like to offer Fieldnote Studio a reserved table of ten at our partner rate of €3,200 (regular €4,100), including a mention in the programme.\n\nTables are allocated on a first-come basis. May I hold one for you until Friday?\n\nKind regards,\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="R&D tax incentives specialist | SIFIDE", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nThe development of Plotline very likely qualifies for SIFIDE II, Portugal's R&D tax incentive, which can recover up to 82.5% of eligible costs. Many startups miss out simply because nobody tells them.\n\nWe prepare the full application on a success-fee basis (no recovery, no fee). May I book a 20-minute eligibility check?\n\nBest,\n<<full>>\nSenior Consultant, Incentiva"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Board Advisory Network", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nYour experience makes you an ideal candidate for our Board Advisory Network, which matches accomplished executives with advisory and non-executive roles at growth companies.\n\nMembership includes profile placement, curated role alerts and board-readiness training. The annual membership fee is €1,200, currently reduced to €850 for new members.\n\nWould you like to schedule an onboarding call?\n\nSincerely,\n<<full>>\nMembership Director"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Director, Lusa Translation Services", copies=1,
        steps=[
            ("p", "0", "Good morning,\n\nAs your non-profit prepares its annual report, we would be pleased to provide professional translation into Portuguese, Spanish and French by certified translators, with typesetting included. Non-profit organisations receive a 20% discount.\n\nPlease find our rate card attached; I would be glad to prepare a quote.\n\nKind regards,\n<<full>>\n\n- Lusa_rate_card_2027.pdf"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Managing Partner, Strategos Advisory", copies=1,
        steps=[
            ("p", "0", "Subject: Strategic partnership proposal - Fieldnote Studio\n\nDear Mr. Reyes,\n\nStrategos Advisory supports founder-led professional services firms through the transition from 5 to 50 people. Our engagements typically cover organisational design, pricing strategy and leadership development.\n\nWe have reviewed Fieldnote's public profile and believe the studio is at an inflection point where a structured growth plan would accelerate results considerably.\n\nI would welcome a 30-minute discovery meeting at your office or ours in Avenida da Liberdade.\n\nYours sincerely,\n<<full>>\nManaging Partner\nStrategos Advisory\nT +351 21 000 7720 | <<site>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Reputation management | Online presence for leaders", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nWhen a prospective client or investor searches your name, what do they find? We audited your first page of search results and found two items we'd recommend addressing, plus several missed opportunities.\n\nOur executive reputation programme runs for 90 days. I'd be happy to walk you through the audit in a short call.\n\nRegards,\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Media Director, Founders Review Magazine", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nFounders Review is preparing its Spring edition on Europe's most innovative founders, and our editorial team has shortlisted you for a two-page feature.\n\nFeatures are part of our partner programme (€2,950), which includes the interview, professional photography, digital distribution to 120,000 readers and reprint rights.\n\nI would be delighted to confirm your participation this week.\n\nWarm regards,\n<<full>>\nMedia Director"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Commercial Real Estate Broker | Lisbon offices", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nI represent the landlord of a newly renovated 180 m² office loft in Santos, ideal for a growing creative studio: double-height ceilings, river light, fibre installed. Several studios have already viewed it.\n\nIf Fieldnote is considering a move in 2027, I would be glad to arrange a private viewing this week.\n\nBest regards,\n<<full>>\n+351 93 000 4108"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Wine & hospitality | Private tastings for companies", copies=1,
        steps=[
            ("p", "0", "Olá Jordan,\n\nWe host private wine tastings and dinners at our quinta in the Douro for companies entertaining clients or celebrating milestones. Groups of 8 to 40, with transport from Porto.\n\nI would be happy to send a proposal for a client evening in the spring.\n\nCom os melhores cumprimentos,\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Director, Atlantic Business Loans", copies=1,
        steps=[
            ("p", "0", "Dear Business Owner,\n\nAtlantic Business Loans is pleased to offer Fieldnote Studio an unsecured business loan of €25,000 to €500,000 at rates from 6.9% APR. Decisions within 24 hours. No impact on your credit score to check eligibility.\n\nReply to this message or call me directly to get started.\n\nSincerely,\n<<full>>\nDirector, Atlantic Business Loans\n+44 20 7946 0207"),
            ("p", "6d", "Dear Mr. Reyes, I wanted to make sure you received my earlier message regarding your pre-approved business loan offer. This offer remains available until the end of the month. Please let me know if you would like to proceed."),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Principal, Venture Debt | Growth Lending", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nFor SaaS companies with early recurring revenue, venture debt can extend runway without dilution. We provide facilities from €500k to €5M to companies like Plotline, alongside or instead of an equity round.\n\nI'd be happy to walk you through indicative terms. Do you have time in the next two weeks?\n\nBest,\n<<full>>\nPrincipal, Harrow Growth Lending"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Protocol & etiquette training for executives", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nAs your profile grows through speaking engagements and board work, how you present yourself in formal settings increasingly shapes how you are perceived. Our one-day executive presence programme covers media interviews, formal dinners and cross-cultural business etiquette.\n\nI would be pleased to send you the programme details and dates for the first quarter.\n\nKind regards,\n<<full>>"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Senior Partner, Halden Legal", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nI am writing to introduce Halden Legal, a corporate law firm advising technology founders on fundraising, shareholder agreements, ESOPs and IP.\n\nAs Plotline grows, getting the legal foundations right early avoids costly corrections later. We offer startups a fixed-fee package for incorporation and seed-round documentation.\n\nShould you wish to discuss, I would be pleased to meet at our Lisbon office.\n\nYours faithfully,\n<<full>>\nSenior Partner\nHalden Legal\nRua Castilho, Lisboa\n+351 21 000 3390"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Executive Assistant services | Virtual EAs", copies=1,
        steps=[
            ("p", "0", "Jordan, imagine getting 10 hours back every week. Our virtual executive assistants manage your inbox, calendar, travel and expenses, all vetted and fluent in English and Portuguese. Plans from €890/month.\n\nWould you like a short call to see if it's a fit?\n\n<<full>>\n<<company>>"),
            ("p", "5d", "Hi Jordan, following up on my note below. We have one EA with design-industry experience becoming available in January. Happy to set up an introduction if helpful."),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Patrimony & succession planning", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nAs a founder with interests in more than one company, have you considered how your shareholdings would be structured in the event of a sale, a new partner or a family change? We advise entrepreneurs on holding structures, succession and tax-efficient planning across Portugal and the UK.\n\nI would be glad to offer an initial consultation without charge.\n\nYours sincerely,\n<<full>>\nPartner"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Director, Luxury Incentive Travel", copies=1,
        steps=[
            ("p", "0", "Reward your top clients or your team with an unforgettable experience: private tours of the Azores, Madeira and Morocco, fully tailored for corporate groups of 6 to 60.\n\nFor groups confirmed before January, we include a complimentary welcome dinner and photographer.\n\nMay I prepare a bespoke itinerary for Fieldnote Studio?\n\nBest wishes,\n<<full>>\nDirector, Incentive Travel\n+351 21 000 9145"),
        ],
    ),
]
# ---------------------------------------------------------------- p_crypto_mlm
THREADS += [
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=3,
        steps=[
            ("p", "0", "bro I made 4.2 ETH this week following one signals group 🚀🚀 not even kidding. only 20 spots left in the VIP. DM me for the link"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="recent", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("a", "0", "Thanks for following back! Have a blessed day 🙏"),
            ("p", "1d", "Hello Jordan, are you open to additional income streams outside design? Not a pyramid thing lol, just something that's changed my life. Can I send you a 3 min video?"),
            ("p", "2d", "Hey! Just checking you saw the video? A few people from Lisbon joined the team this week and they're already seeing results 💪"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "I help busy professionals trade forex part time. My students average 12% per month following my setups. I only take on 5 new students a month. Interested? I'll send you my WhatsApp: +44 7700 900418"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=4,
        steps=[
            ("p", "0", "Hey Jordan 👋 our community caught a 38x on a new AI token last month. Next call drops Friday. Join us free on Telegram: t.me/<<handle>>_alpha (limited seats)"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hi dear, how are you doing today? I'm Sophia, I work in crypto investment and I've been helping a few friends grow their savings. I came across your profile, you look like a successful person. Can we be friends?"),
            ("me", "2d", "Hi, do we know each other?"),
            ("p", "10m", "Not yet 😊 but I believe in meeting good people. My uncle taught me a short-term trading strategy on a private exchange platform, I made 23% last week. If you want I can guide you step by step, it's very easy. Do you have WhatsApp? It's more convenient for me"),
            ("p", "3h", "You can start with just $500 to see how it works. I'll show you my profits screenshot"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Digital Entrepreneur | Mum of 2 | Freedom seeker 🌴", copies=1,
        steps=[
            ("p", "0", "Hey lovely! 💕 I saw you're a designer, such a creative field! I'm building a team of ambitious people in Portugal for my online wellness business. Be your own boss, work from anywhere, no experience needed. Would you be open to hearing more? Totally no pressure! 🌸"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "GM Jordan ☀️ copy my trades automatically and earn while you sleep. 91% win rate last 30 days, verified. link in bio, use code REYES for first month free 🔥"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "yo designer friend, we're launching an NFT collection and need a name like you on the art side. we'd pay you in tokens from the presale (worth 10x at listing, guaranteed). you just need to buy into the whitelist first, 0.3 ETH. in?"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=3,
        steps=[
            ("p", "0", "📢 Congratulations! Your wallet address qualifies for the $PLOT airdrop. Claim your 2,500 tokens before they expire: plot-airdrop.example/claim. Connect wallet to verify."),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Wealth Mentor | Financial Freedom Coach", copies=1,
        steps=[
            ("p", "0", "Quick question, Jordan: if your income stopped tomorrow, how long could you keep going?\n\nI teach professionals how to build a second income through trading, without quitting their jobs. My 30-day Wealth Accelerator starts Monday and the first call is free. Want in?"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "ngl you seem smart. have you heard of arbitrage bots? mine makes me ~$300/day passive. I can set one up for you, just need a small deposit to activate. check telegram @<<handle>>"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hello Mr. Jordan. I am an account manager at a regulated investment firm. We are offering a fixed-income crypto staking product with 4% weekly returns, capital protected. Minimum entry $1,000. Kindly reply with your WhatsApp number and I will share the full details."),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Network Marketing Leader | Diamond Rank", copies=1,
        steps=[
            ("a", "0", "Thank you for connecting Jordan! 🌟 Always great to meet like-minded entrepreneurs."),
            ("p", "3d", "I just wanted to ask, are you open to exploring a business opportunity that works alongside what you already do? Our team is expanding in Europe and we're looking for leaders, not followers. Let me know and I'll send you a quick overview 🙌"),
            ("p", "4d", "Hey Jordan, I'm hosting a Zoom on Thursday where I explain how I built a 6-figure residual income in 18 months. Want the link? It's free and no obligation!"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "JORDAN!!! 🚨🚨 BTC IS ABOUT TO MOVE. my last 5 calls hit. joining my private group is $49/mo and pays for itself with ONE trade. dont miss this one. DM me 'IN'"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "hey! are you still doing design stuff? I've got a way for creatives to make an extra 2-5k a month on the side, totally legit. would you be open to a quick chat on whatsapp?"),
            ("p", "1d", "no worries if not! just let me know either way 😊"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Dear friend, greetings. I am a professional Bitcoin miner and trader. I help people invest and earn massive returns within 7 days. Invest $500 get $5,000. Invest $1,000 get $10,000. It is real and legit. Kindly message me on Telegram for more info."),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Trading Educator | 7-figure trader", copies=1,
        steps=[
            ("p", "0", "Jordan, most designers trade their time for money. The top 1% make their money work for them.\n\nI'm opening 10 seats in my options trading mentorship for Q1. It's €1,997 (normally €3,500) and comes with live sessions, my watchlist and a private Discord. Reply \"SEAT\" and I'll hold one for you."),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=3,
        steps=[
            ("p", "0", "I turned $200 into $14k in 3 weeks using one simple strategy 📈 I teach it for free in my Telegram group, link below 👇\nt.me/<<handle>>signals"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "hi jordan sorry to bother, I saw your post about Plotline fundraising. have you thought of launching a token instead of a VC round? we do full token launches (tokenomics, listing, community). our last launch raised $2.1M in 48h. can I send the deck? we talk on telegram usually"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Independent Brand Partner | Health & Wellness", copies=1,
        steps=[
            ("p", "0", "Hi Jordan! I noticed you talk about burnout and energy in your posts. I've been using this plant-based supplement system for 6 months and honestly it changed everything. I'm now sharing it as a business too. Want me to send you a sample pack? If you love it, there's a way to get it free by sharing with 3 friends 😉"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hey, do you know anyone who'd want to invest in gold-backed crypto? Paying 2.5% daily, I'm in since March. If you refer people you get a bonus too. Can explain on WhatsApp +44 7700 900733"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "yo jordan quick q, you into crypto at all? got something for you"),
            ("p", "2m", "got a presale that's about to pop, devs are doxxed, liquidity locked. only taking 15 more people before it closes tonight. want the contract address?"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder | Passive income through Amazon FBA", copies=1,
        steps=[
            ("p", "0", "Hey Jordan, have you ever thought about starting an Amazon store on the side? We build and manage fully done-for-you stores. Our clients see $3k-8k/month in passive income within 6 months. Setup fee applies. Can I send you a case study?"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hello Jordan, I'm a certified account manager at a forex broker. We are giving new clients a 100% deposit bonus this week only. Minimum $250 to start. I will personally manage your trades. When can I call you?"),
            ("p", "1d", "Good morning Jordan, did you see my message? The bonus expires on Sunday. I don't want you to miss it."),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "my portfolio is up 340% this year and I'm sharing my exact moves with a small circle. $99 one time, lifetime access. only designers & creatives, we keep it chill. want in?"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="CEO | Real estate crowdfunding | 18% annual returns", copies=1,
        steps=[
            ("p", "0", "Good day Jordan,\n\nI'd like to introduce you to an exclusive opportunity: fractional investment in short-term rental properties in Dubai with guaranteed 18% annual returns, paid monthly. Entry from $5,000.\n\nDue to high demand, please reply within 48 hours and I'll send the investor pack via WhatsApp.\n\nBest,\n<<full>>"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "ur content is 🔥 but are u monetising it?? I made $11k last month with my digital products course, and I'm taking 3 creatives into my 1:1 coaching this month. it's a game changer. reply 'GROW' 👀"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hey there, my name is Daniel, I'm a mentor at a trading academy. Would you like to learn how to earn a consistent weekly profit from the crypto market? Our students are all beginners, no experience required. I'll add you to our free learning group on WhatsApp if you share your number."),
        ],
    ),
]
# ---------------------------------------------------------------- p_channel
THREADS += [
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Brightwave Cloud",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Is your SaaS infrastructure ready for your first 10,000 users, Jordan? Brightwave Cloud gives early-stage startups managed hosting with autoscaling, backups and 24/7 support, plus €5,000 in credits for qualifying teams. Book a 20-minute architecture review with our team and we'll apply the credits on the call."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Enterprise Account Executive at Canvasly", copies=1,
        steps=[
            ("p", "0", "Jordan, I'll be brief. Canvasly helps design teams at companies like Kestrel Health cut review cycles by 40% with live annotations on staging builds. I'd like to show you a 15-minute demo tailored to healthcare workflows. Would Tuesday or Thursday afternoon suit you?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Ledgerly Business",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, still chasing invoices manually? Ledgerly automates invoicing, reminders and reconciliation for studios and agencies. Start your free 30-day trial today and a specialist will set everything up with you on a free onboarding call."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Senior Partner Manager at Orbit CRM", copies=1,
        steps=[
            ("p", "0", "Hello Jordan,\n\nI noticed you're the founder of Fieldnote Studio. We're launching an agency partner programme where studios earn 20% recurring commission for referring clients to Orbit CRM, and get a free agency workspace.\n\nWould you be open to a call to discuss becoming a partner?\n\nThank you,\n<<full>>"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Alderwood Business School",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, ready to lead at the next level? Alderwood's Executive MBA for founders combines weekend modules in Lisbon with online learning, designed for leaders who can't step away from their company. Speak with an admissions advisor this week to check your eligibility for a 25% founder scholarship."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Account Executive | Digital Health Solutions", copies=1,
        steps=[
            ("p", "0", "Hi Jordan,\n\nAre you the right person to speak with about patient engagement at Kestrel Health? Our platform increases appointment adherence by up to 28% through personalised reminders. If someone else owns this, I'd be grateful for a pointer.\n\nBest regards,\n<<full>>"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Nimbus Analytics",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hi Jordan 👋 Product teams using Nimbus Analytics ship features users actually adopt. See how Plotline could track feature adoption without writing a line of code. Request your personalised demo → and get 3 months of Growth plan free."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Sales Director, Vantage Workplace", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nFieldnote Studio came up in our research on fast-growing creative businesses in Lisbon. Vantage designs and fits out studios and offices for teams of 5 to 50, from concept to move-in in 8 weeks.\n\nI'd welcome the chance to show you some recent projects. Could we find 20 minutes next week?\n\nKind regards,\n<<full>>\nSales Director"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:SignFlow",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, close client contracts 3x faster. SignFlow lets Fieldnote Studio send, sign and track proposals in one place. Agencies get 40% off the first year. Book a 15-minute demo to claim your offer."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Founder & CEO at Prism Research Panels", copies=1,
        steps=[
            ("p", "0", "Jordan, quick one. We recruit hard-to-reach participants (clinicians, pharmacists, care workers) for health UX research across the EU. I saw Kestrel is building patient tools and thought this might save your team weeks. Open to a quick call this week?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Business Development | Stratus Managed IT", copies=1,
        steps=[
            ("p", "0", "Jordan, who manages IT and device security at Fieldnote? Most small studios we speak with rely on someone who \"knows computers\", until something breaks. We provide fully managed IT for creative teams from €35/user/month. Worth 15 minutes to compare?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Talentsphere Recruiting",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Hiring your next designer, Jordan? Talentsphere's job slots put your roles in front of 2M+ creative professionals. Post your first job today and get €150 in promotion credits. Talk to a hiring advisor to get started."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="VP Sales EMEA at Quillbase", copies=1,
        steps=[
            ("p", "0", "Jordan - congratulations on the Plotline beta.\n\nMany of the roadmap tools in your space embed Quillbase to power their in-app documentation and changelogs. Rather than building it yourselves, you could have it live in a day.\n\nI'd love to set up a technical call with your engineering lead. What does your calendar look like next week?\n\n<<full>>\nVP Sales EMEA, Quillbase"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Halo Insurance for Business",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, protect Fieldnote Studio from claims that could cost you everything. Professional indemnity cover for design studios from €29/month, with instant online quotes. Get your quote in 3 minutes or speak to a specialist today."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Account Manager, Pulse Events", copies=1,
        steps=[
            ("p", "0", "Hi Jordan,\n\nWe're organising the Iberian HealthTech Forum in Madrid next March and are offering a limited number of exhibitor stands to digital health companies. Given Kestrel Health's profile, I think it's a great fit. Stands start at €4,800.\n\nWould you or a colleague be available for a quick call?\n\nMany thanks,\n<<full>>"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Founder at Kinetic Motion Studio", copies=1,
        steps=[
            ("p", "0", "Hey Jordan! Sorry for the InMail, I know nobody loves these. We're a motion design studio and a lot of product studios sub-contract their animation work to us. If Fieldnote ever needs motion for a client project or for Plotline's launch video, we'd love to be your go-to. Can I send over our rates?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Corevault Security",
        hl=None, copies=1,
        steps=[
            ("p", "0", "67% of startups fail their first enterprise security review. Corevault gets Plotline SOC 2 ready in as little as 8 weeks, with automated evidence collection. Schedule your free readiness assessment today."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Director of Partnerships, Atlas Coworking", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nI'm reaching out because Atlas Coworking is opening in Lisbon next month and we're offering founding members a private 6-desk office at 30% below market rate, locked in for 2 years.\n\nWould you like me to reserve a tour for you and your team?\n\nBest,\n<<full>>"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Frameflow",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, turn your Figma files into production-ready code in minutes. Frameflow is trusted by 4,000+ design studios. Get a personalised walkthrough from our team and unlock 2 months free on the Studio plan."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Customer Success Lead, Linegrid", copies=1,
        steps=[
            ("p", "0", "Hi Jordan, I saw Fieldnote is using Linegrid's free plan with 4 seats. Your team is hitting the project limit most weeks, so I wanted to offer you an upgrade to the Team plan at 35% off for the first year. Want me to set it up on a quick call?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Regional Manager | Corporate Travel", copies=1,
        steps=[
            ("p", "0", "Good afternoon Jordan,\n\nWith your team travelling to conferences and client sites, are you currently working with a corporate travel agency? We help SMEs save an average of 18% on travel spend through negotiated fares and a single monthly invoice.\n\nI'd welcome the chance to tell you more.\n\nRegards,\n<<full>>\nRegional Manager, Iberia"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Lumina Learning",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, upskill your design team with AI. Lumina's team plans give everyone at Fieldnote access to 600+ courses on AI-assisted design. Book a call with a learning consultant and get your first 3 seats free."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Partner, Brightline Ventures Services", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nI lead the platform team at a venture services firm. We help pre-seed founders build investor pipelines: we source and warm up 150 relevant angels and funds, and book the meetings for you. Our success rate for Plotline-stage companies is strong.\n\nDo you have 15 minutes this week for me to explain the model and fees?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Paywise Payroll",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Running payroll for your Lisbon team shouldn't take a whole afternoon, Jordan. Paywise handles salaries, Segurança Social and IRS withholding automatically. Switch before 31 December and get 3 months free. Talk to our team →"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Head of Sales at Voxmate AI", copies=1,
        steps=[
            ("p", "0", "Jordan, your competitors are already using AI voice agents to qualify leads 24/7. Voxmate answers every enquiry to Fieldnote instantly, books qualified calls into your calendar, and costs less than a part-time hire. Worth a 10-min look?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Senior Consultant, Everest Digital Transformation", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nI hope this InMail finds you well. Everest partners with healthcare organisations to accelerate digital transformation across patient journeys, data and operations.\n\nI would welcome a 30-minute meeting with you and the leadership team at Kestrel Health to share relevant case studies from Spain and the UK.\n\nPlease let me know a suitable date.\n\nYours sincerely,\n<<full>>\nSenior Consultant"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Premier Auto Leasing",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, drive a fully electric company car with zero upfront cost. Business leasing for Portuguese companies from €389/month, with reduced autonomous taxation on EVs. Book a test drive at our Lisbon showroom this week."),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Partnerships at Rostrum Speakers Bureau", copies=1,
        steps=[
            ("p", "0", "Hello Jordan, I represent a speakers bureau that places design and tech leaders at corporate events across Europe. We'd like to add you to our roster. There's a one-off onboarding fee to produce your speaker reel and profile. Are you free for a call this week to discuss?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="inmail", history="complete", sender="person",
        hl="Enterprise Sales, Cartograph Maps API", copies=1,
        steps=[
            ("p", "0", "Jordan, does Kestrel Health show clinic locations in its app? We're 40% cheaper than the big maps providers at scale, and migration takes a day. Can I send a pricing comparison and set up a call with your engineering lead?"),
        ],
    ),
    dict(
        family="p_channel", p="li", conn="none", channel="sponsored", history="complete", sender="account:Trellis HR",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, spend less time on HR admin and more time on design. Trellis HR brings onboarding, time off and reviews together for small teams. Get a free personalised demo and 20% off your first year."),
        ],
    ),
]
# ---------------------------------------------------------------- p_nag
THREADS += [
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Account Executive at Scopely Proposals", copies=1,
        steps=[
            ("p", "0", "Hi Jordan, studios using Scopely send proposals in a quarter of the time and win 22% more of them. I'd love to show you how it could work for Fieldnote. 15 minutes this week?"),
            ("p", "4d", "Bumping this to the top of your inbox in case it got buried 🙂"),
            ("p", "6d", "Did you get a chance to look? Happy to work around your schedule."),
            ("p", "9d", "Hi Jordan, circling back one last time. If proposals aren't a pain point right now, no worries at all."),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Partner at Outpost Growth", copies=1,
        steps=[
            ("p", "0", "Jordan, we help design studios book 10-15 qualified sales calls a month through LinkedIn outreach, fully done for you. Would it make sense to connect for a call?"),
            ("me", "1d", "Thanks, but we're not looking for lead gen right now."),
            ("p", "21d", "Hi Jordan, hope Q4 is treating you well! Circling back on my note from last month. A lot of studios we spoke to in autumn are now planning their January pipeline. Any change on your side?"),
            ("p", "14d", "Happy new year Jordan! 🎉 New year, new pipeline? Still happy to jump on a quick call."),
        ],
    ),
    dict(
        family="p_nag", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "hey Jordan, I make custom 3D illustrations for SaaS landing pages. did a quick concept for Plotline's hero, want to see? packages from $600"),
            ("p", "2d", "??"),
            ("p", "3d", "just following up on this 👀"),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="old", channel=None, history="complete", sender="person",
        hl="Sales Manager, Castlewood Print & Packaging", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nI'm following up on the catalogue I sent in September regarding premium print for Fieldnote's client deliverables and stationery. We currently have a 15% autumn discount on all business cards and presentation boxes.\n\nShall I send you a sample pack?\n\nKind regards,\n<<full>>"),
            ("p", "10d", "Dear Jordan, just a gentle reminder about the sample pack offer below. The autumn discount ends this Friday."),
            ("p", "12d", "Hello again Jordan. I haven't heard back, so I'll assume now isn't the right time. I'll be in touch in the new year."),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Founder | Webflow development for design studios", copies=1,
        steps=[
            ("p", "0", "Thanks for connecting Jordan! We build Webflow sites for studios who design but don't want to deal with the dev side. 2-week turnaround, fixed price. Any client projects where that could help?"),
            ("p", "5d", "Hey Jordan, following up on this. We just freed up capacity for December."),
            ("p", "7d", "Hi again! Just making sure this didn't slip through the cracks. Would love to be Fieldnote's dev partner."),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="BDR at Tallyhub", copies=1,
        steps=[
            ("p", "0", "Jordan, what's your current approach to managing SaaS subscriptions at Fieldnote? Tallyhub finds unused licences and cancels them, typical savings are €400/month for a 6-person team. Open to a quick call?"),
            ("p", "3d", "Hi Jordan, not sure if you saw my message above?"),
            ("p", "4d", "Jordan, I know you're busy. Just a yes or no would help me: is reducing software spend a priority for Fieldnote this quarter?"),
            ("p", "7d", "I've tried to reach you a few times without luck. Should I close your file? Totally fine if so, just let me know."),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Client Partner, Northframe Video", copies=1,
        steps=[
            ("p", "0", "Hi Jordan! Would you be interested in a launch video for Plotline? We've made explainers for 60+ SaaS products, from €4,500. Here's our reel: <<site>>/reel"),
            ("p", "6d", "Hi Jordan, just checking you saw the reel? Happy to put together a proposal whenever."),
            ("p", "8d", "Hey Jordan, bumping this one. We have a production slot opening mid-January if you want to launch with video."),
        ],
    ),
    dict(
        family="p_nag", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "Jordan, we grow X accounts for founders. 1k real followers/month guaranteed, no bots. want to try a free week?"),
            ("p", "5d", "circling back!"),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Managing Director, Oakridge Staffing", copies=1,
        steps=[
            ("p", "0", "Dear Jordan, we place contract UX researchers with healthtech companies at short notice. I'd be pleased to send Kestrel Health our current roster of available consultants. May I?"),
            ("p", "7d", "Dear Jordan, I trust you received my previous message. Please do let me know if I may share the roster."),
            ("p", "7d", "Dear Jordan, further to my previous messages, I would appreciate a brief reply so I can update our records. Kind regards."),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder, Quillset Copy", copies=1,
        steps=[
            ("p", "0", "Jordan, I write case studies for design studios. Your Kestrel work deserves a proper write-up! I can turn a 45-min interview into a polished case study for €750. Interested?"),
            ("me", "1d", "Thanks, we write our own case studies."),
            ("p", "30d", "Hi Jordan! Checking in as it's been a while. Still writing your own case studies? If the team ever gets stretched, my offer stands, and I can do 10% off for a bundle of three."),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Account Executive | Fleet & EV charging", copies=1,
        steps=[
            ("p", "0", "Quick question: does the Fieldnote studio have parking? We install EV chargers for small offices, fully subsidised under the current programme."),
            ("p", "6d", "Hey Jordan, did you have a moment to read my message? The subsidy window closes soon."),
            ("p", "5d", "Just floating this back up. Would a 10-minute call work this week?"),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Design tooling partnerships", copies=1,
        steps=[
            ("p", "0", "Jordan, have you tried Tokenbridge yet? It syncs design tokens between Figma and code, and we'd love to get Fieldnote on the studio plan. Demo this week?"),
            ("p", "3d", "Bump 🙂"),
            ("p", "4d", "Hey, one more bump in case this is useful. I know it's a busy time of year!"),
            ("p", "8d", "Last one, promise! Sending you a 14-day trial link anyway: <<site>>/trial"),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="partial", sender="person",
        hl="Partner, Beacon Executive Search", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nI wrote to you three weeks ago regarding Beacon's retained search services for Plotline's leadership hires, and I wanted to follow up in case my note was missed.\n\nWe would be glad to share our fee structure and recent placements at a time that suits you.\n\nKind regards,\n<<full>>"),
            ("p", "14d", "Dear Jordan, following up once more on the above. I appreciate you are busy; a one-line reply would be most welcome."),
        ],
    ),
    dict(
        family="p_nag", p="x", conn="recent", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "thx for following! we make UGC-style video ads for SaaS. $300 per video, 5 day turnaround. want a sample for Plotline?"),
            ("p", "4d", "hey just bumping this. we have a black friday deal: 5 videos for $1,100 🎥"),
            ("p", "3d", "deal ends tonight!! lmk"),
        ],
    ),
    dict(
        family="p_nag", p="li", conn="none", channel=None, history="partial", sender="person",
        hl="Senior Consultant, Tidewell Advisory", copies=1,
        steps=[
            ("p", "0", "Good morning Jordan, I'm following up on my previous message about our pricing strategy workshop for design studios. Is this something you'd consider for Q1? Happy to send the outline."),
            ("p", "5d", "Hi Jordan, hope you had a good week. Any thoughts on the above?"),
        ],
    ),
]
# ---------------------------------------------------------------- extra p_exec_services / p_soft
THREADS += [
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Director, Crestline Corporate Advisory", copies=1,
        steps=[
            ("p", "0", "Re: Introduction - Crestline Corporate Advisory\n\nDear Jordan,\n\nFurther to our research on founder-owned design firms in Portugal, I would like to introduce Crestline's board-governance service. We act as an independent secretary to boards of growing companies and non-profits: preparing board packs, minuting meetings and keeping statutory registers in order.\n\nOur fees start at €650 per meeting cycle. I would be glad to send a sample board pack and arrange a short call.\n\nWith kind regards,\n<<full>>\nDirector\nCrestline Corporate Advisory\n+351 21 000 5864\n\n- Crestline_sample_board_pack.pdf"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Media trainer | Former broadcast journalist", copies=1,
        steps=[
            ("p", "0", "Jordan, as you step into more interviews and panels, one bad soundbite can follow you for years. I spent 15 years as a broadcast journalist and now run half-day media training for founders: on-camera practice, hostile questions, message discipline. €1,200 for the session, in Lisbon or remote. Shall I send available dates?"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Head of Corporate Partnerships, Fundação Horizonte", copies=1,
        steps=[
            ("p", "0", "Dear Mr. Reyes,\n\nFundação Horizonte invites Fieldnote Studio to become a corporate patron of our 2027 cultural season. Patron packages (from €5,000) include brand recognition in all printed and digital materials, private previews for your clients and a dedicated hospitality evening.\n\nI would be delighted to present the options in person.\n\nWith my best regards,\n<<full>>\nHead of Corporate Partnerships"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Interim Executive | COO-for-hire", copies=1,
        steps=[
            ("p", "0", "Jordan,\n\nYou're spread across three roles. Something is giving, and it's usually operations.\n\nI step into founder-led companies as an interim COO for 3 to 9 months: processes, hiring, finance cadence, the lot. Then I hand it over to a permanent hire. I'm available from February.\n\nWorth a conversation?\n\n<<full>>\nInterim COO | 4 exits, 11 engagements\n+44 7700 900264"),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Senior Manager, Castelo Insurance Brokers", copies=1,
        steps=[
            ("p", "0", "Dear Jordan,\n\nDirectors and officers of non-profit boards are increasingly exposed to personal liability. We arrange D&O insurance for board members and their organisations at preferential rates.\n\nI would be happy to prepare a no-obligation quote for you and your fellow trustees. May I contact you by phone this week?\n\nKind regards,\n<<full>>\nSenior Manager\nCastelo Insurance Brokers\n+351 22 000 4471"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founder at Retro.so", copies=1,
        steps=[
            ("p", "0", "How do you run retros at Fieldnote? Whiteboard, Miro, nothing at all? 😄 (Full disclosure, I make a retro tool, so I'm nosy.)"),
            ("me", "3h", "Miro mostly, why?"),
            ("p", "15m", "Makes sense! We built Retro.so because Miro boards turn into spaghetti after a few sprints. It's free for teams under 5 and €4/user above that. Mind if I set you up with a team trial? I'll even migrate your last board."),
        ],
    ),
    dict(
        family="p_soft", p="x", conn="none", channel=None, history="complete", sender="person",
        hl=None, copies=1,
        steps=[
            ("p", "0", "hey Jordan, huge fan of your blog. we run a paid directory of 'trusted design studios' that clients use to shortlist agencies. we'd love to list Fieldnote, it's €49/mo and the first month is free. want me to send the link?"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="old", channel=None, history="complete", sender="person",
        hl="Brand photographer for founders", copies=1,
        steps=[
            ("p", "0", "Hi Jordan! I noticed your profile photo is the same one from your talk a few years ago 📸 Totally get it, nobody has time for a shoot. I do 45-minute founder portrait sessions around Lisbon for €290, edited photos within 5 days. I have openings on the 9th and 12th if you want to refresh it before conference season."),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Partnerships, The Design Operations Report", copies=1,
        steps=[
            ("p", "0", "Hello Jordan,\n\nWould you be willing to contribute a quote to our 2027 Design Operations Report? We'd feature your perspective on running a hybrid studio. Contributing studios are also invited to take a sponsored profile in the report (from €600), which is how we keep it free for readers. Let me know if you'd like to be included!"),
        ],
    ),
    dict(
        family="p_soft", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Growth lead at Kudoswall", copies=1,
        steps=[
            ("p", "0", "Jordan, Fieldnote has lovely client feedback on its website, but zero reviews on Clutch or Google. Clients check those before they shortlist. We collect and publish verified reviews for studios, and can get you your first 10 in about three weeks. Mind if I show you how it works?"),
        ],
    ),
]

# ---------------------------------------------------------------- long-form additions
THREADS += [
    dict(
        family="p_sequence", p="li", conn="recent", channel=None, history="complete", sender="person",
        hl="Partner at Keystone Revenue Ops", copies=1,
        steps=[
            ("p", "0", "Thanks for connecting, Jordan. Are you the person who looks after new business at Fieldnote, or is there a partner who owns it?"),
            ("p", "3d", "Quick story, since I think it maps closely to where Fieldnote is.\n\nLast year we started working with a 7-person product studio in Valencia. Great work, great clients, but every sale depended on the founder. Proposals went out two weeks after the first call, nobody followed up on the ones that went quiet, and nobody could say which kinds of project actually made money.\n\nWe spent six weeks with them on three things:\n1. A simple pipeline in the tools they already had (no new CRM).\n2. A proposal template that took 90 minutes instead of two days, with three priced options instead of one.\n3. A monthly review of win rate and margin by project type.\n\nResults after two quarters: win rate went from 24% to 41%, average project size went up by about €9k, and the founder got roughly a day a week back. They also stopped taking the website refresh projects that were quietly losing money.\n\nI'm not saying Fieldnote has the same problems, you may have all of this nailed already. But if any of it sounds familiar, I'd be glad to walk you through the exact templates we used. Would a 15-minute call next week make sense?"),
            ("p", "5d", "Jordan, just resurfacing this. Happy to send the proposal template first if that's easier than a call."),
            ("p", "8d", "I'll assume the timing is off and stop here. All the best with the studio and with Plotline."),
        ],
    ),
    dict(
        family="p_exec_services", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Founding Partner, Alcova Communications", copies=1,
        steps=[
            ("p", "0", "Subject: Thought leadership programme for Jordan Reyes\n\nDear Mr. Reyes,\n\nI hope you will forgive an unsolicited note. I lead Alcova Communications, a small consultancy in Lisbon that builds the public profiles of founders and senior executives in technology and design.\n\nOver the past months we have followed your talks and writing with interest. You have a distinctive point of view on design leadership and on the relationship between studios and product companies, yet it currently reaches a relatively narrow audience. In our experience, leaders at this stage benefit from a structured programme rather than ad-hoc appearances.\n\nOur twelve-month programme includes:\n\n• A positioning workshop to define three signature themes\n• Monthly ghostwritten articles and LinkedIn posts, approved by you\n• Pitching to business and design media in Portugal, Spain and the UK\n• Speaker-bureau introductions and conference applications\n• Quarterly reporting on reach, inbound enquiries and speaking invitations\n\nClients typically see their first tier-one media placement within the first quarter. Fees are structured as a monthly retainer, and we would be happy to share references from founders in comparable positions.\n\nWould you be open to a 30-minute introductory conversation, either at your studio or at our office in Príncipe Real?\n\nWith kind regards,\n\n<<full>>\nFounding Partner\nAlcova Communications\n+351 21 000 2958\n<<site>>"),
        ],
    ),
    dict(
        family="p_crypto_mlm", p="li", conn="none", channel=None, history="complete", sender="person",
        hl="Entrepreneur | Mentor | Helping creatives build freedom income", copies=1,
        steps=[
            ("p", "0", "Hey Jordan!\n\nI hope you don't mind me reaching out, I've been following your posts for a while and you seem like someone who's driven and open-minded, which is exactly why I thought of you.\n\nA bit about me: three years ago I was a graphic designer working 60-hour weeks at an agency in Manchester. Good salary, zero freedom. I was burnt out and honestly didn't see a way out that didn't involve a pay cut.\n\nThen a friend introduced me to a digital business model that runs alongside whatever you already do. I was sceptical (I thought it was one of THOSE things lol), but I gave it 90 days. Within 6 months it was covering my rent, and last year I left the agency completely. Now I work from wherever I want and help other creatives do the same.\n\nI'm not going to explain everything in a DM because it honestly doesn't do it justice. But I'm running a small private call this Sunday at 7pm UK time for people I think would be a good fit, and I've saved a spot for you.\n\nThe only thing I ask is that you come with an open mind! Just reply \"I'm in\" and I'll send you the WhatsApp group link 🙌✨"),
            ("p", "2d", "Hey Jordan, just checking you saw this! Spots for Sunday are nearly full 😊"),
        ],
    ),
]
