/** The app shell (header, menu, footer), the front page and the error pages. */
const da = {
  "shell.skipToContent": "Gå til indhold",
  "shell.home": "Sundhedsaftaleportalen – forside",
  "shell.nav.label": "Hovedmenu",
  "shell.user.label": "Bruger",
  "shell.language.label": "Sprog",
  "shell.organisation.label": "Handler for",
  "shell.organisation.switch": "Skift",
  "shell.signIn": "Log ind",
  "shell.footer.about": "Et fælles værktøj for region, kommuner og almen praksis om sundhedsaftalerne.",
  "shell.footer.language": "Portalen findes på dansk og engelsk.",

  "nav.agreements": "Aftaler",
  "nav.offers": "Tilbud",
  "nav.referrals": "Henvisninger",
  "nav.forums": "Fora",
  "nav.initiatives": "Initiativer",
  "nav.members": "Medlemmer",
  "nav.admin": "Administration",
  "nav.audit": "Revisionsspor",
  "nav.profile": "Min profil",

  "home.title": "Sundhedsaftalerne – samlet ét sted",
  "home.intro":
    "Sundhedsaftalen er den bindende aftale mellem regionen, kommunerne og almen praksis om, hvem der gør hvad, når borgerens forløb går på tværs af sektorer. Her kan du læse aftalerne, finde forebyggelsestilbud, følge henvisninger og se status på indsatserne.",
  "home.areas": "Portalens områder",
  "home.area.agreements": "Sundhedsaftaler",
  "home.area.agreements.text": "Læs aftalerne, der gælder nu: ansvarsfordeling, frister og mål.",
  "home.area.offers": "Forebyggelsestilbud",
  "home.area.offers.text": "Find kommunernes tilbud om kost, rygning, alkohol, motion og forløb ved kronisk sygdom.",
  "home.area.referrals": "Henvisninger",
  "home.area.referrals.text": "Henvis en borger til et tilbud og følg, hvad der sker – fra kvittering til slutstatus.",
  "home.area.forums": "Fora og indsatser",
  "home.area.forums.text": "Se organisationen bag aftalen og status på indsatserne: videreføres eller afvikles.",
  "home.yourWork": "Dit arbejde",
  "home.yourWork.intro": "Genveje til det, du har adgang til som {name}.",
  "home.signInPrompt": "Arbejder du med aftalerne, tilbuddene eller henvisningerne?",

  "notFound.title": "Siden findes ikke",
  "notFound.body": "Siden findes ikke, er flyttet, eller du har ikke adgang til den.",
  "notFound.home": "Gå til forsiden",

  "error.title": "Der skete en fejl",
  "error.body": "Noget gik galt hos os. Intet er gemt halvt. Prøv igen, eller gå til forsiden.",
  "error.retry": "Prøv igen",
  "error.reference": "Fejlreference: {digest}",
} as const;

const en: Record<keyof typeof da, string> = {
  "shell.skipToContent": "Skip to content",
  "shell.home": "Health Agreement Portal – home",
  "shell.nav.label": "Main menu",
  "shell.user.label": "User",
  "shell.language.label": "Language",
  "shell.organisation.label": "Acting for",
  "shell.organisation.switch": "Switch",
  "shell.signIn": "Sign in",
  "shell.footer.about": "A shared tool for the region, municipalities and general practice on the health agreements.",
  "shell.footer.language": "The portal is available in Danish and English.",

  "nav.agreements": "Agreements",
  "nav.offers": "Offers",
  "nav.referrals": "Referrals",
  "nav.forums": "Forums",
  "nav.initiatives": "Initiatives",
  "nav.members": "Members",
  "nav.admin": "Administration",
  "nav.audit": "Audit trail",
  "nav.profile": "My profile",

  "home.title": "The health agreements – in one place",
  "home.intro":
    "The health agreement (sundhedsaftale) is the binding agreement between the region, the municipalities and general practice on who does what when a citizen's care crosses sectors. Here you can read the agreements, find prevention offers, follow referrals and see the status of initiatives.",
  "home.areas": "Areas of the portal",
  "home.area.agreements": "Health agreements",
  "home.area.agreements.text": "Read the agreements in force: responsibilities, deadlines and goals.",
  "home.area.offers": "Prevention offers",
  "home.area.offers.text": "Find the municipalities' offers on diet, smoking, alcohol, exercise and courses for chronic illness.",
  "home.area.referrals": "Referrals",
  "home.area.referrals.text": "Refer a citizen to an offer and follow what happens – from receipt to closing status.",
  "home.area.forums": "Forums and initiatives",
  "home.area.forums.text": "See the organisation behind the agreement and the status of initiatives: continued or wound down.",
  "home.yourWork": "Your work",
  "home.yourWork.intro": "Shortcuts to what you have access to as {name}.",
  "home.signInPrompt": "Do you work with the agreements, offers or referrals?",

  "notFound.title": "Page not found",
  "notFound.body": "The page does not exist, has moved, or you do not have access to it.",
  "notFound.home": "Go to the front page",

  "error.title": "Something went wrong",
  "error.body": "Something went wrong on our side. Nothing was half-saved. Try again, or go to the front page.",
  "error.retry": "Try again",
  "error.reference": "Error reference: {digest}",
};

const shell = { da, en };
export default shell;
