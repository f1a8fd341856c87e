// The seven KUDAF providers of the sample metadata, with the vocabulary the
// generator draws their variables from. Publisher facts match metadata/;
// the topic words are Norwegian (Bokmål) as providers write them, so search,
// folding (æ/ø/å) and prefix expansion meet the same words as in real use.

/** Shared code lists: [id, data type, codes as [code, title]]. */
export const CODE_LISTS = {
  kjonn: ['STRING', [['1', 'Mann'], ['2', 'Kvinne']]],
  fylke: [
    'STRING',
    [
      ['03', 'Oslo'], ['11', 'Rogaland'], ['15', 'Møre og Romsdal'], ['18', 'Nordland'],
      ['31', 'Østfold'], ['32', 'Akershus'], ['33', 'Buskerud'], ['34', 'Innlandet'],
      ['39', 'Vestfold'], ['40', 'Telemark'], ['42', 'Agder'], ['46', 'Vestland'],
      ['50', 'Trøndelag'], ['55', 'Troms'], ['56', 'Finnmark'],
    ],
  ],
  karakter: ['LONG', [['1', 'Karakter 1'], ['2', 'Karakter 2'], ['3', 'Karakter 3'], ['4', 'Karakter 4'], ['5', 'Karakter 5'], ['6', 'Karakter 6']]],
  utdprogram: [
    'STRING',
    [
      ['ST', 'Studiespesialisering'], ['ID', 'Idrettsfag'], ['MD', 'Musikk, dans og drama'],
      ['BA', 'Bygg- og anleggsteknikk'], ['EL', 'Elektro og datateknologi'], ['HS', 'Helse- og oppvekstfag'],
      ['NA', 'Naturbruk'], ['RM', 'Restaurant- og matfag'], ['TP', 'Teknologi- og industrifag'],
      ['IM', 'Informasjonsteknologi og medieproduksjon'], ['SR', 'Salg, service og reiseliv'],
    ],
  ],
  studieniva: ['STRING', [['BA', 'Bachelor'], ['MA', 'Master'], ['PHD', 'Ph.d.'], ['ARS', 'Årsstudium'], ['FAG', 'Fagskole']]],
  stotte: ['STRING', [['LAN', 'Lån'], ['STIP', 'Stipend'], ['BORT', 'Bostipend'], ['FORS', 'Forsørgerstipend'], ['OMG', 'Omgjøringslån']]],
  naering: [
    'STRING',
    [
      ['A', 'Jordbruk, skogbruk og fiske'], ['C', 'Industri'], ['F', 'Bygge- og anleggsvirksomhet'],
      ['G', 'Varehandel'], ['J', 'Informasjon og kommunikasjon'], ['M', 'Faglig, vitenskapelig og teknisk tjenesteyting'],
      ['O', 'Offentlig administrasjon og forsvar'], ['P', 'Undervisning'], ['Q', 'Helse- og sosialtjenester'],
    ],
  ],
  orgform: ['STRING', [['AS', 'Aksjeselskap'], ['ENK', 'Enkeltpersonforetak'], ['ANS', 'Ansvarlig selskap'], ['SA', 'Samvirkeforetak'], ['STI', 'Stiftelse'], ['KF', 'Kommunalt foretak']]],
  bygningstype: ['LONG', [['111', 'Enebolig'], ['121', 'Tomannsbolig'], ['131', 'Rekkehus'], ['141', 'Store frittliggende boligbygg'], ['611', 'Skolebygg'], ['613', 'Universitets- og høgskolebygg']]],
  innlogging: ['STRING', [['FEIDE', 'Feide-pålogging'], ['IDPORTEN', 'ID-porten'], ['GJEST', 'Gjestepålogging']]],
  mestring: ['LONG', [['1', 'Mestringsnivå 1'], ['2', 'Mestringsnivå 2'], ['3', 'Mestringsnivå 3'], ['4', 'Mestringsnivå 4'], ['5', 'Mestringsnivå 5']]],
  eierform: ['STRING', [['OFF', 'Offentlig'], ['PRIV', 'Privat'], ['STIFT', 'Stiftelse']]],
};

/** Sentinel and missing-value codes some code lists carry. */
export const SENTINELS = [
  ['0', 'Ukjent'],
  ['9', 'Ikke oppgitt'],
  ['99', 'Uoppgitt'],
];

/** The seven providers, in the order their files are written. */
export const PROVIDERS = [
  {
    file: 'ssb',
    weight: 26,
    prefix: 'SSB',
    publisher: {
      name: 'Statistisk sentralbyrå',
      description: 'Statistisk sentralbyrå (SSB) er Norges nasjonale statistikkbyrå og har ansvar for den offisielle statistikken.',
      identifier: '971526920',
      contact: ['SSB, mikrodata og forskertjenester', 'forskning@example.no', 'https://www.ssb.no/data-til-forskning'],
    },
    catalog: 'Mikrodata fra SSB',
    declared: [],
    units: ['PERSON', 'PERSON', 'PERSON', 'FAMILIE', 'HUSHOLDNING', 'KOMMUNE', 'BEDRIFT', 'JOBB'],
    links: ['KOMMUNE', 'BEDRIFT', 'FAMILIE', 'FORETAK'],
    subjects: ['Befolkning', 'Arbeid og lønn', 'Inntekt og formue', 'Utdanning', 'Helse', 'Bolig', 'Innvandring', 'Sosiale forhold'],
    objects: [
      ['personer', 'PERS'], ['sysselsatte', 'SYSS'], ['husholdninger', 'HUSH'], ['innvandrere', 'INNV'],
      ['arbeidsforhold', 'ARBF'], ['uføretrygdede', 'UFOR'], ['pensjonister', 'PENS'], ['barnefamilier', 'BFAM'],
    ],
    measures: [
      ['Bruttoinntekt', 'BRUTTOINNT'], ['Yrkesinntekt', 'YRKINNT'], ['Formue', 'FORMUE'], ['Bostedskommune', 'BOSTED'],
      ['Fødselsår', 'FODAAR'], ['Sivilstand', 'SIVST'], ['Landbakgrunn', 'LANDBAK'], ['Avtalt arbeidstid', 'ARBTID'],
      ['Høyeste fullførte utdanning', 'HOYUTD'], ['Antall barn', 'ANTBARN'], ['Boligareal', 'BOLAREAL'], ['Yrke', 'YRKE'],
    ],
    populations: ['Alle personer registrert bosatt i Norge', 'Alle lønnstakere med arbeidsforhold registrert i a-ordningen', 'Alle husholdninger i privathusholdninger'],
    codeLists: ['kjonn', 'fylke', 'naering'],
  },
  {
    file: 'utdanningsdirektoratet',
    weight: 20,
    prefix: 'UDIR',
    publisher: {
      name: 'Utdanningsdirektoratet',
      description: 'Utdanningsdirektoratet (Udir) har ansvar for utviklingen av barnehage og grunnopplæring og forvalter blant annet nasjonale prøver og GSI.',
      identifier: '970018131',
      contact: ['Utdanningsdirektoratet, statistikk og data', 'statistikk@example.no', 'https://www.udir.no/tall-og-forskning/'],
    },
    catalog: 'Data fra grunnopplæringen',
    declared: [['UDIR_SKOLE', 'Skole i Skoleporten', 'En grunnskole eller videregående skole slik Skoleporten registrerer den']],
    units: ['PERSON', 'PERSON', 'UDIR_SKOLE', 'KOMMUNE', 'FYLKESKOMMUNE'],
    links: ['UDIR_SKOLE', 'KOMMUNE'],
    subjects: ['Grunnskole', 'Videregående opplæring', 'Nasjonale prøver', 'Elevundersøkelsen', 'Lærere', 'Spesialundervisning', 'Barnehage'],
    objects: [
      ['elever', 'ELEV'], ['lærere', 'LAERER'], ['skoler', 'SKOLE'], ['barnehagebarn', 'BHGBARN'],
      ['minoritetsspråklige elever', 'MINSPR'], ['elever med spesialundervisning', 'SPESUND'],
    ],
    measures: [
      ['Skalapoeng i lesing', 'NP_LES'], ['Skalapoeng i regning', 'NP_REGN'], ['Skalapoeng i engelsk', 'NP_ENG'],
      ['Grunnskolepoeng', 'GSKPOENG'], ['Standpunktkarakter i matematikk', 'STP_MAT'], ['Eksamenskarakter i norsk', 'EKS_NOR'],
      ['Trivsel på skolen', 'TRIVSEL'], ['Mobbing på skolen', 'MOBBING'], ['Lærertetthet', 'LTETTH'], ['Fravær i dager', 'FRAVDAG'],
    ],
    populations: ['Elever på 5., 8. og 9. trinn som tok nasjonale prøver', 'Alle elever i grunnskolen', 'Alle undervisningspersonale i grunnopplæringen'],
    codeLists: ['karakter', 'mestring', 'kjonn', 'eierform'],
  },
  {
    file: 'sikt',
    weight: 15,
    prefix: 'FEIDE',
    publisher: {
      name: 'Sikt',
      description: 'Sikt – Kunnskapssektorens tjenesteleverandør. Drifter blant annet Feide, den nasjonale innloggingsløsningen for utdanningssektoren.',
      identifier: '919477822',
      contact: ['Sikt, Feide-statistikk', 'analyse@example.no', 'https://sikt.no/tjenester/feide'],
    },
    catalog: 'Feide-statistikk',
    declared: [
      ['FEIDEAPI_ORGANISASJON', 'Organisasjon i Feide', 'En vertsorganisasjon i Feide som forvalter brukerkontoer'],
      ['FEIDEAPI_TJENESTE', 'Tjeneste i Feide', 'En tjeneste som tar imot Feide-pålogginger'],
    ],
    units: ['FEIDEAPI_ORGANISASJON', 'FEIDEAPI_TJENESTE', 'VIRKSOMHET', 'PERSON'],
    links: ['FEIDEAPI_ORGANISASJON', 'FEIDEAPI_TJENESTE', 'VIRKSOMHET'],
    subjects: ['Digitalisering', 'Utdanning', 'Grunnskole', 'Videregående opplæring', 'Høyere utdanning', 'Informasjonssikkerhet'],
    objects: [
      ['pålogginger', 'LOGINS'], ['unike brukere', 'BRUKERE'], ['tjenester', 'TJENESTER'], ['organisasjoner', 'ORG'],
      ['brukerkontoer', 'KONTOER'], ['vertsorganisasjoner', 'VERTSORG'],
    ],
    measures: [
      ['Antall pålogginger', 'LOGINS'], ['Antall unike brukere', 'UNIQUE'], ['Andel pålogginger med totrinnsverifisering', 'MFA'],
      ['Påloggingsmetode', 'METODE'], ['Tjenestekategori', 'TJKAT'], ['Antall aktive kontoer', 'AKTIVE'], ['Feilede pålogginger', 'FEILET'],
    ],
    populations: ['Alle vertsorganisasjoner i Feide med minst én pålogging i perioden', 'Tjenester registrert i Feide kundeportal', 'Brukere med Feide-konto'],
    codeLists: ['innlogging', 'fylke'],
  },
  {
    file: 'novari-iks',
    weight: 12,
    prefix: 'VGO',
    publisher: {
      name: 'Novari IKS',
      description: 'Interkommunalt selskap eid av fylkeskommunene. Utvikler og forvalter VIGO, fylkeskommunenes system for inntak og opplæring.',
      identifier: '921693230',
      contact: ['Novari IKS, datadeling VIGO', 'datadeling@example.no', 'https://novari.no/vigo'],
    },
    catalog: 'VIGO elevdata',
    declared: [['VIGO_SKOLE', 'Skole i VIGO', 'En videregående skole slik VIGO registrerer den'], ['VIGO_LAEREBEDRIFT', 'Lærebedrift i VIGO', 'En godkjent lærebedrift']],
    units: ['PERSON', 'PERSON', 'VIGO_SKOLE', 'VIGO_LAEREBEDRIFT', 'FYLKESKOMMUNE'],
    links: ['VIGO_SKOLE', 'VIGO_LAEREBEDRIFT', 'FYLKESKOMMUNE'],
    subjects: ['Videregående opplæring', 'Fag- og yrkesopplæring', 'Inntak', 'Lærlinger', 'Utdanning'],
    objects: [
      ['elever', 'ELEV'], ['lærlinger', 'LAERLING'], ['søkere', 'SOKER'], ['lærekandidater', 'LKAND'],
      ['praksiskandidater', 'PRAKS'], ['lærebedrifter', 'LBEDR'],
    ],
    measures: [
      ['Utdanningsprogram', 'UTDPROGRAM'], ['Programområde', 'PROGOMR'], ['Inntakspoeng', 'INNTPOENG'], ['Fag- og svennebrev', 'SVENNEBREV'],
      ['Lærekontrakt', 'LKONTRAKT'], ['Førsteønske ved inntak', 'ONSKE1'], ['Fullført og bestått', 'FULLFORT'], ['Realfagpoeng', 'REALFAGPOENG'],
    ],
    populations: ['Elever i videregående opplæring fra 1994', 'Søkere til videregående opplæring', 'Lærlinger med godkjent lærekontrakt'],
    codeLists: ['utdprogram', 'karakter', 'fylke', 'kjonn'],
  },
  {
    file: 'lanekassen',
    weight: 10,
    prefix: 'LK',
    publisher: {
      name: 'Lånekassen',
      description: 'Statens lånekasse for utdanning forvalter utdanningsstøtten til elever og studenter i Norge og i utlandet.',
      identifier: '960885406',
      contact: ['Lånekassen, analyse og statistikk', 'analyse@example.no', 'https://lanekassen.no/nb-NO/om-lanekassen/statistikk/'],
    },
    catalog: 'Utdanningsstøtte',
    declared: [['LK_SOKNAD', 'Søknad om støtte', 'En søknad om utdanningsstøtte for ett undervisningsår']],
    units: ['PERSON', 'PERSON', 'LK_SOKNAD'],
    links: ['LK_SOKNAD', 'PERSON'],
    subjects: ['Utdanningsstøtte', 'Høyere utdanning', 'Studiefinansiering', 'Utdanning i utlandet', 'Tilbakebetaling'],
    objects: [
      ['studenter', 'STUD'], ['låntakere', 'LANTAK'], ['søknader', 'SOKNAD'], ['stipendmottakere', 'STIPMOTT'],
      ['studenter i utlandet', 'UTLAND'], ['elever med bostipend', 'BOSTIP'],
    ],
    measures: [
      ['Utbetalt stipend', 'STIPEND'], ['Utbetalt lån', 'LAN'], ['Omgjort lån', 'OMGJORT'], ['Gjeld ved studieslutt', 'GJELD'],
      ['Studienivå', 'NIVA'], ['Støttetype', 'STOTTETYPE'], ['Renteutgift', 'RENTE'], ['Betalingsutsettelse', 'UTSETT'],
    ],
    populations: ['Alle som har søkt om støtte fra Lånekassen', 'Låntakere med gjeld til Lånekassen', 'Studenter med støtte til utdanning i utlandet'],
    codeLists: ['stotte', 'studieniva', 'kjonn'],
  },
  {
    file: 'bronnoysundregistrene',
    weight: 9,
    prefix: 'BRREG',
    publisher: {
      name: 'Brønnøysundregistrene',
      description: 'Statlig forvaltningsorgan under Nærings- og fiskeridepartementet som driver Enhetsregisteret, Foretaksregisteret og en rekke andre registre.',
      identifier: '974760673',
      contact: ['Brønnøysundregistrene, datadeling', 'apnedata@example.no', 'https://www.brreg.no/produkter-og-tjenester/apne-data/'],
    },
    catalog: 'Enhetsregisteret',
    declared: [['BRREG_ENHET', 'Enhet i Enhetsregisteret', 'En registrert enhet med organisasjonsnummer']],
    units: ['BRREG_ENHET', 'FORETAK', 'VIRKSOMHET', 'ORGANISASJON'],
    links: ['BRREG_ENHET', 'KOMMUNE', 'FORETAK'],
    subjects: ['Næringsliv', 'Enhetsregisteret', 'Foretaksregisteret', 'Regnskap', 'Frivillighet'],
    objects: [
      ['foretak', 'FORETAK'], ['enheter', 'ENHET'], ['underenheter', 'UNDERENH'], ['frivillige organisasjoner', 'FRIVORG'],
      ['aksjeselskaper', 'AS'], ['konkurser', 'KONKURS'],
    ],
    measures: [
      ['Organisasjonsform', 'ORGFORM'], ['Næringskode', 'NACE'], ['Antall ansatte', 'ANSATTE'], ['Stiftelsesdato', 'STIFTET'],
      ['Forretningsadresse', 'FADR'], ['Driftsinntekter', 'DRIFTINNT'], ['Registreringsdato', 'REGDATO'], ['Slettedato', 'SLETTET'],
    ],
    populations: ['Alle enheter registrert i Enhetsregisteret', 'Foretak registrert i Foretaksregisteret', 'Frivillige organisasjoner i Frivillighetsregisteret'],
    codeLists: ['orgform', 'naering'],
  },
  {
    file: 'kartverket',
    weight: 8,
    prefix: 'MATR',
    publisher: {
      name: 'Kartverket',
      description: 'Statens kartverk er nasjonal fagmyndighet for geografisk informasjon og fører matrikkelen, Norges offisielle eiendomsregister.',
      identifier: '971040238',
      contact: ['Kartverket, geodata og matrikkel', 'geodata@example.no', 'https://www.kartverket.no/api-og-data'],
    },
    catalog: 'Matrikkelen',
    declared: [['MATR_EIENDOM', 'Eiendom i matrikkelen', 'En matrikkelenhet med gårds- og bruksnummer'], ['MATR_BYGNING', 'Bygning i matrikkelen', 'En registrert bygning']],
    units: ['MATR_EIENDOM', 'MATR_BYGNING', 'BRUKSENHET', 'KOMMUNE'],
    links: ['MATR_EIENDOM', 'MATR_BYGNING', 'KOMMUNE'],
    subjects: ['Eiendom', 'Geografi', 'Bygninger', 'Adresser', 'Arealbruk'],
    objects: [
      ['eiendommer', 'EIEND'], ['bygninger', 'BYGN'], ['bruksenheter', 'BRUKSENH'], ['adresser', 'ADR'],
      ['festegrunner', 'FESTE'], ['seksjoner', 'SEKSJ'],
    ],
    measures: [
      ['Bygningstype', 'BYGNTYPE'], ['Bruksareal', 'BRA'], ['Byggeår', 'BYGGAAR'], ['Tomteareal', 'TOMTAREAL'],
      ['Kommunenummer', 'KOMMNR'], ['Gårdsnummer', 'GNR'], ['Antall etasjer', 'ETASJER'], ['Koordinat nord', 'NORD'],
    ],
    populations: ['Alle matrikkelenheter i Norge', 'Alle bygninger registrert i matrikkelen', 'Adresser i matrikkelens adresseregister'],
    codeLists: ['bygningstype', 'fylke'],
  },
];

/** How a label is qualified, with the name part it adds. */
export const QUALIFIERS = [
  ['per kommune', 'KOMM'], ['per fylke', 'FYLKE'], ['etter kjønn', 'KJONN'], ['etter alder', 'ALDER'],
  ['siste år', 'SISTE'], ['per måned', 'MND'], ['per skoleår', 'SKAAR'], ['fordelt på næring', 'NAER'],
  ['ved utgangen av året', 'AARSLUTT'], ['i perioden', 'PERIODE'], ['første gang', 'FORSTE'], ['totalt', 'TOT'],
];

/** Sentence parts for descriptions. */
export const PHRASES = {
  opening: ['Variabelen viser', 'Opplysningen gir', 'Feltet beskriver', 'Verdien angir', 'Registreringen viser'],
  middle: [
    'slik det er registrert på referansetidspunktet',
    'for hver enhet i populasjonen',
    'beregnet fra innrapporterte opplysninger',
    'etter gjeldende standard for klassifisering',
    'som oppgitt i søknaden eller meldingen',
    'fordelt på kommunene etter bosted',
    'med endringer fra og med skoleåret 2020–2021',
  ],
  closing: [
    'Tallene er avrundet for å hindre identifisering.',
    'Opplysningene oppdateres årlig.',
    'Manglende verdier er kodet som ukjent.',
    'Se dokumentasjonen for endringer i tidsserien.',
    'Definisjonen følger Statistisk sentralbyrås standarder.',
    'Data før 2015 er ikke fullstendige.',
    'Verdien er null når enheten ikke har hatt aktivitet.',
  ],
};
