/**
 * Name lists for the synthetic demo region (Rotterdam-Rijnmond). First and family names are
 * common in the Netherlands and are combined at random by the generator: every combination
 * is synthetic and never refers to a real person.
 *
 * Backgrounds reflect the diversity of the Rotterdam region; the generator draws them
 * independently of the household profile, so no problem is tied to any community.
 */
export interface NameBackground {
  readonly key: string;
  /** Relative weight when drawing a household's background. */
  readonly weight: number;
  readonly female: readonly string[];
  readonly male: readonly string[];
  /** Family names, Dutch prefixes (*tussenvoegsels*) in lower case, e.g. `van der Berg`. */
  readonly family: readonly string[];
}

export const NAME_BACKGROUNDS: readonly NameBackground[] = [
  {
    key: 'dutch',
    weight: 45,
    female: [
      'Anouk', 'Sanne', 'Lotte', 'Femke', 'Marieke', 'Esther', 'Inge', 'Linda', 'Monique', 'Sandra',
      'Kim', 'Iris', 'Eva', 'Julia', 'Emma', 'Sophie', 'Tess', 'Noa', 'Fleur', 'Lieke',
      'Mirjam', 'Petra', 'Wilma', 'Joke', 'Ria', 'Annelies', 'Bianca', 'Chantal', 'Danique', 'Merel',
    ],
    male: [
      'Jeroen', 'Bas', 'Thijs', 'Sander', 'Martijn', 'Dennis', 'Kevin', 'Ruud', 'Marco', 'Erik',
      'Pieter', 'Joost', 'Niels', 'Daan', 'Sem', 'Lucas', 'Finn', 'Bram', 'Jesse', 'Luuk',
      'Henk', 'Kees', 'Gerrit', 'Wim', 'Cor', 'Arjan', 'Ronald', 'Mark', 'Stefan', 'Tim',
    ],
    family: [
      'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
      'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
      'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van der Heijden', 'van der Meer', 'Verhoeven', 'van der Wal', 'Kuipers',
      'van Vliet', 'Hoogendoorn', 'de Jong', 'van Rijn', 'Verbeek', 'Koster', 'van Beek', 'Schouten', 'Post', 'van der Graaf',
    ],
  },
  {
    key: 'moroccan-dutch',
    weight: 12,
    female: ['Fatima', 'Khadija', 'Naima', 'Samira', 'Nadia', 'Hanan', 'Yasmina', 'Imane', 'Salma', 'Ikram', 'Malika', 'Soukaina', 'Nora', 'Houda', 'Amira'],
    male: ['Mohamed', 'Ahmed', 'Youssef', 'Mustafa', 'Said', 'Rachid', 'Karim', 'Bilal', 'Hamza', 'Ayoub', 'Khalid', 'Driss', 'Anas', 'Ilias', 'Adam'],
    family: ['El Amrani', 'Bouzid', 'El Idrissi', 'Ouali', 'Benali', 'Azzouzi', 'El Khatib', 'Boukhari', 'Chaoui', 'Tahiri', 'Ziani', 'El Hamdaoui', 'Bakkali', 'Amrani', 'Haddouchi'],
  },
  {
    key: 'turkish-dutch',
    weight: 10,
    female: ['Ayse', 'Fatma', 'Elif', 'Zeynep', 'Emine', 'Hatice', 'Merve', 'Esra', 'Büsra', 'Derya', 'Sevgi', 'Gül', 'Melek', 'Hülya', 'Deniz'],
    male: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'Ibrahim', 'Emre', 'Murat', 'Yusuf', 'Kerem', 'Burak', 'Serkan', 'Ömer', 'Can'],
    family: ['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Çelik', 'Yildiz', 'Aydin', 'Öztürk', 'Arslan', 'Dogan', 'Kiliç', 'Aslan', 'Koç', 'Kurt', 'Özdemir'],
  },
  {
    key: 'surinamese-dutch',
    weight: 10,
    female: ['Sharita', 'Shanti', 'Rachna', 'Kavita', 'Gerda', 'Marcia', 'Jenny', 'Natasha', 'Romy', 'Priya', 'Angelique', 'Cheryl', 'Sunita', 'Denise', 'Anjali'],
    male: ['Ravi', 'Sunil', 'Ashwin', 'Dinesh', 'Ricardo', 'Roy', 'Glenn', 'Edgar', 'Romano', 'Kishan', 'Orlando', 'Marvin', 'Rajesh', 'Clyde', 'Dave'],
    family: ['Ramdin', 'Sewdien', 'Jagesar', 'Ramcharan', 'Mahabier', 'Kromosoeto', 'Pinas', 'Wijngaarde', 'Held', 'Sabajo', 'Biharie', 'Lachman', 'Sitaldin', 'Pengel', 'Doelwijt'],
  },
  {
    key: 'cape-verdean',
    weight: 6,
    female: ['Maria', 'Ana', 'Carla', 'Sandra', 'Lúcia', 'Isabel', 'Elisa', 'Joana', 'Fátima', 'Helena', 'Neusa', 'Edna'],
    male: ['José', 'João', 'Carlos', 'António', 'Manuel', 'Paulo', 'Nelson', 'Adilson', 'Rui', 'Jorge', 'Djalma', 'Edson'],
    family: ['Lopes', 'Fortes', 'Monteiro', 'Tavares', 'Semedo', 'Gomes', 'Andrade', 'Pina', 'Varela', 'Rodrigues', 'Brito', 'Delgado'],
  },
  {
    key: 'polish',
    weight: 6,
    female: ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Ewa', 'Monika', 'Karolina', 'Aleksandra', 'Zofia', 'Natalia', 'Marta'],
    male: ['Piotr', 'Krzysztof', 'Tomasz', 'Pawel', 'Marcin', 'Michal', 'Jakub', 'Lukasz', 'Kamil', 'Adam', 'Wojciech', 'Bartosz'],
    family: ['Nowak', 'Kowalski', 'Wisniewski', 'Wójcik', 'Kowalczyk', 'Kaminski', 'Lewandowski', 'Zielinski', 'Szymanski', 'Wozniak', 'Dabrowski', 'Mazur'],
  },
  {
    key: 'antillean-dutch',
    weight: 6,
    female: ['Shurenska', 'Jeanine', 'Rosalinda', 'Chanella', 'Giselle', 'Sherida', 'Nathaly', 'Luzmila', 'Yolanda', 'Raysha'],
    male: ['Jurgen', 'Rignald', 'Shurwin', 'Edsel', 'Gilbert', 'Ivan', 'Ruthmilo', 'Jair', 'Quincy', 'Rudsel'],
    family: ['Martina', 'Isenia', 'Rosaria', 'Statia', 'Cijntje', 'Pieternella', 'Wawoe', 'Girigorie', 'Maduro', 'Felida'],
  },
  {
    key: 'other',
    weight: 5,
    female: ['Amina', 'Hodan', 'Leila', 'Mariam', 'Elena', 'Ioana', 'Rania', 'Sara', 'Yara', 'Tigist'],
    male: ['Abdi', 'Omar', 'Ali', 'Tariq', 'Andrei', 'Bogdan', 'Samir', 'Dawit', 'Hassan', 'Nikola'],
    family: ['Hassan', 'Warsame', 'Haddad', 'Popescu', 'Ionescu', 'Tesfaye', 'Nasser', 'Petrovic', 'Ahmadi', 'Rahimi'],
  },
];
