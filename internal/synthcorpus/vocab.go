package synthcorpus

// The vocabulary of the generated articles. Countries, capitals and towns
// are real places (facts); people and organisations are invented by
// combining common name parts, so no real person is described.

type country struct {
	name, demonym, capital string
	towns                  []string
	currency               string
}

var countries = []country{
	{"Bolivia", "Bolivian", "La Paz", []string{"Cochabamba", "Santa Cruz", "Oruro", "Potosí", "Sucre", "El Alto"}, "bolivianos"},
	{"Chile", "Chilean", "Santiago", []string{"Valparaíso", "Concepción", "Antofagasta", "Temuco"}, "pesos"},
	{"Peru", "Peruvian", "Lima", []string{"Cusco", "Arequipa", "Trujillo", "Puno", "Ayacucho"}, "soles"},
	{"Argentina", "Argentine", "Buenos Aires", []string{"Córdoba", "Rosario", "Mendoza", "La Plata"}, "pesos"},
	{"Ecuador", "Ecuadorian", "Quito", []string{"Guayaquil", "Cuenca", "Ambato"}, "dollars"},
	{"Kenya", "Kenyan", "Nairobi", []string{"Mombasa", "Kisumu", "Nakuru", "Eldoret"}, "shillings"},
	{"Nigeria", "Nigerian", "Abuja", []string{"Lagos", "Kano", "Ibadan", "Port Harcourt"}, "naira"},
	{"Ghana", "Ghanaian", "Accra", []string{"Kumasi", "Tamale", "Takoradi"}, "cedis"},
	{"Thailand", "Thai", "Bangkok", []string{"Chiang Mai", "Khon Kaen", "Hat Yai"}, "baht"},
	{"Philippines", "Filipino", "Manila", []string{"Cebu", "Davao", "Iloilo", "Baguio"}, "pesos"},
	{"Portugal", "Portuguese", "Lisbon", []string{"Porto", "Coimbra", "Braga", "Faro"}, "escudos"},
	{"Greece", "Greek", "Athens", []string{"Thessaloniki", "Patras", "Heraklion", "Larissa"}, "drachmas"},
	{"Poland", "Polish", "Warsaw", []string{"Gdańsk", "Kraków", "Łódź", "Wrocław", "Poznań"}, "złoty"},
	{"Hungary", "Hungarian", "Budapest", []string{"Debrecen", "Szeged", "Pécs"}, "forints"},
	{"Turkey", "Turkish", "Ankara", []string{"Istanbul", "İzmir", "Bursa", "Adana"}, "lira"},
	{"Egypt", "Egyptian", "Cairo", []string{"Alexandria", "Suez", "Port Said", "Aswan"}, "pounds"},
	{"Sudan", "Sudanese", "Khartoum", []string{"Omdurman", "Port Sudan", "Kassala"}, "pounds"},
	{"Haiti", "Haitian", "Port-au-Prince", []string{"Cap-Haïtien", "Gonaïves", "Les Cayes"}, "gourdes"},
	{"Spain", "Spanish", "Madrid", []string{"Barcelona", "Seville", "Bilbao", "Valencia"}, "pesetas"},
	{"Fiji", "Fijian", "Suva", []string{"Lautoka", "Nadi", "Labasa"}, "dollars"},
	{"Myanmar", "Burmese", "Naypyidaw", []string{"Yangon", "Mandalay", "Bago"}, "kyat"},
	{"Guatemala", "Guatemalan", "Guatemala City", []string{"Quetzaltenango", "Escuintla", "Cobán"}, "quetzales"},
}

var firstNames = []string{
	"Ana", "Luis", "María", "Jorge", "Elena", "Tomás", "Rosa", "Víctor", "Carmen", "Andrés",
	"Grace", "Samuel", "Amina", "Daniel", "Joyce", "Peter", "Fatima", "Kwame", "Ngozi", "Yusuf",
	"Somchai", "Malee", "Jose", "Teresa", "Ramon", "Miguel", "Sofia", "Nikos", "Eleni", "Katarzyna",
	"Piotr", "Tamás", "Zsófia", "Mehmet", "Ayşe", "Omar", "Layla", "Jean", "Marie", "Aung",
	"Hla", "Isabel", "Rafael", "Lucía", "Hector", "Inés", "Pablo", "Beatriz", "Felipe", "Julia",
}

var lastNames = []string{
	"Quispe", "Mamani", "Rojas", "Vargas", "Fernández", "Castillo", "Gutiérrez", "Morales", "Salazar", "Herrera",
	"Otieno", "Kamau", "Okafor", "Adeyemi", "Mensah", "Boateng", "Suksawat", "Chaiyaporn", "Santos", "Reyes",
	"Dela Cruz", "Silva", "Costa", "Papadopoulos", "Georgiou", "Kowalski", "Nowak", "Horváth", "Nagy", "Yılmaz",
	"Demir", "Hassan", "Mahmoud", "Pierre", "Baptiste", "Thein", "Aung", "Ortega", "Mendoza", "Navarro",
	"Ibarra", "Paredes", "Cárdenas", "Villalobos", "Acosta", "Arce", "Torres", "Campos", "Duarte", "Ramírez",
}

var partyWords = [][2]string{
	{"National Renewal Party", "PRN"}, {"Workers' Front", "FT"}, {"Democratic Union", "UD"},
	{"Movement for Progress", "MPP"}, {"Liberal Alliance", "AL"}, {"Popular Action", "AP"},
	{"Socialist Party", "PS"}, {"Christian Democrats", "DC"}, {"Green Coalition", "CV"},
	{"Citizens' Movement", "MC"}, {"Farmers' League", "LC"}, {"Republican Centre", "CR"},
}

var unions = []string{
	"Federation of Mine Workers", "Teachers' Union", "Transport Workers' Confederation",
	"National Nurses' Association", "Dock Workers' Union", "Confederation of Peasant Workers",
	"Students' Federation", "Union of Bank Employees",
}

var roles = []string{
	"President", "Prime Minister", "Interior Minister", "Defence Minister", "opposition leader",
	"General", "Colonel", "union leader", "Mayor of the capital", "Finance Minister", "former President",
}

var months = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var numberWords = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

var outlets = []string{"The Morning Ledger", "Daily Courier", "Southern Observer", "The Evening Post",
	"Continental Review", "The Weekly Herald", "Harbour Gazette", "People's Chronicle"}

// Filler sentences carry no event; they make the texts realistic in size
// and give the extractors non-event prose to skip.
var fillers = []string{
	"Analysts said the economy had slowed for the third quarter in a row.",
	"Prices of bread and fuel have risen sharply since the beginning of the year.",
	"The government has denied any wrongdoing.",
	"Observers from neighbouring countries called for calm and dialogue.",
	"Shops in the centre of {town} stayed closed for most of the day.",
	"A spokesperson for the ministry declined to comment.",
	"The {demonym} currency fell to a record low against the dollar.",
	"Many families in the poorer districts depend on remittances from abroad.",
	"The debate in parliament lasted late into the night.",
	"Local radio stations reported long queues at petrol stations.",
	"Schools in {town} were closed as a precaution.",
	"The ruling coalition holds a narrow majority in the assembly.",
	"Diplomats said talks would continue behind closed doors.",
	"The figures could not be independently verified.",
	"“We will not be intimidated,” {person} told reporters outside the building.",
	"Rainfall this season has been well below average, hurting farmers in the highlands.",
	"Tourism, once a major source of income, has yet to recover.",
	"The {party} issued a statement condemning the violence.",
	"Negotiations with creditors have stalled over the terms of repayment.",
	"Residents described the atmosphere as tense but calm.",
	"The report, published by a group of independent economists, ran to more than 200 pages.",
	"Several roads leading into {capital} were blocked by debris.",
}
