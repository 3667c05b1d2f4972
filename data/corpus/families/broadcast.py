"""Broadcast noise: organisation, research, political, internal, culture newsletters and automated tool messages (hand-written)."""


def T(family, steps, p="any", conn="none", channel=None, history="complete", sender="person", hl=None, copies=1):
    return dict(family=family, p=p, conn=conn, channel=channel, history=history, sender=sender, hl=hl,
                copies=copies, steps=steps)


THREADS = []

# =================================================================================================
# n_org_update: associations, chambers, trade councils, alumni, religious and community groups, clubs
# =================================================================================================
THREADS += [
    T("n_org_update", sender="account:Luso-Atlantic Chamber of Commerce", steps=[
        ("n", "0", "March Members' Luncheon – programme attached\n\nDear Members,\n\nThe programme for the March luncheon is attached. Our guest speaker will be Dr. Helena Marques, Chief Economist at Banco Serrano, on \"Exports after the energy shock\". Lunch is served at 12:45 in the Sala Atlântico of the Hotel Miradouro, Avenida da Liberdade 214.\n\nMembers €38, guests €52. Kindly confirm attendance with the secretariat by Thursday 7 March.\n\nWith kind regards,\nThe Secretariat\nLuso-Atlantic Chamber of Commerce\nAv. da República 50, 3.º, Lisboa\nTel. +351 210 555 017\n- programme_march_luncheon.pdf"),
        ("n", "29d", "April Members' Luncheon\n\nDear Members,\n\nPlease find attached the programme for our April luncheon, which will be addressed by Mr. Rafael Antunes, Director of the Port of Setúbal Authority. Same venue, same time. Seating is limited to 90; places are allocated in order of confirmation.\n\nThe Secretariat\n- programme_april_luncheon.pdf"),
    ]),
    T("n_org_update", sender="account:Society for Interface Craft", p="li", steps=[
        ("n", "0", "SIC Member Bulletin — No. 41\n\nIn this bulletin:\n• Nominations for the Craft Medal close on 30 September\n• Our Porto chapter has a new convenor: welcome, Lívia Prates\n• Members Rita Oyelaran and Bram de Witt published 'Forms That Forgive' (Hollow Press)\n• The members' library now lends e-readers\n• Reminder: chapter treasurers, Q3 returns are due\n\nAs always, send member news to the bulletin editor before the 20th of the month."),
        ("n", "31d", "SIC Member Bulletin — No. 42\n\n• The Craft Medal shortlist is announced (see the members' area)\n• Autumn salon in Coimbra on 14 November, programme to follow\n• A warm thank-you to the 112 members who answered the fees consultation\n• Obituary: we were saddened to learn of the death of Emeritus Fellow Gunnar Aasheim, a member since 1987\n\nThe bulletin editor"),
    ]),
    T("n_org_update", sender="account:Halvorsen Institute of Design Alumni", steps=[
        ("n", "0", "Class of 2011 — fifteen-year reunion, save the date\n\nDear 2011 graduates,\n\nIt is hard to believe, but it has been fifteen years. The reunion committee (Yara, Felipe, Sunniva and Otto) is planning a weekend on campus on 16–17 May: studio tours, a Saturday dinner in the old foundry, and a Sunday walk for those still standing.\n\nA registration form will follow in January. Until then, please forward this to classmates who may have changed their email and lost touch with us.\n\nWarmly,\nThe Alumni Office"),
    ]),
    T("n_org_update", sender="account:Riverside Fellowship Lisbon", conn="old", steps=[
        ("n", "0", "Weekly notes from Riverside\n\nFriends,\n\nThis Sunday our gathering is at 10:30 as usual, followed by the shared lunch (surnames A–L bring a main dish, M–Z a dessert — yes, we are sticking with the alphabet). The youth group meets at 16:00 in the small hall.\n\nThe clothing drive continues through the end of the month; winter coats are especially welcome. Boxes are by the door.\n\nPlease keep the Oduya family in your thoughts as they welcome baby Miriam.\n\nPeace to you all,\nPastor Anneliese"),
        ("n", "7d", "Weekly notes from Riverside\n\nDear friends, a short one this week. The boiler is being repaired, so please bring a jumper on Sunday. Choir rehearsal moves to Thursday. Thank you to everyone who helped at the coat drive: 140 coats collected!\n\nAnneliese"),
    ]),
    T("n_org_update", sender="account:Tagus Rowing Club", steps=[
        ("n", "0", "NOTICE OF ANNUAL GENERAL MEETING\n\nNotice is hereby given that the Annual General Meeting of the Tagus Rowing Club will be held in the clubhouse on Saturday 23 November at 18:00.\n\nAgenda\n1. Apologies\n2. Minutes of the 2025 AGM\n3. Captain's report\n4. Treasurer's report and accounts\n5. Subscriptions for 2027\n6. Election of officers\n7. Any other business\n\nMotions and nominations must reach the Hon. Secretary no later than 9 November. The accounts are attached.\n\nHon. Secretary\n- TRC_accounts_2026.pdf"),
    ]),
    T("n_org_update", sender="account:Product Circle Lisbon", p="li", steps=[
        ("n", "0", "We've opened a members' discussion forum\n\nAfter two years of threads getting lost in a group chat with 600 people, we finally have a proper forum. Categories so far: hiring & careers, tooling, research methods, \"roast my roadmap\", and off-topic. Your login is the same email you used to register for our events.\n\nA few ground rules: no cold sales posts, no recruiter spam outside the jobs board, be kind. The moderators are Dina, Tomé and Kasia.\n\nSee you in there,\nthe Product Circle team"),
    ]),
    T("n_org_update", sender="account:Anglo-Lusitanian Society", steps=[
        ("n", "0", "Season's greetings from the Council\n\nTo all our members and friends,\n\nOn behalf of the Council, may I wish you and your families a peaceful Christmas and every happiness in the New Year. It has been a full year for the Society: four lectures, the Sintra garden visit, and of course our 90th anniversary dinner, which so many of you made memorable.\n\nThe office will be closed from 23 December to 2 January. The spring programme will be posted in mid-January.\n\nWith warm good wishes,\nMargaret Pelham-Soares\nChair of Council"),
    ]),
    T("n_org_update", sender="account:Rua dos Cordoeiros Residents' Association", steps=[
        ("n", "0", "Street cleaning + October assembly\n\nNeighbours, two things:\n\n1) The council will jet-wash the street on Wednesday 8 October from 7am. Please move cars and plant pots from the pavement the night before.\n2) Our October assembly is on the 15th at 19:30 in the back room of Café Lumiar. Topics: the night noise from the new bar at no. 31, the broken streetlight, and the proposal for a residents' parking zone.\n\nAll residents welcome, members or not.\n\nThe committee"),
    ]),
    T("n_org_update", sender="account:Escola Azul Parents' Association", conn="old", steps=[
        ("n", "0", "PARENTS' ASSOCIATION – GENERAL MEETING & BAKE SALE\n\nDear parents and guardians,\n\nThe general meeting of the Parents' Association will take place on Tuesday 14 October at 18:15 in the school library. We will present the accounts for last year and vote on the proposal to fund a second school-bus route.\n\nThe autumn bake sale is on Friday 17 October at pick-up time. Cakes can be left at reception from 8:00 that morning. All proceeds go to the library fund.\n\nThank you!\nThe Parents' Association Board"),
        ("n", "10d", "Bake sale result: €1,284!! Thank you to every baker, buyer and the class 3B parents who ran the stall in the rain. The bus route proposal passed 41–6, details from the school soon."),
    ]),
    T("n_org_update", sender="account:Iberian Design Export Council", p="li", steps=[
        ("n", "0", "Trade mission to Copenhagen — expressions of interest\n\nThe Council is organising a design and digital services trade mission to Copenhagen from 2 to 5 March, co-funded by the regional export programme. The programme includes matchmaking sessions with Danish buyers, a visit to the Design District, and a reception at the ambassador's residence.\n\nEligible: member companies with at least one export client. Co-funding covers 50% of travel and accommodation for up to two people per company.\n\nExpressions of interest should be sent by 15 December using the form in the members' portal.\n\nTrade Promotion Unit\nIberian Design Export Council"),
    ]),
    T("n_org_update", sender="account:Alfama Runners", p="x", conn="old", steps=[
        ("n", "0", "SUNDAY LONG RUN MOVED TO 8AM!! too hot at 9. meet at the Chafariz as always, 14k easy, 18k for the marathon crew 🏃‍♀️🏃"),
        ("n", "6d", "reminder: club dinner thursday @ Tasca do Zé, 20h, €15 pp, pay Bernardo on the night. new members very welcome 🍷"),
        ("n", "8d", "Lisbon half results from our members: 23 finishers, 9 PBs 🎉 full list pinned on the club page. proud of you lot"),
        ("n", "5d", "rain or shine tomorrow 💪"),
    ]),
    T("n_org_update", sender="account:Lisbon Chess Circle", steps=[
        ("n", "0", "Club night cancelled this Tuesday (the hall is booked for the parish elections). Back to normal next week. — LCC committee"),
        ("n", "7d", "Club night ON tonight."),
        ("n", "7d", "Blitz championship sign-up sheet is on the noticeboard. 5+3, Swiss, 7 rounds. €5 entry goes to the prize fund."),
    ]),
    T("n_org_update", sender="account:Estoril Photographic Society", steps=[
        ("n", "0", "November competition — theme: \"Thresholds\"\n\nDoors, windows, beginnings, endings: interpret as you like. Up to three entries per member, JPEG, long edge 2400px, submitted by midnight 2 November. Judge this month is Ilse Marwick ARPS.\n\nThe October results and judge's comments are attached. Congratulations to Aníbal Serra, whose 'Low Tide, Cascais' took first place in both colour and overall.\n\nCompetition Secretary\n- october_results.pdf"),
    ]),
    T("n_org_update", sender="account:Greyfriars School Old Students", steps=[
        ("n", "0", "From the Old Students' Association\n\nDear Old Students,\n\nIt is with great sadness that we share the news of the death of Mr. Desmond Achterberg, who taught geography at Greyfriars from 1979 until his retirement in 2014 and ran the hill-walking club for most of those years. Many of you will remember his field trips, and his patience.\n\nThe funeral will be held privately. The school will hold a service of thanksgiving in the chapel in the new year, details of which we will circulate.\n\nIf you would like to share a memory, the family has asked that they be sent to the Association office, and we will pass them on.\n\nWith sympathy,\nThe OSA Committee"),
    ]),
    T("n_org_update", sender="account:Speakers' Circle Lisbon", steps=[
        ("n", "0", "Call for nominations — 2027 committee\n\nThe following positions are open: President, VP Education, VP Membership, Treasurer, Sergeant-at-Arms. Any member in good standing may nominate themselves or another member (with their consent). Send nominations to the election officer, Wen Liu, by 30 November. Voting takes place at the first meeting in December.\n\nServing on the committee counts towards your leadership track. And the snacks budget is yours to control."),
    ]),
    T("n_org_update", sender="account:Open Door Design", conn="old", steps=[
        ("n", "0", "Open Door Design — our year in numbers\n\nDear friends and members,\n\nBefore the year ends we wanted to share what you made possible:\n- 46 pro-bono projects with community organisations\n- 210 volunteer designers, 31 of them first-timers\n- 3 new regional hubs (Braga, Faro, Évora)\n- 1 very tired operations team\n\nThe full annual report is attached. Thank you for being part of it.\n\nWith gratitude,\nThe Open Door Design team\n- ODD_annual_report.pdf"),
    ]),
    T("n_org_update", sender="account:UX Lisbon Meetup", p="li", steps=[
        ("n", "0", "Speakers wanted for June & July 📣\n\nWe're building the summer line-up and want more first-time speakers. 20-minute talks or 5-minute lightning slots; topics anywhere near research, design, content, accessibility or design ops. We'll pair every new speaker with a mentor for two rehearsals.\n\nPitch us in three sentences via the form on the group page by 10 May. Venue for both months is the Fábrica 9 auditorium."),
    ]),
    T("n_org_update", sender="account:Lisbon Interfaith Circle", steps=[
        ("n", "0", "Ramadan Mubarak\n\nTo all our members and friends: as Ramadan begins, the Circle sends its warmest wishes to our Muslim members and their families. This year's community iftar will be hosted by the Mesquita do Rossio association on Saturday 7 March; members of every faith and none are welcome. Please let us know numbers by 1 March so the kitchen can plan.\n\nIn friendship,\nThe Coordinating Group"),
    ]),
    T("n_org_update", sender="account:Bairro Alto Community Garden", steps=[
        ("n", "0", "spring planting day is saturday! 10 til 2. bring gloves if you have them, we have tools. seedlings this year: tomatoes, courgettes, beans, lots of herbs. soup at 1pm (thank you Dona Lurdes). kids welcome."),
    ]),
    T("n_org_update", sender="account:1st Estoril Scout Group", steps=[
        ("n", "0", "Parents' update — autumn term\n\nHello all,\n\n• Camp kit list for the October weekend is attached. Please label EVERYTHING. Last year we came home with eleven unclaimed left shoes.\n• Subs for the term are €45, payable by transfer (reference: scout's surname).\n• We need two more parent drivers for Saturday 4 October.\n• The group AGM is on 22 October at the hut, 19:00.\n\nYours in scouting,\nAkela & the leader team\n- kit_list_october.pdf"),
    ]),
    T("n_org_update", sender="account:Women in Design Leadership PT", p="li", steps=[
        ("n", "0", "Mentoring circles: round 4 is open\n\nTwelve circles of six, meeting monthly from January to June, each led by a senior practitioner. This round includes circles on going independent, leading through a reorg, and design in regulated industries. Members can apply until 12 December; we will match by 20 December.\n\nPlease share with anyone in your team who would benefit. Non-members can join the association for the reduced rate until the end of the year."),
    ]),
    T("n_org_update", sender="account:Cascais Golf & Country Club", steps=[
        ("n", "0", "Course notice\n\nDear Members,\n\nThe 4th, 5th and 11th greens will be hollow-tined on 9 and 10 September. Temporary greens will be in play on those holes and the course will remain open. The practice ground will be closed on the morning of the 10th.\n\nThe Members' Autumn Foursomes draw is posted in the locker rooms.\n\nCourse Manager"),
    ]),
    T("n_org_update", sender="account:Fábrica 9 Community", p="li", conn="old", steps=[
        ("n", "0", "Hello Fábrica 9 people!\n\nThis month in the building:\n🍲 Community lunch, Thursday 13:00, roof terrace, bring a dish\n🧘 Yoga is back on Tuesdays, 8:15 in studio C\n👋 New neighbours: Kettle & Kiln (ceramics, ground floor) and Brightwater Legal (3rd floor)\n🎙 Member talk: Inês from Outro Som on sound design for exhibitions, Wednesday 18:30\n\nAs always, the kitchen rota is on the fridge. Please respect it. Please.\n\nNadia, Community Manager"),
        ("n", "30d", "Hello Fábrica 9 people! Quick one: the October community lunch is on the 9th (not the usual Thursday — the terrace is being waterproofed the week after). And congratulations to Sorte Films, whose short was selected for the Curtas do Tejo festival 🎬"),
    ]),
    T("n_org_update", sender="account:Nordic-Portuguese Business Forum", steps=[
        ("n", "0", "Re: Member news — autumn edition\n\nDear members,\n\nWe are pleased to welcome six new member companies this quarter: Tindra Logistics, Valkoinen Architects, Sal & Pimenta Foods, Heimdal Energy, Brisa Norte Consultancy and Kjerringøy Seafood.\n\nCongratulations to Heimdal Energy on the inauguration of its Alentejo solar park, and to our long-standing member Maria José Quintas, who has been appointed honorary consul of Finland in Porto.\n\nThe Forum's Christmas reception will take place on 11 December at the Norwegian residence. Invitations will follow by post.\n\nKind regards,\nForum Secretariat"),
    ]),
    T("n_org_update", sender="account:Lisbon Internationals Network", steps=[
        ("n", "0", "LIN monthly: tax season survival night, Portuguese conversation tables, and a new volunteer team\n\nHi everyone,\n\nOur NHR and IRS Q&A night is back (last year it filled in four hours, so be quick). Conversation tables now run twice a week at the Biblioteca de Marvila, all levels. And we're forming a welcome team for newcomers — if you've been here a year or more and like showing people where to buy a proper duvet, reply to this email.\n\nThe LIN volunteer crew"),
    ]),
    T("n_org_update", sender="account:Coimbra University Alumni – Lisbon Chapter", steps=[
        ("n", "0", "Caros antigos alunos / Dear alumni,\n\nThe Lisbon chapter's fireside evening this term features Prof. Duarte Albuquerque in conversation with architect Teresa Vinhas about rebuilding after the 2017 fires. Wednesday 19 November, 19:00, Palácio Vilar reading room. Free for chapter members; please register so we can arrange chairs.\n\nA reminder that chapter fees for the year (€20) can be paid at any event.\n\nThe Chapter Committee"),
    ]),
    T("n_org_update", sender="account:The Type Directors' Guild", steps=[
        ("n", "0", "Minutes of the February meeting attached.\n\nNext meeting: 12 March, 18:30, Gráfica Central. Item 4 (revision of the student award rules) was deferred, so please read the draft before then.\n\n- minutes_feb.docx\n- student_award_rules_draft3.docx"),
    ]),
    T("n_org_update", sender="account:Association of Health Service Designers", p="li", steps=[
        ("n", "0", "Help shape our 2027 programme (5-minute survey)\n\nDear member,\n\nEvery autumn we ask members what they want from the association in the year ahead. Last year's answers gave us the procurement clinic and the patient-partner toolkit. This year we'd like to know which topics, formats and cities matter to you.\n\nThe survey is anonymous and takes about five minutes. It closes on 31 October. Thank you — the results will be shared at the annual conference.\n\nAHSD Board"),
    ]),
    T("n_org_update", sender="account:Sintra Hiking Club", steps=[
        ("n", "0", "CHANGE OF VENUE: the October slideshow night will be at the Quinta das Hortênsias visitor centre, NOT the library (flooding in the basement). Same date, same time, 20:00. Slides of the Picos trip guaranteed."),
    ]),
    T("n_org_update", sender="account:Graça Book Club", steps=[
        ("n", "0", "This month: The Salt Road by Ilona Varga. We meet on the 28th at Livraria Vértice, 19:00. Vítor is hosting. Next month's pick is up for vote in the poll — three candidates, majority wins, no campaigning please (looking at you, Sérgio)."),
        ("n", "27d", "Reminder: book club tomorrow! Vote closed and the winner is 'Harbour Lights' by Kofi Aboagye, by a landslide. See you at Vértice."),
    ]),
    T("n_org_update", sender="account:Belém Service Club", steps=[
        ("n", "0", "Fellowship dinner & food bank collection\n\nDear fellow members,\n\nOur fellowship dinner on Friday 5 December will double as the annual food bank collection. Please bring non-perishable items: the food bank has asked especially for tinned fish, rice, olive oil and baby formula. The dinner itself is €30, partners welcome.\n\nThe club will also present its Community Award to the volunteers of the Pedrouços soup kitchen.\n\nYours in service,\nClub Secretary"),
    ]),
    T("n_org_update", sender="account:Design Educators Network", p="li", steps=[
        ("n", "0", "New: the Educators' Forum\n\nWe've launched an online forum for members to share syllabi, assessment rubrics and studio briefs. The first threads are already up: \"grading group projects fairly\", \"AI in the first-year studio\" and \"what do you do about portfolio inflation?\". Please introduce yourself in the welcome thread.\n\nForum access is a member benefit; your existing login works."),
    ]),
    T("n_org_update", sender="account:Portuguese Association of Independent Studios", steps=[
        ("n", "0", "Dear members,\n\nThe programme for the spring meeting in Porto is attached. Highlights: a session on the new public procurement thresholds, a panel on pricing for small studios, and a studio crawl on the Friday evening. Registration is open until 20 March.\n\nPlease note the membership assembly will also vote on the proposed fee adjustment (+€15/year), for which the board's explanatory note is attached.\n\nBest regards,\nThe Board\n- programme_spring_porto.pdf\n- note_fee_adjustment.pdf"),
    ]),
    T("n_org_update", sender="person", hl="Honorary Secretary, Lisbon Vintage Motor Club", steps=[
        ("n", "0", "Dear members\n\nA reminder that the Autumn Run to Óbidos departs from the Parque das Nações car park at 8:30 sharp on Sunday. Route cards will be handed out at the start. Lunch is booked at the Estalagem do Convento for 48 people. If you are no longer coming please tell me so we can release your place.\n\nKind regards\n<<first>>\nHon. Secretary"),
    ]),
    T("n_org_update", sender="account:Kestrel Alumni & Friends", p="li", conn="old", steps=[
        ("n", "0", "Quarterly letter to our alumni network\n\nIt's been a busy quarter for the alumni community: 38 people came to the summer barbecue, three boomerangs rejoined the company, and the mentoring pilot with current staff is now a permanent programme.\n\nComing up: an alumni panel on 'life after a startup' in November and the winter drinks in December. Details will be shared here and on the group page."),
    ]),
    T("n_org_update", sender="account:Friends of the Jardim da Estrela", steps=[
        ("n", "0", "Friends' newsletter, autumn\n\nOur autumn tree walk is on Sunday 12 October at 11:00 (meet at the bandstand). The municipality has confirmed that the old cedar by the pond will be braced rather than felled, following the petition many of you signed. Thank you!\n\nMembership renewals are due in January. The annual subscription remains €12 (€6 concession)."),
    ]),
    T("n_org_update", sender="account:Lisbon Synagogue Community", steps=[
        ("n", "0", "Shana Tova\n\nDear members of our community,\n\nAs the new year begins, the board wishes every family a sweet and healthy year. The High Holiday schedule is attached; please note that seats for Yom Kippur must be confirmed by 20 September. Volunteers are still needed for the break-fast meal.\n\nWith warm wishes,\nThe Board\n- high_holidays_schedule.pdf"),
    ]),
    T("n_org_update", sender="account:Association of Freelance Illustrators", p="li", steps=[
        ("n", "0", "Member update: contract templates refreshed, and a new legal helpline\n\nThe members' contract templates have been updated for the new copyright directive — licence-based, with clearer clauses on AI training. We've also partnered with a law firm so members get one free 30-minute legal consultation a year through the helpline.\n\nBoth are in the members' area. The helpline number is on your membership card."),
    ]),
    T("n_org_update", sender="account:Ribeira Sailing Association", steps=[
        ("n", "0", "End of season haul-out\n\nAll members with boats on the club moorings: the crane is booked for 25 and 26 October. Slots are allocated on the sheet in the clubhouse; please add your name by the 18th. Boats not lifted by 31 October will incur the winter mooring fee.\n\nThe end-of-season party follows on the 26th from 19:00. Partners and crews welcome.\n\nBosun"),
    ]),
    T("n_org_update", sender="account:Design Leadership Institute Iberia", p="li", steps=[
        ("n", "0", "Chapter meeting: design leadership in public services\n\nDear member,\n\nOur next chapter meeting brings together design leads from the national health service, the tax authority and the municipality of Lisbon to talk about what changes when your user is every citizen. Thursday 20 November, 18:00, at the chapter's host, the Atlântida Business School campus. The programme and speaker bios are attached.\n\nMembers attend free; one guest per member.\n\n- chapter_meeting_nov.pdf"),
    ]),
    T("n_org_update", sender="account:Kirkwall College Alumni", steps=[
        ("n", "0", "From the Principal\n\nDear alumni,\n\nAs many of you will have heard, the College has received planning permission for the new library. Construction begins in the spring, and the old reading room will be preserved as a seminar space. Thank you to the 1,400 alumni who contributed to the appeal.\n\nI look forward to welcoming many of you back for the opening, which we hope will be in autumn 2028.\n\nWith best wishes,\nProfessor Alasdair Greig\nPrincipal"),
    ]),
    T("n_org_update", sender="account:Santos Design District", p="x", conn="old", steps=[
        ("n", "0", "Santos Design District open studios weekend is 18–19 Oct 🗝 42 studios, 3 routes, maps at the kiosk on Largo de Santos. Studios: please confirm your opening hours with the association by Friday."),
    ]),
    T("n_org_update", sender="account:Lisbon Irish Society", steps=[
        ("n", "0", "A chairde,\n\nThe St. Patrick's Day céilí will be at the Clube dos Ferroviários do Tejo on 14 March. Tickets €20 including a plate of stew, available from committee members or at the door if any are left. Musicians who'd like to play in the session, talk to Fionnuala.\n\nAnd a big welcome to the 23 new members who joined this winter!\n\nSláinte,\nThe Committee"),
    ]),
    T("n_org_update", sender="account:Lisbon HCI Society", p="li", steps=[
        ("n", "0", "Chapter news: student volunteer call, reading group restart, and officer elections\n\n1. The regional conference needs 30 student volunteers; please share with your students.\n2. The reading group restarts in October. First paper: 'Seamful Design Revisited'.\n3. Officer elections are in December. Nominations open now.\n\nChapter Officers"),
    ]),
    T("n_org_update", sender="account:Alentejo Wine Circle", steps=[
        ("n", "0", "Members' tasting — Friday\n\nThis month's tasting is dedicated to amphora wines, with winemaker Joaquim Talha presenting six wines from his cellar. Friday 24 at 19:30, Sala do Vinho, Rua do Norte 61. Members €25, guests €35. Limited to 30 places."),
    ]),
    T("n_org_update", sender="account:Lisbon Cycling Club", p="x", conn="old", steps=[
        ("n", "0", "ride leaders meeting postponed to next week, sorry all. Saturday ride to Cabo Espichel still on, 7:30 Cais do Sodré ferry"),
    ]),
    T("n_org_update", sender="account:Association of Portuguese Translators", steps=[
        ("n", "0", "Dear members,\n\nWe are pleased to announce the 2026 Members' Conference will be held in Braga on 6 and 7 June. The call for papers is open until 28 February. The board also reminds members that the professional register must be renewed annually; the renewal window closes on 31 January.\n\nYours sincerely,\nThe Board of Directors"),
    ]),
    T("n_org_update", sender="account:Ocean Swim Lisbon", steps=[
        ("n", "0", "New year's day dip 🥶 Carcavelos, 11:00, 1 January. Costumes optional, hot chocolate compulsory. Wave flags at the lifeguard tower. Happy new year from all of us!"),
    ]),
    T("n_org_update", sender="account:Chamber of Commerce of Oeiras", steps=[
        ("n", "0", "Members' breakfast — 'Hiring in a tight market'\n\nGood morning,\n\nThe Chamber invites its members to the breakfast session on Tuesday 25 November, 8:30–10:00, at the Oeiras Innovation Park conference centre. Panel: Susana Cotrim (HR Director, Vela Pharma), Matías Ferro (founder, Rumo Software), and a representative of the employment institute.\n\nAttendance is included in your membership. Registration via the members' area.\n\nBest regards,\nEvents Department\nChamber of Commerce of Oeiras\nTel. +351 214 555 730"),
    ]),
    T("n_org_update", sender="account:Halvorsen Institute of Design Alumni", history="partial", steps=[
        ("n", "0", "Alumni update: our new Dean, the graduate show, and a request\n\nDear alumni,\n\nWe are delighted to share that Professor Noor Al-Sayegh has been appointed Dean from January. Many of you know her from the Materials Lab.\n\nThe graduate show opens on 27 June; alumni preview evening the day before.\n\nAnd a request: our careers team is looking for alumni willing to host a student for a one-day studio visit. If you can, please fill in the short form on the alumni page.\n\nThe Alumni Office"),
    ]),
    T("n_org_update", sender="account:Mouraria Neighbourhood Association", steps=[
        ("n", "0", "Festas de Santo António — volunteers!\n\nNeighbours, the arraial needs hands again this year: grilling sardines, decorating the street, cleaning up at 2am (the least popular job, we know). Sign-up sheet at the association office, Rua do Capelão 12, open weekdays 17–20h.\n\nThank you — without you there is no party."),
    ]),
    T("n_org_update", sender="account:Society for Interface Craft", p="li", history="partial", steps=[
        ("n", "0", "Reminder to all members: the Annual Members' Meeting is next Thursday at 19:00, online. The agenda and the proposed change to the fellowship criteria were circulated last week and are attached again for convenience.\n\nVoting members need to be logged in to cast a vote.\n\n- AMM_agenda.pdf\n- fellowship_criteria_change.pdf"),
    ]),
    T("n_org_update", sender="account:Lisbon Quakers", steps=[
        ("n", "0", "Dear Friends,\n\nMeeting for worship continues at 11:00 each First Day. From December we will also hold a midweek meeting on Wednesday evenings at 19:00. The library has a new set of pamphlets, donated by Friends in Edinburgh.\n\nIn Friendship,\nClerk to the Meeting"),
    ]),
    T("n_org_update", sender="account:Design Council of the Algarve", p="li", steps=[
        ("n", "0", "New member directory & an update on the regional design awards\n\nThe online member directory is live. Please check that your studio listing, contact details and specialisms are correct.\n\nThe Algarve Design Awards jury has been confirmed and judging takes place in February. Winners will be announced at the gala in Lagos on 21 March."),
    ]),
    T("n_org_update", sender="account:Old Cantonians Football", steps=[
        ("n", "0", "lads + ladies, 5-a-side is back Wednesdays 20:00 at the campus sports ground, pitch 4. €6 each, bring both shirts. first week free for newbies"),
    ]),
    T("n_org_update", sender="account:Chamber of Digital Commerce", steps=[
        ("n", "0", "MEMBER NOTICE: Our offices will move on 1 February\n\nDear Members,\n\nThe Chamber will move to its new premises at Avenida Duque de Ávila 46, 5th floor, on 1 February. Telephone numbers and email addresses remain unchanged. The offices will be closed on 30 and 31 January for the move.\n\nThe new premises include a meeting room which members may book free of charge for up to four hours per month.\n\nKind regards,\nGeneral Secretariat\nChamber of Digital Commerce\nT +351 210 555 388"),
    ]),
    T("n_org_update", sender="account:Code Sisters Lisbon", p="x", conn="old", steps=[
        ("n", "0", "📢 Study group for the AWS cert starts Monday! 8 weeks, online, Mondays 19h. Also: we hit 2,000 members this month 💜 thank you all"),
    ]),
    T("n_org_update", sender="account:Portuguese Association of Independent Studios", history="partial", steps=[
        ("n", "0", "Results of the general assembly\n\nDear members,\n\nThank you to the 87 members who took part in Saturday's general assembly in Porto, in person or by proxy. Results:\n• Accounts for 2025 approved (unanimous)\n• Fee adjustment approved (64 for, 19 against, 4 abstentions)\n• New board elected for 2026–2028, led by Clara Bettencourt\n\nThe minutes will be circulated within 30 days.\n\nThe outgoing Board"),
    ]),
    T("n_org_update", sender="account:St. Brendan's Parish", steps=[
        ("n", "0", "Parish notices\n\n• Harvest festival Mass this Sunday at 11:00, followed by the parish lunch in the hall. Donations of produce will go to the night shelter.\n• First Communion preparation starts on 5 October. Parents please collect forms from the sacristy.\n• The flower rota for October is now on the board at the back of the church.\n\nFr. Declan"),
    ]),
]

THREADS += [
    T("n_org_update", sender="account:Lisbon Architecture Society", steps=[
        ("n", "0", "Lecture season 2026–27\n\nDear members,\n\nThe autumn lectures are:\n14 Oct — Ana Rebelo, 'The courtyard as infrastructure'\n11 Nov — Kaspar Elling, 'Timber, slowly'\n9 Dec — a panel on housing co-operatives, chaired by our President\n\nAll lectures at 18:30 in the Society's hall, Travessa do Carmo 3. Members free; non-members €8. Wine afterwards, as tradition demands.\n\nThe Programme Committee"),
    ]),
    T("n_org_update", sender="account:Parents' Network – Lycée Français Lisbonne", steps=[
        ("n", "0", "Dear families,\n\nThe welcome picnic for new families is this Saturday from 12:00 in the Parque Eduardo VII (near the lake). Please bring something to share. Class representatives will be wearing yellow caps, so you can find them.\n\nSee you there!\nThe Parents' Network"),
    ]),
    T("n_org_update", sender="account:Lisbon Design Guild", p="li", steps=[
        ("n", "0", "Guild notes — September\n\nWelcome back after the summer. Three things:\n\n1. The portfolio review evenings resume on the first Tuesday of each month. Members can sign up as reviewers or reviewees.\n2. The guild's code of practice on unpaid pitching has been updated — the revised text is attached, and the board would like comments before it is adopted in November.\n3. We have a new treasurer, Benedita Sá, after six years of Horácio's steady hand. Obrigado, Horácio!\n\nThe Guild Board\n- code_of_practice_pitching_v2.pdf"),
        ("n", "32d", "Guild notes — October\n\nThanks to everyone who commented on the pitching code (63 responses!). The revised version goes to a vote at the November meeting. Portfolio review on the 7th is full; the waiting list is open.\n\nThe Guild Board"),
    ]),
    T("n_org_update", sender="account:Graça Book Club", history="partial", steps=[
        ("n", "0", "No meeting in August, everyone's away. Back on 25 September with 'The Cartographer's Daughters'. Have a lovely summer 📚"),
    ]),
    T("n_org_update", sender="account:Tagus Rowing Club", history="partial", steps=[
        ("n", "0", "Club news\n\nCongratulations to our women's coxless four, national champions for the second year running! The masters eight finished fourth in the head race.\n\nThe boathouse will be closed on 1 and 2 November while the new racks are installed. The erg room stays open."),
    ]),
]

# =================================================================================================
# n_research: think-tank publications, analysts' notes, market commentary, outlooks, publishers, columnists
# =================================================================================================
THREADS += [
    T("n_research", sender="account:Meridian Policy Institute", steps=[
        ("n", "0", "The Meridian Daily — Tuesday\n\nToday's reading:\n• Housing: why Lisbon's rental caps haven't moved rents (analysis, 6 min)\n• Europe: the fiscal rules, one year on, by senior fellow Laurent Ekwueme\n• Chart of the day: share of GDP spent on R&D, southern Europe vs. the Nordics\n• Podcast: 'Ports and power' with Dr. Sabine Oduro\n\nThe Meridian Daily is sent to subscribers each weekday morning."),
        ("n", "1d", "The Meridian Daily — Wednesday\n\n• Health: waiting lists and the private sector — a new working paper\n• Interview: the outgoing competition commissioner on platform regulation\n• Chart of the day: electricity prices for households, 2015–2026\n• From the archive: our 2019 paper on the hospital tender process"),
        ("n", "1d", "The Meridian Daily — Thursday\n\nA slimmer edition today, as most of the team is at our annual conference in Brussels. Livestream of the keynote at 14:00 CET. Plus: a short explainer on the new housing tax credit, and the latest 'Numbers that matter' (youth unemployment)."),
    ]),
    T("n_research", sender="account:Halberd Economics", steps=[
        ("n", "0", "Weekly Outlook: the ECB blinks, the euro doesn't\n\nKey points this week:\n- We now expect two further 25bp cuts before June; the market prices 1.5.\n- Core inflation in the euro area has been stickier in services, driven by wages in hospitality and health.\n- Portugal: Q3 GDP revised up to 0.6% q/q on stronger tourism receipts.\n- Risks: energy prices into winter; US tariff escalation.\n\nFull outlook attached (14 pages).\n\nHalberd Economics — Macro Team\n- HE_weekly_outlook_w41.pdf"),
        ("n", "7d", "Weekly Outlook: payrolls, pensions and patience\n\n- Eurozone PMIs edge up for the second month\n- Spanish pension reform: our take on the fiscal cost\n- We keep our EUR/USD year-end target at 1.12\n\nAttached as usual.\n- HE_weekly_outlook_w42.pdf"),
    ]),
    T("n_research", sender="account:Castellan Securities Research", steps=[
        ("n", "0", "RATING CHANGE: Norvik Telecom upgraded to BUY (from HOLD), target €14.20 (from €11.50). Fibre roll-out ahead of plan, capex peak passed, dividend cover improving. Note attached.\n- CSR_Norvik_upgrade.pdf"),
        ("n", "3d", "Initiation: Almeida Healthcare Group — OUTPERFORM, TP €27. We see margin upside from the private hospital network and the digital outpatient platform. 38-page initiation attached.\n- CSR_AHG_initiation.pdf"),
        ("n", "5d", "RATING CHANGE: Solmar Energia cut to UNDERWEIGHT. Regulated returns review is a bigger headwind than consensus assumes.\n- CSR_Solmar_downgrade.pdf"),
    ]),
    T("n_research", sender="account:Ostrander & Pike", steps=[
        ("n", "0", "Please find attached our latest report.\n- OP_digital_health_index_Q3.pdf"),
    ]),
    T("n_research", sender="account:Ostrander & Pike", history="partial", steps=[
        ("n", "0", "Attached: Ostrander & Pike — European SaaS Valuation Monitor, November edition.\n- OP_saas_monitor_nov.pdf"),
    ]),
    T("n_research", sender="person", hl="Columnist at The Lisbon Ledger | author of 'Small Country, Big Screens'", p="li", steps=[
        ("n", "0", "My new column is up: \"Why every roadmap is a work of fiction (and why that's fine)\". It started as a rant at a product meetup and turned into 1,200 words about planning, theatre and honesty. As always, I'd love to hear where you think I'm wrong.\n\nlink in the Ledger's opinion section, or on my site <<site>>\n\n— <<first>>"),
        ("n", "14d", "New column this week: \"The quiet death of the office party\". On return-to-office mandates, loneliness, and why nobody wants to do karaoke with their VP. Thanks to all of you who sent stories after the last one, several made it in (anonymised!).\n\n— <<first>>"),
    ]),
    T("n_research", sender="account:Design Quarterly Review", steps=[
        ("n", "0", "Your Autumn issue is now online\n\nIssue 58: \"Care\"\n- The ethics of onboarding flows in mental-health apps\n- Interview: Ruth Abernethy on thirty years of hospital wayfinding\n- A visual essay on waiting rooms\n- Reviews: five new books on design research\n\nSubscribers can read the full issue and download the PDF from their account. The print edition ships next week."),
    ]),
    T("n_research", sender="account:Journal of Design Research — Alerts", steps=[
        ("n", "0", "Table of contents alert: Journal of Design Research, Vol. 31, Issue 2\n\n1. Negotiating uncertainty in co-design with clinicians (Hartono, Lee & Bramwell)\n2. Roadmaps as boundary objects in product organisations (Fagerlund)\n3. Designing for intermittent connectivity: a field study in rural Mozambique (Chissano & Vaz)\n4. The afterlife of personas (Ogunleye)\n5. Book review: 'Slow Interfaces'\n\nYou are receiving this alert because you registered for table-of-contents notifications for this journal."),
    ]),
    T("n_research", sender="account:Digital Health Pulse", p="li", conn="old", steps=[
        ("n", "0", "Digital Health Pulse #212\n\nThis week in digital health:\n→ Three EU countries move patient-record APIs to a common standard\n→ Remote monitoring reimbursement: what the new German codes cover\n→ Funding round-up: €410M across 22 deals, led by a Dutch oncology startup\n→ Our analysis: why patient portals still lose half their users after onboarding\n\nRead the full issue online."),
        ("n", "7d", "Digital Health Pulse #213\n\n→ The EHDS implementation timeline, simplified\n→ A UK trust publishes its AI triage evaluation (the numbers are mixed)\n→ Funding: quiet week, 9 deals\n→ Jobs board: 41 new design and product roles"),
        ("n", "7d", "Digital Health Pulse #214 — special edition on the Health Systems Europe conference. Our five takeaways, the talks worth watching back, and the product launches that mattered."),
    ]),
    T("n_research", sender="account:Corvid Capital Markets", steps=[
        ("n", "0", "MORNING NOTE 07:15\n\nEquities: Asia mixed, Nikkei -0.4%, Hang Seng +0.9%. US futures flat ahead of CPI.\nRates: Bund 10y 2.41% (-2bp). OT 10y 2.93%.\nFX: EUR/USD 1.0872, GBP/EUR 1.1731.\nCommodities: Brent $78.40, gold $2,411.\n\nToday: US CPI (13:30 UK), two ECB Executive Board speeches, Portuguese bank Q3 results after close.\n\nCorvid Capital Markets — Sales Desk\nLondon +44 20 7946 0381 | Lisbon +351 210 555 902"),
        ("n", "1d", "MORNING NOTE 07:12\n\nUS CPI came in at 0.2% m/m core, slightly soft. Equities rallied into the close, S&P +1.1%. This morning: European open seen +0.6%. Watch: Portuguese banks after results, Banco Atlântida guidance key.\n\nCorvid Capital Markets — Sales Desk"),
    ]),
    T("n_research", sender="account:Harbour Street Research", p="li", channel="sponsored", steps=[
        ("n", "0", "The 2026 European B2B SaaS Benchmarks are out\n\nOur sixth annual report, based on anonymised data from 640 software companies:\n• Median net revenue retention fell to 104%\n• Product-led companies grew faster below €5M ARR, slower above\n• Design headcount per 100 engineers: 9.2 (up from 7.8)\n\nDownload the full report (free, 52 pages)."),
    ]),
    T("n_research", sender="account:Banco Serrano Research", steps=[
        ("n", "0", "Portugal: Monthly Economic Outlook — October\n\nSummary\nActivity remains resilient, supported by tourism and public investment under the recovery plan. We keep our 2026 GDP forecast at 2.1% and lower our 2027 forecast to 1.8%. Inflation should converge to 2.2% by mid-2027. Main risks: external demand, construction capacity constraints, housing.\n\nThe full publication, with forecast tables, is attached.\n\nEconomic Research Department\nBanco Serrano — Research & Strategy\n+351 210 555 240 | research@bancoserrano.example\n- BSR_outlook_october.pdf"),
    ]),
    T("n_research", sender="person", hl="Writer · 'Sunday Margins' reading list", p="x", conn="old", steps=[
        ("n", "0", "Sunday Margins #88 📚\n\n1. a long read on the people who maintain bridge inspection databases\n2. why kitchen drawers got so deep (it's about hinges)\n3. a lovely essay on keeping a notebook for 40 years\n4. the economics of second-hand bikes in the Netherlands\n5. a photo series of empty night buses\n\nhappy sunday, back next week"),
        ("n", "7d", "Sunday Margins #89\n\nshort one, I've had flu. three links: the history of the paperclip patent wars, a good piece on burnout in nursing, and a map of every public bench in Porto (yes really). rest up everyone"),
    ]),
    T("n_research", sender="account:Tidewater Usability Group", p="li", steps=[
        ("n", "0", "New research: How people read dashboards\n\nWe eye-tracked 74 participants using operational dashboards in logistics, healthcare and finance. Findings:\n1. Users look at the top-left KPI first but trust the chart with the most recent date.\n2. Red/green status colours were misread by 1 in 6 participants under time pressure.\n3. Tooltips were opened in only 4% of sessions.\n\nThe full article, with heatmaps, is on our site. Next month: onboarding in B2B tools."),
    ]),
    T("n_research", sender="account:Civic Data Lab", steps=[
        ("n", "0", "New survey findings: trust in public digital services, 2026\n\nHighlights from our annual survey of 3,100 adults:\n- 61% say they prefer a phone call to an online form for health matters (up from 54%)\n- Trust in government apps is highest among 35–49 year-olds\n- Accessibility complaints doubled since 2023\n\nMethodology, toplines and the full dataset are available on our website."),
    ]),
    T("n_research", sender="account:Institute for European Affairs Lisbon", steps=[
        ("n", "0", "IEAL Policy Brief No. 77 — \"Digital sovereignty on a budget: options for smaller member states\"\n\nAuthors: Dr. Marta Quelhas and Jonas Pettersen\n\nThe brief argues that smaller states can achieve more by pooling procurement for cloud and identity services than by building national champions. It sets out three scenarios and their costs.\n\nAvailable in English and Portuguese on our website."),
        ("n", "16d", "IEAL Policy Brief No. 78 — \"The new migration pact: implementation gaps in southern Europe\". Authors: Dr. Ibrahim Tounkara and Filipa Gaspar. Now online."),
    ]),
    T("n_research", sender="account:Fenwick Analytics", steps=[
        ("n", "0", "Fenwick Vendor Ratings: Clinical Engagement Platforms, H2\n\nDear subscriber,\n\nThe H2 ratings for clinical engagement platforms have been published. Four vendors moved up a tier this cycle; two were moved to 'watch' following product consolidation. Scores for usability and accessibility were weighted higher this year at the request of our hospital members.\n\nSubscribers can access the full report and vendor profiles through the research portal.\n\nFenwick Analytics"),
    ]),
    T("n_research", sender="account:Eastlake Energy Commentary", steps=[
        ("n", "0", "Energy Week #146: gas storage at 94%, wind curtailment in Iberia, and the grid-connection queue\n\nIberian wholesale prices fell below €20/MWh for six hours on Sunday as wind and solar overshot demand. Curtailment is now a weekly event; without storage, the next 5GW of solar will earn less than its backers assume. Meanwhile, the grid-connection queue in Portugal passed 40GW.\n\nFull commentary and charts online."),
    ]),
    T("n_research", sender="account:The Ledger Weekly", steps=[
        ("n", "0", "Issue 318 is attached (PDF). Inside: the housing minister interview, the tech visa backlog, and our guide to the autumn art fairs.\n- ledger_weekly_318.pdf"),
        ("n", "7d", "Issue 319 attached. Cover story: 'Who owns the Algarve?'\n- ledger_weekly_319.pdf"),
        ("n", "7d", "Issue 320 attached — our annual Lisbon 100 list of people to watch.\n- ledger_weekly_320.pdf"),
        ("n", "7d", "Issue 321 attached.\n- ledger_weekly_321.pdf"),
    ]),
    T("n_research", sender="account:Whitmore FX Strategy", steps=[
        ("n", "0", "FX Daily — EUR/USD: range trading ahead of Jackson Hole\n\nWe remain neutral EUR/USD within 1.08–1.10. A dovish surprise from the Fed would push us to the top of the range; a hawkish one is largely priced. GBP: UK wage data on Tuesday is the key risk. Trade ideas unchanged.\n\nThis material is for institutional clients and is not investment advice."),
    ]),
    T("n_research", sender="person", hl="Economist | Professor at Atlântida Business School", p="x", conn="old", steps=[
        ("n", "0", "New on the blog: \"The productivity puzzle, again\" — why Portuguese firms with the same tech as their Spanish peers produce 20% less per worker. Spoiler: it's management, not machines. Thread and charts on my profile."),
    ]),
    T("n_research", sender="account:Kappa Health Intelligence", p="li", channel="sponsored", steps=[
        ("n", "0", "Report: The State of Patient Experience in Europe 2026\n\nWe surveyed 11,000 patients in 9 countries about booking, waiting, and follow-up. Key finding: patients forgive long waits if they are kept informed, but not short waits with silence.\n\nDownload the report to see country breakdowns and the 12 experience drivers."),
    ]),
    T("n_research", sender="account:Northgate Equity Research", steps=[
        ("n", "0", "Northgate | Software: Q3 earnings preview\n\nWe preview 14 European software names into Q3 prints. We expect in-line revenue and a modest beat on margins as hiring slows. Preferred: Dassano, Kvist Systems. Least preferred: Ormond Cloud.\n\nPlease see attached for disclosures and price targets.\n- Northgate_software_Q3_preview.pdf"),
    ]),
    T("n_research", sender="account:Practical Research Notes", p="li", conn="old", steps=[
        ("n", "0", "Practical Research Notes #64 — recruiting participants who are not your power users\n\nThis week: why your research panel is quietly biased towards the keen, four ways to reach people who stopped using the product, and a short case study from a pharmacy chain. Plus the question of the week: do you pay participants who no-show?\n\nFull issue on the web."),
    ]),
    T("n_research", sender="account:Lusitania Ratings", steps=[
        ("n", "0", "Lusitania Ratings affirms Republic of Portugal at 'A-', outlook revised to Positive\n\nThe revision reflects the continued decline in general government debt, a sustained current account surplus and reduced banking sector risks. Full rating action commentary attached.\n- LR_Portugal_sovereign_action.pdf"),
    ]),
    T("n_research", sender="account:Atrium Property Research", steps=[
        ("n", "0", "Lisbon Office Market — Q3 snapshot\n\nTake-up: 61,000 m² (+12% y/y)\nVacancy: 8.1% overall, 3.4% in the CBD\nPrime rent: €29/m²/month, a new high\nPipeline: 180,000 m² to 2028, 40% pre-let\n\nThe flexible office segment continues to grow, with three new operators entering the Parque das Nações submarket.\n\nFull snapshot attached.\n- Atrium_Lisbon_office_Q3.pdf"),
    ]),
    T("n_research", sender="person", hl="Design critic. Writing 'Proof' — a weekly letter on design and power.", steps=[
        ("n", "0", "Proof, no. 112 — The button that says no\n\nThis week I wrote about refusal in interfaces: the 'No thanks, I don't like saving money' dark pattern, the cancel flows that require a phone call, and the rare products that make leaving as easy as joining. There's a small gallery of the worst offenders at the end, sent in by readers.\n\nIf you have examples for a follow-up, just hit reply. Thank you for reading.\n\n<<first>>"),
        ("n", "7d", "Proof, no. 113 — Notes from a hospital corridor\n\nA personal one this week. I spent four days visiting my father in hospital and couldn't stop noticing the signage, the forms, the bedside tablet nobody used. Some thoughts on what design can and can't fix in a place like that.\n\n<<first>>"),
    ]),
    T("n_research", sender="account:Cardinal Bay Partners", steps=[
        ("n", "0", "Quarterly letter to our network — Q3\n\nDear friends,\n\nThis quarter we look at the state of early-stage funding in southern Europe: seed rounds are getting bigger, but there are fewer of them; Series A investors are asking for €1.5M+ ARR; and vertical software in health and logistics continues to outperform horizontal tools. We also share what we learned from 200 founder conversations about pricing.\n\nThe full letter is attached.\n\nThe Cardinal Bay team\n- CBP_Q3_letter.pdf"),
    ]),
    T("n_research", sender="account:Meridian Policy Institute", history="partial", steps=[
        ("n", "0", "The Meridian Weekend: five things we read this week and one we disagreed with. Plus our annual report is out, and it includes, for the first time, a breakdown of our funding by source."),
    ]),
    T("n_research", sender="account:Ansel Workplace Insights", steps=[
        ("n", "0", "Workplace Insights — November\n\nOur monthly look at how people work:\n• Office attendance in Lisbon reached 62% of pre-pandemic levels, the highest in southern Europe\n• Four-day week pilots: results from 31 companies after 12 months\n• The rise of 'coffee badging' and what managers do about it\n\nThe report and charts are available on our website."),
    ]),
    T("n_research", sender="account:Castellan Securities Research", history="partial", steps=[
        ("n", "0", "Sector note: Iberian Telecoms — consolidation round two? We think the next deal is in Spain, not Portugal. Note attached.\n- CSR_telecoms_sector.pdf"),
    ]),
    T("n_research", sender="account:Pressroom Review", steps=[
        ("n", "0", "Your November issue of Pressroom Review is ready to download.\n\nIn this issue: the collapse of local newspapers in the interior, a profile of the last linotype operator in Porto, and our survey of newsroom salaries.\n\nLog in to read online or download the PDF and EPUB versions."),
    ]),
    T("n_research", sender="account:Polaris Analyst Relations", steps=[
        ("n", "0", "Polaris Wave™: Product Roadmapping Software, Q4 — now published\n\nThe evaluation covers 11 vendors across 28 criteria, including strategy alignment, portfolio views, integrations and accessibility. Leaders, strong performers and contenders are profiled in the full report, available to Polaris clients in the research portal."),
    ]),
    T("n_research", sender="account:Meadowcroft Institute", p="li", steps=[
        ("n", "0", "Reading list: Ageing and technology\n\nOur researchers picked eight papers, two books and one documentary for anyone working on products for older adults. Includes our own report on digital exclusion after 75, and a great piece on why older users abandon telehealth after the first call.\n\nFind the list on our site."),
    ]),
    T("n_research", sender="person", hl="Chief Investment Officer at Arcadia Wealth", steps=[
        ("n", "0", "Dear clients and friends,\n\nPlease find below my monthly market commentary.\n\nOctober was a month of two halves: a sharp sell-off in the first fortnight, driven by rates, and a recovery led by technology earnings. We used the weakness to add modestly to European small caps and to extend duration in the bond portfolios. We remain cautious on US valuations and continue to hold gold as a hedge.\n\nAs always, please do not hesitate to contact your relationship manager with questions.\n\nWith best regards,\n<<full>>\nChief Investment Officer"),
    ]),
    T("n_research", sender="account:Grainger Quarterly", steps=[
        ("n", "0", "Grainger Quarterly, Winter edition: now online. Essays on slowness in software, the politics of standards bodies, and a short story by Mina Alvarenga. Print copies ship on the 2nd."),
    ]),
    T("n_research", sender="account:Harbour Street Research", history="partial", steps=[
        ("n", "0", "Harbour Street Notes: Pricing pages teardown\n\nWe looked at 150 SaaS pricing pages. 72% now show annual pricing by default, 18% hide the enterprise tier entirely, and only 9 list a price for a design-seat add-on. The full teardown with screenshots is on our blog."),
    ]),
    T("n_research", sender="account:Atlântico Think Tank", steps=[
        ("n", "0", "Commentary | The budget nobody read\n\nOur director of fiscal policy, Carlos Baptista Reis, on the 2027 budget proposal: the spending review was skipped, again, and the tax changes favour the already-favoured. Read the commentary on our website; the full budget analysis follows next week."),
        ("n", "8d", "Budget analysis 2027 — full report now available. 46 pages, 20 charts, one uncomfortable conclusion about public investment execution."),
    ]),
    T("n_research", sender="account:Orbis Climate Desk", p="x", conn="old", steps=[
        ("n", "0", "New briefing: heatwaves and hospital admissions in southern Europe, 2003–2025. Admissions rise 9% per degree above 35°C. Full briefing + data in our research section 📈"),
    ]),
    T("n_research", sender="account:Lindqvist & Hale Research", steps=[
        ("n", "0", "Attached please find this week's credit note.\n- LH_credit_weekly_44.pdf"),
        ("n", "7d", "Attached please find this week's credit note.\n- LH_credit_weekly_45.pdf"),
    ]),
    T("n_research", sender="account:The Interface Digest", steps=[
        ("n", "0", "The Interface Digest — issue 201\n\nThe best writing on product design from the past fortnight, picked by our editors:\n• 'Microcopy is policy' — a deep dive into error messages in tax software\n• A case study on redesigning a railway booking flow for screen-reader users\n• 'The slow death of the hamburger menu (not really)'\n• Tools: three new plugins worth trying\n\nSee you in two weeks."),
    ]),
]

THREADS += [
    T("n_research", sender="account:Solent Macro Partners", steps=[
        ("n", "0", "Chart Book — December\n\nOur monthly chart book is attached: 40 charts on growth, inflation, labour markets and positioning. New this month: a section on AI capex and its contribution to US GDP growth.\n\n- SMP_chartbook_dec.pdf"),
    ]),
    T("n_research", sender="account:Design Quarterly Review", history="partial", steps=[
        ("n", "0", "The Winter issue is online: \"Maintenance\". With essays on repair cafés, the people who keep legacy hospital software alive, and a conversation with the designer of Lisbon's 1990s metro signage."),
    ]),
    T("n_research", sender="account:Moreira & Vaz Economic Consulting", steps=[
        ("n", "0", "Nota Económica | Economic Note No. 19\n\nTourism accounted for 16.4% of Portugal's exports in the first nine months of the year. In this note we look at the concentration risk, the regional distribution of receipts, and what a 10% fall in UK arrivals would mean for the Algarve. English version attached.\n\n- MV_economic_note_19_EN.pdf"),
    ]),
    T("n_research", sender="person", hl="Senior Analyst, Digital Health — Fenwick Analytics", p="li", steps=[
        ("n", "0", "For my network: I've published a new note on why digital front doors in hospitals stall after launch. It's based on interviews with 18 CIOs and heads of patient experience. The short version: nobody owns the journey after the first click. Free to read on the Fenwick blog.\n\nThanks to everyone who took part in the interviews."),
    ]),
    T("n_research", sender="account:Tidewater Usability Group", history="partial", steps=[
        ("n", "0", "New article: onboarding in B2B tools — we tested 12 products with 48 admins. The biggest drop-off wasn't in setup; it was in inviting the second user. Findings and recommendations on our site."),
    ]),
]

# =================================================================================================
# n_political: campaigns, elected officials, constituent newsletters, petitions, advocacy alerts
# =================================================================================================
THREADS += [
    T("n_political", sender="account:Dana Whitcombe for Congress", steps=[
        ("n", "0", "Fwd: our end-of-month deadline\n\nJordan,\n\nI'm forwarding this because I don't think you saw it. We are $18,400 short of our end-of-month goal, and midnight on the 30th is the last FEC deadline before the primary. Our opponent's super PAC just booked another $600K in TV.\n\nIf you can chip in $10, $25, or whatever you can, it would mean the world to this campaign.\n\nThank you,\nDana"),
        ("n", "2d", "Jordan — 4 hours left. Still $6,210 to go. Can you chip in before midnight?"),
        ("n", "1d", "We did it. Because of supporters like you, we beat our end-of-month goal by $3,000. I'm grateful beyond words. Now let's go win this thing. — Dana"),
    ]),
    T("n_political", sender="account:Friends of Marisa Lund", steps=[
        ("n", "0", "re: your support\n\nHi there,\n\nI wanted to personally say thank you. Our grassroots campaign for State Senate is powered by people like you, not by corporate PACs. This week we knocked on 4,800 doors and the response has been incredible.\n\nWe have one big ask: we're trying to recruit 50 new volunteers before Election Day. Can you give us three hours on a Saturday? Shifts are listed on our volunteer page.\n\nGratefully,\nMarisa Lund\nCandidate for State Senate, District 14\n\nPaid for by Friends of Marisa Lund"),
    ]),
    T("n_political", sender="account:Office of Representative Hal Brennan", steps=[
        ("n", "0", "News from Representative Hal Brennan\n\nDear Friend,\n\nIt has been a busy month in Washington and at home. Here's what I've been working on for you:\n\n• The Rural Clinics Act passed the House with bipartisan support. It would keep 140 clinics in our region open.\n• My office helped 312 constituents with passports, veterans' benefits and Social Security claims this quarter.\n• I held four town halls across the district. Thank you to everyone who came and asked tough questions.\n\nCasework reminder: if you are having trouble with a federal agency, my district office can help. \n\nIt is an honor to serve you.\n\nHal Brennan\nMember of Congress"),
        ("n", "30d", "News from Representative Hal Brennan\n\nDear Friend,\n\nI'd like to invite you to my telephone town hall on Thursday at 7pm Eastern. I'll give an update on the farm bill negotiations and answer your questions live. You can dial in or listen on my website.\n\nAlso this month: applications for service academy nominations close on 31 October.\n\nSincerely,\nHal Brennan"),
    ]),
    T("n_political", sender="account:Save the Tagus Estuary", p="x", conn="old", steps=[
        ("n", "0", "🚨 They want to build a second airport runway straight through the estuary's bird reserve. The public consultation closes on Friday. Add your name to the petition — we're at 41,300 signatures, aiming for 50k."),
        ("n", "4d", "50,000 🐦 THANK YOU. We delivered the petition to the Ministry this morning. Next step: the consultation hearing on the 19th. Come and fill the room."),
    ]),
    T("n_political", sender="account:Digital Rights Alliance", steps=[
        ("n", "0", "ACTION ALERT: The Data Retention Regulation goes to a committee vote on Tuesday\n\nThe committee will vote on a text that would require messaging services to store metadata for 12 months and scan private messages. This would break encryption for everyone.\n\nWhat you can do:\n1. Email your MEP using our tool (it takes two minutes)\n2. Share this alert with three friends\n3. If you can, call their office on Monday\n\nWe stopped this once in 2024. We can do it again.\n\nThe Digital Rights Alliance team"),
        ("n", "5d", "Update: the committee vote was postponed after 19 MEPs asked for a legal opinion. This is your doing — over 60,000 emails were sent. It isn't over. We'll write when the new date is set."),
    ]),
    T("n_political", sender="person", hl="Volunteer, Dana Whitcombe for Congress", copies=3, steps=[
        ("n", "0", "Hi! This is <<first>>, a volunteer with Dana Whitcombe's campaign. The primary is on June 4th and we're reaching out to supporters in our network. Can we count on your vote for Dana? Reply YES and I'll send you your polling place info 🗳"),
    ]),
    T("n_political", sender="account:Councillor Priya Anand", steps=[
        ("n", "0", "Your councillor's update — Harbourside Ward\n\nDear residents,\n\nA quick round-up from the ward:\n- The pedestrian crossing on Quay Road is finally approved; works start in March.\n- I've asked the council to review the bin collection changes after many of you got in touch.\n- The library will keep its Saturday opening hours, following the consultation.\n- My next surgery is on Saturday 8th, 10am–12pm, at the community centre. No appointment needed.\n\nAs ever, do get in touch about anything affecting you.\n\nBest wishes,\nCllr Priya Anand"),
    ]),
    T("n_political", sender="account:Americans Voting Abroad – Portugal", steps=[
        ("n", "0", "Overseas voters: your ballot request deadline is approaching\n\nIf you are a US citizen living in Portugal, you need to send a new Federal Post Card Application every calendar year to receive an absentee ballot. Ask your state for an electronic ballot to avoid postal delays.\n\nOur volunteers are holding voter registration tables at the Lisbon Book Fair on 1 and 8 June. Stop by if you need help.\n\nThis is a non-partisan voter assistance group."),
    ]),
    T("n_political", sender="account:Senator Elaine Ferro", steps=[
        ("n", "0", "Happy Thanksgiving from Senator Ferro\n\nDear friends,\n\nFrom my family to yours, I wish you a happy and peaceful Thanksgiving. This year, I am especially thankful for the nurses, farmers and volunteers I met on my tour of the state, and for every one of you who took the time to write to my office.\n\nMy offices will be closed on Thursday and Friday.\n\nWith gratitude,\nElaine Ferro\nUnited States Senator"),
    ]),
    T("n_political", sender="account:Open Streets Lisbon", p="x", conn="old", steps=[
        ("n", "0", "car-free sunday on Av. Almirante Reis is CONFIRMED for 5 Oct 🚲🌳 we need 40 marshals. volunteer form in bio, free t-shirt + eternal gratitude"),
        ("n", "9d", "thank you to the 12,000 people who came out on Sunday!! now the real ask: the city council votes on making it monthly on the 23rd. write to your councillors, template on our site"),
    ]),
    T("n_political", sender="account:Kessler for Governor", steps=[
        ("n", "0", "Jordan, we have a problem.\n\nThe latest poll has us TIED. Tied! After months of work, it comes down to who can reach voters in the final weeks. The other side has a billionaire writing checks. We have you.\n\nWill you rush a contribution of $27 before Friday's deadline?\n\n- Team Kessler"),
        ("n", "1d", "FINAL NOTICE: Your 5X match expires at midnight. Every $1 you give becomes $5. Don't let this pass, Jordan."),
        ("n", "1d", "Jordan?? 3 hours left."),
        ("n", "2d", "Jordan, did you see this? Mark just recorded a short video for our closest supporters. Watch it and then chip in to help us air it statewide."),
    ]),
    T("n_political", sender="account:MEP Annika Strand", steps=[
        ("n", "0", "Letter from Brussels — November\n\nDear friends,\n\nThis month the Parliament adopted its position on the AI liability directive, and I'm proud that our amendments on accessibility and public-sector transparency survived. I also led a delegation to the Azores to meet fishing communities about the new quota rules.\n\nUpcoming: my open office in Lisbon on 12 December, 17–19h, at the European Parliament liaison office. All citizens are welcome, no appointment needed.\n\nWith warm regards,\nAnnika Strand\nMember of the European Parliament"),
    ]),
    T("n_political", sender="account:Designers for Democracy", p="li", steps=[
        ("n", "0", "Call for volunteers: ballot design review\n\nFor the upcoming municipal elections, we're partnering with three electoral commissions to review ballot papers and polling-station signage for clarity and accessibility. We need designers with experience in print, information design or accessibility audits, about 6–10 hours over November.\n\nThis is volunteer work. Sign up through the form on our page and we'll match you to a commission."),
    ]),
    T("n_political", sender="account:Citizens for Fair Housing", steps=[
        ("n", "0", "PETITION: Cap short-term rental licences in historic neighbourhoods\n\nIn Alfama, more than half of homes are now short-term rentals. Families who lived here for generations are leaving. We are asking the City Council to freeze new licences in neighbourhoods where they exceed 25% of housing stock.\n\nWe need 7,500 signatures to force a council debate. Please sign and share.\n\nCitizens for Fair Housing"),
    ]),
    T("n_political", sender="account:Whitcombe for Congress", history="partial", steps=[
        ("n", "0", "OFFICIAL 2026 SUPPORTER SURVEY\n\nJordan, your response is requested. Dana wants to hear from supporters about the issues that matter most before the next debate. It takes 2 minutes:\n\n1. Healthcare costs\n2. Housing\n3. Climate\n4. Protecting democracy\n\nAfter you respond, you'll have the chance to chip in to support our work."),
        ("n", "3d", "re: survey\n\nWe still haven't received your response to the Official 2026 Supporter Survey, Jordan. It'll take 60 seconds."),
    ]),
    T("n_political", sender="account:Joana Rebocho – Vereadora", steps=[
        ("n", "0", "Newsletter from your councillor — Arroios & Penha de França\n\nDear neighbours,\n\nSome good news for the parish: the playground on Jardim Constantino reopens next week after the renovation, and the municipality has approved the new health centre on Rua de Angola, with works starting in 2027.\n\nI know the parking situation remains the number one concern I hear about. I will present a motion at the next council meeting to extend residents' parking zones.\n\nMy office hours are every Tuesday from 17:00 in the Junta de Freguesia.\n\nJoana Rebocho\nCity Councillor"),
    ]),
    T("n_political", sender="account:Green Horizon Party", p="x", conn="old", steps=[
        ("n", "0", "🌱 Our national congress is in Coimbra on 14–15 Nov. Members can still register as delegates until Friday. Non-members welcome at Saturday's open sessions."),
    ]),
    T("n_political", sender="account:Committee to Elect Ruth Anand", steps=[
        ("n", "0", "Fwd: Fwd: can you believe this?\n\nJordan,\n\nLook at what our opponent said on the radio this morning — that libraries are 'a luxury we can't afford'. I'm not making this up.\n\nI believe every child deserves a library card and a librarian who knows their name. If you agree, add your name to our Libraries Pledge and help us show the city where voters stand.\n\nRuth"),
    ]),
    T("n_political", sender="account:Office of Senator Elaine Ferro", history="partial", steps=[
        ("n", "0", "Senator Ferro's Weekly Update\n\n• Introduced the Fair Drug Pricing Act with Senator Okonkwo\n• Secured $42 million for the river crossing replacement\n• Met with students from Ridgeway High School on their Washington trip\n• Reminder: summer internship applications are open until 15 February\n\nTo sign up for the Senator's newsletter or to share your views, visit the Senator's website."),
        ("n", "7d", "Senator Ferro's Weekly Update\n\n• Voted to extend the child tax credit\n• Chaired a hearing on rural broadband delays\n• Hosted the annual veterans' breakfast in Millbrook\n\nAs always, my staff are here to help with federal casework."),
    ]),
    T("n_political", sender="account:Bike Lanes for Porto", steps=[
        ("n", "0", "Town hall on the Boavista cycle lane — Thursday 19h\n\nThe city is holding a public session on the proposed protected lane on Avenida da Boavista. The car lobby will be there in force. We need cyclists, parents, shop owners who support it to show up and speak. Three minutes each. Bring a friend.\n\nPlace: Biblioteca Almeida Garrett auditorium."),
    ]),
    T("n_political", sender="account:Dana Whitcombe for Congress", history="partial", steps=[
        ("n", "0", "Jordan, this is a personal note.\n\nI know you get a lot of these emails. I'm sorry about that, I really am. But the truth is, this race will be decided by a few thousand votes, and the money we raise this week pays for the last round of door-knocking.\n\nIf you've been waiting for the right moment to give, this is it.\n\nDana"),
        ("n", "3d", "Jordan, I'll keep this short: three days left, and we're still $9,000 behind. Chip in $5?"),
    ]),
    T("n_political", sender="account:Movimento Aberto", steps=[
        ("n", "0", "Dear supporter,\n\nThe results are in: Movimento Aberto elected 4 members to the Lisbon Municipal Assembly, up from 1. Thank you to every volunteer who handed out leaflets in the rain, every donor, and every voter.\n\nOur elected members will hold their first public meeting on 6 November at the Casa do Alentejo. Come and tell them what you expect.\n\nIn gratitude,\nThe Coordinating Committee"),
    ]),
    T("n_political", sender="account:Friends of Marisa Lund", history="partial", steps=[
        ("n", "0", "Quick update from the trail: early voting starts Monday and our turnout team needs drivers to get seniors to the polls. If you have a car and two free hours, sign up on the volunteer page. Thanks! — Team Lund"),
    ]),
    T("n_political", sender="account:Clean Air Coalition", p="li", steps=[
        ("n", "0", "Your city's air quality data is now public — and it's not pretty\n\nAfter two years of campaigning, the environment agency has published street-level nitrogen dioxide readings. Eight streets in central Lisbon exceed the legal limit. We're asking members to write to the Mayor demanding a low-emission zone before the 2027 deadline.\n\nUse our letter template or write your own. Local stories carry the most weight."),
    ]),
    T("n_political", sender="account:Office of Representative Hal Brennan", history="partial", steps=[
        ("n", "0", "Happy Independence Day from Congressman Brennan! Please note that all district offices will be closed on Friday 4 July. Wishing you a safe and joyful holiday with family and friends."),
    ]),
    T("n_political", sender="account:Progressives Abroad Lisbon", steps=[
        ("n", "0", "Hi all,\n\nA reminder that our branch meeting is this Wednesday at 19:30 upstairs at The Tipsy Heron. On the agenda: the overseas voters campaign, a report from conference, and planning the Christmas social.\n\nNew members and curious non-members very welcome.\n\nIn solidarity,\nBranch Secretary"),
    ]),
    T("n_political", sender="account:Kessler for Governor", history="partial", steps=[
        ("n", "0", "re: Your 2026 membership\n\nJordan, our records show you haven't activated your 2026 Kessler Supporter Membership. Activate it now with a contribution of any amount."),
    ]),
    T("n_political", sender="account:Parents for Safe Schools", steps=[
        ("n", "0", "Urgent: school budget vote on Monday\n\nParents,\n\nThe district will vote Monday on cutting 38 teaching assistant posts. Please come to the board meeting at 6:30pm at the district office. If you can't come, email the board members (addresses below) and tell them how TAs help your child.\n\nWe'll have signs at the door.\n\nParents for Safe Schools"),
    ]),
    T("n_political", sender="account:Tomás Esteves – Candidate for Mayor of Oeiras", p="x", steps=[
        ("n", "0", "Thank you Oeiras! 🙏 Tonight we won with 43%. To those who voted for me and to those who didn't: I will be mayor for all of you. We start work on Monday."),
    ]),
    T("n_political", sender="account:Prisoners of Conscience Circle Lisbon", steps=[
        ("n", "0", "Letters for Liberty — letter-writing marathon\n\nJoin us on Saturday 6 December, from 14:00 to 20:00 at the Biblioteca de São Lázaro, to write letters in support of ten individuals at risk around the world. We provide paper, stamps, addresses, case summaries and cake.\n\nCan't come? Write from home using the case pack on our website.\n\nLisbon Circle Coordinators"),
    ]),
    T("n_political", sender="account:Union of Independent Workers", p="li", steps=[
        ("n", "0", "Freelancers: the social security reform needs your voice\n\nThe government's proposal would raise contributions for self-employed workers by up to 3 points. We've prepared a short submission for the public consultation and need 2,000 co-signatories by 15 October. Read it, and if you agree, add your name.\n\nWe'll also hold an online briefing on Wednesday at 18:30."),
    ]),
    T("n_political", sender="account:Whitcombe for Congress", history="partial", steps=[
        ("n", "0", "JORDAN: We just got some bad news\n\nOur opponent outraised us by $240,000 last quarter. I won't sugarcoat it. But we have something they don't: thousands of grassroots supporters. If every person reading this gives $15, we'll close the gap by Sunday."),
    ]),
    T("n_political", sender="account:Senator Elaine Ferro", history="partial", steps=[
        ("n", "0", "Season's greetings\n\nAs the year comes to a close, I want to thank you for your engagement this year. Whether you wrote, called, or came to a town hall, your voice shaped the work of this office. Warm wishes for the holidays and a healthy New Year.\n\nElaine"),
    ]),
    T("n_political", sender="account:Rebuild Our Railways", steps=[
        ("n", "0", "The Linha do Vale upgrade has been delayed AGAIN. 📉\n\nIt has now been delayed six times since 2016. We're organising a protest ride from Coruche to Lisbon on Saturday 18 October. Buy a ticket, wear something yellow, and bring a sign. Meet at Coruche station at 9:15.\n\nRebuild Our Railways"),
    ]),
    T("n_political", sender="account:Committee to Elect Ruth Anand", history="partial", steps=[
        ("n", "0", "Join us at a town hall in your neighbourhood\n\nRuth will be holding five neighbourhood town halls this month. Come with questions about housing, schools, safety — anything. No script, no speeches longer than five minutes.\n\nEastside Community Centre — Tue 7pm\nRiverside Library — Thu 6:30pm\nSt. Jude's Hall — Sat 11am\n\nSee you there!\nTeam Anand"),
    ]),
    T("n_political", sender="account:Democracy Matters Portugal", steps=[
        ("n", "0", "Our monthly update\n\nThis month: our report on lobbying transparency was presented to the parliamentary committee; 3 parties have committed to supporting a public lobbying register; and our volunteers trained 120 election observers for the municipal elections.\n\nThank you for being part of this. We are funded entirely by individual supporters."),
    ]),
    T("n_political", sender="account:Dana Whitcombe for Congress", history="partial", steps=[
        ("n", "0", "Tonight's debate starts at 8. Watch with us! We'll be live-posting from the campaign account, and Dana will join supporters on a call right after. And if she wins the debate (she will), chip in $8 to celebrate."),
    ]),
    T("n_political", sender="account:Residents Against the Incinerator", steps=[
        ("n", "0", "PUBLIC MEETING – Thursday – Parish Hall – 7.30pm\n\nThe company has submitted revised plans. The deadline for objections is in 21 days. Come and hear what has changed, and how to write an objection that counts. Bring your neighbours. Tea and biscuits provided."),
    ]),
    T("n_political", sender="account:Kessler for Governor", history="partial", steps=[
        ("n", "0", "Jordan, Mark asked me to send you this personally: he's hosting a supporter call tonight at 8pm and would love for you to join. It's for our most loyal supporters only. RSVP to get the dial-in."),
    ]),
    T("n_political", sender="account:Office of Councillor Priya Anand", history="partial", steps=[
        ("n", "0", "Harbourside Ward update — consultation on the waterfront plan\n\nDear residents,\n\nThe council's consultation on the waterfront masterplan opens today and runs for eight weeks. There will be two drop-in exhibitions at the community centre (14th and 21st, 3pm–8pm). I'd strongly encourage everyone to respond, especially on the proposed height limits.\n\nBest wishes,\nPriya"),
    ]),
    T("n_political", sender="account:Marine Life Trust", p="x", conn="old", steps=[
        ("n", "0", "We're so close! 🐋 The bottom-trawling ban petition is at 96k. At 100k parliament must debate it. Sign + share today pls"),
    ]),
    T("n_political", sender="account:Neighbours for Lumiar", steps=[
        ("n", "0", "Hello neighbours,\n\nWe have until Friday to submit comments on the proposed tower block at the old tram depot. Our group has prepared a short guide to writing a comment (attached). The main issues are the height, the lack of affordable units and the loss of the plane trees.\n\nEvery comment is read and counted.\n\nNeighbours for Lumiar\n- guide_to_commenting.pdf"),
    ]),
    T("n_political", sender="account:Young Reformers Lisbon", p="li", steps=[
        ("n", "0", "Policy weekend — registrations open\n\nThree days of debate on housing, digital policy and European integration, with sessions led by MPs and policy researchers. 21–23 November, Sesimbra. Student price €60 including accommodation. Members and sympathisers welcome."),
    ]),
    T("n_political", sender="person", hl="Volunteer at Whitcombe for Congress", history="partial", copies=2, steps=[
        ("n", "0", "Hey, it's <<first>> from Team Whitcombe again! Early voting ends Friday. Do you have a plan to vote? If you need a ride or your polling location, just let me know. Thanks for supporting Dana 💙"),
    ]),
    T("n_political", sender="account:Friends of Marisa Lund", history="partial", steps=[
        ("n", "0", "We won!\n\nFriend, I'm still pinching myself. Thanks to you, I'll be your next State Senator for District 14. I promise to work every day for the families who put me there. Tonight, we celebrate. Tomorrow, we get to work.\n\nWith love and gratitude,\nMarisa"),
    ]),
    T("n_political", sender="account:Digital Rights Alliance", history="partial", steps=[
        ("n", "0", "The new vote date is set: 4 March. We have three weeks. Here's our plan, and how you can help: emails, a call day on 25 February, and a street action outside the Parliament office in Lisbon on the 1st. Details on our site."),
    ]),
    T("n_political", sender="account:Office of MEP Annika Strand", history="partial", steps=[
        ("n", "0", "Invitation: citizens' dialogue on the future of rail in Europe\n\nMEP Annika Strand invites you to a citizens' dialogue on 15 January, 18:30, at the Lisbon Design Museum auditorium. Free entry, registration required. Simultaneous interpretation PT/EN available."),
    ]),
    T("n_political", sender="account:Kessler for Governor", history="partial", steps=[
        ("n", "0", "Jordan, thank you. Whatever the result tomorrow, we built something together. Polls open at 7am. Find your polling place, bring a friend, and vote Kessler. - Mark"),
    ]),
    T("n_political", sender="account:Voters Together", steps=[
        ("n", "0", "Are you registered at your current address?\n\nIf you moved in the last two years, you might not be. It takes 3 minutes to check. Registration for the November election closes on 14 October.\n\nVoters Together is a non-partisan organisation. We do not endorse candidates."),
    ]),
    T("n_political", sender="account:Committee to Elect Ruth Anand", history="partial", steps=[
        ("n", "0", "Fwd: from Ruth's mom\n\nHi, this is Ruth's mom, Carol. Ruth doesn't know I'm writing this. I just want to say how proud I am of her, and how hard she works. If you can help her campaign with a few dollars, I'd be so grateful. — Carol"),
    ]),
    T("n_political", sender="account:Office of Representative Hal Brennan", history="partial", steps=[
        ("n", "0", "Constituent Survey: Representative Brennan wants to hear from you\n\nDear Friend,\n\nWhat should Congress prioritise next year? Please take two minutes to answer four questions. Your answers help me represent you better.\n\nThank you,\nHal"),
    ]),
    T("n_political", sender="account:Stop the Cuts Coalition", p="x", steps=[
        ("n", "0", "MARCH ON SATURDAY. 14h Marquês de Pombal → Assembleia da República. bring your family, bring your banners, bring water ✊"),
    ]),
    T("n_political", sender="account:Green Horizon Party", history="partial", steps=[
        ("n", "0", "Dear members,\n\nThank you to the 412 delegates who made our congress in Coimbra a success. The new manifesto, the elected national council, and the full video of the debates are now available in the members' area. Next stop: the European elections.\n\nThe National Secretariat"),
    ]),
    T("n_political", sender="account:Open Streets Lisbon", history="partial", steps=[
        ("n", "0", "IT PASSED 🎉 car-free sundays on Almirante Reis, first sunday of every month from January. thank you to everyone who wrote to their councillor. see you on the avenue"),
    ]),
    T("n_political", sender="account:Dana Whitcombe for Congress", history="partial", steps=[
        ("n", "0", "Thank you.\n\nWe came up short tonight. 1,204 votes. I called my opponent to concede. I'm not going to pretend this doesn't hurt, but I'm so proud of the campaign we ran together. I'll have more to say in the coming days about what's next.\n\nDana"),
    ]),
    T("n_political", sender="account:Citizens for Fair Housing", history="partial", steps=[
        ("n", "0", "We reached 7,500! The council debate is scheduled for 11 December. We'll need people in the public gallery. Save the date and we'll send details."),
    ]),
    T("n_political", sender="account:Councillor Priya Anand", history="partial", steps=[
        ("n", "0", "Merry Christmas and a happy New Year to all residents of Harbourside Ward. A reminder that bin collections move by one day over the holidays — the full schedule is on the council website. Priya"),
    ]),
]

THREADS += [
    T("n_political", sender="account:Sunrise Teachers' Union", steps=[
        ("n", "0", "Strike ballot result\n\nColleagues,\n\nThe ballot closed at noon. Turnout 71%, 88% in favour of action. The executive meets tonight to set dates. Please do not take any action until you hear from your school rep. Stay united.\n\nGeneral Secretary"),
    ]),
    T("n_political", sender="account:Kessler for Governor", history="partial", steps=[
        ("n", "0", "We can't stop now, Jordan. Our new ad goes up in 48 hours but we're $31,000 short of the buy. Split a gift between Mark and our down-ballot candidates? 👉 $10 👉 $25 👉 $50"),
    ]),
    T("n_political", sender="person", hl="Constituency Office Manager for Rep. Hal Brennan", p="li", steps=[
        ("n", "0", "Sharing with my network: Congressman Brennan's mobile office hours will be in Millbrook (Tue), Fairhaven (Wed) and Oak Ridge (Thu) next week, 10am–2pm at the public libraries. Staff can help with Medicare, VA, IRS and passport issues. Please pass on to anyone who might need it."),
    ]),
    T("n_political", sender="account:Save the Tagus Estuary", history="partial", steps=[
        ("n", "0", "Dear supporters,\n\nThe environmental impact study for the runway is finally public — all 2,300 pages of it. Our volunteer scientists are reading it so you don't have to. We'll publish a plain-language summary next week, and a guide to submitting objections.\n\nIf you have expertise in ornithology, hydrology or noise modelling and can give a few hours, please reply.\n\nThank you,\nThe Save the Tagus team"),
    ]),
]

# =================================================================================================
# n_internal: company-wide and building-wide announcements
# =================================================================================================
THREADS += [
    T("n_internal", sender="account:Kestrel Health People Team", p="li", conn="old", steps=[
        ("n", "0", "Kestrel Holiday Party — save the date & RSVP 🎄\n\nHi everyone,\n\nThe holiday party is on Friday 12 December from 19:00 at the Armazém 16 warehouse (Rua da Cintura do Porto, next to the river). Dinner, a band, and the return of the Kestrel Quiz, which the Data team has won three years running. Someone stop them.\n\nPartners are welcome. Please RSVP through the form by 28 November and let us know about any dietary requirements.\n\nPeople Team"),
        ("n", "10d", "Reminder: holiday party RSVPs close on Friday! 87 of you have replied so far. We need final numbers for the caterers. Dietary requirements too, please."),
        ("n", "8d", "Last call 🔔 RSVPs close at 17:00 today. Also: the quiz teams are now formed by random draw. Sorry Data team."),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Office closure over the holidays\n\nDear colleagues,\n\nThe Lisbon and Porto offices will be closed from 24 December to 1 January inclusive. Clinical support remains on the usual on-call rota; please check with your manager if you are on it.\n\nPayroll for December will be processed on 19 December.\n\nWishing you all a restful break,\nPeople Team"),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "2027 public holidays and company days off\n\nHere are next year's holidays for the Portuguese offices, plus the two company days (the Friday after Easter Monday and 24 December). Your local municipal holiday applies too, so Lisbon folks get Santo António (13 June), Porto folks get São João (24 June).\n\nThe full calendar is attached and will be in the HR system this week.\n\n- holiday_calendar_2027.pdf"),
    ]),
    T("n_internal", sender="person", hl="CEO at Kestrel Health", steps=[
        ("n", "0", "Team,\n\nI want to share some sad news. Our colleague Ricardo Fontes, who led our clinical partnerships team for four years, passed away on Sunday after a short illness. Many of you worked with him closely and will remember his warmth, his terrible puns and his fierce advocacy for patients.\n\nWe will hold a moment of remembrance in the main hall on Thursday at 12:00, and the Porto office will join by video. His family has asked that instead of flowers, donations go to the palliative care unit that looked after him.\n\nPlease look after each other this week. Our employee assistance line is available 24/7 for anyone who would like to talk.\n\n<<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", steps=[
        ("n", "0", "Benefits enrolment is open until 30 November\n\nDear colleagues,\n\nThe annual benefits window is now open. This is the one time each year you can:\n• add or remove dependants from the health plan\n• switch between the standard and extended dental cover\n• join or change your contribution to the pension plan\n• opt into the new childcare voucher scheme (new this year!)\n\nIf you don't make any changes, your current choices roll over automatically. Drop-in Q&A sessions with our broker take place on Tuesday and Thursday at 13:00 in Meeting Room Tejo.\n\nPeople Team"),
        ("n", "14d", "One week left to make changes to your benefits for 2027. Over 40% of you haven't logged in yet — if you're happy with your current plan, no action is needed."),
    ]),
    T("n_internal", sender="account:Fábrica 9 Building Management", conn="old", steps=[
        ("n", "0", "Building works — lift replacement\n\nDear tenants,\n\nThe east lift will be replaced between 3 November and 19 December. During this time only the west lift and the stairs will be available. Deliveries should use the goods entrance on Rua do Açúcar between 8:00 and 10:00.\n\nThere will be noisy works (drilling) on weekdays between 9:00 and 12:00 during the first two weeks. We apologise for the inconvenience.\n\nBuilding Management\nFábrica 9"),
        ("n", "21d", "Lift works update: we are on schedule. Note that on Saturday 22 November the water supply will be shut off from 8:00 to 14:00 for related plumbing works. Toilets on all floors will be out of use during this time."),
    ]),
    T("n_internal", sender="account:Fábrica 9 Building Management", history="partial", steps=[
        ("n", "0", "FIRE DRILL — Wednesday 10:30\n\nAll occupants must leave the building by the nearest exit and gather at the assembly point in the square. Fire wardens: please collect your vests from reception beforehand. The drill should take no longer than 15 minutes."),
    ]),
    T("n_internal", sender="person", hl="Office Manager at Kestrel Health", steps=[
        ("n", "0", "hiya everyone ☕️ coffee morning on Friday from 10 in the kitchen on the 2nd floor! we're raising money for the children's ward at the Hospital Pediátrico do Vale. homemade cakes very welcome (label anything with nuts pls!!). card machine available. see you there x <<first>>"),
        ("n", "2d", "cakes are OUT 🎂 2nd floor kitchen"),
        ("n", "1d", "THANK YOU!! the coffee morning raised €683 🎉 and there's still half a lemon drizzle left if anyone's hungry. <<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health Internal Comms", p="li", conn="old", steps=[
        ("n", "0", "Q4 All Hands — Thursday 16:00\n\nPlease join your colleagues for the Q4 all-hands in the main hall (Porto and remote colleagues via the usual video link). Agenda:\n1. Where we are on the annual goals\n2. The new patient app — live demo from the product team\n3. Hospital partnerships update\n4. Recognition awards\n5. Open Q&A with the leadership team\n\nSubmit questions in advance (anonymously if you prefer) through the form. Drinks on the terrace afterwards."),
        ("n", "2d", "Missed the all-hands? The recording and slides are now on the intranet. Thanks to everyone who submitted questions; the ones we didn't get to will be answered in writing by Friday."),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Please welcome our new joiners 👋\n\nThis month we welcome seven new colleagues:\n• Lúcia Amaral — Clinical Operations Lead\n• Tom Heddle — Backend Engineer\n• Nasrin Qadri — Data Scientist\n• João Pestana — Customer Success (Porto)\n• Ilse van Ommen — Product Manager, Patient App\n• Bernardo Cruz — Finance Analyst\n• Ayo Bankole — QA Engineer\n\nSay hello, invite them to lunch, and please don't tell them about the coffee machine incident until they've settled in."),
    ]),
    T("n_internal", sender="person", hl="Head of Engineering at Kestrel Health", steps=[
        ("n", "0", "Hi all,\n\nAfter six years, Marta Sequeira is leaving Kestrel at the end of the month to start her own company. Marta built our first integration with a hospital record system — back when we had one server and no idea what HL7 was.\n\nPlease join your colleagues for farewell drinks on Thursday 27th from 18:00 at the Duque bar. There's a card going round the 3rd floor and a collection for a gift.\n\n<<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health IT", steps=[
        ("n", "0", "Wi-Fi migration this weekend\n\nDear colleagues,\n\nOn Saturday we will replace the office Wi-Fi network. From Monday, please connect to KESTREL-CORP using your usual login. The old network (KH-STAFF) will be switched off. Guest Wi-Fi is unchanged.\n\nIf you have a device that won't connect on Monday, come to the IT desk on the 1st floor.\n\nIT Team"),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Summer hours start on 1 July ☀️\n\nFrom July to the end of August, the office closes at 15:00 on Fridays. Please agree cover with your team for anything customer-facing. Core hours on other days remain 10:00–16:00."),
    ]),
    T("n_internal", sender="account:Kestrel Health Wellbeing", steps=[
        ("n", "0", "Flu vaccinations on site — book your slot\n\nThe occupational health nurse will be in the Lisbon office on 14 and 15 October giving flu vaccinations, free for all employees. Slots are 5 minutes; please book through the wellbeing page. Bring your health card.\n\nAlso in Wellbeing Week: a talk on sleep (Tuesday), desk stretches with Pilar (every day at 11:30) and fruit in the kitchen all week."),
    ]),
    T("n_internal", sender="person", hl="Office Manager at Kestrel Health", history="partial", steps=[
        ("n", "0", "Friendly reminder that the kitchen fridge will be EMPTIED on Friday at 4pm. Anything not labelled goes. This includes the mystery tupperware that has been there since June. You know who you are."),
    ]),
    T("n_internal", sender="account:Kestrel Health Workplace", steps=[
        ("n", "0", "Parking changes from Monday\n\nDear colleagues,\n\nFrom Monday 6 October the underground car park will switch to a booking system. Spaces can be booked up to a week in advance through the desk booking app; priority spaces for colleagues with accessibility needs and for expectant parents remain allocated.\n\nBike storage has moved to level -1 next to the showers.\n\nWorkplace Team"),
    ]),
    T("n_internal", sender="account:Kestrel Health Internal Comms", history="partial", steps=[
        ("n", "0", "Kestrel Weekly — issue 88\n\n🏥 We went live with São Roque Hospital on Tuesday: 12,000 patients now have access to the app\n🏆 The customer success team hit a record NPS of 61\n📚 Book club this month: 'The Checklist Manifesto'\n🎂 Birthdays: Helder, Samira, Joost\n📸 Photo of the week: the design team's sticky-note wall (send us yours)"),
        ("n", "7d", "Kestrel Weekly — issue 89\n\n🚀 The new appointment reminders are live for all hospitals\n🤝 Welcome to our new partner, Clínica do Mar\n🧁 Bake-off final on Friday, judged by the CFO (he's been practising)\n📅 Reminder: benefits enrolment closes on the 30th"),
    ]),
    T("n_internal", sender="account:Open Door Design", p="li", conn="old", steps=[
        ("n", "0", "To all staff and volunteers\n\nOur volunteer all-hands is on Saturday 18 October, 10:00–13:00, at the Marvila hub (and online). We'll review the year's projects, introduce the three new regional coordinators, and ask for your ideas for next year. Lunch provided.\n\nPlease RSVP on the volunteer portal so we can order enough food.\n\nThe ODD team"),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Pride Month at Kestrel 🏳️‍🌈\n\nJoin the Kestrel Pride network for a month of events:\n• 5 June — lunch talk: 'LGBTQ+ patients and the healthcare system', with Dr. Rafa Moutinho\n• 14 June — walk with us at the Lisbon Pride march (meet 15:00 at Praça do Comércio)\n• 26 June — film night: 'Pride' (2014), popcorn provided\n\nAll colleagues and allies welcome."),
    ]),
    T("n_internal", sender="account:Kestrel Health Finance", steps=[
        ("n", "0", "December payroll date\n\nDear colleagues,\n\nPlease note that December salaries, including the Christmas allowance, will be paid on 19 December. Expense claims must be submitted by 10 December to be included in this payroll.\n\nFinance Team"),
    ]),
    T("n_internal", sender="account:Kestrel Health IT", history="partial", steps=[
        ("n", "0", "Phishing awareness: what happened last week\n\nLast Tuesday, 23 colleagues received an email pretending to be from our payroll provider, asking them to 'confirm bank details'. Four people clicked the link. No data was lost, but it was close.\n\nReminder: we will never ask for bank details by email. If in doubt, forward suspicious emails to the security mailbox and delete them.\n\nThank you to the 11 people who reported it straight away!\n\nIT Security"),
    ]),
    T("n_internal", sender="person", hl="Co-founder & CEO at Kestrel Health", history="partial", steps=[
        ("n", "0", "Everyone —\n\nTen years ago today, three of us started Kestrel in a borrowed room above a pharmacy in Arroios. Today we're 160 people, working with 34 hospitals, and the app is used by almost a million patients.\n\nI just wanted to say thank you. Cake in every office at 4pm. And on Friday, we're closing at 2 for the anniversary lunch at the Quinta. Buses leave at 12:30.\n\n<<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health Workplace", history="partial", steps=[
        ("n", "0", "New desk booking rules from 1 November\n\nFrom November, desks in the Lisbon office will be booked by neighbourhood (team zones). Each team has its own zone, with a few flex desks near the windows. Please book your desk by 10:00 on the day, otherwise it is released.\n\nFloor plans are attached.\n\n- floorplan_level2.pdf\n- floorplan_level3.pdf"),
    ]),
    T("n_internal", sender="account:Kestrel Health Wellbeing", history="partial", steps=[
        ("n", "0", "Blood donation session — Tuesday 9:00–13:00\n\nThe national blood institute's bus will be parked outside the Lisbon office on Tuesday. Donating takes about 45 minutes and counts as work time. Please eat a good breakfast and bring ID. Over 30 of you donated last time — let's beat that!"),
    ]),
    T("n_internal", sender="account:Fábrica 9 Building Management", history="partial", steps=[
        ("n", "0", "Planned power cut — Sunday 6 July, 7:00–15:00\n\nThe energy company will replace the building transformer. All floors will be without power. Please switch off and unplug sensitive equipment on Friday evening. The server room on the ground floor will run on the generator.\n\nThe building will be closed on Sunday."),
    ]),
    T("n_internal", sender="account:Fábrica 9 Building Management", history="partial", steps=[
        ("n", "0", "New access cards\n\nDear tenants, the new access cards are ready for collection at reception from Monday, 9:00–18:00. Old cards stop working on 1 March. Each person must collect their own card and sign for it; please bring ID."),
    ]),
    T("n_internal", sender="person", hl="People & Culture Manager at Kestrel Health", history="partial", steps=[
        ("n", "0", "Dear colleagues,\n\nAs you may know, 11 November is Remembrance Day in several of the countries our colleagues come from. We will observe two minutes' silence at 11:00 on Tuesday. Poppies are available at reception for those who wish to wear one, with donations going to the veterans' charity.\n\nKind regards,\n<<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health Internal Comms", history="partial", steps=[
        ("n", "0", "Movember is here 🥸 Join Team Kestrel Mo, grow a moustache (or walk 60km in the month), and raise money for men's health. 14 moustaches registered so far. Moustache-free colleagues can donate on the team page. Weekly photo updates in the #movember channel."),
    ]),
    T("n_internal", sender="account:Kestrel Health Workplace", history="partial", steps=[
        ("n", "0", "Lost property: a grey wool coat, two umbrellas (one with ducks), a set of keys with a Benfica keyring and a single AirPod. All at reception until Friday, after which they go to charity."),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Performance review cycle: timeline\n\nDear colleagues,\n\nThe annual review cycle starts next week. Key dates:\n• 3 Nov: self-reflections open\n• 17 Nov: peer feedback window\n• 1–12 Dec: review conversations\n• 19 Dec: outcomes shared\n\nA short guide for reviewers and a template for self-reflection are attached. Managers' briefing on Thursday at 14:00.\n\n- review_guide_2026.pdf"),
    ]),
    T("n_internal", sender="account:Halden Logistics — All Staff", steps=[
        ("n", "0", "To all staff and contractors at the Alverca site\n\nFrom Monday the main gate will be closed for resurfacing for approximately two weeks. Please use the north gate on Rua das Indústrias. Visitor badges are issued at the temporary cabin by the north gate.\n\nSite Management"),
    ]),
    T("n_internal", sender="account:Halden Logistics — All Staff", history="partial", steps=[
        ("n", "0", "Halden Christmas lunch – Friday 19 December, 13:00, canteen.\n\nAll staff, agency staff and on-site contractors are invited. Please sign the list at reception by 12 December. The warehouse will close at 12:30 that day."),
    ]),
    T("n_internal", sender="person", hl="Chief People Officer at Kestrel Health", history="partial", steps=[
        ("n", "0", "Hi everyone,\n\nFollowing the engagement survey, we heard loud and clear that meetings are eating your week. So from November we're trying something: no internal meetings on Wednesday afternoons. Customer calls and clinical escalations excepted, obviously.\n\nWe'll review after three months. Tell us how it goes.\n\n<<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Engagement survey results\n\nThank you to the 91% of you who completed this year's engagement survey. Overall engagement rose to 78 (from 72). Our strongest areas are purpose and team relationships; our weakest are workload and career development. The full results, and what leadership will do about them, will be presented at Thursday's all-hands."),
    ]),
    T("n_internal", sender="account:Kestrel Health Workplace", history="partial", steps=[
        ("n", "0", "Heads up: the 3rd floor meeting rooms will be closed Monday and Tuesday for new AV equipment. Please book rooms on the 2nd floor or in the Porto office's video rooms instead."),
    ]),
    T("n_internal", sender="account:Open Door Design", history="partial", steps=[
        ("n", "0", "Dear team,\n\nA quick note that the ODD office will close early on Thursday (15:00) for the staff training day, and will be closed on Friday for the regional coordinators' retreat. Urgent project questions to the duty coordinator's phone, as usual.\n\nThe ops team"),
    ]),
    T("n_internal", sender="account:Kestrel Health Internal Comms", history="partial", steps=[
        ("n", "0", "Please join your colleagues in congratulating the winners of this quarter's Kestrel Awards:\n\n⭐ Patient First Award — the Porto customer success team, for the Santa Luzia go-live\n⭐ Builder Award — Tom Heddle, for rebuilding the notifications service in six weeks\n⭐ Culture Award — Inês Vidal, for the onboarding buddy scheme\n\nNominations for next quarter open in January."),
    ]),
    T("n_internal", sender="account:Kestrel Health IT", history="partial", steps=[
        ("n", "0", "Laptop refresh programme\n\nIf your laptop was issued before 2023, you're eligible for a replacement. IT will contact you in batches by team over the next two months to book a swap slot. Please back up anything stored locally (you shouldn't have anything stored locally 🙂).\n\nIT Team"),
    ]),
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Volunteering day: pick your project\n\nEvery Kestrel colleague gets one paid volunteering day a year. This year we've organised four group options:\n1. Beach clean-up at Costa da Caparica\n2. Painting the classrooms at Escola Básica do Vale\n3. Sorting donations at the food bank\n4. Digital skills workshop for seniors at the parish centre\n\nSign up on the intranet by 15 September. Places are limited to 25 per project."),
    ]),
    T("n_internal", sender="person", hl="Office Manager at Kestrel Health", history="partial", steps=[
        ("n", "0", "Morning all! The Christmas jumper day is next Friday 🎅 €2 donation per jumper for the food bank. Ugliest jumper wins a prize. Photos at 12 in the atrium. <<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health Workplace", history="partial", steps=[
        ("n", "0", "Building works next door: the construction site on the adjacent plot will be pouring concrete on Tuesday and Wednesday night. We have been told to expect noise from 22:00 to 04:00. Colleagues in the night support team, ear plugs are available at reception."),
    ]),
    T("n_internal", sender="account:Kestrel Health Finance", history="partial", steps=[
        ("n", "0", "Year-end: supplier invoices\n\nDear budget holders,\n\nPlease make sure all supplier invoices for 2026 are approved by 12 December. Invoices received after that date will be accrued and processed in January. Purchase orders for 2027 can be raised from 5 January.\n\nThank you,\nFinance"),
    ]),
    T("n_internal", sender="account:Kestrel Health Internal Comms", history="partial", steps=[
        ("n", "0", "Office drinks tonight 🍻 17:30 on the terrace, to celebrate the end of the quarter and the sunshine. Non-alcoholic options and snacks from the new Goan place downstairs."),
    ]),
    T("n_internal", sender="account:Fábrica 9 Building Management", history="partial", steps=[
        ("n", "0", "Reminder to all tenants: the building will be closed on 25 December and 1 January. On 24 and 31 December, reception closes at 14:00. Access cards will work as usual for tenants with 24h access."),
    ]),
]

THREADS += [
    T("n_internal", sender="account:Kestrel Health People Team", history="partial", steps=[
        ("n", "0", "Open enrolment: language classes\n\nPortuguese classes (A1–B1) and English classes (B2–C1) start again in January, twice a week at lunchtime, paid by Kestrel. Places are limited to 12 per group. Sign up on the learning page by 15 December; a short placement test will follow."),
    ]),
    T("n_internal", sender="account:Fábrica 9 Building Management", history="partial", steps=[
        ("n", "0", "Dear tenants,\n\nScaffolding will be installed on the south façade from Monday for the window replacement programme. Blinds on the south side should be kept closed during working hours (8:00–17:00) for privacy, as workers will be on the scaffold. The terrace will remain open.\n\nBuilding Management"),
    ]),
    T("n_internal", sender="person", hl="Executive Assistant to the CEO, Kestrel Health", history="partial", steps=[
        ("n", "0", "Dear all,\n\nThe leadership offsite takes place on 20–21 January. Please note that the CEO, COO and CPO will have limited availability those days. For anything urgent, please contact me directly.\n\nThank you,\n<<first>>"),
    ]),
    T("n_internal", sender="account:Kestrel Health Wellbeing", history="partial", steps=[
        ("n", "0", "Mental health first aiders: we now have 14 trained colleagues across Lisbon and Porto. Their names and photos are on the wellbeing page and on the posters by the lifts. They are there to listen, confidentially, about anything."),
    ]),
]

# =================================================================================================
# n_culture: concerts, exhibitions, theatre, galas, receptions
# =================================================================================================
THREADS += [
    T("n_culture", sender="account:Lisbon Chamber Orchestra", steps=[
        ("n", "0", "Season 2026/27 — subscriptions now on sale\n\nTwelve concerts at the Teatro Garrido, from a Bach night in October to Mahler's Fourth in June, with guest conductor Ilona Szabó and our new principal cellist Kenji Arai.\n\nSubscriptions: 12 concerts from €168, 6 concerts from €96. Single tickets €12–€35 go on sale on 1 September. Under-30s €8 on every concert.\n\nBox office: Rua da Misericórdia 54, Tue–Sun 13:00–20:00."),
        ("n", "40d", "This Friday: Bach by candlelight 🕯 Brandenburg Concertos 3 and 5, Orchestral Suite No. 2. A few seats left in the upper circle at €12. Doors 20:30."),
    ]),
    T("n_culture", sender="account:Casa Vermelha Gallery", steps=[
        ("n", "0", "Opening: Leonor Brás — 'Salt Houses'\n\nYou are warmly invited to the opening of Leonor Brás's first solo exhibition, new paintings and works on paper made over two winters in the Ria Formosa.\n\nThursday 9 October, 18:30–21:30\nCasa Vermelha, Rua da Rosa 112, Bairro Alto\n\nThe exhibition runs until 22 November. Tuesday to Saturday, 12:00–19:00. Free entry."),
    ]),
    T("n_culture", sender="account:Teatro do Cais", steps=[
        ("n", "0", "SPRING AT TEATRO DO CAIS\n\n• 'The Lighthouse Keepers' — new writing by Amadou Sissoko, 6–22 March\n• 'Bodas de Sangue' in a bilingual staging, 3–19 April\n• Puppet weekend for families, 25–26 April\n• Late-night comedy, every last Friday\n\nTickets €10–€22, €6 for students and over-65s. Theatre at Cais do Ginjal 27, Almada — a five-minute walk from the Cacilhas ferry."),
    ]),
    T("n_culture", sender="account:Hospice of the Coast Foundation", steps=[
        ("n", "0", "The Starlight Gala 2026\n\nJoin us for an evening of dinner, music and an auction in support of the children's hospice at the Palácio Almeida Leal, Saturday 29 November, 19:30. Black tie.\n\nTickets: €180 per person, tables of ten €1,650. Auction lots include a week in a Douro quinta, a portrait sitting with painter Hugo Ventura, and a signed football shirt.\n\nEvery ticket funds one night of respite care for a family."),
        ("n", "18d", "Only 30 seats remain for the Starlight Gala. Can't attend? The online auction opens on Monday and is open to all."),
    ]),
    T("n_culture", sender="account:Crane & Lantern Design", p="li", steps=[
        ("n", "0", "Drinks during Lisbon Product Week 🍸\n\nIf you're in town for Product Week, come and have a drink with us on Wednesday from 19:00 at Pátio das Laranjeiras, Rua de São Bento 147. No talks, no slides, just people and good wine. Bring a colleague.\n\nRSVP on the event page so we know how much wine to order."),
    ]),
    T("n_culture", sender="account:Clube Azul Jazz", p="x", conn="old", steps=[
        ("n", "0", "this week at the club 🎷 wed: jam session (free) · thu: Rita Bastos Trio · fri+sat: Theo Mendelsohn Quartet, €15 · sun: big band brunch. doors 21:30, Praça das Flores 19"),
        ("n", "7d", "this week 🎺 wed: jam · thu: students of the jazz school · fri: Yumi Okada solo piano · sat: SOLD OUT · sun: closed for a private event"),
    ]),
    T("n_culture", sender="account:Museu da Cidade Nova", steps=[
        ("n", "0", "Museum Late: 'Night Maps'\n\nOn the first Friday of every month, the museum stays open until 23:00. This month: a curator's tour of the new maps gallery, live drawing in the sculpture court, a DJ set on the terrace and cocktails by Bar Atlas. Entry €8 from 19:00.\n\nMuseu da Cidade Nova, Campo Grande 311."),
    ]),
    T("n_culture", sender="account:Docs do Tejo Festival Friends", steps=[
        ("n", "0", "The festival programme is out! 🎬\n\n220 films, 11 days, 6 venues. Friends of the festival can book tickets from tomorrow at 10:00, a day before general sale. Passes: 10 films for €40. Opening night at the Auditório Ribeira with 'The Ferrymen of Tete'."),
    ]),
    T("n_culture", sender="account:Livraria Vértice", steps=[
        ("n", "0", "Book launch: 'Small Rooms' by Tiago Quelhas\n\nJoin us on Tuesday 14 October at 19:00 for the launch of Tiago Quelhas's new collection of stories, with a reading by the author and a conversation with critic Olga Ferraz. Wine and petiscos. Free entry, signed copies available.\n\nLivraria Vértice, Rua Capelo 3, Chiado."),
    ]),
    T("n_culture", sender="account:Coro Aurora Friends", steps=[
        ("n", "0", "Christmas concert — Messiah, Part I\n\nSunday 14 December at 17:00, Igreja de São Crispim. Tickets €20 / €15 (friends). Proceeds go to the choir's youth programme. The church is unheated, so dress warmly."),
    ]),
    T("n_culture", sender="account:Lisbon Objects Week", p="li", channel="sponsored", steps=[
        ("n", "0", "Lisbon Objects Week 2026: the programme is live\n\n8 days, 140 events, 60 studios opening their doors. Highlights: the 'Everyday Objects' exhibition at the old tobacco factory, talks at the Cinema Aurora, and the night market in Marvila. Most events are free; some require booking."),
    ]),
    T("n_culture", sender="account:Teatro Nacional Friends' Circle", steps=[
        ("n", "0", "Dear Friends,\n\nWe are delighted to invite members of the Friends' Circle to an exclusive dress rehearsal of 'The Seagull' on Wednesday 22 October at 19:00, followed by a conversation with the director, Mariana Lobo. Places are limited to two per membership; please reserve through the Friends' office.\n\nWith best wishes,\nFriends' Circle Coordinator"),
    ]),
    T("n_culture", sender="account:Fado no Beco", steps=[
        ("n", "0", "Noites de Fado — November programme\n\nEvery Thursday to Saturday from 20:30. Dinner and fado €45, fado only (after 22:00) €15 with a drink. This month's guest singers: Aldina Pires, Rui Laranjeira and the young voice of Beatriz Nóbrega. Reservations recommended.\n\nBeco do Forno 7, Alfama."),
    ]),
    T("n_culture", sender="account:Galeria Arco Sul", steps=[
        ("n", "0", "LAST WEEKEND: 'Concrete Gardens' by the collective Terra Firme closes on Sunday. The artists will be in the gallery on Saturday from 16:00. Galeria Arco Sul, Rua das Janelas Verdes 19."),
    ]),
    T("n_culture", sender="account:Lisbon Opera Society", steps=[
        ("n", "0", "Members' evening at the opera: La Bohème\n\nThe Society has reserved 40 seats in the stalls for the 21 February performance at the Teatro Lírico do Chiado, at the members' price of €55 (normally €85). A pre-performance talk by musicologist Dr. Rui Faria will take place in the Salão Nobre at 19:00.\n\nTo book, please contact the Society's secretary before 31 January."),
    ]),
    T("n_culture", sender="account:Marvila Art Warehouse", p="x", conn="old", steps=[
        ("n", "0", "open studios this saturday 🎨 14h–22h, 30 artists, food trucks, live printing workshop. free. Rua do Açúcar 88 (follow the pink arrows)"),
    ]),
    T("n_culture", sender="account:Ceramics Fair of Caldas", steps=[
        ("n", "0", "The 40th Ceramics Fair opens on 2 May\n\nMore than 90 potters and studios, demonstrations every hour, and a retrospective of Bordallo-style tableware. Open daily 10:00–20:00 in the Parque D. Carlos I, until 11 May. Entry €3, free for under-12s. Trains from Lisbon hourly."),
    ]),
    T("n_culture", sender="account:Voltaic Dance Company", steps=[
        ("n", "0", "'Undertow' — world premiere\n\nOur new piece for nine dancers and a live cellist premieres on 17 January at the Centro Cultural do Rio, Grande Auditório. Three performances only. Tickets €14–€28. Post-show talk with choreographer Adaeze Okeke on the 18th."),
    ]),
    T("n_culture", sender="account:Northwind Ventures", p="li", steps=[
        ("n", "0", "Reception: founders & friends during the Health Tech Summit\n\nNorthwind Ventures is hosting a reception on the second night of the Health Tech Summit, Tuesday 4 November, 19:00–22:00 at the rooftop of Hotel Rio Vista (Rua da Boavista 9, Lisbon). Portfolio founders, LPs, and friends from across the European health ecosystem.\n\nSpace is limited; please RSVP via the invitation page."),
    ]),
    T("n_culture", sender="account:Museu dos Azulejos Novos — Friends", steps=[
        ("n", "0", "New exhibition: 'Blue Hours — Tiles from Brazil and Portugal, 1800–1900'\n\nOpening to the public on 5 March. Friends' private view on 4 March, 18:00–20:00, with an introduction by the curator. Please bring your membership card."),
    ]),
    T("n_culture", sender="account:Cinemateca Nocturna", steps=[
        ("n", "0", "Programme for October: a season of Iranian cinema, three silent films with live piano, and a midnight screening of 'The Third Man' on Halloween. Tickets €4.50. Full programme attached.\n- programme_october.pdf"),
    ]),
    T("n_culture", sender="account:Palácio Vilar Library", steps=[
        ("n", "0", "Poetry nights return 📖 Every second Wednesday at 19:00 in the garden. This month: Elvira Faria, Kwame Adjei and an open mic. Free, no booking needed. Bring a cushion."),
    ]),
    T("n_culture", sender="account:Tagus Architecture Biennial", steps=[
        ("n", "0", "Biennial walking tours\n\nSix guided walks through the exhibition sites, led by the curators. Saturdays at 10:30 from 4 October. Walks take 2.5 hours and cost €12 (free with a Biennial pass). Book early; last edition's walks sold out in two days."),
    ]),
    T("n_culture", sender="account:Sala Oficina", p="x", steps=[
        ("n", "0", "SOLD OUT: Friday's show with Marés Vivas. A second date has been added on Saturday 🎶 tickets €18, on sale now"),
    ]),
    T("n_culture", sender="account:Children's Theatre of Campo de Ourique", steps=[
        ("n", "0", "Christmas show: 'The Reindeer Who Couldn't Fly'\n\nWeekends from 29 November to 21 December, at 11:00 and 16:00. Ages 3+. €8 per child, €10 per adult, family ticket (2+2) €30. Rua Saraiva de Carvalho 210."),
    ]),
    T("n_culture", sender="account:Cabral Auction House", steps=[
        ("n", "0", "Auction: Modern & Contemporary Art, 26 November, 18:00\n\nPublic viewing: 21–25 November, 10:00–19:00, Rua do Alecrim 70. Highlights include a rare 1962 work by Henrique Lobato, a large Vieira-style abstract, and a group of 1970s ceramics. The illustrated catalogue is attached.\n\n- catalogue_nov.pdf"),
    ]),
    T("n_culture", sender="account:Lisbon Chamber Orchestra", history="partial", steps=[
        ("n", "0", "New Year's Concert 2027 — Strauss, Offenbach & friends. 1 January, 17:00. Tickets €25–€45, going quickly. A glass of sparkling wine is included for all ticket holders."),
    ]),
    T("n_culture", sender="account:Fundação Luz Social", steps=[
        ("n", "0", "You are invited: Annual Charity Dinner\n\nIn support of our literacy programme in Lisbon's outer neighbourhoods. Friday 5 December, 20:00, Convento das Flores. Dinner by chef Marta Espírito Santo, live music by the Quarteto Aurora.\n\nIndividual seat €150; table of 8 €1,100. All proceeds go to the programme."),
    ]),
    T("n_culture", sender="account:Stereo Club Lisboa", p="x", conn="old", steps=[
        ("n", "0", "FRIDAY 🔊 Lua Negra (live) + DJs till 6. €10 before 1am, €15 after. Cais do Sodré, the usual door"),
    ]),
    T("n_culture", sender="account:Photo Lisboa Festival", steps=[
        ("n", "0", "Photo Lisboa 2026 — 22 exhibitions, one city\n\nThis year's theme is 'Borders'. Exhibitions in galleries, metro stations and the Ribeira market from 10 May to 30 June. Opening weekend with portfolio reviews, book market and night projections at the Cais das Colunas. Free."),
    ]),
]

# =================================================================================================
# a_tools: automated notices from tools and services (not selling)
# =================================================================================================
THREADS += [
    T("a_tools", sender="account:PulseCheck Surveys", steps=[
        ("a", "0", "Reminder: you have not yet completed the survey \"Kestrel Health Engagement Survey 2026\".\n\nThe survey closes on Friday 17 October at 23:59. It takes about 12 minutes. Your responses are confidential and reported only in groups of 5 or more.\n\nStart survey →\n\nThis is an automated message. Please do not reply."),
        ("a", "3d", "Last reminder: \"Kestrel Health Engagement Survey 2026\" closes tonight at 23:59. Your progress is saved — you're 40% done."),
    ]),
    T("a_tools", sender="account:PeopleLoop HR", steps=[
        ("a", "0", "Action required: your self-reflection for the 2026 annual review is due in 3 days\n\nHello Jordan,\n\nThe self-reflection form for the review cycle \"Annual Review 2026\" is due on 14 November. You have answered 0 of 6 questions.\n\nOpen your self-reflection in PeopleLoop.\n\n— PeopleLoop on behalf of Kestrel Health"),
        ("a", "3d", "Overdue: your self-reflection for \"Annual Review 2026\" was due yesterday. Your manager has been notified."),
    ]),
    T("a_tools", sender="account:PeopleLoop HR", history="partial", steps=[
        ("a", "0", "You've been asked to give feedback\n\nLúcia Amaral has requested your feedback as part of \"Annual Review 2026\". Please respond by 21 November.\n\nQuestions: 3 · Estimated time: 10 minutes\n\nGive feedback →"),
        ("a", "4d", "Reminder: you have 2 pending feedback requests (Lúcia Amaral, Ilse van Ommen). Due in 3 days."),
    ]),
    T("a_tools", sender="account:PeopleLoop HR", history="partial", steps=[
        ("a", "0", "Annual data check: please confirm your personal details\n\nTo keep our records accurate, Kestrel Health asks all employees and contractors to review their personal information once a year.\n\nPlease check:\n• Home address\n• Emergency contact\n• Bank details for payments\n• Tax number\n\nLog in to PeopleLoop and confirm your details by 30 September. If everything is correct, simply click 'Confirm'.\n\nThis message was sent automatically by PeopleLoop."),
        ("a", "10d", "Your annual data check is still open. 1 item needs attention: Emergency contact is missing."),
    ]),
    T("a_tools", sender="account:Ledgerline Expenses", steps=[
        ("a", "0", "You have 3 expenses without receipts\n\n• 12 Oct — Táxi Rápido — €14.80\n• 14 Oct — Pastelaria Santo Amaro — €9.40\n• 15 Oct — Linha Norte Rail — €27.60\n\nAttach receipts and submit your report before the monthly close on 31 October."),
        ("a", "9d", "Monthly close in 2 days: 1 report (\"October – Kestrel\") is still in draft."),
    ]),
    T("a_tools", sender="account:Ledgerline Expenses", history="partial", steps=[
        ("a", "0", "Expense report #4471 \"September – Kestrel\" was approved by Susana Lobato. Reimbursement of €212.35 will be included in the next payment run."),
    ]),
    T("a_tools", sender="account:Ledgerline Expenses", history="partial", steps=[
        ("a", "0", "Expense returned: \"Dinner — client (Halden)\" €86.00 was returned by Finance.\nReason: itemised receipt required for meals over €50.\nEdit and resubmit in Ledgerline."),
    ]),
    T("a_tools", sender="account:Slotwise Calendar", steps=[
        ("a", "0", "Reminder: Design Review — Patient App v4\nTomorrow, Tue 4 Nov · 14:00–15:00 (WET)\nLocation: Meeting Room Tejo / video link\nOrganizer: Ilse van Ommen\n\nYou're receiving this reminder because you are an attendee of this event."),
    ]),
    T("a_tools", sender="account:Slotwise Calendar", history="partial", steps=[
        ("a", "0", "Event cancelled: \"Weekly design sync\" on Thu 6 Nov, 10:00. The organizer cancelled this occurrence."),
        ("a", "6d", "Event updated: \"Weekly design sync\" has moved to Fridays 10:00–10:30 starting 14 Nov."),
    ]),
    T("a_tools", sender="account:Boardsite Portal", conn="old", steps=[
        ("a", "0", "New documents have been published to the Open Door Design board workspace:\n\n• Q3 Board Pack (42 pages)\n• Draft minutes — meeting of 11 September\n• Finance report Q3\n\nMeeting: 9 October, 18:00. Log in to view and annotate.\n\nThis is an automated notification from Boardsite."),
        ("a", "7d", "Reminder: board meeting \"Open Door Design — Q4\" starts in 24 hours. 2 documents remain unread."),
    ]),
    T("a_tools", sender="account:Kestrel Learning Portal", steps=[
        ("a", "0", "Mandatory training overdue: \"Information Security & Data Protection 2026\"\n\nOur records show this course has not been completed. It was due on 30 September. Duration: 35 minutes.\n\nPlease complete it as soon as possible. Your manager will receive a weekly report of overdue training.\n\nDo not reply to this email."),
    ]),
    T("a_tools", sender="account:Kestrel Learning Portal", history="partial", steps=[
        ("a", "0", "Your account has been created\n\nWelcome to the Kestrel Learning Portal. Username: jordan.reyes\nTo activate your account, set your password using the link below. This link expires in 48 hours.\n\nActivate account →"),
        ("a", "2d", "Your activation link has expired. A new link has been sent. If you did not request this, you can ignore this message."),
    ]),
    T("a_tools", sender="account:Digital Health Pulse", steps=[
        ("a", "0", "Please confirm your subscription\n\nSomeone (hopefully you) asked to receive Digital Health Pulse at this address. Click below to confirm. If you didn't request this, just ignore this message and you won't hear from us again.\n\nYes, subscribe me →"),
        ("a", "5m", "Subscription confirmed. You'll receive Digital Health Pulse every Thursday. You can change your preferences or leave at any time from the link at the bottom of each issue."),
    ]),
    T("a_tools", sender="account:The Ledger Weekly — Subscriptions", steps=[
        ("a", "0", "Your digital subscription expires in 14 days\n\nSubscription: The Ledger Weekly — Digital (annual)\nExpiry date: 30 November 2026\nAuto-renew: off\n\nTo keep access to the archive after this date, update your subscription settings in your account.\n\nSubscriber Services"),
        ("a", "14d", "Your subscription to The Ledger Weekly — Digital has expired. Your account and reading list will be kept for 12 months."),
    ]),
    T("a_tools", sender="account:Society for Interface Craft", history="partial", steps=[
        ("a", "0", "Membership status: expired\n\nDear member,\n\nOur records show that your membership (No. 04417) expired on 31 December. Access to the members' area has been paused. If you have already paid, please allow 5 working days for processing.\n\nMembership Office (automated notice)"),
    ]),
    T("a_tools", sender="account:Fieldbook Accounts", steps=[
        ("a", "0", "Your password was changed\n\nThe password for your Fieldbook account was changed on 3 October at 09:14 (Lisbon). If this was you, no action is needed. If not, reset your password immediately and contact support."),
    ]),
    T("a_tools", sender="account:Kestrel Health IT", steps=[
        ("a", "0", "Your network password will expire in 5 days.\n\nUser: jreyes\nExpiry: 19/11/2026 08:00\n\nChange it from any company laptop with Ctrl+Alt+Del > Change password, or through the self-service portal. Passwords must be at least 14 characters and cannot reuse your last 10 passwords.\n\n*** This is an automatically generated message ***"),
        ("a", "4d", "Your network password expires TOMORROW. After expiry you will not be able to access email or VPN."),
    ]),
    T("a_tools", sender="account:Conference Hub", steps=[
        ("a", "0", "Username reminder\n\nYou requested a reminder of your username. Your username is: jordan_reyes_fns\n\nIf you did not request this, you can safely ignore this email."),
    ]),
    T("a_tools", sender="account:Shelfmark Cloud", steps=[
        ("a", "0", "New sign-in to your account\n\nDevice: Chrome on macOS\nLocation: Porto, Portugal (approximate)\nTime: 22 Oct, 19:42\n\nIf this was you, you don't need to do anything. If you don't recognise this activity, secure your account."),
    ]),
    T("a_tools", sender="account:lists.designethics.example", steps=[
        ("me", "0", "unsubscribe"),
        ("a", "1m", "Your request to unsubscribe from the list \"design-ethics\" has been received.\n\nTo confirm, reply to this message keeping the subject line intact, or visit the confirmation page. If you did not make this request, ignore this message.\n\n-- \nList server robot"),
        ("me", "3m", "confirm"),
        ("a", "1m", "You have been successfully removed from the design-ethics mailing list. Goodbye!"),
    ]),
    T("a_tools", sender="account:lists.opendoordesign.example", conn="old", steps=[
        ("me", "0", "Hi all — sharing the final version of the volunteer handbook for comments before Friday. Thanks, Jordan"),
        ("a", "1m", "Your message to volunteers-all awaits moderator approval\n\nReason: Post to moderated list\nSubject: (no subject)\n\nEither the message will get posted to the list, or you will receive notification of the moderator's decision."),
    ]),
    T("a_tools", sender="account:lists.pdsalumni.example", steps=[
        ("a", "0", "Welcome to the \"class-of-2011\" mailing list!\n\nTo post to this list, send your message to the list address.\n\nYou can unsubscribe or change your options (e.g. switch to digest mode) on the list information page. Your password for this list is stored in your member settings.\n\nPlease keep this message for future reference."),
    ]),
    T("a_tools", sender="account:lists.designguild.example", steps=[
        ("me", "0", "help"),
        ("a", "1m", "Command results:\n\n> help\nAvailable commands:\n  subscribe [digest|nodigest]\n  unsubscribe\n  who\n  info\n  set <option> <value>\n\nUnrecognised commands are ignored. End of command results."),
    ]),
    T("a_tools", sender="account:mailer-daemon", steps=[
        ("me", "0", "Hi Marisa, following up on the poster files for the autumn salon — attaching the last version. J"),
        ("a", "1m", "Delivery has failed to these recipients or groups:\n\nm.quintela@salonsic.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.\n\nDiagnostic information for administrators:\nRemote server returned '552 5.2.2 mailbox full'"),
    ]),
    T("a_tools", sender="account:Kestrel Health Support Desk", steps=[
        ("me", "0", "Hello, my VPN certificate seems to have expired, I can't connect from home. Jordan Reyes (design)"),
        ("a", "1m", "Ticket #48213 has been created\n\nSubject: VPN certificate expired\nPriority: Normal\nStatus: Open\n\nOur team will respond within 1 business day. Reply to this message to add information to your ticket.\n\nKestrel IT Support (automated)"),
        ("a", "1d", "Ticket #48213 has been resolved. If your issue is not fixed, reply within 7 days to reopen it. How did we do? Rate this ticket: 😀 😐 🙁"),
    ]),
    T("a_tools", sender="account:no-reply@peopleloop", history="partial", steps=[
        ("me", "0", "I already submitted my data check last week? It still shows as open"),
        ("a", "1m", "This mailbox is not monitored. Replies to this address are not read.\n\nFor help with PeopleLoop, please contact your HR team or visit the help centre."),
    ]),
    T("a_tools", sender="account:InkPass e-Signature", steps=[
        ("a", "0", "Document ready for signature: \"NDA_Halden_Logistics_2026.pdf\"\n\nSent by Halden Logistics Legal via InkPass. Please review and sign. The link expires in 30 days.\n\nReview document →"),
        ("a", "1d", "Completed: all parties have signed \"NDA_Halden_Logistics_2026.pdf\". A copy is attached.\n- NDA_Halden_Logistics_2026_signed.pdf"),
    ]),
    T("a_tools", sender="account:Kestrel Timesheets", steps=[
        ("a", "0", "Timesheet not submitted: week 44 (27 Oct – 2 Nov)\n\nPlease submit your hours by Monday 12:00. Contractors' invoices cannot be approved without approved timesheets.\n\n— Automated reminder"),
    ]),
    T("a_tools", sender="account:Kestrel Timesheets", history="partial", steps=[
        ("a", "0", "Timesheet approved: week 45 — 16.0 hours. Approver: Susana Lobato."),
        ("a", "7d", "Timesheet not submitted: week 46 (10 – 16 Nov). Please submit by Monday 12:00."),
        ("a", "7d", "Reminder: timesheet week 47 overdue."),
    ]),
    T("a_tools", sender="account:Health Tech Summit Registration", steps=[
        ("a", "0", "Registration confirmed ✅\n\nEvent: Health Tech Summit 2026\nDates: 3–5 November\nVenue: Centro de Congressos do Tejo\nTicket type: Speaker\nOrder: HTS-26-11842\n\nYour badge QR code is attached. Show it at the speakers' desk on level 1 to collect your badge.\n\n- badge_HTS-26-11842.pdf"),
        ("a", "12d", "Your event starts in 3 days. Add the session \"Designing trust in patient apps\" (Tue 15:20, Room 4) to your calendar."),
    ]),
    T("a_tools", sender="account:Kestrel Health IT", history="partial", steps=[
        ("a", "0", "Your verification code is 482913. It expires in 10 minutes. Never share this code."),
    ]),
    T("a_tools", sender="account:Fieldbook Accounts", history="partial", steps=[
        ("a", "0", "Verify your email address\n\nPlease verify jordan@fieldnote.example to finish setting up your Fieldbook workspace \"Fieldnote Studio\". This link is valid for 24 hours.\n\nVerify email →"),
    ]),
    T("a_tools", sender="account:PulseCheck Surveys", history="partial", steps=[
        ("a", "0", "Supplier onboarding questionnaire — reminder\n\nDear supplier,\n\nHalden Logistics has invited Fieldnote Studio to complete the supplier onboarding questionnaire. The questionnaire is 18% complete. Please finish it by 5 December to avoid delays in payment setup.\n\nContinue questionnaire →\n\nThis message was sent automatically. Replies are not monitored."),
    ]),
    T("a_tools", sender="account:Hotel Miradouro", steps=[
        ("a", "0", "How was your stay? ⭐\n\nThank you for staying with us. We'd love to hear about your experience. The survey takes 3 minutes.\n\nBooking reference: HM-778102\n\n(This message was sent automatically after check-out.)"),
        ("a", "5d", "A gentle reminder: your feedback on your recent stay (HM-778102) is still open."),
    ]),
    T("a_tools", sender="account:Slotwise Calendar", history="partial", steps=[
        ("a", "0", "Invitation: Kestrel Q1 planning @ Wed 7 Jan 2027 10:00 – 13:00 (WET)\nOrganizer: Carla Nogueira\nAttendees: 14\nJoin with video link · View all event details\n\nAccept · Tentative · Decline"),
    ]),
    T("a_tools", sender="account:Slotwise Calendar", history="partial", steps=[
        ("a", "0", "Daily agenda for Thursday 20 November\n\n09:30 Standup (Patient App)\n11:00 Kestrel × São Roque — usability findings\n13:00 Lunch w/ Inês (tentative)\n16:00 Open Door Design — finance committee\n\nSent by Slotwise at 07:00."),
        ("a", "2h", "Starting in 10 minutes: Standup (Patient App)"),
    ]),
    T("a_tools", sender="account:PeopleLoop HR", history="partial", steps=[
        ("a", "0", "Your payslip for October is available in PeopleLoop. For security reasons, payslips are not attached to emails."),
    ]),
    T("a_tools", sender="account:PeopleLoop HR", history="partial", steps=[
        ("a", "0", "Time-off request update: your request for 22–24 December (3 days) has been APPROVED by Carla Nogueira. Remaining balance: 4 days."),
    ]),
    T("a_tools", sender="account:Kestrel Health IT", history="partial", steps=[
        ("a", "0", "Mailbox almost full\n\nYour mailbox is 96% full (48.1 GB of 50 GB). When it is full you will not be able to send messages. Please archive or delete old items.\n\nAutomated message from Mail Administration."),
    ]),
    T("a_tools", sender="account:Shelfmark Cloud", history="partial", steps=[
        ("a", "0", "\"Kestrel_research_repo\" was shared with you\n\nNasrin Qadri shared a folder with you (Can edit). Open in Shelfmark."),
    ]),
    T("a_tools", sender="account:Association of Health Service Designers", history="partial", steps=[
        ("a", "0", "Thank you for your survey response\n\nWe have received your answers to the 2027 programme survey. Your response ID is 8841-KQ. Results will be shared at the annual conference.\n\nThis is an automated confirmation."),
    ]),
    T("a_tools", sender="account:Lisbon Municipal Parking", steps=[
        ("a", "0", "Your resident parking permit (plate ••-RT-••) expires on 15 January. Renewal is available online from 15 December. This is an automated notice; please do not reply."),
    ]),
    T("a_tools", sender="account:PeopleLoop HR", history="partial", steps=[
        ("a", "0", "Welcome to PeopleLoop, Jordan!\n\nKestrel Health uses PeopleLoop for reviews, time off and personal data. Your account is ready. Complete your profile (photo, pronouns, emergency contact) so your colleagues can find you.\n\nGet started →"),
    ]),
    T("a_tools", sender="account:Conference Hub", history="partial", steps=[
        ("a", "0", "Speaker portal: 2 items outstanding\n\n• Upload slides for \"Designing trust in patient apps\" (due 27 Oct)\n• Confirm A/V requirements\n\nThis reminder is sent automatically every 3 days until the items are completed."),
    ]),
]

# longer pieces (letters, full bulletins)
THREADS += [
    T("n_org_update", sender="person", hl="President, Luso-Atlantic Chamber of Commerce", steps=[
        ("n", "0", "Letter from the President to all members\n\nDear Members,\n\nAs my second and final term draws to a close, I wanted to write to you personally before the General Assembly in March.\n\nWhen I took office four years ago, the Chamber had 212 member companies, a deficit, and a programme that had not changed much since the 1990s. Today we have 341 members, two consecutive years of balanced accounts, and a calendar that — judging by the luncheon waiting lists — you actually want to attend. None of this is my achievement alone. I owe particular thanks to our Secretary General, Dr. Inês Valadares, to the staff of the secretariat, and to the committee chairs who gave up evenings and weekends without complaint.\n\nThere is unfinished work. Our trade desk is still too small to support the members who want to export to North America, and we have not yet done enough to bring younger companies and founders into the Chamber. I hope the next board will make both a priority.\n\nNominations for the new board close on 15 February. I would encourage any member who cares about the Chamber's future to consider standing, and in particular those who have never imagined themselves in such a role.\n\nIt has been an honour to serve you.\n\nWith warm regards,\n<<full>>\nPresident\nLuso-Atlantic Chamber of Commerce"),
    ]),
    T("n_research", sender="account:Halberd Economics", history="partial", steps=[
        ("n", "0", "Year-Ahead Outlook 2027: \"Slower, steadier, stranger\"\n\nDear clients,\n\nOur year-ahead outlook is attached. The short version:\n\nGrowth. We expect euro-area growth of 1.1% next year, with southern Europe again outperforming the core. Portugal and Spain benefit from tourism, EU funds and strong labour-force growth driven by immigration; Germany remains the laggard as industry adjusts to higher energy costs and Chinese competition.\n\nInflation. Headline inflation should settle close to 2% by the middle of the year, but services inflation will remain uncomfortably sticky. We see the ECB ending its cutting cycle at 1.75% in the spring.\n\nMarkets. We prefer European equities over US equities on valuation grounds, favour short-dated peripheral government bonds, and expect the euro to drift modestly higher.\n\nRisks. The three risks we worry about most: a disorderly repricing of US technology stocks, a renewed energy shock, and fiscal slippage in France. The 'stranger' in our title refers to the last of these, and to a political calendar that could make 2027 more volatile than the numbers alone suggest.\n\nAs always, our economists are available for client calls in January.\n\nHalberd Economics — Macro Team\n- HE_year_ahead_2027.pdf"),
    ]),
    T("n_political", sender="account:Office of Representative Hal Brennan", history="partial", steps=[
        ("n", "0", "News from Representative Hal Brennan — End of Year Report\n\nDear Friend,\n\nAs the year draws to a close, I want to report back to you on the work of this office.\n\nIn Washington, I introduced eleven bills, four of them with Republican co-sponsors. Two became law: the Rural Clinics Act, which protects funding for 140 clinics in our region, and the Veterans' Paperwork Reduction Act, which cuts the number of forms a veteran must complete to access disability benefits from nine to three. I also secured $61 million for the Millbrook bridge and the Fairhaven water treatment plant.\n\nAt home, my staff resolved 1,287 cases for constituents: passports, Social Security, Medicare, immigration, tax refunds, and more than a few lost veterans' medals. I held 16 town halls in 12 towns and visited every high school in the district.\n\nNext year my priorities remain the same: lower health costs, good jobs that don't require a move to the city, and a government that answers the phone.\n\nI'm grateful to everyone who wrote, called or stopped me in the grocery store to tell me what they think, even when they disagreed. That is how this is supposed to work.\n\nWishing you and your family a happy holiday season.\n\nSincerely,\nHal Brennan\nMember of Congress"),
    ]),
    T("n_internal", sender="person", hl="CEO at Kestrel Health", history="partial", steps=[
        ("n", "0", "Subject: Our plans for 2027\n\nDear all,\n\nI promised at the all-hands that I'd put our plans for next year in writing, so here they are, with as little jargon as I can manage.\n\nFirst, patients. By the end of 2027 we want every hospital we work with to offer online rescheduling, and we want the app to be usable by someone who has never owned a smartphone. The design and product teams have already started on both.\n\nSecond, hospitals. We will go live with nine more hospitals, including our first two in Spain. That means hiring, mostly in clinical operations and customer success, and it means opening a small office in Madrid in the spring.\n\nThird, us. The engagement survey told us that workload and career development are where we're falling short. We're introducing clearer career levels for every function by March, and we'll be stricter about saying no to work that doesn't fit these priorities. Your managers will talk to you about what that means for your team.\n\nWe will not get everything right. But we've built something that matters to a lot of people, and I'm very proud to be doing it with all of you.\n\nThank you for this year. Rest well over the break.\n\n<<first>>"),
    ]),
    T("n_culture", sender="account:Lisbon Chamber Orchestra", history="partial", steps=[
        ("n", "0", "A letter to our friends and subscribers\n\nDear friends,\n\nThis season marks thirty years since a group of students from the conservatoire gave their first concert in a borrowed church in Graça, to an audience of forty-one people (we have the ticket stubs). Since then the orchestra has played more than 1,400 concerts, toured to nineteen countries and commissioned sixty new works from Portuguese composers.\n\nTo celebrate, we have planned something a little different for the anniversary concert on 23 May. The first half recreates that original programme — Vivaldi, Corelli and a very brave student arrangement of Carlos Seixas. The second half is a new piece by composer Matilde Seabra, written for the orchestra, a children's choir from the Escola de Música de Chelas, and the audience, who will be given a small part to sing. Rehearsal in the foyer beforehand. No experience required, just courage.\n\nSubscribers can book anniversary tickets from Monday, before general sale. Tickets €15–€40; children €5.\n\nThank you for thirty years of listening.\n\nWith gratitude,\nThe musicians and staff of the Lisbon Chamber Orchestra"),
    ]),
    T("n_org_update", sender="account:Society for Interface Craft", history="partial", steps=[
        ("n", "0", "SIC Member Bulletin — No. 43 (long one, sorry)\n\n1. Craft Medal. This year's medal goes to Benedikt Aurelius for twenty-five years of work on public-transport ticketing interfaces that most of us have used without noticing. The citation is in the members' area.\n\n2. Fees. Following the consultation, fees for 2027 stay at €90, with the reduced rate of €35 for students and members earning under the minimum wage. The board thanks the 112 members who responded.\n\n3. Chapters. The Faro chapter has been relaunched by Cátia Ramalho and Sean Whitlow. The Madeira chapter remains dormant; if you live there and would like to revive it, the board would love to hear from you.\n\n4. Library. The members' library has added 40 titles this year, including the complete run of a certain 1980s computing magazine donated by a member who asked to remain anonymous. We have our suspicions.\n\n5. Autumn salon. Thank you to the 140 members who came to Coimbra. Recordings of the talks are now online.\n\n6. Diary. Members' Christmas dinner: 12 December, Lisbon. AMM: 18 March, online.\n\nThe bulletin editor"),
    ]),
    T("n_political", sender="account:Digital Rights Alliance", history="partial", steps=[
        ("n", "0", "What happened on 4 March, and what happens next\n\nDear supporter,\n\nOn Wednesday the committee voted on the Data Retention Regulation. The result: 31 in favour, 29 against, 4 abstentions. It passed committee. We won't pretend that isn't disappointing.\n\nBut here is what you changed. The text that passed is not the text we were fighting in January. Because of the 84,000 emails, the 2,300 phone calls and the people who stood outside the Parliament office in the rain, the committee removed the requirement to scan encrypted messages, shortened the retention period from 12 months to 6, and added independent judicial authorisation before police can access the data. Those amendments were tabled by MEPs who told us directly that they had never received so much mail on a file.\n\nThe regulation now goes to the plenary, probably in May, and then to negotiations with member states. Our aim is to keep those amendments in the final text and to remove the retention requirement for small services altogether.\n\nWe will need you again. For now, thank you. This is what an organised public looks like.\n\nThe Digital Rights Alliance team"),
    ]),
    T("n_org_update", sender="account:Riverside Fellowship Lisbon", history="partial", steps=[
        ("n", "0", "A letter from the pastor at the end of the year\n\nDear friends,\n\nAs the year turns, I find myself thinking of all the small things that made this community what it is: the coffee rota that somehow never fails, the children who insisted on singing the same song every Sunday in Advent, the Thursday volunteers who cooked for the shelter even in August when half of Lisbon had gone to the beach.\n\nIt has also been a year of loss. We said goodbye to Harold, to Dona Celeste and to little Tomás, and many of you have carried grief quietly into our gatherings. Thank you for making this a place where that is possible.\n\nIn the new year we will begin the long-postponed repairs to the roof, start a Portuguese conversation group for newcomers, and, if the finance committee allows, finally replace the piano.\n\nOur Christmas Eve service is at 18:00, with carols by candlelight. Everyone is welcome, especially those who haven't been in a while.\n\nWith love and thanks,\nPastor Anneliese"),
    ]),
]
