# Event lexicon of extract/event.
#
# One directive a line; '#' starts a comment; blank lines are ignored. Later
# lines (and later files given with --events) override earlier ones.
#
#   type NAME [violent] [single] [person] [incident] [cameo=CODE] [acled=TEXT] [label=TEXT]
#       Declares an event type. In values '_' stands for a space.
#       violent: casualty counts in later sentences may attach to it.
#       single: happens once to its participants (a resignation): an
#       undated mention takes the date of a nearby dated one with the same
#       participant (or none), whatever its modality ("they demanded his
#       resignation" ... "he resigned on Monday").
#       person: a headline without a clause names the person it happens
#       to ("Arrest of X"); single types do so too.
#       incident: a short violent incident; a definite noun of one ("the
#       massacre") with no dated mention of its own type takes the date
#       and place of the incident of any such type told just before it.
#
#   NAME POS WEIGHT [FLAG...] : PHRASE [| PHRASE...]
#       A trigger line replaces earlier triggers with the same words and
#       part of speech, except that a line with need=, obj=, subj= or notsubj= flags replaces only
#       those of its own type: the conditional reading is tried first and
#       the other one when its condition fails.
#       Trigger phrases of type NAME. POS is noun, verb or phrase; WEIGHT in
#       (0,1] is how surely the phrase signals the event.
#       In a phrase, {lemma} marks the word that inflects: nouns get their
#       plural, verbs their -s, -ed and -ing forms (regular rules); {a/b/c}
#       lists the forms explicitly. Without braces a noun inflects its last
#       word, a verb its first; a phrase does not inflect.
#       Flags: plural-one  the plural names one event ("the elections");
#              capital     only matches when capitalised;
#              lower       only matches in lower case;
#              not=SENSE   no event when a word of SENSE is in the clause;
#              need=SENSE  an event only when a word of SENSE is in the clause;
#                          need=PERSON, need=ORG, need=PLACE ask for an entity
#                          mention of that type in the clause;
#              people      the phrase names the participants ("protesters"):
#                          no event after a count ("killing 12 protesters")
#                          nor beside another event of its type;
#              intransitive  a verb directly followed by its object is
#                          another sense ("demonstrated the need", "rallied support").
#              notsubj=SENSE  no event when the subject before the trigger
#                          (the noun phrase right before it, or the one that
#                          opens the clause after "and") has a word of
#                          SENSE or is an entity of that type ("the city was
#                          captured" is no arrest).
#              subj=SENSE  an event only when the subject has a word of SENSE
#                          or is an entity of that type; several subj= flags
#                          are alternatives ("the city was captured").
#              obj=SENSE   an event only when the noun phrase right after the
#                          trigger (its object) has a word of SENSE, or starts
#                          with an entity of that type for obj=PERSON, ORG or
#                          PLACE; several obj= flags are alternatives
#                          ("captured [Santa Clara]", "seized [the capital]").
#
#   drop : PHRASE [| ...]        forget these trigger phrases (exact forms)
#   stop : PHRASE [| ...]        a trigger inside a match of PHRASE is no event
#                                ("coup de grace", "strike a deal")
#   head : WORD [| ...]          a noun trigger right before WORD is a modifier,
#                                not an event ("election campaign manager")
#   sense NAME : WORD [| ...]   a word class for the not=NAME / need=NAME flags
#   abstract : WORD [| ...]      "attack on WORD", "demonstration of WORD" is a metaphor
#   cue MODALITY before|after : PHRASE [| ...]
#                                modality cues near the trigger (before it, or
#                                after it in the same clause)
#   report : PHRASE [| ...]      publication and reporting verbs: a date they
#                                govern is theirs, not the event's
#
# Crosswalk codes are given only where the scheme has a matching category:
# CAMEO (Conflict and Mediation Event Observations) root/sub codes, ACLED
# event type / sub-event type.

type coup violent cameo=- acled=Strategic_developments label=Coup
type election acled=- label=Election
type referendum label=Referendum
type resignation single label=Resignation
type massacre violent incident cameo=202 acled=Violence_against_civilians/Attack label=Massacre
type attack violent incident cameo=180 acled=Violence_against_civilians/Attack label=Attack
type protest cameo=141 acled=Protests label=Protest
type strike cameo=143 acled=Protests label=Strike
type arrest person cameo=173 acled=Strategic_developments/Arrests label=Arrest
type revolution violent label=Revolution
type uprising violent label=Uprising
type assassination violent single incident cameo=186 acled=Violence_against_civilians/Attack label=Assassination
type inauguration single label=Inauguration
type agreement cameo=057 acled=Strategic_developments/Agreement label=Agreement
type disaster violent label=Disaster
type war violent cameo=190 acled=Battles label=War
type invasion violent cameo=192 acled=Battles label=Invasion
type independence single label=Independence
type treaty cameo=057 label=Treaty
type death single label=Death
type mutiny cameo=- acled=Strategic_developments label=Mutiny

# word classes for not=/need= flags
sense military : naval | navy | army | armies | troops | soldiers | sepoys | legionnaires | conscripts | military | junta | officers | generals | paratroopers | marines | regiment | regiments | battalion | battalions | column | columns | legion | legions | cavalry | infantry | brigade | brigades | division | divisions

sense political : government | governments | president | regime | king | queen | monarch | monarchy | leader | dictator | dictatorship | junta | ruler | emperor | shah | sultan | premier | cabinet | prime | minister | chancellor | tsar | czar | republic | dynasty | administration | presidency
sense labour : workers | worker | unions | union | nurses | teachers | doctors | staff | employees | drivers | miners | dockers | pilots | labour | labor | railway | rail | transport | walkout | pay | wages | pensions
sense business : company | companies | firm | firms | corporation | investors | shareholders | conglomerate | bank | banks | operator | consortium | owners | buyers
sense aircraft : plane | planes | aircraft | jet | jets | helicopter | helicopters | flight | flights | airliner | pilot | spacecraft | probe | balloon
sense contestctx : legal | court | courts | political | electoral | custody | uphill | ratings | budget | bidding | takeover | cancer | addiction | illness | disease | lifelong | personal | ongoing | bureaucratic | courtroom | copyright | patent | regulatory | boardroom | rap | dance | chess
sense defused : found | finds | defused | defuse | discovered | seized | disarmed | intercepted | made | built | assembled | factory
sense monument : statue | statues | monument | monuments | bust | busts | memorial | obelisk | tree | trees | wall | walls | record | records | lead | leader's_statue
sense forces : forces | rebels | rebel | insurgents | militants | fighters | guerrillas | guerrilla | invaders | allies | allied | crusaders | besiegers | mujahideen | partisans | militias | militia | tanks | armoured | armored | columns
sense placeword : city | cities | town | towns | village | villages | capital | fortress | port | territory | province | region | island | base | airport | bridge | hill | stronghold | garrison
sense powerctx : power | throne
sense sportctx : champion | champions | championship | winner | winners | title | league | cup | tournament | season | player | team | club | miss | beauty | pageant | mvp
sense royal : king | queen | emperor | empress | tsar | czar | tsarina | sultan | shah | monarch | monarchs | throne | crown | pharaoh | khan | emir | caliph | regent | kaiser | kingdom | dynasty
sense jobctx : minister | ministers | coach | manager | managers | employee | employees | staff | worker | workers | chief | director | executive | secretary | official | officials | job | jobs | post | role | position | cabinet | player | players | editor | aide | aides | adviser | advisers | club | company | firm | board
sense crowd : protesters | protestors | demonstrators | marchers | strikers | crowd | crowds
sense facility : factory | factories | plant | mill | mills | mine | mines | shipyard | works | workshop | depot | docks | office | offices
sense slain : people | men | women | children | residents | inhabitants | passengers | families | worshippers | villagers
sense victims : protesters | protestors | demonstrators | marchers | strikers | civilians | students | villagers | worshippers | crowd | crowds | peasants | prisoners | mourners | refugees | unarmed | activists | dissidents | opponents | journalists
sense campaignctx : campaign | candidate | candidates | nominee | convention | campaigning | electoral
sense confidencevote : no-confidence | confidence | impeachment | impeached | impeach | censure | motion
sense violencectx : police | policemen | gunmen | militia | militias | militiamen | guards | security | snipers | gunfire | fire | fired | shot | shooting | bullets | clashes | violence | crackdown | bayonets | shelling | bomb | bombs | bomber | explosives | gunman | attackers | militants | rebels | insurgents
sense violencenoun : violence | fighting | clashes | unrest | crackdown | conflict | riots | rioting | bloodshed | turmoil | war | uprising | chaos | stampede | disturbances | battle
sense accident : crash | crashed | accident | collision | derailed | derailment | overturned | plunged | capsized | sank | drowned | stampede | avalanche | landslide | blaze | collapse | collapsed | outbreak | car | bus | truck | lorry | train | plane | aircraft | helicopter | ferry | boat | vehicle | road | traffic | storm | flood | floods | earthquake | hurricane | heatwave
sense electoral : voters | voter | electorate | ballot | ballots | polls | candidate | candidates | presidency | presidential | seats | turnout | electoral | winning | won | win | wins | percent | campaign | constituency | re-election | majority | landslide | president | mayor | governor

# --- coup
coup noun 1.0 : counter-coup | countercoup | self-coup | auto-coup | autogolpe | palace coup | coup | putsch | golpe | {coup} d'etat | {coup} d'état | military takeover | {coup} attempt
coup noun 0.9 : pronunciamiento | junta takeover
coup noun 0.7 need=military not=business : {takeover}
coup verb 0.8 need=political not=confidencevote not=monument : {overthrow/overthrows/overthrew/overthrown/overthrowing} | {topple}
coup verb 0.7 need=PERSON not=confidencevote not=monument : {overthrow/overthrows/overthrew/overthrown/overthrowing} | {topple}
coup verb 0.7 need=political : {depose}
coup phrase 0.9 : {seize/seizes/seized/seizing} power | {take/takes/took/taken/taking} power in a coup | {stage/stages/staged/staging} a coup
coup phrase 0.8 : {oust} the president | {oust} the government
coup noun 0.8 : {overthrow}

coup verb 0.7 need=political not=confidencevote : {oust}
coup verb 0.6 need=military need=PERSON : {remove}
coup verb 0.6 need=PERSON need=powerctx : {remove} | {drive/drives/drove/driven/driving} out
coup phrase 0.8 : {was/were} removed by the army | {was/were} removed by the military | {was/were} ousted by the army | {was/were} ousted by the military | {was/were} deposed by the army | {was/were} deposed by the military
coup phrase 0.8 : {remove/removes/removed/removing} from power | {seize/seizes/seized/seizing} control of the government | {grab/grabs/grabbed/grabbing} power
coup phrase 0.7 need=military : {take/takes/took/taken/taking} power | {assume/assumes/assumed/assuming} power

# --- election
election noun 1.0 plural-one : election | general election | presidential election | parliamentary election | legislative election | {runoff} | run-off | {by-election}
election noun 0.9 plural-one : {poll}
election noun 0.8 need=electoral : first round | second round | {runoff} vote
election noun 0.6 need=electoral : {vote}
election phrase 0.9 : {go/goes/went/gone/going} to the polls | {cast/casts/casting} their ballots | {cast/casts/casting} ballots
election verb 0.7 : {elect} | {re-elect} | {reelect}
election verb 0.5 need=electoral : {vote}

# --- referendum
referendum noun 1.0 : referendum | {referendum} | {plebiscite} | recall vote | recall referendum
referendum noun 0.9 : {referenda}

# --- resignation
resignation noun 1.0 : resignation
resignation verb 1.0 : {resign}
resignation verb 0.9 : {abdicate}
resignation noun 0.9 : abdication
resignation phrase 0.9 : {step/steps/stepped/stepping} down | {stand/stands/stood/standing} down | {quit/quits/quitting} as | {quit/quits/quitting} office | {tender/tenders/tendered/tendering} his resignation | {step/steps/stepped/stepping} aside

# --- massacre
massacre noun 1.0 : massacre | bloodbath | {slaughter} | mass killing | mass killings | genocide | {pogrom} | ethnic cleansing
massacre verb 0.9 : {massacre} | {slaughter}
massacre phrase 0.8 : {open/opens/opened/opening} fire on
massacre phrase 0.8 obj=victims obj=slain : killing of | killings of

# --- attack
attack noun 0.8 : extrajudicial {killing} | extrajudicial {execution} | extra-judicial {killing}
attack noun 0.8 : attack | {assault} | {ambush} | {bombing} | {raid} | air strike | {airstrike} | drone strike | missile strike | {shooting}
attack noun 0.8 not=defused : car {bomb} | truck {bomb} | suicide {bomb} | {bomb} blast | {bomb} attack
attack verb 0.7 : {attack} | {ambush} | {bomb} | {shell}
attack verb 0.7 : {storm/stormed/storming}
# supporters or forces clashing (not "clashed over the budget")
attack verb 0.6 not=contestctx intransitive : {clash}
attack verb 0.6 need=PLACE not=jobctx : {sack/sacks/sacked/sacking}
attack phrase 0.7 need=PLACE : sack of | {sacking} of
attack verb 0.7 : {bombard} | {strafe}
attack phrase 0.8 : {set/sets/setting} fire to | {shoot/shoots/shot/shooting} down | {fired/firing} on | {fired/firing} into the crowd | {fired/firing} into crowds
attack phrase 0.7 : {fire/fires/fired/firing} live rounds | {fire/fires/fired/firing} live ammunition | {fire/fires/fired/firing} tear gas | {fire/fires/fired/firing} rubber bullets | {fire/fires/fired/firing} shots at | {fire/fires/fired/firing} at protesters | {fire/fires/fired/firing} at demonstrators | {fire/fires/fired/firing} at the crowd
attack phrase 0.7 : {shoot/shoots/shot/shooting} dead | shot and killed | {gun/guns/gunned/gunning} down | was shot dead | were shot dead | was shot and killed
attack verb 0.6 obj=victims : {shoot/shoots/shot/shooting} | {bayonet}
attack phrase 0.6 need=PERSON : was shot | was stabbed | was shot and wounded

# --- protest
protest noun 0.6 people : {protester} | {protestor} | {demonstrator}
protest noun 0.8 not=campaignctx : {rally/rallies}
protest noun 0.9 : protest | demonstration | {sit-in} | mobilisation | mobilization | {riot}
protest noun 0.7 not=military : {blockade}
protest noun 0.7 not=military lower : {march/marches}
protest verb 0.7 : {protest}
protest verb 0.6 need=crowd : {gather} | {assemble} | {converge}
protest verb 0.7 intransitive : {demonstrate} | {rally/rallies/rallied/rallying}
protest verb 0.6 not=military lower intransitive : {march}
protest phrase 0.9 : {take/takes/took/taken/taking} to the streets
protest phrase 0.8 : {block/blocks/blocked/blocking} roads | {block/blocks/blocked/blocking} the roads | {block/blocks/blocked/blocking} highways | {block/blocks/blocked/blocking} the highways | {erect/erects/erected/erecting} barricades | {erect/erects/erected/erecting} roadblocks | {set/sets/setting} up roadblocks | {set/sets/setting} up barricades

# --- strike
strike noun 0.9 : strike | general strike | hunger strike | {walkout} | {stoppage}
strike verb 0.6 need=labour intransitive : {strike/strikes/striking}
strike phrase 0.9 : {go/goes/went/gone/going} on strike | {come/comes/came/coming} out on strike
strike phrase 0.9 need=labour : {walk/walks/walked/walking} out
strike verb 0.6 need=labour obj=facility : {occupy/occupies/occupied/occupying}
strike phrase 0.9 : {walk/walks/walked/walking} off the job | {walk/walks/walked/walking} off their jobs | {down/downs/downed/downing} tools

# --- arrest
arrest noun 0.9 : arrest | detention
arrest verb 0.9 : {arrest} | {detain} | {jail} | {intern/interned/interning} | {imprison}
arrest phrase 0.9 : {place/places/placed/placing} under arrest | {put/puts/putting} under arrest | {place/places/placed/placing} under house arrest | {put/puts/putting} under house arrest
arrest phrase 0.8 : taken into custody | {take/takes/took/taken/taking} into custody
arrest phrase 0.6 need=PERSON : {was/were/is/are} being held | held hostage | held captive | held incommunicado | {was/were} taken hostage
arrest phrase 0.7 notsubj=placeword notsubj=PLACE : {was/were/is/are} captured | {was/were} seized | {was/were} rounded up
# abductions and enforced disappearances take people as arrests and
# hostages do (CAMEO 181 is their own code; no type fits better)
arrest verb 0.7 : {abduct} | {kidnap/kidnaps/kidnapped}
arrest noun 0.7 : {abduction}
arrest phrase 0.8 : forcibly disappeared | enforced {disappearance} | forced {disappearance}

# --- capture and conquest: a city or territory taken in a war is an
# invasion (CAMEO 192, occupy territory); the army taking the country or
# the government is a coup
invasion verb 0.7 obj=PLACE obj=placeword : {capture} | {recapture} | {seize} | {overrun/overruns/overran/overrunning} | {conquer} | {retake/retakes/retook/retaken/retaking}
invasion phrase 0.8 obj=PLACE obj=placeword not=business : {take/takes/took/taken/taking} control of | {seize/seizes/seized/seizing} control of | {gain/gains/gained/gaining} control of | {wrest/wrests/wrested/wresting} control of
invasion phrase 0.8 need=PLACE obj=military obj=forces obj=ORG : {fall/falls/fell/fallen/falling} to
invasion phrase 0.8 need=placeword obj=military obj=forces obj=ORG : {fall/falls/fell/fallen/falling} to
invasion phrase 0.7 subj=PLACE subj=placeword : {was/were/is/are} captured | {was/were/is/are} recaptured | {was/were/is/are} seized | {was/were/is/are} overrun | {was/were/is/are} retaken | {was/were/is/are} taken by | had been captured | had been taken | {was/were/is/are} stormed
invasion noun 0.8 obj=PLACE obj=placeword : {capture} of | {conquest} of | fall of | {annexation} of
# a territory annexed is taken (CAMEO 192)
invasion verb 0.7 obj=PLACE obj=placeword : {annex}
invasion phrase 0.7 subj=PLACE subj=placeword : {was/were/is/are} annexed | had been annexed
invasion verb 0.6 need=military obj=PLACE obj=placeword : {enter/enters/entered/entering} | {take/takes/took/taken/taking} | {occupy/occupies/occupied/occupying}
invasion verb 0.6 need=forces obj=PLACE obj=placeword : {enter/enters/entered/entering} | {take/takes/took/taken/taking} | {occupy/occupies/occupied/occupying}
invasion phrase 0.7 need=military obj=PLACE obj=placeword : {march/marches/marched/marching} into | {roll/rolls/rolled/rolling} into | {sweep/sweeps/swept/sweeping} into
invasion verb 0.6 need=military not=aircraft intransitive : {land/lands/landed/landing}
invasion verb 0.6 need=forces not=aircraft intransitive : {land/lands/landed/landing}
coup phrase 0.9 need=military : {take/takes/took/taken/taking} control of the country | {seize/seizes/seized/seizing} control of the country | {take/takes/took/taken/taking} control of the government | {take/takes/took/taken/taking} control of the state | {seize/seizes/seized/seizing} control of the state

# --- revolution
revolution noun 1.0 : revolution | {revolution}


# --- uprising
uprising noun 0.9 : uprising | insurrection | {rebellion} | {revolt} | {insurgency}
uprising noun 0.8 capital : rising
uprising verb 0.7 : {revolt} | {rebel/rebels/rebelled/rebelling}
uprising phrase 0.6 : {rise/rises/rose/risen/rising} up
uprising phrase 0.7 : {rise/rises/rose/risen/rising} against | {rise/rises/rose/risen/rising} in revolt | {rise/rises/rose/risen/rising} in rebellion

# --- others
mutiny noun 0.9 : mutiny | {mutiny/mutinies}
mutiny verb 0.8 : {mutiny/mutinies/mutinied/mutinying}
assassination noun 1.0 : assassination
assassination verb 1.0 : {assassinate}
assassination verb 0.8 : {behead}
# an execution, after a trial or none, is the state's killing of a
# person: no type fits it better (CAMEO has no code of its own for it)
assassination phrase 0.8 : {was/were/is/are} executed | had been executed | {was/were/is/are} hanged | had been hanged | {was/were/is/are} hanged | {was/were/is/are} guillotined | had been guillotined | {was/were/is/are} burned at the stake | {was/were/is/are} burnt at the stake | {was/were/is/are} beheaded | by firing squad | before a firing squad | {face/faces/faced/facing} a firing squad | {was/were/is/are} publicly executed | {was/were/is/are} summarily executed
assassination verb 0.7 obj=PERSON obj=victims obj=slain : {execute} | {guillotine} | {hang/hangs/hanged/hanging}
assassination phrase 0.8 : {go/goes/went/gone/going} to the guillotine | {go/goes/went/gone/going} to the scaffold | {go/goes/went/gone/going} to the gallows | {send/sends/sent/sending} to the guillotine | {send/sends/sent/sending} to the gallows
assassination noun 0.8 obj=PERSON obj=victims obj=slain : {execution} of
disaster phrase 0.9 : {make/makes/made/making} landfall
assassination phrase 0.8 need=political : {shoot/shoots/shot/shooting} dead | shot and killed | {gun/guns/gunned/gunning} down | was shot dead | was shot and killed
inauguration noun 0.9 : inauguration | swearing-in | {investiture}
inauguration phrase 0.9 : sworn in as | sworn in | {take/takes/took/taken/taking} office | {take/takes/took/taken/taking} the oath of office | {inaugurate}
# coronations and accessions to a throne are a ruler's inauguration
inauguration noun 0.9 : {coronation} | accession to the throne | {enthronement}
inauguration phrase 0.9 not=sportctx : {was/were/is/are} crowned | had been crowned | {crown/crowns/crowned/crowning} himself | {crown/crowns/crowned/crowning} herself | {ascend/ascends/ascended/ascending} the throne | {come/comes/came/coming} to the throne | {take/takes/took/taken/taking} the throne | {accede/accedes/acceded/acceding} to the throne | {succeed/succeeds/succeeded/succeeding} to the throne | {mount/mounts/mounted/mounting} the throne | {was/were/is/are} enthroned | {was/were/is/are} proclaimed king | {was/were/is/are} proclaimed queen | {was/were/is/are} proclaimed emperor
inauguration verb 0.7 need=royal : {succeed}
inauguration verb 0.6 obj=PERSON : {succeed}
agreement noun 0.5 : agreement | accord
agreement noun 0.8 : peace deal | ceasefire | cease-fire | truce | peace agreement | peace accord
agreement phrase 0.7 : {make/makes/made/making} a deal | {strike/strikes/struck/striking} a deal | {reach/reaches/reached/reaching} an agreement | {reach/reaches/reached/reaching} a deal | {sign/signs/signed/signing} an agreement | {sign/signs/signed/signing} a peace
disaster noun 0.9 : earthquake | {quake} | {aftershock} | {typhoon} | {tornado} | tropical {storm} | {blizzard} | {mudslide} | {avalanche} | heatwave | heat {wave} | volcanic {eruption} | {flood} | {wildfire} | forest {fire} | hurricane | tsunami | landslide | drought | eruption | famine | epidemic | cyclone
war noun 0.8 : war | civil war | {war}
war noun 0.7 not=contestctx : {battle}
war noun 0.7 obj=PLACE obj=placeword : {siege} of
war phrase 0.8 : {lay/lays/laid/laying} siege to | {besiege}
war noun 0.6 intransitive not=contestctx : fighting | {offensive}
invasion noun 1.0 : invasion
invasion verb 0.8 : {invade}
independence noun 0.8 lower : independence
independence phrase 0.9 : {become/becomes/became/becoming} independent | {become/becomes/became/becoming} an independent state | {become/becomes/became/becoming} an independent country | {become/becomes/became/becoming} an independent nation | {become/becomes/became/becoming} an independent republic
independence phrase 1.0 : declared independence | {declare} independence | {gain/gains/gained/gaining} independence | {win/wins/won/winning} independence
treaty noun 1.0 : treaty | {treaty/treaties}
death verb 0.6 need=PERSON : {die/dies/died/dying}
death noun 0.5 need=PERSON : death

# --- context: phrases that look like triggers but are not events
stop : coup de grace | coup de grâce | coup de theatre | coup de théâtre | coup de main | {coup} de foudre | publicity coup | media coup | diplomatic coup | propaganda coup | {score/scores/scored/scoring} a coup
stop : {strike/strikes/struck/striking} a deal | {strike/strikes/struck/striking} a balance | {strike/strikes/struck/striking} a chord | {strike/strikes/struck/striking} a blow | {strike/strikes/struck/striking} a pose | {strike/strikes/struck/striking} a note | lucky strike | strike price | first strike capability
stop : {march} of history | {march} of time | {march} of progress | forward march | long march through the institutions | on the march
stop : heart {attack} | panic {attack} | asthma {attack} | anxiety {attack} | under attack from critics | verbal {attack} | rhetorical {attack} | personal {attack} | scathing {attack} | blistering {attack} | verbal {assault}
stop : {is/are/was/were/be/been/being} fighting | fighting for | {keep/keeps/kept} fighting | {start/starts/started} fighting | {stop/stops/stopped} fighting | charm offensive | diplomatic offensive | on the offensive | {go/goes/went/gone} on the offensive | media offensive | PR offensive
stop : war of words | price {war} | trade {war} | prisoners of war | prisoner of war | {war} of nerves | war on drugs | war on terror | war on poverty | culture war | culture wars
stop : death penalty | death squad | death squads | death threat | death threats | death toll | death tolls | put to death
stop : percent of the vote | per cent of the vote | share of the vote | % of the vote | percent of the votes | per cent of the votes
stop : right to vote | vote of confidence | vote of no confidence | votes of confidence | votes of no confidence | {vote} on the motion
stop : {poll} shows | opinion {poll} | {poll} showed | {poll} suggests | exit {poll} | {poll} show | {poll} have shown | {poll} has shown | {poll} found | {poll} finds | {poll} completed | {poll} conducted | {poll} published | {poll} released | {poll} suggest | {poll} indicate | {poll} indicates | in a {poll} | {poll} of voters | {poll} by
stop : independence of | independence from | judicial independence | class independence | political independence | independence of the judiciary
stop : under arrest
stop : in protest | in protest at | in protest against | in protest over
stop : {win/wins/won/winning} a landslide | by a landslide | landslide victory | landslide win | landslide majority | electoral landslide
stop : {overthrow} of capitalism | {overthrow} of the system | {overthrow} of the old order
stop : green revolution | industrial revolution | digital revolution | sexual revolution | scientific revolution

# a noun trigger right before one of these words is a modifier
head : tax | taxes | manager | managers | camp | camps | song | songs | organisers | organizers | organiser | organizer | group | groups | site | sites | governments | officials | law | laws | commission | official | officials | observer | observers | monitor | monitors | code | tribunal | board | poster | posters | material | spending | government | regime | leader | leaders | plotter | plotters | authorities | authority | body | court | system | promise | promises | pledge | pledges | rhetoric | slogan | slogans | programme | program | platform | agenda | tactic | tactics | strategy | period | process | machinery | officer | officers | police | squad | squads | gear | loans | loan | machine | planners | planner | reparations | crimes | criminal | criminals | veteran | veterans | memorial | games | chest | footing | debt | debts | bonds | rights | shares | booth | booths | box | boxes | card | cards | commissions | committees | warrant | warrants | record | records | sheet | representatives | representative | members | member | numbers | ratings

# "attack on <word>" is a metaphor
abstract : power | strength | support | commitment | solidarity | unity | force | resolve | will | intent | confidence | goodwill | how | that | what | faith | loyalty | determination | democracy | rights | freedom | freedoms | liberty | constitution | press | sovereignty | wages | pensions | conditions | standards | living | reputation | credibility | dignity | truth | science | reason | values | culture | religion | faith | tradition | traditions | policy | policies | budget | unions | workers' | democratic

# modality cues
cue attempted before : failed to | fail to | fails to | attempted | failed | foiled | thwarted | abortive | aborted | botched | would-be | unsuccessful | frustrated | an attempt at | attempt at | attempted to | tried to | try to | tries to | trying to
cue attempted after : attempt | attempts | failed | fails | fizzled | collapsed | was foiled | was thwarted | was defeated | was crushed | was put down | were foiled
cue planned before : threatened a | threatens a | threaten a | threatening a | threatened an | threatened to hold | to hold | to stage | to organise | to organize | agreed to hold | promised to hold | will hold | would hold | calls for | call for | called for | calling for | calling of | call of | demand for | demands for | demanded | demanding | plans for | plan for | planned | plans to | plan to | planning to | will | shall | to be held | upcoming | forthcoming | next | scheduled | proposed | awaited | long-awaited | new | threatened to | threatens to | threaten to | is to | are to | set to | expected to | going to | prepare for | prepares for | preparing for | to | should | must | ought to | wants to | want to
cue planned after : will | shall | will be held | to be held | is scheduled | was scheduled | is planned | are planned | was called | were called | is expected | are expected
cue negated before : nobody | no one | none | neither | nor | did not | didn't | does not | doesn't | do not | don't | never | refused to | refuses to | refuse to | no | not | has not | have not | hasn't | haven't | had not | hadn't | was not | wasn't | were not | weren't | without | rather than | instead of | avoided | averted | prevented | ruled out | denied | deny | denies
cue negated after : was not held | were not held | would not be held | will not be held | would not take place | will not take place | never happened | did not happen | was averted | was called off | were called off | was cancelled | were cancelled | was canceled | was postponed | were postponed | did not take place | never took place
cue hypothetical after : could | might | may | would
cue hypothetical before : if | unless | whether | would | could | might | may | possible | possibility of | threat of | risk of | danger of | fear of | fears of | rumours of | rumors of | in case of | in the event of | prospect of | imagine | suppose | hypothetical

# publication and reporting verbs: the dates they govern are theirs
report : {publish} | {record} | {report} | {post} | {write/writes/wrote/written/writing} | {update} | {broadcast/broadcasts/broadcasting} | {air} | {print} | {file} | {translate} | {release} | {say/says/said/saying} | {tell/tells/told/telling} | {comment} | {explain} | {publication} | podcast | article | statement | interview | {provide} an update | {analyse} | {analyze}
