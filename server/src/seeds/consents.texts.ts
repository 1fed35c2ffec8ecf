/** Demo consent forms (short, realistic texts written for the demo; check real wording with counsel before use). */
export interface DemoClause {
  key: string;
  required: boolean;
  text: string;
}
export interface DemoForm {
  code: string;
  kind: string;
  title: string;
  body: string;
  clauses: DemoClause[];
  /** A second published version (the privacy notice): new text and an added clause. */
  v2?: { body: string; clauses: DemoClause[] };
}

export const DEMO_FORMS: Record<string, DemoForm[]> = {
  it: [
    {
      code: 'ECONSENT',
      kind: 'e_consent',
      title: 'Consenso alla comunicazione elettronica',
      body: "Ai sensi dell'art. 120-quater del Codice delle Assicurazioni Private, Le offriamo la scelta tra la carta e un supporto durevole diverso dalla carta. Scegliendo il formato elettronico, riceverà informative, documenti precontrattuali e contrattuali e le conferme dei Suoi consensi all'indirizzo e-mail indicato. Può tornare alla carta in qualsiasi momento, senza costi.",
      clauses: [{ key: 'electronic_medium', required: true, text: "Scelgo di ricevere la documentazione su supporto durevole elettronico all'indirizzo e-mail indicato." }],
    },
    {
      code: 'PRIVACY',
      kind: 'privacy_notice',
      title: 'Informativa sul trattamento dei dati personali (finalità assicurative)',
      body: "Rossi Assicurazioni, titolare del trattamento, tratta i Suoi dati per preventivi, conclusione e gestione dei contratti e liquidazione dei sinistri (art. 6.1.b e 6.1.c GDPR). I dati relativi alla salute sono trattati solo con il Suo consenso esplicito (art. 9.2.a). I dati sono conservati per dieci anni dalla cessazione del rapporto. Può esercitare i diritti degli artt. 15-22 scrivendo a privacy@rossi-assicurazioni.example.",
      clauses: [
        { key: 'acknowledge', required: true, text: "Dichiaro di aver ricevuto e letto l'informativa." },
        { key: 'health_data', required: false, text: 'Acconsento al trattamento dei dati relativi alla mia salute per le coperture che li richiedono.' },
      ],
      v2: {
        body: "Rossi Assicurazioni, titolare del trattamento, tratta i Suoi dati per preventivi, conclusione e gestione dei contratti e liquidazione dei sinistri (art. 6.1.b e 6.1.c GDPR). I dati relativi alla salute sono trattati solo con il Suo consenso esplicito (art. 9.2.a). I dati sono conservati per dieci anni dalla cessazione del rapporto. I dati possono essere comunicati alle compagnie mandanti e ai periti incaricati dei sinistri. Può esercitare i diritti degli artt. 15-22 scrivendo a privacy@rossi-assicurazioni.example.",
        clauses: [
          { key: 'acknowledge', required: true, text: "Dichiaro di aver ricevuto e letto l'informativa aggiornata." },
          { key: 'health_data', required: false, text: 'Acconsento al trattamento dei dati relativi alla mia salute per le coperture che li richiedono.' },
          { key: 'claims_experts', required: false, text: 'Acconsento alla comunicazione dei miei dati ai periti incaricati dei sinistri.' },
        ],
      },
    },
    {
      code: 'MARKETING',
      kind: 'marketing',
      title: 'Consenso per finalità di marketing',
      body: "Con il Suo consenso, facoltativo e revocabile in qualsiasi momento, l'agenzia potrà inviarLe offerte e novità sui prodotti assicurativi. Il rifiuto non ha conseguenze sui contratti in essere.",
      clauses: [
        { key: 'marketing_email', required: false, text: 'Acconsento a ricevere offerte via e-mail.' },
        { key: 'marketing_phone', required: false, text: 'Acconsento a essere contattato per telefono per offerte commerciali.' },
      ],
    },
    {
      code: 'PROFILING',
      kind: 'profiling',
      title: 'Consenso alla profilazione',
      body: "Con il Suo consenso, l'agenzia potrà analizzare le Sue polizze e i Suoi sinistri per proporLe coperture adatte alle Sue esigenze. Nessuna decisione automatizzata produce effetti giuridici nei Suoi confronti.",
      clauses: [{ key: 'profiling', required: false, text: 'Acconsento alla profilazione per proposte personalizzate.' }],
    },
    {
      code: 'ALL3',
      kind: 'allegato_3',
      title: 'Allegato 3 — Informativa sul distributore',
      body: "Rossi Assicurazioni Sas, agenzia iscritta al RUI sezione A, n. A000123456 dal 12/03/2009. Sede: Via Roma 1, Milano. Autorità di vigilanza: IVASS; gli estremi dell'iscrizione si verificano sul sito www.ivass.it. Reclami: per iscritto all'agenzia o all'impresa, poi all'IVASS.",
      clauses: [],
    },
    {
      code: 'ALL4',
      kind: 'allegato_4',
      title: 'Allegato 4 — Informazioni sulla distribuzione del prodotto assicurativo non-IBIP',
      body: "L'agenzia opera per conto di più imprese mandanti. Non fornisce consulenza ai sensi dell'art. 119-ter, comma 3, del Codice. È remunerata con una provvigione inclusa nel premio. I premi pagati all'intermediario costituiscono patrimonio autonomo e separato.",
      clauses: [],
    },
    {
      code: 'ALL4TER',
      kind: 'allegato_4_ter',
      title: 'Allegato 4-ter — Elenco delle regole di comportamento del distributore',
      body: "Il distributore consegna l'Allegato 3 prima della prima proposta e l'Allegato 4 prima di ogni proposta; consegna copia della documentazione precontrattuale e contrattuale; propone contratti coerenti con le richieste e le esigenze del contraente e verifica che appartenga al mercato di riferimento del prodotto.",
      clauses: [],
    },
  ],
  nl: [
    {
      code: 'ECONSENT',
      kind: 'e_consent',
      title: 'Toestemming voor elektronische communicatie',
      body: 'U kunt kiezen tussen papier en een andere duurzame drager. Als u kiest voor elektronische communicatie, ontvangt u informatie, precontractuele documenten, polissen en bevestigingen van uw toestemmingen op het opgegeven e-mailadres. U kunt altijd kosteloos terug naar papier.',
      clauses: [{ key: 'electronic_medium', required: true, text: 'Ik kies ervoor documenten elektronisch te ontvangen op mijn e-mailadres.' }],
    },
    {
      code: 'PRIVACY',
      kind: 'privacy_notice',
      title: 'Privacyverklaring (verzekeringsdoeleinden)',
      body: 'Van den Berg Verzekeringen is verwerkingsverantwoordelijke. Wij verwerken uw gegevens voor offertes, het sluiten en beheren van verzekeringen en de afhandeling van schades (art. 6 lid 1 sub b en c AVG). Gezondheidsgegevens verwerken wij alleen met uw uitdrukkelijke toestemming. Wij bewaren gegevens tot zeven jaar na het einde van de relatie.',
      clauses: [
        { key: 'acknowledge', required: true, text: 'Ik heb de privacyverklaring ontvangen en gelezen.' },
        { key: 'health_data', required: false, text: 'Ik geef toestemming voor de verwerking van mijn gezondheidsgegevens waar een verzekering dat vraagt.' },
      ],
      v2: {
        body: 'Van den Berg Verzekeringen is verwerkingsverantwoordelijke. Wij verwerken uw gegevens voor offertes, het sluiten en beheren van verzekeringen en de afhandeling van schades (art. 6 lid 1 sub b en c AVG). Gezondheidsgegevens verwerken wij alleen met uw uitdrukkelijke toestemming. Wij bewaren gegevens tot zeven jaar na het einde van de relatie. Wij kunnen gegevens delen met schade-experts die wij inschakelen.',
        clauses: [
          { key: 'acknowledge', required: true, text: 'Ik heb de bijgewerkte privacyverklaring ontvangen en gelezen.' },
          { key: 'health_data', required: false, text: 'Ik geef toestemming voor de verwerking van mijn gezondheidsgegevens waar een verzekering dat vraagt.' },
          { key: 'claims_experts', required: false, text: 'Ik geef toestemming mijn gegevens te delen met schade-experts.' },
        ],
      },
    },
    {
      code: 'MARKETING',
      kind: 'marketing',
      title: 'Toestemming voor marketing',
      body: 'Met uw toestemming, die vrijwillig is en altijd kan worden ingetrokken, sturen wij u aanbiedingen en nieuws over verzekeringen. Weigeren heeft geen gevolgen voor uw lopende verzekeringen.',
      clauses: [
        { key: 'marketing_email', required: false, text: 'Ik wil aanbiedingen per e-mail ontvangen.' },
        { key: 'marketing_phone', required: false, text: 'Ik mag telefonisch benaderd worden met aanbiedingen.' },
      ],
    },
    {
      code: 'PROFILING',
      kind: 'profiling',
      title: 'Toestemming voor profilering',
      body: 'Met uw toestemming analyseren wij uw verzekeringen en schades om u passende dekkingen voor te stellen. Er worden geen geautomatiseerde besluiten met rechtsgevolgen genomen.',
      clauses: [{ key: 'profiling', required: false, text: 'Ik geef toestemming voor profilering voor persoonlijke voorstellen.' }],
    },
  ],
};
