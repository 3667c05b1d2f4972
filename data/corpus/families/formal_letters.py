"""Formal, polite, often old-fashioned letters to Jordan as a chief executive: solicitations, their follow-ups, and genuine letters from strangers."""


def _t(family, steps, p="any", conn="none", channel=None, history="complete", sender="person", hl=None, copies=1):
    return dict(family=family, p=p, conn=conn, channel=channel, history=history, sender=sender, hl=hl,
                copies=copies, steps=steps)


THREADS = []

# ------------------------------------------------------------------------------------------------
# p_solicitation: strangers selling to an executive
# ------------------------------------------------------------------------------------------------
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\n"
         "Please allow me to introduce myself. I am a Director at Aldermoor Capital, where for the past eleven years "
         "I have arranged growth financing for owner-managed creative businesses across Iberia and the United Kingdom.\n\n"
         "Studios of Fieldnote's size frequently reach a point where the founder's own balance sheet is carrying the "
         "firm. Our non-dilutive facilities of EUR 250,000 to EUR 2 million are designed precisely for that moment, "
         "with no personal guarantee and no board seat.\n\n"
         "I should be glad to set out the terms over a short call at a time of your choosing.\n\n"
         "Yours sincerely,\n<<full>>\nDirector, Creative Sector Lending\nAldermoor Capital LLP\n+44 20 7946 0183")],
        p="li", channel="inmail", hl="Director, Creative Sector Lending at Aldermoor Capital"),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes,\n\nI trust this note finds you well. Late-paying clients are the quiet tax on every "
         "design consultancy. <<company>> advances up to 90% of your outstanding invoices within 48 hours, at a "
         "flat fee from 1.4% per month. Several agencies in Lisbon and Porto already rely on us.\n\n"
         "May I send you a one-page illustration based on your typical billing cycle?\n\n"
         "With kind regards,\n<<full>>\nReceivables Finance | <<company>>\n<<site>>")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan Reyes,\n\n"
         "Founders who have spent a decade building a firm often find that their personal finances have received "
         "rather less attention than the business. At Castellane Private Office we look after a small number of "
         "entrepreneurs, typically from the point of a liquidity event onwards, and occasionally rather before.\n\n"
         "Our services include:\n- cash-flow and tax planning across Portugal and abroad\n- preparation for a sale or "
         "partial exit\n- discretionary portfolio management from EUR 1 million\n\n"
         "I would very much welcome the opportunity to meet you for coffee in Chiado at your convenience.\n\n"
         "With my best regards,\n<<full>>\nSenior Private Banker\nCastellane Private Office, Avenida da Liberdade 190, Lisboa\n"
         "+351 21 400 7712")],
        p="li", channel="inmail", hl="Senior Private Banker | Entrepreneurs & Families"),
    _t("p_solicitation", [
        ("p", "0", "CONFIDENTIAL\n\nDear Mr. Reyes,\n\n"
         "Our firm advises strategic acquirers in the digital services sector. In recent months a number of our "
         "clients have expressed interest in product design studios of between five and forty people with a "
         "health-technology practice.\n\n"
         "Without any obligation, we would be pleased to prepare an indicative valuation of Fieldnote Studio and to "
         "explain how a process might unfold. Our engagement is success-based.\n\n"
         "Should you wish to explore this discreetly, please reply to this message and I will propose times.\n\n"
         "Respectfully,\n<<full>>\nManaging Director, Technology M&A\n<<company>>")],
        p="li", channel="inmail", hl="Managing Director, Technology M&A"),
    _t("p_solicitation", [
        ("p", "0", "Good afternoon,\n\n"
         "I am writing on behalf of Lumen Grants Advisory. We specialise in securing EU and national innovation "
         "funding for Portuguese technology companies; our clients have raised over EUR 40 million in grants since 2016.\n\n"
         "Plotline appears to us an excellent candidate for the next innovation call, which closes in eight weeks. "
         "We work on a success fee of 8% with a modest retainer.\n\n"
         "Could we arrange a twenty-minute call this week or next?\n\nKind regards,\n<<full>>\nGrants Consultant\n"
         "Lumen Grants Advisory | Porto - Lisboa\n<<site>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes\n\nSaaS founders like yourself should not have to give up equity to fund growth. "
         "<<company>> provides revenue-based financing of up to six times monthly recurring revenue, repaid as a "
         "fixed share of future income. Decisions in five working days.\n\n"
         "I'd be delighted to walk you through our model: <<cal>>\n\nBest regards\n<<full>>\nPartnerships")],
        p="li", conn="recent", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes,\n\n"
         "I hope you will forgive the unsolicited approach. I lead the technology practice at Orrin Tax Partners, "
         "and I have reason to believe that Fieldnote Studio may be leaving a meaningful sum unclaimed in research and "
         "development tax incentives, particularly in respect of the work on your Plotline product.\n\n"
         "Our review is conducted at no upfront cost; we are remunerated only as a percentage of the relief "
         "successfully recovered. In the last financial year our average client recovered EUR 61,000.\n\n"
         "I would be grateful for fifteen minutes of your time to establish whether a review is worthwhile.\n\n"
         "Yours faithfully,\n<<full>>\nPartner, R&D Incentives\nOrrin Tax Partners\nRua Castilho 39, 1250-068 Lisboa")],
        p="li", channel="inmail", hl="Partner, R&D Incentives at Orrin Tax Partners"),
    _t("p_solicitation", [
        ("p", "0", "Re: A discreet offer for your Plotline shares\n\n"
         "Dear Mr. Reyes,\n\nWe are a secondary fund that acquires minority stakes from founders and early employees "
         "of promising European software companies. Founders frequently appreciate a partial sale as a way to take "
         "some risk off the table without a full exit.\n\n"
         "If such an arrangement were of interest, we would be happy to make an indicative offer following a brief "
         "introductory conversation.\n\nSincerely,\n<<full>>\nPrincipal, <<company>>")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Sir,\n\nI am pleased to enclose, for your kind consideration, our corporate card and treasury "
         "proposal for Fieldnote Studio, Lda.\n\nIn brief: multi-currency accounts in 14 currencies, physical and "
         "virtual cards for each member of staff, 1.2% cashback on all spend and automatic expense reconciliation.\n\n"
         "I remain at your disposal for a demonstration.\n\nYours faithfully,\n<<full>>\nBusiness Development Manager\n"
         "<<company>>\n\n- Fieldnote_Studio_proposal.pdf")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nIf I may be so bold: your recent talk in Porto was excellent, and it struck me that "
         "the ideas in it deserve a far larger audience than a conference hall.\n\n"
         "My agency, Halyard Communications, places founders as expert commentators in the international business "
         "press. In the past year our clients have appeared in the financial pages of four national newspapers and "
         "on two broadcast networks. Our retainer begins at EUR 3,500 per month, with a minimum term of six months.\n\n"
         "I would be glad to share a short plan of the coverage we believe we could secure for you. Would Thursday "
         "suit for a brief call?\n\nWarmly,\n<<full>>\nFounder & Managing Partner, Halyard Communications")],
        p="li", conn="recent", hl="Founder, Halyard Communications | Thought leadership for founders"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan Reyes,\n\nAs a private company preparing for its next stage of growth, Plotline will "
         "in time need to speak with confidence to investors, analysts and the financial press.\n\n"
         "<<company>> has advised more than sixty companies on investor relations ahead of funding rounds and public "
         "listings. We would welcome the opportunity to present our approach to you and your board.\n\n"
         "Respectfully yours,\n<<full>>\nHead of Investor Relations Advisory\n<<company>>, London | Lisbon | Frankfurt\n"
         "+44 20 7946 0419")],
        p="li", channel="inmail", hl="Head of IR Advisory"),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes —\n\nEvery company will face a crisis. Not every company will be ready.\n\n"
         "Our crisis communications retainer guarantees a senior adviser on the telephone within thirty minutes, "
         "at any hour, 365 days a year, together with a pre-prepared playbook tailored to your business. Given "
         "Fieldnote's work in the healthcare sector, we believe this protection is particularly pertinent.\n\n"
         "I should be pleased to call you at a time convenient to you.\n\n"
         "<<full>>\nSenior Counsel, <<company>>\n<<site>>")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nIt is my great pleasure to inform you that Fieldnote Studio has been "
         "shortlisted for inclusion in the 2025 edition of the Iberian Creative Leaders Directory, a prestige "
         "publication distributed to 12,000 senior decision-makers.\n\n"
         "To confirm your profile, a full-page feature with professional photography is available at a "
         "participation fee of EUR 1,950 (plus VAT). Confirmation is required by the end of the month.\n\n"
         "Please reply to this message to secure your place.\n\nYours sincerely,\n<<full>>\nEditorial Coordinator\n"
         "<<company>> Publishing")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes,\n\nMany chief executives tell me they have a book in them but not the "
         "months to write it. I am a ghostwriter; over twenty years I have written fourteen business books under "
         "other people's names, two of which became bestsellers in their category.\n\n"
         "A book on how product teams should plan — something you clearly think about — could become the most "
         "valuable marketing asset Fieldnote owns. My process takes nine months and requires roughly two hours "
         "of your time per fortnight.\n\n"
         "If the idea appeals, I would be glad to send my terms.\n\nWith every good wish,\n<<full>>")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nI represent a boutique podcast booking agency. We secure guest appearances for "
         "founders on well-regarded business and technology shows; our clients average six bookings a month.\n\n"
         "Your background in design and health technology would make you a very strong guest. Our packages start "
         "at USD 1,200 per month.\n\nShall I send over our current list of shows?\n\nBest,\n<<full>>\n<<company>>")],
        p="x"),
    _t("p_solicitation", [
        ("p", "0", "I am a professional speechwriter. Over the last fifteen years I have written "
         "for ministers, central bankers and the chief executives of several listed companies.\n\n"
         "I noticed that you speak regularly at design and product conferences. A keynote that is structured and "
         "rehearsed with a professional is remembered for years; one that is not is forgotten by lunch. I offer "
         "single-speech engagements from EUR 2,800 and annual retainers for frequent speakers.\n\n"
         "I would be honoured to support your next appearance.\n\nYours sincerely,\n<<full>>\nSpeechwriter & Rhetoric Coach\n"
         "<<site>>")],
        p="li", channel="inmail", hl="Speechwriter to CEOs and public figures"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes,\n\nTelevision and radio interviews are unforgiving. A single unprepared "
         "answer can undo years of reputation.\n\nOur one-day media training programme, delivered by former "
         "broadcast journalists in our Lisbon studio, includes recorded mock interviews, hostile questioning "
         "and a personal debrief. Fee for one executive: EUR 4,200. Two executives: EUR 6,900.\n\n"
         "I enclose our brochure and would be pleased to propose dates.\n\nKind regards,\n<<full>>\nProgramme Director\n"
         "<<company>> Media Training\n\n- MediaTraining_Executive_2025.pdf")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan Reyes,\n\nPresence is not an accident. As an executive voice and presence coach "
         "I help leaders speak with authority in boardrooms, on stages and on camera. Clients include senior "
         "figures at three of Europe's largest banks.\n\nI am offering a complimentary 45-minute diagnostic "
         "session to a small number of founders this month, after which we can discuss a six-session programme.\n\n"
         "Book directly here: <<cal>>\n\nWith warm regards,\n<<full>>")],
        p="li", conn="recent", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes:\n\nYour team no doubt designs beautiful products. But who designs your "
         "pitch decks?\n\nOur studio produces investor and board presentations for technology companies. "
         "Turnaround in five working days, from EUR 1,500 per deck.\n\nWould you be open to seeing a few "
         "examples?\n\nKind regards,\n<<full>>\nCreative Director, <<company>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\n"
         "I am a partner at Whitcombe Lorne, a retained executive search firm specialising in leadership "
         "appointments for growth-stage technology companies.\n\n"
         "As founders move from building a product to building an organisation, the first senior hire — often a "
         "Chief Operating Officer — is the most consequential decision they make. We have completed 140 such "
         "searches in the past five years, with a 96% retention rate after two years.\n\n"
         "I would be very pleased to meet and understand your plans for Fieldnote and Plotline.\n\n"
         "Yours sincerely,\n<<full>>\nPartner, Technology Practice\nWhitcombe Lorne\n"
         "14 Welbeck Mews, London W1G 9XB\n+44 20 7946 0852")],
        p="li", channel="inmail", hl="Partner at Whitcombe Lorne | Executive Search"),
    _t("p_solicitation", [
        ("p", "0", "Hello Mr. Reyes,\n\nWe provide dedicated senior developers from our delivery centres in "
         "Braga and Bucharest, fully managed and ready to start within ten days. Rates from EUR 38 per hour.\n\n"
         "Many product studios use us to scale delivery without adding permanent headcount. I would love to show "
         "you a few profiles suited to Plotline's stack.\n\nRegards,\n<<full>>\nAccount Director | <<company>>\n<<site>>")],
        p="li", conn="recent", copies=3),
    _t("p_solicitation", [
        ("p", "0", "Good morning, Mr. Reyes.\n\nWith reference to the growth of Fieldnote Studio, I would like to "
         "introduce our design talent agency. We place senior product designers, researchers and design leads on "
         "permanent and contract terms across Europe.\n\n"
         "Our fee is 18% of first-year salary for permanent placements, with a three-month guarantee. I attach "
         "three anonymised candidate profiles that may interest you.\n\n"
         "Best regards,\n<<full>>\nSenior Consultant, Design & UX\n<<company>>\n\n- Candidates_Fieldnote.pdf")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nGood governance begins with the right people around the table.\n\n"
         "Board Bench connects growing companies with experienced independent non-executive directors, "
         "chairs and advisory board members. Our shortlists are delivered in three weeks, and our fixed fee "
         "is EUR 9,500 per appointment.\n\n"
         "I would welcome the chance to discuss Plotline's board composition.\n\nYours sincerely,\n<<full>>\n"
         "Director of Board Practice, Board Bench")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nInternational hires relocating to Lisbon face a bewildering list of "
         "tasks: NIF, social security, housing, schooling, banking. Our relocation concierge takes care of all "
         "of it, so your new colleagues arrive ready to work.\n\nCorporate packages from EUR 1,100 per employee.\n\n"
         "May I send you our corporate brochure?\n\nKind regards,\n<<full>>\nCorporate Relocation, <<company>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes and Ms. Pires,\n\n"
         "I am writing to you both as the leadership of Fieldnote Studio. Our firm provides recruitment process "
         "outsourcing to small and medium-sized design and engineering businesses: we run your hiring end to end, "
         "from job description to signed contract, for a single monthly fee.\n\n"
         "Our clients typically reduce time-to-hire by 40% and agency spend by half. I would be glad to present "
         "our model to you both at your offices.\n\nYours sincerely,\n<<full>>\nClient Partner, <<company>>\n+351 21 398 5520")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Jordan Reyes,\n\nAn exit is not an event; it is a process that begins three to five years "
         "before any buyer appears. Our exit-readiness programme prepares founder-led firms to command the highest "
         "possible multiple.\n\n"
         "The programme comprises a valuation baseline, a governance and reporting review, a customer "
         "concentration analysis and a twelve-month action plan. Fee: EUR 18,000.\n\n"
         "I should be pleased to provide references from founders who have subsequently sold.\n\n"
         "Yours faithfully,\n<<full>>\nFounder, <<company>> Strategy\n<<site>>")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Sir,\n\nI am contacting the managing directors of selected Lisbon firms regarding "
         "operational efficiency.\n\nOur lean consultants have helped more than two hundred professional services "
         "firms reduce non-billable time by an average of 23%. A short diagnostic of your studio would take two "
         "days and costs nothing if we do not identify savings of at least ten times our fee.\n\n"
         "Kindly let me know whether you would be willing to meet.\n\nRespectfully,\n<<full>>\n<<company>> Consulting")],
        p="any", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Sir,\n\nYour work for Kestrel Health places Fieldnote Studio within the supply "
         "chain of a healthcare provider. Increasingly, such clients require their suppliers to hold ISO/IEC 27001 "
         "certification.\n\n"
         "Our consultancy has guided 85 small firms to certification at the first attempt, typically within six "
         "months. Fixed-price engagements from EUR 14,500.\n\n"
         "I would be happy to arrange an initial conversation.\n\nKind regards,\n<<full>>\nLead Consultant, Information Security\n"
         "<<company>>\n+351 22 600 4190")],
        p="li", channel="inmail", hl="Lead Consultant, ISO 27001 & Information Security"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nHealth data is subject to the strictest regulation in Europe, and the "
         "penalties for getting it wrong are severe. We offer GDPR and health-data compliance audits designed "
         "for digital health products and the agencies that build them.\n\n"
         "Would you be the right person to speak to, or could you point me to the colleague responsible for "
         "compliance at Kestrel Health?\n\nYours sincerely,\n<<full>>\nData Protection Consultant, <<company>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nPricing is the single most powerful lever a software company has, and "
         "the one most often left to guesswork.\n\n"
         "I advise B2B SaaS companies on packaging and pricing; my clients have raised average revenue per account "
         "by 27% within two quarters. I work with no more than four companies at a time and have one opening "
         "from next month.\n\n"
         "If Plotline's pricing is under review, I would be delighted to talk.\n\nBest wishes,\n<<full>>\n"
         "Independent Pricing Adviser\n<<site>>")],
        p="li", conn="recent", hl="SaaS pricing & packaging adviser"),
    _t("p_solicitation", [
        ("p", "0", "As a family business, Fieldnote Studio faces particular questions about "
         "succession, governance and the role of the next generation.\n\n"
         "The Family Enterprise Institute offers confidential advisory services to owners of family-controlled "
         "companies. May I invite you to an introductory meeting?\n\nWith kind regards,\n<<full>>\n"
         "Senior Adviser, Family Enterprise Institute")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Good afternoon Mr. Reyes,\n\nA leadership offsite can reset a team's direction for a whole year — or "
         "waste three days.\n\nOur facilitators design and run strategy retreats for leadership teams of five to "
         "thirty people in the Alentejo, the Douro and Madeira, all-inclusive from EUR 690 per person per day. "
         "We have availability in the spring.\n\n"
         "I would love to hear what Fieldnote is planning for the year ahead.\n\nWarm regards,\n<<full>>\n"
         "Founder, <<company>> Retreats")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nIs Fieldnote Studio's new business pipeline as full as you would like?\n\n"
         "We run outbound business development for design and innovation consultancies, booking qualified "
         "meetings with product and innovation leaders at mid-sized enterprises. Clients typically see eight "
         "to twelve new meetings per month within ninety days.\n\n"
         "Would it make sense to speak for fifteen minutes next week?\n\nRegards,\n<<full>>\nBusiness Development, "
         "<<company>>\n<<cal>>")],
        p="li", conn="recent", copies=3),
]

# luxury travel and leisure, art and wine
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Caro Sr. Reyes,\n\nTime is the one asset a chief executive cannot buy more of — though it "
         "can be spent more wisely.\n\n"
         "Aerolis offers a private aviation membership with guaranteed availability on 48 hours' notice across "
         "Europe, fixed hourly rates and no positioning charges from Lisbon, Porto or Faro. Membership begins "
         "with a 25-hour card.\n\nI would be delighted to arrange a private viewing of our aircraft at Cascais "
         "aerodrome.\n\nWith kind regards,\n<<full>>\nMembership Director, Aerolis\n+351 21 484 2290")],
        p="li", channel="inmail", hl="Membership Director at Aerolis Private Aviation"),
    _t("p_solicitation", [
        ("p", "0", "Mr Reyes —\n\nMay I take the liberty of introducing Quinta do Salgueiral, a private estate "
         "of eleven suites on the Comporta coast, now available exclusively for leadership gatherings and company "
         "retreats.\n\n"
         "Our guests enjoy a private chef, meeting spaces overlooking the rice fields, and a programme of riding, "
         "sailing and wine tasting. Exclusive use from EUR 9,800 per night.\n\n"
         "I would be honoured to welcome you and your team. Should you wish, I can reserve provisional dates "
         "for the coming season.\n\nMost cordially,\n<<full>>\nDirector of Private Events\nQuinta do Salgueiral")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nOur members are senior executives who prefer not to spend their evenings "
         "booking restaurants and their weekends arranging travel.\n\n"
         "As a member of Sable Concierge you would have a dedicated lifestyle manager available around the clock, "
         "priority access to sold-out events and preferential rates at over 900 hotels. Annual membership is "
         "EUR 3,200.\n\nMembership is by invitation, and I am pleased to extend one to you.\n\n"
         "Yours sincerely,\n<<full>>\nMembership, Sable Concierge")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes,\n\nThe summer season in the Balearics fills quickly. We have a limited number of "
         "weeks remaining aboard our fleet of crewed motor yachts, ideal for hosting clients or rewarding a team.\n\n"
         "Weekly charters from EUR 42,000, all-inclusive of crew and provisioning. I would be glad to send you the "
         "specifications of our three available vessels.\n\nBest regards,\n<<full>>\nCharter Broker, <<company>> Yachting")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes,\n\nOn behalf of Clube de Golfe da Arrábida, I have the pleasure of writing to "
         "a small number of Lisbon business leaders regarding our corporate membership.\n\n"
         "Corporate membership permits four nominated players, use of our private dining room for client "
         "entertaining, and invitations to the members' tournaments throughout the year.\n\n"
         "I would be delighted to welcome you for a complimentary round and lunch as my guest, at which we "
         "could discuss membership at leisure.\n\nYours sincerely,\nAugusto Menezes\nMembership Secretary")],
        p="any", sender="account:Clube de Golfe da Arrábida"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan Reyes,\n\nThe season's most sought-after matches are an exceptional setting in which "
         "to thank your most valued clients.\n\n"
         "A limited number of twelve-seat executive boxes remain for the coming season at Estádio do Restelo, "
         "with fine dining, reserved parking and a dedicated host. Full-season and match-by-match packages are "
         "available.\n\nShall I reserve a viewing at a home fixture?\n\nKind regards,\n<<full>>\nPremium Hospitality Manager")],
        p="li", channel="sponsored"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nI shall be in Lisbon from the 14th to the 17th of next month, receiving "
         "clients by appointment at the Hotel Palácio Alvor.\n\n"
         "Our house has cut bespoke suits and shirts in Savile Row for three generations. A first fitting takes "
         "about an hour, and suits are delivered after two further fittings. Prices from GBP 4,900.\n\n"
         "Should you wish to reserve a time, I would be most pleased to see you.\n\nYours faithfully,\n<<full>>\n"
         "Travelling Cutter, <<company>> & Sons")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes,\n\nA small number of pieces from our independent watchmaker's latest "
         "limited series — thirty-five pieces worldwide — have been reserved for clients in Portugal.\n\n"
         "I would be delighted to invite you to a private appointment in our Chiado salon to view them.\n\n"
         "With my compliments,\n<<full>>\nClient Adviser, <<company>> Horlogerie")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nFounders carry a particular kind of exhaustion. Our five-day executive "
         "reset in the Sintra hills combines medical assessment, sleep coaching, nutrition and movement, under "
         "the supervision of our physicians.\n\n"
         "A limited number of places are available for our autumn cohort, at EUR 7,400 all-inclusive. I would "
         "be pleased to arrange a confidential call with our medical director.\n\nWith warm regards,\n<<full>>\n"
         "Guest Relations, <<company>> Clinic & Retreat")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "I am an independent art adviser. I help companies build collections for "
         "their offices that reflect their culture, support emerging artists and, not incidentally, hold their "
         "value.\n\n"
         "For a design studio, an office collection is also a statement of taste to every client who walks in. "
         "I would be glad to visit Fieldnote's studio and propose a first acquisition budget and shortlist; "
         "my fee is 10% of acquisitions.\n\nWith kind regards,\n<<full>>\nArt Advisory\n<<site>>")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes:\n\nThe 2022 Bordeaux vintage is now being offered en primeur, and allocations "
         "of the most sought-after châteaux are, as ever, limited.\n\n"
         "We manage private and corporate cellars for a select clientele in Portugal and Spain, with bonded "
         "storage in London and full provenance. I would be pleased to send you our offer list and to discuss "
         "establishing a cellar for Fieldnote's corporate entertaining.\n\nYours sincerely,\n<<full>>\n"
         "Private Client Director, <<company>> Wine Merchants")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nWith the festive season approaching, may we suggest a gift your clients "
         "will remember? Our family house has produced tawny Ports in the Douro since 1874.\n\n"
         "Corporate gift cases, engraved with your company's name, from EUR 85 per case. Orders placed before "
         "the 15th of November receive complimentary engraving and delivery.\n\n"
         "Please let me know if you would like a sample case sent to your office.\n\nCordially,\n<<full>>\n"
         "Corporate Sales, <<company>> Vinhos")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Good morning, Mr. Reyes.\n\nI write from Galeria Nove, Rua da Rosa. Ahead of the public opening of "
         "Benedita Sarmento's new series next month, we are holding a private preview for a few collectors "
         "with a serious interest in contemporary Portuguese work.\n\n"
         "Given your eye as a designer, I have taken the liberty of setting aside two of the smaller canvases "
         "for your consideration, priced at EUR 6,500 and EUR 8,200. I can send images and hold them until "
         "Friday.\n\nWith my best regards,\n<<full>>\nDirector, Galeria Nove")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nA formal portrait of a company's founder is a gift to its future.\n\n"
         "I am a portrait painter working in oil; my sitters have included judges, university rectors and the "
         "founders of several family firms. Commissions begin at EUR 12,000 for a head-and-shoulders portrait "
         "requiring three sittings.\n\nI would be pleased to send you my portfolio.\n\nRespectfully,\n<<full>>\n<<site>>")],
        p="any"),
]

# event sponsorship, paid speaking slots, pay-to-feature
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nI am pleased to share the partnership opportunities for Product Horizon "
         "Lisbon, which will welcome 2,400 product and design leaders to the FIL in October.\n\n"
         "Partnership packages:\n- Gold: EUR 24,000 (keynote slot, 6x3m stand, 10 passes)\n- Silver: EUR 12,500 "
         "(panel seat, 3x3m stand, 5 passes)\n- Community: EUR 4,000 (logo placement, 2 passes)\n\n"
         "Given Plotline's audience, we believe the Silver package offers exceptional value. Packages are "
         "allocated on a first-come basis.\n\nKind regards,\n<<full>>\nPartnerships Manager, Product Horizon\n\n"
         "- ProductHorizon_Partner_Prospectus.pdf")],
        p="li", channel="inmail", hl="Partnerships Manager at Product Horizon"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Jordan Reyes,\n\nThe Children's Heart Foundation will hold its annual Winter Gala at the "
         "Palácio da Ajuda on the 6th of December, in the presence of many of Lisbon's business and cultural "
         "leaders.\n\n"
         "I should be most grateful if Fieldnote Studio would consider hosting a table of ten (EUR 5,000) or "
         "becoming a Gala Patron (EUR 15,000), with recognition in the programme and from the stage.\n\n"
         "With my sincere thanks for considering this request,\n<<full>>\nHead of Corporate Partnerships")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Sir,\n\nSporting Clube de Oeiras Rugby is entering its 60th season, and we are "
         "seeking a principal partner whose name would appear on the front of our senior team's shirts.\n\n"
         "Our players, supporters and families represent a loyal community of 3,000 people across the Oeiras "
         "and Cascais area. The principal partnership is offered at EUR 30,000 per season, with smaller packages "
         "available.\n\nI should welcome the opportunity to present the proposal in person.\n\nYours in sport,\nFilipe Antunes\n"
         "Commercial Director")],
        p="any", sender="account:SC Oeiras Rugby"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nThe Lusophone Digital Excellence Awards recognise the achievements of the "
         "finest companies in our industry. This year's ceremony will be broadcast online to an audience of "
         "more than 50,000.\n\n"
         "We are inviting a small number of companies to sponsor an award category. Category sponsorship "
         "(EUR 7,500) includes presentation of the award on stage, a table for eight and extensive brand "
         "visibility. The 'Design Innovation' category remains available.\n\n"
         "Kind regards,\n<<full>>\nSponsorship Director")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Sir or Madam,\n\nExhibition space at HealthTech Iberia in Madrid is now 80% sold. "
         "A limited number of 9m² and 18m² stands remain in the Digital Health pavilion at EUR 390 per m².\n\n"
         "For exhibitors confirming this month, we offer a 10% early discount and a listing in the official "
         "catalogue.\n\nPlease reply to reserve your space.\n\nKind regards,\n<<full>>\nExhibition Sales")],
        p="li", copies=3),
    _t("p_solicitation", [
        ("p", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nFollowing a review by our programme committee, I am delighted to invite "
         "you to deliver a keynote address at the Global Future of Work Summit in Dubai this November.\n\n"
         "Speaking positions include a 20-minute keynote, professional filming and two nights' accommodation, "
         "with a speaker participation fee of USD 4,950 to cover production costs.\n\n"
         "Kindly confirm your interest by return so that we can hold your slot.\n\nSincerely,\n<<full>>\n"
         "Speaker Relations, <<company>> Events")],
        p="li", copies=3),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan Reyes,\n\nCongratulations — you have been nominated by our editorial board to "
         "appear in the forthcoming anthology 'Designers Who Lead: 50 Voices from Europe', to be published "
         "in hardback and distributed at industry events.\n\n"
         "Each featured leader contributes a 1,500-word chapter, which our editors help to prepare. The "
         "contributor package is EUR 2,400 and includes 25 author copies.\n\n"
         "We would be honoured to include you.\n\nWith warm regards,\n<<full>>\nManaging Editor")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "We host a series of small, off-the-record dinners in Lisbon for chief "
         "executives of growth companies, each led by a single host who sets the topic.\n\n"
         "We would like to invite you to host the March dinner on 'Design as a board-level competence'. The "
         "host's contribution of EUR 6,000 covers the venue and ten guests drawn from our network of senior "
         "buyers.\n\nMay I send further details?\n\nRespectfully yours,\n<<full>>\nFounder, <<company>> Roundtables")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Good afternoon Mr. Reyes,\n\nI am the producer of a business documentary series airing on a number of "
         "international in-flight entertainment systems and on our streaming channel.\n\n"
         "Our researchers have identified Fieldnote Studio as a possible subject for a six-minute profile "
         "episode. Production is shot over one day at your premises. There is a production contribution of "
         "EUR 8,900, which includes full rights to use the finished film.\n\n"
         "We are finalising the next season's schedule and would appreciate a reply at your earliest "
         "convenience.\n\nBest regards,\n<<full>>\nSenior Producer")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes,\n\nWe are assembling the speaker line-up for the Digital Leaders Forum in "
         "Vienna and would welcome you as a panellist in our design leadership session.\n\n"
         "Panellists are offered a speaker package at a preferential rate of EUR 1,750 (regular delegate rate "
         "EUR 2,600), which includes conference access, the VIP dinner and a profile on the event website.\n\n"
         "Please let me know if you would like to proceed.\n\nKind regards,\n<<full>>")],
        p="li"),
]

# software vendors, insurance
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nMost design studios run on a patchwork of spreadsheets, a time tracker "
         "and an invoicing tool that do not speak to one another. <<company>> replaces all three with a single "
         "platform for agencies: proposals, resourcing, timesheets, invoicing and profitability by project.\n\n"
         "Studios of your size typically recover four to six billable hours per person per month. I would "
         "welcome the opportunity to give you a thirty-minute demonstration.\n\nYours sincerely,\n<<full>>\n"
         "Account Executive, Agencies | <<company>>\n<<cal>>")],
        p="li", conn="recent", copies=3),
    _t("p_solicitation", [
        ("p", "0", "Caro Sr. Reyes,\n\nMay I ask a direct question: when did Fieldnote Studio last commission an "
         "independent security assessment?\n\n"
         "Agencies that hold client data — particularly health data — are now a favoured route for attackers. "
         "Our penetration testing and cyber-hygiene audit for firms under fifty staff is delivered in two weeks "
         "for a fixed fee of EUR 5,800.\n\n"
         "I would be glad to explain the scope on a short call.\n\nKind regards,\n<<full>>\nPrincipal Consultant, "
         "<<company>> Security\n+351 21 120 6634")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Mr Reyes —\n\nI understand that you serve on the board of a design non-profit. Board "
         "packs sent by e-mail, annotated PDFs and lost minutes are familiar frustrations for many directors.\n\n"
         "Our board portal is used by 1,100 charities and non-profits across Europe, with a 40% discount for "
         "registered charities. Would you be willing to introduce me to your chair or company secretary, or "
         "to see a demonstration yourself?\n\nYours sincerely,\n<<full>>\nCharity Sector Lead, <<company>>")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nHow many hours a week do you spend in meetings? And how many of those "
         "meetings produce notes anyone reads?\n\n"
         "Our assistant joins your calls, writes the minutes, assigns actions and files them in your project "
         "tools — in Portuguese and English. Executives at 3,000 companies rely on it.\n\n"
         "I'd be happy to set you up with a free 30-day trial and a personal onboarding session. Shall I?\n\n"
         "Best,\n<<full>>\nEnterprise Sales, <<company>>")],
        p="li", conn="recent", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nMissed renewal dates, unsigned amendments and contracts filed in someone's "
         "inbox are costly. Our contract lifecycle platform gives a company of any size a single source of truth "
         "for every agreement it signs.\n\n"
         "I would be pleased to show you how Fieldnote could manage its client and supplier contracts in one "
         "place. Would a demonstration next Tuesday or Wednesday suit?\n\nRegards,\n<<full>>\n<<company>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes,\n\nWe analysed the publicly visible infrastructure behind Plotline and believe "
         "that, like most early-stage SaaS products, it may be over-provisioned in the cloud by 30 to 45%.\n\n"
         "Our cost optimisation engagement is paid only from the savings we deliver. I would welcome fifteen "
         "minutes with you or your technical lead.\n\nKind regards,\n<<full>>\nCloud Economics, <<company>>")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan Reyes,\n\nFrom June 2025, the European Accessibility Act will apply to a wide range "
         "of digital products and services. Non-compliance carries fines and reputational risk.\n\n"
         "Our automated monitoring and remediation platform scans every page of your product daily and fixes "
         "common issues without code changes. I would be delighted to run a complimentary scan of Plotline and "
         "walk you through the results.\n\nYours sincerely,\n<<full>>\nHead of Partnerships, Iberia")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nReceipts in coat pockets, month-end chasing, and an accountant waiting on "
         "everyone: expense management should not be a chief executive's concern.\n\n"
         "<<company>> issues every employee a smart card and reconciles receipts automatically. Plans from EUR 8 "
         "per user per month. Could I show you the product in twenty minutes?\n\nKind regards,\n<<full>>")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes,\n\nAs founder and chief executive, you are Fieldnote Studio's most important "
         "asset. Have you considered what would happen to the business, its clients and its staff if you were "
         "unable to work for six months?\n\n"
         "Key person insurance provides the company with a lump sum to recruit, retain clients and steady "
         "cash flow during such a period. I advise owner-managed businesses on key person and shareholder "
         "protection and would be glad to prepare an indicative quotation without obligation.\n\n"
         "Yours faithfully,\n<<full>>\nCorporate Protection Adviser\n<<company>> Insurance Brokers\n+351 21 355 8847")],
        p="li", channel="inmail", hl="Corporate Protection Adviser"),
    _t("p_solicitation", [
        ("p", "0", "Directors of non-profit organisations are not immune from personal "
         "liability. As a board member of a design charity, you may wish to confirm that the organisation holds "
         "adequate directors' and officers' cover.\n\n"
         "We arrange D&O policies for charities and for growing companies such as Plotline. May I send a short "
         "questionnaire so that we can provide terms?\n\nSincerely,\n<<full>>\nAccount Executive, Management Liability")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes:\n\nA single ransomware incident costs a small firm an average of EUR 140,000 "
         "in recovery, lost work and notification costs. Most business insurance policies do not cover it.\n\n"
         "Our cyber insurance for professional services firms starts at EUR 95 per month and includes a 24-hour "
         "incident response line. A quotation takes five minutes: <<site>>/quote\n\n"
         "I would be glad to answer any questions.\n\nBest regards,\n<<full>>")],
        p="li", copies=3),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nIn a profession where advice is the product, a single dispute with a "
         "client can be ruinous. I specialise in professional indemnity insurance for design and architecture "
         "practices, and I am confident I can improve upon the terms of Fieldnote's current policy.\n\n"
         "If you would let me know your renewal date, I will prepare a comparison in good time.\n\n"
         "Yours sincerely,\n<<full>>\nSenior Broker, <<company>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Good morning, Mr. Reyes.\n\nIn a competitive market for talent, a private health plan is one of the "
         "most appreciated benefits a small company can offer.\n\n"
         "Our group plans for companies of five to fifty employees include hospitalisation, outpatient and "
         "dental cover from EUR 34 per employee per month. I would be pleased to prepare a proposal for your "
         "team of six.\n\nKind regards,\n<<full>>\nCorporate Benefits Consultant")],
        p="li", conn="recent"),
]

# people offering themselves for a senior post, interim and fractional executives
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nI am writing to offer my services as an interim or part-time Chief "
         "Financial Officer.\n\n"
         "Over twenty-two years I have served as finance director of four technology companies, led two "
         "fundraising rounds of more than EUR 10 million and prepared three companies for sale. I now work with "
         "a small number of founder-led businesses, typically two days a week, at a day rate of EUR 950.\n\n"
         "I attach my CV and would welcome the chance to discuss how I might support Fieldnote and Plotline.\n\n"
         "Yours sincerely,\n<<full>>\nFCCA\n+351 912 447 803\n\n- CV_interim_CFO.pdf")],
        p="li", channel="inmail", hl="Interim & Fractional CFO | Technology scale-ups"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nMarketing is too important to be left to a junior hire and too expensive "
         "to be led by a full-time executive at your stage. As a fractional Chief Marketing Officer I give "
         "companies like yours senior leadership for a fraction of the cost.\n\n"
         "Former CMO of two SaaS businesses (exits in 2019 and 2022). Retainers from EUR 5,500 per month.\n\n"
         "I have capacity for one new client from next quarter. Could we speak?\n\nBest regards,\n<<full>>\n<<site>>")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Jordan Reyes,\n\nPlease permit me to present myself as a candidate for the position of "
         "Chief Operating Officer, or any senior operational role, at Fieldnote Studio.\n\n"
         "I bring:\n- 18 years of operational leadership in consultancies of 20 to 400 people\n- a record of "
         "doubling margin in two professional services firms\n- fluency in English, Portuguese, Spanish and "
         "French\n\n"
         "Although I am aware you may not be actively recruiting, I am confident that my experience would "
         "prove valuable to your organisation, and I would welcome the opportunity to discuss my compensation "
         "expectations and availability at a meeting.\n\n"
         "Yours faithfully,\n<<full>>\nMBA (INSEAD)\n\n- Executive_Profile.pdf")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Sir,\n\nHaving recently retired after thirty years in banking, the last eight as "
         "regional head of commercial lending, I am now building a portfolio of non-executive directorships.\n\n"
         "I would be pleased to offer my services as an independent non-executive director or chair of the "
         "advisory board of Plotline. My standard fee for such appointments is EUR 2,000 per month, with "
         "attendance at quarterly board meetings.\n\n"
         "I should be delighted to meet at your convenience.\n\nWith kind regards,\n<<full>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nA chief executive's time is a company's scarcest resource. Our agency "
         "places experienced Chiefs of Staff and executive assistants with founders, on full-time, part-time "
         "and remote bases.\n\n"
         "Every candidate is assessed in-house and our placements are guaranteed for six months. I would be "
         "glad to introduce you to two exceptional candidates currently available in Lisbon.\n\nKind regards,\n"
         "<<full>>\nDirector, <<company>> Executive Support")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nMy name is <<full>>, and I am an interim Head of Product with fifteen years "
         "of experience in B2B software. I am currently available for assignments of three to nine months.\n\n"
         "Plotline is at exactly the stage where an interim product leader can put structure around discovery, "
         "roadmapping and delivery while you search for a permanent hire. I would be pleased to share "
         "references and my terms.\n\nWith best regards,\n<<full>>")],
        p="li", channel="inmail", hl="Interim Head of Product | Available now"),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes,\n\nSenior sales leader (VP level), 16 years, SaaS & professional services, "
         "EUR 40m+ quota carried. Open to a fractional or full-time Chief Revenue Officer role with equity.\n\n"
         "If you are thinking about how to take Plotline to market, I can help. CV attached; happy to talk "
         "terms.\n\n<<full>>\n\n- CRO_CV_2025.pdf")],
        p="li", conn="recent"),
]

# other professional services
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "We note that the name PLOTLINE does not appear to be registered as a trade "
         "mark in the United States or the United Kingdom. Without registration, another party may register "
         "the mark first and prevent you from using it in those markets.\n\n"
         "Our firm can file applications in both jurisdictions for a fixed fee of EUR 2,650 plus official fees. "
         "We would be pleased to conduct a preliminary clearance search without charge.\n\n"
         "Yours faithfully,\n<<full>>\nTrade Mark Attorney\n<<company>> Intellectual Property")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Good afternoon Mr. Reyes,\n\nI represent the owner of the domain name plotline-app.example, which we "
         "believe would be a valuable asset for your product.\n\n"
         "My client is prepared to consider offers above USD 8,000 for a limited period. A secure transfer can be "
         "arranged through escrow within a week.\n\nPlease advise if you have an interest.\n\nRegards,\n<<full>>\n"
         "Domain Broker")],
        p="x"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nAre you certain that Fieldnote Studio is benefiting from every relief "
         "available to it under Portuguese law?\n\n"
         "Our chartered accountants act for more than 180 small and medium-sized companies in Lisbon, with "
         "particular expertise in creative and technology businesses. We offer monthly bookkeeping, payroll "
         "and tax compliance under a single fixed monthly fee.\n\n"
         "I would welcome the opportunity to review your current arrangements at no cost.\n\n"
         "Yours sincerely,\n<<full>>\nManaging Partner, <<company>> Contabilidade")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Caro Sr. Reyes,\n\nAs an international resident in Portugal, you may be affected by recent "
         "changes to the tax regime for new residents and by the end of the former non-habitual residency "
         "scheme.\n\n"
         "Our firm advises foreign executives and entrepreneurs on residency, personal tax and cross-border "
         "structuring. An initial consultation is EUR 250, deductible from any subsequent engagement.\n\n"
         "Yours sincerely,\n<<full>>\nSenior Tax Adviser")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Mr Reyes —\n\nI have followed your career with great interest, and I believe that a "
         "leader who has built a studio, launched a product and sits on a charity board would benefit greatly "
         "from a thinking partner of his own.\n\n"
         "As an executive coach accredited at master level, I work with founders over six-month engagements. "
         "My fee is EUR 9,000 per engagement. I offer a complimentary chemistry session: <<cal>>\n\n"
         "With warm regards,\n<<full>>\nExecutive Coach")],
        p="li", conn="recent", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nFieldnote Studio's website and speaker pages deserve portraits as "
         "considered as the work itself.\n\n"
         "I am a Lisbon-based corporate photographer; a half-day session at your studio for the whole team costs "
         "EUR 980, including retouched images and full usage rights. I have availability in the first two weeks "
         "of next month.\n\nWith best regards,\n<<full>>\n<<site>>")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr Reyes,\n\nOur practice designs workplaces for creative companies. Should Fieldnote "
         "Studio be considering a move or a refurbishment, we would be pleased to undertake a free space audit "
         "and present a concept for your team.\n\n"
         "Recent projects include the offices of two software companies and a publishing house in Lisbon.\n\n"
         "Yours sincerely,\n<<full>>\nPartner, <<company>> Arquitectos")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan Reyes,\n\nYour team's original work — interfaces, methods, software — may contain "
         "patentable inventions that competitors could otherwise copy freely.\n\n"
         "We offer a half-day invention harvesting workshop for design and software firms, after which we "
         "provide a written opinion on patentability. Fixed fee EUR 3,400.\n\n"
         "May I propose a date?\n\nRespectfully,\n<<full>>\nEuropean Patent Attorney")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nAs Plotline expands into new markets, professional localisation will be "
         "essential. Our translators work in 38 languages, with particular specialisation in software "
         "interfaces and documentation.\n\n"
         "We would be pleased to translate a sample of your interface into the language of your choice at no "
         "charge.\n\nKind regards,\n<<full>>\nLocalisation Account Manager")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes,\n\nCorporate giving is most effective when it is strategic. We help "
         "companies of every size design philanthropy and volunteering programmes that reflect their values, "
         "engage their staff and create measurable impact.\n\n"
         "I understand Fieldnote Studio already supports the design community; we could help you build on that "
         "foundation. Would you be open to an exploratory meeting?\n\nWith best wishes,\n<<full>>\n"
         "Director, <<company>> Philanthropy Advisers")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Your LinkedIn presence is one of Fieldnote Studio's most valuable and "
         "under-used channels.\n\n"
         "I write and schedule posts for founders in their own voice: three posts a week, based on a monthly "
         "interview. Clients typically grow their following by 4,000 in the first six months. Fee: EUR 1,800 "
         "per month.\n\nI would be glad to write one sample post for you, free of charge, to show what "
         "is possible.\n\nKind regards,\n<<full>>")],
        p="li", conn="recent", copies=3),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes:\n\nI am writing on behalf of <<company>>, the Lisbon office building now "
         "under construction at Parque das Nações. A small number of fitted studio units of 120 to 300m² remain "
         "for occupation from next spring, with terraces and river views.\n\n"
         "I should be pleased to arrange a private visit of our show suite for you and a colleague.\n\n"
         "Yours sincerely,\n<<full>>\nLeasing Director\n+351 21 893 0071")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nAt <<company>> we curate corporate gifts for the clients and staff of "
         "discerning companies: Portuguese ceramics, leather goods, linen and gourmet hampers, beautifully "
         "wrapped and delivered across Europe.\n\n"
         "For orders confirmed by the end of October, we offer complimentary personalisation. May I send you our "
         "catalogue?\n\nWarm regards,\n<<full>>")],
        p="li", copies=2),
]

# assorted: shorter, personalised, two addressees, subject lines, X
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes, Dear Dr. Achterberg,\n\n"
         "I am writing to you jointly as the design and executive leadership of Kestrel Health.\n\n"
         "Our clinical usability laboratory in Coimbra conducts formative and summative usability studies for "
         "digital health products, in line with IEC 62366. We have supported eleven companies through "
         "regulatory submissions in the last two years.\n\n"
         "We would very much welcome the opportunity to present our services to you both, in person or by video.\n\n"
         "Yours sincerely,\n<<full>>\nBusiness Development Director\n<<company>> Human Factors\n+351 239 800 415")],
        p="li", channel="inmail", hl="Business Development Director | Medical Human Factors"),
    _t("p_solicitation", [
        ("p", "0", "Subject: Partnership proposal — Fieldnote Studio x <<company>>\n\n"
         "Dear Mr. Reyes,\n\nI have read several of your essays on roadmapping, and your piece on treating a "
         "roadmap as a set of bets rather than promises is one I have shared with my own team.\n\n"
         "That is why I believe our analytics platform would complement Plotline remarkably well. We would like "
         "to offer Fieldnote Studio our reseller programme: a 25% margin on every licence you introduce to "
         "your clients, with co-branded materials and training.\n\n"
         "Could we schedule forty minutes to walk through the programme?\n\nBest regards,\n<<full>>\nHead of Channel Partnerships")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Esteemed Mr. Reyes,\n\nIt is with great respect that I write to you. Our company, established "
         "in 1962, manufactures fine office furniture of solid oak and walnut for the offices of chief "
         "executives and boardrooms across Europe.\n\n"
         "I enclose our catalogue and the price list for the current year. Our representative will be in Lisbon "
         "during the first week of next month and would be honoured to call upon you.\n\n"
         "I remain, dear Sir, yours faithfully,\n<<full>>\nExport Director\n\n- Catalogue_2025_EN.pdf")],
        p="any"),
    _t("p_solicitation", [
        ("p", "0", "To the Chief Executive, Fieldnote Studio\n\n"
         "Re: Energy contract for your premises\n\n"
         "Dear Sir/Madam,\n\nBusinesses in Lisbon are currently paying up to 28% more than necessary for "
         "electricity. As an accredited energy broker, we compare tariffs from all major suppliers at no cost "
         "to you.\n\nPlease send us a recent electricity bill and we will return a comparison within 48 hours.\n\n"
         "Yours faithfully,\n<<full>>\n<<company>> Energia")],
        p="any", copies=3),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes, one line: we build AI agents that answer customer support tickets for SaaS products "
         "like Plotline, 60% auto-resolution in week one. Worth 15 minutes? <<cal>>\n\n<<full>>, CEO, <<company>>")],
        p="x", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nI was so sorry to read that Fieldnote lost its bid for the municipal project "
         "you mentioned in your last post — it is a hard thing after so much work.\n\n"
         "In my experience, lost public tenders usually come down to the written submission rather than the "
         "design itself. I run a bid-writing consultancy that has won 62% of the public tenders it has worked "
         "on. I would be glad to review your unsuccessful submission with you and show you where the points "
         "were lost. My review fee is EUR 750.\n\nWith sympathy and best wishes,\n<<full>>\nBid Consultant, <<company>>")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Good morning, Mr. Reyes.\n\nThank you for accepting my connection request.\n\n"
         "I lead a boutique advisory firm that helps founders of design and creative firms raise their day "
         "rates. On average, our clients increase their fees by 35% within a year, without losing a single "
         "client.\n\nI would be delighted to offer you a complimentary one-hour rate review. Please choose a "
         "convenient time here: <<cal>>\n\nKind regards,\n<<full>>")],
        p="li", conn="recent", copies=3),
    _t("p_solicitation", [
        ("p", "0", "Dear Jordan,\n\nWith reference to your role as fractional Head of Design at Kestrel Health, "
         "I should like to draw your attention to our library of pre-validated, accessible health interface "
         "components, licensed to digital health providers across Europe.\n\n"
         "A licence for one product costs EUR 14,000 per year. I would be glad to arrange a demonstration "
         "for you and your colleagues at Kestrel.\n\nYours sincerely,\n<<full>>\nSales Director, <<company>>")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "Good morning Mr. Reyes,\n\nI am the owner of a small printing house in Setúbal that has printed "
         "books, catalogues and stationery for architects and designers since 1988. We offer offset and risograph "
         "printing, specialist papers and hand-finishing.\n\n"
         "If Fieldnote Studio has printed work in the coming months, I would be very glad to quote for it and "
         "to send you a box of samples.\n\nWith kind regards,\n<<full>>\nTipografia <<company>>\n+351 265 534 220")],
        p="any"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nI am writing to the founders of a select group of Portuguese companies to "
         "invite them to join the Atlantic Founders Circle, a private peer network of sixty chief executives "
         "that meets monthly in Lisbon.\n\n"
         "Membership includes a facilitated peer group of eight, quarterly retreats and an annual trip abroad. "
         "The annual subscription is EUR 11,500.\n\n"
         "I would be delighted to meet you over lunch to tell you more.\n\nYours sincerely,\n<<full>>\nMembership Director")],
        p="li", channel="inmail", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Jordan Reyes,\n\nMay I introduce our firm, which specialises in the valuation and insurance "
         "of private art collections and fine furnishings. Many collectors discover only after a loss that their "
         "works were under-insured by a significant margin.\n\n"
         "We would be happy to visit your home and office at your convenience to prepare a valuation "
         "schedule. Fees are charged at 0.5% of appraised value.\n\nRespectfully yours,\n<<full>>\n"
         "Senior Valuer, <<company>> Fine Art")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Re: Your blog\n\nDear Jordan,\n\nI have been reading your blog for some time and I must say "
         "the writing is thoughtful — but the site itself loads slowly and ranks poorly for the very terms you "
         "write about, such as 'product roadmap'.\n\n"
         "I run a small search and content agency. For EUR 900 a month we would optimise the site and promote "
         "each new article. I have prepared a short audit which I can send if you reply 'yes'.\n\n"
         "Regards,\n<<full>>")],
        p="x"),
    _t("p_solicitation", [
        ("p", "0", "Dear Sir,\n\nWith the greatest respect, I would like to offer my services as a "
         "personal driver and protection officer for executives visiting or residing in Lisbon.\n\n"
         "Former police officer, 20 years' service, bilingual, with a late-model executive vehicle. Daily, "
         "weekly and event rates available on request.\n\nAt your service,\n<<full>>\n+351 936 210 558")],
        p="any"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nI hope you do not mind my writing directly. I am a partner at a law firm "
         "with a practice dedicated to technology companies, and I have noticed that Plotline's terms of service "
         "and privacy notice could be strengthened considerably ahead of any fundraising due diligence.\n\n"
         "We offer a fixed-fee legal health check for early-stage SaaS companies at EUR 3,900. I would be happy "
         "to explain what it covers.\n\nKind regards,\n<<full>>\nPartner, Technology & Data\n<<company>> Advogados")],
        p="li", channel="inmail"),
    _t("p_solicitation", [
        ("p", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nDesign leaders are increasingly asked to justify the return on design "
         "investment to boards and finance teams. Our two-day executive programme, 'The Economics of Design', "
         "delivered in Barcelona in partnership with a leading business school, equips senior design leaders "
         "with the financial language to do so.\n\n"
         "I am pleased to offer you a place at the early rate of EUR 3,300 (standard EUR 4,100). Places are "
         "limited to twenty-four.\n\nYours sincerely,\n<<full>>\nProgramme Manager")],
        p="li"),
]

THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Dear Respected Mr. Jordan Reyes,\n\nGreetings from Shenzhen. We are a professional manufacturer of "
         "custom hardware enclosures, smart devices and medical-grade wearables with 15 years experience and "
         "ISO 13485 certified factory.\n\n"
         "We see your company is working in health technology. We can support you from prototype to mass production "
         "with competitive price and fast delivery. MOQ only 500 pcs.\n\n"
         "Please kindly advise your requirement, we will send quotation soon.\n\nBest regards,\n<<full>>\n"
         "Overseas Sales Manager\nWhatsApp: +86 138 0000 4417")],
        p="li", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Please find attached our proposal for a quarterly board-level briefing on "
         "design and technology trends, prepared exclusively for Fieldnote's leadership by our research team.\n\n"
         "Annual subscription EUR 6,000.\n\nKind regards,\n<<full>>"),
        ("p", "4m", "Apologies — the attachment failed to send with my earlier message. Here it is.\n\n"
         "- Board_Briefing_Proposal_Fieldnote.pdf")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Mr. Reyes,\n\nYou don't know me, but we have a mutual friend in Tiago Salema, who speaks very "
         "highly of you.\n\n"
         "I manage investments for a small group of founders and I would love to show you a structured note we are "
         "offering this quarter: capital-protected, with a target return of 7.5% annually. It has been popular "
         "with entrepreneurs who have built up cash in their companies.\n\n"
         "Lunch next week? My treat.\n\n<<full>>\nWealth Manager, <<company>>")],
        p="li", conn="recent"),
    _t("p_solicitation", [
        ("p", "0", "Good afternoon Mr. Reyes,\n\nI am the founder of a heritage consultancy that traces family histories and "
         "produces illustrated, leather-bound family chronicles for business families.\n\n"
         "For a founder such as yourself, a company history — the story of Fieldnote Studio told through "
         "interviews, archive and photography — makes a remarkable gift for staff and clients on an "
         "anniversary. Projects from EUR 15,000.\n\nWith my compliments,\n<<full>>")],
        p="any"),
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nI should like to offer Fieldnote Studio the services of our Lisbon "
         "cleaning company, which looks after the offices of architects, lawyers and design studios in the "
         "Baixa, Chiado and Príncipe Real.\n\n"
         "Evening cleaning from EUR 320 per month for a studio of your size. I enclose our price list and "
         "would gladly call to arrange a free inspection.\n\nYours faithfully,\n<<full>>\nGerente")],
        p="any", copies=2),
    _t("p_solicitation", [
        ("p", "0", "Caro Sr. Reyes,\n\nSince you write regularly about product management, I imagine you are "
         "often asked to recommend training for product teams.\n\n"
         "Our certified product owner course has trained 9,000 people across Europe. We would like to propose "
         "an affiliate arrangement: a 20% commission for each participant referred by Fieldnote or through "
         "your blog. Should this interest you, I can send you the agreement and your personal referral code.\n\n"
         "With kind regards,\n<<full>>\nPartnerships, <<company>> Academy")],
        p="li"),
    _t("p_solicitation", [
        ("p", "0", "Mr Reyes —\n\nAs an experienced interim executive and former chief executive of a "
         "medical devices company, I read with interest that Kestrel Health is expanding its product team.\n\n"
         "I am offering my services as a senior adviser to Kestrel's leadership on regulatory strategy and "
         "commercialisation, at EUR 1,400 per day. Might I prevail upon you to introduce me to Dr. Achterberg, "
         "or to raise my name with her yourself?\n\nWith my thanks,\n<<full>>")],
        p="li", channel="inmail"),
]

# ------------------------------------------------------------------------------------------------
# p_followup: follow-ups on earlier letters and proposals, seasonal check-ins, "kindly indicate"
# ------------------------------------------------------------------------------------------------
THREADS += [
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nI am writing on behalf of Marbury Search, a retained search firm focused on "
         "design and product leadership. We are regularly asked by studios such as Fieldnote to find their "
         "first Design Director or Head of Delivery.\n\n"
         "I would welcome the chance to understand your hiring plans for the year ahead.\n\n"
         "Yours sincerely,\n<<full>>\nPartner, Marbury Search"),
        ("p", "6d", "Dear Mr. Reyes,\n\nFurther to my letter of last week, I wondered whether you had had an "
         "opportunity to consider it. I appreciate that your diary is full; I would need no more than twenty "
         "minutes.\n\nYours sincerely,\n<<full>>"),
        ("p", "9d", "Dear Mr. Reyes,\n\nI do not wish to trouble you unduly, so this will be my final note. Should "
         "your plans change, please do keep my details on file.\n\nWith best wishes,\n<<full>>")],
        p="li", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nMay I respectfully follow up on the proposal I sent on the 3rd regarding "
         "media training for yourself and your senior colleagues? We have two dates remaining before the "
         "summer, on the 12th and the 26th of June.\n\n"
         "I should be grateful if you could kindly indicate whether either date might be of interest, so that I "
         "may hold it for you.\n\nKind regards,\n<<full>>\nProgramme Director")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "Mr. Reyes,\n\nI hope you are well. As we approach the close of the year, I thought it "
         "timely to revisit our conversation about Fieldnote Studio's financing needs for the year ahead.\n\n"
         "Our credit committee has approved an increase in our sector allocation for the first quarter, and I "
         "am therefore in a position to offer noticeably improved terms. Would a call before the holidays be "
         "possible?\n\nWith season's greetings,\n<<full>>\nDirector, Creative Sector Lending")],
        p="li", history="partial", conn="old"),
    _t("p_followup", [
        ("p", "0", "I wrote to you a month ago concerning trade mark protection for PLOTLINE in "
         "the United States and the United Kingdom, and have not yet had the pleasure of a reply.\n\n"
         "I would only add that we have since observed an application for a similar mark in class 42 in the "
         "United States. Time may therefore be of some importance. Our fixed-fee offer remains open until the "
         "end of the month.\n\nYours faithfully,\n<<full>>\nTrade Mark Attorney")],
        p="li", history="partial", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Dear Jordan,\n\nJust bringing my note of last Tuesday back to the top of your inbox, in case it "
         "slipped through. I would still very much like to share the coverage plan we prepared for you.\n\n"
         "Warmly,\n<<full>>"),
        ("p", "5d", "Jordan — I know how these weeks go. Would it help if I simply sent the plan over and you "
         "looked at it when time allows? No call needed.\n\n<<full>>")],
        p="li", history="partial", conn="recent"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes:\n\nOn behalf of Quinta do Salgueiral, I wished to let you know that the "
         "provisional dates I held for Fieldnote Studio in May will be released on Friday.\n\n"
         "Should you wish to keep them, a simple reply will suffice and I will extend the hold for a further "
         "fortnight.\n\nMost cordially,\n<<full>>\nDirector of Private Events")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nI am writing to introduce our independent board evaluation service for "
         "non-profit organisations. A structured, external review of a board's effectiveness is now regarded "
         "as good practice every three years.\n\nI would be pleased to explain our approach to you and your "
         "chair.\n\nYours sincerely,\n<<full>>"),
        ("me", "2d", "Thank you. Board matters go through our chair, Tomás Leal, and I'm afraid we have no budget "
         "for this at the moment."),
        ("p", "1h", "Dear Mr. Reyes,\n\nThank you very much for your kind reply. I quite understand. Might I "
         "nonetheless ask you to forward my note to Mr. Leal, and perhaps mention that we offer a reduced fee "
         "of EUR 2,200 for organisations with an income below EUR 500,000? I would be most grateful.\n\n"
         "Yours sincerely,\n<<full>>")],
        p="li"),
    _t("p_followup", [
        ("p", "0", "Re: Re: Fieldnote Studio — receivables finance\n\n"
         "Mr. Reyes,\n\nFollowing up on my previous two messages. I have taken the liberty of preparing an "
         "illustration assuming monthly billings of EUR 80,000 and an average payment term of 60 days: you "
         "would receive EUR 72,000 within 48 hours for a fee of EUR 1,120.\n\n"
         "If the numbers are of interest, I am available this week.\n\nRegards,\n<<full>>")],
        p="li", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Dear Jordan,\n\nI wrote in the spring regarding corporate membership of our golf club. "
         "With the autumn competitions about to begin, I wondered whether you might now be able to join me for "
         "that round and lunch. The course is at its finest in October.\n\n"
         "With kind regards,\n<<full>>\nMembership Secretary")],
        p="any", history="partial", conn="old"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nAs promised, I am following up on my letter regarding exhibition space at "
         "HealthTech Iberia. Only four stands now remain in the Digital Health pavilion.\n\n"
         "I would be grateful if you could indicate, even informally, whether Fieldnote Studio or Kestrel Health "
         "is likely to exhibit, so that I may plan accordingly.\n\nKind regards,\n<<full>>\nExhibition Sales")],
        p="li", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nI am writing to offer Fieldnote Studio an independent review of its "
         "professional indemnity and business insurance.\n\nYours sincerely,\n<<full>>"),
        ("p", "12d", "Dear Mr. Reyes,\n\nA brief reminder regarding my offer of an insurance review. Many policies "
         "renew at the start of the calendar year; if yours does, now is the ideal moment to compare.\n\n"
         "Yours sincerely,\n<<full>>"),
        ("p", "1d", "P.S. If it would be easier, your office manager could simply send me the current schedule "
         "and I will do the rest.")],
        p="li"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nWith the new year under way, I wanted to renew my earlier offer of an "
         "introductory conversation about executive search. Many of our clients use January to set their "
         "leadership hiring plans, and we have capacity for one more search this quarter.\n\n"
         "Wishing you and Fieldnote a prosperous year,\n<<full>>\nPartner, Technology Practice")],
        p="li", history="partial", conn="old", copies=2),
    _t("p_followup", [
        ("p", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nI sent you some weeks ago our proposal for the Silver partnership at Product "
         "Horizon Lisbon. I am pleased to say that, as one of our valued prospective partners, you may still "
         "secure the package at the original price until Friday, after which it rises by 15%.\n\n"
         "Could you kindly let me know whether you wish to proceed?\n\nKind regards,\n<<full>>\nPartnerships Manager")],
        p="li", history="partial", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nI enclose, for your kind consideration, our proposal to manage Fieldnote "
         "Studio's bookkeeping, payroll and tax compliance for a fixed fee of EUR 640 per month.\n\n"
         "Yours sincerely,\n<<full>>\n\n- Proposta_Fieldnote.pdf"),
        ("p", "8d", "Dear Mr. Reyes,\n\nI trust you received the proposal I sent on the 4th. I would be glad to "
         "answer any questions or to adjust the scope to your needs.\n\nYours sincerely,\n<<full>>"),
        ("p", "15d", "Dear Mr. Reyes,\n\nWith the IES filing deadline approaching, I wanted to check in once more. "
         "We can take over your accounts with effect from the first of next month if you let me know by the "
         "20th.\n\nYours sincerely,\n<<full>>")],
        p="li"),
    _t("p_followup", [
        ("p", "0", "Caro Sr. Reyes,\n\nI wished to follow up on my letter regarding the Lusophone Digital Excellence "
         "Awards. The 'Design Innovation' category sponsorship remains available, and our board has authorised "
         "me to offer it to Fieldnote Studio at EUR 5,900, a reduction of more than 20%.\n\n"
         "I would be grateful for your decision by the end of next week.\n\nKind regards,\n<<full>>\nSponsorship Director")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "Dear Jordan,\n\nIt's been a while since we last spoke about coaching, and I hope the year has "
         "treated you well.\n\nI am opening two places in my spring founder cohort and thought of you first. "
         "If the timing is now better, you can still book a complimentary chemistry session here: <<cal>>\n\n"
         "With warm regards,\n<<full>>")],
        p="li", history="partial", conn="old", copies=2),
    _t("p_followup", [
        ("p", "0", "Mr Reyes —\n\nI should be grateful if you would kindly confirm receipt of my letter of "
         "the 9th and indicate whether Fieldnote Studio would be interested in receiving a quotation for "
         "corporate gift cases this Christmas.\n\nA simple 'yes' or 'no' would be most helpful for our planning.\n\n"
         "Cordially,\n<<full>>\nCorporate Sales")],
        p="li", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nMy apologies for writing again. I know that you must receive many such "
         "letters. I simply wanted to reiterate my availability as interim Chief Financial Officer, as I have "
         "just completed an assignment and am free to start immediately.\n\n"
         "I have attached an updated CV and would be grateful for even a brief reply.\n\nYours sincerely,\n<<full>>\n\n"
         "- CV_interim_CFO_updated.pdf")],
        p="li", history="partial", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Dear Mr Reyes,\n\nOur firm specialises in securing innovation grants for Portuguese software "
         "companies. I would be pleased to discuss Plotline's eligibility for the next call.\n\nKind regards,\n<<full>>"),
        ("me", "3d", "Thanks, but we're not looking at grants right now."),
        ("p", "2h", "Dear Mr Reyes,\n\nThank you for letting me know. Understood entirely.\n\nMay I ask whether "
         "this is a question of timing? A new call for digital health projects opens in September, and "
         "Plotline's work with Kestrel Health might qualify under it. I could set a reminder to contact you "
         "in August, if you agree.\n\nKind regards,\n<<full>>"),
        ("p", "75d", "Dear Mr Reyes,\n\nAs I mentioned in the spring, I am writing ahead of the September call. Shall we "
         "speak next week?\n\nKind regards,\n<<full>>")],
        p="li"),
    _t("p_followup", [
        ("p", "0", "Mr. Reyes,\n\nI understand that you are extremely busy, and I will keep this short. "
         "We have just two weeks left before the anthology 'Designers Who Lead' goes to press, and your chapter "
         "slot is still reserved.\n\nKindly confirm by return to secure inclusion.\n\nWith warm regards,\n<<full>>\nManaging Editor")],
        p="li", history="partial", copies=2),
]

THREADS += [
    _t("p_followup", [
        ("p", "0", "I take the liberty of writing once more about our private aviation membership. "
         "With the summer approaching, many of our members reserve their 25-hour cards now to guarantee "
         "availability in July and August.\n\n"
         "The invitation to view our aircraft at Cascais stands, and I would be delighted to host you.\n\n"
         "With kind regards,\n<<full>>\nMembership Director")],
        p="li", history="partial", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes:\n\nWe recently sent you a proposal for a penetration test and cyber-hygiene audit. "
         "I thought you might find it useful to know that two agencies of a similar size to Fieldnote suffered "
         "ransomware incidents in Lisbon this month.\n\n"
         "Our offer of a fixed fee of EUR 5,800 remains valid until the 30th. May I call you on Thursday?\n\n"
         "Kind regards,\n<<full>>\nPrincipal Consultant")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nAs the year draws to a close, I am writing to thank you for your time and to "
         "wish you and your family a restful holiday season.\n\n"
         "I shall also take this opportunity to remind you that our exit-readiness programme has two places for "
         "the first quarter, at this year's fee. Should you wish to secure one, I would need to hear from you by "
         "the 20th of December.\n\nWith warmest regards,\n<<full>>")],
        p="li", history="partial", conn="old"),
    _t("p_followup", [
        ("p", "0", "Good morning, Mr. Reyes.\n\nI am following up regarding the two candidates for a Chief of Staff role that "
         "I mentioned last week. One of them has since received another offer, but the second — a former "
         "consultant with six years' experience supporting founders — remains available.\n\n"
         "Shall I arrange an introductory call?\n\nKind regards,\n<<full>>\nDirector, Executive Support")],
        p="li", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nPermit me to introduce my services as an executive speechwriter for your "
         "next keynote.\n\nYours sincerely,\n<<full>>"),
        ("p", "20d", "Dear Mr. Reyes,\n\nI see from the programme that you will be speaking at the Interstice "
         "conference next month. May I renew my offer of assistance? I could review your outline within the week, "
         "at a reduced introductory fee of EUR 1,200.\n\nYours sincerely,\n<<full>>")],
        p="li", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Jordan Reyes,\n\nI'm writing to check whether you have had the chance to review the three "
         "designer profiles I sent. Candidate B, a senior product designer with health-tech experience, is "
         "interviewing elsewhere and is likely to be off the market within two weeks.\n\n"
         "Kindly let me know if you would like me to arrange an interview.\n\nBest regards,\n<<full>>\nSenior Consultant")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "Dear Sir,\n\nWe enjoyed reading Fieldnote Studio's latest case study. It reminded me that "
         "I had not heard back regarding our offer of nearshore developers for Plotline.\n\n"
         "We have a React and TypeScript team of three becoming available on the 1st. Shall I hold them for you "
         "while we talk?\n\nRegards,\n<<full>>\nAccount Director")],
        p="li", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nI hope this finds you well. I am simply writing to ask whether you "
         "received my letter of last month regarding corporate cellar management and the current en primeur "
         "offer.\n\n"
         "Allocations close at the end of this week. Please do indicate whether you would like me to reserve "
         "any wines.\n\nYours sincerely,\n<<full>>\nPrivate Client Director")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nThe Atlantic Founders Circle is pleased to invite a small number of "
         "prospective members to attend one of our monthly meetings as a guest, without obligation.\n\n"
         "Following my earlier letter, I would be delighted to welcome you on the 18th. May I add your name to "
         "the list?\n\nYours sincerely,\n<<full>>\nMembership Director"),
        ("p", "10d", "We missed you on the 18th. There is another opportunity on the 15th of "
         "next month, and I would be delighted to reserve a place for you. I would also be glad to answer any "
         "questions about membership over the telephone.\n\nYours sincerely,\n<<full>>")],
        p="li", history="partial", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Good afternoon Mr. Reyes,\n\nYou will recall that I wrote to you in March about valuations for your "
         "art collection. I have since been appointed to value a number of works by the same contemporary "
         "Portuguese painters who hang in many Lisbon studios, and the market has moved considerably.\n\n"
         "I remain at your disposal for a visit at your convenience.\n\nRespectfully yours,\n<<full>>\nSenior Valuer")],
        p="li", history="partial", conn="old"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nThis is a short note to follow up on our invitation to host the March dinner. "
         "We have had strong interest from other founders, so I would be grateful for an indication of your "
         "interest by Monday. After that date the slot will be offered to the next host on our list.\n\n"
         "Respectfully yours,\n<<full>>")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "Caro Sr. Reyes,\n\nI wanted to share a short case study from a design agency in Porto that "
         "adopted our agency management platform last year: billable utilisation up from 61% to 74% in two "
         "quarters.\n\n"
         "Following my earlier note, would you be open to a demonstration? Here is my calendar: <<cal>>\n\n"
         "Yours sincerely,\n<<full>>"),
        ("p", "7d", "Hi Mr. Reyes — one more try. If now isn't the moment, just reply 'later' and I'll come back in "
         "three months.\n\n<<full>>"),
        ("p", "90d", "Mr. Reyes,\n\nAs promised, I am coming back to you three months on. The new quarter is "
         "often a good time to look at tooling. Would a demonstration now be useful?\n\n<<full>>")],
        p="li", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nI wrote to you recently regarding a possible documentary profile of Fieldnote "
         "Studio. I am pleased to tell you that our editorial committee has approved Fieldnote for the next "
         "season. To confirm your episode, we require only your acceptance of the production terms and the "
         "contribution of EUR 8,900.\n\nI look forward to your reply.\n\nBest regards,\n<<full>>\nSenior Producer")],
        p="li", history="partial"),
    _t("p_followup", [
        ("p", "0", "Dear Mr Reyes,\n\nWe offer a quarterly design-and-technology briefing for leadership teams.\n\n"
         "Kind regards,\n<<full>>"),
        ("me", "1d", "Not for us, thanks."),
        ("p", "3h", "Completely understood, Mr. Reyes, and thank you for replying. Before I close your file, may I "
         "ask what would make a briefing of this kind valuable to you? We are shaping next year's edition and "
         "would be glad to offer you a complimentary first issue in exchange for fifteen minutes of feedback on "
         "a call.\n\nKind regards,\n<<full>>")],
        p="li"),
    _t("p_followup", [
        ("p", "0", "Dear Jordan Reyes,\n\nSpring greetings from Setúbal. I wrote last year offering our printing "
         "services to Fieldnote Studio. We have recently installed a new risograph and acquired a stock of "
         "beautiful Italian papers, and I wondered whether you might have any projects coming up this season.\n\n"
         "I would be pleased to send samples.\n\nWith kind regards,\n<<full>>")],
        p="any", history="partial", conn="old"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes,\n\nI trust you had a pleasant summer. Following our correspondence before "
         "the holidays, I wanted to ask whether you have had the opportunity to reflect on key person cover for "
         "Fieldnote Studio.\n\n"
         "Insurers have recently revised their rates upwards for the coming year; any policy placed before the "
         "end of September would benefit from current pricing.\n\nYours faithfully,\n<<full>>")],
        p="li", history="partial", conn="old"),
]

THREADS += [
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes, Dear Dr. Achterberg,\n\nFurther to our letter regarding clinical usability "
         "studies for Kestrel Health, I am writing to ask whether one of you might be able to spare thirty minutes "
         "in the coming fortnight. We have a slot in our Coimbra laboratory in early spring which could be "
         "reserved for Kestrel.\n\nYours sincerely,\n<<full>>\nBusiness Development Director")],
        p="li", history="partial", channel="inmail"),
    _t("p_followup", [
        ("p", "0", "Mr. Reyes — circling back on the support-automation note. Happy to send a 2-minute video "
         "instead of a call if easier. Yes / no?\n\n<<full>>")],
        p="x", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Mr. Reyes,\n\nTo make matters as simple as possible for you, I should be grateful if you "
         "could reply with one of the following:\n\n1 — Yes, please send a proposal for Fieldnote Studio\n"
         "2 — Not now, please write again in six months\n3 — No, thank you\n\n"
         "With thanks for your courtesy,\n<<full>>\nCorporate Relocation")],
        p="li", history="partial", copies=2),
    _t("p_followup", [
        ("p", "0", "Wishing you a happy Easter. I wrote in January to offer my services as a "
         "non-executive director and remain very much at Plotline's disposal. I should be pleased to meet for "
         "coffee after the holiday.\n\nWith kind regards,\n<<full>>")],
        p="li", history="partial", conn="old"),
    _t("p_followup", [
        ("p", "0", "Dear Mr. Reyes:\n\nI am following up on our earlier offer of accessibility monitoring for "
         "Plotline. With the European Accessibility Act now only a few months away, our implementation calendar "
         "is filling quickly.\n\nWould you be available for a short call this week? <<cal>>\n\n"
         "Yours sincerely,\n<<full>>")],
        p="li", history="partial"),
]

# ------------------------------------------------------------------------------------------------
# g_letter: formal letters from strangers with a specific, genuine purpose
# ------------------------------------------------------------------------------------------------
# hardship: lost job, lost savings
THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI hope you will forgive a letter from a stranger. I attended your session at "
         "Interstice in Porto last October, the one on designing for people who are frightened, and I have "
         "thought about it often since.\n\n"
         "Three weeks ago the digital team at the bank where I worked for nine years was closed, and I was "
         "among the forty people let go. I am a UX researcher, 41 years old, and I would very much like to move "
         "into health, but I do not know anyone in that world.\n\n"
         "I am not asking you for a job. I would be very grateful for twenty minutes of advice, by telephone or "
         "in writing, on whether my background is of any use there and where I should begin.\n\n"
         "With thanks for reading this far,\n<<full>>")],
        p="li", conn="recent"),
    _t("g_letter", [
        ("g", "0", "Dear Mr Reyes,\n\nI read your blog post about learning new tools late in a career, and it gave "
         "me the courage to write.\n\n"
         "I am 56. For twenty-three years I was the senior layout artist at a printing firm in Leiria, which closed "
         "in the spring. I know typography, paper and print inside out, but every job advertisement now asks "
         "for Figma and 'product thinking', which I confess I do not fully understand.\n\n"
         "In your opinion, is it realistic for someone like me to retrain as a product designer? And if so, "
         "what would you study first? Any answer, however short, would mean a great deal.\n\n"
         "Respectfully,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nI am writing because I believe someone has used your name and your company's "
         "name to defraud me, and I do not know where else to turn.\n\n"
         "In February I was contacted on a messaging app by a person calling himself an adviser to 'Plotline "
         "Capital', who showed me a website with your photograph and said that early supporters could buy shares "
         "in Plotline before a listing. Over two months I transferred EUR 14,300, most of my savings. The website "
         "is now gone and the number no longer answers.\n\n"
         "Could you please tell me whether Plotline has ever offered shares to the public in this way? My lawyer "
         "says a written confirmation from you would help my complaint to the police. I have the transfer "
         "receipts and screenshots if they are of use to you.\n\nYours sincerely,\n<<full>>"),
        ("me", "5h", "I'm so sorry this happened to you. No — Plotline has never offered shares to the public and "
         "has nothing called Plotline Capital. I'll send you a signed letter saying so by Friday. Please send the "
         "screenshots; our lawyer wants to report the site too."),
        ("g", "1d", "Thank you, Mr. Reyes. I did not expect such a quick reply. The screenshots are attached, "
         "together with the two bank receipts. The police reference is NUIPC 2231/24.\n\n"
         "- screenshots_plotline_capital.zip")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "My husband, Artur Penedo, was a graphic designer in Coimbra for thirty "
         "years. He died in January, and his small studio has had to close with debts I am still working through.\n\n"
         "A friend told me that the design non-profit on whose board you sit once ran a fund for designers and "
         "their families in difficulty. I could not find anything about it on the website. Is it still in "
         "existence, and if so, to whom should I write?\n\nI apologise for troubling you with this.\n\n"
         "With gratitude,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan Reyes,\n\nLast Thursday Orla Systems closed its Lisbon office and thirty-one of us, "
         "including the entire design team of six, were made redundant with one day's notice.\n\n"
         "Last year you wrote a kind post about our team's work on the Orla scheduling app. I am writing on behalf "
         "of the six of us to ask whether you know of any studios or companies in Lisbon that are hiring juniors "
         "or mid-level designers at the moment. We have put our portfolios in one shared folder so that nobody "
         "has to search for them: orla-design-team.example/portfolios\n\n"
         "Thank you for any names you can share, and sorry to write out of the blue.\n\n"
         "Kind regards,\n<<full>>\nformerly Senior Product Designer, Orla Systems")],
        p="li", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes:\n\nI was awarded a place on the MA in Interaction Design at the Faculdade de "
         "Belas-Artes for September, but last week the company sponsoring my fees withdrew its support after "
         "a restructuring. Without it I cannot take up my place.\n\n"
         "I understand that Open Margins offers a small number of bursaries. The website says applications "
         "closed in June. Is there any possibility of a late application in circumstances like mine, or is there "
         "someone at the organisation I could speak to?\n\n"
         "I enclose my offer letter and the sponsor's letter withdrawing support.\n\nYours faithfully,\n<<full>>\n\n"
         "- offer_letter_FBAUL.pdf\n- sponsor_withdrawal.pdf")],
        p="li", channel="inmail"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nI'll be brief. I was a contractor on the Kestrel Health booking project through an "
         "agency that has since gone into insolvency, and I have not been paid for my last seven weeks of work "
         "(EUR 9,100). The administrator tells me it could take years.\n\n"
         "I know you are not responsible for the agency's affairs and I am not suggesting Kestrel has done "
         "anything wrong. I only wonder whether you could tell me who at Kestrel handled the agency contract, so "
         "that I can ask whether any payment to the agency is still pending.\n\nThank you,\n<<full>>")],
        p="li", conn="none"),
]

# shareholders and investors with concrete questions
THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI invested EUR 2,000 in Plotline through the convertible note in 2022. In the "
         "shareholder update of last month you mentioned that the seed round had closed, but the update did not "
         "say whether the notes have now converted, nor at what price.\n\n"
         "Could you tell me whether my note has converted, how many shares I now hold, and whether I should expect "
         "to receive a certificate or some other document?\n\nWith thanks and best wishes for the company,\n<<full>>")],
        p="li", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Mr Reyes,\n\nAs a minority shareholder in Plotline, Lda., I have not yet received notice of "
         "this year's general meeting or a copy of the approved accounts for the last financial year. In previous "
         "years these arrived by the end of April.\n\n"
         "Would you kindly let me know the date of the meeting and when the accounts will be circulated?\n\n"
         "Yours sincerely,\n<<full>>")],
        p="any", conn="old"),
    _t("g_letter", [
        ("g", "0", "Good morning, Mr. Reyes.\n\nFor family reasons I need to sell the 1,250 Plotline shares I bought in the "
         "crowdfunding round. I have a buyer, a former colleague, who is willing to pay what I paid.\n\n"
         "My reading of the articles is that the other shareholders have a right of first refusal. Could you "
         "confirm the procedure — to whom I should give notice, and how long the others have to respond? I would "
         "like to do this properly and without causing any inconvenience.\n\nKind regards,\n<<full>>"),
        ("me", "1d", "Thanks for writing. You're right about first refusal. Send written notice to the company "
         "(our secretary is Marta Pires, I'll copy her) with the buyer's name and price; shareholders have 30 days."),
        ("g", "2h", "That is very clear, thank you. I will send the notice to Ms. Pires this week.")],
        p="li", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan,\n\nMy accountant informs me that to claim tax relief on my investment in Plotline "
         "I will need a certificate from the company confirming the date, amount and nature of the shares "
         "issued. The deadline for my return is the 30th of June.\n\n"
         "Would the company be able to issue such a certificate? My investment was EUR 5,000 on the 14th of "
         "March 2023, in ordinary shares.\n\nYours sincerely,\n<<full>>")],
        p="any", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nMy father, Henrique Tavares, passed away in November. Among his papers I "
         "found a subscription agreement for 800 shares in Plotline, dated 2022. I am the executor of his estate.\n\n"
         "I would be grateful if you could tell me what documents the company requires to register the "
         "transfer of these shares to his heirs, and whether there is anything I need to sign.\n\n"
         "With thanks,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Jordan Reyes,\n\nI am a small shareholder in Plotline. On Tuesday a technology newsletter "
         "reported that Plotline intends to stop selling to individual teams and sell only to large enterprises. "
         "Nothing of the kind was mentioned in the last investor update.\n\n"
         "Is the report accurate? I ask only because I invested on the strength of the team product and would "
         "like to understand the plan.\n\nRespectfully,\n<<full>>")],
        p="x", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Sir,\n\nThank you for the Q3 investor update. I may be mistaken, but the cap table "
         "summary on page 4 appears not to add up: the percentages listed total 103.4%, and the option pool is "
         "shown as 12% in the table but 10% in the text.\n\n"
         "I raise this only because a future investor may notice it. Would you be able to confirm which figure "
         "is correct?\n\nKind regards,\n<<full>>"),
        ("me", "6h", "Good catch, and thank you. The pool is 10%; the table double-counts the advisor grants. We'll "
         "send a corrected page tomorrow."),
        ("g", "1d", "Received, thank you. All in order now.")],
        p="li", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI hold shares in Plotline through the 2023 round and have just moved from "
         "Porto to Rotterdam. Could you please update my postal address in the register of shareholders? The new "
         "address is Westersingel 88-C, 3014 GS Rotterdam. My e-mail remains the same.\n\nWith thanks,\n<<full>>")],
        p="any", conn="old"),
]

# students and researchers
THREADS += [
    _t("g_letter", [
        ("g", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nI am a second-year Master's student in Management at Nova SBE, writing my "
         "dissertation on fractional executives in European start-ups: how people divide their attention "
         "across several companies, and how the companies experience it.\n\n"
         "As someone who is both a founder and a fractional Head of Design, you would be an ideal participant. "
         "The interview takes about forty-five minutes, can be conducted in English or Portuguese, and would be "
         "anonymised unless you prefer otherwise. My supervisor is Professor Luísa Amaral.\n\n"
         "Would you be willing to take part at some point in the next six weeks?\n\n"
         "Yours sincerely,\n<<full>>\n\n- Participant_information_sheet.pdf"),
        ("me", "2d", "Happy to. Thursday 14th at 17:00, at the studio (Rua da Boavista 112)? I can give you 45 minutes."),
        ("g", "40m", "Thursday the 14th at 17:00 is perfect. Thank you very much. I will bring the consent form "
         "for you to sign.")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "My name is <<first>> and I am 15 years old. For my Cidadania class we each "
         "have to interview someone who started their own company. My teacher said I should ask someone I "
         "admire, and my older sister showed me your studio's website.\n\n"
         "I have six questions. It could be by email if you don't have time to meet. Thank you very much.\n\n"
         "Respectfully,\n<<full>>\nEscola Secundária Pedro Nunes, 10.º B")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Good afternoon Mr. Reyes,\n\nI am a doctoral researcher at the University of Twente studying how designers "
         "working in regulated healthcare settings negotiate between clinical safety and usability.\n\n"
         "I have read the two case studies Fieldnote Studio has published about the Kestrel Health booking "
         "redesign, and I would be very grateful for the opportunity to interview you about that project in "
         "particular: in what way the regulatory constraints shaped your early decisions.\n\n"
         "The study has ethical approval (ref. BMS-2024-0318). Interviews last 60 minutes and are recorded with "
         "consent; nothing confidential to Kestrel would be published.\n\nWith kind regards,\n<<full>>\n"
         "PhD Candidate, Department of Design, Production and Management")],
        p="li", channel="inmail"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am a final-year journalism student at ESCS, and I am producing a 12-minute "
         "radio documentary for my degree on whether Lisbon's design studios can survive the arrival of the big "
         "international agencies.\n\n"
         "Would you agree to a recorded interview of about twenty minutes? I could come to your studio at any "
         "time convenient to you before the 10th of May, when my piece is due.\n\nThank you in advance,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Caro Sr. Reyes,\n\nI am an architecture student at ISCTE preparing a study of small creative "
         "workplaces in the Santos and Cais do Sodré area. Part of the study involves drawing the floor plans "
         "of six studios and observing, for one morning, how the space is used.\n\n"
         "Would Fieldnote Studio allow me to visit for a morning? I would of course respect any confidentiality "
         "and would not photograph screens or people without permission.\n\nRespectfully,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Good evening Mr Reyes\n\nI'm a design student in Recife, Brazil. I am writing my final project "
         "about roadmaps in small product teams and I found your essay 'A roadmap is a letter to your future "
         "team'. My professor asked me to confirm the year the essay was first published, as your blog shows "
         "only the date it was last updated. Was it 2019 or 2020?\n\nThank you and sorry for the small question!\n<<full>>")],
        p="x"),
    _t("g_letter", [
        ("g", "0", "Mr Reyes —\n\nI am a researcher at the Institute of Social Sciences, coordinating a survey "
         "of working conditions in Portuguese design studios for a report to be published next spring.\n\n"
         "Rather than a generic questionnaire, I would like to speak briefly with the founders of ten studios "
         "of under twenty people. Fieldnote was suggested to me by Professor Mendes, who said you had spoken "
         "publicly about four-day weeks. Would you be willing to speak with me for half an hour?\n\n"
         "Yours sincerely,\n<<full>>\nResearch Fellow, ICS-ULisboa")],
        p="li"),
]

# inventors and people with ideas, not selling
THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am a retired nurse. For thirty-four years I worked on a medical ward in "
         "Santarém, and for most of those years I watched elderly patients go home with a bag of medicines and "
         "a sheet of paper they could not read.\n\n"
         "I have made, with my grandson's help, a simple pill organiser whose lids light up at the right hour "
         "and which tells a family member by text message when a dose has been missed. It is only a prototype "
         "and I have no wish to make money from it. I would simply like the right people to see it.\n\n"
         "You work with Kestrel Health. Could you tell me who there, if anyone, would be the right person to "
         "look at something like this? I can send photographs and a short description.\n\n"
         "With respect,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr Reyes,\n\nI teach mathematics and I have developed, with my Year 11 class, a card "
         "game that teaches planning under uncertainty: each player holds 'bets' and has to decide what to drop "
         "when a crisis card is turned over. It is clearly related to the ideas in your talks about roadmaps.\n\n"
         "We are not trying to sell it. My students would like to know whether someone who works with real "
         "roadmaps thinks it is realistic, and whether you would be willing to look at the rules (four pages). "
         "A few sentences of feedback would thrill them.\n\nYours sincerely,\n<<full>>\n\n- Apostas_rules_EN.pdf")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan Reyes,\n\nI am a blind software engineer and a user of Plotline's beta. I have an idea "
         "for a way to navigate a roadmap with a screen reader: rather than reading cells row by row, the user "
         "hears each 'lane' as a short spoken summary and can drill down with two keys. I have built a rough "
         "browser extension that does this on top of your current interface.\n\n"
         "I am not looking for payment. I think it could help many people, and I would like to know who on your "
         "team I should show it to.\n\nWith kind regards,\n<<full>>")],
        p="li", conn="recent"),
    _t("g_letter", [
        ("g", "0", "Dear Sir,\n\nI am a small farmer near Fundão. Over the last four winters I have built, in a "
         "spreadsheet, a planning system for the cherry harvest that allocates pickers, boxes and lorries day by "
         "day according to the weather forecast. Several neighbours now use it.\n\n"
         "Someone at the cooperative said it looks like the planning software you make. I do not know whether it "
         "has any value outside our valley. Would you know who would be able to judge whether it is worth "
         "developing further, perhaps at a university?\n\nYours faithfully,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI have an idea that I believe could reduce no-shows at clinics and I do not "
         "know where to take it. In short: patients would confirm appointments by pressing a button on a paper "
         "letter with a printed QR code, which family members could also scan.\n\n"
         "I have no company and I am not proposing a business arrangement. I only ask, if you have a minute, "
         "whether such ideas ought to go to the clinics themselves, to Kestrel Health, or to the ministry.\n\n"
         "Thank you for your patience with an amateur.\n\n<<full>>")],
        p="x"),
]

# complaints about a specific incident
THREADS += [
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nI live at number 110 on Rua da Boavista, next door to your studio. On Tuesday "
         "morning, from 7:40 until nearly 9:30, a van delivering furniture to your premises blocked the entrance "
         "to our garage, and I missed a hospital appointment as a result. The driver told me he had been "
         "instructed by your office to wait.\n\n"
         "I would be grateful if you would ensure that future deliveries use the loading bay on the corner, and "
         "I would appreciate an acknowledgement of this letter.\n\nYours sincerely,\n<<full>>"),
        ("me", "3h", "I'm very sorry — that should not have happened and I'm sorry about your appointment. I've told "
         "the team deliveries go to the loading bay from now on. Can I call you to apologise properly?"),
        ("g", "2h", "Thank you for your prompt reply. There is no need to call; this is enough. I hope we will "
         "continue to be good neighbours.")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "I understand that you are responsible for the design of the Kestrel Health "
         "patient app. I wish to make a formal complaint.\n\n"
         "My father is 81 and partially sighted. On 3 September he tried to book his cardiology follow-up using the "
         "app. The confirmation button was pale grey on white and, when he enlarged the text, it disappeared "
         "off the bottom of the screen. He believed he had booked; he had not. The appointment was lost and the "
         "next one available is in eleven weeks.\n\n"
         "I would ask that this be looked into, and that someone contact the clinic about his appointment.\n\n"
         "Yours faithfully,\n<<full>>"),
        ("g", "20m", "I should add: his phone is an older Android with the text size at maximum. I can provide "
         "screenshots.")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Re: Duplicate charge — Plotline Team annual plan\n\n"
         "Dear Mr. Reyes,\n\nI am writing to you directly because two messages to your support address have gone "
         "unanswered for nine days.\n\n"
         "On 3 March our company card was charged twice for the Plotline Team annual plan (EUR 1,188 each, "
         "invoices PL-20931 and PL-20932). We have one workspace. Please refund the duplicate charge.\n\n"
         "Regards,\n<<full>>\nOperations Manager, Brightwater Logistics")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes:\n\nDuring your talk at the Design Matters evening on the 11th, you showed a "
         "photograph of a woman struggling with a ticket machine at Cais do Sodré as an example of poor design. "
         "That woman is me. The photograph was taken without my knowledge and has since been shared widely from "
         "the recording.\n\n"
         "I do not believe you meant harm, but I did not consent and I would like the image removed from your "
         "slides and from the published video.\n\nSincerely,\n<<full>>"),
        ("me", "2h", "I'm truly sorry. I took that photo from a stock site and should have checked. I've asked the "
         "organisers to edit the video today and removed it from my slides."),
        ("g", "1d", "Thank you. I see the video has been changed. I appreciate that you acted quickly.")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nOn Friday night a party at your studio carried on with loud music on the terrace "
         "until well after two in the morning. I have a newborn. I have no wish to make a complaint to the "
         "Câmara, but I would ask you to remind your staff that people live in this building.\n\n"
         "<<full>>, 3.º esquerdo")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am writing about an incident involving your company vehicle, a white van "
         "with 'Fieldnote' on the side, on Avenida 24 de Julho on the morning of Monday 17th.\n\n"
         "While I was cycling in the bike lane, the driver's door was opened directly in front of me. I was "
         "thrown onto the road and my bicycle was damaged (repair estimate attached, EUR 340). The driver gave "
         "me his name but no insurance details.\n\n"
         "Please let me have the insurance details for the vehicle so that I can make a claim.\n\n"
         "Yours faithfully,\n<<full>>\n\n- orcamento_reparacao.pdf")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Good morning, Mr. Reyes.\n\nI hesitated before writing this. On 22 May I received a reply from a member "
         "of your staff to my application for your internship programme. The reply, I believe sent to me in error, "
         "contained a note between colleagues describing my portfolio in language I found demeaning.\n\n"
         "I do not want anyone to lose their job. But I think you should know, and I would like an apology.\n\n"
         "Respectfully,\n<<full>>\n\n- email_22may.pdf")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan,\n\nYour studio's case study on the Casa do Rio museum wayfinding includes a "
         "photograph of my two children standing in front of the entrance sign. I recognised them immediately. "
         "Nobody asked us for permission.\n\nPlease remove or blur the photograph.\n\n<<full>>")],
        p="x"),
    _t("g_letter", [
        ("g", "0", "Dear Sir,\n\nI unsubscribed from the Fieldnote Studio newsletter on 2 February and again on "
         "28 February, and I continue to receive it. Under the data protection regulation I request that you "
         "delete my e-mail address from your mailing lists and confirm in writing that this has been done.\n\n"
         "Yours faithfully,\n<<full>>"),
        ("g", "6d", "I have had no confirmation yet. Could you please look into this?")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI attended the Open Margins portfolio day on Saturday, which I understand "
         "you organise as a board member. Reviewers were scheduled from 10:00, but the lift to the second floor "
         "was out of service all day and no alternative was offered. As a wheelchair user I waited in the lobby "
         "for two hours until a reviewer came down to see me.\n\n"
         "For an organisation that speaks so often about inclusive design, this was disappointing. I would "
         "like to know what will be done before the next event.\n\nYours sincerely,\n<<full>>")],
        p="li"),
]

# requests to meet about a named shared matter
THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Jordan Reyes,\n\nAs administrator of the condominium at Rua da Boavista 112, I write to inform "
         "you that the roof survey has found water damage above the second floor, including the unit occupied by "
         "Fieldnote Studio. Three quotations have been obtained, ranging from EUR 18,400 to EUR 26,900.\n\n"
         "Before the extraordinary general assembly on the 24th, I would like to meet the tenants of the affected "
         "units to show them the survey. Would Wednesday or Thursday afternoon suit you?\n\n"
         "Yours sincerely,\n<<full>>\nAdministração de Condomínios\n+351 21 396 2244\n\n- relatorio_cobertura.pdf")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan,\n\nI am delighted that we shall be sharing the panel on 'Design in the Clinic' at "
         "HealthTech Iberia in Madrid. The organisers have asked each panellist to prepare a five-minute opening "
         "remark, and I thought it would be worth agreeing in advance how our contributions might differ, so "
         "as not to repeat each other.\n\n"
         "Would you be free for a thirty-minute video call one day next week? I am at the hospital most mornings, "
         "so an afternoon would be easier for me.\n\nWith kind regards,\n<<full>>\nConsultant Cardiologist, "
         "Hospital de Santa Cruz"),
        ("me", "4h", "Likewise, looking forward to it. Tuesday 16:00 Lisbon time?"),
        ("g", "1h", "Tuesday at 16:00 suits me. I will send a link. Until then.")],
        p="li", conn="recent", hl="Consultant Cardiologist"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan,\n\nI took over as treasurer of Open Margins at the last AGM, and I am working through "
         "the auditor's management letter. Two points concern decisions taken while you chaired the events "
         "committee: the speaker fees for the 2023 summit, which were paid without invoices, and the deposit "
         "for the venue that was never returned.\n\n"
         "Could we meet for an hour before the next board meeting? I would rather understand the history from "
         "you than guess at it.\n\nWith thanks,\n<<full>>\nTreasurer, Open Margins")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am the officer at the Câmara Municipal responsible for the public "
         "consultation on the new wayfinding signage for the riverfront, for which Fieldnote Studio submitted "
         "designs.\n\n"
         "Several residents' associations have raised questions about the colour contrast on the tram stop "
         "signs. I would like to arrange a meeting with you and a representative of the associations before the "
         "report goes to the council. Could you let me know your availability in the week of the 9th?\n\n"
         "Com os melhores cumprimentos,\n<<full>>\nDivisão de Espaço Público")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nI act for Casa do Rio Museum in connection with the outstanding matters "
         "arising from the wayfinding contract, in particular the signage installed in the east gallery which "
         "the museum considers not to conform to the approved drawings.\n\n"
         "My client would prefer to resolve this without formal proceedings. I propose a without-prejudice "
         "meeting at my offices, attended by you and the museum's director, in the first two weeks of next month.\n\n"
         "Yours faithfully,\n<<full>>\nAdvogada\nRua Braamcamp 40, 1250-050 Lisboa")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "I chair the patient advisory group at Kestrel Health. We were told last month "
         "that the booking app will be redesigned this year, and that you are leading that work.\n\n"
         "Our group of twelve patients and carers has collected a good deal of feedback on the present app. "
         "We would like to meet you early in the process, rather than be shown the result at the end. Would "
         "you be willing to attend our meeting on the first Thursday of next month, at 18:00 in the Arroios "
         "clinic?\n\nYours sincerely,\n<<full>>\nChair, Kestrel Patient Advisory Group")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Good afternoon Mr. Reyes,\n\nI am the headteacher of the primary school on Rua do Poço dos Negros, whose "
         "playground backs onto your studio's courtyard. Our parents' association has asked whether the shared "
         "wall between us could be painted by the children this summer.\n\n"
         "As the wall belongs partly to your building, I would be grateful for a short meeting to discuss "
         "whether you would agree, and on what terms.\n\nWith kind regards,\n<<full>>\nDiretora")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI was given your name by Catarina Bento at the Gulbenkian, who told me that "
         "Fieldnote Studio is preparing an application to the same digital heritage programme as my research "
         "group at the University of Évora.\n\n"
         "Our proposals look as though they might overlap: we are digitising the same convent archive you "
         "mention in your letter of intent. Rather than compete, would you be willing to meet to see whether a "
         "joint application makes more sense? The deadline is the 30th.\n\nYours sincerely,\n<<full>>\n"
         "Associate Professor, CIDEHUS")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Caro Sr. Reyes,\n\nOn behalf of the Associação de Moradores de Santos, I am writing about the "
         "Santos street festival on 12-13 June. The organising committee has allocated the stretch of Rua da "
         "Boavista in front of your studio to the children's area.\n\n"
         "We would be grateful for a brief meeting to agree access to your entrance during those two days and "
         "whether we may use your external power socket for the lighting, for which we would of course pay.\n\n"
         "Com os melhores cumprimentos,\n<<full>>")],
        p="any"),
]

# thank-yous for something Jordan actually did
THREADS += [
    _t("g_letter", [
        ("g", "0", "Mr Reyes —\n\nI wanted to thank you properly for the portfolio review at Open Margins on "
         "Saturday. You spent nearly forty minutes with me when the schedule allowed fifteen, and your "
         "suggestion to lead with the pharmacy project instead of the branding work changed the whole shape of "
         "my portfolio.\n\n"
         "I rebuilt it that evening and sent it to two studios on Monday. One has already invited me to "
         "interview. Thank you.\n\nRespectfully,\n<<full>>")],
        p="li", conn="recent"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan Reyes,\n\nA year ago I was in the audience at your talk in Braga, where you described "
         "keeping a 'decisions we regret' list next to the roadmap. I started one for my team the following Monday.\n\n"
         "This week it stopped us from repeating a mistake that cost us three months last year. I thought you "
         "might like to know that the idea travelled.\n\nWith thanks,\n<<full>>\nHead of Product, Nortada Energia")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nMy daughter Leonor spent last week at Fieldnote Studio on her school work "
         "experience placement. She has come home talking about nothing else: the sketching session, the "
         "client meeting she was allowed to sit in on, and the fact that everyone explained what they were "
         "doing rather than giving her photocopying.\n\n"
         "I know that hosting a fifteen-year-old takes time from a busy team. Please pass on our family's thanks "
         "to everyone, and in particular to Sofia, who looked after her.\n\nWith gratitude,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Sir,\n\nI believe you are the gentleman who found my mobile telephone at the Café "
         "Dias on Thursday and left it with the owner, together with a note giving your name. It contains the "
         "only photographs I have of my late wife, which I had not copied anywhere.\n\n"
         "I do not know how to thank you adequately. If you would allow me, I would like to invite you to lunch.\n\n"
         "Yours most gratefully,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr Reyes,\n\nOn behalf of the board and volunteers of Banco Alimentar de Alcântara, I am "
         "writing to thank Fieldnote Studio for the redesign of our volunteer sign-up process, which your team "
         "carried out without charge over the winter.\n\n"
         "In the four months since launch, volunteer sign-ups have risen from around 30 a month to 110, and "
         "our coordinators spend far less time on the telephone. We have mentioned your studio in our annual "
         "report, a copy of which I enclose.\n\nWith our sincere thanks,\n<<full>>\nPresident of the Board\n\n"
         "- Relatorio_Anual_2024.pdf")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan Reyes,\n\nThank you for taking my question at the end of the panel yesterday, and for "
         "answering it honestly rather than diplomatically. You said that a fractional leader must be willing "
         "to be 'the person who leaves the room and trusts it'. I am about to take on my first fractional role "
         "and I wrote that down.\n\nNo reply needed.\n\n<<full>>")],
        p="x"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am a retired professor of ergonomics at the University of Minho. A former "
         "student sent me your recent essay, in which you quote and credit my 1994 paper on checklists in "
         "operating theatres.\n\n"
         "It is rare, at my age, to see one's work read at all, let alone read carefully and put to new use. "
         "Thank you. I enclose a later paper of mine on the same subject which you may find useful.\n\n"
         "With warm regards,\n<<full>>\n\n- checklists_revisited_2003.pdf")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nI received the letter on Friday informing me that I have been awarded an Open "
         "Margins bursary for my MA. I was told that you chaired the selection panel and that you argued for "
         "my application after the first round.\n\n"
         "I want you to know that this bursary is the difference between studying and not studying. I will "
         "do my best to deserve it.\n\nWith deep gratitude,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "I am the ward sister on the day-surgery unit at Hospital da Luz Oriente, where "
         "the Kestrel pre-operative checklist has been piloted since January. I understand that you led the "
         "design of the patient-facing screens.\n\n"
         "I wanted to say that our patients arrive better prepared than at any point in my twenty years on the "
         "unit, and that the large-print version has been especially appreciated by our older patients. Please "
         "pass this on to your team.\n\nKind regards,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nYou probably don't remember, but in 2019 you replied to a long and rather "
         "desperate message I sent you as a student, and told me to stop applying to agencies and build "
         "something real instead. I did.\n\n"
         "Yesterday the small tool I started that summer was acquired, and my first thought was that I should "
         "thank you. So: thank you.\n\n<<full>>")],
        p="x", conn="old"),
]

# condolences
THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes:\n\nYou will not know my name, but I worked alongside your father at the port "
         "authority in Setúbal for almost twenty years. I learned only this morning, from the notice in the "
         "paper, that he had died.\n\n"
         "He was the most patient man I ever worked with, and he spoke of you often and with great pride — "
         "usually holding up some magazine in which your name appeared. I wanted you to know that.\n\n"
         "Please accept my deepest condolences, and convey them to your mother.\n\nWith sincere sympathy,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI was very sorry to hear of the death of Professor Helena Vaz. I was one of "
         "her students in the early nineties, and I know from her own account how much she valued your "
         "friendship and your work with her on the accessibility guidelines.\n\n"
         "Her former students are gathering a small book of recollections for her family. If you felt able to "
         "contribute a page, it would mean a great deal to them. There is no obligation whatsoever.\n\n"
         "With my sympathy,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Good morning, Mr. Reyes.\n\nOn behalf of everyone at the Design Council of Galicia, I would like to "
         "express our condolences to you and to the Fieldnote team on the death of Rui Castanheira. We worked with "
         "Rui on the Vigo exhibition two years ago and remember his generosity and his terrible jokes with equal "
         "affection.\n\nOur thoughts are with his family and with all of you.\n\nWith sympathy,\n<<full>>\nDirector")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Jordan,\n\nWe have never met, but I have followed your writing for years and I read this morning "
         "that you lost your father last week. I lost mine in March, and I remember how strange it was to keep "
         "answering work messages in the days after.\n\nDon't answer this one. I'm sorry for your loss.\n\n<<first>>")],
        p="x"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan,\n\nIt was with great sadness that the members of the Lisbon Typographic "
         "Society learned of the passing of Mrs. Amélia Rocha, mother of your colleague Tomé Rocha, who for many years set "
         "type in our workshop and taught a generation of students to love letters.\n\n"
         "The Society will hold a small memorial evening on the 21st. We would be honoured if you and the "
         "Fieldnote team would attend.\n\nYours sincerely,\n<<full>>\nSecretary")],
        p="any"),
]

# permissions, references, invitations, official and practical letters
THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am editing an undergraduate textbook, 'Foundations of Product Management', "
         "to be published by Ediciones Marea in Spanish and English next year. I would like to reprint your "
         "essay 'Roadmaps are promises you can break' in full as the reading for chapter 6, with a short "
         "introduction of my own.\n\n"
         "The publisher offers a permissions fee of EUR 400 and two copies of the book. Would you grant "
         "permission, and is there a rights holder other than yourself I should contact?\n\n"
         "Yours sincerely,\n<<full>>\nSenior Lecturer, Universidad de Valladolid")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Jordan Reyes,\n\nMs. Inês Barata has applied for the MSc in Human-Computer Interaction at "
         "University College Dublin and has named you as a referee, in respect of her internship at Fieldnote "
         "Studio in 2023.\n\n"
         "I should be grateful if you would complete the enclosed reference form, or send a letter on company "
         "letterhead, by the 15th of next month.\n\nYours sincerely,\n<<full>>\nAdmissions Officer, School of "
         "Information and Communication Studies\n\n- Reference_form_Barata.pdf")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Sir,\n\nThe Embassy has received a visa application from Mr. Kwame Asante-Boateng, "
         "who states that he has been invited to speak at the Open Margins summit in Lisbon on 4-5 October at "
         "your invitation.\n\n"
         "In order to process the application, we kindly request that you confirm the invitation in writing, "
         "including the dates of the event and who will bear the costs of travel and accommodation.\n\n"
         "Yours faithfully,\n<<full>>\nConsular Section")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am a reporter at Jornal de Negócios, preparing an article on how Portuguese "
         "software companies are preparing for the European Accessibility Act, which takes effect in June.\n\n"
         "Could I ask you two questions, in writing if you prefer?\n1. Has Plotline made changes to its product "
         "specifically because of the Act?\n2. Do you believe small companies have been given enough time?\n\n"
         "My deadline is Thursday at noon.\n\nWith thanks,\n<<full>>\nJornalista, Jornal de Negócios")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nI am the translator of the Portuguese edition of 'Teams Without Maps', to "
         "which you contributed the chapter on design reviews. In checking the proofs I noticed that the English "
         "original attributes the quotation on page 114 to Dieter Rams, but I cannot find it in any of his "
         "published writing or interviews.\n\n"
         "Could you tell me the source you used? If it cannot be confirmed, I would suggest we remove the "
         "attribution in the translation.\n\nWith kind regards,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "On behalf of the organising committee of the Nordic Health Design Conference in "
         "Aarhus (27-28 March), I am pleased to invite you to give the closing keynote on the second day.\n\n"
         "We chose you because of your work on the Kestrel booking redesign, which several of our committee "
         "members have cited in their own teaching. We are able to offer an honorarium of EUR 1,500, economy "
         "flights and two nights' accommodation.\n\n"
         "Would you be willing and available? I would be glad to answer any questions.\n\nYours sincerely,\n<<full>>\n"
         "Programme Chair"),
        ("me", "1d", "Thank you, I'd be glad to. Can you send the audience profile and the slot length?"),
        ("g", "3h", "Wonderful news. The keynote is 40 minutes plus 10 for questions. We expect around 450 delegates, "
         "roughly half clinicians and half designers and engineers. I attach last year's programme for "
         "reference.\n\n- NHDC_programme_2024.pdf")],
        p="li", channel="inmail"),
    _t("g_letter", [
        ("g", "0", "Good afternoon Mr. Reyes,\n\nThe Scientific Council of the Faculty of Architecture invites you to serve as "
         "external examiner on the jury for the Master's dissertation of Ms. Rita Falcão, 'Signage and anxiety in "
         "hospital environments', to be defended on 9 July at 14:30.\n\n"
         "The dissertation will be sent to you four weeks before the defence. The Faculty will reimburse "
         "travel expenses in accordance with its regulations.\n\nI should be grateful for your reply by the end "
         "of this month.\n\nWith my best regards,\n<<full>>\nPresident of the Jury")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am the archivist at the Biblioteca de Arte. We are building a collection "
         "of printed ephemera from Lisbon's independent design studios of the 2010s, and a donor has given us "
         "two posters produced by Fieldnote Studio for the 2015 Festival de Cinema Independente.\n\n"
         "We would like to catalogue them correctly. Could you confirm the designers' names and the year of "
         "printing? And, should the studio have kept any other printed material from that period, would you "
         "consider depositing it with us?\n\nYours sincerely,\n<<full>>\nArquivista")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Caro Sr. Reyes,\n\nForgive an old man for writing to someone he does not know. My grandson, "
         "Duarte, is seventeen and draws all day long. He wants to be a designer; his parents want him to study "
         "law. I read about you in Expresso and thought you might tell me honestly whether a boy can make a "
         "decent living in design in Portugal today, and what he should study if he is serious.\n\n"
         "I would be very grateful for your opinion, which I shall pass on faithfully to both parties.\n\n"
         "Respectfully yours,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Mr Reyes —\n\nLast weekend I bought a box of old notebooks at the Feira da Ladra. Among them "
         "is a sketchbook with your name and a 2008 address in Campo de Ourique written inside the cover, full of "
         "drawings of what look like early posters and a great many notes about chairs.\n\n"
         "I thought you might like to have it back. I can post it to your studio, or leave it wherever is "
         "convenient.\n\nKind regards,\n<<full>>"),
        ("me", "2h", "I can't believe it — I lost that in a move years ago. Thank you! Could you post it to Rua da "
         "Boavista 112, 1200-066 Lisboa? Let me pay the postage."),
        ("g", "1d", "Posted this morning by registered mail. No need for postage, it was a pleasure. The tracking "
         "number is RR 482 913 377 PT.")],
        p="x"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI coordinate a network of community health workers in Belo Horizonte, Brazil. "
         "We use the open roadmap template you published on your blog to plan our vaccination campaigns, and "
         "it has helped us a great deal.\n\n"
         "We would like to translate it into Brazilian Portuguese and share it with other municipalities, free of "
         "charge, with credit to you. May we have your permission?\n\nWith respect and thanks,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr Reyes,\n\nIn your blog post of 12 April you describe the collapse of Tessela, the "
         "agency where I was managing director, and state that it 'ran out of money after the founders paid "
         "themselves dividends during the pandemic'. That is not correct. No dividends were paid in 2020 or "
         "2021; the company's accounts for both years are public.\n\n"
         "I would ask you to correct the post. I have no wish to make this a legal matter.\n\nYours sincerely,\n<<full>>"),
        ("me", "5h", "You're right, and I apologise — I relied on something I was told and didn't check the filings. "
         "I've corrected the post and added a note saying so."),
        ("g", "2h", "Thank you. I have seen the correction. I appreciate it.")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan Reyes,\n\nI read your essay arguing that roadmaps should never show dates to "
         "customers, and I must respectfully disagree.\n\n"
         "I run procurement for a regional hospital group. When we buy software, a vendor who will not commit "
         "to dates is a vendor we cannot plan around: our clinical teams need to know when a feature will be "
         "available in order to schedule training, which is booked six months ahead.\n\n"
         "I would be genuinely interested in how you would answer a buyer in my position. Perhaps there is a "
         "middle way I have not considered.\n\nYours sincerely,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am chair of the ethics committee at Centro Hospitalar do Oeste. The protocol "
         "for the Kestrel Health usability study at our outpatient clinic names you as co-investigator for the "
         "design component.\n\n"
         "The committee has two questions before it can approve the protocol: how recordings of patients' "
         "screens will be stored, and who will have access to them after the study. I would be grateful for a "
         "written reply before our meeting on the 19th.\n\nYours sincerely,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nI applied in March for the senior designer position at Fieldnote Studio and "
         "reached the final interview, but was not selected. Thank you for the consideration.\n\n"
         "If it is not too much to ask, I would value any specific feedback on where my portfolio or interview "
         "fell short. I am trying to improve, and general remarks are hard to act on.\n\nKind regards,\n<<full>>")],
        p="li", conn="recent"),
    _t("g_letter", [
        ("g", "0", "I left Lumiar Foods last year. Your case study on the Lumiar ordering app "
         "still names me and quotes me as Head of Digital. I have no objection to the quote, but as I no longer "
         "work there and have not been asked, I would be grateful if my name and title could be removed.\n\n"
         "With thanks,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes:\n\nI am a retired graphic designer. Between 1972 and 2001 I designed book covers "
         "for most of the publishers in Lisbon, and I have kept the original artwork, proofs and correspondence: "
         "roughly forty boxes.\n\n"
         "My children have no use for them. I would like to give the whole archive to an organisation that would "
         "look after it and let students see it. A friend suggested Open Margins. Would the organisation be "
         "interested, and with whom should I speak?\n\nWith kind regards,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nThank you once again for your keynote at the Associação Portuguesa de UX "
         "annual meeting. To process your honorarium of EUR 800, our treasurer requires an invoice addressed to "
         "the association (NIF 513 220 987) and your IBAN. If you prefer, we can also reimburse your train "
         "ticket from Porto; simply attach the receipt.\n\nWith best regards,\n<<full>>\nSecretary-General")],
        p="any", conn="recent"),
    _t("g_letter", [
        ("g", "0", "Good morning, Mr. Reyes.\n\nI am a Plotline customer and I am closing my small consultancy at the end of "
         "the month. Before I cancel the subscription, I need to export all of our roadmaps, including the comment "
         "history, for our records, which I am legally required to keep for five years.\n\n"
         "The export function includes the items but not the comments. Is there a way to obtain them?\n\n"
         "Yours sincerely,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan,\n\nThe Museu do Design e da Moda is preparing an exhibition on public signage in "
         "Portugal since 1950, opening next spring. We would very much like to include the Casa do Rio wayfinding "
         "system, and in particular your studio's original sketches and the prototype signs.\n\n"
         "Would Fieldnote Studio consider lending them for the duration of the exhibition? The museum would "
         "cover insurance and transport. I would be glad to visit the studio to discuss it.\n\nYours sincerely,\n<<full>>\n"
         "Curator")],
        p="li", channel="inmail"),
]

# offers Jordan asked for, and answers to Jordan's own letters
THREADS += [
    _t("g_letter", [
        ("me", "0", "Hello — we're looking for a printer for a 300-copy run of a small book (96 pages, A5, two "
         "colours, sewn binding). Could you quote?"),
        ("g", "1d", "Dear Mr. Reyes,\n\nThank you for your enquiry. For 300 copies, 96 pages A5, printed in two "
         "Pantone colours on 120 g Munken Print Cream, with a 300 g cover, thread-sewn and with a flat spine:\n\n"
         "- EUR 3,420 + VAT, delivery in 12 working days from approval of proofs\n"
         "- with a foil-blocked cover title, add EUR 380\n\n"
         "We would be happy to produce a blank dummy so that you can judge the paper and the binding. Please "
         "let me know if you would like one.\n\nWith kind regards,\n<<full>>\nTipografia do Sado")],
        p="any"),
    _t("g_letter", [
        ("me", "0", "Good morning. We're a team of six looking at the studio unit on the second floor. Is it still "
         "available, and what are the terms?"),
        ("g", "3h", "Dear Mr. Jordan Reyes,\n\nThank you for your interest. The unit (2.º D, 142 m²) is still available "
         "from the 1st of September. The rent is EUR 2,650 per month, with condominium charges of EUR 180, on a "
         "five-year lease with two months' deposit. The landlord would consider a rent-free first month in "
         "exchange for a six-year term.\n\n"
         "I could show you the unit on Monday or Wednesday afternoon.\n\nYours sincerely,\n<<full>>\nImobiliária Tejo Sul\n"
         "+351 21 342 1180")],
        p="any"),
    _t("g_letter", [
        ("me", "0", "We met at the Porto design fair. As discussed, could you send me a quote for translating the "
         "Plotline help centre (about 38,000 words) into Spanish and German?"),
        ("g", "1d", "Dear Sir,\n\nIt was a pleasure to meet you in Porto. As promised, please find our quotation "
         "attached. In summary: EUR 0.11 per word per language after deducting repetitions, which we estimate "
         "at 18%, giving approximately EUR 6,860 for both languages. We could deliver in four weeks.\n\n"
         "If you would like, we can translate one article of your choosing first so that your team can check "
         "the terminology.\n\nKind regards,\n<<full>>\n\n- Quotation_Plotline_HC.pdf")],
        p="li", conn="recent"),
    _t("g_letter", [
        ("me", "0", "Dear Ms. Lacerda, I wrote to Lumina Electrical on the 2nd about the faulty lighting you installed "
         "in our meeting room and haven't heard back. The dimmer still doesn't work."),
        ("g", "5h", "Dear Mr. Reyes,\n\nPlease accept my apologies for the delay. Your letter was filed under the "
         "wrong project. I have spoken to the technician, who believes the dimmer module is incompatible with the "
         "LED fittings. We will replace it at no cost to you. Could our technician call at the studio on Friday "
         "morning between 9 and 11?\n\nYours sincerely,\n<<full>>\nCustomer Service Manager, Lumina Electrical")],
        p="any"),
    _t("g_letter", [
        ("me", "0", "Could you let me know your fee for reviewing our revised employment contracts? Six staff, "
         "standard Portuguese terms, we want to add a four-day-week clause."),
        ("g", "1d", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nThank you for your message. For reviewing six employment contracts on "
         "a common template and drafting the four-day-week clause, I would propose a fixed fee of EUR 1,150 "
         "plus VAT, including one round of comments and a short call to explain the implications for overtime "
         "and holiday entitlement.\n\nI could start next week.\n\nYours sincerely,\n<<full>>\nAdvogada")],
        p="li"),
    _t("g_letter", [
        ("me", "0", "Hi, I'm organising the Open Margins summit dinner for 60 people on 5 October. Is the terrace "
         "available, and what would a set menu cost?"),
        ("g", "4h", "Thank you for thinking of us. The terrace is available on the 5th of October "
         "and seats up to 70. Our set menu for groups is EUR 48 per person including house wine and coffee, or "
         "EUR 62 with a wine pairing. We can accommodate vegetarian and other dietary needs with a week's notice.\n\n"
         "We would ask for a deposit of 30% to confirm the booking.\n\nCom os melhores cumprimentos,\n<<full>>\n"
         "Gestora de Eventos, Restaurante Miradouro")],
        p="any"),
]

# recruiters and partners writing about one concrete matter for Jordan
THREADS += [
    _t("g_letter", [
        ("g", "0", "Good afternoon Mr. Reyes,\n\nI have been retained by the Fundação Clara Moura, which funds paediatric care "
         "in the Alentejo, to help its board find a new trustee. The board is specifically looking for someone "
         "who understands how patients and families experience digital services, since the foundation is about "
         "to fund its first patient-facing app.\n\n"
         "Your work with Kestrel Health and your board experience at Open Margins were both mentioned by the "
         "chair. The role is unpaid, involves four meetings a year in Évora, and runs for three years.\n\n"
         "Would you be open to a confidential conversation about it?\n\nYours sincerely,\n<<full>>\n"
         "Board Practice, <<company>>")],
        p="li", channel="inmail"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI am the procurement lead at the Unidade Local de Saúde de Loures-Odivelas. "
         "We are about to issue a limited tender for the redesign of our outpatient appointment letters and SMS "
         "reminders, with a budget of up to EUR 45,000.\n\n"
         "Three clinicians here recommended Fieldnote Studio after seeing the Kestrel booking work. I would like "
         "to include you in the list of invited studios. Could you confirm the correct legal name and tax number "
         "of the company so that the invitation can be issued?\n\nYours sincerely,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Caro Sr. Reyes,\n\nWe met briefly after your demo at the Lisbon Product Night on Wednesday, where "
         "you showed Plotline's scenario view. I lead the seed practice at Atlântida Ventures, and I have been "
         "thinking about it since.\n\n"
         "I understand you are not formally raising. I would nonetheless welcome an hour to understand the "
         "company better, on your terms and your timing, and to tell you honestly how we would think about it.\n\n"
         "Best regards,\n<<full>>\nPartner, Atlântida Ventures")],
        p="li", conn="recent"),
    _t("g_letter", [
        ("g", "0", "Mr Reyes —\n\nI am the head of service design at the Instituto Português de Oncologia. Our "
         "Director has asked me to look for an external design lead for a twelve-month project to rethink how "
         "patients receive test results, and your name came up twice in my conversations with colleagues at "
         "Kestrel.\n\n"
         "The engagement would be roughly two days a week, starting in January, at a day rate to be agreed. "
         "Before I go further I wanted to ask whether this would even be of interest, given your other "
         "commitments.\n\nWith kind regards,\n<<full>>")],
        p="li"),
]

# assorted genuine letters
THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nOn 4 June my mother received a reminder by SMS from Kestrel Health for her "
         "ophthalmology appointment, giving the address of the Arroios clinic. The appointment was in fact at "
         "the Benfica clinic, as the booking confirmation said. She went to Arroios, was sent across the city by "
         "taxi and arrived too late to be seen.\n\n"
         "I imagine the reminder text is generated automatically and that this may be happening to others. I "
         "am writing to you because your name is on the Kestrel website as the head of design.\n\n"
         "Yours faithfully,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr Reyes,\n\nIn your interview with Público last month you mentioned that Fieldnote Studio "
         "had run a one-week summer workshop for teenagers interested in design. My son, who is sixteen, would "
         "love to take part if it runs again this year.\n\n"
         "Could you tell me whether it will, and how one applies?\n\nWith thanks,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan Reyes,\n\nWe are completing our profile of Fieldnote Studio for the Saturday edition. "
         "For accuracy, could you confirm the following?\n- the studio was founded in 2014\n- it currently has "
         "six employees\n- the Plotline beta has around 1,900 users\n\n"
         "If any of these is wrong, please let me know by 18:00 today.\n\nWith thanks,\n<<full>>\nFact-checking desk, Expresso")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI write on behalf of the parish council of São Paulo. Our church receives many "
         "visitors, but the signs in and around it are confusing, and we have no money to pay for design.\n\n"
         "I was told by one of our parishioners, who works near your studio, that you have sometimes helped "
         "local institutions without charge. Would you or one of your designers be willing to come and look at "
         "the building for an hour and tell us where to begin? We would be most grateful for any advice.\n\n"
         "With every good wish,\n<<full>>\nParish Secretary")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Tenant,\n\nRe: Rua da Boavista 112, 2.º Esq. — annual rent update\n\n"
         "In accordance with clause 4 of the lease agreement dated 1 February 2021, I hereby notify you that the "
         "monthly rent will be updated by the coefficient published by INE for this year (1.0216), from "
         "EUR 2,310.00 to EUR 2,359.90, with effect from 1 February.\n\n"
         "Please do not hesitate to contact me should you have any questions.\n\nYours faithfully,\n<<full>>\nLandlord")],
        p="any", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Mister Reyes,\n\nMy name is <<full>>, I am a product designer from Osaka. I will be in "
         "Lisbon from 18 to 25 November for a holiday, and I am a big admirer of your studio's work for Kestrel "
         "Health, which we studied in our team.\n\n"
         "If it is not disturbing, may I visit your studio for only thirty minutes, to see how you work? I "
         "understand completely if it is not possible. I can bring some small Japanese sweets for your team.\n\n"
         "Thank you very much for reading.\nBest regards,\n<<full>>")],
        p="x"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nMr. Nuno Falcão has applied for the position of Design Lead at Carvalho & Lobo "
         "Engenharia and has given your name as a reference, for the period 2019-2022 when he worked at Fieldnote "
         "Studio.\n\n"
         "Would you be willing to speak with me for ten minutes this week, or to answer three short questions in "
         "writing? Your response will be treated in confidence.\n\nYours sincerely,\n<<full>>\nHR Director")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "I am the managing director of Plotlyne GmbH of Stuttgart, which has held the "
         "registered trade mark PLOTLYNE in the European Union since 2017 for project planning software (classes 9 "
         "and 42).\n\n"
         "We have recently become aware of your product Plotline. We have no wish to be unfriendly, but our "
         "customers have started to confuse the two. I would suggest that we, or our lawyers, speak to see whether "
         "a coexistence arrangement can be agreed before either of us takes formal steps.\n\n"
         "Mit freundlichen Grüßen,\n<<full>>\nGeschäftsführer, Plotlyne GmbH")],
        p="li", channel="inmail"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes:\n\nThe Students' Union of the Faculty of Fine Arts is organising a public debate on "
         "28 April: 'Should design schools teach business?'. We would be honoured to have you argue for the "
         "motion. The debate lasts ninety minutes, and the opposing speaker will be Professor Anselmo Brito.\n\n"
         "We are students and unfortunately cannot pay a fee, but we can offer dinner afterwards.\n\n"
         "Kind regards,\n<<full>>\nCultural Officer, AEFBAUL")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nMy husband, Vasco Lemos, owned the Livraria Lemos in Alfama, whose logo and "
         "shop front your studio designed in 2016. He passed away in the summer and I have decided to keep the "
         "shop open.\n\n"
         "The sign painter who is restoring the front has asked for the original artwork files, which we cannot "
         "find among Vasco's things. Would your studio still have them?\n\nWith kind regards,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Mr. Reyes,\n\nYesterday you posted that 'people who still use paper diaries are choosing to be "
         "disorganised'. I am a nurse with a visual impairment, and a paper diary with large print is the only "
         "planning tool that works reliably for me on a hospital ward.\n\n"
         "I do not think you meant it the way it sounded, but a great many people read you. I would ask you to "
         "think about it.\n\n<<full>>"),
        ("me", "3h", "You're right, that was a careless line and I've deleted it. Thank you for taking the time "
         "to tell me rather than just unfollowing."),
        ("g", "1h", "Thank you for listening. That is more than most people do.")],
        p="x"),
    _t("g_letter", [
        ("g", "0", "Good morning, Mr. Reyes.\n\nOur accounts payable team is reconciling Fieldnote Studio's invoice "
         "FS-2024-118 for EUR 4,200. The purchase order approved for this phase (PO 77-3190) was for EUR 3,800. "
         "Before we can release payment, could you confirm whether the difference relates to the additional "
         "workshop in May, and if so, send the signed change request?\n\nKind regards,\n<<full>>\n"
         "Finance Controller, Marés Seguros")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Sir,\n\nA parcel addressed to Fieldnote Studio, Rua da Boavista 112, was delivered to my flat "
         "at number 121 on Monday. It is a long cardboard tube marked 'fragile — artwork'. I have kept it safely "
         "and will be at home every evening after 19:00 this week if someone would like to collect it.\n\n"
         "Regards,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Jordan,\n\nThe Ministry has announced that the design course at the Escola Artística "
         "António Arroio will be reduced to two years. A group of us who studied there are writing an open letter "
         "to the Minister, to be published in Público on the 15th.\n\n"
         "We are asking twelve people whose careers began at the school to sign it, and you are one of them. "
         "The draft is attached. Would you be willing to add your name? If you would like to change anything, "
         "please say so.\n\nWith best regards,\n<<full>>\n\n- carta_aberta_draft3.docx")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nThank you again for offering me the three-month internship at Fieldnote "
         "Studio. The Portuguese consulate in São Paulo has asked for a letter from the host company stating the "
         "dates of the internship, the monthly allowance and that the company will provide workers' accident "
         "insurance.\n\n"
         "Could the studio issue such a letter? My appointment at the consulate is on the 22nd.\n\n"
         "With gratitude,\n<<full>>")],
        p="li", conn="recent"),
    _t("g_letter", [
        ("g", "0", "Re: Open Margins — minutes of the March board meeting\n\n"
         "Dear Jordan,\n\nPlease find attached the draft minutes of the board meeting of 14 March. Item 6 records "
         "your proposal on the bursary criteria; I would be grateful if you could check that it reflects what you "
         "said before the minutes are circulated to the other trustees on Friday.\n\n"
         "Kind regards,\n<<full>>\nCompany Secretary (volunteer)\n\n- Minutes_board_14March_DRAFT.docx")],
        p="li", conn="old"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Jordan Reyes,\n\nLast December I made a donation of EUR 2,500 to Open Margins in memory of my "
         "sister, who was a designer. The acknowledgement letter mentioned that the gift would support the "
         "bursary programme.\n\n"
         "I would very much like to know, if it is possible, whether a particular student benefited from it and "
         "what they are studying. I do not need their name. It would mean a lot to our family.\n\n"
         "With kind regards,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Sir,\n\nMy father, the typographer Joaquim Sarmento, died in 2021 leaving a large "
         "body of work that has never been published together. A small press in Coimbra has agreed to publish "
         "a monograph next year.\n\n"
         "You once wrote that his alphabet for the Lisbon metro was the reason you became a designer. Would you "
         "consider writing a short foreword of 800 to 1,200 words? I understand that you are very busy and will "
         "not be offended if you cannot.\n\nWith my warmest regards,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI must apologise on behalf of the organising committee. The printed programme "
         "for Friday's conference lists you as 'Jordan Reyes, Kestrel Studio', and the badge was printed the same "
         "way. Both are being corrected; new badges will be waiting at the speakers' desk.\n\n"
         "Please also note that your session has moved from Room 2 to the main auditorium, as registrations "
         "exceeded the room's capacity.\n\nWith apologies and thanks,\n<<full>>\nSpeaker Coordinator")],
        p="any", conn="recent"),
    _t("g_letter", [
        ("g", "0", "To Mr. Jordan Reyes\nFieldnote Studio, Lisboa\n\nDear Mr. Reyes,\n\nWe are a Plotline customer and our finance department requires that invoices "
         "show our full legal name, 'Ventos do Norte — Consultoria, Lda.', and our tax number 509 774 210. The "
         "invoices for January to March show only 'Ventos do Norte'.\n\n"
         "Could you please reissue them? Thank you.\n\nCumprimentos,\n<<full>>")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "I teach health informatics to final-year medical students at the University "
         "of Minho. With your permission, I would like to use four screenshots of the Kestrel Health booking "
         "screens, before and after your redesign, in a lecture on patient-facing software. The slides would not "
         "be published outside the university's learning platform.\n\n"
         "Should I ask you, or is this a matter for Kestrel?\n\nKind regards,\n<<full>>")],
        p="li"),
    _t("g_letter", [
        ("g", "0", "Good afternoon Mr. Reyes,\n\nFurther to your kind agreement to host Ms. Aino Virtanen for her exchange "
         "placement from 1 March, I attach the learning agreement, which requires your signature on page 3. I "
         "would also be grateful for the name of the person who will act as her daily supervisor.\n\n"
         "With many thanks,\n<<full>>\nInternational Office, Aalto University\n\n- Learning_Agreement_Virtanen.pdf")],
        p="li", history="partial"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nThe signed copy of the loan agreement for the Casa do Rio prototypes is "
         "attached. The courier will collect the pieces from your studio on Tuesday the 3rd between 10:00 and "
         "12:00; please let me know if that time is inconvenient.\n\nWith thanks,\n<<full>>\nRegistrar\n\n"
         "- Loan_Agreement_signed.pdf")],
        p="li", history="partial"),
    _t("g_letter", [
        ("g", "0", "Dear Mr Reyes — received, with thanks. I will pass your comments on the draft to the committee "
         "on Monday.\n\nYours sincerely,\n<<full>>")],
        p="any", history="partial"),
]

THREADS += [
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes, Dear Ms. Pires,\n\nI have recently joined Marés Seguros as Head of Procurement and "
         "have inherited the file for the claims portal project with Fieldnote Studio, which is due for renewal "
         "at the end of the quarter.\n\n"
         "Before I form any view, I would like to hear from you both how the first phase went, what remains open "
         "and what you would propose for phase two. Could we meet at your studio in the week of the 20th?\n\n"
         "Yours sincerely,\n<<full>>\nHead of Procurement\nMarés Seguros, S.A.\nAv. da República 52, 1050-196 Lisboa\n"
         "+351 21 781 3300")],
        p="li", hl="Head of Procurement at Marés Seguros"),
    _t("g_letter", [
        ("g", "0", "Caro Sr. Reyes,\n\nI am writing in my capacity as chair of the working group revising the "
         "Portuguese public-sector accessibility guidelines, version 3 of which you helped draft in 2020 with "
         "the late Professor Vaz.\n\n"
         "Several sections, notably those on forms and on error messages, draw directly on your contributions, "
         "and the group would value your view on whether they still hold. Would you be able to join our session "
         "on 11 December, in person at the Agência para a Modernização Administrativa or by video?\n\n"
         "With kind regards,\n<<full>>\nProfessor Emeritus of Information Science, Universidade do Porto\n"
         "Fellow, Academia das Ciências de Lisboa\n+351 22 508 1400")],
        p="any"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes, could you confirm that the meeting at the Câmara on Thursday at 16:00 is still on? "
         "I have been told the room may change. Regards,\n<<full>>")],
        p="any", history="partial"),
    _t("g_letter", [
        ("g", "0", "Mr Reyes —\n\nI am pleased to inform you that the board of trustees has approved a grant of "
         "EUR 20,000 to Open Margins for the 'Design in Public Schools' programme, as set out in the application "
         "you submitted in September.\n\n"
         "To release the first instalment, we require the signed grant acceptance form and a bank account "
         "certificate in the name of the association. A programme officer will be in touch to agree the "
         "reporting dates.\n\nWith congratulations,\nTeresa Gomide\nGrants Manager")],
        sender="account:Fundação Ribeira Viva", p="li"),
]

# two longer letters, one of each kind
THREADS += [
    _t("p_solicitation", [
        ("p", "0", "Dear Mr. Reyes,\n\nI hope you will permit me a slightly longer letter than is customary, as the "
         "matter deserves some explanation.\n\n"
         "For nineteen years I have run Corbel & Finch, a consultancy that helps founder-led professional "
         "services firms through the transition from 'the founder's studio' to an institution that can outlive "
         "the founder's daily involvement. Our clients have included architecture practices in Lyon and Milan, "
         "two of the better-known brand consultancies in Amsterdam, and a product studio in Barcelona which "
         "was acquired last year at a valuation its founders describe as beyond their expectations.\n\n"
         "The pattern is almost always the same. Around the sixth or seventh year, the founder is simultaneously "
         "the chief creative, the chief salesperson and the chief operator. Growth stalls not for lack of demand "
         "but for lack of the founder's hours. Your own commitments — the studio, Plotline, Kestrel Health and a "
         "board seat — suggest you may recognise the description.\n\n"
         "Our programme runs over nine months and comprises:\n- a leadership and ownership review\n- the design "
         "of a second tier of leadership, including compensation and equity\n- the transfer of client "
         "relationships from the founder to that tier\n- quarterly sessions with your senior team\n\n"
         "Fees are fixed at EUR 42,000, payable in three instalments. I would be very glad to travel to Lisbon "
         "to meet you, at our expense, at any time in the coming month.\n\n"
         "Yours sincerely,\n<<full>>\nManaging Partner, Corbel & Finch\n22 Rue de la Bourse, 69002 Lyon\n+33 4 78 90 12 34")],
        p="li", channel="inmail", hl="Managing Partner at Corbel & Finch | Founder transitions"),
    _t("g_letter", [
        ("g", "0", "Dear Mr. Reyes,\n\nI hope you will forgive the length of this letter. I have rewritten it several "
         "times and it will not become shorter.\n\n"
         "My son Miguel is nineteen and has cerebral palsy. He types with a head pointer and uses a screen "
         "reader for long texts. In September he started the first year of a design course in Setúbal, which "
         "he fought hard to get into. The course uses Plotline for its group projects, and I understand from "
         "his tutor that the university received free licences as part of your education programme.\n\n"
         "The difficulty is this. Miguel cannot drag cards on the roadmap board. Every time his group "
         "reorganises the plan, someone else has to move his items for him, and last week he was marked down "
         "for 'not keeping his lane up to date'. He is embarrassed to complain, and he has asked me not to make "
         "a fuss with the university. But I do not think this is a matter for the university. I think it is a "
         "matter for the people who make the software.\n\n"
         "I am not a designer and I do not know what is technically possible. I only ask whether there is, or "
         "will be, a way to move items using the keyboard alone, and whether someone at Plotline could tell "
         "me, or his tutor, how to make it work in the meantime.\n\n"
         "Thank you for reading this far.\n\nWith respect,\n<<full>>")],
        p="li"),
]
