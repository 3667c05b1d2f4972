"""Hand-written auto_dm threads for Jordan Reyes' inbox: system notices, welcomes, thanks-for-connecting notes, faux-personal compliments, out-of-office replies and prefilled one-click notes."""


def T(family, steps, p="any", conn="none", channel=None, history="complete", sender="person", hl=None, copies=1):
    """Small constructor so every thread carries every key."""
    return dict(family=family, p=p, conn=conn, channel=channel, history=history, sender=sender, hl=hl,
                copies=copies, steps=steps)


def A(family, text, **kw):
    """One-message thread with a single incoming auto_dm."""
    return T(family, [("a", "0", text)], **kw)


THREADS = []

# =====================================================================================================
# a_system: automated system and account notices
# =====================================================================================================
THREADS += [
    T("a_system", [
        ("a", "0", "Thank you for choosing Casa Alvor Porto. Your opinion shapes how we welcome our next guests.\n\n"
                   "Rate your stay (about 3 minutes): https://feedback.casaalvor.example/s/7Q2KD\n\n"
                   "This is an automated message. Please do not reply."),
        ("a", "4d", "Reminder: we have yet to receive your feedback on your recent stay (check-out 12 October). "
                    "The survey closes in 48 hours.\nhttps://feedback.casaalvor.example/s/7Q2KD"),
    ], sender="account:Casa Alvor Guest Experience"),

    T("a_system", [
        ("a", "0", "Jordan Reyes, you have 4 open requests for feedback in the Q4 2026 review cycle.\n\n"
                   "Due: Friday 14 November\n"
                   "Requested by: Amara Lindqvist, Tomás Feio, Priya Natarajan, Owen Castellano\n\n"
                   "Please complete the requests for feedback at https://kestrel.tallyround.example/reviews\n\n"
                   "You are receiving this because you were nominated as a reviewer. Tallyround · Kestrel Health"),
        ("a", "5d", "Reminder: 2 requests for feedback are still waiting for you. The Q4 cycle closes in 3 days."),
        ("a", "3d", "FINAL REMINDER: the Q4 review cycle closes tonight at 23:59 WET.\nOutstanding: 1 request for "
                    "feedback (Owen Castellano).\nLate submissions cannot be added to calibration."),
    ], sender="account:Kestrel Health · Tallyround"),

    A("a_system", "Activate your Brightfold account\n\nYou're one click away. Confirm this address to finish setting up "
                  "your workspace:\nhttps://app.brightfold.example/activate?k=c91e44\n\nThe link expires in 24 hours. "
                  "Didn't sign up? You can safely ignore this message.",
      sender="account:Brightfold"),

    A("a_system", "Please confirm your subscription to The Margin Notes.\n\nConfirm here: https://marginnotes.example/confirm/8812\n\n"
                  "If you got this by mistake, ignore it. You won't be added unless you click the link.",
      sender="account:The Margin Notes"),

    A("a_system", "Your subscription confirmation was cancelled.\n\nWe did not receive a confirmation within 7 days, so the "
                  "request to add this address to Typeset Weekly has been removed. No further messages will be sent.\n"
                  "To try again, visit typesetweekly.example/join",
      sender="account:Typeset Weekly"),

    A("a_system", "SPEAKER DETAILS — PLEASE REVIEW\n\n"
                  "Name: Jordan Reyes\nTitle: Founder, Fieldnote Studio\nSession: \"Roadmaps designers actually read\"\n"
                  "Slot: Day 2, 11:40–12:10, Hall B\nBio: received (78 words)\nHeadshot: received\nA/V needs: HDMI, clicker\n\n"
                  "Please review your details. If anything is wrong, update it in the speaker portal before 3 October. "
                  "If everything is correct, you do not need to respond.\n\n— Speaker Operations (automated message)",
      sender="account:Design Ops Summit Porto"),

    A("a_system", "Ledgerly: 3 expenses are missing receipts\n\n"
                  "• 14 Oct · CP Comboios · €23.40\n• 16 Oct · Tasca do Largo · €61.00\n• 21 Oct · Bolt ride · €12.85\n\n"
                  "Submit by 30 Nov to include them in the November reimbursement run: https://app.ledgerly.example/e\n"
                  "(Automated reminder. Replies to this message are not read.)",
      sender="account:Ledgerly"),

    A("a_system", "Expense report EXP-2291 \"Porto summit travel\" was approved by Fieldnote Finance and will be paid "
                  "in the next run (28 Nov).",
      sender="account:Ledgerly"),

    A("a_system", "Event updated: Kestrel design crit\nNew time: Thu 6 Nov, 15:00–16:00 (WET)\nOrganizer: Amara Lindqvist\n"
                  "Location: video link in the invitation\n\nYou are receiving this notification because you are a guest "
                  "on this event. Manage notifications at slotwise.example/settings",
      sender="account:Slotwise Calendar"),

    T("a_system", [
        ("a", "0", "Invitation: Open Canvas board meeting (Q4) @ Tue 18 Nov 18:30–20:30 (WET)\n"
                   "Going? Yes · Maybe · No\nInvitation from Slotwise Calendar"),
        ("a", "6d", "Reminder: Open Canvas board meeting (Q4) starts tomorrow at 18:30. You have not responded to this invitation."),
    ], sender="account:Slotwise Calendar"),

    A("a_system", "Reminder: Fieldnote × Kestrel weekly starts in 10 minutes.\nJoin: https://meet.slotwise.example/fk-weekly",
      sender="account:Slotwise Calendar"),

    A("a_system", "Heads up, Jordan: you have 2 overlapping events tomorrow (Wed 12 Nov).\n10:00 Plotline interview #15\n"
                  "10:30 Sala Azul booking (Mercado Cowork)\nOpen your calendar to resolve.",
      sender="account:Slotwise Calendar"),

    A("a_system", "Your message to design-leads@lists.openframe.example with subject \"Re: crit formats\" is being held "
                  "until the list moderator can review it for approval.\n\nReason: post by non-member to a members-only list\n\n"
                  "Either the message will get posted to the list, or you will receive notification of the moderator's "
                  "decision. To cancel this posting, use the link below.",
      sender="account:design-leads list server"),

    A("a_system", "Mailing list subscription confirmation notice for list civic-design.\n\nWe have received a request to "
                  "add this address to the list. To confirm, reply to this message keeping the subject intact, or visit "
                  "the confirmation page below. If you do not wish to subscribe, simply disregard this message.\n\n"
                  "https://lists.civicdesign.example/confirm/civic-design/a81f3",
      sender="account:civic-design list server"),

    A("a_system", "You have been successfully unsubscribed from the alumni-design mailing list. If this was a mistake, "
                  "you can rejoin at any time from the list page.",
      sender="account:ESAD Alumni Lists"),

    A("a_system", "Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery "
                  "software. A message that you sent could not be delivered to one or more of its recipients.\n\n"
                  "  r.anand@quaycreative.example\n    550 5.1.1 mailbox unavailable",
      sender="account:Mail Delivery System"),

    T("a_system", [
        ("me", "0", "Rui, signed SOW attached. Can you confirm kickoff for the 17th? We'd like to book the workshop room."),
        ("a", "1m", "I no longer work at Harbor & Vane. Please refer all emails to Matilde Sousa "
                    "(matilde.sousa@harborvane.example) for project matters, or to accounts@harborvane.example for invoices.\n\n"
                    "This mailbox will not be monitored after 31 December. Thank you."),
    ], p="li", conn="old", history="complete"),

    A("a_system", "This account is no longer in use. Please refer all enquiries to hello@atelier-moss.example. Thank you!",
      sender="account:Atelier Moss"),

    A("a_system", "Welcome to Fieldfolio!\n\nYour username: jordan.reyes\nYour temporary password has been sent in a separate "
                  "message. You will be asked to change it when you first log in.\n\nLog in: https://fieldfolio.example/login",
      sender="account:Fieldfolio"),

    A("a_system", "Your Paperkite password was changed on 9 Oct at 21:14. If this was you, no action is needed. "
                  "If not, reset your password now and contact support.",
      sender="account:Paperkite"),

    A("a_system", "New sign-in to your Paperkite account\nDevice: Chrome on macOS\nLocation: Lisbon, Portugal (approx.)\n"
                  "If this was you, you can ignore this message.",
      sender="account:Paperkite"),

    A("a_system", "604 118 is your Tidewell verification code. It expires in 10 minutes. Never share it with anyone, "
                  "including Tidewell staff.",
      sender="account:Tidewell Business"),

    T("a_system", [
        ("a", "0", "Amara Lindqvist sent you a document to review and sign:\n\"Kestrel Health – Fractional Design Lead, "
                   "Amendment 2\"\n\nReview document: https://inkwell.example/d/2KX9\nThis request expires on 28 November.\n\n"
                   "Powered by Inkwell Sign. Do not share this link."),
        ("a", "2d", "Reminder: \"Kestrel Health – Fractional Design Lead, Amendment 2\" is waiting for your signature."),
        ("a", "1d", "Completed: all parties have signed \"Kestrel Health – Fractional Design Lead, Amendment 2\". "
                    "A copy is attached for your records.\n- Kestrel_Amendment2_signed.pdf"),
    ], sender="account:Inkwell Sign"),

    A("a_system", "Teodora Vasile shared a folder with you\n\"Board pack — November\" (can comment)\n\nOpen in Docsmith\n\n"
                  "You received this because someone shared a file with you.",
      sender="account:Docsmith"),

    A("a_system", "Your export is ready. \"Plotline beta interviews – all notes.csv\" (2.4 MB) can be downloaded for the next 7 days.",
      sender="account:Tapewise"),

    A("a_system", "Your recording is ready: \"Plotline user interview #14\" (48 min). The transcript will be available in about 10 minutes.",
      sender="account:Tapewise"),

    A("a_system", "Renewal notice\n\nfieldnote.example is set to auto-renew on 3 December 2026 for 1 year using the card ending "
                  "4417. No action is needed. To change renewal settings, visit your Namecrate dashboard.",
      sender="account:Namecrate"),

    T("a_system", [
        ("a", "0", "Submission #212 \"Designing in the open at a six-person studio\" was received. You can edit it until the "
                   "call closes on 30 September."),
        ("a", "9d", "Submission #212 status changed: Submitted → Under review.\nDecisions are expected around 20 October. "
                    "This is an automated notification from the UX Lisboa CFP system."),
    ], sender="account:UX Lisboa CFP"),

    A("a_system", "Reminder: materials for the 18 Nov board meeting are due in the portal by 11 Nov.\n\nAssigned to you:\n"
                  "- Design programmes update (due 11 Nov)\n- Conflict of interest declaration (annual)\n\nLog in to upload.",
      sender="account:Open Canvas Foundation · Boardroom Portal"),

    T("a_system", [
        ("me", "0", "hey, SSL for plotline.example has been stuck on 'pending' for 3 days now. can someone take a look?"),
        ("a", "1m", "Ticket #48213 created: \"SSL pending\"\nOur support team will respond within 2 business days. You can add "
                    "details by replying here. Please don't open a duplicate ticket."),
        ("a", "1d", "Ticket #48213 status: Waiting on support. Expected first response: Thursday 17:00 UTC."),
        ("a", "2d", "Your ticket #48213 was marked as solved. How did we do? Reply 👍 or 👎"),
    ], sender="account:Hostvane Support"),

    A("a_system", "Good news! Order #LP-20931 has shipped 📦\nCarrier: CTT · Tracking RR 8821 4471 PT\nEstimated delivery: 2–4 working days.",
      sender="account:Lumen Paper Co"),

    A("a_system", "We tried to deliver your parcel today but nobody was available. Choose a new delivery day or a pickup "
                  "point within 5 days: https://track.ctt-rede.example/RR88214471PT",
      sender="account:Courier notifications"),

    A("a_system", "Loan reminder: 2 items are due on 09/11.\n- Notes on Wayfinding\n- The Patient Grid\nRenew online or at any branch.",
      sender="account:Lisbon Municipal Libraries"),

    A("a_system", "Booking confirmed ✔\nSala Azul · Wed 12 Nov · 10:00–11:30\nFree cancellation up to 2 hours before.",
      sender="account:Mercado Cowork"),

    A("a_system", "How likely are you to recommend Quillbase to a friend or colleague? Reply with a number from 0 to 10.",
      sender="account:Quillbase"),

    T("a_system", [
        ("a", "0", "Thanks for attending Frontline 2026! Help us plan next year: 5 quick questions about the sessions, venue and "
                   "food. https://frontline.example/survey"),
        ("a", "5d", "Last call: the Frontline feedback survey closes on Friday. We still haven't received your response."),
    ], sender="account:Frontline Design Conference"),

    A("a_system", "Your Trelliswork account will be deactivated in 14 days due to inactivity. Log in once to keep it active. "
                  "Deactivated accounts can be restored for 90 days.",
      sender="account:Trelliswork"),

    A("a_system", "Your payslip for October 2026 is available. Log in to Paydeck to view or download it.",
      sender="account:Paydeck"),

    A("a_system", "Action required: verify your email address to keep sending invoices from Cobalt Invoicing.\nVerify: https://cobalt.example/verify/33f1",
      sender="account:Cobalt Invoicing"),

    A("a_system", "Invoice INV-0412 (Kestrel Health) was viewed on 4 Nov at 10:02.",
      sender="account:Cobalt Invoicing"),

    A("a_system", "Payment received: €8,400.00 from Kestrel Health for INV-0412. The invoice is now marked as paid.",
      sender="account:Cobalt Invoicing"),

    A("a_system", "Your timesheet for week 45 (3–9 Nov) has not been submitted.\nPlease submit it by Monday 10:00 so "
                  "hours can be approved.\n\n— Hourbook (automated)",
      sender="account:Kestrel Health · Hourbook"),

    A("a_system", "Mandatory training overdue: \"Data Protection in Healthcare (2026)\".\nComplete it in LearnHub by 15 November. "
                  "Estimated time: 25 minutes. This message was sent automatically; please do not reply.",
      sender="account:Kestrel Health LearnHub"),

    A("a_system", "Your Kestrel Health password expires in 5 days. To change it, sign in to the staff portal. IT will never ask "
                  "for your password by message or phone.",
      sender="account:Kestrel Health IT"),

    A("a_system", "Thank you — your response to \"Board skills matrix 2027\" has been recorded. You can edit your response until 30 November.",
      sender="account:Open Canvas Foundation Forms"),

    A("a_system", "Registration confirmed. Ticket #FRN-4471 · Full conference pass · 2 days.\nAdd to calendar: frontline.example/ics/4471",
      sender="account:Frontline Design Conference"),

    A("a_system", "Your request to join \"Lisbon Product Folks\" is pending admin approval. You'll get a notification once it is reviewed.",
      sender="account:Lisbon Product Folks"),

    A("a_system", "Alumni records update\n\nPlease review your details below. If everything is correct, you do not need to respond.\n\n"
                  "Name: Jordan Reyes\nCourse: Communication Design (2012)\nEmployer: Fieldnote Studio\nCity: Lisbon\n\n"
                  "To correct anything, use the alumni portal. Escola Superior de Artes · Alumni Office",
      sender="account:ESAD Alumni Office"),

    A("a_system", "Reminder: appointment with Dr. Inês Carvalho on Tue 4 Nov at 09:15 (Clínica Estrela). Reply C to confirm or R to reschedule.",
      sender="account:Clínica Estrela"),

    A("a_system", "[plotline/web] Run failed: e2e on main (#1184)\n1 failing check: roadmap-share.spec.ts\nTriggered by a push from brunotelles.",
      sender="account:Codeharbor"),

    A("a_system", "Build 0.9.3 (41) of Plotline has finished processing and is available to internal testers.",
      sender="account:AppDesk Connect"),

    A("a_system", "You were added to the \"Fieldnote – Kestrel\" workspace by Amara Lindqvist. Open Threadly to see the channels you're in.",
      sender="account:Threadly"),

    A("a_system", "You have unread activity in Kestrel Health:\n• 14 new messages in #design-system\n• 3 mentions\n"
                  "• 1 direct message\nTurn off these emails in your notification preferences.",
      sender="account:Threadly"),

    A("a_system", "Your Mercado Cowork membership (Fixed desk, 6 seats) renews on 1 December. Nothing to do if you'd like to continue.",
      sender="account:Mercado Cowork"),

    A("a_system", "Teodora Vasile invited you to vote: \"Open Canvas volunteer dinner — pick a date\". 4 options, closes Friday.",
      sender="account:Whenly"),

    A("a_system", "New applications received for Junior Product Designer (Lisbon): 3 today, 27 in total. Review them in Hirebird.",
      sender="account:Fieldnote Careers · Hirebird"),

    T("a_system", [
        ("a", "0", "Interview scheduled: Catarina Mendes — Junior Product Designer\nWed 12 Nov, 14:00–14:45, Studio\n"
                   "Your scorecard is due within 24 hours of the interview."),
        ("a", "2d", "Scorecard overdue: please submit your feedback for Catarina Mendes (Junior Product Designer)."),
    ], sender="account:Fieldnote Careers · Hirebird"),

    A("a_system", "Bruno Telles joined your workspace \"Fieldnote\" via invite link.",
      sender="account:Docsmith"),

    A("a_system", "We've updated our Terms of Service and Privacy Policy, effective 1 January 2027. No action is needed; "
                  "continuing to use Brightfold means you accept the new terms.",
      sender="account:Brightfold"),

    A("a_system", "New voicemail (0:42) from +351 21 000 4412. Listen in the Dialpoint app.",
      sender="account:Dialpoint"),

    A("a_system", "Reminder: the Fieldnote team retro is tomorrow at 16:00. Add your topics to the board before the session.",
      sender="account:Retroboard"),

    A("a_system", "Annual volunteer declaration\nPlease review your details: role (Board member), term (2025–2028), "
                  "declared interests (Fieldnote Studio, Kestrel Health). Do not respond if correct. "
                  "Updates can be made in Memberly until 30 November.",
      sender="account:Open Canvas Foundation · Memberly"),

    A("a_system", "Your travel booking is confirmed.\nTP 1947 LIS → OPO · 8 Oct · 07:35\nHotel: Casa Alvor Porto, 2 nights\n"
                  "Booked by the Design Ops Summit travel desk. Questions? Use the speaker portal.",
      sender="account:Design Ops Summit Porto"),

    A("a_system", "Your data export request has been received. We'll send a download link within 72 hours. For security, the link will expire after 7 days.",
      sender="account:Fernpost"),

    A("a_system", "We noticed you haven't finished setting up two-step verification. Complete setup to protect your Docsmith account.",
      sender="account:Docsmith"),

    A("a_system", "Automatic notification: your poll \"Studio holiday party date\" has closed. Winning option: Fri 12 Dec (5 votes).",
      sender="account:Whenly"),

    A("a_system", "This is the mail system at host mx2.fieldnote.example.\n\nI'm sorry to inform you that your message could not "
                  "be delivered to one or more recipients. <ines@estudiocorvo.example>: host mail.estudiocorvo.example said: "
                  "452 4.2.2 mailbox full",
      sender="account:MAILER-DAEMON"),

    A("a_system", "Your meeting \"Plotline pricing review\" has been cancelled by the organizer (Beatriz Lago). This notification was sent automatically.",
      sender="account:Slotwise Calendar"),

    A("a_system", "Weekly reminder from Fieldnote Ops: please log your hours for this week in Hourbook before Friday 18:00. "
                  "(This reminder is sent to the whole studio every Thursday.)",
      sender="account:Fieldnote Ops Bot"),
]

# =====================================================================================================
# a_welcome: welcome messages from accounts, communities, campaigns and brands after signing up
# =====================================================================================================
THREADS += [
    A("a_welcome", "Thanks for joining the team! 🚲\n\nYou're now one of 3,100 people pushing for protected bike lanes on "
                   "Avenida Almirante Reis. What happens next: one update a month, plus a heads-up before any council "
                   "vote. That's it.\n\n— The Lisboa Ciclável crew",
      sender="account:Lisboa Ciclável", conn="recent"),

    A("a_welcome", "Welcome aboard — here's what to expect:\n\n1. An intro thread in #say-hello (tell us what you're working on)\n"
                   "2. Crit nights on the second Thursday of every month\n3. A quiet space: no promo posts, ever\n\n"
                   "Code of conduct: gridgutter.example/coc\nGlad you're here.",
      sender="account:Grid & Gutter", conn="recent"),

    A("a_welcome", "You're in! 🎉 Your spot on the Mosslight beta is confirmed.\n\nInvite code: MOSS-7Q4K\n"
                   "Download: mosslight.example/beta\n\nFound a bug? Reply here, it goes straight to the team.",
      sender="account:Mosslight", conn="recent"),

    A("a_welcome", "Thanks for subscribing to Small Print. The first issue lands on Sunday morning. If it ends up in a "
                   "promotions folder, drag it to your main inbox so the next ones find you.",
      sender="account:Small Print", conn="recent"),

    A("a_welcome", "Hey there 👋 thanks for following Fernpost! Got a question about the app? Just reply here and a human "
                   "will pick it up during Lisbon office hours.",
      sender="account:Fernpost", p="x", conn="recent"),

    A("a_welcome", "Welcome to Mercado Cowork!\n\nDoor code: 4471#\nWi-Fi: Mercado-Members (password at reception)\n"
                   "Kitchen closes at 19:00, phone booths are first come first served.\n\nSee you inside ☕",
      sender="account:Mercado Cowork", conn="recent"),

    A("a_welcome", "Welcome to Frontline 2026 — you're registered!\n\nWhat to expect next:\n• Full schedule: 1 September\n"
                   "• Event app access: two weeks before\n• Badge pickup: from 08:00 on day 1\n\nSee you in Lisbon.",
      sender="account:Frontline Design Conference", conn="recent"),

    A("a_welcome", "Welcome to the Open Canvas Foundation board portal. Your account is ready.\n\nStart here:\n"
                   "- Board handbook\n- 2026–27 meeting calendar\n- Conflict of interest form",
      sender="account:Open Canvas Foundation · Boardroom Portal"),

    A("a_welcome", "Welcome to \"Systems Thinking for Designers\" 🎓 Your first lesson unlocks tomorrow at 09:00. "
                   "Tip from past students: block 20 minutes in your calendar now.",
      sender="account:Loomcourse", conn="recent"),

    A("a_welcome", "Welcome to Alfama Runners! Sunday runs start at Miradouro da Graça, 08:00. All paces welcome, nobody "
                   "gets left behind 🏃‍♀️🏃",
      sender="account:Alfama Runners", conn="recent"),

    A("a_welcome", "Thanks for following Pixelrail 🙌 We're a tiny team building open-source icon tools. Docs live at "
                   "pixelrail.example/docs whenever you need them.",
      sender="account:Pixelrail", p="x", conn="recent"),

    T("a_welcome", [
        ("a", "0", "Welcome to Sundial! ☀️ Step 1 of 3: connect your calendar so we can find your focus time."),
        ("a", "1d", "Day 2 tip: you can protect focus blocks so meetings can't land on them. 40-second video: sundial.example/focus"),
        ("a", "3d", "You've been using Sundial for 4 days 🌱 Anything confusing so far? Just reply, every message is read."),
    ], sender="account:Sundial", conn="recent"),

    A("a_welcome", "Thank you for becoming a member of the Design Ethics Collective.\n\nMembership number: DEC-01188\n"
                   "Your membership includes the shared reading list, the monthly salon and voting rights at the AGM.",
      sender="account:Design Ethics Collective", conn="recent"),

    A("a_welcome", "Welcome to Kestrel Health! 👋\n\nYour onboarding checklist is ready in Hourbook: laptop setup, security "
                   "training, and meeting your onboarding buddy. We're so glad you're here.\n\n— People Team",
      sender="account:Kestrel Health People Team"),

    A("a_welcome", "You're in the Plain Type listener circle ✨ Show notes arrive every other Tuesday, right after each episode.",
      sender="account:Plain Type Podcast", conn="recent"),

    A("a_welcome", "Subscription confirmed ✅ Welcome to The Margin Notes. New issues go out on the first Monday of each month. "
                   "While you wait, here's the piece most readers start with: marginnotes.example/start",
      sender="account:The Margin Notes", conn="recent"),

    A("a_welcome", "Welcome to Lisbon Product Folks! 🎉 You're member #1,204. Upcoming meetups appear on the group page as "
                   "soon as they're confirmed.",
      sender="account:Lisbon Product Folks", conn="recent"),

    A("a_welcome", "Welcome to Tidewell Business. Your account is open and your card is on its way (3–5 working days). "
                   "Activate it in the app when it arrives.",
      sender="account:Tidewell Business"),

    A("a_welcome", "THANK YOU for signing! 🙏 You are signature #18,402 to keep Tram 28 running through Graça. "
                   "Forward the petition to two friends and help us reach 25,000.",
      sender="account:Save Tram 28", conn="recent"),

    A("a_welcome", "Good morning! You're subscribed to Daily Grid 🧩 Every day at 07:00 you'll get a new puzzle here. "
                   "Reply STOP at any time.",
      sender="account:Daily Grid Bot", p="x", conn="recent"),

    A("a_welcome", "Welcome, juror! Your judging account for the Ribbon Design Awards is ready. Judging opens on 3 November; "
                   "we'll let you know when your category is assigned.",
      sender="account:Ribbon Design Awards"),

    A("a_welcome", "Welcome aboard, Jordan 👋\n\nHere's what the next week looks like:\n• Day 1: introduce yourself in #hello\n"
                   "• Day 3: we match you with a peer\n• Day 7: your first roundtable invite\n\nWant fewer messages? Type \"quiet\".",
      sender="account:Fractional Circle", conn="recent"),

    A("a_welcome", "Thanks for signing up as a mentor! Your profile is under review (usually 2–3 days). Once approved, "
                   "mentees will be able to request sessions with you.",
      sender="account:Unfold Mentoring", conn="recent"),

    A("a_welcome", "Welcome to the Obra Aberta contributors list! Issues that need design help are tagged `design-help`. "
                   "Say hi in the forum whenever you like.",
      sender="account:Obra Aberta", conn="recent"),

    A("a_welcome", "Thanks for subscribing. You're one of about 9,000 readers now.\n\nHit reply and tell me what you do; "
                   "I read every one, even if it takes me a while.",
      sender="account:The Long Brief", conn="recent"),

    A("a_welcome", "Thanks for joining the team! Our volunteers meet online every second Monday at 19:00. You'll receive the "
                   "call link 24 hours before each meeting.",
      sender="account:Designers for Housing", conn="recent"),

    A("a_welcome", "you're in. seriously, you made it off the waitlist 🚀\n\nLog in with this address. first thing to try: "
                   "import a Figma file and watch what happens.",
      sender="account:Kiln Labs", conn="recent"),

    A("a_welcome", "Welcome to Ledgerly, Fieldnote Studio! Your company workspace is live. Next step: invite the people "
                   "who submit expenses.",
      sender="account:Ledgerly"),

    T("a_welcome", [
        ("a", "0", "Welcome to the speaker family! 🎤"),
        ("a", "1m", "Next steps:\n1. Complete your speaker profile\n2. Book travel through our desk\n3. Join the speaker "
                    "chat (link in the portal)\nQuestions go to speakers@dosporto.example"),
    ], sender="account:Design Ops Summit Porto"),

    A("a_welcome", "You're in! Thanks for volunteering at Lisbon Design Week. Orientation: 2 October, 18:30, Armazém 14. "
                   "Wear comfortable shoes.",
      sender="account:Lisbon Design Week", conn="recent"),

    A("a_welcome", "welcome to quietly.\nno streaks. no badges. no notifications after 8pm.\njust your notes.\n\n— the quietly team",
      sender="account:quietly", conn="recent"),

    A("a_welcome", "Welcome to the Independent Designers Network! Your member profile is now visible in the directory.",
      sender="account:Independent Designers Network", conn="recent"),

    A("a_welcome", "You're registered for the Helix 10K 🏅 Bib collection is on Saturday from 10:00 at the runners' village. "
                   "Bring this message or your ID.",
      sender="account:Helix Charity Run", conn="recent"),

    A("a_welcome", "Thanks for following UX Lisboa! Here we post meetup dates, speaker calls and the occasional meme 🙃",
      sender="account:UX Lisboa", p="x", conn="recent"),

    A("a_welcome", "Dear Member,\n\nWelcome to the Portuguese Association of Designers. Your membership is active from today. "
                   "Your member card will be sent by post within 15 working days.\n\nKind regards,\nMember Services",
      sender="account:Associação Portuguesa de Designers", conn="recent"),

    A("a_welcome", "hey! 🐙 thanks for joining the Inkwire Discord. grab your roles in #start-here so you only see the "
                   "channels you care about",
      sender="account:Inkwire Community", p="x", conn="recent"),

    T("a_welcome", [
        ("a", "0", "Welcome to Paperkite, Jordan! Your workspace \"Fieldnote\" is ready."),
        ("a", "2d", "Quick tip: press / anywhere to open the command menu. That's it, that's the tip."),
    ], sender="account:Paperkite", conn="recent"),

    A("a_welcome", "WELCOME TO THE CLUB 🎧 You now have early access to episode drops and the members-only Q&A thread.",
      sender="account:Ship It Slowly Podcast", conn="recent"),

    A("a_welcome", "Thanks for joining Civic Tech Lisboa. We're a volunteer group; nobody gets paid and nobody sells anything. "
                   "Projects and how to help: civictech-lx.example/projects",
      sender="account:Civic Tech Lisboa", conn="recent"),

    A("a_welcome", "Hi Jordan, welcome to Threadly! You've joined the workspace Fieldnote – Kestrel. Say hi in #general 👋",
      sender="account:Threadly"),

    A("a_welcome", "Welcome to the waitlist ✋ You're #2,318. We let people in every Friday; we'll message you here when it's your turn.",
      sender="account:Canvasly", conn="recent"),

    A("a_welcome", "Thank you for your donation and welcome to the Friends of Open Canvas. Your receipt for tax purposes is attached.\n"
                   "- receipt_2026_0831.pdf",
      sender="account:Open Canvas Foundation"),

    A("a_welcome", "Welcome! 👋 We're glad you followed. This account is run by the Quillbase team: product news, tips, and "
                   "sometimes a behind-the-scenes photo of the office dog.",
      sender="account:Quillbase", p="x", conn="recent"),

    A("a_welcome", "Welcome to the Kestrel Health design guild. We meet monthly; the calendar invite is coming from Slotwise.",
      sender="account:Kestrel Health Design Guild"),

    A("a_welcome", "Your Alfama Runners membership is confirmed! Strava club link and the kit order form are pinned in the group.",
      sender="account:Alfama Runners", conn="recent"),

    A("a_welcome", "Account created ✔ Welcome to Hostvane. Your first site is live on a temporary address while your domain connects.",
      sender="account:Hostvane"),

    A("a_welcome", "Thanks for joining the Fieldwork Reading Club 📚 This month's book is announced on the 1st. Discussion "
                   "is async, in the thread, whenever you get to it.",
      sender="account:Fieldwork Reading Club", conn="recent"),

    A("a_welcome", "Welcome to Namecrate. fieldnote.example is now in your account.",
      sender="account:Namecrate"),
]

# =====================================================================================================
# a_thanks_connect: thank-you-for-connecting / following notes, off-platform nudges, free link-drops
# =====================================================================================================
THREADS += [
    # --- mass templates (same thread from several senders) ---
    A("a_thanks_connect", "Thanks for connecting, Jordan! Always great to grow my network with like-minded professionals. "
                          "Looking forward to seeing your updates here.\n\n<<first>>",
      p="li", conn="recent", copies=5),

    A("a_thanks_connect", "Thanks for the follow! 🙏 As a little welcome gift, here's my free one-page Design Critique "
                          "Checklist: <<site>>/checklist\nEnjoy!",
      p="x", conn="recent", copies=4),

    A("a_thanks_connect", "Hey Jordan, thanks for accepting my invite! Let's also connect on Instagram, that's where I share "
                          "the behind-the-scenes stuff: @<<handle>> 📸",
      p="li", conn="recent", copies=4),

    A("a_thanks_connect", "Hi {first_name}, thank you for connecting! I look forward to learning from your posts.\n\n"
                          "Best,\n<<first>> | <<company>>",
      p="li", conn="recent", copies=3),

    A("a_thanks_connect", "hey! noticed you checked out my profile 👀 what caught your attention?",
      p="any", conn="recent", copies=3),

    A("a_thanks_connect", "Hi Jordan, I noticed you subscribed to my newsletter. Curious, what drew you in? I always love "
                          "knowing who's reading.\n<<first>>",
      p="li", conn="recent", copies=3),

    A("a_thanks_connect", "Thanks for the connect! 🙌 I recorded a short video (4 min) on how I plan my week as a creative "
                          "lead. Thought you might like it: <<site>>/my-week",
      p="li", conn="recent", copies=3),

    # --- one-offs ---
    A("a_thanks_connect", "Thank you for connecting, Mr. Reyes. It is a pleasure to be part of your professional network.\n\n"
                          "Kind regards,\n<<full>>",
      p="li", conn="recent"),

    A("a_thanks_connect", "Appreciate the connection! 🤝", p="li", conn="recent"),

    A("a_thanks_connect", "Thx for the follow 🙌 my free Notion template pack is in the pinned post if you want it",
      p="x", conn="recent"),

    A("a_thanks_connect", "Thanks for connecting, Jordan. I make a point of personally thanking everyone who joins my network. "
                          "Wishing you a fantastic week ahead!",
      p="li", conn="recent"),

    A("a_thanks_connect", "Welcome to my network! 🎉 I post about leadership, mindset and growth every Tuesday and Thursday. "
                          "Ring the 🔔 on my profile so you don't miss a post.",
      p="li", conn="recent"),

    A("a_thanks_connect", "Thanks for following, Jordan! Let's connect on LinkedIn too: linkedin.example/in/<<handle>>",
      p="x", conn="recent"),

    A("a_thanks_connect", "Hi Jordan, thanks for accepting. I'm expanding my network across design and tech and I'm happy "
                          "to have you in it. Feel free to reach out if I can ever be of help.",
      p="li", conn="recent"),

    A("a_thanks_connect", "thank u for the follow!! 💕 I'm also on TikTok and YouTube as @<<handle>>, come say hi there too",
      p="x", conn="recent"),

    A("a_thanks_connect", "Thanks for following! Here's my free 5-day email course on building a personal brand as a "
                          "designer: <<site>>/5days. No strings attached 🙂",
      p="x", conn="recent"),

    A("a_thanks_connect", "Hello Jordan, thank you for connecting. A little about me: 15 years in supply chain and logistics, "
                          "certified Six Sigma Black Belt, passionate about continuous improvement and servant leadership. "
                          "Happy to be connected!",
      p="li", conn="recent"),

    A("a_thanks_connect", "🙏 Thanks for the connection! Here's a little something: my Portfolio Teardown Template. "
                          "Free, no email needed → <<site>>/teardown",
      p="li", conn="recent"),

    A("a_thanks_connect", "Hey, noticed you viewed my profile. Anything I can help with? 🙂", p="li", conn="none"),

    A("a_thanks_connect", "Hi, I saw you liked my recent post — thank you! Which part resonated with you most?",
      p="li", conn="recent"),

    A("a_thanks_connect", "Great to connect! Come join my free community of 4,000+ designers on Discord, we'd love to "
                          "have you: <<site>>/discord",
      p="li", conn="recent"),

    A("a_thanks_connect", "Thanks for the follow! 🤖 This is an automated hello; <<first>> will see your message if you reply.",
      p="x", conn="recent"),

    A("a_thanks_connect", "THANK YOU FOR THE FOLLOW!!! 🔥🔥 LET'S GROW TOGETHER 💪", p="x", conn="recent"),

    A("a_thanks_connect", "tysm for following 🥹✨", p="x", conn="recent"),

    A("a_thanks_connect", "Thanks for connecting, Jordan! P.S. I also host a podcast for creative founders, the first three "
                          "episodes are on my site: <<site>>/podcast",
      p="li", conn="recent"),

    A("a_thanks_connect", "Good to connect, Jordan. I accept every invitation from fellow professionals, the more the merrier! "
                          "All the best.",
      p="li", conn="recent"),

    A("a_thanks_connect", "Thank you for acceptance of my connection request. Best regards.", p="li", conn="recent"),

    A("a_thanks_connect", "Hey {{FirstName}}, thanks for connecting! Excited to follow your journey at {{Company}} 🚀",
      p="li", conn="recent"),

    A("a_thanks_connect", "Hi Jordan! Thank you for connecting 😊 I'd also love to invite you to follow our company page, "
                          "<<company>>, for weekly industry insights.",
      p="li", conn="recent"),

    A("a_thanks_connect", "Thanks for the follow! I share one productivity tip every day, so turn on notifications and never "
                          "miss one 🔔",
      p="x", conn="recent"),

    T("a_thanks_connect", [
        ("a", "0", "Thanks for connecting Jordan!"),
        ("a", "1m", "Here's my free e-book on remote team rituals, hope it's useful: <<site>>/ebook"),
    ], p="li", conn="recent"),

    A("a_thanks_connect", "Jordan, appreciate the follow back 🙌 Here's the thread most new followers start with: <<site>>/start",
      p="x", conn="recent"),

    A("a_thanks_connect", "Hey! Thanks for subscribing 👋 Hit reply and tell me: what's the biggest challenge in your work right now?",
      p="any", conn="recent"),

    A("a_thanks_connect", "Thanks for connecting! I'm on a mission to connect with 10,000 professionals before the end of "
                          "the year and you're #7,412 🎉",
      p="li", conn="recent"),

    T("a_thanks_connect", [
        ("a", "0", "Thanks for the follow, Jordan! 🙌 Quick heads-up: I'm way more active on Instagram (@<<handle>>), "
                   "that's where the daily sketches go."),
        ("me", "3h", "ha, will check it out"),
        ("a", "1m", "Thanks for your message! I'll get back to you as soon as I can ✌️"),
    ], p="x", conn="recent"),

    A("a_thanks_connect", "Dear Jordan,\n\nThank you for accepting my invitation to connect. I look forward to exchanging "
                          "ideas and insights with you in the future.\n\nSincerely,\n<<full>>\nSenior Consultant",
      p="li", conn="recent"),

    A("a_thanks_connect", "thanks for connecting!! let's stay in touch 😊", p="li", conn="recent"),

    A("a_thanks_connect", "Glad we're connected, Jordan! I've also started a WhatsApp group for people in my network to "
                          "share opportunities. Join here: <<site>>/wa",
      p="li", conn="recent"),

    A("a_thanks_connect", "Hi Jordan — thanks for following along! I put together a free swipe file of 50 onboarding screens "
                          "I love. Grab it here: <<site>>/swipe",
      p="x", conn="recent"),
]
THREADS += [
    A("a_thanks_connect", "Thank you for the connection, Jordan! I'm building a community of professionals who believe in "
                          "lifelong learning, glad you're part of it 🌱",
      p="li", conn="recent"),

    A("a_thanks_connect", "Hi Jordan 👋 thanks for connecting. Just so you know, I'm much faster by email than on here; the "
                          "address is in my contact info.",
      p="li", conn="recent"),

    A("a_thanks_connect", "Thanks for the follow! Drop a 👋 in the comments of my pinned post so I can follow you back",
      p="x", conn="recent"),
]

# =====================================================================================================
# a_faux: faux-personal compliments that could go to anyone
# =====================================================================================================
THREADS += [
    A("a_faux", "Hi Jordan, I came across your profile and was really impressed by your background. I'd love to connect "
                "and follow your journey.",
      p="li", conn="none"),

    A("a_faux", "Your profile really stood out to me. It's clear you're passionate about what you do!", p="li", conn="none"),

    A("a_faux", "Hi Jordan, I love the value you share here. It would be great to have you in my network.\n\n<<first>>",
      p="li", conn="none", copies=4),

    A("a_faux", "Jordan, your career journey is truly inspiring. I'm always keen to connect with leaders who make a real "
                "impact. Cheers, <<first>>",
      p="li", conn="none", copies=3),

    A("a_faux", "I've been following your content for a while now and honestly, you're one of the few voices worth listening "
                "to. Keep it up! 👏",
      p="any", conn="recent"),

    A("a_faux", "Hey Jordan! Stumbled across your profile and had to say hi. Impressive stuff 🔥", p="li", conn="none"),

    A("a_faux", "Dear Mr. Reyes,\n\nI hope this message finds you well. I came across your distinguished profile and was "
                "deeply impressed by your professional accomplishments. It would be an honour to connect with a person of "
                "your calibre.\n\nWith warm regards,\n<<full>>",
      p="li", conn="none"),

    A("a_faux", "I'm connecting with top professionals in the Lisbon area and your name kept coming up! Would love to add you "
                "to my network.",
      p="li", conn="none"),

    A("a_faux", "Love what you're building! Keep shining ✨🚀", p="any", conn="recent", copies=3),

    A("a_faux", "Your posts always brighten my feed. Such great energy! 🌟", p="li", conn="old"),

    A("a_faux", "Jordan, I admire leaders who are passionate about innovation and excellence. Your experience speaks for itself.",
      p="li", conn="none"),

    A("a_faux", "Hi! I see we share a lot of mutual connections and interests, so I thought it would be great to connect.",
      p="li", conn="none"),

    A("a_faux", "Hey there, your profile popped up in my suggestions and I was impressed by your experience in {industry}. "
                "Let's connect!",
      p="li", conn="none"),

    A("a_faux", "You seem like someone who really gets it. Rare these days. Would love to be connected 🤝", p="li", conn="none"),

    A("a_faux", "I was scrolling through LinkedIn and your profile immediately caught my eye, such an impressive track record! "
                "Looking forward to connecting.",
      p="li", conn="none"),

    A("a_faux", "Hi Jordan, I make a point of connecting with professionals who are making a difference in their industry, "
                "and you are clearly one of them.",
      p="li", conn="none"),

    A("a_faux", "Your dedication to your craft really shows. Congrats on everything you've achieved 👏", p="li", conn="recent"),

    A("a_faux", "ur content is 🔥🔥 keep going", p="x", conn="recent"),

    A("a_faux", "Big fan of your work! Following for more 🙌", p="x", conn="recent"),

    A("a_faux", "Jordan, I rarely reach out like this, but your profile is exceptional. Let's connect.", p="li", conn="none"),

    A("a_faux", "Hello Jordan, I am impressed by your leadership and the impact you are making. I would be honoured to be "
                "part of your network.",
      p="li", conn="none"),

    A("a_faux", "hi jordan!! just wanted to say your energy on here is amazing. you inspire so many ppl 💛", p="x", conn="recent"),

    A("a_faux", "Genuinely love the way you think. Added you to my list of people to learn from 📚", p="any", conn="recent"),

    A("a_faux", "Jordan, it's refreshing to see someone so committed to their field. Your expertise in [INDUSTRY] is truly impressive.",
      p="li", conn="none"),

    A("a_faux", "Hi Jordan, you've built an amazing career and I'd love to connect with more like-minded leaders like you.",
      p="li", conn="none"),

    A("a_faux", "I came across your profile while researching thought leaders and had to reach out. You have an impressive "
                "background! Let's stay in touch.",
      p="li", conn="none"),

    T("a_faux", [
        ("a", "0", "Hi Jordan, came across your profile and was impressed by your background. Would be great to connect!"),
        ("a", "2d", "Thanks for accepting, Jordan! As I said, really impressed by your background. Have a great day!"),
    ], p="li", conn="none"),

    A("a_faux", "WOW. Just WOW. Your profile is goals 🙌🙌", p="li", conn="none"),

    A("a_faux", "Good day Jordan,\nYour professional profile is very impressive and I am sure we can learn much from each "
                "other. Please accept my invitation.\nRegards",
      p="li", conn="none"),

    A("a_faux", "Hey Jordan, people like you make this platform worth logging into. Keep doing what you do!", p="li", conn="old"),

    A("a_faux", "Just wanted to drop by and say you're crushing it 💯", p="x", conn="recent"),

    A("a_faux", "I always enjoy seeing your name pop up in my feed. You have a real gift for inspiring others.", p="li", conn="old"),

    A("a_faux", "Hi Jordan, we haven't met yet, but I can tell from your profile that we'd get along. Great to e-meet you!",
      p="li", conn="none"),
]

# =====================================================================================================
# a_ooo: out-of-office messages and auto-replies
# =====================================================================================================
THREADS += [
    T("a_ooo", [
        ("me", "0", "Hi Paula, could you send the final brand files for the Kestrel patient app by Friday? The dev team starts Monday."),
        ("a", "1m", "Thank you for your message. I am out of the office from 3 to 14 November with limited access to email "
                    "and messages. For urgent matters please contact studio@casacorvo.example. Otherwise I will respond "
                    "on my return.\n\nPaula Simões"),
    ], p="li", conn="old"),

    T("a_ooo", [
        ("me", "0", "Hey Sílvia! Quick one about the grants programme timeline for next year, do you have 10 min this week?"),
        ("a", "1m", "Hi! I'm on parental leave until March 2027 👶 and not checking messages. For anything about the Open "
                    "Canvas grants programme, please write to grants@opencanvas.example. Thanks for understanding!"),
    ], p="li", conn="old"),

    T("a_ooo", [
        ("me", "0", "Are you around for a coffee next week? Would love your take on our pricing page."),
        ("a", "1m", "Auto-reply: I'm at Atlantic Product Week until Friday and replies will be slow. Back to normal on Monday."),
    ], p="x", conn="old"),

    A("a_ooo", "Thanks for your message. To stay focused I check messages twice a day, at 11:00 and 16:00 (WET). "
               "If it's urgent, please call the studio on +351 21 000 3390.",
      p="li", conn="old"),

    A("a_ooo", "This inbox is not monitored. For help, visit help.kiwiform.example or use the chat on our website.",
      sender="account:Kiwiform"),

    T("a_ooo", [
        ("me", "0", "Hello, we were charged twice for the October invoice (INV 77120). Can someone check?"),
        ("a", "1m", "Thanks for your message! 🙌 Our team will get back to you within 48h. In the meantime, our FAQ might "
                    "already have your answer: help.brightfold.example"),
    ], sender="account:Brightfold"),

    T("a_ooo", [
        ("me", "0", "loved your talk at UX Lisboa, the bit about naming things in roadmaps especially. do you share the slides anywhere?"),
        ("a", "1m", "Hey! Thanks for the DM. I get a lot of messages and can't answer them all, but I read every one ✌️"),
    ], p="x", conn="recent"),

    T("a_ooo", [
        ("me", "0", "Hi Tiago, sending the revised quote for phase 2. Let me know if the numbers work for you."),
        ("a", "1m", "Automatic reply: I'm travelling with patchy connection until the 20th. I'll reply once I'm back on solid ground."),
    ], p="li", conn="old"),

    A("a_ooo", "I'm on sabbatical until 6 January. Messages are not forwarded. Please resend after I'm back, or contact "
               "Leonor Brás (leonor.bras@northquay.example) for anything related to Northquay projects.",
      p="li", conn="old"),

    T("a_ooo", [
        ("me", "0", "Dear Dr. Varga, following up on the consent-flow review, I've attached the updated screens."),
        ("a", "1m", "Dear sender,\n\nThank you for your email. Please note that I am currently attending the European Health "
                    "Design Forum in Copenhagen and will have limited access to my messages until 21 November. I will "
                    "respond upon my return.\n\nKind regards,\nDr. Helena Varga\nChief Medical Officer | Kestrel Health\n"
                    "+351 21 000 7781"),
    ], p="li", conn="old"),

    T("a_ooo", [
        ("me", "0", "hey! is the studio space still free on the 22nd?"),
        ("a", "1m", "I'm on holiday 🌴 back on the 28th. Urgent? Text me."),
    ], p="any", conn="old"),

    A("a_ooo", "Thank you for contacting the Kestrel Health Press Office. This mailbox is monitored Monday to Friday, "
               "09:00–17:00. We aim to respond to media enquiries within one working day.",
      sender="account:Kestrel Health Press Office"),

    T("a_ooo", [
        ("me", "0", "Hi Marisa, could we move Friday's workshop to 10:00?"),
        ("a", "1m", "Hi, I work Monday to Thursday. Your message arrived on my day off and I'll reply on Monday. Have a good weekend!"),
    ], p="li", conn="old"),

    A("a_ooo", "Hi, I'm away at a family wedding and off-grid until Tuesday. Messages will wait 🙂", p="any", conn="old"),

    A("a_ooo", "Out of office: public holiday (5 October). Back tomorrow.", p="li", conn="old"),

    T("a_ooo", [
        ("me", "0", "Mr. Albuquerque, following up on the lease renewal for the studio. Could we get the draft this week?"),
        ("a", "1m", "AUTO REPLY - I AM OUT OF THE OFFICE UNTIL 02/12. FOR URGENT MATTERS PLEASE CONTACT MY ASSISTANT "
                    "ANA PAIVA ON +351 21 000 5120. THANK YOU."),
    ], p="li", conn="old"),

    T("a_ooo", [
        ("me", "0", "hi, SSL still pending on our domain, anyone there?"),
        ("a", "1m", "Hi there 👋 I'm Finn, the Hostvane assistant. I can help with billing, domains and SSL. Type a topic, or "
                    "type \"human\" to wait for an agent."),
        ("me", "1m", "human"),
        ("a", "1m", "Got it! You're #7 in the queue. Estimated wait: 25 minutes. You can close this window; we'll reply here."),
    ], sender="account:Hostvane Support"),

    T("a_ooo", [
        ("me", "0", "Hello! Order LP-20931 arrived with two notebooks water-damaged. Photos attached."),
        ("a", "1m", "Thanks for reaching out to Lumen Paper Co! We've received your message and will reply within 1–2 business "
                    "days. Order questions? Keep your order number handy."),
    ], sender="account:Lumen Paper Co"),

    A("a_ooo", "Automatic reply: I'm in client workshops all day and won't see messages until this evening.", p="li", conn="old"),

    A("a_ooo", "Hello, I have left Orbital Press. This account is no longer monitored. Please contact hello@orbitalpress.example.",
      p="li", conn="old"),

    T("a_ooo", [
        ("me", "0", "Hey Beatriz, are you free to join the Plotline pilot debrief on Thursday?"),
        ("a", "1m", "I'm offline this week for a design sprint. If it's about the Kestrel pilot, Nuno has full context: "
                    "nuno@kestrelhealth.example"),
    ], p="li", conn="old"),

    A("a_ooo", "Auto-response: got your DM. Messages here are checked once a week. For anything time-sensitive, email me instead.",
      p="x", conn="old"),

    A("a_ooo", "This is an automated reply. Our office is closed on 1 November (public holiday) and reopens on Monday 3 November.",
      sender="account:Open Canvas Foundation"),

    A("a_ooo", "Currently travelling (SFO → LIS) ✈️ slow replies until Thursday.", p="x", conn="old"),

    A("a_ooo", "🤖 Auto-reply: thanks for the message! For collabs, please use the form at <<site>>/collab. I don't check DMs regularly.",
      p="x", conn="recent"),

    T("a_ooo", [
        ("me", "0", "Rafa, the signed contract is in your inbox. Can you confirm the start date?"),
        ("a", "1m", "Thanks for your message. I'm out of office until 10 November with no access to messages."),
        ("me", "3d", "Hi again, just making sure this doesn't get lost. Start date ok for the 17th?"),
        ("a", "1m", "Thanks for your message. I'm out of office until 10 November with no access to messages."),
    ], p="li", conn="old"),

    A("a_ooo", "Thank you for your message. Due to a high volume of applications, responses may take up to 5 working days.",
      sender="account:Open Canvas Foundation Grants"),

    A("a_ooo", "hi! heads-down on a launch until the 15th and mostly away from DMs. if it's about speaking, talks@moura.example works better 🙏",
      p="x", conn="old"),

    A("a_ooo", "Auto reply: I am on leave and will return on Monday 10 November. I will not have access to LinkedIn messages until then.",
      p="li", conn="old"),

    A("a_ooo", "Gone fishing 🎣 (really). Back 4 Nov.", p="any", conn="old"),

    A("a_ooo", "I'm taking some time away for a family matter and will be back on 17 November. Thank you for your patience.",
      p="li", conn="old"),

    A("a_ooo", "Hi, I'm moving on from Quay Creative and this account will be inactive from next week. For ongoing projects "
               "please reach out to projects@quaycreative.example.",
      p="li", conn="old"),

    A("a_ooo", "[Auto-Reply] Thanks for getting in touch with Plain Type! We're a two-person show, so replies can take a week. "
               "Guest pitches: plaintype.example/guests",
      sender="account:Plain Type Podcast", p="x"),

    A("a_ooo", "Out of office\n\nI'm speaking at two conferences back to back and will be on the road until 24 October.\n\n"
               "- Studio questions: studio@lumenlab.example\n- Invoices: finance@lumenlab.example\n\n"
               "Thanks,\nCarla",
      p="li", conn="old"),

    A("a_ooo", "Your message has been received. This account does not respond to direct messages. Please visit our help "
               "centre for support.",
      sender="account:Paperkite", p="x"),
]

# =====================================================================================================
# a_prefilled: LinkedIn one-click prefilled notes and X auto-replies
# =====================================================================================================
THREADS += [
    A("a_prefilled", "Congrats on the new role!", p="li", conn="old", copies=3),
    A("a_prefilled", "Happy birthday!", p="li", conn="old", copies=4),
    A("a_prefilled", "Happy birthday, Jordan!", p="li", conn="old", copies=3),
    A("a_prefilled", "Congrats on your work anniversary!", p="li", conn="old", copies=3),
    A("a_prefilled", "Congratulations on 5 years at Fieldnote Studio!", p="li", conn="old", copies=3),
    A("a_prefilled", "Congrats on 5 years, Jordan!", p="li", conn="old"),
    A("a_prefilled", "Congrats on starting your new position at Kestrel Health!", p="li", conn="old"),
    A("a_prefilled", "Congratulations on your new position!", p="li", conn="old"),
    A("a_prefilled", "Wishing you a happy birthday, Jordan!", p="li", conn="old"),
    A("a_prefilled", "Happy work anniversary!", p="li", conn="old"),
    A("a_prefilled", "Congrats Jordan!", p="li", conn="old"),
    A("a_prefilled", "Happy birthday! 🎂", p="li", conn="old"),
    A("a_prefilled", "Congrats on the new job!", p="li", conn="old"),
    A("a_prefilled", "Congratulations on the new role, Jordan!", p="li", conn="old"),
    A("a_prefilled", "Congratulations on your work anniversary, Jordan!", p="li", conn="old"),
    A("a_prefilled", "Congrats on 5 years!", p="li", conn="old"),
    A("a_prefilled", "Happy Birthday Jordan 🎉", p="li", conn="old"),
    A("a_prefilled", "Thanks for the follow! 🙌", p="x", conn="recent", copies=3),
    A("a_prefilled", "Thanks for following! 🚀", p="x", conn="recent"),
    A("a_prefilled", "Appreciate the follow!", p="x", conn="recent"),
    A("a_prefilled", "Thanks for the follow, Jordan! 👋", p="x", conn="recent"),
    A("a_prefilled", "Thank you for following me!", p="x", conn="recent"),
    T("a_prefilled", [
        ("a", "0", "Happy birthday!"),
        ("me", "5h", "thank you!! 🙏"),
    ], p="li", conn="old"),
]

# =====================================================================================================
# longer ones
# =====================================================================================================
THREADS += [
    A("a_system", "Q4 2026 review cycle: your reviewer tasks\n\n"
                  "Hello,\n\nThe Q4 performance and development cycle is now open. As a people lead or nominated peer, you "
                  "have been assigned the following tasks in Tallyround:\n\n"
                  "1. Peer feedback: 4 requests (due 14 November)\n"
                  "2. Upward feedback for your manager (optional, due 14 November)\n"
                  "3. Calibration notes for direct reports: not applicable to your role\n\n"
                  "How to complete: open each request, answer the three prompts (strengths, one thing to change, overall "
                  "rating) and press Submit. Drafts are saved automatically. Feedback is shared with the recipient only "
                  "after calibration, on 1 December.\n\n"
                  "Need help? See the reviewer guide on the intranet or contact people@kestrelhealth.example.\n\n"
                  "This message was generated automatically. Replies to this address are not monitored.",
      sender="account:Kestrel Health · Tallyround"),

    A("a_welcome", "Welcome to the Open Canvas volunteer network!\n\n"
                   "We're really glad you've signed up. Here's what happens next, so nothing comes as a surprise:\n\n"
                   "• Within a week, a coordinator will add you to the volunteer channel for your city.\n"
                   "• Every month we post open tasks there: mentoring sessions, portfolio reviews, workshop help, grant "
                   "reading. You pick what you have time for; there is no minimum commitment.\n"
                   "• Twice a year we hold a volunteer evening. Invitations go out about six weeks ahead.\n\n"
                   "A few housekeeping notes:\n"
                   "- Please read the code of conduct (opencanvas.example/conduct) before your first session.\n"
                   "- If you work with young people, we'll ask for a safeguarding check. We cover the cost.\n"
                   "- You can pause or leave at any time from your profile page.\n\n"
                   "Thank you for giving your time. It genuinely keeps the programmes running.\n\n"
                   "The Open Canvas team\n"
                   "Open Canvas Foundation · Rua das Flores 112, Lisbon",
      sender="account:Open Canvas Foundation", conn="recent"),

    T("a_ooo", [
        ("me", "0", "Hi Dominik, Fieldnote here. Following up on the accessibility audit scope for the patient portal. Could "
                    "you send the updated estimate so we can include it in Kestrel's Q1 plan?"),
        ("a", "1m", "Automatic reply\n\n"
                    "Thank you for your message. I am currently on annual leave and will return on Monday 24 November.\n\n"
                    "During this time I will not be reading messages. If your enquiry relates to:\n"
                    "- an active audit: please contact Joana Reis (joana.reis@clearpath-a11y.example)\n"
                    "- invoicing or contracts: accounts@clearpath-a11y.example\n"
                    "- anything else: I will reply after my return, oldest messages first.\n\n"
                    "Kind regards,\n\nDominik Hartmann\nPrincipal Accessibility Consultant\nClearpath Accessibility\n"
                    "+351 21 000 6654 | clearpath-a11y.example"),
    ], p="li", conn="old"),

    A("a_thanks_connect", "Hi Jordan, thank you so much for connecting! 🙏\n\n"
                          "A little bit about me, so you know who just joined your network: I'm a certified life and "
                          "business coach, a mum of three, a marathon runner and a firm believer that everyone can "
                          "reinvent themselves at any age. I spent 12 years in corporate HR before taking the leap to "
                          "follow my passion, and I've never looked back.\n\n"
                          "On my profile I share daily reflections on mindset, resilience and purpose-driven leadership. "
                          "My most popular post this year was about the 5 a.m. routine that changed my life, you might "
                          "enjoy it!\n\n"
                          "I'm so grateful to be connected with amazing humans from all over the world. "
                          "Wishing you a beautiful week full of growth ✨\n\n"
                          "Warmly,\n<<first>>",
      p="li", conn="recent"),
]
